"""The desk's controlled vocabulary (DESIGN.md), used verbatim in the database, UI and exports."""

from __future__ import annotations

ATTRIBUTION_STATUSES: tuple[str, ...] = (
    "unattributed",
    "suspected",
    "claimed",
    "contested",
    "assessed",
    "confirmed",
)

CLAIM_STANCES: tuple[str, ...] = ("claimed", "denied", "suspected", "assessed", "unattributed")

# ICD 203 likelihood terms with their probability ranges in percent.
LIKELIHOODS: dict[str, tuple[int, int]] = {
    "almost-no-chance": (1, 5),
    "very-unlikely": (5, 20),
    "unlikely": (20, 45),
    "roughly-even-chance": (45, 55),
    "likely": (55, 80),
    "very-likely": (80, 95),
    "almost-certain": (95, 99),
}

CONFIDENCES: tuple[str, ...] = ("low", "moderate", "high")

RELIABILITIES: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

CREDIBILITIES: dict[str, str] = {
    "1": "confirmed by other sources",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}

TRIAGE_STATUSES: tuple[str, ...] = ("new", "in_progress", "reviewed", "closed")

TLP_LEVELS: tuple[str, ...] = ("clear", "green", "amber", "amber+strict", "red")

WEAPON_CATEGORIES: tuple[str, ...] = (
    "rocket",
    "missile",
    "drone",
    "mortar",
    "ied",
    "indirect-fire",
    "small-arms",
    "other",
)

EVENT_TYPES: tuple[str, ...] = (
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Suicide bomb",
    "Armed clash",
    "Attack",
)

OUTCOMES: tuple[str, ...] = ("impact", "intercepted", "foiled", "unknown")

TIME_PRECISIONS: tuple[str, ...] = ("day", "week", "month")

GEO_PRECISIONS: tuple[str, ...] = ("exact", "near", "region")

ACTOR_KINDS: tuple[str, ...] = ("armed-group", "front-group", "umbrella", "state", "unknown")

PROPOSERS: tuple[str, ...] = ("analyst", "extractor")

REVIEW_STATES: tuple[str, ...] = ("proposed", "accepted")


def tlp_rank(level: str) -> int:
    """Order of a TLP level, for comparisons such as --tlp-max."""
    return TLP_LEVELS.index(level)
