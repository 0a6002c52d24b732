"""Patterns of the extractor, one behaviour per test, and the corpus evaluation against its targets."""

from __future__ import annotations

import ast
import importlib
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from db.extract import DEFAULT_GAZETTEER, GazetteerEntry, extract, find_mentions
from db.extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent


def quotes(text: str, pub: date | None = None):
    return [(q.text, q.speaker) for q in extract(text, published_on=pub).quotes]


def pairs(text: str, pub: date = date(2024, 1, 11)):
    return {(s.actor, s.stance) for s in extract(text, published_on=pub).stances}


# --- quotes and speakers -----------------------------------------------------------------

def test_span_is_exactly_the_text_between_the_marks():
    text = "“We will respond,” Austin said."
    (q,) = extract(text).quotes
    assert q.text == "We will respond," and text[q.start:q.end] == q.text


def test_quote_then_name_said():
    assert quotes('"We are assessing the claims," Pentagon spokesperson John F. Kirby said.') == [
        ("We are assessing the claims,", "John F. Kirby")]


def test_said_then_name_inverted():
    text = "“They are weak, but not finished,” said Hamdi Malik, an associate fellow at the Washington Institute."
    assert quotes(text) == [("They are weak, but not finished,", "Hamdi Malik")]


def test_name_said_colon_then_quote_and_surname_refers_back():
    text = ("The spokesman for the Joint Operations Command, Major General Tahseen Al-Khafaji, spoke on Thursday. "
            'Al-Khafaji said in a televised statement: "The vehicle was about 10 km from the base."')
    x = extract(text)
    assert [(q.speaker, q.speaker_role) for q in x.quotes] == [
        ("Tahseen Al-Khafaji", "spokesman for the Joint Operations Command")]


def test_role_appositive_splits_role_from_name():
    text = "White House Press Secretary Jen Psaki spoke. “We reserve that option,” she said."
    (q,) = extract(text).quotes
    assert (q.speaker, q.speaker_role) == ("Jen Psaki", "White House Press Secretary")


def test_quote_split_across_sentences_has_one_speaker():
    text = "Interior Minister Rebar Ahmed condemned it. “This is a message from those who want chaos,” he said. “But our forces are ready.”"
    assert quotes(text) == [("This is a message from those who want chaos,", "Rebar Ahmed"),
                            ("But our forces are ready.", "Rebar Ahmed")]


def test_according_to():
    text = "“Two rockets hit the perimeter of the base,” according to a senior Iraqi security official."
    assert quotes(text)[0][1] == "senior Iraqi security official"


def test_unnamed_source_referred_back_to():
    text = ("A US defense official said the Pentagon was looking into it. "
            "“We are aware of the claims and we are assessing them,” the official said.")
    assert quotes(text)[0][1] == "US defense official"


def test_statement_attributed_to_an_organisation():
    text = ("The Islamic Resistance in Iraq claimed the attack on Telegram. "
            "\"The operations will continue until the occupiers leave,\" the statement said.")
    assert quotes(text)[0][1] == "Islamic Resistance in Iraq"


def test_multi_paragraph_quote_gives_one_quote_per_paragraph_piece():
    text = ('Esper read from a prepared statement:\n"Let me be clear: we will not tolerate attacks.\n'
            '"We will take any action necessary," Defense Secretary Mark Esper said.\n')
    x = extract(text)
    assert [q.text for q in x.quotes] == ["Let me be clear: we will not tolerate attacks.",
                                          "We will take any action necessary,"]
    assert {q.speaker for q in x.quotes} == {"Mark Esper"}


def test_curly_and_straight_marks_mixed():
    text = '"The joint operations have entered a new phase,” the spokesman Ali Hassan said.'
    assert quotes(text) == [("The joint operations have entered a new phase,", "Ali Hassan")]


def test_scare_quotes_and_titles_are_not_quotes():
    text = ('Photos of the drones carried the phrase "Soleimani\'s revenge". Washington will deploy the '
            '"Avenger" system.')
    assert quotes(text) == []


def test_speakers_own_word_reported_by_said_is_a_quote():
    # The held-out convention: the ministry's own word, attributed by "said", is its statement.
    text = 'The ministry said Turkish forces had "neutralized" the positions.'
    assert quotes(text) == [("neutralized", "ministry")]


def test_short_fragment_introduced_by_a_speech_verb_is_a_quote():
    text = "The Pentagon late Tuesday said their troops “remain at risk,” after the attack."
    assert quotes(text) == [("remain at risk,", "Pentagon")]


def test_later_surname_without_the_al_particle_refers_back():
    text = ("Prime Minister Mohammed Shia al-Sudani ordered an inquiry. "
            "“Whoever targets the companies targets the Iraqi people,” Sudani said.")
    assert quotes(text)[0][1] == "Mohammed Shia al-Sudani"
    text = "Hassan al-Mousawi rejected the accusation. “These are lies meant to justify the occupation,” Mousawi said."
    assert quotes(text)[0][1] == "Hassan al-Mousawi"


@pytest.mark.parametrize("rank", ["Maj", "Brig Gen", "Col", "Lt Col", "Capt"])
def test_ranks_without_a_full_stop_stay_out_of_the_name(rank):
    text = f"“We have stepped up patrols around the town,” said {rank} Ali Hussein al-Jabouri, a police commander."
    assert quotes(text)[0][1] == "Ali Hussein al-Jabouri"


@pytest.mark.parametrize("named, noun", [
    ("Iran's mission to the UN", "mission"),
    ("the Kurdistan Region's interior ministry", "ministry"),
    ("the US Consulate General in Erbil", "consulate"),
])
def test_the_organisation_noun_refers_back_to_its_full_name(named, noun):
    text = f"A drone hit the area, {named} said on Tuesday. “All our staff are safe and accounted for,” the {noun} said."
    assert quotes(text)[0][1] == named.removeprefix("the ")


def test_one_of_the_officials_is_one_of_the_unnamed_group():
    text = "Two security officials said the site was close. “The launch site is near a checkpoint,” one of the officials said."
    assert quotes(text)[0][1] == "security official"


def test_name_then_bare_role_between_commas_then_told():
    text = "Sarkawt Mahmoud, spokesperson for the ministry, told Kurdistan24: “Those responsible will be brought to justice.”"
    (q,) = extract(text).quotes
    assert (q.speaker, q.speaker_role) == ("Sarkawt Mahmoud", "spokesperson for the ministry")


def test_verbless_quote_goes_on_with_the_previous_sentence_speaker():
    text = ("Earlier, the Kurdistan Region's interior ministry reported the blast. "
            "The ministry said the drone fell in an open area. It caused “no damage or casualties”.")
    assert quotes(text) == [("no damage or casualties", "Kurdistan Region's interior ministry")]


def test_umbrella_statement_is_not_credited_to_the_member_named_in_its_aside():
    text = ("The Islamic Resistance in Iraq, a coalition of militias that includes Kata'ib Hizballah, said in a "
            "statement that it had targeted the base. “Our operations will continue,” the statement said.")
    assert quotes(text)[0][1] == "Islamic Resistance in Iraq"


def test_the_group_is_the_subject_not_the_umbrella_in_its_aside():
    text = ("Kata’ib Hizballah, a member of the Islamic Resistance in Iraq, said it had suspended operations. "
            "“We announce the suspension of operations,” the group said.")
    assert quotes(text)[0][1] == "Kataib Hezbollah"


# --- gazetteer -------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataib Hizbullah",
                                      "Kata’ib Hezbollah", "KH"])
def test_transliteration_variants(spelling):
    (m,) = find_mentions(f"Officials blamed {spelling} for it.", DEFAULT_GAZETTEER)
    assert m.entry.name == "Kataib Hezbollah"


def test_apostrophes_hyphens_and_longest_alias():
    text = "Asa’ib Ahl al-Haqq and Harakat Hezbollah al-Nujaba, not Hezbollah in Lebanon."
    assert [m.entry.name for m in find_mentions(text, DEFAULT_GAZETTEER)] == [
        "Asaib Ahl al-Haq", "Harakat al-Nujaba", "Hezbollah"]


def test_modifier_use_is_marked():
    (m,) = find_mentions("an Iran-backed group", DEFAULT_GAZETTEER)
    assert m.entry.name == "Iran" and m.modifier


def test_analyst_extended_gazetteer():
    gaz = (*DEFAULT_GAZETTEER, GazetteerEntry("Ahrar Sinjar", ("Ahrar Sinjar Brigade",), "front-group"))
    x = extract("A group calling itself Ahrar Sinjar claimed responsibility for the rocket attack.", gaz)
    assert {(s.actor, s.stance) for s in x.stances} == {("Ahrar Sinjar", "claimed")}


def test_front_groups_have_parents():
    by_name = {e.name: e for e in DEFAULT_GAZETTEER}
    assert by_name["Saraya Awliya al-Dam"].kind == "front-group"
    assert by_name["Saraya Awliya al-Dam"].parent == "Kataib Hezbollah"


# --- stances ---------------------------------------------------------------------------

def test_no_group_has_claimed_is_unattributed():
    assert pairs("No group has claimed responsibility for the drone attack.") == {(None, "unattributed")}


def test_claim_and_denial_in_one_sentence():
    text = "Kataib Hezbollah denied involvement in the attack, while the Islamic Resistance in Iraq claimed it."
    assert pairs(text) == {("Kataib Hezbollah", "denied"), ("Islamic Resistance in Iraq", "claimed")}


def test_hedged_attribution_is_suspected_firm_is_assessed():
    assert pairs("Two US officials said Kataib Hezbollah was likely behind the attack.") == {
        ("Kataib Hezbollah", "suspected")}
    assert pairs("US officials said Kataib Hezbollah was behind Wednesday's attack.") == {
        ("Kataib Hezbollah", "assessed")}


def test_sponsor_mention_gets_no_stance():
    text = ("Iran, which arms and funds the group, was aware of plans for the attack, one official said. "
            "Ryder said the groups are backed by Tehran.")
    assert pairs(text) == set()


def test_front_group_linkage_and_historical_aside_get_no_stance():
    text = ("Analysts say both names are fronts for Kataib Hezbollah. In 2020, similar bombings were "
            "claimed by Ashab al-Kahf.")
    assert pairs(text) == set()


def test_stopping_short_of_a_claim_is_not_a_claim():
    assert pairs("Harakat al-Nujaba praised the attack but stopped short of claiming it.") == set()


def test_stance_records_who_asserts_it_and_the_sentence():
    text = "The officials believe that Kataib Hezbollah was responsible, according to two defense officials."
    (s,) = extract(text).stances
    assert s.asserted_by == "two defense officials" and text[s.start:s.end] == text


def test_we_assess_with_high_confidence_is_assessed_not_unattributed():
    text = "“We assess with high confidence that Kata'ib Hizballah conducted the attack, though the group has not claimed it.”"
    assert pairs(text) == {("Kataib Hezbollah", "assessed")}
    assert pairs("We assess with low confidence that Harakat al-Nujaba fired the rockets.") == {
        ("Harakat al-Nujaba", "suspected")}
    assert pairs("The attack has not yet been claimed.") == {(None, "unattributed")}


@pytest.mark.parametrize("subject", ["A Hashd official", "Al-Hashd", "Hashd al-Shaabi"])
@pytest.mark.parametrize("verb", ["rejected", "denied"])
def test_hashd_is_the_popular_mobilization_forces(subject, verb):
    assert pairs(f"{subject} {verb} the accusation.") == {("Popular Mobilization Forces", "denied")}


def test_denial_by_the_group_named_in_the_speakers_role():
    text = "Hassan al-Mousawi, a senior Asa’ib Ahl al-Haq official, rejected the accusation."
    assert pairs(text) == {("Asaib Ahl al-Haq", "denied")}
    assert pairs("Ali Hassan, who met Badr Organization leaders last week, rejected the accusation.") == set()


def test_the_group_claiming_is_not_a_member_named_in_its_aside():
    text = ("The Islamic Resistance in Iraq, a coalition of militias that includes Kata'ib Hizballah, issued a "
            "statement. The group claimed the drone attack on the base.")
    assert pairs(text) == {("Islamic Resistance in Iraq", "claimed")}


# --- dates and incidents ---------------------------------------------------------------

def test_weekdays_resolve_to_the_latest_such_day_on_or_before_publication():
    pub = date(2022, 1, 7)  # a Friday
    text = "on Monday, late Tuesday, on Wednesday evening, Thursday, last Friday, last week"
    got = [(d.on.isoformat(), d.precision) for d in find_dates(text, 0, len(text), pub)]
    assert got == [("2022-01-03", "day"), ("2022-01-04", "day"), ("2022-01-05", "day"),
                   ("2022-01-06", "day"), ("2021-12-31", "day"), ("2021-12-31", "week")]


def test_month_day_without_year_takes_the_publication_year_or_the_one_before():
    assert find_dates("On March 3", 0, 10, date(2021, 3, 4))[0].on == date(2021, 3, 3)
    assert find_dates("On December 30", 0, 14, date(2021, 1, 2))[0].on == date(2020, 12, 30)


def test_since_marks_a_bound_not_an_event_date():
    (d,) = find_dates("since February 15", 0, 17, date(2021, 3, 4))
    assert d.bounded


def test_incident_candidate_fields():
    text = "On March 3, 10 Iranian-made 122mm rockets struck Ain al-Asad airbase in western Anbar province."
    (c,) = extract(text, published_on=date(2021, 3, 4)).candidates
    assert (c.occurred_on, c.time_precision, c.location, c.admin1, c.country) == (
        "2021-03-03", "day", "Ain al-Asad airbase", "Anbar", "Iraq")
    assert (c.weapon_category, c.munition_count, c.outcome) == ("rocket", 10, "impact")


def test_two_attacks_in_one_sentence_and_outcomes():
    text = ("The Pentagon late Tuesday said they foiled a rocket attack in northeast Syria "
            "and shot down two explosive-laden drones in western Iraq on the same day.")
    got = [(c.occurred_on, c.country, c.outcome) for c in extract(text, published_on=date(2022, 1, 7)).candidates]
    assert got == [("2022-01-04", "Syria", "foiled"), ("2022-01-04", "Iraq", "intercepted")]


def test_aggregates_threats_and_old_attacks_are_not_candidates():
    text = ("Last year, at least 36 rocket and drone attacks were reported. Militias could strike again. "
            "The strike on January 3, 2020 killed Soleimani.")
    assert extract(text, published_on=date(2022, 1, 7)).candidates == ()


def cands(text: str, pub: date = date(2024, 3, 8)):
    return [(c.occurred_on, c.place, c.admin1, c.weapon_category, c.outcome)
            for c in extract(text, published_on=pub).candidates]


def test_town_named_beside_its_province_is_the_place():
    text = "Three rockets struck a warehouse in Kifl in Babil province on Thursday night."
    assert cands(text) == [("2024-03-07", "Kifl", "Babil", "rocket", "impact")]
    text = "A drone struck a US-run base in al-Shaddadi in Syria's Hasakah province on Saturday."
    assert cands(text)[0][1:3] == ("al-Shaddadi", "Hasakah")
    assert cands("A device planted beside a Peshmerga checkpoint in the town of Qaraj was defused on Tuesday.")[0][1] == "Qaraj"


def test_second_foiled_incident_is_kept():
    text = ("Three rockets struck a warehouse in Iskandariyah on Thursday night. "
            "On Sunday, an IED was dismantled near a power station in Musayyib, the police added. "
            "A device was defused on Tuesday morning near Mahmudiyah.")
    assert cands(text) == [("2024-03-07", "Iskandariyah", "Babil", "rocket", "impact"),
                           ("2024-03-03", "Musayyib", "Babil", "ied", "foiled"),
                           ("2024-03-05", "Mahmudiyah", "Baghdad", "ied", "foiled")]


def test_an_undated_separate_incident_is_not_merged_into_the_one_before():
    text = ("A drone struck near Erbil airport on Tuesday. "
            "In a separate incident, security forces defused a roadside bomb in Makhmur.")
    assert cands(text, date(2024, 2, 14)) == [("2024-02-13", "Erbil airport", "Erbil", "drone", "impact"),
                                             ("2024-02-13", "Makhmur", "Erbil", "ied", "foiled")]


@pytest.mark.parametrize("where", ["in the Kifl district of Babil province", "in Kifl, in Babil province"])
def test_unknown_town_placed_by_the_province_after_it(where):
    assert cands(f"Rockets struck a warehouse {where} on Monday.")[0][1:3] == ("Kifl", "Babil")


def test_a_defused_device_beside_a_drone_attack_the_same_day_is_its_own_incident():
    text = "A drone struck near Erbil airport late on Tuesday. Police defused a second device on Tuesday morning."
    assert [c[3:] for c in cands(text, date(2024, 2, 14))] == [("drone", "impact"), ("ied", "foiled")]


def test_the_date_of_the_dateline_is_not_the_date_of_the_attack():
    text = "BAGHDAD, March 8 (Reuters) - Iraqi forces foiled a rocket attack on Thursday, the police said."
    assert cands(text) == [("2024-03-07", None, None, "rocket", "foiled")]
    text = "MARIB, Yemen, March 8 (Xinhua) -- A drone struck an army post on Thursday evening."
    assert cands(text)[0][0] == "2024-03-07"


def test_an_attack_on_the_airport_is_at_the_airport_named_before():
    text = ("Iraqi forces foiled a rocket attack on Baghdad International Airport on Thursday. "
            "Two rockets hit the airport's perimeter last week.")
    assert [c[1] for c in cands(text, date(2024, 2, 5))] == ["Baghdad International Airport"] * 2


def test_the_same_area_or_the_town_is_the_place_named_before():
    text = ("Three rockets struck a warehouse in Iskandariyah on Tuesday. "
            "On Sunday, a roadside bomb hit a patrol in the same area. A drone struck the town on Monday.")
    assert [c[1] for c in cands(text, date(2024, 2, 14))] == ["Iskandariyah"] * 3
    text = "A drone hit Harir base on Tuesday. A rocket struck the town on Saturday."
    assert [c[1] for c in cands(text, date(2024, 2, 14))] == ["Harir base", None]


def test_an_unknown_place_in_a_follow_up_does_not_replace_the_province():
    text = ("Militants attacked an army checkpoint in Diyala province on Saturday. "
            "They hit a patrol near the village of Mukhaisa.")
    assert cands(text)[0][1] == "Diyala"


# --- meta ------------------------------------------------------------------------------

def test_meta_from_outlet_line_headline_and_dateline():
    text = ("Reuters | October 18, 2023\nDrones target base near Erbil airport\n"
            "ERBIL, Iraq (Reuters) - Two drones were shot down on Wednesday.\n")
    m = extract(text).meta
    assert (m.outlet, m.headline, m.dateline, m.published_on) == (
        "Reuters", "Drones target base near Erbil airport", "ERBIL, Iraq", date(2023, 10, 18))


def test_outlet_line_named_by_the_dateline():
    text = "Kurdistan24\nDrone strikes near US consulate\nERBIL (Kurdistan24) – A drone struck on Tuesday.\n"
    m = extract(text).meta
    assert (m.outlet, m.headline, m.dateline) == ("Kurdistan24", "Drone strikes near US consulate", "ERBIL")
    other = "Baghdad Today\nRockets hit the airport\nBAGHDAD (Baghdad Today) – Two rockets hit on Monday.\n"
    assert extract(other).meta.outlet == "Baghdad Today"


@pytest.mark.parametrize(("masthead", "published"), [
    ("Published March 9, 2039 7:58am EST", date(2039, 3, 9)),
    ("By JT - Mar 31,2029 - Last updated at Mar 31,2029", date(2029, 3, 31)),
    ("Published: 19 January ,2028: 02:15 PM GST", date(2028, 1, 19)),
    ("Mehmet Aydin |13.12.2027 - Update : 13.12.2027", date(2027, 12, 13)),
    ("2036-01-15 22:41:09", date(2036, 1, 15)),
    ("02/11/2037 06:12 PM EST", date(2037, 2, 11)),  # American: the month first
    ("Published on 07/10/2037 at 11:32 GMT", date(2037, 10, 7)),  # elsewhere the day
    ("04/13/2033", date(2033, 4, 13)),  # a thirteenth month is no month
])
def test_the_publication_date_printed_in_the_masthead(masthead: str, published: date) -> None:
    text = (f"Rockets hit the airbase\nBy Jane Doe\n{masthead}\n"
            "BAGHDAD - Three rockets struck the base on Tuesday, officials said.\n")
    assert extract(text).meta.published_on == published


def test_a_masthead_date_after_a_standfirst_dates_the_article():
    text = ("Drone hits oil field\nThe attack halted production for a day.\nPublished On 5 Apr 2034\n"
            "A drone struck the field on Sunday, the ministry said.\n")
    m = extract(text).meta
    assert (m.headline, m.published_on) == ("Drone hits oil field", date(2034, 4, 5))
    drone = extract(text).candidates[0]
    assert (drone.occurred_on, drone.munition_count) == ("2034-04-02", None)  # "5 Apr" counts no drones


def test_a_date_in_the_body_is_no_publication_date():
    text = ("Drone hits oil field\nA drone struck the field on Sunday, the ministry said. It recalled the attack of "
            "March 3, 2021, which killed a contractor and which nobody has claimed since.\n")
    assert extract(text).meta.published_on is None


# --- rules of the package --------------------------------------------------------------

def test_package_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"db"}
    for path in (ROOT / "db" / "extract").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed - {"sqlite3"}, f"{path.name} imports {name}"


def test_corpus_evaluation_meets_targets():
    sys.path.insert(0, str(ROOT / "scripts"))
    import eval_extract

    figures, _ = eval_extract.evaluate()
    assert figures["articles"] >= 14
    # Speed is the script's to print (a shared machine makes a timed test flaky); the
    # quality targets are asserted here.
    missed = {k: figures[k] for k, t in eval_extract.TARGETS.items()
              if k != "articles/s" and figures[k] < t}
    assert not missed, missed


# --- short quoted words attributed by a verb (held-out round 4) --------------------------------

@pytest.mark.parametrize("text, words", [
    ("A military spokesman called the strike a “warning strike” on Tuesday.", "warning strike"),
    ("The company said the attack caused “no losses”.", "no losses"),
    ("The official said a drone was “likely” launched from Yemen.", "likely"),
    ("The State Department said it was “deeply concerned” by the attack.", "deeply concerned"),
    ("The governor accused them of “looting” the depot.", "looting"),
])
def test_short_words_reported_by_a_speech_verb_are_statements(text, words):
    assert [q for q, _ in quotes(text)] == [words]


def test_short_capitalised_name_after_a_speech_verb_stays_out():
    assert quotes("The militia said it launched “Operation Sea Wall” at dawn.") == []


def test_possessive_organisation_is_the_speaker():
    text = "Iran's foreign ministry rejected accusations that Tehran was behind it, calling them “baseless.”"
    assert quotes(text) == [("baseless.", "Iran's foreign ministry")]


# --- institutional and appositive speakers (held-out round 4) ----------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Singapore-based Tidewater Ocean Lines said the vessel was “safe and sound, with all crew accounted for.”",
     "Tidewater Ocean Lines"),
    ("“The crew are unharmed and the vessel continues its voyage,” the French Armed Forces General Staff said.",
     "French Armed Forces General Staff"),
    ("A senior Houthi official, Yasser al-Haddi, said: “Ships linked to Israel will remain targets for us.”",
     "Yasser al-Haddi"),
    ("“We are tracking the drone launches from the region closely,” said a U.S. official.", "U.S. official"),
    ("The Ministry of Peshmerga confirmed the strike. “The drones struck an empty position near the border,” "
     "the ministry said.", "Ministry of Peshmerga"),
])
def test_institutional_and_appositive_speakers(text, speaker):
    assert quotes(text)[0][1] == speaker


def test_no_group_is_not_a_speaker():
    text = "No group claimed responsibility for the attack “that killed three guards at the gate”."
    assert [s for _, s in quotes(text)] in ([], [None])


def test_group_in_an_aside_does_not_take_the_quote():
    text = ("Kataib Hezbollah, a member of the Islamic Resistance in Iraq, said: "
            "“We will continue our operations against the occupiers.”")
    assert quotes(text)[0][1] == "Kataib Hezbollah"


def test_name_after_said_is_found_again_by_surname():
    text = ("“Iran does not want a wider war,” said Mehdi Rastegar. The talks go on.\n"
            "“The region is on edge,” Rastegar said.")
    assert [s for _, s in quotes(text)] == ["Mehdi Rastegar", "Mehdi Rastegar"]


@pytest.mark.parametrize("text, speaker", [
    ("The Jordanian Armed Forces said in a statement:\n“Border guards clashed with a group of smugglers overnight.”",
     "Jordanian Armed Forces"),
    ("Harakat al-Nujaba praised the operation in a statement: “This is the response of the resistance.”",
     "Harakat al-Nujaba"),
    ("The ministry confirmed the strike. “The drones struck an empty hangar east of the city.” the ministry said.",
     "ministry"),
])
def test_statement_introduced_or_closed_by_an_organisation(text, speaker):
    assert quotes(text)[0][1] == speaker


def test_multi_paragraph_statement_keeps_the_organisation():
    text = ("The Jordanian Armed Forces said in a statement.\n“Border guards clashed with smugglers overnight.\n"
            "“The operation continues along the whole border.”")
    assert [s for _, s in quotes(text)] == ["Jordanian Armed Forces", "Jordanian Armed Forces"]


# --- stances (held-out round 4) ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Saraya Awliya al-Dam claimed the attack on Telegram. Ashab al-Kahf, which claimed the same bombing, "
     "posted a video.", {("Saraya Awliya al-Dam", "claimed"), ("Ashab al-Kahf", "claimed")}),
    ("The drone was thought to belong to the Houthis, officials said.", {("Houthis", "suspected")}),
    ("Iran's foreign ministry spokesman Nasser Kanaani said Iran has no role in the attack.", {("Iran", "denied")}),
    ("Washington has repeatedly accused Kataib Hezbollah of attacks on US troops.", set()),
])
def test_relative_claims_belonging_denials_and_standing_accusations(text, expected):
    assert pairs(text) == expected


# --- dates and places of second incidents (held-out round 4) -----------------------------------

def incidents(text: str, pub: date = date(2024, 1, 11)):
    return [(c.occurred_on, c.place) for c in extract(text, published_on=pub).candidates]


def test_second_incident_counts_its_days_from_the_day_named_before():
    text = ("A drone struck the Ruwaished border post on Tuesday, wounding two soldiers, the army said.\n"
            "Two days earlier, a rocket hit a police station in the town of Mafraq, the army said.")
    assert incidents(text) == [("2024-01-09", "Ruwaished border post"), ("2024-01-07", "Mafraq")]


def test_days_ago_counts_from_publication():
    assert incidents("Three days ago a drone hit the Ras Isa oil terminal, officials said.") == [
        ("2024-01-08", "Ras Isa oil terminal")]


def test_town_described_as_a_town_in_a_province():
    assert incidents("Two rockets struck near Jbala, a farming town in Babil province, on Tuesday.") == [
        ("2024-01-09", "Jbala")]


def test_the_company_refers_back_to_the_company_named_before():
    text = ("Singapore-based Tidewater Ocean Lines manages the vessel. "
            "“All crew are accounted for and the ship is under way,” the company said.")
    assert quotes(text)[0][1] == "Tidewater Ocean Lines"


def test_organisation_with_a_descriptive_aside_keeps_its_name():
    text = "The Erbil Asayish, the region's security agency, described the attackers as “outlaw groups”."
    assert quotes(text) == [("outlaw groups", "Erbil Asayish")]


@pytest.mark.parametrize("text, expected", [
    ("Kataib Hezbollah, part of the Islamic Resistance in Iraq, is suspected of carrying out the attack.",
     {("Kataib Hezbollah", "suspected")}),
    ("Suspicion fell on Kataib Hezbollah, which has been accused of similar attacks.",
     {("Kataib Hezbollah", "suspected")}),
])
def test_suspected_of_and_suspicion_fell_on(text, expected):
    assert pairs(text) == expected


def test_participle_shares_the_subject_of_the_main_verb():
    text = "The government said the Houthis carried out the attack, calling it a “terrorist escalation”."
    assert quotes(text) == [("terrorist escalation", "government")]


def test_introduction_outranks_a_title_quoted_before_it():
    text = ("The Houthis named the raid “Sword of the Coast.” Their spokesman, Yahya Sarie, said in a statement:\n"
            "“The port has been turned into a base for the aggressors.”")
    assert quotes(text) == [("The port has been turned into a base for the aggressors.", "Yahya Sarie")]


def test_facility_of_a_named_town_is_the_town():
    assert incidents("A drone struck a fuel depot at the Red Sea port of Mokha on Saturday.") == [
        ("2024-01-06", "Mokha")]


def test_conjunction_is_never_a_speaker():
    text = "Britain and France condemned the attack. “Freedom of navigation must be protected,” and the allies said."
    assert "and" not in [s for _, s in quotes(text)]


def test_subject_of_the_first_verb_speaks_when_the_last_names_nobody():
    text = "The US consulate general in Erbil said in a statement that it condemned “all attacks by militias”."
    assert quotes(text) == [("all attacks by militias", "US consulate general in Erbil")]


def test_country_a_drone_was_launched_from_is_not_where_it_struck():
    text = "A drone launched from Syria struck an army post near the Ruwaished border crossing on Thursday."
    (c,) = extract(text, published_on=date(2024, 8, 16)).candidates
    assert (c.place, c.country) == ("Ruwaished border crossing", None)


def test_believed_to_have_launched_with_a_sponsor_aside():
    assert pairs("The Houthis, backed by Iran, are believed to have launched the drone.") == {("Houthis", "suspected")}


def test_mr_surname_refers_back_to_a_full_name_written_without_a_title():
    text = "Yahya Sarie appeared on al-Masirah TV. “We will continue our operations at sea,” Mr Sarie said."
    assert [(q.speaker, q.speaker_role) for q in extract(text).quotes] == [("Yahya Sarie", None)]


def test_group_in_a_closing_aside_of_the_sentence_before_does_not_take_it():
    text = ("The drones were claimed by Saraya Awliya al-Dam, a front for Kataib Hezbollah. "
            "“The occupiers must leave Iraq now or face more attacks,” it said.")
    assert quotes(text)[0][1] == "Saraya Awliya al-Dam"
    assert pairs(text) == {("Saraya Awliya al-Dam", "claimed")}


def test_according_to_opening_a_sentence_attributes_a_lower_case_quote():
    text = "A drone hit the refinery.\nAccording to a refinery engineer, “the fire reached two tanks before it was contained.”"
    assert quotes(text) == [("the fire reached two tanks before it was contained.", "refinery engineer")]


def test_participle_after_a_quote_keeps_the_speaker_before_it():
    text = ("Zagros Hiwa, a spokesman for the group, denied it. "
            "Mr Hiwa said the strikes “only hit civilians”, adding that residents had fled to Duhok.")
    assert quotes(text) == [("only hit civilians", "Zagros Hiwa")]


def test_it_after_a_body_s_quote_is_that_body_not_a_group_named_inside():
    text = ("“Houthi terrorists launched one missile towards the ship,” Central Command said in a statement.\n"
            "“This reckless attack by the Houthis endangered innocent mariners,” it said.")
    assert [s for _, s in quotes(text)] == ["Central Command", "Central Command"]


def test_mission_back_reference_does_not_reach_across_a_paragraph():
    text = ("A US official said the attack was probably directed by the IRGC.\n"
            "Iran's mission to the United Nations denied it. “Iran has no involvement,” the mission said.")
    assert quotes(text)[0][1] == "Iran's mission to the United Nations"


def test_hyphenated_backer_leaves_the_group_after_it_as_the_actor():
    assert pairs("“Iranian-backed Houthi terrorists launched one missile,” Central Command said.") == {("Houthis", "assessed")}


def test_factions_of_a_group_sent_by_is_suspected():
    text = "The directorate said the drone was sent by factions of the Hashd al-Shaabi."
    assert pairs(text) == {("Popular Mobilization Forces", "suspected")}


def test_probably_directed_by_is_suspected():
    assert pairs("A US official said the attack was probably directed by the IRGC.") == {("IRGC", "suspected")}


def test_outlet_signing_the_body_is_the_outlet():
    text = "Drone strikes Baiji refinery\nShafaq News/ A drone struck a storage tank at the Baiji refinery early on Wednesday."
    assert extract(text).meta.outlet == "Shafaq News"


def test_place_and_outlet_on_their_own_line_give_dateline_and_outlet():
    meta = extract("Islamic State claims attack\nRiyadh - Asharq Al-Awsat\nGunmen attacked a checkpoint on Tuesday.").meta
    assert (meta.dateline, meta.outlet) == ("Riyadh", "Asharq Al-Awsat")


def test_colon_dateline():
    assert extract("Drone hits tanker\nDUBAI: A drone struck a tanker off Hodeidah on Monday.").meta.dateline == "DUBAI"


def test_hedged_identification_after_was_is_suspected():
    text = "The Observatory said the attackers were probably IS members who had slipped out of the camp."
    assert pairs(text) == {("Islamic State", "suspected")}


def test_short_quote_reported_by_saying_is_a_statement():
    text = "The Islamic State claimed the attack through Amaq, saying its fighters had killed “five apostates”."
    assert quotes(text) == [("five apostates", "Islamic State")]


def test_aqap_claim_and_local_blame():
    text = ("Al-Qaeda in the Arabian Peninsula claimed the bombing in a statement on Telegram. "
            "Mohammed al-Naqib, a spokesman for the southern forces, blamed AQAP for the ambush.")
    assert pairs(text) == {("Al-Qaeda in the Arabian Peninsula", "claimed"), ("Al-Qaeda in the Arabian Peninsula", "assessed")}


# --- clause-level attribution (held-out round 5) -------------------------------------------------

def test_he_is_the_last_person_who_spoke_not_the_last_person_named():
    text = ("Defence spokesman Omar Khalil said Interior Minister Salem Darwish had ordered an inquiry. "
            "“Nobody will escape,” he told reporters.")
    assert quotes(text) == [("Nobody will escape,", "Omar Khalil")]


@pytest.mark.parametrize("subject, speaker", [
    ("A fisherman from Basra, who gave only his first name, said", "fisherman"),
    ("A hospital nurse who was on duty told reporters", "hospital nurse"),
])
def test_an_unnamed_subject_of_a_speech_verb_is_the_speaker_of_he_said(subject, speaker):
    text = f"{subject} the ward was full. “We ran out of beds by midnight,” he said."
    assert quotes(text) == [("We ran out of beds by midnight,", speaker)]


def test_a_bare_name_after_a_preposition_of_place_is_not_a_person():
    text = "Rauf Ahmed, a teacher near Qara Dagh, told reporters the shelling lasted an hour. “The children cried,” he said."
    assert quotes(text) == [("The children cried,", "Rauf Ahmed")]


def test_name_with_letters_beyond_ascii():
    assert quotes("“The border is closed,” Colonel Şükrü Öztürk said.") == [("The border is closed,", "Şükrü Öztürk")]


@pytest.mark.parametrize("intro", [
    "according to a statement by the Basra Operations Command.",
    "the Basra Operations Command said in a statement.",
])
def test_the_statement_is_spoken_by_whoever_issued_it(intro):
    text = f"A drone fell near the port, {intro} “The drone carried no explosives,” the statement said."
    assert quotes(text) == [("The drone carried no explosives,", "Basra Operations Command")]


def test_a_named_person_outranks_the_role_in_his_appositive():
    text = "“The road is mined,” Dilshad Omar, an official in the district council, told AFP."
    assert quotes(text) == [("The road is mined,", "Dilshad Omar")]


def test_the_outlet_told_is_not_the_speaker_of_he_said():
    text = ("A Saudi analyst, Dr. Nawaf al-Shammari, told Al Arabiya that the timing mattered. "
            "“They chose the holiday on purpose,” he said.")
    assert quotes(text) == [("They chose the holiday on purpose,", "Nawaf al-Shammari")]


def test_it_said_is_the_body_that_spoke_in_the_sentence_before():
    text = ("The Bahrain-based Maritime Security Centre said its patrols had escorted the convoy on Monday. In a post on X, it said: "
            "“No vessel was damaged during the transit.”")
    assert quotes(text) == [("No vessel was damaged during the transit.", "Maritime Security Centre")]


def test_the_short_name_refers_back_to_the_full_proper_name():
    text = ("Shelling hit the town, according to the London-based Syrian Network for Human Rights. "
            "“Four houses were destroyed,” the Network said.")
    assert quotes(text) == [("Four houses were destroyed,", "Syrian Network for Human Rights")]


@pytest.mark.parametrize("text, expected", [
    ("Within hours, a faction calling itself Usbat al-Thaireen claimed responsibility on Telegram.",
     {("Usbat al-Thaireen", "claimed")}),
    ("Hours later, Harakat al-Nujaba, a powerful faction, said it had launched the drones.",
     {("Harakat al-Nujaba", "claimed")}),
])
def test_a_subject_after_an_opening_adverbial_is_no_aside(text, expected):
    assert pairs(text) == expected


def test_passive_agent_after_where_the_drones_came_from():
    assert pairs("The drones were launched from Syrian territory by Harakat al-Nujaba, the army said.") == {
        ("Harakat al-Nujaba", "assessed")}


def test_hedging_outside_the_words_that_name_the_actor_does_not_count():
    text = ("Police seized two rockets before they could be fired. The army concluded that the rockets were "
            "prepared by Kataib Hezbollah, which was detected early and may strike again.")
    assert pairs(text) == {("Kataib Hezbollah", "assessed")}


def test_rejecting_suggestions_is_a_denial():
    assert pairs("A Badr spokesman rejected suggestions that Badr was behind the attack.") == {
        ("Badr Organization", "denied")}


def dates_of(text: str, pub: date) -> list[str | None]:
    return [c.occurred_on for c in extract(text, published_on=pub).candidates]


def test_the_day_a_claim_was_made_is_not_the_day_of_the_attack():
    text = ("The Houthis claimed Thursday that they fired a missile at a tanker, which a US destroyer shot down late "
            "Wednesday.")
    assert dates_of(text, date(2025, 5, 8)) == ["2025-05-07"]


def test_a_later_claim_adds_no_incident():
    text = ("A roadside bomb struck a convoy near Samawa on Tuesday evening, police said.\n"
            "Early on Wednesday, a faction, Usbat al-Thaireen, posted a statement saying it had carried out the bombing.")
    assert dates_of(text, date(2025, 5, 7)) == ["2025-05-06"]


def test_the_day_opening_a_paragraph_dates_the_attack_told_in_the_next_sentence():
    text = ("A drone hit a depot in Erbil on Tuesday, officials said.\n"
            "On Sunday, a patrol reported that a boat approached the port. The guards fired warning shots and the explosive-laden boat blew up.")
    assert dates_of(text, date(2025, 5, 7)) == ["2025-05-06", "2025-05-04"]


@pytest.mark.parametrize("sentence", [
    "Last week, a rocket fell inside the perimeter of the Taji base, causing minor damage.",
    "Last week, police found a rocket launcher aimed at the Taji base.",
    "Last week, troops seized two drones near the Taji base before they could be launched.",
])
def test_attacks_told_by_their_effect_or_their_failure(sentence):
    assert dates_of(sentence, date(2025, 5, 7)) == ["2025-04-30"]


def test_time_of_day_abbreviation_does_not_end_the_sentence():
    text = "On May 3, at about 9:30 p.m. (local time), air defences intercepted two drones over the Taji base."
    assert dates_of(text, date(2025, 5, 7)) == ["2025-05-03"]


def test_the_army_said_is_the_force_that_spoke_in_the_sentence_before():
    text = ("Two drones were downed near Azraq, the General Command of the Royal Air Force said. "
            "The army said the debris had been taken “for further tests”.")
    assert quotes(text) == [("for further tests", "General Command of the Royal Air Force")]


@pytest.mark.parametrize("text, expected", [
    ("A Nujaba spokesman, Ali Kadhim, said the group “has no connection to the drone attack”.",
     {("Harakat al-Nujaba", "denied")}),
    ("State media quoted a Badr commander as denying the shelling, and Badr later said it regretted the deaths.",
     {("Badr Organization", "denied")}),
    ("Early on Monday, Usbat al-Thaireen posted a statement saying that “our lions” had carried out the raid.",
     {("Usbat al-Thaireen", "claimed")}),
    ("The police blamed Harakat al-Nujaba, which later claimed the rocket attack.",
     {("Harakat al-Nujaba", "assessed"), ("Harakat al-Nujaba", "claimed")}),
    ("Drones hit the base on Monday. The ministry did not say who had launched them.", set()),
])
def test_denials_claims_and_statements_that_name_no_one(text, expected):
    assert pairs(text) == expected


def test_the_past_in_an_aside_belongs_to_the_group_not_to_the_claim():
    text = ("Usbat al-Thaireen, a group that surfaced in 2020 with drone videos, claimed the attack on Tuesday. "
            "Harakat al-Nujaba, which has claimed dozens of attacks since 2020, praised it.")
    assert pairs(text) == {("Usbat al-Thaireen", "claimed")}


def test_a_line_that_only_dates_the_story_dates_no_attack():
    text = "Reuters | June 10, 2024\nRockets hit Balad air base\nRockets struck Balad air base late on Sunday, sources said."
    assert dates_of(text, date(2024, 6, 10)) == ["2024-06-09"]


def test_a_group_naming_itself_is_an_actor_under_that_name():
    text = ("Hours after the blast, a little-known group calling itself Liwa al-Thar al-Sumari said on Telegram that it "
            "had fired the rockets. Liwa al-Thar al-Sumari first appeared this year.")
    assert pairs(text) == {("Liwa al-Thar al-Sumari", "claimed")}


def test_claiming_a_similar_attack_is_about_another_attack():
    assert pairs("In April, a group calling itself Ahrar Dijla claimed a similar attack on the same base.") == set()


@pytest.mark.parametrize("text, speaker", [
    ("Drones were downed, the Kurdistan Region’s Counter-Terrorism Directorate (CTD) said. "
     "“No one was hurt,” the CTD said.", "Kurdistan Region’s Counter-Terrorism Directorate"),
    ("Rockets fell near the port, the Iraqi military's Security Media Cell said. “The launchers were found,” the "
     "Iraqi military's Security Media Cell said.", "Security Media Cell"),
    ("A tanker was hit, the UAE Ministry of Foreign Affairs said. “This is an escalation,” the ministry said.",
     "UAE Ministry of Foreign Affairs"),
])
def test_acronyms_forces_and_full_names_of_bodies(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


def test_an_armed_groups_outlet_speaks_for_the_group():
    text = "The Houthis’ Saba news agency said the drones had hit “military targets in Eilat”."
    assert quotes(text) == [("military targets in Eilat", "Houthis")]


@pytest.mark.parametrize("text, expected", [
    ("Yahya Sarie, the Houthis' spokesman, said on Tuesday that the group had carried out a warning strike.",
     {("Houthis", "claimed")}),
    ("“The Houthi militia launched two drones at the terminal,” the minister said.", {("Houthis", "assessed")}),
])
def test_the_group_in_a_claim_and_a_militia_that_launched(text, expected):
    assert pairs(text) == expected


def test_an_attack_told_in_a_when_clause_after_a_summary_of_past_attacks():
    text = ("Taji base has been targeted several times this year, most recently last week, when a rocket landed "
            "in an empty field near the perimeter, a spokesman said.")
    (c,) = extract(text, published_on=date(2025, 5, 7)).candidates
    assert (c.occurred_on, c.time_precision, c.location) == ("2025-04-30", "week", "Taji base")


@pytest.mark.parametrize("text, expected", [
    ("A drone hit the base. Badr was named by residents. Officials suspect the group supplied the drone.",
     {("Badr Organization", "suspected")}),
    ("Kataib Hezbollah carried out the attack, the general said. He declined to say whether Iran had directed it.",
     {("Kataib Hezbollah", "assessed")}),
])
def test_suspecting_the_group_and_declining_to_say_whether(text, expected):
    assert pairs(text) == expected


def test_a_number_of_drones_is_one_attack_a_number_of_attacks_is_not():
    pub = date(2025, 4, 24)
    assert dates_of("The Houthis said they had fired a number of drones at Eilat on Wednesday night.", pub) == ["2025-04-23"]
    assert dates_of("A number of attacks struck bases in Syria on Wednesday.", pub) == []


# --- speakers: failure kinds of held-out corpus 5, on invented sentences ---------------------------

def test_coordinated_verb_after_a_quote_keeps_the_finite_verbs_subject():
    text = ('A faction calling itself Saraya Awliya al-Dam said online that it had shelled "the enemy camp" '
            'and vowed to go on "until every foreign troop is gone."')
    assert [s for _, s in quotes(text)] == ["Saraya Awliya al-Dam", "Saraya Awliya al-Dam"]


def test_relative_clause_verb_is_spoken_by_the_clauses_subject():
    text = ('The rebel commander Abu Karim Haddad said his men had fired "two guided rockets" at the convoy, '
            'which he said carried "weapons for the occupiers."')
    assert [s for _, s in quotes(text)] == ["Abu Karim Haddad", "Abu Karim Haddad"]


def test_prepositional_aside_is_not_the_speaker():
    text = ("Provincial council member Sami Jabbar, of the council's security panel, told reporters that the raids "
            '"are signals sent by outside powers."\n\nHe added, "Everyone knows where the launchers are kept."')
    assert [s for _, s in quotes(text)] == ["Sami Jabbar", "Sami Jabbar"]


def test_participle_after_a_quote_is_not_the_speaker():
    text = ('Provincial police commander Colonel Nabil al-Rawi told Reuters his officers had "several suspects", '
            "refusing to say whether anyone had been arrested.")
    assert quotes(text) == [("several suspects", "Nabil al-Rawi")]


@pytest.mark.parametrize("text, speaker", [
    ("The Official Spokesman of the Alliance, Colonel Faisal bin Abdullah Al-Qahtani, stated that two drones were "
     'downed.\n\nColonel Al-Qahtani said in a statement: "The enemy will fail again."', "Faisal bin Abdullah Al-Qahtani"),
    ("The Governor of Jazan, Prince Fahd bin Nasser, toured the damaged King Fahd Hospital, stressing that "
     '"our people will not be intimidated."', "Fahd bin Nasser"),
])
def test_patronymic_stays_in_the_name(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


def test_it_said_after_a_firm_named_in_apposition():
    text = ("The tanker's Oslo-based operator, Nordvik Tankers, said by email that the crew were unharmed. "
            '"We are cooperating with the coast guard," it said.')
    assert [s for _, s in quotes(text)] == ["Nordvik Tankers"]


def test_it_said_is_the_body_that_spoke_not_the_group_it_named():
    text = ("The Sulaymaniyah Security Directorate said the rockets were fired by the Kataib Hezbollah militia from a "
            'farm near Kirkuk. In a statement, it said:\n\n"Our investigators traced the launcher to the farm."')
    assert [s for _, s in quotes(text)] == ["Sulaymaniyah Security Directorate"]


def test_long_acronym_refers_back_to_the_name_spelled_out():
    text = ("Coalition jets struck a depot near Raqqa on Friday, US Central Command (CENTCOM) said. The raid killed two "
            'fighters, CENTCOM said in a statement, adding that it was carried out "with local partner forces."')
    assert [s for _, s in quotes(text)] == ["US Central Command"]


def test_spokesperson_for_an_unnamed_body_is_a_source_of_its_own():
    text = ('Police chief Major General Adel al-Saadi told Reuters that officers had "strong leads".\n\n'
            "A spokeswoman for a Turkish construction firm with workers nearby said no staff were hurt. "
            '"Our teams are accounted for," she told Reuters.')
    assert [s for _, s in quotes(text)] == ["Adel al-Saadi", "spokeswoman for a Turkish construction firm"]


# --- stances: failure kinds of held-out corpus 5, on invented sentences ---------------------------

@pytest.mark.parametrize("text", [
    "Militants fired rockets at a port on Monday. Tehran, which has long armed the militia, denies supplying it with "
    "rockets and drones.",
    "A roadside bomb hit a patrol near Hasakah on Monday. Islamic State claimed 41 attacks in Syria in the first half "
    "of the year, according to a tally by a monitor.",
])
def test_a_backers_denial_or_a_tally_of_claims_is_no_stance_on_this_attack(text):
    assert pairs(text) == set()


def test_the_group_claimed_a_strike_on_a_state_is_the_groups_claim():
    text = ("The Islamic Resistance in Iraq said it fired drones at a base on Monday. On Tuesday, the group claimed a "
            "strike on a target in the Israeli city of Eilat.")
    assert pairs(text) == {("Islamic Resistance in Iraq", "claimed")}


@pytest.mark.parametrize("text, actor", [
    ('A bomb killed two soldiers on Monday. "Most likely this is the work of Islamic State cells hiding in the '
     'desert," the police chief said.', "Islamic State"),
    ("Rockets hit Erbil airport on Monday, in an attack claimed by an obscure group that two Kurdish officials said "
     "was probably a front for Kataib Hezbollah.", "Kataib Hezbollah"),
    ('"Early findings show that the cell has links to Hezbollah," the minister said of Monday\'s rocket attack.',
     "Hezbollah"),
])
def test_hedged_identification_of_the_attackers_is_suspicion(text, actor):
    assert (actor, "suspected") in pairs(text)


def test_the_coalition_is_the_led_coalition_not_the_group_named_since():
    text = ("Drones struck a base near Hasakah on Monday, the US-led coalition and the Kurdish-led Syrian Democratic "
            "Forces said. Nobody has claimed the strike, which the coalition said in a statement was launched by "
            '"militias loyal to Tehran."')
    assert [s for _, s in quotes(text)] == ["coalition"]


# --- dates: failure kinds of held-out corpus 6, on invented sentences ---------------------------

def test_the_attacks_own_day_replaces_the_day_it_was_announced():
    text = ("The Joint Operations Command announced, on Thursday, that four rockets landed inside Camp Taji.\n"
            'A spokesman said: "Late on Tuesday evening, four rockets landed inside Camp Taji, damaging a warehouse."')
    assert incidents(text) == [("2024-01-09", "Camp Taji")]


def test_a_day_after_said_that_dates_the_clause_reported():
    text = ("Rockets hit Ain al-Asad air base on Monday. The ministry also said that on Jan. 2, a drone launched "
            "toward the Harir base was shot down by air defences.")
    assert dates_of(text, date(2024, 1, 11)) == ["2024-01-08", "2024-01-02"]


def test_overnight_before_a_weekday_is_that_days_night():
    text = "Gunmen fired rockets at a police station in Tarmiyah overnight Sunday, the ministry said on Monday."
    assert dates_of(text, date(2024, 1, 11)) == ["2024-01-07"]


def test_a_day_told_without_a_place_dates_the_attack_announced_before():
    text = ("The ministry said on Thursday that a drone struck a camp near the town of Koysinjaq. In a statement, the "
            "ministry added that the drone was launched on Wednesday from across the border.")
    assert incidents(text) == [("2024-01-10", "Koysinjaq")]


def test_the_outskirts_of_a_town_name_the_town():
    text = "A roadside bomb exploded on the outskirts of Qaratapa on Monday, killing a soldier."
    assert incidents(text) == [("2024-01-08", "Qaratapa")]


# --- speakers: failure kinds of held-out corpus 6, on invented sentences ---------------------------

@pytest.mark.parametrize("text, speaker", [
    ('"We will hold them to account," said Rear Adm. Lena Dorsey, the task force commander.', "Lena Dorsey"),
    ('"The launch site was hit within minutes," said Capt. Omar Farouk, a battalion spokesman.', "Omar Farouk"),
])
def test_an_abbreviated_rank_stays_in_the_subject_after_said(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


def test_a_self_named_group_in_quotation_marks_is_the_speaker_and_the_claimant():
    text = ("A faction calling itself “Liwa al-Thar” said on Telegram that its fighters had fired rockets at Victory "
            "base on Monday. The group said the strike was “a first warning to the occupiers”.")
    assert quotes(text) == [("a first warning to the occupiers", "Liwa al-Thar")]
    assert pairs(text) == {("Liwa al-Thar", "claimed")}


def test_a_quoted_name_before_which_said_speaks():
    text = ("Pro-militia channels shared a statement signed by “Ashab al-Kahf”, which said the faction had hit Victory "
            "base “to avenge the martyrs of the resistance”.")
    assert quotes(text) == [("to avenge the martyrs of the resistance", "Ashab al-Kahf")]


def test_an_acronym_refers_back_to_the_name_its_initials_spell():
    text = ("The Kurdistan Security Council said on Monday that a drone hit a checkpoint near Makhmur. "
            "“Two guards were lightly hurt,” the KSC said.")
    assert [s for _, s in quotes(text)] == ["Kurdistan Security Council"]


def test_one_of_the_people_familiar_is_a_person_familiar():
    text = ("Two people familiar with the inquiry said the drone was launched from the south. "
            "“The debris points one way only,” one of the people said.")
    assert [s for _, s in quotes(text)] == ["person familiar with the inquiry"]


def test_an_official_website_holds_no_official_and_a_groups_media_office_speaks_as_named():
    text = ("A bomb hit a patrol near Hasakah on Monday. In a statement on its official channel, the SDF media office "
            "said: “Our forces arrested three members of the cell behind the bombing.”")
    assert [s for _, s in quotes(text)] == ["SDF media office"]


def test_a_coordinated_verb_keeps_the_first_verbs_subject():
    text = ("The Iraqi Foreign Ministry said it had summoned the Iranian ambassador, and called on Tehran to "
            "“stop violating the sovereignty of Iraq.”")
    assert [s for _, s in quotes(text)] == ["Iraqi Foreign Ministry"]


# --- stances: failure kinds of held-out corpus 6, on invented sentences ---------------------------

def test_the_words_of_a_denial_may_stand_in_quotation_marks():
    text = ("Rockets hit Victory base on Monday. Kataib Hezbollah said in a statement that it had “no role at all” "
            "in the attack.")
    assert pairs(text) == {("Kataib Hezbollah", "denied")}


def test_no_party_identified_as_responsible_is_unattributed():
    text = "A roadside bomb was defused near Baiji on Monday. No group was identified as responsible for planting it."
    assert pairs(text) == {(None, "unattributed")}


def test_a_finding_after_an_initial_investigation_is_firm():
    text = ("“After an initial investigation, it was established that the rockets were fired by Hamas gunmen,” the "
            "army said of Monday's attack.")
    assert pairs(text) == {("Hamas", "assessed")}


def test_the_force_a_state_owns_acts_not_the_state():
    text = "Iran's Revolutionary Guards said on Tuesday that they had struck the headquarters of a Kurdish party near Koya."
    assert pairs(text) == {("IRGC", "claimed")}


def test_one_word_quoted_after_a_proper_adjective_is_a_scare_quote():
    text = "The army said it shelled Kurdish “infiltrators” near the border on Monday."
    assert quotes(text) == []


@pytest.mark.parametrize("phrase", [
    "four days ago", "six days before", "a week later", "two weeks earlier", "since June", "until May 3", "by Friday",
    "during March", "the day before", "the following night", "2024-01-02", "12 Jan", "Jan. 5", "earlier this month",
    "past week", "overnight", "tonight", "this morning", "yesterday", "today", "last Tuesday", "on Sunday",
])
def test_every_kind_of_date_passes_the_patterns_opening_test(phrase):
    assert len(find_dates(f"It happened {phrase}.", 0, 40, date(2024, 1, 11))) == 1


def test_a_drone_boat_destroyed_takes_the_day_and_place_of_the_sentence_that_opened_the_paragraph():
    text = ("On Monday, the navy spotted an unmanned surface vessel near Mokha. Warships destroyed the USV before it "
            "could be launched.")
    assert [(c.occurred_on, c.place, c.weapon_category, c.outcome)
            for c in extract(text, published_on=date(2024, 1, 11)).candidates] == [("2024-01-08", "Mokha", "drone", "foiled")]


def test_a_name_after_pro_or_anti_qualifies_the_noun_and_is_no_actor():
    text = "A roadside bomb hit a convoy on Monday, and two little-known pro-Iran factions rushed to claim the attack."
    assert ("Iran", "claimed") not in pairs(text)
    assert [m.modifier for m in find_mentions("anti-Houthi forces", DEFAULT_GAZETTEER)] == [True]


def test_the_hallmarks_of_a_group_in_quoted_words_are_suspicion():
    text = ('A bomb struck a patrol near Tikrit on Monday. A police colonel said the blast had “all the hallmarks” of '
            "Islamic State.")
    assert pairs(text) == {("Islamic State", "suspected")}


def test_what_a_group_historically_did_is_no_stance():
    text = ("Drones struck a base in eastern Syria on Monday. Such attacks have historically been carried out by "
            "Kataib Hezbollah.")
    assert pairs(text) == set()


def test_an_umbrella_that_does_not_name_its_members_leaves_nobody_unnamed():
    assert pairs("The Islamic Resistance in Iraq does not name its member factions.") == set()


def test_at_the_time_dates_a_clause_by_the_sentence_before():
    text = ("Rocket attacks on the embassy were frequent in 2019 and 2020. Washington at the time blamed them on "
            "Kataib Hezbollah.")
    assert pairs(text) == set()
    text = "A drone hit the airport on Monday. No group claimed it, and police did not comment at the time."
    assert pairs(text) == {(None, "unattributed")}


def test_a_headline_yields_to_the_body_on_how_firm_a_suspicion_is():
    text = ("Drone hits oil field; official points to Kataib Hezbollah\n\nA drone struck the field on Sunday. Initial "
            "findings suggest Kataib Hezbollah was behind it, an official said.")
    assert pairs(text) == {("Kataib Hezbollah", "suspected")}


def test_a_paragraph_ending_affirmed_colon_introduces_the_next_paragraphs_quote():
    text = "In a statement, the Ministry of Interior affirmed:\n\n“Our forces are ready to respond to any threat.”"
    assert quotes(text) == [("Our forces are ready to respond to any threat.", "Ministry of Interior")]


def test_a_bracketed_short_name_and_an_adverb_end_the_subject_and_the_short_name_refers_back():
    text = ("The Ministry of Energy (MoE) strongly condemned the attack, calling it “a crime against workers”. MoE "
            "affirmed its support for the crews, and said in its statement, “We will rebuild the plant.” The statement "
            "added that “the supply of weapons to the Houthis” must stop.")
    assert [s for _, s in quotes(text)] == ["Ministry of Energy"] * 3


def test_a_possessed_body_keeps_its_complement():
    text = "Syria’s mission to the United Nations said in a statement that the charges were “baseless and political.”"
    assert quotes(text) == [("baseless and political.", "Syria’s mission to the United Nations")]


def test_a_name_before_the_body_it_belongs_to_speaks_and_she_refers_back():
    text = ("A US official said the raid was planned. Layla Haddad of the Gulf Studies Center said such raids were rare. "
            "“Nobody expected this,” she said.")
    assert quotes(text) == [("Nobody expected this,", "Layla Haddad")]
    # A research body's name is no person's: "Forum", "Foundation", "Observatory".
    assert quotes(text.replace("Studies Center", "Research Forum")) == [("Nobody expected this,", "Layla Haddad")]


def test_a_channel_that_reposts_with_a_caption_speaks_it():
    text = "A Telegram channel close to the group, Harbi Media, reposted the claim with the caption, “Victory is near.”"
    assert quotes(text) == [("Victory is near.", "Harbi Media")]


def test_an_unnamed_source_keeps_the_body_it_works_in_but_not_the_place():
    text = ("A senior official in the Ministry of Defence said the drone came from the east. “We are still "
            "investigating,” the official said. A police officer in Basra province said: “It was a rocket.”")
    assert [s for _, s in quotes(text)] == ["senior official in the Ministry of Defence", "police officer"]


# --- round 8: stances phrased as news copy phrases them ------------------------------------

def test_a_demonym_before_a_common_noun_is_an_adjective_not_the_state():
    text = "Shells hit an Israeli farming village, Hamas denies involvement"
    assert pairs(text) == {("Hamas", "denied")}
    assert [m.modifier for m in find_mentions("the Iranian-designed drones", DEFAULT_GAZETTEER)] == [True]


def test_a_group_name_of_arabic_shape_is_an_actor_without_the_gazetteer():
    text = "A new faction, Liwa Ahrar al-Furat, claimed the drone strike on the base on Monday."
    assert pairs(text) == {("Liwa Ahrar al-Furat", "claimed")}


def test_previously_unknown_and_the_past_hours_are_not_background():
    assert pairs("A previously unknown group, Saraya Nasr al-Din, claimed the attack.") == {
        ("Saraya Nasr al-Din", "claimed")}
    text = "In the past 24 hours, Houthi militants launched two drones at a merchant ship."
    assert pairs(text) == {("Houthis", "assessed")}


def test_a_claim_by_a_group_is_its_claim_whoever_rejects_it():
    text = "Officials on Monday rejected a claim by the Houthis that they had struck an oil terminal."
    assert pairs(text) == {("Houthis", "claimed")}


def test_a_headline_claims_an_attack_by_any_of_its_nouns():
    assert pairs("Hamas claims rocket barrage on border town") == {("Hamas", "claimed")}


def test_where_the_fighters_are_may_stand_between_them_and_the_verb():
    text = "Hamas's armed wing says its fighters in south Lebanon fired the rockets."
    assert pairs(text) == {("Hamas", "claimed")}


def test_that_ties_a_long_report_to_what_the_group_said_it_did():
    text = ("Kataib Hezbollah said in a statement posted on its Telegram channel early on Sunday that it had targeted "
            "the base.")
    assert pairs(text) == {("Kataib Hezbollah", "claimed")}


def test_shortly_after_midnight_opens_no_clause():
    text = "The Islamic Resistance in Iraq said shortly after midnight that it had attacked the port with drones."
    assert pairs(text) == {("Islamic Resistance in Iraq", "claimed")}


def test_a_possessive_chains_to_the_force_and_a_name_with_its_verb_opens_a_clause():
    text = "Tanker hit off Oman; US official blames Iran's Revolutionary Guards, Tehran denies"
    assert ("IRGC", "assessed") in pairs(text) and ("Iran", "assessed") not in pairs(text)


def test_an_attack_by_a_group_names_its_agent():
    text = "Two soldiers were killed in an attack by Islamic State militants on a checkpoint near Tikrit on Sunday."
    assert pairs(text) == {("Islamic State", "assessed")}


def test_the_fingerprints_of_a_group_are_suspicion():
    text = "“The fingerprints of Kataib Hezbollah are all over this strike,” an official said."
    assert pairs(text) == {("Kataib Hezbollah", "suspected")}


def test_attackers_belonging_to_a_group_are_firm_and_the_noun_suspects_hedges_nothing():
    text = ("Police established that the two suspects are members of a cell belonging to Saraya Thar Allah, which "
            "planned the bombing.")
    assert pairs(text) == {("Saraya Thar Allah", "assessed")}


def test_a_weapon_named_as_a_groups_is_attribution():
    assert pairs("“These were Houthi missiles, fired from Hodeidah,” the official said.") == {("Houthis", "assessed")}
    assert pairs("It is unclear whether Hezbollah fired the rockets.") == set()


def test_a_drone_that_probably_came_from_a_group_is_suspicion():
    text = "Officials believe the drone “probably came from Kataib Hezbollah”, according to a US official."
    assert pairs(text) == {("Kataib Hezbollah", "suspected")}


def test_the_same_organisation_refers_back_to_the_group_named_before():
    text = ("The cell belonged to Saraya al-Mukhtar. A statement in the name of the same organisation claimed "
            "responsibility for the bombing.")
    assert ("Saraya al-Mukhtar", "claimed") in pairs(text)


def test_not_carrying_out_the_operation_is_a_denial():
    assert pairs("Asaib Ahl al-Haq did not carry out any operation against the base, its spokesman said.") == {
        ("Asaib Ahl al-Haq", "denied")}


def test_a_working_assumption_is_a_hedge():
    text = "“Our working assumption is that these were Houthi drones,” the official said."
    assert pairs(text) == {("Houthis", "suspected")}


# --- round 8: speakers ----------------------------------------------------------------------

def test_a_source_in_the_security_services_is_a_security_source():
    text = ("A drone hit the base, a source in the Iraqi security services told reporters. “It came from the west,” "
            "the source said.")
    assert quotes(text) == [("It came from the west,", "security source")]


def test_according_to_her_is_the_last_speaker():
    text = ("Spokeswoman Maria Lind said at a briefing that the strike was illegal. According to her, “the region "
            "needs calm.”")
    assert quotes(text) == [("the region needs calm.", "Maria Lind")]


def test_a_new_message_speaks_for_the_group_as_its_first_post_did():
    text = ("Saraya Awliya al-Dam claimed the attack. Later the post was deleted, and a new message said the claim "
            "“was a mistake.”")
    assert quotes(text) == [("was a mistake.", "Saraya Awliya al-Dam")]


def test_one_of_a_group_of_people_speaks_as_one_of_them():
    text = "One of the injured workers told the agency: “We heard a whistle and then the blast.”"
    assert quotes(text) == [("We heard a whistle and then the blast.", "injured worker")]


def test_a_title_and_portfolio_before_a_name_are_its_role():
    text = "“We will respond,” said Minister of Media Affairs Laila Haddad."
    assert [(q.speaker, q.speaker_role) for q in extract(text).quotes] == [
        ("Laila Haddad", "Minister of Media Affairs")]


def test_a_source_quoted_by_role_and_named_later_as_the_role_takes_the_name():
    text = ("The Commander of Basra Operations said the attack “will be answered.” Major General Ali Kareem, the "
            "commander, added: “We hold the ground.”")
    assert [s for _, s in quotes(text)] == ["Ali Kareem", "Ali Kareem"]
    text = ("A government spokesman said the border “is closed.”\n\n“We told Baghdad,” the spokesman, Minister of "
            "Information Omar Saleh, said.")
    assert [s for _, s in quotes(text)] == ["Omar Saleh", "Omar Saleh"]


def test_a_participle_after_without_names_no_speaker():
    text = "A source told us the order came from “the very top,” without saying from whom."
    assert quotes(text) == [("the very top,", "source")]


# --- round 8: dates -------------------------------------------------------------------------

def days(text: str, pub: date = date(2024, 1, 11)):
    return [(c.occurred_on, c.time_precision) for c in extract(text, published_on=pub).candidates]


def test_the_latest_of_a_series_is_one_attack():
    text = "A drone struck a tanker off Fujairah early on Monday, the latest in a series of attacks on shipping."
    assert days(text) == [("2024-01-08", "day")]


def test_a_small_number_of_trainers_is_no_tally_of_attacks():
    text = "Early on Monday, two rockets struck the Taji base, which hosts a small number of coalition trainers."
    assert days(text) == [("2024-01-08", "day")]


def test_a_limpet_mine_is_a_weapon():
    text = "Last week, divers found a limpet mine attached to the hull of a tanker off Fujairah."
    (c,) = extract(text, published_on=date(2024, 1, 11)).candidates
    assert (c.weapon_category, c.outcome) == ("other", "foiled")


def test_a_numbered_heading_dates_the_attack_told_under_it():
    text = ("1. Ain al-Asad airbase, Anbar province (January 2)\n\nRockets hit the Ain al-Asad airbase on January 2."
            "\n\n2. Harir airbase, Erbil province (January 5)\n\nA drone approaching Harir was shot down before it "
            "reached the site.")
    assert days(text) == [("2024-01-02", "day"), ("2024-01-05", "day")]


def test_those_announced_by_the_alliance_refers_back_to_the_group():
    text = ("The Islamic Resistance in Iraq said it had launched drones at the port. An army source said the drones "
            "shot down were “most likely” those announced by the alliance.")
    assert ("Islamic Resistance in Iraq", "suspected") in pairs(text)


def test_the_owner_named_after_of_in_an_appositive_is_no_speaker():
    text = ("The Martyrs Brigade, the armed wing of Tayyar Fadil Lubnan, says the statement was fake.\n\n"
            "“We did not fire any rockets today,” it said.")
    assert quotes(text) == [("We did not fire any rockets today,", "Martyrs Brigade")]


@pytest.mark.parametrize("text, actor", [
    ("Kataib Hezbollah announced in a statement on Tuesday that its units had “targeted the enemy base” with rockets.",
     "Kataib Hezbollah"),
    ("The Houthis wrote on their channel overnight that they had struck a tanker.", "Houthis"),
    ("Asaib Ahl al-Haq claimed late on Monday that it had fired two drones at the airport.", "Asaib Ahl al-Haq"),
    ("Hours later, Harakat al-Nujaba stated that the movement had launched the rockets.", "Harakat al-Nujaba"),
])
def test_any_reporting_verb_then_that_the_group_itself_acted_is_a_claim(text, actor):
    assert pairs(text) == {(actor, "claimed")}


def test_blame_for_the_continued_attacks_is_a_standing_accusation():
    assert pairs("The minister also blamed Iran for the repeated attacks on shipping.") == set()
    assert pairs("The minister also blamed Iran for the attack on the port.") == {("Iran", "assessed")}


@pytest.mark.parametrize("text, expected", [
    ("The spokesman said the evidence and the timing point to Asaib Ahl al-Haq.", {("Asaib Ahl al-Haq", "assessed")}),
    ("The signals point towards Kataib Hezbollah, a senior officer said.", {("Kataib Hezbollah", "assessed")}),
    # A list of subjects opening the sentence is no aside: "the route and ..." continues it.
    ("The wreckage, the route and the timing all pointed to Kataib Hezbollah, an army officer said.",
     {("Kataib Hezbollah", "assessed")}),
])
def test_evidence_that_points_to_a_group_names_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The wreckage all points to the Houthis, but for now we cannot confirm who launched it, a naval officer said.",
    "The army said Kataib Hezbollah was behind the attack, though it was still verifying the findings.",
    "Investigators blamed Asaib Ahl al-Haq, although this has not yet been confirmed.",
])
def test_a_judgement_withheld_later_in_the_sentence_is_a_suspicion(text):
    assert {stance for _, stance in pairs(text)} == {"suspected"}


def test_standing_behind_an_attack_is_being_behind_it():
    assert pairs("“Sleeper cells of the Islamic State stand behind this treacherous attack,” the army spokesman "
                 "said.") == {("Islamic State", "assessed")}
    assert pairs("“We stand behind the decision of our forces,” said a Kataib Hezbollah official.") == set()


def test_an_act_in_the_past_perfect_inside_a_report_names_its_agent():
    assert pairs("The interior ministry said in a statement that “cells of the Kataib Hezbollah militia” had "
                 "planted the bomb under the bridge.") == {("Kataib Hezbollah", "assessed")}
    assert pairs("The army said Asaib Ahl al-Haq had secretly launched the drones from a farm.") == \
        {("Asaib Ahl al-Haq", "assessed")}
    # Told by the narrator, with no report, the past perfect is background.
    assert pairs("Kataib Hezbollah had fired rockets at the base before the truce.") == set()


@pytest.mark.parametrize("later", ["Earlier the same evening", "Later that night", "The same day"])
def test_the_same_evening_is_the_day_of_the_attack_told_before(later):
    text = (f"A rocket struck the airport in Erbil on Monday, the ministry said on Wednesday. {later}, two drones "
            "were shot down over Kirkuk.")
    assert days(text) == [("2024-01-08", "day"), ("2024-01-08", "day")]
    # A part of a day without "same" or "earlier"/"later" names no day.
    assert days("A drone exploded at the port on Monday. A guard on the night shift said he heard it.") == \
        [("2024-01-08", "day")]


def test_a_dateline_in_ordinary_case_with_the_agency_dates_the_dispatch_not_the_attack():
    text = "Kirkuk, Jan 10 (AFP).- Two rockets struck an airbase north of Kirkuk late Monday, officials said."
    assert days(text) == [("2024-01-08", "day")]


def test_a_day_before_the_reporting_verb_is_when_it_was_said():
    text = "The army on Tuesday blamed Kataib Hezbollah for a drone that struck a base near Erbil early Sunday."
    assert days(text) == [("2024-01-07", "day")]
    # Within that sentence "the same day" is still the day it names.
    text = "The army late Tuesday said its troops shot down two drones near Erbil on the same day."
    assert days(text) == [("2024-01-09", "day")]


def test_the_province_a_missile_was_launched_from_is_not_where_it_struck():
    text = ("Air defences destroyed a ballistic missile launched by the militia from Marib governorate toward Jizan on "
            "Monday. “At 9 pm on Monday, our forces destroyed a missile fired by the militia from Marib "
            "governorate,” the spokesman said.")
    assert [(c.occurred_on, c.admin1) for c in extract(text, published_on=date(2024, 1, 11)).candidates] == \
        [("2024-01-08", None)]


def test_a_statement_from_a_body_is_the_bodys_speech():
    text = "A statement from the governor's media office said the police must “find the culprits” quickly."
    assert quotes(text) == [("find the culprits", "governor's media office")]
    text = ("Prime Minister Ali Hassan met the cabinet. A brief statement issued by the Interior Ministry said: "
            "“The perpetrators will be found.”")
    assert quotes(text) == [("The perpetrators will be found.", "Interior Ministry")]


def test_a_statement_that_reads_introduces_the_paragraphs_quoted_after_it():
    text = ("The Northern Defence Council (NDC) issued its report on Friday.\n\nThe NDC statement reads:\n\n"
            "“The boat was sent from the eastern shore.”")
    assert quotes(text) == [("The boat was sent from the eastern shore.", "Northern Defence Council")]
    text = ("A new faction calling itself “Liwa al-Sahil” appeared online.\n\nIts first statement read:\n\n"
            "“We struck the enemy's harbour with two drones.”")
    assert quotes(text) == [("We struck the enemy's harbour with two drones.", "Liwa al-Sahil")]
    # "read from a statement:": the reader is found by the usual patterns, not the words before the verb.
    text = ("Minister Omar Fayed spoke at the palace. He stood at the lectern and read from a prepared statement:\n\n"
            "“We will find those who did this and they will pay a heavy price.”")
    assert quotes(text)[0][1] != "He stood at the lectern and"


def test_a_new_statement_published_somewhere_is_the_groups_speech():
    text = ("A faction calling itself “Liwa al-Sahil” claimed the bombing.\n\nBy noon the message was removed. A fresh "
            "statement released on the same page said the claim “was a forgery by our enemies and we reject it.”")
    assert quotes(text)[-1] == ("was a forgery by our enemies and we reject it.", "Liwa al-Sahil")


def test_the_groups_statement_is_the_group_last_named_not_the_last_that_spoke():
    text = ("Kataib Hezbollah said its fighters were on alert. A faction calling itself “Liwa al-Sahil” chose its "
            "name with care. “The sea is ours and the river is ours,” the group's statement said.")
    assert quotes(text)[-1] == ("The sea is ours and the river is ours,", "Liwa al-Sahil")


def test_one_of_several_unnamed_sources_is_named_by_the_singular_role():
    text = ("Three Kurdish officials, speaking on condition of anonymity, said the drone came from the south. "
            "“We have seen this before,” the official said.")
    assert quotes(text) == [("We have seen this before,", "Kurdish official")]


def test_an_acronym_expands_to_a_name_with_dotted_initials():
    text = ("U.N. Relief Agency (UNRA) said in a post that aid was delayed. “Our trucks cannot move at night,” "
            "UNRA said.")
    assert quotes(text) == [("Our trucks cannot move at night,", "U.N. Relief Agency")]


def test_the_company_is_a_management_firm_named_before():
    text = ("The tanker's Cyprus-registered manager, Delmar Ship Management, said in a statement that the crew "
            "was safe. “The damage is above the waterline,” the company said.")
    assert quotes(text) == [("The damage is above the waterline,", "Delmar Ship Management")]


def test_a_claim_of_an_attack_named_by_its_day():
    text = "Harakat al-Nujaba claimed Sunday's drone attack on the airport in a post on Telegram."
    assert pairs(text) == {("Harakat al-Nujaba", "claimed")}


def test_a_denial_named_as_a_noun_with_its_author_after_by():
    text = ("Officials said Asaib Ahl al-Haq fired the rockets. “The denial published by this militia on Friday "
            "is a lie,” the governor said.")
    assert ("Asaib Ahl al-Haq", "denied") in pairs(text)


def test_a_likeness_to_a_groups_weapon_is_a_hedged_suspicion():
    text = "An army source said the debris was consistent with a missile of the kind the Houthis have fired before."
    assert pairs(text) == {("Houthis", "suspected")}


def test_launched_from_ground_a_group_controls_names_the_group():
    text = ("The inquiry found that the rockets were launched from a farm west of the river that is under the control "
            "of Kataib Hezbollah.")
    assert pairs(text) == {("Kataib Hezbollah", "assessed")}


def test_that_attack_after_a_sentence_about_the_past_is_the_past_attack():
    text = ("In March 2019, rockets struck the embassy compound. Kataib Hezbollah claimed that attack, and the "
            "embassy was closed for a week.")
    assert pairs(text) == set()


def test_it_opening_a_sentence_is_the_group_that_opened_the_one_before():
    text = ("Harakat al-Nujaba has said nothing about the base. It did, however, claim a rocket attack on the "
            "airport on Friday.")
    assert pairs(text) == {("Harakat al-Nujaba", "claimed")}


def test_a_summary_closing_the_sentence_does_not_date_the_clause():
    text = ("Analysts believe the attack was carried out by Kataib Hezbollah under a new name, a tactic the group "
            "has used since 2019.")
    assert pairs(text) == {("Kataib Hezbollah", "suspected")}


def test_a_weekday_after_a_gmt_time_is_the_same_moment_not_another_day():
    text = "Two rockets hit the airbase near Kirkuk shortly after 1:00 am (2200 GMT Wednesday), police said on Thursday."
    assert days(text) == [("2024-01-11", "day")]


# The look-aheads that open the hot patterns hold the first letters of their alternatives, some
# kept by hand (an alternative added with a new first letter would silently never match), some
# built from the alternatives by alternation.at_word_start (a slip there would do the same). Each
# pattern must find exactly what it finds without its look-ahead, over every corpus text as
# written and lowered.
def _guarded_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    guarded = {"stances": ("_UNATTRIBUTED", "_DENY", "_CLAIM", "_BLAME_AFTER", "_BLAME_BEFORE",
                           "_HISTORY", "_REPORTED_ACT"),
               "incidents": ("_FACILITY", "_IN_PLACE", "_TARGET"),
               "clauses": ("_BOUNDARY",)}
    cases = []
    for module, names in guarded.items():
        for name in names:
            rx = getattr(importlib.import_module(f"db.extract.{module}"), name)
            cases.append((f"db.extract.{module}.{name}", rx, _LOOKAHEAD.search(rx.pattern).group()))
    dates = importlib.import_module("db.extract.dates")
    incidents = importlib.import_module("db.extract.incidents")
    return cases + [("db.extract.dates.DATE_RE", dates.DATE_RE, dates._OPENINGS),
                    ("db.extract.incidents._WEAPON", incidents._WEAPON, incidents._WEAPON_OPENINGS)]


_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]+\]\)")


@pytest.mark.parametrize("label, rx, lookahead", _guarded_patterns(), ids=lambda v: v
                         if isinstance(v, str) and v.startswith("db.") else "")
def test_a_first_letter_look_ahead_changes_no_match(label: str, rx: re.Pattern[str],
                                                     lookahead: str) -> None:
    bare = re.compile(rx.pattern.replace(lookahead, "", 1), rx.flags)
    assert bare.pattern != rx.pattern
    for path in sorted(ROOT.glob("tests/corpus*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for form in (text, text.lower()):
            assert [m.span() for m in rx.finditer(form)] == \
                [m.span() for m in bare.finditer(form)], (label, path.name)


# --- held-out round 11 ------------------------------------------------------------------------------

def test_a_mixed_case_acronym_is_not_folded_into_a_first_name():
    text = "“Denying it costs them nothing,” said Hanne Berg, head of research at a consultancy in Oslo."
    assert quotes(text) == [("Denying it costs them nothing,", "Hanne Berg")]


def test_a_body_later_written_shorter_keeps_the_full_name_first_given():
    text = ("The freighter was hit at anchor, according to its owner, Piraeus-based Thalassa Carriers Shipping. "
            "“No one was hurt,” Thalassa said. Two soldiers died, according to the Chadian Army Command. "
            "“The patrol was ambushed,” the Army Command said. US Joint Command agreed. “It failed,” Joint Command said.")
    # The owner's initials are left out, as the corpora do.
    assert [s for _, s in quotes(text)] == ["Thalassa Carriers Shipping", "Chadian Army Command", "Joint Command"]



def test_mr_and_a_surname_without_its_article_take_the_full_name():
    text = ("Basra's governor, Karim al-Saadi, toured the port on Monday. "
            "“The port is open,” Mr Saadi told reporters.")
    assert quotes(text) == [("The port is open,", "Karim al-Saadi")]


def test_an_undated_sentence_after_a_dated_past_in_its_paragraph_is_background():
    text = ("Rockets hit the Kirkuk base on Monday, police said. No group claimed the attack.\n"
            "The base is no stranger to such attacks. In March 2015 a barrage on it killed a contractor. "
            "Washington blamed Kataib Hezbollah and bombed its depots.")
    assert pairs(text) == {(None, "unattributed")}


def test_an_attack_named_by_its_month_and_year_is_background():
    text = ("A drone hit the outpost on Monday, officials said.\n"
            "It recalled the March 2015 strike on the depot. The Pentagon blamed Kataib Hezbollah for it.")
    assert pairs(text) == set()


@pytest.mark.parametrize("sentence", [
    "No faction has said it carried out the shelling.",
    "Asked about the blast, the spokesman said: I'm not aware of any group claiming that one.",
    "The mortar attack was never claimed.",
])
def test_unclaimed_told_as_nobody_saying_it_did_it(sentence: str) -> None:
    text = f"Mortars hit the airport near Erbil on Monday, police said. {sentence}"
    assert pairs(text) == {(None, "unattributed")}


def test_an_agent_opening_the_speakers_quoted_words_is_named():
    text = ('The ministry said its defences downed two drones fired "by the terrorist Houthi militia" '
            "over the port of Yanbu on Monday.")
    assert pairs(text) == {("Houthis", "assessed")}


@pytest.mark.parametrize("sentence", [
    '"This was an ISIS cell that came from the desert," the commander said.',
    "The army said the two men belong to “a terrorist cell affiliated with the ISIS organization”.",
])
def test_a_cell_named_by_its_group_names_the_group(sentence: str) -> None:
    text = f"A roadside bomb hit a patrol near Deir ez-Zor on Monday. {sentence}"
    assert pairs(text) == {("Islamic State", "assessed")}


def test_neither_x_nor_y_had_any_role_is_a_denial():
    text = ("A drone hit a tanker off Fujairah on Monday. “Neither the Revolutionary Guards nor any other force "
            "had any role in this,” the minister said.")
    assert pairs(text) == {("IRGC", "denied")}


def test_a_body_referred_to_by_the_noun_of_its_appositive():
    text = ("The ship was hit, according to the Joint Maritime Information Center, a naval agency that monitors "
            "shipping. “Vessels should keep clear,” the agency said.")
    assert quotes(text) == [("Vessels should keep clear,", "Joint Maritime Information Center")]


def test_a_who_aside_does_not_make_a_subject_too_long():
    text = ("“The windows shook for a minute,” a Basra fisherman, who asked not to be named for fear of losing "
            "his licence, told reporters.")
    assert quotes(text) == [("The windows shook for a minute,", "Basra fisherman")]


def test_the_statement_is_its_issuers_not_a_group_named_since_without_speaking():
    text = ("“Two rockets were destroyed before reaching the base,” the ministry said in a statement. "
            "It said the attack had been carried out by members of the PKK who had crossed from the camp. "
            "“The perpetrators have been identified,” the statement added.")
    assert [s for _, s in quotes(text)] == ["ministry", "ministry"]


def test_partial_quotes_strung_through_a_sentence_share_the_speaker_named_after_the_last():
    text = ("The two men belong to “a cell run from across the border” and “admitted placing the charge,” "
            "said Colonel Idriss Mahamat.")
    assert [s for _, s in quotes(text)] == ["Idriss Mahamat", "Idriss Mahamat"]


# --- held-out round 12: speakers and stances -----------------------------------------------------------

def test_the_role_said_later_is_the_unnamed_spokesperson_first_introduced():
    text = ("Two engineers were hurt, according to a foreign office spokesperson, who did not name them. "
            "“Both are receiving care,” the spokesperson said.")
    assert quotes(text) == [("Both are receiving care,", "foreign office spokesperson")]


def test_a_spokesman_for_a_group_is_still_the_group_speaking():
    text = "“We had no part in it,” a spokesman for Kataib Hezbollah said."
    assert quotes(text) == [("We had no part in it,", "Kataib Hezbollah")]


def test_a_subject_before_an_infinitive_speaks_the_quote_after_the_participle():
    text = ("“We are watching closely,” said Mara Lind, the ministry's press officer. She refused to comment "
            "on retaliation, saying only that the cabinet “will decide in due course.”")
    assert quotes(text)[-1] == ("will decide in due course.", "Mara Lind")


def test_the_fighters_of_the_group_last_named_speak_for_it():
    text = ("Islamic State claimed the ambush on Tuesday. The militants said in their Amaq outlet that they had "
            "“destroyed” the convoy.")
    assert quotes(text) == [("destroyed", "Islamic State")]


def test_the_military_said_is_the_force_named_before_spelled_out():
    text = ("Two rockets fell near Metula, according to the Israel Defense Forces. On Sunday the IDF said it had "
            "found the launcher.\n“The launcher was abandoned in an orchard,” the military said.")
    assert quotes(text)[-1] == ("The launcher was abandoned in an orchard,", "Israel Defense Forces")


def test_an_unnamed_official_from_inside_a_group_is_named_by_it():
    text = ("An official from the Hezbollah organisation told a Beirut daily that the party had “no link to "
            "the rockets,” and wanted calm.")
    assert quotes(text) == [("no link to the rockets,", "Hezbollah official")]


def test_the_statement_read_is_its_issuer():
    text = ("A drone struck the depot overnight, the Kurdistan Region's Ministry of Electricity said on Monday. "
            "The fire was out by dawn, the ministry said in a statement. Crews worked through the night.\n"
            "“This attack targets every household in the region,” the statement read.")
    assert quotes(text) == [("This attack targets every household in the region,",
                             "Kurdistan Region's Ministry of Electricity")]


def test_a_statement_issued_with_any_verb_names_its_issuer():
    text = ("An official said the findings pointed to Kataib Hezbollah. Kataib Hezbollah dismissed the claim in a "
            "statement on Telegram.\n“These are lies,” the statement read.")
    assert quotes(text) == [("These are lies,", "Kataib Hezbollah")]


def test_the_statement_with_none_named_is_the_body_quoted_last():
    text = ("Islamic State cells are active in the valley. A bomb killed a soldier on Monday, the Security "
            "Media Cell announced. According to the Security Media Cell, the blast hit “a routine patrol.”\n"
            "“Our forces are hunting the cell,” the statement read.")
    assert quotes(text)[-1] == ("Our forces are hunting the cell,", "Security Media Cell")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The group's statement that it has “no link to any attack” convinces nobody.", "Kataib Hezbollah"),
    ("We welcome Prime Minister Omar al-Rawi's pledge to “find the launchers, whoever they are.”", "Omar al-Rawi"),
])
def test_words_owned_by_a_possessive_are_its_owners(sentence: str, speaker: str) -> None:
    text = "Officials blamed Kataib Hezbollah for the rockets. " + sentence
    assert quotes(text)[-1][1] == speaker


def test_may_before_a_day_is_a_month_not_a_hedge():
    text = ("On May 19, two drones were shot down near the airport, which the ministry also said were launched by "
            "the Houthis.")
    assert pairs(text, date(2024, 5, 21)) == {("Houthis", "assessed")}


# --- held-out round 13: speakers ------------------------------------------------------------------------

def test_one_unnamed_source_is_named_by_the_bare_noun():
    text = "“The water was cut for a week,” said one resident, who asked not to be named."
    assert quotes(text) == [("The water was cut for a week,", "resident")]


@pytest.mark.parametrize("subject", ["The Joint Maritime Information Center (JMIC) agency",
                                     "The Joint Maritime Information Center centre"])
def test_a_body_is_named_without_its_initials_and_its_kind(subject: str) -> None:
    text = f"{subject} said the tanker was hit by an “unidentified projectile” off Aden."
    assert quotes(text) == [("unidentified projectile", "Joint Maritime Information Center")]


def test_a_contracted_acronym_is_the_name_it_contracts():
    text = ("A destroyer downed a missile on Monday, U.S. Central Command said.\n"
            "“The crew acted within seconds,” CENTCOM said.")
    assert quotes(text) == [("The crew acted within seconds,", "U.S. Central Command")]


def test_initials_alone_are_no_contraction():
    text = ("The Ship Security Alert Team reported the strike.\n"
            "“Vessels should report anything suspicious,” SSATX said.")
    assert quotes(text) == [("Vessels should report anything suspicious,", "SSATX")]


def test_the_verb_closing_an_introduction_has_the_speaker_before_it():
    text = ("Kataib Hezbollah claimed the strike on Monday. In a statement posted to its channel, the group said:\n"
            "“Our fighters hit the base with two drones.”")
    assert quotes(text) == [("Our fighters hit the base with two drones.", "Kataib Hezbollah")]


def test_a_group_noun_means_the_armed_group_named_even_in_a_ministry_quote():
    text = ("The interior ministry said the drones were launched by “the outlaw Kataib Hezbollah militia”.\n"
            "Hours later, the Iran-backed group rejected the accusation in a statement on Telegram.\n"
            "“We had nothing to do with this attack,” it said.")
    assert quotes(text)[-1] == ("We had nothing to do with this attack,", "Kataib Hezbollah")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Jordan's Foreign Ministry also issued a statement condemning “any attack on a neighbour”.",
     "Jordan's Foreign Ministry"),
    ("Hours later, Kataib Hezbollah published its own claim, describing it as part of “a new phase”.",
     "Kataib Hezbollah"),
])
def test_a_participle_after_a_statement_speaks_for_its_issuer(sentence: str, speaker: str) -> None:
    assert quotes(sentence)[0][1] == speaker


def test_the_outlet_quoting_a_groups_spokesman_is_not_the_speaker():
    text = ("The Houthis claimed a missile strike on Sunday. The Houthi-run Al-Masirah TV quoted the group's "
            "military spokesman as saying the missile had hit “a gathering of mercenaries.”")
    assert quotes(text) == [("a gathering of mercenaries.", "Houthis")]


def test_a_name_past_an_aside_in_dashes_is_the_next_he():
    text = ("“The fleet held,” said Cmdr. Ana Ruiz, a spokesperson for the fleet.\n"
            "Tom Hale — a retired officer and now a fellow at a naval institute — said the attack was no surprise.\n"
            "“They have rebuilt,” he said.")
    assert quotes(text)[-1] == ("They have rebuilt,", "Tom Hale")


def test_a_particle_written_apart_stays_with_the_surname_after_a_portfolio():
    text = ("Minister of State Khalid Al Mansoori said the country would not bend.\n"
            "“These attacks will not affect our security,” Al Mansoori said.")
    assert quotes(text) == [("These attacks will not affect our security,", "Khalid Al Mansoori")]


# --- held-out round 14: speakers ------------------------------------------------------------------------

def test_a_source_is_named_with_what_it_is_of_but_not_where_it_is():
    text = ("A resident of Basra's al-Ashar district told Al Rafidain English that he heard two blasts.\n"
            "“The windows shook,” he said.\n"
            "A shopkeeper in Mayadin, who asked not to be named, said the market closed.\n"
            "“We locked up at once,” he said.")
    assert [s for _, s in quotes(text)] == ["resident of Basra's al-Ashar district", "shopkeeper"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Arab League condemned the attack. Its Secretary-General said it was “a grave escalation.”", "Secretary-General"),
    ("No group has claimed it. But security sources said that the militia was “the likely culprit”.", "security sources"),
])
def test_a_possessive_or_a_conjunction_opening_the_subject_is_not_the_speakers_name(sentence: str, speaker: str) -> None:
    assert quotes(sentence)[-1][1] == speaker


def test_a_clause_after_although_is_not_the_quotes_speaker():
    text = ("Officials said that Hezbollah was “the obvious suspect”, although they cautioned that the inquiry "
            "was continuing.")
    assert quotes(text) == [("the obvious suspect", "Officials")]


def test_a_region_after_in_the_is_no_person():
    text = ("Central Command, which oversees U.S. forces in the Middle East, said the missile was “fired from "
            "Yemen.”")
    assert quotes(text) == [("fired from Yemen.", "Central Command")]


def test_a_firm_of_carriers_is_the_it_that_follows():
    text = ("The ship's operator, Limassol-based Aegean Bulk Carriers, denied any link to Israel. “The vessel has no "
            "Israeli cargo,” it said.")
    assert quotes(text) == [("The vessel has no Israeli cargo,", "Aegean Bulk Carriers")]


def test_a_quote_begun_in_the_sentence_before_leaves_no_mark_in_the_speaker():
    text = ("An Asaib Ahl al-Haq official, who asked not to be named, denied it.\n"
            "“We had nothing to do with it. These claims are political,” the official said, adding that the group "
            "was “ready for any inquiry.”")
    assert quotes(text)[-1] == ("ready for any inquiry.", "Asaib Ahl al-Haq official")


def test_small_words_may_join_a_name_spelled_before_its_initials():
    text = ("Two peacekeepers were hurt, according to the United Nations Interim Force in Lebanon (UNIFIL). "
            "UNIFIL said in a statement that it had “opened an inquiry.”")
    assert quotes(text) == [("opened an inquiry.", "United Nations Interim Force in Lebanon")]


def test_an_unnamed_source_is_named_with_what_it_commands():
    text = ("A former commander of British forces in Cyprus said the attack was a warning.\n"
            "“We were never out of range,” he said.")
    assert quotes(text) == [("We were never out of range,", "former commander of British forces in Cyprus")]


def test_a_role_in_apposition_to_a_name_is_no_second_source():
    text = ("“The base held,” said Col. Ana Ruiz, a spokesperson for the garrison.\n"
            "Tom Hale, a former Army officer who served two tours at the garrison and is now a senior fellow at the "
            "Center for Naval Strategy, said small bases are exposed.\n“Every base is a target now,” he said.")
    assert quotes(text)[-1] == ("Every base is a target now,", "Tom Hale")


def test_a_name_after_the_kind_of_body_is_that_body():
    text = ("Mira Osei, an analyst at the Dubai-based firm Corvid Risk, said premiums would rise. She told "
            "reporters:\n“Underwriters had just started to relax.”")
    assert quotes(text) == [("Underwriters had just started to relax.", "Mira Osei")]


def test_a_relative_clause_speaks_for_the_body_it_hangs_on():
    text = ("The Pentagon referred questions to U.S. Central Command, which said in a statement that it was "
            "“aware of an attack” on the base.")
    assert quotes(text) == [("aware of an attack", "U.S. Central Command")]


def test_the_source_said_later_is_the_one_first_introduced():
    text = ("A U.S. defense official told reporters the base was hit by three rockets.\n"
            "The defense official said the attack was “probably” the work of Kataib Hezbollah.")
    assert quotes(text) == [("probably", "U.S. defense official")]
