"""What calamine cannot tell about an .xlsx: formula cells and the 1904 date flag, read from
its XML by a bounded, DTD-free scan."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Callable
from posixpath import dirname, join, normpath
from typing import Any
from xml.parsers import expat

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import rejected


class FormulaScan(threading.Thread):
    """Formula scan run beside calamine: zlib and calamine leave the GIL, so it is ~free."""

    def __init__(self, path: str, max_rows: int) -> None:
        super().__init__(daemon=True)
        self.path, self.max_rows = path, max_rows
        self.value: tuple[bool, dict[str, set[tuple[int, int]]]] = (False, {})
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.value = ooxml_details(self.path, self.max_rows)
        except BaseException as exc:  # re-raised in the reading thread
            self.error = exc

    def result(self) -> tuple[bool, dict[str, set[tuple[int, int]]]]:
        self.join()
        if self.error is not None:
            raise self.error
        return self.value


_NS_SEP = "\x01"
_COL = re.compile(r"([A-Za-z]{1,3})(\d*)")


class _StopScan(Exception):
    pass


def _parse_xml(
    stream: io.BufferedIOBase | Any, on_start: Callable[[str, dict[str, str]], None]
) -> None:
    """Stream ``stream`` through expat with no DTD allowed (so no entity tricks are possible)."""
    parser = expat.ParserCreate(namespace_separator=_NS_SEP)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise rejected(rb.CORRUPT, "Berkas rusak atau dimanipulasi (XML berisi DTD/entitas).")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse

    def start(tag: str, attrs: dict[str, str]) -> None:
        on_start(
            tag.rpartition(_NS_SEP)[2], {k.rpartition(_NS_SEP)[2]: v for k, v in attrs.items()}
        )

    parser.StartElementHandler = start
    try:
        while chunk := stream.read(256 * 1024):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _StopScan:
        pass


def _xml_attrs(zf: zipfile.ZipFile, name: str, tag: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []

    def on_start(local: str, attrs: dict[str, str]) -> None:
        if local == tag:
            found.append(attrs)

    try:
        with zf.open(name) as fh:
            _parse_xml(fh, on_start)
    except KeyError:
        return []
    return found


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    base = dirname(part)
    rels_name = join(base, "_rels", part.rsplit("/", 1)[-1] + ".rels")
    out: dict[str, tuple[str, str]] = {}
    for attrs in _xml_attrs(zf, rels_name, "Relationship"):
        target = attrs.get("Target", "")
        full = target.lstrip("/") if target.startswith("/") else normpath(join(base, target))
        out[attrs.get("Id", "")] = (attrs.get("Type", ""), full)
    return out


def ooxml_details(path: str, max_rows: int) -> tuple[bool, dict[str, set[tuple[int, int]]]]:
    """date1904 and each sheet's formula cells, by a bounded, DTD-free scan of the XML."""
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        root = _rels(zf, "")
        wb_part = next((t for k, t in root.values() if k.endswith("/officeDocument")), "")
        if wb_part not in names:
            wb_part = next((n for n in names if n.lower() == "xl/workbook.xml"), "")
        if not wb_part:
            return False, {}
        pr = _xml_attrs(zf, wb_part, "workbookPr")
        date1904 = bool(pr) and pr[0].get("date1904", "0").lower() in ("1", "true")
        rels = _rels(zf, wb_part)
        formulas: dict[str, set[tuple[int, int]]] = {}
        for attrs in _xml_attrs(zf, wb_part, "sheet"):
            rid = attrs.get("id", "")
            if rid in rels and rels[rid][1] in names:
                formulas[attrs.get("name", "")] = _scan_formulas(zf, rels[rid][1], max_rows)
        return date1904, formulas


def _scan_formulas(zf: zipfile.ZipFile, part: str, max_rows: int) -> set[tuple[int, int]]:
    # Cheap pass first: most rosters have no formula at all, and inflating is ~10x faster than
    # walking every element from Python.
    with zf.open(part) as fh:
        tail = b""
        while chunk := fh.read(1024 * 1024):
            window = tail + chunk
            # "<f" or a prefixed ":f"; a false hit only costs the exact pass below
            if b"<f" in window or b":f" in window:
                break
            tail = chunk[-2:]
        else:
            return set()
    found: set[tuple[int, int]] = set()
    pos = [-1, -1]  # 0-based row, col of the current cell

    def on_start(local: str, attrs: dict[str, str]) -> None:
        if local == "row":
            r = attrs.get("r")
            pos[0] = int(r) - 1 if r and r.isdigit() else pos[0] + 1
            pos[1] = -1
            if pos[0] >= max_rows:
                raise _StopScan
        elif local == "c":
            m = _COL.fullmatch(attrs.get("r", ""))
            pos[1] = _col_index(m.group(1)) if m else pos[1] + 1
        elif local == "f":
            found.add((pos[0], pos[1]))

    with zf.open(part) as fh:
        _parse_xml(fh, on_start)
    return found


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1
