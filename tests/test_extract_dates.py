"""Incident dates and the incidents that carry them (held-out round 12): sentences written for these tests."""

from __future__ import annotations

from datetime import date

from db.extract import extract
from db.extract.dates import find_dates

PUB = date(2024, 3, 8)  # a Friday


def days(text: str, pub: date = PUB) -> list[tuple[str | None, str | None]]:
    return [(c.occurred_on, c.time_precision) for c in extract(text, published_on=pub).candidates]


def places(text: str, pub: date = PUB) -> list[str | None]:
    return [c.place for c in extract(text, published_on=pub).candidates]


def reported(text: str) -> list[bool]:
    return [d.reported for d in find_dates(text, 0, len(text), PUB)]


def test_the_day_after_an_attack_a_claim_introduces_dates_that_attack():
    text = ("A drone hit the airport near Erbil on Tuesday, police said. "
            "The faction also claimed a mortar attack on the airport on March 2.")
    assert days(text) == [("2024-03-05", "day"), ("2024-03-02", "day")]
    assert reported("The faction claimed a drone strike on the port on March 2.") == [False]
    # The attack already told ("the attack") takes no day from the claim: that day is the claim's.
    assert reported("The faction claimed responsibility for the attack on its channel on March 2.") == [True]


def test_an_ambush_is_an_attack():
    text = "Last month, the militants claimed an ambush on a police patrol outside Tikrit."
    assert days(text) == [("2024-02-01", "month")]


def test_a_target_damaged_by_a_weapon_tells_an_attack():
    text = "On 4 March, a grain carrier was damaged by a missile in the Gulf of Aden."
    assert days(text) == [("2024-03-04", "day")]


def test_the_munitions_told_before_make_no_new_attack_on_the_day_they_are_explained():
    text = ("Two rockets hit the Taji base on Sunday night. "
            "On Tuesday, the army said the rockets had been fired by a cell hiding in an orchard.")
    assert days(text) == [("2024-03-03", "day")]
    # "the drone attack" names an attack, here only the time of the next one.
    text = ("A drone hit the Taji base on Sunday. "
            "Hours after the drone attack, early on Monday, two rockets were fired at the airport in Balad.")
    assert days(text) == [("2024-03-03", "day"), ("2024-03-04", "day")]
    # Told first without a day, the attack takes the day its restatement gives.
    text = ("Two soldiers died when a roadside bomb hit their truck outside Baiji.\n\n"
            "The bomb had been buried under a dirt track and went off on Sunday evening, police said.")
    assert days(text) == [("2024-03-03", "day")]


def test_the_same_base_is_where_the_attack_before_was_even_when_told_by_its_town():
    text = ("A drone struck a base in the town of Qasrok on Wednesday. "
            "The faction also claimed a rocket attack on the same base on March 1.")
    assert places(text) == ["Qasrok", "Qasrok"]


def test_a_site_near_a_name_is_at_that_place():
    assert places("On Monday, a drone struck an army post near Wadi Zawra.") == ["Wadi Zawra"]
    # A possessive is the owner of what follows, not the place.
    assert places("On Monday, a rocket hit a depot near Syria's border, officials said.") == [None]
