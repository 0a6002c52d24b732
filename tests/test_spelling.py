"""Spelling-blind names, shared by the importers' actor keys and the extractor's gazetteer."""

from __future__ import annotations

from db.exchange.common import name_key
from db.extract.gazetteer import GazetteerEntry, find_mentions
from db.spelling import single_letters


def test_repeated_letters_are_written_once_and_repeated_digits_kept() -> None:
    assert single_letters("hzbbllh") == "hzblh"
    assert single_letters("brgd11") == "brgd11"


def test_both_matchers_keep_numbered_units_apart() -> None:
    assert name_key("Armed Group 11") != name_key("Armed Group 1")
    gazetteer = (GazetteerEntry("Brigade 11", kind="armed-group"),)
    assert [m.entry.name for m in find_mentions("Brigade 11 fired.", gazetteer)] == ["Brigade 11"]
    assert find_mentions("Brigade 1 fired.", gazetteer) == []


def test_both_matchers_are_blind_to_vowels_and_doubled_letters() -> None:
    assert name_key("Kata'ib Hizballah") == name_key("Kataib Hezbollah")
    gazetteer = (GazetteerEntry("Kataib Hezbollah", kind="armed-group"),)
    assert [m.entry.name for m in find_mentions("Kata'ib Hizbullah fired.", gazetteer)] == [
        "Kataib Hezbollah"]
