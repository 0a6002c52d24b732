"""Write SVG screenshots of the real app on the demo desk into screenshots/.

    python scripts/screenshots.py

Each shot is the app as an analyst sees it after a few keys, at 120x36.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

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


async def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        desk = write_demo(Path(folder) / "desk.db")
        for name, keys in SHOTS.items():
            print(await shoot(name, keys, desk, (120, 36)))
        print(await shoot("main-80x24", [], desk, (80, 24)))


if __name__ == "__main__":
    asyncio.run(main())
