"""The sandbox's read without a child process: for tests of what comes after the read only."""

from __future__ import annotations

from pathlib import Path

from ikrar_desktop.exchange.rawbook import RawBook
from ikrar_desktop.exchange.readers import read_book
from ikrar_desktop.exchange.sandbox import ReadLimits, prepare, require_rows


def read_spreadsheet_inprocess(path: str | Path, limits: ReadLimits | None = None) -> RawBook:
    """What ``sandbox.read_spreadsheet`` returns, read in this process (never for real files)."""
    lim = limits or ReadLimits()
    fmt = prepare(path, None)
    book = read_book(str(path), fmt, max_rows=lim.max_rows, max_cols=lim.max_cols)
    return require_rows(book)
