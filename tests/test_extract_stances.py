"""Claim stances (round 13): how copy tells a claim, a denial, a suspicion or an assessment, and when a name
it gives is background."""

from __future__ import annotations

from datetime import date

from db.extract import extract

PUB = date(2031, 6, 12)


def pairs(text: str, pub: date = PUB) -> set[tuple[str | None, str]]:
    return {(s.actor, s.stance) for s in extract(text, published_on=pub).stances}


# --- claims ----------------------------------------------------------------------------------

def test_an_attack_the_group_claimed_is_its_claim():
    text = "A frigate downed a cruise missile aimed at a bulk carrier on Sunday, in a strike the Houthis claimed."
    assert pairs(text) == {("Houthis", "claimed")}


def test_the_groups_own_forces_acting_is_its_claim():
    text = "A Houthi spokesman said on Monday that the group's missile units had fired at the frigate."
    assert ("Houthis", "claimed") in pairs(text)


def test_an_attack_described_as_its_fighters_operation_is_a_claim():
    text = ("About two hours later, the Islamic Resistance in Iraq released a statement. It described the strike as "
            "“a blessed operation by the mujahideen of the resistance”.")
    assert ("Islamic Resistance in Iraq", "claimed") in pairs(text)


def test_a_counted_time_opening_the_sentence_is_no_aside():
    text = "Several hours later, the Islamic Resistance in Iraq issued its own claim for the drone strike, calling it revenge."
    assert pairs(text) == {("Islamic Resistance in Iraq", "claimed")}


def test_a_previously_little_known_group_is_new_not_history():
    text = "A previously little-known group calling itself Kataib Hezbollah said on Telegram that it had launched the drones."
    assert pairs(text) == {("Kataib Hezbollah", "claimed")}


# --- assessed and suspected ------------------------------------------------------------------

def test_cells_that_carried_out_this_attack_are_assessed():
    text = "“Daesh cells carried out this treacherous attack,” the commander said."
    assert pairs(text) == {("Islamic State", "assessed")}


def test_attackers_named_as_remnants_of_a_group_are_assessed():
    text = "The provincial police said the attackers were remnants of the ISIS organization hiding in the valleys."
    assert pairs(text) == {("Islamic State", "assessed")}


def test_a_place_with_a_distance_may_stand_before_the_agent():
    text = ("The security directorate said the rockets were fired from a farm near Qayyarah, about 60 km south of "
            "Mosul, by Kataib Hezbollah.")
    assert pairs(text) == {("Kataib Hezbollah", "assessed")}


def test_a_probable_identification_of_this_attack_is_suspected():
    text = "“Most probably this is Asaib Ahl al-Haq testing the defences,” the analyst said."
    assert pairs(text) == {("Asaib Ahl al-Haq", "suspected")}


def test_a_qualified_front_names_its_parent():
    text = "Researchers said the new brand is probably a fresh front for Kataib Hezbollah."
    assert ("Kataib Hezbollah", "suspected") in pairs(text)


def test_a_possibility_examined_is_a_hedge():
    text = "An officer said investigators were weighing the possibility that the mine had been planted by Hezbollah."
    assert pairs(text) == {("Hezbollah", "suspected")}


def test_faceless_accounts_accusing_a_group_give_no_stance():
    text = "Anonymous accounts on Telegram accused Kataib Hezbollah of the bombing on Monday."
    assert pairs(text) == set()


# --- background ------------------------------------------------------------------------------

def test_a_sentence_opening_with_an_old_date_dates_its_later_clauses():
    text = "In March 2025, a rocket hit the base and killed a guard; Washington blamed Kataib Hezbollah for it."
    assert pairs(text) == set()


def test_that_attack_after_a_bare_old_month_is_history():
    text = ("The strike recalled October 2024, when a drone hit the same port. Days later, a group calling itself "
            "Saraya al-Nasr claimed a drone attack on the port.")
    assert pairs(text) == set()


def test_attacks_between_two_years_are_history():
    text = "The road was hit often between 2019 and 2021, and many of those attacks were claimed by Ashab al-Kahf."
    assert pairs(text) == set()


def test_since_a_month_and_year_is_history():
    text = ("Sunday's strike was the deadliest since April 2024, when a drone hit a depot. Washington blamed that attack "
            "on Kataib Hezbollah.")
    assert pairs(text) == set()


# --- held-out round 14 -----------------------------------------------------------------------

def test_an_appositive_naming_the_attack_tells_its_claimant():
    text = ("On Friday a patrol boat sank a drone skiff near the port, an attack later claimed by the Houthis, "
            "the Yemeni rebel movement.")
    assert pairs(text) == {("Houthis", "claimed")}


def test_a_tally_of_attacks_claimed_by_a_group_is_no_claim():
    text = "The port has been hit 40 times this year, most of the attacks claimed by the Houthis."
    assert pairs(text) == set()


def test_a_new_name_used_by_a_group_is_suspected():
    text = 'A police officer said the faction is "most probably a new name used by Asaib Ahl al-Haq".'
    assert pairs(text) == {("Asaib Ahl al-Haq", "suspected")}


def test_the_group_named_as_the_likely_culprit_is_suspected():
    text = 'An army officer said on Tuesday that Hamas was "the most likely culprit" behind the blast.'
    assert pairs(text) == {("Hamas", "suspected")}


def test_a_quoted_nothing_to_do_with_is_a_denial():
    text = 'A Badr Organization deputy told a local channel that the party "had nothing to do" with the explosion.'
    assert pairs(text) == {("Badr Organization", "denied")}


def test_a_known_party_denying_a_link_is_named():
    text = 'The Islamic Action Front said on Monday that it "has no relation whatsoever" to the cell.'
    assert pairs(text) == {("Islamic Action Front", "denied")}


def test_a_dashed_name_after_an_opening_day_keeps_its_subject():
    text = ("The following day, a group calling itself Saraya al-Fajr — the Dawn Brigades — issued its own claim "
            "online, with a blurry photo of the launcher.")
    assert pairs(text) == {("Saraya al-Fajr", "claimed")}


def test_a_hedge_on_the_same_group_judged_again_holds_for_the_judgement():
    text = ("An Israeli officer said the debris pointed to a rocket used by Hamas and that the group was "
            "“probably” responsible.")
    assert pairs(text) == {("Hamas", "suspected")}
