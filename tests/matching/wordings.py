"""Two outlets' wordings of one statement, shared by the matching tests."""

ROUNDS = (
    "After 20-30 artillery and tank rounds landed within 500 meters of the SDF headquarters location, "
    "[SDF] supported by the coalition targeted the aggressors with a combination of air and artillery strikes."
)
ROUNDS_PENTAGON = (
    "After 20 to 30 artillery and tank rounds landed within about 500 meters of the SDF headquarters location, "
    "SDF supported by the coalition targeted the aggressors with a combination of air and artillery strikes,"
)
