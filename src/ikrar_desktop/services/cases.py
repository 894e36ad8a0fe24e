"""Supervision use cases: report a case, record its handling steps in order, list and count."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.dates import parse_date
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.domain.textfold import fold, fold_unit
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services.events import default_operator
from ikrar_desktop.store import cases as store
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import settings as settings_store
from ikrar_desktop.store.cases import CaseRow
from ikrar_desktop.store.clock import now_iso
from ikrar_desktop.store.connection import write

DEADLINES_KEY = "cases.deadlines"


@dataclass(slots=True)
class CaseDraft:
    """What the case dialog (or ``case add``) proposes."""

    employee_id: int
    form_code: str
    source: str
    reported_on: date | str
    source_ref: str = ""
    election: str = ""
    form_other: str = ""
    description: str = ""


@dataclass(slots=True)
class CaseFilter:
    open_only: bool = False
    overdue_only: bool = False
    unit: str = ""
    form_code: str = ""
    kind: str = ""
    text: str = ""


@dataclass(slots=True)
class CaseItem:
    """A case as a list shows it: the row, when its next step is due and how late it is."""

    case: CaseRow
    due: date | None
    overdue_days: int
    signed_pakta: bool = False

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(slots=True)
class Pledge:
    event_id: int
    title: str
    kind: str
    date: date
    obliged: bool
    status: str | None
    pakta_signed: bool
    pakta_where: str | None
    unit: str


@dataclass(slots=True)
class History:
    employee_id: int
    name: str
    pledges: list[Pledge] = field(default_factory=list)
    cases: list[CaseRow] = field(default_factory=list)

    @property
    def signed_pakta(self) -> bool:
        return any(p.pakta_signed for p in self.pledges)


def _date(raw: date | str, label: str) -> date:
    when = raw if isinstance(raw, date) else parse_date(raw)
    if when is None:
        raise ValidationError(f"{label} wajib diisi.", field="date")
    return when


def _today(today: date | None) -> date:
    return today or date.today()


# -- settings and pick-lists ---------------------------------------------------------------------


def load_deadlines(conn: sqlite3.Connection) -> dict[str, int]:
    raw = settings_store.read_all(conn).get(DEADLINES_KEY)
    return rules.clean_deadlines(json.loads(raw)) if raw else dict(rules.DEFAULT_DEADLINES)


def save_deadlines(conn: sqlite3.Connection, values: dict[str, object]) -> dict[str, int]:
    clean = rules.clean_deadlines(values)
    with write(conn):
        settings_store.write_all(conn, {DEADLINES_KEY: json.dumps(clean)})
    return clean


def elections(conn: sqlite3.Connection) -> list[str]:
    """The default elections, then those the clerk added."""
    extra = [e for e in store.election_names(conn) if e not in rules.DEFAULT_ELECTIONS]
    return [*rules.DEFAULT_ELECTIONS, *extra]


def add_election(conn: sqlite3.Connection, name: str) -> str:
    clean = clean_text(name, "judul", "Nama pemilihan", field="election")
    if not clean:
        raise ValidationError("Nama pemilihan wajib diisi.", field="election")
    with write(conn):
        store.insert_election(conn, clean, fold(clean), now_iso())
    return _known_election(conn, clean)


def _known_election(conn: sqlite3.Connection, name: str) -> str:
    """The spelling already on the list for ``name`` (folded alike), else ``name`` itself."""
    return next((e for e in elections(conn) if fold(e) == fold(name)), name)


# -- add and advance -----------------------------------------------------------------------------


def add_case(
    conn: sqlite3.Connection,
    draft: CaseDraft,
    operator: str | None = None,
    today: date | None = None,
) -> CaseRow:
    """Record a report with a snapshot of the employee as they are today."""
    form = rules.find_form(draft.form_code)
    source = rules.parse_source(draft.source)
    reported = _date(draft.reported_on, "Tanggal laporan")
    if reported > _today(today):
        raise ValidationError("Tanggal laporan belum terjadi.", field="reported")
    form_other = clean_text(draft.form_other, "judul", "Bentuk pelanggaran", field="form_other")
    clean_text(draft.description, "uraian", "Uraian", field="description")
    clean_text(draft.source_ref, "nomor", "Nomor aduan", field="source_ref")
    description = draft.description.strip()
    if form.kind == "lainnya" and not form_other:
        form_other = " ".join(description.split())
        if not form_other:
            raise ValidationError(
                "Bentuk pelanggaran 'Lainnya' harus diuraikan.",
                hint="Tulis bentuk pelanggarannya di kolom uraian.",
                field="form_other",
            )
    emp = emp_store.get(conn, draft.employee_id)
    if emp is None:
        raise NotFoundError(f"Pegawai dengan id {draft.employee_id} tidak ditemukan.")
    rules.check_form_for(form, emp.status)
    election = clean_text(draft.election, "judul", "Nama pemilihan", field="election")
    stamp = now_iso()
    who = default_operator(conn) if operator is None else operator
    with write(conn):
        if election:
            election = _known_election(conn, election)
            store.insert_election(conn, election, fold(election), stamp)
        case_id = store.insert_case(
            conn,
            {
                "number": store.next_number(conn, reported.year),
                "reported_on": reported.isoformat(),
                "source": source,
                "source_ref": draft.source_ref.strip(),
                "employee_id": emp.id,
                "emp_name": emp.display_name,
                "emp_nip": emp.nip,
                "emp_nik": emp.nik,
                "emp_status": emp.status,
                "emp_unit_id": emp.unit_id,
                "emp_unit": emp.unit,
                "emp_jabatan": emp.jabatan,
                "emp_golongan": emp.golongan,
                "election": election,
                "form_code": form.code,
                "form_other": form_other if form.kind == "lainnya" else "",
                "description": description,
                "step": "reported",
                "step_on": reported.isoformat(),
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
        store.insert_step(
            conn,
            case_id,
            {"step": "reported", "on_date": reported.isoformat(), "operator": who,
             "recorded_at": stamp, "note": source_note(source, draft.source_ref)},
        )  # fmt: skip
    return get_case(conn, case_id)


def source_note(source: str, ref: str) -> str:
    ref = ref.strip()
    return f"Laporan dari {rules.source_label(source)}" + (f" ({ref})" if ref else "")


def update_step(
    conn: sqlite3.Connection,
    case_id: int,
    step: str,
    on_date: date | str,
    *,
    note: str = "",
    sanction: str = "",
    sk_number: str = "",
    operator: str | None = None,
    today: date | None = None,
) -> CaseRow:
    """Record the next handling step; refuse one out of order or dated before the last one."""
    target = rules.parse_step(step)
    when = _date(on_date, "Tanggal langkah")
    sk = clean_text(sk_number, "nomor", "Nomor SK", field="sk")
    clean_text(note, "catatan", "Catatan", field="note")
    imposed: rules.Sanction | None = None
    if sanction.strip():
        if target != "sanction":
            raise ValidationError(
                "Kode sanksi hanya dicatat pada langkah 'Sanksi dijatuhkan'.", field="sanction"
            )
        imposed = rules.find_sanction(sanction)
    elif target == "sanction":
        raise ValidationError(
            "Pilih sanksi yang dijatuhkan.",
            hint="Kode sanksi: " + rules.sanction_choices() + ".",
            field="sanction",
        )
    sanction_code = imposed.code if imposed else None
    if sk and target not in ("decision", "sanction"):
        raise ValidationError(
            "Nomor SK hanya dicatat pada keputusan PPK atau penjatuhan sanksi.", field="sk"
        )
    stamp = now_iso()
    with write(conn):
        case = _must_get(conn, case_id)
        rules.check_step(case.step, target)
        rules.check_step_date(case.step_on, when, _today(today), case.step)
        if imposed is not None:
            rules.check_sanction_for(imposed, case.emp_status)
        store.insert_step(
            conn,
            case_id,
            {"step": target, "on_date": when.isoformat(), "note": note.strip(),
             "sanction_code": sanction_code, "sk_number": sk,
             "sk_date": when.isoformat() if sk else None,
             "operator": default_operator(conn) if operator is None else operator,
             "recorded_at": stamp},
        )  # fmt: skip
        values: dict[str, object] = {"step": target, "step_on": when.isoformat()}
        values["updated_at"] = stamp
        if sanction_code:
            values["sanction_code"] = sanction_code
        store.update_case(conn, case_id, values)
    return get_case(conn, case_id)


def get_case(conn: sqlite3.Connection, case_id: int) -> CaseRow:
    return _must_get(conn, case_id)


def _must_get(conn: sqlite3.Connection, case_id: int) -> CaseRow:
    found = store.get_case(conn, case_id)
    if found is None:
        raise NotFoundError(f"Kasus dengan id {case_id} tidak ditemukan.")
    return found


# -- views ---------------------------------------------------------------------------------------


def _signers(conn: sqlite3.Connection) -> set[int]:
    return {
        r[0]
        for r in conn.execute("SELECT DISTINCT employee_id FROM obligations WHERE pakta_signed")
    }


def item_of(
    case: CaseRow, today: date, deadlines: dict[str, int], signers: set[int] | None = None
) -> CaseItem:
    return CaseItem(
        case=case,
        due=rules.due_date(case.step, case.step_on, deadlines),
        overdue_days=rules.days_overdue(case.step, case.step_on, today, deadlines),
        signed_pakta=case.employee_id in (signers or set()),
    )


def case_item(conn: sqlite3.Connection, case_id: int, today: date | None = None) -> CaseItem:
    """One case in full (steps, evidence) with its deadline and pakta signature."""
    case = _must_get(conn, case_id)
    signed = conn.execute(
        "SELECT 1 FROM obligations WHERE employee_id = ? AND pakta_signed LIMIT 1",
        (case.employee_id,),
    ).fetchone()
    item = item_of(case, _today(today), load_deadlines(conn))
    item.signed_pakta = signed is not None
    return item


def _matches(item: CaseItem, flt: CaseFilter) -> bool:
    case = item.case
    if flt.open_only and not rules.is_open(case.step):
        return False
    if flt.overdue_only and not item.overdue:
        return False
    if flt.unit and fold_unit(case.emp_unit) != fold_unit(flt.unit):
        return False
    if flt.form_code and case.form_code.casefold() != flt.form_code.strip().casefold():
        return False
    if flt.kind and rules.find_form(case.form_code).kind != flt.kind:
        return False
    if flt.text:
        hay = fold(f"{case.number} {case.emp_name} {case.emp_nip or ''} {case.source_ref}")
        return all(token in hay for token in fold(flt.text).split())
    return True


def list_cases(
    conn: sqlite3.Connection, flt: CaseFilter | None = None, today: date | None = None
) -> list[CaseItem]:
    """Cases matching ``flt``, newest report first, with deadlines from the settings."""
    deadlines = load_deadlines(conn)
    signers = _signers(conn)
    when = _today(today)
    items = [item_of(c, when, deadlines, signers) for c in store.all_cases(conn)]
    return [i for i in items if _matches(i, flt or CaseFilter())]


def history(conn: sqlite3.Connection, employee_id: int) -> History:
    """An employee's pledges and pakta signatures from the events, beside their cases."""
    emp = emp_store.get(conn, employee_id)
    if emp is None:
        raise NotFoundError(f"Pegawai dengan id {employee_id} tidak ditemukan.")
    pledges = [
        Pledge(
            event_id=int(r[0]),
            title=str(r[1]),
            kind=str(r[2]),
            date=date.fromisoformat(str(r[3])),
            obliged=bool(r[4]),
            status=r[5] or None,
            pakta_signed=bool(r[6]),
            pakta_where=r[7] or None,
            unit=str(r[8]),
        )
        for r in store.pledges_of(conn, employee_id)
    ]
    return History(emp.id, emp.display_name, pledges, store.all_cases(conn, employee_id))


def counts(items: list[CaseItem], by: str) -> list[tuple[str, int, int]]:
    """(label, all cases, open cases) per OPD (``by='unit'``) or per form, most cases first."""

    def key(item: CaseItem) -> str:
        return (item.case.emp_unit or "(tanpa unit)") if by == "unit" else item.case.form_code

    total = Counter(key(i) for i in items)
    still_open = Counter(key(i) for i in items if rules.is_open(i.case.step))
    return sorted(((k, n, still_open[k]) for k, n in total.items()), key=lambda t: (-t[1], t[0]))
