"""STIX 2.1: importing public sample bundles, exporting validator-clean bundles, round trip.

Sample bundles in tests/data, copied from /work/shared/data/stix:
- opencti-test-bundle.json: OpenCTI-Platform/client-python, tests/data/DATA-TEST-STIX2_v2.json
  (Apache-2.0): an incident attributed to a campaign attributed to an intrusion-set, an
  opinion on the incident, TLP markings, a relationship without spec_version.
- apt1.json: oasis-open/cti-stix2-json-schemas, examples/threat-reports/apt1.json
  (BSD-3-Clause): threat-actors, an intrusion-set, identities, attributed-to between them.
- incident-malware.json: oasis-open/cti-stix-elevator, idioms-json-2.1-valid/
  incident-malware.json (BSD-3-Clause): an incident with a property extension and no
  spec_version.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from stix2validator import ValidationOptions, validate_string

from db.exchange import export, import_file
from db.exchange.report import ExportFormatError
from db.exchange.stix_export import confidence_of
from db.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def empty(empty_store: Store) -> Store:
    """A new, empty desk (conftest's `empty_store`)."""
    return empty_store


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo desk (conftest's `store`)."""
    return store


def test_opencti_chain_incident_campaign_intrusion_set(empty: Store) -> None:
    report = import_file(empty, DATA / "opencti-test-bundle.json")
    assert report.format == "stix" and report.incidents_added == 1
    [incident] = empty.incidents()
    assert incident.title == "A new incident" and incident.occurred_on == "2020-02-27"
    [claim] = empty.claims_for(incident.id)
    assert claim.actor_name == "APT41" and claim.stance == "suspected"
    assert claim.asserted_by == "via campaign A new campaign"
    assert claim.likelihood == "almost-no-chance"  # OpenCTI's confidence 2 on 0-100
    assert empty.find_actor("Winnti").name == "APT41"
    [quote] = empty.quotes_for(incident.id)
    assert quote.text == "This is the explanation of the opinion"
    assert any("ignored" in w for w in report.warnings)


def test_apt1_actors_and_their_attribution(empty: Store) -> None:
    report = import_file(empty, DATA / "apt1.json")
    assert report.incidents_added == 0 and report.actors_added >= 5
    apt1 = empty.find_actor("APT1")
    assert apt1 is not None and apt1.parent_actor_id is not None


def test_incident_without_spec_version(empty: Store) -> None:
    report = import_file(empty, DATA / "incident-malware.json")
    assert report.incidents_added == 1
    assert empty.incidents()[0].title.startswith("Detected Poison Ivy")


def test_an_imported_id_stix_rejects_is_exported_under_a_valid_one(empty: Store,
                                                                    tmp_path: Path) -> None:
    # The sample's incident id has a UUID of no RFC 4122 variant: the import takes it, and
    # the stix2 library refused to build the export until it was renamed.
    import_file(empty, DATA / "incident-malware.json")
    text = exported(empty)
    results = validate_string(text, ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for e in results.errors]
    path = tmp_path / "out.json"
    path.write_text(text, encoding="utf-8")
    report = import_file(empty, path)
    assert report.incidents_added == 0 and len(empty.incidents()) == 1


def test_a_value_stix_cannot_carry_is_one_message(demo: Store) -> None:
    # A timestamp edited outside threatdesk (sqlite3, Datasette) is not one STIX can write.
    demo.db.execute("UPDATE incidents SET created_at = 'yesterday' WHERE id = 1")
    with pytest.raises(ExportFormatError, match="STIX cannot carry"):
        exported(demo)


def test_dangling_relationship_is_a_warning(empty: Store, tmp_path: Path) -> None:
    bundle = json.loads((DATA / "incident-malware.json").read_text())
    bundle["objects"].append({
        "type": "relationship", "id": "relationship--0a0b0c0d-0000-4000-8000-000000000001",
        "relationship_type": "attributed-to", "created": "2020-01-01T00:00:00.000Z",
        "modified": "2020-01-01T00:00:00.000Z",
        "source_ref": "incident--1b75ee8f-44d6-819a-d729-09ab52c91fdb",
        "target_ref": "threat-actor--0a0b0c0d-0000-4000-8000-00000000dead",
        "x_custom_thing": {"anything": True}})
    bundle["objects"].append({"type": "x-custom-object", "id": "x-custom-object--1"})
    path = tmp_path / "dangling.json"
    path.write_text(json.dumps(bundle))
    report = import_file(empty, path)
    assert report.incidents_added == 1
    assert any("not in the bundle" in w for w in report.warnings)


def test_confidence_follows_the_icd_203_scale() -> None:
    assert confidence_of("likely") == 70
    assert confidence_of("almost-certain") == 95
    assert confidence_of(None) is None


def exported(store: Store, **options) -> str:
    out = io.StringIO()
    export(store, None, "stix", out, **options)
    return out.getvalue()


def test_export_passes_the_official_validator(demo: Store) -> None:
    text = exported(demo)
    results = validate_string(text, ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for e in results.errors]
    warnings = [str(w) for w in results.warnings]
    # Documented: attributed-to from an incident is best-practice check 202, strict-only.
    assert all("{202}" in w for w in warnings)
    kinds = {o["type"] for o in json.loads(text)["objects"]}
    assert {"incident", "threat-actor", "note", "marking-definition"} <= kinds


def test_attribution_carries_confidence_and_sources_carry_urls(demo: Store) -> None:
    incident = next(i for i in demo.incidents() if demo.claims_for(i.id)
                    and any(c.actor_id for c in demo.claims_for(i.id)))
    claim = next(c for c in demo.claims_for(incident.id) if c.actor_id)
    demo.db.execute("UPDATE claims SET likelihood = 'likely' WHERE id = ?", (claim.id,))
    objects = json.loads(exported(demo))["objects"]
    confidences = [o.get("confidence") for o in objects if o["type"] == "relationship"
                   and o["relationship_type"] == "attributed-to"
                   and o["source_ref"].startswith("incident--")]
    assert 70 in confidences
    urls = [r.get("url") for o in objects if o["type"] == "incident"
            for r in o.get("external_references", [])]
    assert any(urls)


def comparable(store: Store) -> dict[str, object]:
    names = {a.id: a.name for a in store.actors()}
    incidents = {}
    for i in store.incidents():
        fields = {k: v for k, v in vars(i).items()
                  if k not in ("id", "lead_actor_id", "external_id", "created_at",
                               "updated_at", "version")}
        claims = sorted((c.actor_name or "", c.stance, c.asserted_by, c.likelihood or "",
                         c.confidence or "") for c in store.claims_for(i.id))
        quotes = sorted((q.speaker, q.speaker_role, q.text, q.kind)
                        for q in store.quotes_for(i.id) if q.incident_id == i.id)
        sources = sorted((s.sha256, s.outlet or "", s.title or "", s.url or "",
                          s.published_on or "", s.grading) for s in store.sources_for(i.id))
        incidents[i.title + (i.occurred_on or "")] = (
            fields, names.get(i.lead_actor_id), claims, quotes, sources)
    actors = sorted((a.name, a.kind, tuple(a.aliases), names.get(a.parent_actor_id))
                    for a in store.actors())
    return {"incidents": incidents, "actors": actors}


def test_round_trip_into_an_empty_desk(demo: Store, empty: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text(exported(demo, tlp_max="red"), encoding="utf-8")
    report = import_file(empty, path, format="stix")
    assert not report.skipped and not report.warnings
    assert comparable(empty) == comparable(demo)
    assert {s.grading for i in empty.incidents() for s in empty.sources_for(i.id)} >= {"C2"}


def test_source_details_outside_the_vocabulary_are_dropped(demo: Store, empty: Store,
                                                          tmp_path: Path) -> None:
    from db.exchange.stix_export import EXTENSION_ID

    bundle = json.loads(exported(demo, tlp_max="red"))
    for obj in bundle["objects"]:
        for source in obj.get("extensions", {}).get(EXTENSION_ID, {}).get("sources", ()):
            source.update(reliability="Z", credibility=["1"], published_on=7)
    path = tmp_path / "graded.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    import_file(empty, path, format="stix")
    sources = [s for i in empty.incidents() for s in empty.sources_for(i.id)]
    assert sources and all(s.grading == "??" and s.published_on is None for s in sources)
    assert all(s.outlet for s in sources)


def test_reimporting_an_export_changes_nothing(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text(exported(demo, tlp_max="red"), encoding="utf-8")
    before = comparable(demo)
    report = import_file(demo, path)
    assert report.claims_added == 0 and report.quotes_added == 0
    assert comparable(demo)["actors"] == before["actors"]
