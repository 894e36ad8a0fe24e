"""Bulk employee reads and writes for roster import: one query to load, executemany to write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.store.clock import now_iso

COMPARED = (
    "nip", "nik", "gelar_depan", "nama", "gelar_belakang", "status", "golongan", "jabatan",
    "jenis_jabatan", "unit_id", "gender", "birth_date",
)  # fmt: skip
_UPDATABLE = frozenset(COMPARED)


@dataclass(slots=True)
class StoredEmployee:
    """One employee as an import compares it: COMPARED columns, id, active flag, name key.

    ``row`` is the fetched row as is, the COMPARED columns first (positions in ``AT``): no
    per-employee dict is built while 50,000 of them load.
    """

    id: int
    row: tuple[object, ...]
    active: bool
    search_key: str

    @property
    def values(self) -> dict[str, object]:
        """The compared columns by name; built on each call, so not for loops."""
        return dict(zip(COMPARED, self.row[: len(COMPARED)], strict=True))


AT = {name: i for i, name in enumerate(COMPARED)}  # position of each column in StoredEmployee.row


def load_all(conn: sqlite3.Connection) -> list[StoredEmployee]:
    """Every employee in one query (an import compares against all of them)."""
    sql = f"SELECT {', '.join(COMPARED)}, id, active, search_key FROM employees"
    first = len(COMPARED)
    return [
        StoredEmployee(row[first], row, bool(row[first + 1]), row[first + 2])
        for row in conn.execute(sql)
    ]


def _stored(name: str, value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return value


def update_many(
    conn: sqlite3.Connection, fields: Sequence[str], rows: Iterable[tuple[int, Sequence[object]]]
) -> int:
    """Set ``fields`` on many employees (inside the caller's transaction); returns the count.

    ``rows`` holds (id, values in ``fields`` order); a new ``nama`` also refreshes the name keys.
    """
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"kolom tidak dapat diperbarui: {sorted(unknown)}")
    with_name = "nama" in fields
    assignments = [f"{f} = ?" for f in fields]
    if with_name:
        assignments += ["search_key = ?", "sort_key = ?"]
    assignments.append("updated_at = ?")
    stamp = now_iso()
    name_at = list(fields).index("nama") if with_name else -1

    def params() -> Iterable[list[object]]:
        for employee_id, values in rows:
            out = [_stored(f, v) for f, v in zip(fields, values, strict=True)]
            if with_name:
                key = search_key(str(values[name_at]))
                out += [key, key]
            out += [stamp, employee_id]
            yield out

    cur = conn.executemany(f"UPDATE employees SET {', '.join(assignments)} WHERE id = ?", params())
    return cur.rowcount


def deactivate_many(conn: sqlite3.Connection, ids: Sequence[int], reason: str) -> int:
    """Mark employees inactive with a reason (never deletes); returns the count."""
    stamp = now_iso()
    cur = conn.executemany(
        "UPDATE employees SET active = 0, inactive_reason = ?, updated_at = ? "
        "WHERE id = ? AND active = 1",
        ((reason, stamp, i) for i in ids),
    )
    return cur.rowcount
