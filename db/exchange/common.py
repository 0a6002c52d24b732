"""Parsing shared by the file readers: text layout, dates, numbers, weapons, source keys."""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from db.spelling import single_letters

BATCH_ROWS = 10_000
NULLS = frozenset({"", "N/A", "NA", "n/a", "NULL", "null", "."})


class RowError(ValueError):
    """One row cannot be imported; its message names the reason for the skip report."""


@dataclass(frozen=True)
class TextLayout:
    encoding: str
    delimiter: str
    header: list[str]
    header_line: int  # 2 when a `sep=;` line comes first


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as such, else Windows-1252.

    GTD files circulate in both; a strict decode of the whole file is the only safe test.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def text_layout(path: Path) -> TextLayout:
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
        header_line = 1
        if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
            delimiter, header_line = first.strip()[4], 2
            first = handle.readline()
        else:
            delimiter = max((",", ";", "\t"), key=first.count)
    header = next(csv.reader([first], delimiter=delimiter), [])
    return TextLayout(encoding, delimiter, [h.strip() for h in header], header_line)


def csv_rows(handle: TextIO, layout: TextLayout) -> Iterator[tuple[int, list[str]]]:
    """Data rows after the header with the line each starts on (quoted notes span lines)."""
    if layout.header_line == 2:
        handle.readline()
    reader = csv.reader(handle, delimiter=layout.delimiter)
    next(reader, None)
    start = layout.header_line + 1
    for fields in reader:
        if fields:
            yield start, fields
        start = layout.header_line + reader.line_num


def count_lines(path: Path) -> int:
    """A quick upper bound on rows for the progress bar (quoted newlines make it high)."""
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y",
                 "%d-%B-%y", "%d %B %y", "%Y/%m/%d")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=8192)
def parse_date(text: str) -> str:
    """An ISO date from the spellings ACLED has used (2018-02-28, 28-Feb-18, 30 April 2018)."""
    text = text.strip()
    candidate = text[:10] if _ISO.match(text) else text
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(candidate, form).date().isoformat()
        except ValueError:
            continue
    raise RowError(f"{text!r} is not a date")


def null(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return None if text in NULLS else text


def to_int(text: str | None, what: str) -> int | None:
    text = null(text)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        raise RowError(f"{what} {text!r} is not a number") from None
    if number != number or number < 0:  # NaN, or a negative count
        raise RowError(f"{what} {text!r} is not a count")
    return int(number)


def coordinate(text: str | None, what: str, limit: float) -> float | None:
    text = null(text)
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{what} {text!r} is not a number") from None
    if not -limit <= value <= limit:
        raise RowError(f"{what} {text} is out of range")
    return value


_WEAPONS = (("drone", "drone"), ("uav", "drone"), ("rocket", "rocket"),
            ("katyusha", "rocket"), ("missile", "missile"), ("mortar", "mortar"),
            ("ied", "ied"), ("roadside bomb", "ied"), ("explosive device", "ied"),
            ("car bomb", "ied"), ("artillery", "indirect-fire"), ("shelling", "indirect-fire"))
_WEAPON_CATEGORY = dict(_WEAPONS)
# Searched in lowered text: a case-blind pattern is several times slower to scan with.
_WEAPON_RE = re.compile(r"\b(" + "|".join(w for w, _ in _WEAPONS) + r")s?\b")


def weapon_in(text: str) -> tuple[str | None, str | None]:
    """The first weapon a report names, with its desk category (no match: None, None)."""
    match = _WEAPON_RE.search(text.lower())
    if not match:
        return None, None
    word = match.group(1)
    return word, _WEAPON_CATEGORY[word]


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_SKELETON_DROPS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A spelling-blind key for an actor's name: Kata'ib Hizballah and Kataib Hezbollah share
    one, as do Asa'ib Ahl al-Haq and Asaib Ahl al Haq.

    Romanisations of Arabic names differ in case, diacritics, apostrophes (hamza, ayn),
    hyphens and above all in their vowels and doubled letters: all of these are dropped,
    keeping the first letter. A trailing qualifier such as ``(Iraq)`` or ``(2014-)`` is
    dropped too, as ACLED adds one that reports leave out.
    """
    text = unicodedata.normalize("NFKD", _QUALIFIER.sub("", name).casefold())
    text = "".join(c for c in text.removeprefix("the ") if c.isalnum())
    if not text:
        return ""
    return single_letters(text[0] + text[1:].translate(_SKELETON_DROPS))


def sha256_key(*parts: str) -> str:
    """A stable key for a source known only by name (an ACLED outlet, a GTD citation)."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


NAMESPACE = uuid.UUID("6f0c1f0e-5b7e-4d8a-9d51-3c1f4f1a7e21")  # threatdesk's, for uuid5 ids


def stix_id(kind: str, key: str) -> str:
    """Stable ids, so exporting the same desk twice names its objects the same way.

    Derived by name (uuid5) but stamped version 4, the form STIX asks of domain objects
    (the validator warns, check 103, on any other).
    """
    return f"{kind}--{uuid.UUID(bytes=uuid.uuid5(NAMESPACE, key).bytes, version=4)}"


def desk_key(incident_id: int, created_at: str | None) -> str:
    """The name a desk's own incident (one with no external id) travels under in exports.

    The same in STIX and JSON, so either export imported back into its desk matches.
    """
    return stix_id("incident", f"{incident_id}:{created_at}")
