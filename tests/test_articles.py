"""Article import into a real desk: proposals, review answers, merges, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.articles import (ArticleError, ArticleOptions, decode_article, import_article,
                         read_article_file)
from db.review import accept, merge, merge_targets, proposals, reject, sources_to_review
from db.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "db" / "demo"
SEED_2022 = SEEDS / "seed_2022_soleimani_anniversary.txt"
WIRE = """Drone attack hits Erbil airport, no group claims responsibility

ERBIL, Kurdistan Region - Two explosive-laden drones struck near Erbil International Airport on Tuesday, the Kurdistan Region's counter-terrorism service said.

"The attack caused no casualties but damaged a hangar," the service said in a statement.

Kataib Hezbollah denied any role in the attack. "We had nothing to do with this," a spokesman for the group said.
"""


def import_text(store: Store, text: str, **options) -> object:
    return import_article(store, decode_article(text.encode(), "wire.txt"), "wire.txt",
                          ArticleOptions(**options))


def test_import_proposes_incidents_quotes_and_claims(empty_store: Store) -> None:
    from datetime import date
    report = import_text(empty_store, WIRE, published=date(2024, 3, 6), outlet="Rudaw")
    assert report.source_id and report.candidates >= 1 and report.quotes >= 2
    incident = empty_store.incidents()[0]
    assert (incident.review_status, incident.triage_status) == ("proposed", "new")
    assert incident.occurred_on == "2024-03-05"
    assert incident.attribution_status == "unattributed"
    source = empty_store.source(report.source_id)
    for quote in empty_store.quotes_for(incident.id):
        assert source.text[quote.start_offset:quote.end_offset] == quote.text
    claims = empty_store.claims_for(incident.id)
    assert {(c.actor_name, c.stance) for c in claims} >= {("Kataib Hezbollah", "denied")}
    assert all(c.proposed_by == "extractor" and c.review_status == "proposed" for c in claims)


def test_same_article_twice_is_a_no_op(empty_store: Store) -> None:
    first = import_text(empty_store, WIRE)
    count = empty_store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    second = import_text(empty_store, WIRE)
    assert second.duplicate_of == first.source_id
    assert empty_store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count


def test_seed_report_on_an_empty_desk_proposes_the_five_january_incidents(
        empty_store: Store) -> None:
    from datetime import date
    article = read_article_file(SEED_2022)
    report = import_article(empty_store, article, SEED_2022.name,
                            ArticleOptions(published=date(2022, 1, 7)))
    dates = sorted(i.occurred_on for i in empty_store.incidents())
    assert report.candidates == len(dates)
    assert {"2022-01-03", "2022-01-04", "2022-01-05"} <= set(dates)


def test_accept_and_reject_are_audited_and_undoable(empty_store: Store) -> None:
    report = import_text(empty_store, WIRE)
    queue = proposals(empty_store, report.source_id)
    claim = next(p for p in queue if p.kind == "claim")
    incident = next(p for p in queue if p.kind == "incident")
    accept(empty_store, claim)
    assert empty_store.claim(claim.row_id).review_status == "accepted"
    reject(empty_store, incident)
    assert empty_store.incident_count() == len(queue) - len(
        [p for p in queue if p.kind == "claim"]) - 1
    empty_store.undo()
    assert empty_store.incident(incident.row_id).review_status == "proposed"
    assert sources_to_review(empty_store)[0][0].id == report.source_id


def test_lookalike_incident_is_offered_as_a_merge_and_keeps_its_status(store: Store) -> None:
    from datetime import date
    existing = next(i for i in store.incidents() if i.location and "Baghdad" in i.location)
    text = ("Drones downed over Baghdad airport\n\nBAGHDAD - Two drones were shot down over "
            "Baghdad International Airport on Monday, officials said. Kataib Hezbollah "
            "denied any involvement in the attack.\n")
    report = import_text(store, text, published=date(2022, 1, 4))
    [candidate] = [p for p in proposals(store, report.source_id) if p.kind == "incident"]
    assert [t.id for t in merge_targets(store, candidate.row_id)] == [existing.id]
    merge(store, candidate.row_id, existing.id)
    after = store.incident(existing.id)
    assert after.attribution_status == existing.attribution_status
    assert any(c.proposed_by == "extractor" for c in store.claims_for(existing.id))
    assert report.source_id in {s.id for s in store.sources_for(existing.id)}


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"x" * (6 * 1024 * 1024), "too large"),
])
def test_bad_files_are_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        decode_article(data, "bad")


def test_invalid_utf8_is_replaced_and_reported(empty_store: Store) -> None:
    article = decode_article(WIRE.encode() + b"\xff\xfe broken tail", "latin.txt")
    assert "\ufffd" in article.text and "not valid UTF-8" in article.warnings[0]
    report = import_article(empty_store, article, "latin.txt")
    assert report.warnings and report.source_id


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article_file(tmp_path / "gone.txt")


def test_html_article_is_read_with_its_text_only(empty_store: Store) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE.split("\n\n")[1:])
    html = (f"<html><head><title>Drone attack hits Erbil airport</title></head><body>"
            f"<nav>Home | World</nav><article>{paragraphs}</article></body></html>")
    article = decode_article(html.encode(), "page.html")
    assert "<p>" not in article.text and "Home | World" not in article.text
    assert "counter-terrorism service" in article.text


def test_seed_import_comes_close_to_the_hand_made_demo_desk(tmp_path: Path) -> None:
    from db.demo.loader import write_demo
    from scripts.eval_seed_import import imported_desk, quote_spans, same_incident

    demo = Store.open(write_demo(tmp_path / "demo.db"))
    imported = imported_desk(tmp_path)
    truth = demo.incidents()
    assert all(any(same_incident(f, t) for f in imported.incidents()) for t in truth)
    assert quote_spans(demo) == quote_spans(imported)


def test_a_source_without_outlet_or_grading_is_named_by_its_headline(empty_store: Store
                                                                     ) -> None:
    from tui.detail_pane import incident_fields

    import_text(empty_store, WIRE)
    incident = empty_store.incidents()[0]
    fields = {label: value for label, value, _ in incident_fields(
        incident, None, empty_store.sources_for(incident.id))}
    assert fields["Sources"] == ("Drone attack hits Erbil airport, no group claims "
                                 "responsibility · ungraded")
