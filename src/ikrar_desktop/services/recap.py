"""Recaps per OPD (by each obligation's snapshot unit), who has not signed, xlsx export, and
the regency-wide completeness matrix across events."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_long_date
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services.events import get_event
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store.attendance import Obligation
from ikrar_desktop.store.disclosure import log_disclosure
from ikrar_desktop.store.events import Event

KEYS = (
    "obliged", "hadir", "izin", "sakit", "cuti", "dinas_luar", "tugas_belajar",
    "tanpa_keterangan", "belum", "signed", "susulan",
)  # fmt: skip
"""The recap numbers of the CLI contract; ``signed`` = at the event, ``susulan`` = later."""

_RECAP_SQL = """SELECT unit_name,
    count(*) FILTER (WHERE obliged),
    count(*) FILTER (WHERE obliged AND status = 'hadir'),
    count(*) FILTER (WHERE obliged AND status = 'izin'),
    count(*) FILTER (WHERE obliged AND status = 'sakit'),
    count(*) FILTER (WHERE obliged AND status = 'cuti'),
    count(*) FILTER (WHERE obliged AND status = 'dinas-luar'),
    count(*) FILTER (WHERE obliged AND status = 'tugas-belajar'),
    count(*) FILTER (WHERE obliged AND status = 'tanpa-keterangan'),
    count(*) FILTER (WHERE obliged AND status IS NULL),
    count(*) FILTER (WHERE obliged AND pakta_signed AND pakta_where = 'event'),
    count(*) FILTER (WHERE obliged AND pakta_signed AND pakta_where = 'susulan'),
    count(*) FILTER (WHERE NOT obliged),
    count(*) FILTER (WHERE obliged AND walk_in)
FROM obligations WHERE event_id = ? GROUP BY unit_name ORDER BY unit_name"""


@dataclass(slots=True)
class RecapRow:
    unit: str
    obliged: int = 0
    hadir: int = 0
    izin: int = 0
    sakit: int = 0
    cuti: int = 0
    dinas_luar: int = 0
    tugas_belajar: int = 0
    tanpa_keterangan: int = 0
    belum: int = 0
    signed: int = 0
    susulan: int = 0
    tidak_wajib: int = 0
    walk_in: int = 0

    @property
    def not_signed(self) -> int:
        return self.obliged - self.signed - self.susulan

    @property
    def percent_present(self) -> float:
        return rules.percent(self.hadir, self.obliged)

    @property
    def percent_signed(self) -> float:
        """Signed at the event or later, of those obliged."""
        return rules.percent(self.signed + self.susulan, self.obliged)

    def add(self, other: RecapRow) -> None:
        for f in fields(self):
            if f.name != "unit":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"unit": self.unit}
        out.update({k: getattr(self, k) for k in KEYS})
        out.update(
            tidak_wajib=self.tidak_wajib, walk_in=self.walk_in, not_signed=self.not_signed,
            percent_present=self.percent_present, percent_signed=self.percent_signed,
        )  # fmt: skip
        return out


@dataclass(slots=True)
class Recap:
    event: Event
    units: list[RecapRow]
    total: RecapRow

    def as_dict(self) -> dict[str, object]:
        return {
            "event": {
                "id": self.event.id, "title": self.event.title, "kind": self.event.kind,
                "date": self.event.date.isoformat(), "status": self.event.status,
            },
            "units": [u.as_dict() for u in self.units],
            "total": self.total.as_dict(),
        }  # fmt: skip


def recap(conn: sqlite3.Connection, event_id: int) -> Recap:
    """Per OPD as the people were on the day (transfers later do not move them)."""
    event = get_event(conn, event_id)
    total = RecapRow("Jumlah")
    units = []
    for row in conn.execute(_RECAP_SQL, (event_id,)):
        unit = RecapRow(str(row[0]) or "(tanpa unit)", *(int(v) for v in row[1:]))
        units.append(unit)
        total.add(unit)
    return Recap(event, units, total)


def not_signed(
    conn: sqlite3.Connection, event_id: int, unit: str | None = None
) -> dict[str, list[Obligation]]:
    """Obliged people who have not signed (at the event or later), per OPD, by name."""
    get_event(conn, event_id)
    sql = f"{att_store.OBL_SELECT} WHERE o.event_id = ? AND o.obliged = 1 AND o.pakta_signed = 0"
    params: list[object] = [event_id]
    if unit is not None:
        sql += " AND o.unit_name = ?"
        params.append(unit)
    out: dict[str, list[Obligation]] = {}
    for row in conn.execute(sql + f" ORDER BY o.unit_name, {att_store.BY_NAME}", params):
        o = att_store._obligation(row)
        out.setdefault(o.unit_name, []).append(o)
    return out


# -- xlsx ---------------------------------------------------------------------------------------

_RECAP_HEADER = (
    "No", "Unit Kerja (OPD)", "Wajib", "Hadir", "Izin", "Sakit", "Cuti", "Dinas Luar",
    "Tugas Belajar", "Tanpa Keterangan", "Belum Tercatat", "TTD di Acara", "TTD Susulan",
    "Tidak Wajib", "% Hadir", "% TTD",
)  # fmt: skip
_LIST_HEADER = ("Unit Kerja (OPD)", "No", "Nama", "NIP / NIK", "Jabatan", "Gol.", "Kehadiran")


def _text(ws: Any, value: str) -> Any:
    """A literal text cell: never a formula, whatever the clerk or a roster typed."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def _id_cell(ws: Any, value: str) -> Any:
    cell = _text(ws, value)
    cell.number_format = "@"
    return cell


def _title(ws: Any, event: Event, heading: str) -> None:
    ws.append([_text(ws, f"{heading} — {event.title}")])
    where = f", {event.place}" if event.place else ""
    ws.append([_text(ws, f"{event.kind_label}, {format_long_date(event.date)}{where}")])
    ws.append([])


def _recap_sheet(wb: Any, data: Recap) -> None:
    ws = wb.create_sheet("Rekap")
    ws.column_dimensions["B"].width = 42
    _title(ws, data.event, "Rekapitulasi Kehadiran dan Pakta Integritas")
    ws.append([_text(ws, h) for h in _RECAP_HEADER])
    for i, row in enumerate([*data.units, data.total], 1):
        number: Any = i if row is not data.total else None
        ws.append([
            number, _text(ws, row.unit), *(getattr(row, k) for k in KEYS),
            row.tidak_wajib, row.percent_present, row.percent_signed,
        ])  # fmt: skip


def _list_sheet(wb: Any, event: Event, people: dict[str, list[Obligation]]) -> None:
    ws = wb.create_sheet("Belum TTD")
    for col, width in zip("ABCDEFG", (36, 6, 36, 24, 36, 8, 18), strict=True):
        ws.column_dimensions[col].width = width
    _title(ws, event, "Daftar Pegawai yang Belum Menandatangani Pakta Integritas")
    ws.append([_text(ws, h) for h in _LIST_HEADER])
    for unit, rows in people.items():
        for i, o in enumerate(rows, 1):
            ident = format_nip(o.nip) if o.nip else (o.nik or "")
            ws.append([
                _text(ws, unit), i, _text(ws, o.display_name), _id_cell(ws, ident),
                _text(ws, o.jabatan), _text(ws, o.golongan or ""),
                _text(ws, rules.status_label(o.status)),
            ])  # fmt: skip


def _save(wb: Any, out: Path) -> Path:
    """Write beside the target and rename, so a half-written file never replaces a good one."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def export_recap_xlsx(conn: sqlite3.Connection, event_id: int, out: Path) -> Path:
    """The recap per OPD (sheet "Rekap") and who has not signed yet (sheet "Belum TTD")."""
    from openpyxl import Workbook

    data = recap(conn, event_id)
    wb = Workbook(write_only=True)
    _recap_sheet(wb, data)
    missing = not_signed(conn, event_id)
    _list_sheet(wb, data.event, missing)
    saved = _save(wb, out)
    log_disclosure(conn, "rekap xlsx", sum(len(p) for p in missing.values()), saved)
    return saved


def export_not_signed_xlsx(
    conn: sqlite3.Connection, event_id: int, out: Path, unit: str | None = None
) -> Path:
    """Only the not-signed list (optionally for one OPD), ready to send to its kepala."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    missing = not_signed(conn, event_id, unit)
    _list_sheet(wb, get_event(conn, event_id), missing)
    saved = _save(wb, out)
    log_disclosure(conn, "daftar belum TTD xlsx", sum(len(p) for p in missing.values()), saved)
    return saved


# -- across events ------------------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    obliged: int = 0
    present: int = 0
    signed: int = 0
    """At the event or later (susulan)."""


@dataclass(slots=True)
class MatrixRow:
    unit: str
    roster: int = 0
    """Active employees in the unit now."""
    cells: dict[int, Cell] = field(default_factory=dict)


@dataclass(slots=True)
class Completeness:
    events: list[Event]
    rows: list[MatrixRow]
    total: MatrixRow

    def as_dict(self) -> dict[str, object]:
        def row(r: MatrixRow) -> dict[str, object]:
            return {
                "unit": r.unit, "roster": r.roster,
                "events": {str(k): vars_of(c) for k, c in r.cells.items()},
            }  # fmt: skip

        return {
            "events": [{"id": e.id, "title": e.title, "date": e.date.isoformat()}
                       for e in self.events],
            "units": [row(r) for r in self.rows],
            "total": row(self.total),
        }  # fmt: skip


def vars_of(cell: Cell) -> dict[str, int]:
    return {"obliged": cell.obliged, "present": cell.present, "signed": cell.signed}


def completeness(conn: sqlite3.Connection, event_ids: Sequence[int] | None = None) -> Completeness:
    """Regency-wide: per OPD the roster now, and per event obliged → present → signed."""
    from ikrar_desktop.store.events import list_events

    events = [e for e in list_events(conn) if event_ids is None or e.id in set(event_ids)]
    events.sort(key=lambda e: (e.date, e.id))
    rows: dict[str, MatrixRow] = {}
    for name, count in conn.execute(
        """SELECT coalesce(u.name, ''), count(*) FROM employees e
           LEFT JOIN units u ON u.id = e.unit_id WHERE e.active = 1 GROUP BY 1"""
    ):
        rows.setdefault(name, MatrixRow(name)).roster = count
    total = MatrixRow("Jumlah", roster=sum(r.roster for r in rows.values()))
    wanted = {e.id for e in events}
    for event_id, unit, obliged, present, signed in conn.execute(
        """SELECT event_id, unit_name, count(*) FILTER (WHERE obliged),
                  count(*) FILTER (WHERE obliged AND status = 'hadir'),
                  count(*) FILTER (WHERE obliged AND pakta_signed)
           FROM obligations GROUP BY event_id, unit_name"""
    ):
        if event_id not in wanted:
            continue
        rows.setdefault(unit, MatrixRow(unit)).cells[event_id] = Cell(obliged, present, signed)
        t = total.cells.setdefault(event_id, Cell())
        t.obliged, t.present, t.signed = t.obliged + obliged, t.present + present, t.signed + signed
    ordered = [rows[k] for k in sorted(rows) if rows[k].roster or rows[k].cells]
    for r in ordered:
        r.unit = r.unit or "(tanpa unit)"
    return Completeness(events, ordered, total)


# -- per employee status (for the report upward) -------------------------------------------------

_STATUS_SQL = _RECAP_SQL.replace("unit_name", "emp_status")
REPORT_STATUSES = ("PNS", "CPNS", "PPPK", "PPPK Paruh Waktu", "Non-ASN")


def recap_by_status(conn: sqlite3.Connection, event_id: int) -> list[RecapRow]:
    """The recap per employee status (PNS, CPNS, PPPK, PPPK Paruh Waktu, Non-ASN) as on the
    event's day; the four main statuses always, PPPK Paruh Waktu only when present."""
    get_event(conn, event_id)
    found = {
        str(row[0]): RecapRow(str(row[0]), *(int(v) for v in row[1:]))
        for row in conn.execute(_STATUS_SQL, (event_id,))
    }
    keep = [s for s in REPORT_STATUSES if s in found or s != "PPPK Paruh Waktu"]
    return [found.get(s, RecapRow(s)) for s in keep] + [
        row for s, row in found.items() if s not in REPORT_STATUSES
    ]
