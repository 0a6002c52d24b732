"""Write SVG screenshots of the real app on the demo desk into screenshots/.

    python scripts/screenshots.py

Each shot is the app as an analyst sees it after a few keys, at 120x36.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date
from pathlib import Path

from db.articles import ArticleOptions, decode_article, import_article
from db.demo.loader import write_demo
from db.store import Store
from tui.app import ThreatdeskApp

OUT = Path(__file__).resolve().parents[1] / "screenshots"
SHOTS: dict[str, list[str]] = {
    "main": ["G"],
    "status-picker": ["j", "s"],
    "attribution-editor": ["G", "a", "tab", *"kataib h", "right"],
    "claim-from-quote": ["G", "3", "j", "c"],
    "search": ["slash", *"ain al", "enter"],
    "help": ["question_mark"],
}


async def shoot(name: str, keys: list[str], desk: Path, size: tuple[int, int]) -> Path:
    store = Store.open(desk, analyst="screenshots")
    app = ThreatdeskApp(store)
    async with app.run_test(size=size) as pilot:
        await pilot.pause(0.2)
        await pilot.press(*keys)
        await pilot.pause(0.3)
        path = OUT / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(OUT))
    store.close()
    return path


# A short wire report for the review-queue shot (fictional).
WIRE = """Rockets hit Victory base near Baghdad airport

BAGHDAD (Wire) - Three Katyusha rockets struck Victory base near Baghdad airport on Sunday, \
security officials said.

"Two rockets landed inside the base and one fell nearby," an Iraqi security official said.

Asaib Ahl al-Haq denied any involvement. No group has claimed responsibility for the attack.
"""


def add_review_article(desk: Path) -> None:
    store = Store.open(desk, analyst="screenshots")
    import_article(store, decode_article(WIRE.encode(), "wire.txt"), "wire.txt",
                   ArticleOptions(published=date(2024, 3, 5), outlet="Wire"))
    store.close()


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        desk = write_demo(Path(folder) / "desk.db")
        for name, keys in SHOTS.items():
            print(await shoot(name, keys, desk, (120, 36)))
        print(await shoot("main-80x24", [], desk, (80, 24)))
        add_review_article(desk)
        print(await shoot("review", ["r", "j"], desk, (120, 36)))


if __name__ == "__main__":
    asyncio.run(main())
