"""Which format a file is in, from its content (the name's suffix only breaks ties)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from db.exchange import acled, gtd
from db.exchange.common import text_layout
from db.exchange.report import UnknownFormatError

FORMATS = ("acled", "gtd", "stix", "json")


def detect(path: Path) -> str:
    if not path.is_file():
        raise UnknownFormatError(f"{path}: no such file")
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        return "gtd"  # the only spreadsheet format threatdesk reads
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"{", b"["):
        return _json_kind(path)
    try:
        header = text_layout(path).header
    except (UnicodeDecodeError, OSError):
        header = []
    if gtd.looks_like(header):
        return "gtd"
    if acled.looks_like(header):
        return "acled"
    raise UnknownFormatError(
        f"{path.name}: not an ACLED or GTD file, a STIX 2.1 bundle or a threatdesk JSON "
        "export (use --format to say which it is)")


def _json_kind(path: Path) -> str:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        raise UnknownFormatError(f"{path.name}: not valid JSON ({error})") from None
    if isinstance(data, dict) and data.get("format") == "threatdesk":
        return "json"
    if isinstance(data, dict) and (data.get("type") == "bundle" or "spec_version" in data
                                   or "objects" in data):
        return "stix"
    if isinstance(data, list) and all(isinstance(o, dict) and "type" in o for o in data):
        return "stix"
    raise UnknownFormatError(f"{path.name}: JSON, but neither a STIX bundle nor a "
                             "threatdesk export")
