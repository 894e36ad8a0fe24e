"""Supervision cases: the migration, case rows with their employee snapshot, steps and evidence."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ikrar_desktop.store.rows import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database

_STEP_CHECK = (
    "('reported', 'verified', 'not-proven', 'recommendation', 'decision', 'sanction', 'done')"
)


def m005_cases(db: Database) -> None:
    """Supervision cases with an employee snapshot, their steps, evidence blobs and elections."""
    db.execute(
        """CREATE TABLE elections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            name_key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        f"""CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            reported_on TEXT NOT NULL,
            source TEXT NOT NULL,
            source_ref TEXT NOT NULL DEFAULT '',
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            emp_name TEXT NOT NULL,
            emp_nip TEXT,
            emp_nik TEXT,
            emp_status TEXT NOT NULL DEFAULT '',
            emp_unit_id INTEGER,
            emp_unit TEXT NOT NULL DEFAULT '',
            emp_jabatan TEXT NOT NULL DEFAULT '',
            emp_golongan TEXT,
            election TEXT NOT NULL DEFAULT '',
            form_code TEXT NOT NULL,
            form_other TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            step TEXT NOT NULL DEFAULT 'reported' CHECK (step IN {_STEP_CHECK}),
            step_on TEXT NOT NULL,
            sanction_code TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (form_code <> 'lainnya' OR trim(form_other) <> '')
        )"""
    )
    db.execute("CREATE INDEX cases_employee ON cases (employee_id)")
    db.execute("CREATE INDEX cases_step ON cases (step, step_on)")
    db.execute(
        f"""CREATE TABLE case_steps (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step TEXT NOT NULL CHECK (step IN {_STEP_CHECK}),
            on_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            sanction_code TEXT,
            sk_number TEXT NOT NULL DEFAULT '',
            sk_date TEXT,
            operator TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX case_steps_case ON case_steps (case_id, id)")
    db.execute(
        """CREATE TABLE case_evidence (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL CHECK (trim(file_name) <> ''),
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            data BLOB NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX case_evidence_case ON case_evidence (case_id, id)")


CASE_COLUMNS = (
    "id", "number", "reported_on", "source", "source_ref", "employee_id", "emp_name", "emp_nip",
    "emp_nik", "emp_status", "emp_unit_id", "emp_unit", "emp_jabatan", "emp_golongan",
    "election", "form_code", "form_other", "description", "step", "step_on", "sanction_code",
    "created_at", "updated_at",
)  # fmt: skip
_SELECT = f"SELECT {', '.join(CASE_COLUMNS)} FROM cases"


@dataclass(slots=True)
class StepRow:
    id: int
    step: str
    on_date: date
    note: str
    sanction_code: str | None
    sk_number: str
    sk_date: date | None
    operator: str
    recorded_at: str


@dataclass(slots=True)
class EvidenceRow:
    id: int
    case_id: int
    file_name: str
    mime: str
    size: int
    sha256: str
    operator: str
    added_at: str


@dataclass(slots=True)
class CaseRow:
    id: int
    number: str
    reported_on: date
    source: str
    source_ref: str
    employee_id: int
    emp_name: str
    emp_nip: str | None
    emp_nik: str | None
    emp_status: str
    emp_unit_id: int | None
    emp_unit: str
    emp_jabatan: str
    emp_golongan: str | None
    election: str
    form_code: str
    form_other: str
    description: str
    step: str
    step_on: date
    sanction_code: str | None
    created_at: str
    updated_at: str
    steps: list[StepRow] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)


def _case(row: Sequence[Any]) -> CaseRow:
    values = dict(zip(CASE_COLUMNS, row, strict=True))
    values["reported_on"] = date.fromisoformat(str(values["reported_on"]))
    values["step_on"] = date.fromisoformat(str(values["step_on"]))
    return CaseRow(**values)


def _step(row: Sequence[Any]) -> StepRow:
    sk_date = row[6]
    return StepRow(
        id=int(row[0]),
        step=str(row[1]),
        on_date=date.fromisoformat(str(row[2])),
        note=str(row[3]),
        sanction_code=row[4] or None,
        sk_number=str(row[5]),
        sk_date=date.fromisoformat(str(sk_date)) if sk_date else None,
        operator=str(row[7]),
        recorded_at=str(row[8]),
    )


def next_number(conn: sqlite3.Connection, year: int) -> str:
    """The register number for a new case: running number per reporting year, '003/2024'."""
    rows = conn.execute("SELECT number FROM cases WHERE number LIKE ?", (f"%/{year}",))
    highest = max((int(n.split("/")[0]) for (n,) in rows if n.split("/")[0].isdigit()), default=0)
    return f"{highest + 1:03d}/{year}"


def insert_case(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "cases", values)


def update_case(conn: sqlite3.Connection, case_id: int, values: dict[str, object]) -> None:
    assignments = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE cases SET {assignments} WHERE id = ?", [*values.values(), case_id])


def insert_step(conn: sqlite3.Connection, case_id: int, values: dict[str, object]) -> int:
    return insert_row(conn, "case_steps", {"case_id": case_id, **values})


def get_case(conn: sqlite3.Connection, case_id: int) -> CaseRow | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    found = _case(row)
    found.steps = [
        _step(r)
        for r in conn.execute(
            """SELECT id, step, on_date, note, sanction_code, sk_number, sk_date, operator,
                      recorded_at FROM case_steps WHERE case_id = ? ORDER BY id""",
            (case_id,),
        )
    ]
    found.evidence = list_evidence(conn, case_id)
    return found


def all_cases(conn: sqlite3.Connection, employee_id: int | None = None) -> list[CaseRow]:
    """Every case (or one employee's), newest report first."""
    order = "ORDER BY reported_on DESC, id DESC"
    if employee_id is None:
        return [_case(r) for r in conn.execute(f"{_SELECT} {order}")]
    rows = conn.execute(f"{_SELECT} WHERE employee_id = ? {order}", (employee_id,))
    return [_case(r) for r in rows]


def list_evidence(conn: sqlite3.Connection, case_id: int) -> list[EvidenceRow]:
    return [
        EvidenceRow(*r)
        for r in conn.execute(
            """SELECT id, case_id, file_name, mime, size, sha256, operator, added_at
               FROM case_evidence WHERE case_id = ? ORDER BY id""",
            (case_id,),
        )
    ]


def insert_evidence(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "case_evidence", values)


def evidence_blob(conn: sqlite3.Connection, evidence_id: int) -> tuple[EvidenceRow, bytes] | None:
    row = conn.execute(
        """SELECT id, case_id, file_name, mime, size, sha256, operator, added_at, data
           FROM case_evidence WHERE id = ?""",
        (evidence_id,),
    ).fetchone()
    return (EvidenceRow(*row[:8]), bytes(row[8])) if row else None


def election_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM elections ORDER BY id")]


def insert_election(conn: sqlite3.Connection, name: str, key: str, stamp: str) -> None:
    conn.execute(
        "INSERT INTO elections (name, name_key, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name_key) DO NOTHING",
        (name, key, stamp),
    )


def pledges_of(conn: sqlite3.Connection, employee_id: int) -> list[tuple[Any, ...]]:
    """(event id, title, kind, date, obliged, status, pakta signed, where, unit at the time)."""
    return conn.execute(
        """SELECT e.id, e.title, e.kind, e.date, o.obliged, o.status, o.pakta_signed,
                  o.pakta_where, o.unit_name
           FROM obligations o JOIN events e ON e.id = o.event_id
           WHERE o.employee_id = ? ORDER BY e.date DESC, e.id DESC""",
        (employee_id,),
    ).fetchall()
