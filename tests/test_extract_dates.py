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


# --- held-out round 13 ---------------------------------------------------------------------------------------------


def test_the_day_of_an_accusation_a_briefing_or_a_statement_is_when_it_was_told():
    text = ("The regional government accused on Thursday a militia of launching a drone that struck the Qara gas field "
            "near Kirkuk on Tuesday evening.")
    assert days(text) == [("2024-03-05", "day")]
    assert reported("Speaking to reporters on Thursday, the governor blamed a sleeper cell.") == [True]
    assert reported("The group rejected the charge in a statement on Thursday.") == [True]


def test_a_day_that_qualifies_an_attack_noun_is_the_attacks_day():
    assert reported("The group claimed the March 3 rocket attack on the base.") == [False]
    assert reported("The group claimed Sunday's attack on the base.") == [False]
    text = "On Thursday, two factions claimed the March 3 drone strike on the Harir base."
    assert days(text) == [("2024-03-03", "day")]


def test_a_day_named_again_in_apposition_keeps_the_part_of_the_first_naming():
    assert reported("The army announced, today, Friday, the death of a soldier.") == [True, True]
    text = ("The army announced, today, Friday, the death of a soldier in a roadside bomb attack that targeted a patrol "
            "in Baiji. It said the bomb had exploded under an army truck on Wednesday evening.")
    assert days(text) == [("2024-03-06", "day")]


def test_since_a_time_when_is_the_time_of_the_attack_the_when_clause_tells():
    text = ("A drone hit the Harir base on Tuesday. Tuesday's attack was the worst on the base since October 2023, "
            "when a rocket killed a contractor in Erbil.")
    assert days(text) == [("2024-03-05", "day")]


def test_a_boat_that_rams_a_ship_is_an_attack():
    assert days("On Tuesday, an explosive-laden boat rammed a cargo ship in the Red Sea, the navy said.") == [
        ("2024-03-05", "day")]


def test_the_target_told_before_hit_on_a_day_dates_the_attack():
    text = ("Rebels said on Thursday they had fired missiles at a bulk carrier in the Gulf of Aden. "
            "The maritime agency said the carrier was struck by a projectile on Wednesday, causing a fire.")
    assert days(text) == [("2024-03-06", "day")]
    text = "A drone has struck a fuel tank at the Baiji refinery. The ministry said the tank was hit early on Wednesday."
    assert days(text) == [("2024-03-06", "day")]


def test_a_country_in_a_groups_name_is_no_place():
    text = ("Air defences shot down a drone near the Salti air base on Monday. "
            "Late Monday, the Islamic Resistance in Iraq said it had attacked the base with a drone.")
    assert days(text) == [("2024-03-04", "day")]
    assert places(text) == ["Salti air base"]


def test_a_town_described_by_its_countrys_adjective_is_the_place():
    assert places("On Tuesday, a car bomb exploded in the eastern Syrian town of Gharanij.") == ["Gharanij"]
    # A capitalised word that is no country's adjective is the district's own name.
    assert places("On Tuesday, a drone struck a camp in the Harib district of Marib.") == ["Harib"]


def test_an_area_of_a_place_names_the_place():
    assert places("Early on Monday, air defences shot down two drones over an empty area of Wadi Sirhan.") == ["Wadi Sirhan"]


# --- held-out round 14 -----------------------------------------------------------------------

def test_a_blast_tearing_through_a_place_is_an_attack_on_its_day():
    assert days("A truck bomb tore through a busy bus station in Kirkuk on Tuesday evening, killing six people.") == [
        ("2024-03-05", "day")]
    assert days("On Wednesday a car bomb ripped through a wedding hall in Mosul.") == [("2024-03-06", "day")]
