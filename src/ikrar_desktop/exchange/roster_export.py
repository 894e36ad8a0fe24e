"""Roster xlsx writer: employee lists and per-unit rosters from plain rows, the blank template,
rejected rows; no database here (``services.roster_export`` queries and logs the disclosure)."""

from __future__ import annotations

import contextlib
import datetime
import errno
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ikrar_desktop.domain.golongan import GOLONGAN_ORDER
from ikrar_desktop.domain.status import JENIS_JABATAN, STATUSES
from ikrar_desktop.exchange import columns as cols

if TYPE_CHECKING:
    from ikrar_desktop.exchange.rawbook import RawBook
    from ikrar_desktop.exchange.roster_values import RowError

# Headers our importer maps by itself (see columns.ALIASES); widths in characters.
HEADERS: tuple[tuple[str, int], ...] = (
    ("NO", 6), ("NIP", 21), ("NIK", 19), ("GELAR DEPAN", 12), ("NAMA", 32),
    ("GELAR BELAKANG", 16), ("STATUS", 16), ("GOLONGAN", 11), ("JABATAN", 34),
    ("JENIS JABATAN", 15), ("UNIT KERJA", 40), ("JENIS KELAMIN", 8), ("TANGGAL LAHIR", 13),
    ("KETERANGAN", 24),
)  # fmt: skip
ID_COLUMNS = (1, 2)
TEMPLATE_ROWS = 1000
ERROR_HEADER = "KETERANGAN GALAT"
# A cell starting with one of these could be read as a formula by a spreadsheet (OWASP).
FORMULA_TRIGGERS = tuple("=+-@\t\r\n＝＋－＠")
_SHEET_JUNK = re.compile(r"[\[\]:*?/\\]")

# What one employee row holds, in this order (``store.employees.roster_rows`` reads it so):
# texts or None, ``birth_date`` ISO, ``active`` 0/1; the unit is its name ('' for none).
ROW_FIELDS = (
    "nip", "nik", "gelar_depan", "nama", "gelar_belakang", "status", "golongan", "jabatan",
    "jenis_jabatan", "unit", "gender", "birth_date", "active", "inactive_reason",
)  # fmt: skip


class RejectedRows(Protocol):
    """What ``write_rejected_rows`` reads of an import plan (``roster_plan.ImportPlan``)."""

    @property
    def sheet(self) -> str: ...
    @property
    def header(self) -> Sequence[object]: ...
    @property
    def mapping(self) -> cols.ColumnMapping: ...
    @property
    def errors(self) -> Sequence[RowError]: ...


class _Formats:
    """The few cell formats every roster workbook uses."""

    def __init__(self, wb: Any) -> None:
        self.header = wb.add_format(
            {
                "bold": True,
                "bg_color": "#DCE6F1",
                "border": 1,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
            }
        )
        self.text = wb.add_format({"num_format": "@"})
        self.inert = wb.add_format({"num_format": "@", "quote_prefix": True})
        self.date = wb.add_format({"num_format": "dd-mm-yyyy"})


def _workbook(path: Path, constant_memory: bool = True) -> Any:
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(
        str(path.with_name(f".{path.name}.tmp")),  # renamed into place by _close
        {
            "constant_memory": constant_memory,
            # Never let the writer turn text into formulas, numbers or links.
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    wb.ikrar_target = path
    return wb


def _close(wb: Any) -> None:
    """Write the workbook beside its target, then rename it in: a full disk or a refused folder
    leaves nothing half-written, and the clerk is told why (exit 2 in the CLI)."""
    from xlsxwriter.exceptions import FileCreateError

    from ikrar_desktop.os_errors import explain

    tmp, target = Path(wb.filename), Path(wb.ikrar_target)
    try:
        wb.close()
        os.replace(tmp, target)
    except (FileCreateError, OSError) as exc:
        for ws in wb.worksheets():  # xlsxwriter leaves its row files open when storing fails
            with contextlib.suppress(Exception):
                ws._opt_close()
        tmp.unlink(missing_ok=True)
        cause = exc if isinstance(exc, OSError) else (exc.args[0] if exc.args else None)
        if not isinstance(cause, OSError):
            cause = OSError(errno.EIO, str(exc))
        raise explain(cause, target) from exc


def _header(ws: Any, fmt: _Formats, headers: Sequence[tuple[str, int]], rows: int) -> None:
    for c, (title, width) in enumerate(headers):
        ws.set_column(c, c, width, fmt.text if c in ID_COLUMNS else None)
        ws.write_string(0, c, title, fmt.header)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(rows, 1), len(headers) - 1)


def write_text(ws: Any, r: int, c: int, value: str, fmt: _Formats, base: Any = None) -> None:
    """A string cell that can never run: text type always, quote prefix on trigger characters."""
    if value.startswith(FORMULA_TRIGGERS):
        ws.write_string(r, c, value, fmt.inert)
    else:
        ws.write_string(r, c, value, base)


def _write_rows(ws: Any, fmt: _Formats, rows: Iterable[Sequence[Any]]) -> int:
    r = 0
    text, date_fmt = fmt.text, fmt.date
    write_string = ws.write_string
    for r, row in enumerate(rows, start=1):
        ws.write_number(r, 0, r)
        nip, nik = row[0], row[1]
        if nip:
            write_string(r, 1, nip, text)
        if nik:
            write_string(r, 2, nik, text)
        for c in range(2, 10):
            value = row[c]
            if value:
                if value[0] in FORMULA_TRIGGERS:
                    write_string(r, c + 1, value, fmt.inert)
                else:
                    write_string(r, c + 1, value)
        if row[10]:
            write_string(r, 11, row[10])
        if row[11]:
            ws.write_datetime(r, 12, datetime.date.fromisoformat(row[11]), date_fmt)
        if not row[12]:
            write_text(ws, r, 13, f"Nonaktif: {row[13]}".rstrip(": "), fmt)
    return r


def write_employees(out_path: str | Path, rows: Sequence[Sequence[Any]]) -> int:
    """Employee rows (``ROW_FIELDS``) as one sheet "Pegawai"; returns the count written."""
    wb = _workbook(Path(out_path))
    fmt = _Formats(wb)
    ws = wb.add_worksheet("Pegawai")
    _header(ws, fmt, HEADERS, len(rows))
    count = _write_rows(ws, fmt, rows)
    _close(wb)
    return count


def _sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_JUNK.sub(" ", name).strip().strip("'")[:31] or "Tanpa unit"
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate


def write_unit_rosters(out_path: str | Path, rows: Iterable[Sequence[Any]]) -> dict[str, int]:
    """One sheet per unit kerja, in the rows' order (``ROW_FIELDS``); returns rows per sheet."""
    wb = _workbook(Path(out_path))
    fmt = _Formats(wb)
    by_unit: dict[str, list[Sequence[Any]]] = {}
    for row in rows:
        by_unit.setdefault(row[9] or "", []).append(row)
    used: set[str] = set()
    counts: dict[str, int] = {}
    for unit, members in (by_unit or {"": []}).items():
        ws = wb.add_worksheet(_sheet_name(unit or "Tanpa unit", used))
        _header(ws, fmt, HEADERS, len(members))
        counts[unit] = _write_rows(ws, fmt, members)
    _close(wb)
    return counts


def write_template(out_path: str | Path) -> Path:
    """A blank roster with the expected headers, text-formatted ID columns and drop-downs."""
    path = Path(out_path)
    wb = _workbook(path, constant_memory=False)
    fmt = _Formats(wb)
    ws = wb.add_worksheet("Daftar Pegawai")
    _header(ws, fmt, HEADERS, TEMPLATE_ROWS)
    last = TEMPLATE_ROWS
    for c in ID_COLUMNS:
        for r in range(1, last + 1):
            ws.write_blank(r, c, None, fmt.text)
    lists = {
        6: list(STATUSES),
        7: list(GOLONGAN_ORDER),
        9: list(JENIS_JABATAN),
        11: ["L", "P"],
    }
    for c, values in lists.items():
        ws.data_validation(
            1,
            c,
            last,
            c,
            {
                "validate": "list",
                "source": values,
                "error_title": "Nilai tidak dikenal",
                "error_message": "Pilih salah satu nilai dari daftar.",
                "error_type": "warning",
            },
        )
    ws.data_validation(1, 12, last, 12, {"validate": "any"})
    ws.write_comment(0, 1, "Ketik NIP 18 digit sebagai teks (kolom ini sudah berformat Teks).")
    _close(wb)
    return path


def write_rejected_rows(book: RawBook, plan: RejectedRows, out_path: str | Path) -> int:
    """The rejected rows in the source's own layout plus a "KETERANGAN GALAT" column."""
    sheet = next(s for s in book.sheets if s.name == plan.sheet)
    messages: dict[int, list[str]] = {}
    for e in plan.errors:
        messages.setdefault(e.row, []).append(f"{e.column}: {e.message}")
    id_cols = {plan.mapping.columns[f] for f in (cols.NIP, cols.NIK) if f in plan.mapping.columns}
    width = max([len(plan.header), *(len(sheet.rows[r - 1]) for r in messages)], default=0)
    wb = _workbook(Path(out_path))
    fmt = _Formats(wb)
    ws = wb.add_worksheet(_sheet_name(plan.sheet, set()))
    headers = [
        (cols.header_label(plan.header[c], c) if c < len(plan.header) else "", 16)
        for c in range(width)
    ]
    headers.append((ERROR_HEADER, 60))
    for c, (title, w) in enumerate(headers):
        ws.set_column(c, c, w, fmt.text if c in id_cols else None)
        ws.write_string(0, c, title, fmt.header)
    ws.freeze_panes(1, 0)
    for r, number in enumerate(sorted(messages), start=1):
        for c, value in enumerate(sheet.rows[number - 1]):
            _write_source_cell(ws, r, c, value, fmt, c in id_cols)
        write_text(ws, r, width, f"Baris {number}: " + " | ".join(messages[number]), fmt)
    ws.autofilter(0, 0, max(len(messages), 1), width)
    _close(wb)
    return len(messages)


def _write_source_cell(ws: Any, r: int, c: int, value: object, fmt: _Formats, is_id: bool) -> None:
    if value is None:
        return
    if is_id or isinstance(value, str):
        from ikrar_desktop.exchange.roster_cells import cell_text

        text = cell_text(value) if not isinstance(value, str) else value.lstrip("'")
        write_text(ws, r, c, text, fmt, fmt.text if is_id else None)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value)
    elif isinstance(value, datetime.datetime | datetime.date):
        ws.write_datetime(r, c, value, fmt.date)
    else:
        write_text(ws, r, c, str(value), fmt)
