"""Printing supervision cases: one case sheet or the filtered register, written atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.domain.golongan import golongan_label
from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.cases import CaseFilter, CaseItem
from ikrar_desktop.services.printing import PrintReport, kop_spec

if TYPE_CHECKING:
    from ikrar_desktop.documents.case_register import RegisterRow
    from ikrar_desktop.documents.case_sheet import CaseSheet
    from ikrar_desktop.documents.model import Options

STATE_TEXT = {"open": "Masih berjalan", "overdue": "Terlambat"}


def _options(
    conn: sqlite3.Connection,
    paper: str | None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Options:
    from ikrar_desktop.documents.model import OPD, Options
    from ikrar_desktop.documents.page import paper_size

    settings = settings_service.load(conn)
    chosen = (paper or settings.paper or "A4").upper()
    paper_size(chosen)
    return Options(chosen, kop_spec(conn, OPD), settings.place, progress, cancel)


def _ident(nip: str | None, nik: str | None, status: str) -> tuple[str, str]:
    if nip:
        return ("NI PPPK" if status.startswith("PPPK") else "NIP"), format_nip(nip)
    return ("NIK", mask_nik(nik)) if nik else ("NIP", "-")


def case_sheet(item: CaseItem, printed_on: date | None = None) -> CaseSheet:
    """The document input of one case (its steps and evidence loaded)."""
    from ikrar_desktop.documents.case_sheet import CaseSheet, SheetEvidence, SheetStep

    c = item.case
    form = rules.find_form(c.form_code)
    id_label, id_text = _ident(c.emp_nip, c.emp_nik, c.emp_status)
    steps = tuple(
        SheetStep(
            label=rules.step_label(s.step), on=s.on_date, note=s.note,
            sanction=_sanction(s.sanction_code), sk_number=s.sk_number, sk_date=s.sk_date,
            operator=s.operator,
        )
        for s in c.steps
    )  # fmt: skip
    evidence = tuple(
        SheetEvidence(e.file_name, e.size, e.sha256, _stamp_date(e.added_at)) for e in c.evidence
    )
    return CaseSheet(
        number=c.number, reported_on=c.reported_on, source=rules.source_label(c.source),
        source_ref=c.source_ref, name=c.emp_name, id_label=id_label, id_text=id_text,
        golongan=golongan_label(c.emp_golongan) or "-", jabatan=c.emp_jabatan, unit=c.emp_unit,
        election=c.election,
        form=f"{form.code} — {c.form_other or form.text}" if form.kind != "lainnya"
        else f"Lainnya — {c.form_other}",
        form_kind=form.kind_label, description=c.description, step=rules.step_label(c.step),
        step_on=c.step_on, due=item.due, overdue_days=item.overdue_days, steps=steps,
        evidence=evidence, printed_on=printed_on or date.today(), status=c.emp_status,
    )  # fmt: skip


def _sanction(code: str | None) -> str:
    if not code:
        return ""
    found = rules.find_sanction(code)
    return f"{found.code} — {found.label}"


def _stamp_date(stamp: str) -> str:
    try:
        return format_short(date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp[:10]


def print_case(
    conn: sqlite3.Connection,
    case_id: int,
    out: str | Path,
    *,
    paper: str | None = None,
    today: date | None = None,
) -> PrintReport:
    """The case sheet of ``case_id`` as a PDF at ``out``."""
    from ikrar_desktop.documents import case_sheet as doc
    from ikrar_desktop.documents.output import write_atomic

    options = _options(conn, paper)
    item = svc.case_item(conn, case_id, today)
    rendered = doc.render(case_sheet(item, today), options)
    write_atomic(out, rendered.data)
    return PrintReport("lembar-kasus", Path(out), rendered.pages, 1, rendered.shrunk)


def register_row(item: CaseItem) -> RegisterRow:
    from ikrar_desktop.documents.case_register import RegisterRow

    c = item.case
    found = rules.find_sanction(c.sanction_code) if c.sanction_code else None
    sanction = f"{found.code} {found.text}" if found else ""
    return RegisterRow(
        number=c.number, reported_on=c.reported_on, name=c.emp_name,
        id_text=_ident(c.emp_nip, c.emp_nik, c.emp_status)[1], unit=c.emp_unit,
        form=c.form_code if c.form_code != rules.OTHER_CODE else "Lainnya",
        step=rules.step_label(c.step), step_on=c.step_on, due=item.due,
        overdue_days=item.overdue_days, sanction=sanction, open=rules.is_open(c.step),
    )  # fmt: skip


def describe_filter(flt: CaseFilter) -> str:
    """The filters as the register's subtitle says them."""
    from ikrar_desktop.documents.case_register import filters_text

    parts = [
        STATE_TEXT["overdue"] if flt.overdue_only else STATE_TEXT["open"] if flt.open_only else "",
        f"OPD: {flt.unit}" if flt.unit else "",
        f"Bentuk: {flt.form_code}" if flt.form_code else "",
        f"Jenis: {rules.KIND_LABELS.get(flt.kind, flt.kind)}" if flt.kind else "",
        f"Pencarian: \u201c{flt.text.strip()}\u201d" if flt.text.strip() else "",
    ]
    return filters_text(parts)


def print_register(
    conn: sqlite3.Connection,
    out: str | Path,
    flt: CaseFilter | None = None,
    *,
    open_only: bool = False,
    overdue_only: bool = False,
    unit: str = "",
    paper: str | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PrintReport:
    """The register of the cases matching ``flt`` (or the keyword filters) as a PDF."""
    from ikrar_desktop.documents import case_register as doc
    from ikrar_desktop.documents.output import write_atomic

    if flt is None:
        flt = CaseFilter(open_only=open_only, overdue_only=overdue_only, unit=unit)
    options = _options(conn, paper, progress, cancel)
    # a register book reads in order of report, oldest first (the screen shows newest first)
    items = sorted(svc.list_cases(conn, flt, today), key=lambda i: (i.case.reported_on, i.case.id))
    spec = doc.RegisterSpec(
        tuple(register_row(i) for i in items), describe_filter(flt), today or date.today()
    )
    rendered = doc.render(spec, options)
    write_atomic(out, rendered.data)
    return PrintReport("register-kasus", Path(out), rendered.pages, len(items), rendered.shrunk)
