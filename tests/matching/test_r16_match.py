"""Round 16, one voice's statement paraphrased by two outlets in other words (sentences and names
written for these tests): general words of office, elections and attacks read in one sense
("step down" / "leave" / "resign"), a body named after its speaker written without his name
("the Ortega Trust" / "the trust"), and "her post" as the office she holds."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare

RULES = Thresholds()
ORTEGA = SpeakerRef("Ray Ortega")
QUILL = SpeakerRef("Dana Quill")


def report(text, speaker, kind="indirect", outlet="Outlet A", day=3):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2030, 5, day))


PLEDGE = "he will step down from chairing the Ortega Trust if his daughter wins the mayoralty"


def test_stepping_down_from_his_trust_and_leaving_its_board_is_one_pledge():
    second = report("he would leave the trust's board if his daughter won", ORTEGA, outlet="Outlet B", day=5)
    assert compare(report(PLEDGE, ORTEGA), second, RULES).same


def test_leaving_another_body_or_another_voice_leaving_the_trust_stays_apart():
    pledge = report(PLEDGE, ORTEGA)
    assert compare(pledge, report("he would leave the trust's board if his daughter won", ORTEGA, outlet="Outlet B", day=5), RULES).same
    other_body = report("he would leave the rowing club's board if his daughter won", ORTEGA, outlet="Outlet B", day=5)
    assert not compare(pledge, other_body, RULES).same
    other_voice = report("he would leave the trust's board if his daughter won", QUILL, outlet="Outlet B", day=5)
    assert not compare(pledge, other_voice, RULES).same


def test_resigning_her_post_and_her_resignation_from_her_post_is_one_announcement():
    first = report("she will resign her post after the regatta, to be replaced by her deputy Lena Vos", QUILL)
    second = report("her resignation from that post at the close of the regatta", QUILL, outlet="Outlet B", day=4)
    assert compare(first, second, RULES).same


def test_slamming_and_criticizing_the_levy_in_two_outlets_is_one_attack_of_one_voice():
    first = report("she slammed the harbour levy on Friday", QUILL)
    second = report("she criticized the harbour levy", QUILL, outlet="Outlet B", day=4)
    assert compare(first, second, RULES).same
