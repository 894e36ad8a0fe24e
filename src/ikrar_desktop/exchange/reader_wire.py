"""The reader child's messages to the app as JSON: decoding them can never run code."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable
from typing import Any

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet, SpreadsheetRejectedError, rejected

# The child read a hostile file and may be hijacked: pickle would let it run code in the
# app. JSON carries every RawSheet cell type; dates travel as one-key objects, which no
# other cell can be (rows hold no dicts).
_DATETIME, _DATE, _TIME, _TEXT = "t", "d", "h", "s"
_CELL_TYPES = frozenset({str, int, float, bool, type(None), dt.datetime, dt.date, dt.time})


def _cell_object(value: object) -> dict[str, str]:
    if isinstance(value, dt.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    if isinstance(value, dt.time):
        return {_TIME: value.isoformat()}
    return {_TEXT: str(value)}  # outside the RawSheet contract: its text, as a cell shows it


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False, default=_cell_object
)
_FROM_ISO: dict[str, Callable[[str], object]] = {
    _DATETIME: dt.datetime.fromisoformat,
    _DATE: dt.date.fromisoformat,
    _TIME: dt.time.fromisoformat,
    _TEXT: str,
}


def _object_cell(obj: dict[str, Any]) -> object:
    ((tag, text),) = obj.items()  # anything else is not ours: ValueError, caught below
    return _FROM_ISO[tag](text)


_DECODER = json.JSONDecoder(object_hook=_object_cell)


def encode(message: list[Any]) -> bytes:
    # surrogatepass: a CSV decoded as UTF-16 may hold a lone surrogate, which is still text
    return _ENCODER.encode(message).encode("utf-8", "surrogatepass")


def decode(data: bytes) -> list[Any]:
    """One message as the child sent it; anything malformed is a rejected file."""
    try:
        message = _DECODER.decode(data.decode("utf-8", "surrogatepass"))
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise garbled() from exc
    if type(message) is not list or not message or type(message[0]) is not str:
        raise garbled()
    return message


def garbled() -> SpreadsheetRejectedError:
    return rejected(rb.CRASH, "Pembaca berkas mengirim data yang tidak dapat dipahami.")


def rows_message(seq: int, chunk: list[list[object]]) -> list[Any]:
    return ["rows", seq, chunk]


def rows_of(message: list[Any]) -> tuple[int, list[list[object]]]:
    """The sheet seq and rows of a "rows" message, checked to be rows of cells."""
    try:
        _kind, seq, chunk = message
    except ValueError:
        raise garbled() from None
    if type(seq) is not int or type(chunk) is not list or not {list}.issuperset(map(type, chunk)):
        raise garbled()
    if not _CELL_TYPES.issuperset(map(type, itertools.chain.from_iterable(chunk))):
        raise garbled()
    return seq, chunk


def progress_message(text: str) -> list[Any]:
    return ["progress", text]


def error_message(exc: SpreadsheetRejectedError) -> list[Any]:
    return ["error", exc.reason, exc.message, exc.hint]


def done_message(book: RawBook, seqs: list[int]) -> list[Any]:
    """The book without its rows (they went ahead as "rows" messages) and each sheet's seq."""
    sheets = [
        [s.name, sorted(s.formulas), s.visible, s.truncated, seq]
        for s, seq in zip(book.sheets, seqs, strict=True)
    ]
    return ["done", book.path, book.format, book.date1904, book.encoding, book.delimiter, sheets]


def book_of(message: list[Any], chunks: dict[int, list[list[list[object]]]]) -> RawBook:
    """The RawBook of a "done" message with its sheets' streamed rows put back."""
    try:
        _kind, path, fmt, date1904, encoding, delimiter, sheets = message
        book = RawBook(str(path), str(fmt), [], bool(date1904), encoding, delimiter)
        for name, formulas, visible, truncated, seq in sheets:
            rows: list[list[object]] = []
            for chunk in chunks.get(seq, ()) if type(seq) is int else ():
                rows.extend(chunk)
            book.sheets.append(
                RawSheet(
                    str(name),
                    rows,
                    {(int(r), int(c)) for r, c in formulas},
                    bool(visible),
                    bool(truncated),
                )
            )
    except (ValueError, TypeError) as exc:
        raise garbled() from exc
    return book


def rejection_of(message: list[Any]) -> SpreadsheetRejectedError:
    try:
        _kind, reason, text, hint = message
        return SpreadsheetRejectedError(str(reason), str(text), str(hint))
    except (ValueError, TypeError):
        return garbled()
