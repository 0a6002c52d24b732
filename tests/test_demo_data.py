"""Checks on the hand-checked demo desk (db/demo/desk.json) against its two source texts.

These read the JSON and the texts directly; no store is needed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from db import vocabulary as v

DEMO = Path(__file__).resolve().parent.parent / "db" / "demo"

# The seed files are byte-identical copies of shared/seeds/000_… and 001_….
SEED_SHA256 = {
    "seed_2021_ain_al_asad.txt": "273d29f772c3d632c936159c22dba28151d84d2b9e79117cf60f00c5cd586a94",
    "seed_2022_soleimani_anniversary.txt": "05bbc1108743ba6f054bfaa1be9d84e37d666d667d0f177c9d0fcef8d2d679f1",
}

OPENING_MARKS = {"“", '"'}
CLOSING_MARKS = {"”", '"'}

# Every span in quotation marks in each source, as (start, end) of the characters between
# the marks, split into statements (each must be a direct quote with exactly that span)
# and scare-quoted phrases (no quote).
QUOTED_STATEMENTS = {
    "seed_2021_ain_al_asad.txt": {
        (609, 889): "What we won’t do is make a hasty",  # Psaki
        (1582, 1669): "The vehicle from which the missiles",  # Al-Khafaji
        (1778, 1940): "The joint operations have entered",  # Al-Khafaji (opens " closes ”)
    },
    "seed_2022_soleimani_anniversary.txt": {
        (337, 468): "We don’t have any specific attribution",  # Psaki
        (903, 927): "it is certainly possible",  # Psaki
        (966, 1006): "the anniversary of the Soleimani strike.",  # Psaki
        (1605, 1634): "eight rounds of indirect fire",  # unnamed report of the Syria fire
        (1725, 1740): "remain at risk,",  # the Pentagon
        (1885, 2085): "We continue to see threats",  # Kirby
        (2226, 2272): "the number one terrorist",  # Trump, on Soleimani
    },
}
SCARE_QUOTED = {
    "seed_2021_ain_al_asad.txt": {(2069, 2076): "Avenger"},
    "seed_2022_soleimani_anniversary.txt": {(1497, 1516): "Soleimani's revenge"},
}

# key -> (occurred_on, weekday the text gives, weapon_category, munition_count, outcome, country)
EXPECTED_INCIDENTS = {
    "inc_2021_03_03_ain_al_asad_rockets": ("2021-03-03", "Wednesday", "rocket", 10, "impact", "Iraq"),
    "inc_2022_01_03_baghdad_airport_drones": ("2022-01-03", "Monday", "drone", 2, "intercepted", "Iraq"),
    "inc_2022_01_04_western_iraq_drones": ("2022-01-04", "Tuesday", "drone", 2, "intercepted", "Iraq"),
    "inc_2022_01_04_northeast_syria_foiled_rockets": ("2022-01-04", "Tuesday", "rocket", None, "foiled", "Syria"),
    "inc_2022_01_05_ain_al_asad_rockets": ("2022-01-05", "Wednesday", "rocket", 5, "unknown", "Iraq"),
    "inc_2022_01_05_syria_indirect_fire": ("2022-01-05", "Wednesday", "indirect-fire", 8, "unknown", "Syria"),
}

SOURCE_FIELDS = {"key", "file", "outlet", "url", "title", "published_on", "reliability",
                 "credibility", "tlp", "notes"}
ACTOR_FIELDS = {"key", "name", "aliases", "kind", "parent", "notes"}
INCIDENT_FIELDS = {
    "key", "title", "occurred_on", "time_precision", "event_type", "weapon", "weapon_category",
    "munition_count", "target", "location", "admin1", "country", "latitude", "longitude",
    "geo_precision", "outcome", "killed", "injured", "attribution_status", "lead_actor",
    "likelihood", "confidence", "triage_status", "tlp", "summary", "sources",
}
QUOTE_FIELDS = {"key", "source", "incident", "speaker", "speaker_role", "kind", "text",
                "start_offset", "end_offset", "credibility"}
CLAIM_FIELDS = {"incident", "actor", "stance", "asserted_by", "quote", "source", "likelihood",
                "confidence"}


@pytest.fixture(scope="module")
def desk() -> dict:
    with open(DEMO / "desk.json", encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def texts(desk) -> dict[str, str]:
    out = {}
    for source in desk["sources"]:
        with open(DEMO / source["file"], encoding="utf-8", newline="") as f:
            out[source["key"]] = f.read()
    return out


def by_key(rows: list[dict]) -> dict[str, dict]:
    return {row["key"]: row for row in rows}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text between each pair of quotation marks, pairing marks in order."""
    marks = [i for i, ch in enumerate(text) if ch in OPENING_MARKS | CLOSING_MARKS]
    assert len(marks) % 2 == 0, "unbalanced quotation marks"
    spans = []
    for open_at, close_at in zip(marks[::2], marks[1::2]):
        assert text[open_at] in OPENING_MARKS and text[close_at] in CLOSING_MARKS
        spans.append((open_at + 1, close_at))
    return spans


# -- files ------------------------------------------------------------------------------


def test_seed_files_are_the_shared_seeds_byte_for_byte():
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256((DEMO / name).read_bytes()).hexdigest() == digest, name


def test_records_have_exactly_the_documented_fields(desk):
    assert set(desk) == {"sources", "actors", "incidents", "quotes", "claims"}
    for fields, table in ((SOURCE_FIELDS, "sources"), (ACTOR_FIELDS, "actors"),
                          (INCIDENT_FIELDS, "incidents"), (QUOTE_FIELDS, "quotes"),
                          (CLAIM_FIELDS, "claims")):
        for row in desk[table]:
            assert set(row) == fields, (table, row.get("key"))


def test_keys_are_unique_within_each_table(desk):
    for table in ("sources", "actors", "incidents", "quotes"):
        keys = [row["key"] for row in desk[table]]
        assert len(keys) == len(set(keys)), table


# -- quotes -----------------------------------------------------------------------------


def test_every_quote_is_the_source_text_at_its_offsets(desk, texts):
    for q in desk["quotes"]:
        text = texts[q["source"]]
        assert 0 <= q["start_offset"] < q["end_offset"] <= len(text), q["key"]
        assert text[q["start_offset"]:q["end_offset"]] == q["text"], q["key"]


def test_direct_quotes_sit_exactly_inside_quotation_marks(desk, texts):
    for q in desk["quotes"]:
        if q["kind"] != "direct":
            continue
        text = texts[q["source"]]
        assert text[q["start_offset"] - 1] in OPENING_MARKS, q["key"]
        assert text[q["end_offset"]] in CLOSING_MARKS, q["key"]
        assert not (set(q["text"]) & (OPENING_MARKS | CLOSING_MARKS)), q["key"]


def test_reported_quotes_are_whole_sentences_without_quotation_marks(desk, texts):
    for q in desk["quotes"]:
        if q["kind"] != "reported":
            continue
        text = texts[q["source"]]
        start, end = q["start_offset"], q["end_offset"]
        assert start == 0 or text[start - 1] in " \n", q["key"]
        assert start == 0 or text[start - 2] in ".\n" or text[start - 1] == "\n", q["key"]
        assert q["text"][0].isupper() and q["text"].endswith("."), q["key"]
        assert end == len(text) or text[end] in " \n", q["key"]
        assert not (set(q["text"]) & (OPENING_MARKS | CLOSING_MARKS)), q["key"]


def test_no_two_quotes_overlap_in_the_same_source(desk):
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for q in desk["quotes"]:
        spans.setdefault(q["source"], []).append((q["start_offset"], q["end_offset"], q["key"]))
    for source, rows in spans.items():
        rows.sort()
        for (_, end, key), (start, _, next_key) in zip(rows, rows[1:]):
            assert end <= start, (source, key, next_key)


def test_the_expected_lists_cover_every_span_in_quotation_marks(desk, texts):
    sources = by_key(desk["sources"])
    for key, text in texts.items():
        name = sources[key]["file"]
        expected = set(QUOTED_STATEMENTS[name]) | set(SCARE_QUOTED[name])
        assert set(quoted_spans(text)) == expected, name
        for (start, end), head in {**QUOTED_STATEMENTS[name], **SCARE_QUOTED[name]}.items():
            assert text[start:end].startswith(head), (name, start, end)


def test_every_quoted_statement_is_a_direct_quote(desk):
    sources = by_key(desk["sources"])
    direct = {
        (sources[q["source"]]["file"], q["start_offset"], q["end_offset"])
        for q in desk["quotes"] if q["kind"] == "direct"
    }
    wanted = {(name, s, e) for name, spans in QUOTED_STATEMENTS.items() for s, e in spans}
    assert direct == wanted


def test_scare_quoted_phrases_are_not_quotes(desk):
    sources = by_key(desk["sources"])
    recorded = {(sources[q["source"]]["file"], q["start_offset"]) for q in desk["quotes"]}
    for name, spans in SCARE_QUOTED.items():
        for start, _ in spans:
            assert (name, start) not in recorded


def test_the_claims_quotes_include_the_denial_and_the_politico_suspicion(desk):
    quotes = by_key(desk["quotes"])
    assert quotes["q_2021_kss_denial"]["kind"] == "reported"
    assert "denied having any links" in quotes["q_2021_kss_denial"]["text"]
    assert "Kataib Hezbollah" in quotes["q_2021_politico_kataib_hezbollah"]["text"]
    assert "determining precise attribution" in quotes["q_2021_psaki_attribution"]["text"]


# -- cross-references -------------------------------------------------------------------


def test_every_cross_reference_resolves(desk):
    sources = by_key(desk["sources"])
    actors = by_key(desk["actors"])
    incidents = by_key(desk["incidents"])
    quotes = by_key(desk["quotes"])
    for source in sources.values():
        assert (DEMO / source["file"]).is_file(), source["key"]
    for actor in actors.values():
        assert actor["parent"] is None or actor["parent"] in actors, actor["key"]
    for inc in incidents.values():
        assert inc["lead_actor"] is None or inc["lead_actor"] in actors, inc["key"]
        assert inc["sources"] and all(s in sources for s in inc["sources"]), inc["key"]
    for q in quotes.values():
        assert q["source"] in sources, q["key"]
        assert q["incident"] is None or q["incident"] in incidents, q["key"]
        if q["incident"] is not None:
            assert q["source"] in incidents[q["incident"]]["sources"], q["key"]
    for c in desk["claims"]:
        assert c["incident"] in incidents
        assert c["actor"] is None or c["actor"] in actors
        assert c["source"] in sources
        assert c["quote"] in quotes
        assert quotes[c["quote"]]["source"] == c["source"]
        assert c["source"] in incidents[c["incident"]]["sources"]


def test_actor_parents_form_no_cycle_and_names_are_unique(desk):
    actors = by_key(desk["actors"])
    for key in actors:
        seen = {key}
        parent = actors[key]["parent"]
        while parent is not None:
            assert parent not in seen, key
            seen.add(parent)
            parent = actors[parent]["parent"]
    names = [a["name"].casefold() for a in actors.values()]
    assert len(names) == len(set(names))
    for a in actors.values():
        assert isinstance(a["aliases"], list) and all(isinstance(x, str) and x for x in a["aliases"])
        assert len(a["aliases"]) == len(set(a["aliases"])), a["key"]
        assert a["name"] not in a["aliases"], a["key"]


def test_the_expected_actors_are_present(desk):
    actors = by_key(desk["actors"])
    expected = {
        "kataib_hezbollah": "armed-group",
        "kataib_sayyid_al_shuhada": "armed-group",
        "pmf": "umbrella",
        "iran": "state",
    }
    for key, kind in expected.items():
        assert actors[key]["kind"] == kind
    assert "Hashd al-Shaabi" in actors["pmf"]["aliases"]
    assert "KH" in actors["kataib_hezbollah"]["aliases"]
    assert "KSS" in actors["kataib_sayyid_al_shuhada"]["aliases"]


# -- vocabulary and dates ---------------------------------------------------------------


def test_every_vocabulary_value_is_in_the_vocabulary(desk):
    for s in desk["sources"]:
        assert s["reliability"] in v.RELIABILITIES
        assert s["credibility"] in v.CREDIBILITIES
        assert s["tlp"] in v.TLP_LEVELS
    for a in desk["actors"]:
        assert a["kind"] in v.ACTOR_KINDS
    for i in desk["incidents"]:
        assert i["time_precision"] in v.TIME_PRECISIONS
        assert i["event_type"] in v.EVENT_TYPES
        assert i["weapon_category"] in v.WEAPON_CATEGORIES
        assert i["geo_precision"] in v.GEO_PRECISIONS
        assert i["outcome"] in v.OUTCOMES
        assert i["attribution_status"] in v.ATTRIBUTION_STATUSES
        assert i["likelihood"] is None or i["likelihood"] in v.LIKELIHOODS
        assert i["confidence"] is None or i["confidence"] in v.CONFIDENCES
        assert i["triage_status"] in v.TRIAGE_STATUSES
        assert i["tlp"] in v.TLP_LEVELS
    for q in desk["quotes"]:
        assert q["kind"] in {"direct", "reported"}
        assert q["credibility"] in v.CREDIBILITIES
    for c in desk["claims"]:
        assert c["stance"] in v.CLAIM_STANCES
        assert c["likelihood"] is None or c["likelihood"] in v.LIKELIHOODS
        assert c["confidence"] is None or c["confidence"] in v.CONFIDENCES


def test_dates_are_valid_iso_dates(desk):
    for s in desk["sources"]:
        assert dt.date.fromisoformat(s["published_on"]).isoformat() == s["published_on"]
    for i in desk["incidents"]:
        assert dt.date.fromisoformat(i["occurred_on"]).isoformat() == i["occurred_on"]
    sources = by_key(desk["sources"])
    for i in desk["incidents"]:
        for s in i["sources"]:
            assert i["occurred_on"] <= sources[s]["published_on"], (i["key"], s)


def test_publication_dates(desk):
    sources = by_key(desk["sources"])
    assert sources["src_2021_aawsat"]["published_on"] == "2021-03-04"  # the text's "Thursday"
    assert sources["src_2022_rudaw"]["published_on"] == "2022-01-07"  # day after "late Thursday"


# -- incidents --------------------------------------------------------------------------


def test_the_incidents_are_exactly_the_expected_ones(desk):
    incidents = by_key(desk["incidents"])
    assert len(desk["incidents"]) == 6
    assert set(incidents) == set(EXPECTED_INCIDENTS)
    for key, (day, weekday, category, count, outcome, country) in EXPECTED_INCIDENTS.items():
        inc = incidents[key]
        assert inc["occurred_on"] == day, key
        assert dt.date.fromisoformat(day).strftime("%A") == weekday, key
        assert inc["time_precision"] == "day", key
        assert inc["weapon_category"] == category, key
        assert inc["munition_count"] == count, key
        assert inc["outcome"] == outcome, key
        assert inc["country"] == country, key


def test_the_baghdad_drones_fell_on_the_second_anniversary_of_the_soleimani_strike(desk):
    inc = by_key(desk["incidents"])["inc_2022_01_03_baghdad_airport_drones"]
    strike = dt.date(2020, 1, 3)
    assert dt.date.fromisoformat(inc["occurred_on"]) == strike.replace(year=strike.year + 2)


def test_incident_numbers_and_places_are_sane(desk):
    for i in desk["incidents"]:
        for field in ("munition_count", "killed", "injured"):
            assert i[field] is None or (isinstance(i[field], int) and i[field] >= 0), i["key"]
        if i["geo_precision"] in ("exact", "near"):
            assert i["latitude"] is not None and i["longitude"] is not None, i["key"]
        if i["latitude"] is not None:
            assert -90 <= i["latitude"] <= 90 and -180 <= i["longitude"] <= 180
        assert i["title"] and i["summary"] and i["location"] and i["target"], i["key"]


def test_attribution_statuses_follow_the_evidence(desk):
    incidents = by_key(desk["incidents"])
    ain_2021 = incidents["inc_2021_03_03_ain_al_asad_rockets"]
    assert ain_2021["attribution_status"] == "suspected"
    assert ain_2021["lead_actor"] == "kataib_hezbollah"
    assert ain_2021["likelihood"] in ("likely", "roughly-even-chance")
    assert ain_2021["confidence"] in ("low", "moderate")
    for key, inc in incidents.items():
        if key.startswith("inc_2022"):
            assert inc["attribution_status"] == "unattributed", key
        if inc["attribution_status"] == "unattributed":
            assert inc["lead_actor"] is None and inc["likelihood"] is None, key
            assert inc["confidence"] is None, key
        else:
            assert inc["lead_actor"] is not None, key


def test_triage_statuses_are_a_mix_with_some_new(desk):
    statuses = [i["triage_status"] for i in desk["incidents"]]
    assert "new" in statuses
    assert len(set(statuses)) >= 3


def test_every_record_is_marked_clear(desk):
    for table in ("sources", "incidents"):
        for row in desk[table]:
            assert row["tlp"] == "clear"


# -- claims -----------------------------------------------------------------------------


def test_claim_actor_matches_stance(desk):
    for c in desk["claims"]:
        if c["stance"] == "unattributed":
            assert c["actor"] is None, c
        else:
            assert c["actor"] is not None, c
        assert c["asserted_by"], c


def test_the_expected_claims_are_recorded(desk):
    got = {(c["incident"], c["actor"], c["stance"], c["quote"]) for c in desk["claims"]}
    ain = "inc_2021_03_03_ain_al_asad_rockets"
    assert (ain, "kataib_sayyid_al_shuhada", "denied", "q_2021_kss_denial") in got
    assert (ain, "kataib_hezbollah", "suspected", "q_2021_politico_kataib_hezbollah") in got
    assert (ain, None, "unattributed", "q_2021_psaki_attribution") in got
    # Psaki (late Thursday 2022-01-06) speaks after every January 2022 incident.
    for key in EXPECTED_INCIDENTS:
        if key.startswith("inc_2022"):
            assert (key, None, "unattributed", "q_2022_psaki_attribution") in got, key
    # Kirby's statement follows the "late Tuesday" paragraph: Monday and Tuesday incidents only.
    kirby = {c["incident"] for c in desk["claims"] if c["quote"] == "q_2022_kirby_attribution"}
    assert kirby == {
        "inc_2022_01_03_baghdad_airport_drones",
        "inc_2022_01_04_western_iraq_drones",
        "inc_2022_01_04_northeast_syria_foiled_rockets",
    }
    assert len(got) == len(desk["claims"]), "duplicate claim"
