"""Pakta sheets per OPD: sent, back (signed), still out and who; on screen, xlsx and PDF."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.errors import NotFoundError
from ikrar_desktop.services.events import get_event
from ikrar_desktop.services.recap import _id_cell, _save, _text, _title, not_signed
from ikrar_desktop.store.attendance import Obligation
from ikrar_desktop.store.disclosure import log_disclosure
from ikrar_desktop.store.events import Event

if TYPE_CHECKING:
    from ikrar_desktop.services.printing import PrintReport

_COUNTS_SQL = """SELECT unit_name, count(*), count(*) FILTER (WHERE pakta_signed),
    count(*) FILTER (WHERE pakta_signed AND pakta_where = 'susulan')
FROM obligations WHERE event_id = ? AND obliged = 1 GROUP BY unit_name ORDER BY unit_name"""


@dataclass(slots=True)
class UnitSheets:
    """One OPD: sheets sent (people obliged to sign), back signed, and who is still out."""

    unit: str
    sent: int = 0
    returned: int = 0
    susulan: int = 0  # of ``returned``: signed later than at the event
    people: list[Obligation] = field(default_factory=list)

    @property
    def out(self) -> int:
        return self.sent - self.returned

    @property
    def percent_returned(self) -> float:
        return rules.percent(self.returned, self.sent)

    def as_dict(self, *, with_people: bool = True) -> dict[str, object]:
        out: dict[str, object] = {
            "unit": self.unit, "sent": self.sent, "returned": self.returned,
            "susulan": self.susulan, "out": self.out, "percent_returned": self.percent_returned,
        }  # fmt: skip
        if with_people:
            out["people"] = [
                {"employee_id": o.employee_id, "name": o.display_name, "nip": o.nip,
                 "jabatan": o.jabatan, "status": o.status}
                for o in self.people
            ]  # fmt: skip
        return out


@dataclass(slots=True)
class Outstanding:
    event: Event
    units: list[UnitSheets]
    total: UnitSheets

    def as_dict(self) -> dict[str, object]:
        return {
            "event": {"id": self.event.id, "title": self.event.title,
                      "date": self.event.date.isoformat(), "status": self.event.status},
            "units": [u.as_dict() for u in self.units],
            "total": self.total.as_dict(with_people=False),
        }  # fmt: skip


def outstanding(
    conn: sqlite3.Connection, event_id: int, unit: str | None = None, *, people: bool = True
) -> Outstanding:
    """Per OPD (the unit on the event's day): sent, returned, still out, and who is out
    (``people=False``: the numbers only, one indexed query — for a screen that refreshes)."""
    event = get_event(conn, event_id)
    rows = conn.execute(_COUNTS_SQL, (event_id,)).fetchall()
    if unit is not None:
        wanted = fold_unit(unit)
        rows = [r for r in rows if fold_unit(str(r[0])) == wanted]
        if not rows:
            raise NotFoundError(f"Unit kerja '{unit}' tidak ada di daftar kegiatan ini.")
    missing = not_signed(conn, event_id) if people else {}
    total = UnitSheets("Jumlah")
    units = []
    for name, sent, returned, later in rows:
        one = UnitSheets(str(name) or "(tanpa unit)", sent, returned, later,
                         missing.get(str(name), []))  # fmt: skip
        units.append(one)
        total.sent, total.returned = total.sent + sent, total.returned + returned
        total.susulan += later
    return Outstanding(event, units, total)


# -- xlsx ---------------------------------------------------------------------------------------

_UNIT_HEADER = ("No", "Unit Kerja (OPD)", "Lembar Dikirim", "Sudah Kembali", "Di antaranya Susulan",
                "Belum Kembali", "% Kembali")  # fmt: skip
_LIST_HEADER = ("Unit Kerja (OPD)", "No", "Nama", "NIP / NIK", "Jabatan", "Gol.", "Kehadiran")


def export_xlsx(
    conn: sqlite3.Connection, event_id: int, out: Path, unit: str | None = None
) -> Path:
    """Sheet "Per OPD" (the numbers) and "Belum Kembali" (who, per OPD), ready to send."""
    from openpyxl import Workbook

    data = outstanding(conn, event_id, unit)
    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet("Per OPD")
    ws.column_dimensions["B"].width = 42
    _title(ws, data.event, "Lembar Pakta Integritas per OPD")
    ws.append([_text(ws, h) for h in _UNIT_HEADER])
    for i, row in enumerate([*data.units, data.total], 1):
        ws.append([
            i if row is not data.total else None, _text(ws, row.unit), row.sent, row.returned,
            row.susulan, row.out, row.percent_returned,
        ])  # fmt: skip
    ws = wb.create_sheet("Belum Kembali")
    for col, width in zip("ABCDEFG", (36, 6, 36, 24, 36, 8, 18), strict=True):
        ws.column_dimensions[col].width = width
    _title(ws, data.event, "Lembar Pakta Integritas yang Belum Kembali")
    ws.append([_text(ws, h) for h in _LIST_HEADER])
    for u in data.units:
        for i, o in enumerate(u.people, 1):
            ident = format_nip(o.nip) if o.nip else (o.nik or "")
            ws.append([
                _text(ws, u.unit), i, _text(ws, o.display_name), _id_cell(ws, ident),
                _text(ws, o.jabatan), _text(ws, o.golongan or ""),
                _text(ws, rules.status_label(o.status)),
            ])  # fmt: skip
    saved = _save(wb, out)
    log_disclosure(conn, "lembar pakta belum kembali xlsx", data.total.out, saved)
    return saved


# -- pdf ----------------------------------------------------------------------------------------


def print_pdf(
    conn: sqlite3.Connection,
    event_id: int,
    out: str | Path,
    *,
    unit: str | None = None,
    paper: str | None = None,
) -> PrintReport:
    """The printable list (kop, numbers per OPD, then who is still out per OPD); returns the
    print service's report."""
    from ikrar_desktop.documents import pakta_kembali
    from ikrar_desktop.documents.model import DocPerson, Options
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.documents.page import paper_size
    from ikrar_desktop.services import printing
    from ikrar_desktop.services import settings as settings_service
    from ikrar_desktop.store.audit import audit_fingerprint

    data = outstanding(conn, event_id, unit)
    settings = settings_service.load(conn)
    size = (paper or settings.paper or "A4").upper()
    paper_size(size)
    options = Options(size, printing.kop_spec(conn, "regency"), settings.place)
    units = [
        pakta_kembali.SheetUnit(u.unit, u.sent, u.returned, tuple(
            DocPerson(o.employee_id, o.display_name, o.emp_status, o.nip, o.nik, o.golongan,
                      o.jabatan, o.unit_name, o.status, o.pakta_signed, o.pakta_where)
            for o in u.people))
        for u in data.units
    ]  # fmt: skip
    total = pakta_kembali.SheetUnit(data.total.unit, data.total.sent, data.total.returned, ())
    rendered = pakta_kembali.render(
        printing.doc_event(conn, event_id), units, total, options,
        fingerprint=audit_fingerprint(conn), as_of=date.today(),
    )  # fmt: skip
    write_atomic(out, rendered.data)
    report = printing.PrintReport("pakta-belum-kembali", Path(out), rendered.pages, data.total.out)
    log_disclosure(conn, "cetak lembar pakta belum kembali", report.people, report.path)
    return report
