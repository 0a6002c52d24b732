"""Import and review in the real app: a file in, proposals answered by key, the desk after."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from db.store import Store
from tui.app import ThreatdeskApp
from tui.import_dialog import ImportDialog
from tui.review_screen import ReviewScreen

SIZE = (120, 36)
ARTICLE = """Rockets hit Victory base near Baghdad airport

BAGHDAD (Wire) - Three Katyusha rockets struck Victory base near Baghdad airport on Sunday, security officials said.

"Two rockets landed inside the base and one fell nearby," an Iraqi security official said.

Asaib Ahl al-Haq denied any involvement. No group has claimed responsibility for the attack.
"""


async def wait_for_import(pilot, app: ThreatdeskApp) -> None:
    for _ in range(100):
        await pilot.pause(0.05)
        if not isinstance(app.screen, ImportDialog):
            return


async def test_i_imports_a_file_and_r_reviews_it(empty_store: Store, tmp_path: Path) -> None:
    article = tmp_path / "victory.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = ThreatdeskApp(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        assert isinstance(app.screen, ImportDialog)
        app.screen.query_one("#import-path").value = str(article)
        await pilot.press("enter")
        await wait_for_import(pilot, app)
        assert any("victory.txt (article)" in str(n.message) for n in app._notifications)
        assert empty_store.incident_count() >= 1
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        queue = app.screen.queue
        assert queue and {p.kind for p in queue} >= {"incident", "claim"}
        while app.screen.queue:  # accept everything, one key each
            await pilot.press("y")
            await pilot.pause()
            if not isinstance(app.screen, ReviewScreen):
                break
        assert not isinstance(app.screen, ReviewScreen)
    incidents = empty_store.incidents()
    assert all(i.review_status == "accepted" for i in incidents)
    claims = [c for i in incidents for c in empty_store.claims_for(i.id)]
    assert claims and all(c.review_status == "accepted" for c in claims)
    assert all(i.attribution_status == "unattributed" for i in incidents)


async def test_pasted_article_imports_and_rejecting_removes_it(empty_store: Store) -> None:
    app = ThreatdeskApp(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        app.screen.query_one("#import-text").text = ARTICLE
        await pilot.press("ctrl+s")
        await wait_for_import(pilot, app)
        await pilot.press("r")
        first = app.screen.queue[0]
        count = len(app.screen.queue)
        await pilot.press("x")
        await pilot.pause()
        remaining = app.screen.queue if isinstance(app.screen, ReviewScreen) else []
        assert len(remaining) < count
        await pilot.press("u")  # on the review screen or, once it emptied, on the desk
        await pilot.pause()
    from db.review import proposals, sources_to_review
    [(source, _)] = sources_to_review(empty_store)
    assert len(proposals(empty_store, source.id)) == count
    assert first.kind in ("incident", "claim")


async def test_import_of_a_missing_file_is_a_toast(empty_store: Store, tmp_path: Path) -> None:
    app = ThreatdeskApp(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        app.screen.query_one("#import-path").value = str(tmp_path / "nowhere.txt")
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if app._notifications:
                break
        assert isinstance(app.screen, ImportDialog)
        assert any("no such file" in str(n.message) for n in app._notifications)
    assert empty_store.incident_count() == 0


async def test_edit_corrects_a_proposed_claim(empty_store: Store) -> None:
    from db.articles import decode_article, import_article
    import_article(empty_store, decode_article(ARTICLE.encode(), "a"), "a")
    app = ThreatdeskApp(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        options = app.screen.query_one("#review-list", OptionList)
        claim_index = next(i for i, p in enumerate(app.screen.queue) if p.kind == "claim")
        options.highlighted = claim_index
        claim_id = app.screen.queue[claim_index].row_id
        await pilot.press("e")
        app.screen.query_one("#claim-actor").value = "AAH"  # an alias of Asaib Ahl al-Haq
        await pilot.press("tab", "s", "enter")  # stance: suspected
        await pilot.pause()
    claim = empty_store.claim(claim_id)
    assert (claim.stance, claim.review_status) == ("suspected", "accepted")
    assert "Asa" in empty_store.actor(claim.actor_id).name


async def test_published_date_in_the_dialog_resolves_relative_dates(empty_store: Store,
                                                                    tmp_path: Path) -> None:
    article = tmp_path / "victory.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = ThreatdeskApp(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        app.screen.query_one("#import-path").value = str(article)
        await pilot.press("tab", *"2024-03-05", "enter")  # a Tuesday
        await wait_for_import(pilot, app)
    assert [i.occurred_on for i in empty_store.incidents()] == ["2024-03-03"]
