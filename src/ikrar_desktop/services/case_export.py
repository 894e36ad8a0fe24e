"""The case register out of the program: JSON records for the CLI and an xlsx workbook."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services.cases import CaseFilter, CaseItem, counts, list_cases
from ikrar_desktop.store.cases import CaseRow

# A cell starting with one of these could be read as a formula by a spreadsheet (OWASP).
FORMULA_TRIGGERS = tuple("=+-@\t\r\n＝＋－＠")
HEADER = (
    ("No", 5), ("Nomor", 10), ("Tgl Laporan", 12), ("Sumber", 16), ("No. Aduan/Ref", 18),
    ("Nama", 32), ("NIP / NIK", 22), ("Unit Kerja (saat itu)", 34), ("Jabatan", 28),
    ("Gol.", 7), ("Pemilihan", 14), ("Kode", 8), ("Jenis", 10), ("Bentuk Pelanggaran", 50),
    ("Uraian", 40), ("Tahap", 18), ("Tgl Tahap", 12), ("Batas Waktu", 12),
    ("Terlambat (hari)", 10), ("Sanksi", 40), ("Pernah TTD Pakta", 10),
)  # fmt: skip
ID_COLUMN = 6


def case_dict(item: CaseItem, detail: bool = True) -> dict[str, object]:
    """The JSON record of ``case add|list|update``; steps and evidence only with ``detail``."""
    c = item.case
    form = rules.find_form(c.form_code)
    sanction = rules.find_sanction(c.sanction_code) if c.sanction_code else None
    out: dict[str, object] = {
        "id": c.id,
        "number": c.number,
        "reported_on": c.reported_on.isoformat(),
        "source": c.source,
        "source_label": rules.source_label(c.source),
        "source_ref": c.source_ref,
        "employee_id": c.employee_id,
        "employee": {
            "name": c.emp_name,
            "nip": c.emp_nip,
            "nik": c.emp_nik,
            "status": c.emp_status,
            "unit": c.emp_unit,
            "jabatan": c.emp_jabatan,
            "golongan": c.emp_golongan,
        },
        "election": c.election,
        "form": form.code,
        "form_kind": form.kind,
        "form_text": c.form_other or form.text,
        "description": c.description,
        "step": c.step,
        "step_label": rules.step_label(c.step),
        "step_on": c.step_on.isoformat(),
        "open": rules.is_open(c.step),
        "due": item.due.isoformat() if item.due else None,
        "overdue": item.overdue,
        "overdue_days": item.overdue_days,
        "sanction": c.sanction_code,
        "sanction_label": sanction.label if sanction else None,
        "signed_pakta": item.signed_pakta,
    }
    if not detail:
        return out
    out["steps"] = [
        {
            "step": s.step,
            "date": s.on_date.isoformat(),
            "note": s.note,
            "sanction": s.sanction_code,
            "sk_number": s.sk_number,
            "sk_date": s.sk_date.isoformat() if s.sk_date else None,
            "operator": s.operator,
            "recorded_at": s.recorded_at,
        }
        for s in c.steps
    ]
    out["evidence"] = [
        {"id": e.id, "file_name": e.file_name, "mime": e.mime, "size": e.size, "sha256": e.sha256}
        for e in c.evidence
    ]
    return out


def ident_text(c: CaseRow) -> str:
    return format_nip(c.emp_nip) if c.emp_nip else (c.emp_nik or "")


def row_values(item: CaseItem) -> list[object]:
    """One register line (after the running number), as shown and exported."""
    c = item.case
    form = rules.find_form(c.form_code)
    sanction = rules.find_sanction(c.sanction_code).text if c.sanction_code else ""
    return [
        c.number, c.reported_on, rules.source_label(c.source), c.source_ref, c.emp_name,
        ident_text(c), c.emp_unit, c.emp_jabatan, c.emp_golongan or "", c.election, form.code,
        form.kind_label, c.form_other or form.text, c.description, rules.step_label(c.step),
        c.step_on, item.due, item.overdue_days or None, sanction,
        "Ya" if item.signed_pakta else "Belum",
    ]  # fmt: skip


def export_register_xlsx(
    conn: sqlite3.Connection,
    out: str | Path,
    flt: CaseFilter | None = None,
    today: date | None = None,
) -> int:
    """Write the register (sheet "Register") and counts per OPD and form; return the cases."""
    import xlsxwriter

    items = list_cases(conn, flt, today)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    wb = xlsxwriter.Workbook(
        str(tmp),
        {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
    )
    try:
        fmt = _formats(wb)
        ws = wb.add_worksheet("Register")
        for col, (title, width) in enumerate(HEADER):
            ws.set_column(col, col, width, fmt["text"] if col == ID_COLUMN else None)
            ws.write_string(0, col, title, fmt["header"])
        for r, item in enumerate(items, start=1):
            ws.write_number(r, 0, r)
            for col, value in enumerate(row_values(item), start=1):
                _cell(ws, r, col, value, fmt)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(items), 1), len(HEADER) - 1)
        for name, by, label in (("Per OPD", "unit", "Unit Kerja"), ("Per Bentuk", "form", "Kode")):
            sheet = wb.add_worksheet(name)
            sheet.set_column(0, 0, 40)
            for col, title in enumerate((label, "Jumlah kasus", "Masih berjalan")):
                sheet.write_string(0, col, title, fmt["header"])
            for r, (key, total, still_open) in enumerate(counts(items, by), start=1):
                _cell(sheet, r, 0, key, fmt)
                sheet.write_number(r, 1, total)
                sheet.write_number(r, 2, still_open)
    finally:
        wb.close()
    tmp.replace(path)
    return len(items)


def _formats(wb: Any) -> dict[str, Any]:
    return {
        "header": wb.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1,
                                 "text_wrap": True, "valign": "vcenter"}),
        "text": wb.add_format({"num_format": "@"}),
        "inert": wb.add_format({"num_format": "@", "quote_prefix": True}),
        "date": wb.add_format({"num_format": "dd-mm-yyyy"}),
    }  # fmt: skip


def _cell(ws: Any, r: int, c: int, value: object, fmt: dict[str, Any]) -> None:
    """Dates as dates, numbers as numbers, every text literal (never a formula)."""
    if value is None or value == "":
        return
    if isinstance(value, date):
        ws.write_datetime(r, c, value, fmt["date"])
    elif isinstance(value, int):
        ws.write_number(r, c, value)
    else:
        text = str(value)
        if text.startswith(FORMULA_TRIGGERS):
            ws.write_string(r, c, text, fmt["inert"])
        else:
            ws.write_string(r, c, text, fmt["text"] if c == ID_COLUMN else None)


def short(d: date | None) -> str:
    return format_short(d) if d else ""
