"""Parse a sniffed spreadsheet into a RawBook; meant to run inside the sandbox's child process."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.ooxml_scan import FormulaScan
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet, SpreadsheetRejectedError, rejected

# Rows × columns that may be materialised for one sheet; beyond it the sheet is "too wide".
CELL_BUDGET = 20_000_000
CSV_FIELD_LIMIT = 128 * 1024
_TD = dt.timedelta
_SENDS = Callable[[RawSheet, list[list[object]]], None]


def read_book(
    path: str,
    fmt: str,
    *,
    max_rows: int = 200_000,
    max_cols: int = 300,
    on_rows: _SENDS | None = None,
) -> RawBook:
    """Read every worksheet, bounded by ``max_rows``/``max_cols``; errors become refusals.

    ``on_rows(sheet, chunk)`` lets the sandbox stream rows out; the sheet then keeps none.
    """
    try:
        if fmt == "csv":
            return _read_csv(path, max_rows, max_cols, on_rows)
        if fmt in ("xlsx", "xlsm", "xls", "ods"):
            return _read_excel(path, fmt, max_rows, max_cols, on_rows)
    except SpreadsheetRejectedError:
        raise
    except MemoryError as exc:
        raise rejected(
            rb.MEMORY, "Berkas terlalu berat: memori tidak cukup untuk membacanya."
        ) from exc
    except Exception as exc:  # every library error is classified, never shown raw
        raise classify(exc) from exc
    raise rejected(rb.UNSUPPORTED, f"Format berkas '{fmt}' tidak didukung.")


def classify(exc: BaseException) -> SpreadsheetRejectedError:
    """Map a reader library's exception to a refusal the clerk can act on."""
    name, text = type(exc).__name__, str(exc)
    low = text.lower()
    if name == "PasswordError" or "password" in low or "encrypt" in low:
        return rejected(rb.PASSWORD, "Berkas dilindungi kata sandi (terenkripsi).")
    if "cell limit exceeded" in low or "too large" in low or "larger than its declared" in low:
        return rejected(rb.TOO_LARGE, "Berkas terlalu besar atau dimanipulasi untuk dibaca.")
    if "codepage" in low or "unsupported" in low or "not supported" in low:
        return rejected(
            rb.UNSUPPORTED, "Berkas memakai fitur atau kode halaman yang tidak didukung."
        )
    if "entit" in low or "dtd" in low or "forbidden" in low:
        return rejected(rb.CORRUPT, "Berkas rusak atau dimanipulasi (XML berisi entitas/DTD).")
    if name == "WorksheetNotFound":
        return rejected(rb.CORRUPT, "Berkas rusak: lembar kerja yang terdaftar tidak ada isinya.")
    return rejected(rb.CORRUPT, "Berkas rusak atau tidak dapat dibaca.")


def _clean_rows(
    rows: Iterable[Iterable[object]], max_rows: int, max_cols: int, sheet: RawSheet
) -> Iterator[list[object]]:
    """Bounded, trimmed rows; empty rows are held back so trailing ones are dropped."""
    pending = 0
    for index, raw in enumerate(rows):
        if index >= max_rows:
            sheet.truncated = True
            return
        row = raw if type(raw) is list else list(raw)  # a list from calamine is ours to keep
        if len(row) > max_cols:
            if any(v not in ("", None) for v in row[max_cols:]):
                sheet.truncated = True
            row = row[:max_cols]
        if "" in row or _TD in map(type, row):  # C-speed scans; most rows have neither
            # calamine durations become text: the RawSheet contract has no timedelta
            out = [None if v == "" else str(v) if type(v) is _TD else v for v in row]
        else:
            out = row
        while out and out[-1] is None:
            out.pop()
        if not out:
            pending += 1
            continue
        for _ in range(pending):
            yield []
        pending = 0
        yield out


def _collect(
    sheet: RawSheet, rows: Iterator[list[object]], on_rows: _SENDS | None, chunk: int = 4000
) -> None:
    if on_rows is None:
        sheet.rows.extend(rows)
        return
    buf: list[list[object]] = []
    for row in rows:
        buf.append(row)
        if len(buf) >= chunk:
            on_rows(sheet, buf)
            buf = []
    if buf:
        on_rows(sheet, buf)


def _read_excel(
    path: str, fmt: str, max_rows: int, max_cols: int, on_rows: _SENDS | None
) -> RawBook:
    import python_calamine as pc

    book = RawBook(path=path, format=fmt, sheets=[])
    zipped = fmt in ("xlsx", "xlsm")
    details = FormulaScan(path, max_rows) if zipped else None
    try:
        with _open_calamine(path, fmt) as wb:
            for index, meta in enumerate(wb.sheets_metadata):
                if meta.typ != pc.SheetTypeEnum.WorkSheet:
                    continue
                visible = meta.visible == pc.SheetVisibleEnum.Visible
                sheet = RawSheet(name=meta.name, rows=[], formulas=set(), visible=visible)
                data = wb.get_sheet_by_index(index)
                end = data.end
                if end is not None:
                    width = end[1] + 1
                    if width * min(end[0] + 1, max_rows + 1) > CELL_BUDGET:
                        raise _TooWide
                    values = data.to_python(skip_empty_area=False, nrows=max_rows + 1)
                    _collect(sheet, _clean_rows(values, max_rows, max_cols, sheet), on_rows)
                    del values
                book.sheets.append(sheet)
    except pc.PasswordError as exc:
        raise classify(exc) from exc
    except (pc.CalamineError, _TooWide) as exc:
        if not zipped or "cell limit" in str(exc).lower():
            raise
        book = _read_openpyxl(path, fmt, max_rows, max_cols, on_rows)
    if details is not None:
        book.date1904, formulas = details.result()
        for sheet in book.sheets:
            sheet.formulas = formulas.get(sheet.name, set())
    return book


_SUFFIXES = {"xlsx": ".xlsx", "xlsm": ".xlsx", "xls": ".xls", "ods": ".ods"}


@contextlib.contextmanager
def _open_calamine(path: str, fmt: str) -> Iterator[Any]:
    """Open with the reader matching the sniffed format, whatever the file is called."""
    import python_calamine as pc

    low = path.lower()
    if low.endswith(_SUFFIXES[fmt]) or (fmt == "xlsm" and low.endswith(".xlsm")):
        with pc.CalamineWorkbook.from_path(path) as wb:
            yield wb
        return
    # calamine picks its reader from the extension; from_filelike guesses and misses some files.
    tmp = tempfile.mkdtemp(prefix="ikrar-read-")
    try:
        link = os.path.join(tmp, "book" + _SUFFIXES[fmt])
        try:
            os.link(path, link)
        except OSError:
            shutil.copyfile(path, link)
        with pc.CalamineWorkbook.from_path(link) as wb:
            yield wb
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _TooWide(Exception):
    def __str__(self) -> str:
        return "sheet too large"


def _read_openpyxl(
    path: str, fmt: str, max_rows: int, max_cols: int, on_rows: _SENDS | None
) -> RawBook:
    import openpyxl
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:
        raise RuntimeError("openpyxl without defusedxml refuses to read untrusted files")
    book = RawBook(path=path, format=fmt, sheets=[])
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # "unknown extension" chatter; -W error must not change results
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        return _openpyxl_sheets(wb, book, max_rows, max_cols, on_rows)


def _openpyxl_sheets(
    wb: Any, book: RawBook, max_rows: int, max_cols: int, on_rows: _SENDS | None
) -> RawBook:
    try:
        for ws in wb.worksheets:
            visible = getattr(ws, "sheet_state", "visible") == "visible"
            sheet = RawSheet(name=ws.title, rows=[], formulas=set(), visible=visible)
            # Never trust <dimension>: iterate to the real end, bounded by our own limits.
            ws.reset_dimensions()
            rows = ws.iter_rows(max_row=max_rows + 1, max_col=max_cols + 1, values_only=True)
            _collect(sheet, _clean_rows(rows, max_rows, max_cols, sheet), on_rows)
            book.sheets.append(sheet)
    finally:
        wb.close()
    return book


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def detect_delimiter(text: str) -> str:
    """Pick ; , or tab: the one that splits the first lines into the most consistent columns."""
    lines = [ln for ln in text[: 64 * 1024].splitlines()[:50] if ln.strip()]
    best, best_score = ",", (0.0, 0)
    for delim in (";", ",", "\t"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode) / len(counts), mode)
        if mode > 1 and score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: str, max_rows: int, max_cols: int, on_rows: _SENDS | None) -> RawBook:
    with open(path, "rb") as fh:
        text, encoding = _decode(fh.read())
    delimiter = detect_delimiter(text)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    sheet = RawSheet(name="CSV", rows=[], formulas=set())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        _collect(sheet, _clean_rows(reader, max_rows, max_cols, sheet), on_rows)
    except csv.Error as exc:
        raise rejected(rb.CORRUPT, f"Berkas CSV rusak: {exc}.") from exc
    return RawBook(path, "csv", [sheet], encoding=encoding, delimiter=delimiter)
