"""Employee rows: insert, update, lookup and the SQL-side search used by every list."""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.domain.names import search_key, search_tokens
from ikrar_desktop.domain.nip import nip_fragment_digits
from ikrar_desktop.store.clock import now_iso

FIELDS = (
    "nip", "nik", "gelar_depan", "nama", "gelar_belakang", "status", "golongan", "jabatan",
    "jenis_jabatan", "unit_id", "gender", "birth_date", "active", "inactive_reason",
)  # fmt: skip

SELECT = """SELECT e.id, e.nip, e.nik, e.gelar_depan, e.nama, e.gelar_belakang, e.status,
       e.golongan, e.jabatan, e.jenis_jabatan, e.unit_id, coalesce(u.name, ''), e.gender,
       e.birth_date, e.active, e.inactive_reason, e.created_at, e.updated_at
FROM employees e LEFT JOIN units u ON u.id = e.unit_id"""


@dataclass(slots=True)
class EmployeeFilter:
    """What a list shows: free text (name fragments or NIP/NIK digits), unit, status, active."""

    text: str = ""
    unit_id: int | None = None
    status: str | None = None
    active: bool | None = True
    limit: int | None = None


def _row(row: Sequence[Any]) -> Employee:
    birth = row[13]
    return Employee(
        id=int(row[0]),
        nip=row[1],
        nik=row[2],
        gelar_depan=str(row[3]),
        nama=str(row[4]),
        gelar_belakang=str(row[5]),
        status=str(row[6]),
        golongan=row[7],
        jabatan=str(row[8] or ""),
        jenis_jabatan=row[9],
        unit_id=row[10],
        unit=str(row[11]),
        gender=row[12],
        birth_date=date.fromisoformat(str(birth)) if birth else None,
        active=bool(row[14]),
        inactive_reason=str(row[15] or ""),
        created_at=str(row[16]),
        updated_at=str(row[17]),
    )


def _like(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(flt: EmployeeFilter) -> tuple[str, list[object]]:
    """SQL ``WHERE`` for a filter: every name token must occur in the bare name, in any order."""
    parts: list[str] = []
    params: list[object] = []
    text = flt.text.strip()
    if text:
        digits = nip_fragment_digits(text)
        if digits:
            parts.append("(e.nip LIKE ? ESCAPE '\\' OR e.nik LIKE ? ESCAPE '\\')")
            params += [_like(digits), _like(digits)]
        else:
            for token in search_tokens(text):
                parts.append("e.search_key LIKE ? ESCAPE '\\'")
                params.append(_like(token))
            if not parts:  # only titles were typed: match nothing rather than everyone
                parts.append("0")
    if flt.unit_id is not None:
        parts.append("e.unit_id = ?")
        params.append(flt.unit_id)
    if flt.status:
        parts.append("e.status = ?")
        params.append(flt.status)
    if flt.active is not None:
        parts.append("e.active = ?")
        params.append(1 if flt.active else 0)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def search_ids(conn: sqlite3.Connection, flt: EmployeeFilter) -> list[int]:
    """Ids of matching employees in display order (bare name, then id)."""
    where, params = where_clause(flt)
    sql = f"SELECT e.id FROM employees e{where} ORDER BY e.sort_key, e.id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)}"
    return [row[0] for row in conn.execute(sql, params)]


def count(conn: sqlite3.Connection, flt: EmployeeFilter | None = None) -> int:
    where, params = where_clause(flt or EmployeeFilter(active=None))
    return int(conn.execute(f"SELECT count(*) FROM employees e{where}", params).fetchone()[0])


def any_employee(conn: sqlite3.Connection) -> bool:
    """Whether the registry holds anyone at all (active or not)."""
    return conn.execute("SELECT 1 FROM employees LIMIT 1").fetchone() is not None


def list_employees(conn: sqlite3.Connection, flt: EmployeeFilter) -> list[Employee]:
    where, params = where_clause(flt)
    sql = f"{SELECT}{where} ORDER BY e.sort_key, e.id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)}"
    return [_row(r) for r in conn.execute(sql, params)]


_ROSTER_SELECT = """SELECT e.nip, e.nik, e.gelar_depan, e.nama, e.gelar_belakang, e.status,
       e.golongan, e.jabatan, e.jenis_jabatan, coalesce(u.name, ''), e.gender, e.birth_date,
       e.active, e.inactive_reason
FROM employees e LEFT JOIN units u ON u.id = e.unit_id"""


def roster_rows(
    conn: sqlite3.Connection, flt: EmployeeFilter | None = None
) -> list[tuple[Any, ...]]:
    """Matching employees (default: active ones) as plain rows for a roster export, in unit then
    name order; the columns are ``exchange.roster_export.ROW_FIELDS`` (unit as its name)."""
    where, params = where_clause(flt or EmployeeFilter())
    sql = f"{_ROSTER_SELECT}{where} ORDER BY coalesce(u.name_key, ''), e.sort_key, e.id"
    if flt is not None and flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)}"
    return conn.execute(sql, params).fetchall()


def fetch(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Employee]:
    """Rows for the given ids (the table model fetches a screenful at a time)."""
    wanted = list(ids)
    out: dict[int, Employee] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{SELECT} WHERE e.id IN ({marks})", chunk):
            out[row[0]] = _row(row)
    return out


def get(conn: sqlite3.Connection, employee_id: int) -> Employee | None:
    row = conn.execute(f"{SELECT} WHERE e.id = ?", (employee_id,)).fetchone()
    return _row(row) if row else None


def find_by_nip(conn: sqlite3.Connection, nip: str) -> Employee | None:
    row = conn.execute(f"{SELECT} WHERE e.nip = ?", (nip,)).fetchone()
    return _row(row) if row else None


def find_by_nik(conn: sqlite3.Connection, nik: str) -> Employee | None:
    row = conn.execute(f"{SELECT} WHERE e.nik = ?", (nik,)).fetchone()
    return _row(row) if row else None


def _values(values: dict[str, object]) -> dict[str, object]:
    out = {k: values[k] for k in FIELDS if k in values}
    birth = out.get("birth_date")
    if isinstance(birth, date):
        out["birth_date"] = birth.isoformat()
    if "nama" in out:
        key = search_key(str(out["nama"]))
        out["search_key"] = key
        out["sort_key"] = key
    return out


def insert(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    row = _values(values)
    stamp = now_iso()
    row["created_at"] = row["updated_at"] = stamp
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = conn.execute(f"INSERT INTO employees ({cols}) VALUES ({marks})", list(row.values()))
    return int(cur.lastrowid or 0)


def insert_many(conn: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
    """Bulk insert inside the caller's transaction (one executemany).

    Every row has the keys of the first; each is stored as :func:`insert` would store it.
    """
    if not rows:
        return
    first = rows[0]
    fields = [k for k in FIELDS if k in first and k != "birth_date"]
    with_birth = "birth_date" in first
    named = "nama" in first
    pick = _picker(fields)
    isos: dict[date, str] = {}  # birth dates repeat (the NIP reader shares the objects)

    def params() -> Iterator[tuple[object, ...]]:
        for row in rows:
            out = pick(row)
            if with_birth:
                birth = row["birth_date"]
                if isinstance(birth, date):
                    iso = isos.get(birth)
                    if iso is None:
                        iso = isos[birth] = birth.isoformat()
                    birth = iso
                out += (birth,)
            if named:
                out += (search_key(str(row["nama"])),)
            yield out

    cols = [*fields, *(("birth_date",) if with_birth else ())]
    marks = [f"?{i}" for i in range(1, len(cols) + 1)]
    if named:  # sort_key takes search_key's value: one parameter bound twice
        cols += ["search_key", "sort_key"]
        marks += [f"?{len(marks) + 1}"] * 2
    stamp = _literal(now_iso())  # one text for every row, written into the statement
    cols += ["created_at", "updated_at"]
    marks += [stamp, stamp]
    conn.executemany(
        f"INSERT INTO employees ({', '.join(cols)}) VALUES ({', '.join(marks)})", params()
    )


def _picker(fields: list[str]) -> Callable[[dict[str, object]], tuple[object, ...]]:
    """The row's values of ``fields`` as a tuple, taken in one C call."""
    if len(fields) < 2:  # itemgetter gives a bare value for one field, and needs one
        return lambda row: tuple(row[f] for f in fields)
    return operator.itemgetter(*fields)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def update(conn: sqlite3.Connection, employee_id: int, values: dict[str, object]) -> None:
    row = _values(values)
    if not row:
        return
    row["updated_at"] = now_iso()
    assignments = ", ".join(f"{k} = ?" for k in row)
    conn.execute(f"UPDATE employees SET {assignments} WHERE id = ?", [*row.values(), employee_id])


def delete(conn: sqlite3.Connection, employee_id: int) -> None:
    conn.execute("DELETE FROM employees WHERE id = ?", (employee_id,))
