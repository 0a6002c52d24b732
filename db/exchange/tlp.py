"""TLP marking definitions in STIX: the published TLP 2.0 objects, and TLP 1.0 ids read back."""

from __future__ import annotations

import stix2

TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
TLP2_IDS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
# Markings a bundle may reference without carrying them: TLP 2.0 and STIX's own TLP 1.0.
KNOWN_IDS: dict[str, str] = {
    **{marking_id: level for level, marking_id in TLP2_IDS.items()},
    stix2.TLP_WHITE.id: "clear", stix2.TLP_GREEN.id: "green",
    stix2.TLP_AMBER.id: "amber", stix2.TLP_RED.id: "red",
}
_NAMES = {"white": "clear", "clear": "clear", "green": "green", "amber": "amber",
          "amber+strict": "amber+strict", "red": "red"}


def marking(level: str) -> stix2.MarkingDefinition:
    """The published TLP 2.0 marking-definition object for a desk TLP level."""
    return stix2.MarkingDefinition(
        id=TLP2_IDS[level], created=TLP2_CREATED, name=f"TLP:{level.upper()}",
        extensions={TLP2_EXTENSION: {"extension_type": "property-extension",
                                     "tlp_2_0": level}}, allow_custom=True)


def level_of(marking_object: dict) -> str | None:
    """The desk level a marking-definition object in a bundle stands for, if it is TLP."""
    if marking_object.get("id") in KNOWN_IDS:
        return KNOWN_IDS[marking_object["id"]]
    definition = marking_object.get("definition") or {}
    name = definition.get("tlp") or definition.get("TLP") or marking_object.get("name") or ""
    extension = (marking_object.get("extensions") or {}).get(TLP2_EXTENSION) or {}
    name = extension.get("tlp_2_0") or name
    return _NAMES.get(str(name).lower().removeprefix("tlp:"))
