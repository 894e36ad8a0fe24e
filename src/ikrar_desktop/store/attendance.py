"""Obligation state and the append-only attendance log kept beside it."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ikrar_desktop.store.connection import session_of
from ikrar_desktop.store.employees import EmployeeFilter, where_clause

OBL_COLUMNS = (
    "id", "event_id", "employee_id", "unit_id", "unit_name", "jabatan", "golongan",
    "emp_status", "display_name", "nip", "nik", "obliged", "not_obliged_reason", "walk_in",
    "added_at", "status", "status_at", "pakta_signed", "pakta_at", "pakta_where",
    "susulan_date", "susulan_place", "pin", "pin_at",
)  # fmt: skip
OBL_SELECT = "SELECT " + ", ".join(f"o.{c}" for c in OBL_COLUMNS) + " FROM obligations o"
LOG_COLUMNS = (
    "seq", "id", "batch", "event_id", "employee_id", "action", "old_value", "new_value",
    "prior", "undoes", "reason", "operator", "station", "at",
)  # fmt: skip
LOG_SELECT = "SELECT " + ", ".join(f"l.{c}" for c in LOG_COLUMNS) + " FROM attendance_log l"

# The obligation fields each kind of action changes (and an undo restores).
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "status": ("status", "status_at"),
    "pakta": ("pakta_signed", "pakta_at", "pakta_where"),
    "susulan": ("pakta_signed", "pakta_at", "pakta_where", "susulan_date", "susulan_place"),
    "pin": ("pin", "pin_at"),
    "obliged": ("obliged", "not_obliged_reason"),
}


@dataclass(slots=True)
class Obligation:
    id: int
    event_id: int
    employee_id: int
    unit_id: int | None
    unit_name: str
    jabatan: str
    golongan: str | None
    emp_status: str
    display_name: str
    nip: str | None
    nik: str | None
    obliged: bool
    not_obliged_reason: str
    walk_in: bool
    added_at: str
    status: str | None
    status_at: str | None
    pakta_signed: bool
    pakta_at: str | None
    pakta_where: str | None
    susulan_date: str | None
    susulan_place: str
    pin: bool
    pin_at: str | None

    def fields(self, names: Sequence[str]) -> dict[str, object]:
        return {n: getattr(self, n) for n in names}


@dataclass(slots=True)
class LogEntry:
    seq: int
    id: str
    batch: str
    event_id: int
    employee_id: int | None
    action: str
    old_value: str | None
    new_value: str | None
    prior: dict[str, object] | None
    undoes: str | None
    reason: str
    operator: str
    station: str
    at: str


def _obligation(row: Sequence[Any]) -> Obligation:
    values = dict(zip(OBL_COLUMNS, row, strict=True))
    for flag in ("obliged", "walk_in", "pakta_signed", "pin"):
        values[flag] = bool(values[flag])
    return Obligation(**values)


def _entry(row: Sequence[Any]) -> LogEntry:
    values = dict(zip(LOG_COLUMNS, row, strict=True))
    values["prior"] = json.loads(str(values["prior"])) if values["prior"] else None
    return LogEntry(**values)


def new_id() -> str:
    """A globally unique log id, so logs from several PCs merge without collisions."""
    return uuid.uuid4().hex


def get(conn: sqlite3.Connection, event_id: int, employee_id: int) -> Obligation | None:
    row = conn.execute(
        f"{OBL_SELECT} WHERE o.event_id = ? AND o.employee_id = ?", (event_id, employee_id)
    ).fetchone()
    return _obligation(row) if row else None


def fetch(conn: sqlite3.Connection, event_id: int, employee_ids: Sequence[int]) -> list[Obligation]:
    """Obligations of these employees, in the order given (missing ones are skipped)."""
    if not employee_ids:
        return []
    marks = ",".join("?" * len(employee_ids))
    rows = conn.execute(
        f"{OBL_SELECT} WHERE o.event_id = ? AND o.employee_id IN ({marks})",
        [event_id, *employee_ids],
    )
    found = {r[2]: _obligation(r) for r in rows}
    return [found[i] for i in employee_ids if i in found]


# by the bare name, as the employee list sorts ("dr. Zaenal" under Z, not after it); the
# snapshot name breaks ties and orders anyone no longer in the registry
BY_NAME = "(SELECT e.sort_key FROM employees e WHERE e.id = o.employee_id), o.display_name, o.id"


def update(conn: sqlite3.Connection, obligation_id: int, values: dict[str, object]) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE obligations SET {sets} WHERE id = ?", [*values.values(), obligation_id])


def delete(conn: sqlite3.Connection, obligation_id: int) -> None:
    conn.execute("DELETE FROM obligations WHERE id = ?", (obligation_id,))


def append(
    conn: sqlite3.Connection,
    *,
    event_id: int,
    employee_id: int | None,
    action: str,
    old: str | None,
    new: str | None,
    at: str,
    operator: str,
    station: str,
    batch: str | None = None,
    prior: dict[str, object] | None = None,
    undoes: str | None = None,
    reason: str = "",
) -> str:
    log_id = new_id()
    conn.execute(
        """INSERT INTO attendance_log (id, batch, event_id, employee_id, action, old_value,
               new_value, prior, undoes, reason, operator, station, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            log_id, batch or log_id, event_id, employee_id, action, old, new,
            json.dumps(prior, ensure_ascii=False) if prior is not None else None,
            undoes, reason, operator, station, at,
        ),
    )  # fmt: skip
    if action in ("pakta", "susulan", "undo") and employee_id is not None:
        session_of(conn).corrections.add((event_id, employee_id))  # see store/audit guards
    return log_id


def history(conn: sqlite3.Connection, event_id: int, employee_id: int) -> list[LogEntry]:
    rows = conn.execute(
        f"{LOG_SELECT} WHERE l.event_id = ? AND l.employee_id = ? ORDER BY l.seq",
        (event_id, employee_id),
    )
    return [_entry(r) for r in rows]


_NOT_UNDONE = "NOT EXISTS (SELECT 1 FROM attendance_log u WHERE u.undoes = l.id)"


def last_undoable(conn: sqlite3.Connection, event_id: int, station: str) -> LogEntry | None:
    """The station's latest person action that is neither an undo nor undone already."""
    row = conn.execute(
        f"""{LOG_SELECT} WHERE l.event_id = ? AND l.station = ? AND l.employee_id IS NOT NULL
            AND l.action <> 'undo' AND {_NOT_UNDONE} ORDER BY l.seq DESC LIMIT 1""",
        (event_id, station),
    ).fetchone()
    return _entry(row) if row else None


def batch_entries(conn: sqlite3.Connection, batch: str) -> list[LogEntry]:
    """Not-yet-undone entries of one batch (a bulk action), newest first."""
    rows = conn.execute(
        f"""{LOG_SELECT} WHERE l.batch = ? AND l.action <> 'undo' AND {_NOT_UNDONE}
            ORDER BY l.seq DESC""",
        (batch,),
    )
    return [_entry(r) for r in rows]


def live_entries_after(
    conn: sqlite3.Connection, event_id: int, employee_id: int, seq: int, batch: str
) -> int:
    """How many later, not-undone actions on the same person belong to another batch."""
    row = conn.execute(
        f"""SELECT count(*) FROM attendance_log l WHERE l.event_id = ? AND l.employee_id = ?
            AND l.seq > ? AND l.batch <> ? AND l.action <> 'undo' AND {_NOT_UNDONE}""",
        (event_id, employee_id, seq, batch),
    ).fetchone()
    return int(row[0])


def search(
    conn: sqlite3.Connection, event_id: int, text: str, limit: int
) -> tuple[list[int], bool]:
    """Employee ids on the event's list matching a name or ID fragment (registry rules);
    the flag says there were more than ``limit``."""
    where, params = where_clause(EmployeeFilter(text=text, active=None))
    if not where:
        return [], False
    rows = conn.execute(
        f"""SELECT e.id FROM obligations o JOIN employees e ON e.id = o.employee_id
            {where} AND o.event_id = ? ORDER BY e.sort_key, e.id LIMIT ?""",
        [*params, event_id, limit + 1],
    ).fetchall()
    ids = [r[0] for r in rows]
    return ids[:limit], len(ids) > limit


def search_registry(conn: sqlite3.Connection, text: str, limit: int) -> tuple[list[int], bool]:
    """The same search over the whole registry (active employees first)."""
    where, params = where_clause(EmployeeFilter(text=text, active=None))
    if not where:
        return [], False
    rows = conn.execute(
        f"SELECT e.id FROM employees e{where} ORDER BY e.active DESC, e.sort_key, e.id LIMIT ?",
        [*params, limit + 1],
    ).fetchall()
    ids = [r[0] for r in rows]
    return ids[:limit], len(ids) > limit


COUNT_COLUMNS = """count(*) FILTER (WHERE obliged),
    count(*) FILTER (WHERE obliged AND status = 'hadir'),
    count(*) FILTER (WHERE obliged AND pakta_signed),
    count(*) FILTER (WHERE obliged AND status IN
        ('izin', 'sakit', 'cuti', 'dinas-luar', 'tugas-belajar')),
    count(*) FILTER (WHERE obliged AND status = 'tanpa-keterangan'),
    count(*) FILTER (WHERE obliged AND status IS NULL)"""


def unit_names(conn: sqlite3.Connection, event_id: int) -> list[str]:
    """The units (as snapshotted, '' for none) of the event's list, in name order."""
    rows = conn.execute(
        "SELECT DISTINCT unit_name FROM obligations WHERE event_id = ? ORDER BY unit_name",
        (event_id,),
    )
    return [name for (name,) in rows]


def unit_counts(conn: sqlite3.Connection, event_id: int) -> list[tuple[object, ...]]:
    """Per snapshot unit: name, id, obliged, present, signed, excused, TK, not yet recorded."""
    return conn.execute(
        f"""SELECT unit_name, min(unit_id), {COUNT_COLUMNS} FROM obligations WHERE event_id = ?
            GROUP BY unit_name ORDER BY unit_name""",
        (event_id,),
    ).fetchall()


def one_unit_counts(conn: sqlite3.Connection, event_id: int, unit_name: str) -> tuple[object, ...]:
    """The same numbers for one unit: what changes after a scan."""
    row: tuple[object, ...] = conn.execute(
        f"""SELECT unit_name, min(unit_id), {COUNT_COLUMNS} FROM obligations
            WHERE event_id = ? AND unit_name = ?""",
        (event_id, unit_name),
    ).fetchone()
    return row


_STATES = {
    "belum": "o.obliged = 1 AND o.status IS NULL",
    "tidak-wajib": "o.obliged = 0",
    "belum-ttd": "o.obliged = 1 AND o.pakta_signed = 0",
    "susulan": "o.pakta_where = 'susulan'",
    "walk-in": "o.walk_in = 1",
}


def list_ids(
    conn: sqlite3.Connection,
    event_id: int,
    *,
    unit: str | None = None,
    state: str | None = None,
    text: str = "",
) -> list[int]:
    """Employee ids on an event's list, by snapshot name: filter by snapshot unit, a status
    slug or one of belum / tidak-wajib / belum-ttd / susulan / walk-in, and search text."""
    parts: list[str] = ["o.event_id = ?"]
    params: list[object] = [event_id]
    if unit is not None:
        parts.append("o.unit_name = ?")
        params.append(unit)
    if state in _STATES:
        parts.append(_STATES[state])
    elif state:
        parts.append("o.obliged = 1 AND o.status = ?")
        params.append(state)
    if text.strip():
        where, more = where_clause(EmployeeFilter(text=text, active=None))
        parts.append(f"o.employee_id IN (SELECT e.id FROM employees e{where})")
        params += more
    sql = f"SELECT o.employee_id FROM obligations o WHERE {' AND '.join(parts)}"
    return [r[0] for r in conn.execute(sql + f" ORDER BY {BY_NAME}", params)]
