"""Short articles written for the concurrency test and the queue benchmark: `events` news
events, each reported by every one of `outlets` outlets in its own words around the same
quote, credited to speakers the events share, and a second quote per event from a speaker every
article names. So concurrent ingests race to create the same outlets, speakers and claims."""

import itertools
import random

SYLLABLES = ["ka", "lo", "mi", "ren", "tos", "vel", "dar", "pin", "sul", "bro", "nek", "faz"]
SPEAKERS = [
    "Dana Whitfield", "Samuel Okafor", "Lena Marsh", "Tomas Reyes", "Priya Natarajan",
    "Kofi Mensah", "Hana Sato", "Marco Bellini", "Rosa Lindqvist", "Omar Haddad",
]
OUTLETS = [
    "Harbour Post", "Valley Wire", "Hill Courier", "Coast Radio", "Plains Herald",
    "Lakeside Times", "River Ledger", "Summit Daily", "Delta Tribune", "Forest Gazette",
]


def _words():
    for first, second, third in itertools.product(SYLLABLES, repeat=3):
        if len({first, second, third}) == 3:
            yield f"{first}{second}{third}"


def event_quote(words):
    a, b, c, d, e = words
    return f"The {a} bridge in {b.capitalize()} will {c} the {d} road before {e.capitalize()} day"


def articles(events=20, outlets=10, seed=12):
    """[(outlet name, text)] for events × outlets articles, every text different, in an order
    that mixes the events (a fixed shuffle), as a newsroom's feeds would bring them."""
    words = _words()
    result = []
    for event in range(events):
        quote = event_quote([next(words) for _ in range(5)])
        site = next(words).capitalize()
        speaker = SPEAKERS[event % len(SPEAKERS)]
        for n in range(outlets):
            outlet = OUTLETS[n % len(OUTLETS)]
            detail = next(words)
            text = (
                f"Report on the {detail} works, event {event}, for {outlet}.\n\n"
                f"“{quote},” said {speaker}, a spokesperson for the Regional Transport Authority.\n\n"
                f"“We are monitoring the {site} site closely,” the transport minister, Ana Ruiz, told reporters.\n\n"
                f"Work on the {detail} section started in {outlet} coverage number {event * outlets + n}."
            )
            result.append((outlet, text))
    random.Random(seed).shuffle(result)
    return result
