"""Text from outside the desk, made safe to show: never markup, never escape codes.

Articles, quotes, names and imported rows are untrusted. Handing them to a widget as a
plain string would parse Rich markup (``[link=…]`` becomes a link, ``[/oops`` crashes the
app) and would pass control characters straight to the terminal. Everything shown goes
through ``literal`` (or ``clean`` for code that builds its own Content).
"""

from __future__ import annotations

from textual.content import Content

# Control Pictures (U+2400 block) show C0 characters as visible glyphs: ␛ for ESC, ␇ BEL.
_C0 = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_TABLE = {**_C0, 0x7F: "\u2421", **{code: "\ufffd" for code in range(0x80, 0xA0)}}


def clean(text: object) -> str:
    """The text with every control character but newline and tab made visible."""
    return "" if text is None else str(text).translate(_TABLE)


def one_line(text: object) -> str:
    """Clean text folded onto one line, for list rows and titles."""
    return " ".join(clean(text).split())


def literal(text: object, style: str = "") -> Content:
    """Content that shows ``text`` exactly as written, in ``style``."""
    return Content.styled(clean(text), style) if style else Content(clean(text))
