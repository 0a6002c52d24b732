"""A small built-in table of places that recur in Iraq/Syria/Yemen reporting.

It maps a base, city or province to its first-level division and country so that a
candidate can carry admin1 and country even when the article names only the base.
"""

from __future__ import annotations

import re

# name (lower case) -> (admin1, country)
ADMIN1: dict[str, tuple[str, str]] = {
    **{p.lower(): (p, "Iraq") for p in (
        "Anbar", "Baghdad", "Basra", "Nineveh", "Kirkuk", "Erbil", "Duhok", "Sulaymaniyah", "Salahuddin",
        "Diyala", "Babil", "Karbala", "Najaf", "Wasit", "Maysan", "Dhi Qar", "Muthanna", "Qadisiyah", "Halabja")},
    **{p.lower(): (p, "Syria") for p in (
        "Deir ez-Zor", "Hasakah", "Raqqa", "Homs", "Aleppo", "Idlib", "Damascus", "Rif Dimashq", "Daraa",
        "Quneitra", "Latakia", "Tartus", "Hama", "Suwayda")},
    **{p.lower(): (p, "Yemen") for p in (
        "Sanaa", "Hodeidah", "Aden", "Marib", "Taiz", "Saada", "Hajjah", "Shabwa", "Hadramawt", "Abyan")},
}
CITIES: dict[str, str] = {
    "mosul": "nineveh", "fallujah": "anbar", "ramadi": "anbar", "al-qaim": "anbar", "tikrit": "salahuddin",
    "samarra": "salahuddin", "balad": "salahuddin", "baqubah": "diyala", "hilla": "babil", "sulaimaniyah": "sulaymaniyah",
    "amerli": "salahuddin", "diwaniyah": "qadisiyah", "afak": "qadisiyah", "nasiriyah": "dhi qar",
    "kut": "wasit", "amarah": "maysan", "samawah": "muthanna", "rutba": "anbar", "haditha": "anbar", "hit": "anbar",
    "baiji": "salahuddin", "tuz khurmatu": "salahuddin", "chamchamal": "sulaymaniyah", "bashiqa": "nineveh",
    "sinjar": "nineveh", "tal afar": "nineveh", "zakho": "duhok", "jurf al-sakhar": "babil", "taji": "baghdad",
    "abu ghraib": "baghdad", "manbij": "aleppo", "kobani": "aleppo", "hajin": "deir ez-zor", "qamishli": "hasakah", "shaddadi": "hasakah", "mayadin": "deir ez-zor",
    "al-bukamal": "deir ez-zor", "albu kamal": "deir ez-zor", "palmyra": "homs", "ras isa": "hodeidah",
    "iskandariyah": "babil", "musayyib": "babil", "mahmudiyah": "baghdad", "tarmiyah": "baghdad", "gwer": "erbil",
    "makhmur": "erbil", "khanaqin": "diyala", "muqdadiyah": "diyala", "qayyarah": "nineveh", "hawija": "kirkuk",
    "al-hol": "hasakah", "tal tamr": "hasakah", "busayrah": "deir ez-zor", "ain issa": "raqqa", "mokha": "taiz",
    "ataq": "shabwa", "nisab": "shabwa", "balhaf": "shabwa", "azzan": "shabwa", "zinjibar": "abyan", "lawdar": "abyan",
    "mukalla": "hadramawt", "seiyun": "hadramawt",
}
FACILITIES: dict[str, str] = {
    "ain al-asad": "anbar", "al-asad": "anbar", "harir": "erbil", "victory": "baghdad", "baghdad": "baghdad",
    "erbil": "erbil", "balad": "salahuddin", "al-tanf": "homs", "tanf": "homs", "conoco": "deir ez-zor",
    "green village": "deir ez-zor", "omar": "deir ez-zor", "al-omar": "deir ez-zor", "rumeilan": "hasakah",
    "al-shaddadi": "hasakah", "khor mor": "sulaymaniyah", "union iii": "baghdad", "camp taji": "baghdad",
    "taji": "baghdad", "k-1": "kirkuk", "zilkan": "nineveh", "bashiqa": "nineveh", "basra": "basra", "hodeidah": "hodeidah",
}
WATERS = ("Red Sea", "Gulf of Aden", "Bab el-Mandeb", "Arabian Sea", "Persian Gulf", "Gulf of Oman", "Mediterranean")
COUNTRIES = ("Iraq", "Syria", "Yemen", "Jordan", "Iran", "Israel", "Lebanon", "Saudi Arabia", "Turkey", "Kuwait")


# One pattern tries every known name as a prefix, facilities first, in table order: the first that fits wins.
_PROVINCE_OF = {**CITIES, **FACILITIES}
_KNOWN_PREFIX = re.compile("|".join(re.escape(k) for k in (*FACILITIES, *(c for c in CITIES if c not in FACILITIES))))


def admin_of(name: str) -> tuple[str | None, str | None]:
    key = name.lower().replace("‑", "-")
    if key.startswith("tower 22"):
        return None, "Jordan"
    known = _KNOWN_PREFIX.match(key)
    if known:
        return ADMIN1[_PROVINCE_OF[known.group()]]
    if key in ADMIN1:
        return ADMIN1[key]
    return None, None
