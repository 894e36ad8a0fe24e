"""Event rows, their witnesses, and the obligation list with its per-event snapshot."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ikrar_desktop.domain.attendance import EVENT_STATE_LABELS, kind_label
from ikrar_desktop.domain.names import display_name
from ikrar_desktop.domain.status import ASN_STATUSES

EVENT_FIELDS = (
    "kind", "title", "date", "time", "place", "leader_name", "leader_jabatan", "ikrar_text",
    "pakta_points",
)  # fmt: skip
SELECT = """SELECT id, kind, title, date, time, place, leader_name, leader_jabatan, ikrar_text,
       pakta_points, status, created_at, updated_at, closed_at, reopen_reason, election
       FROM events"""


@dataclass(slots=True)
class Witness:
    name: str
    instansi: str = ""
    jabatan: str = ""


@dataclass(slots=True)
class Event:
    id: int
    kind: str
    title: str
    date: date
    time: str | None
    place: str
    leader_name: str
    leader_jabatan: str
    ikrar_text: str
    pakta_points: list[str]
    status: str
    created_at: str
    updated_at: str
    closed_at: str | None
    reopen_reason: str
    witnesses: list[Witness] = field(default_factory=list)
    election: str = ""  # the election the default texts name (issue 18)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def status_label(self) -> str:
        return EVENT_STATE_LABELS.get(self.status, self.status)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "title": self.title,
            "date": self.date.isoformat(),
            "time": self.time,
            "place": self.place,
            "leader_name": self.leader_name,
            "leader_jabatan": self.leader_jabatan,
            "status": self.status,
            "status_label": self.status_label,
            "closed_at": self.closed_at,
            "reopen_reason": self.reopen_reason,
            "witnesses": [
                {"name": w.name, "instansi": w.instansi, "jabatan": w.jabatan}
                for w in self.witnesses
            ],
            "ikrar_text": self.ikrar_text,
            "pakta_points": self.pakta_points,
            "election": self.election,
        }


@dataclass(slots=True)
class Progress:
    """The few numbers a list of events shows."""

    obliged: int = 0
    present: int = 0
    signed: int = 0


def _event(row: Sequence[Any]) -> Event:
    return Event(
        id=int(row[0]),
        kind=str(row[1]),
        title=str(row[2]),
        date=date.fromisoformat(str(row[3])),
        time=row[4] or None,
        place=str(row[5]),
        leader_name=str(row[6]),
        leader_jabatan=str(row[7]),
        ikrar_text=str(row[8]),
        pakta_points=list(json.loads(str(row[9]) or "[]")),
        status=str(row[10]),
        created_at=str(row[11]),
        updated_at=str(row[12]),
        closed_at=row[13] or None,
        reopen_reason=str(row[14]),
        election=str(row[15] or "") if len(row) > 15 else "",
    )


def _prepare(values: dict[str, object]) -> dict[str, object]:
    # election (issue 18) is not an EVENT_FIELD: desk packages carry the texts, not the choice
    out: dict[str, Any] = {k: values[k] for k in (*EVENT_FIELDS, "election") if k in values}
    when = out.get("date")
    if isinstance(when, date):
        out["date"] = when.isoformat()
    if "pakta_points" in out:
        out["pakta_points"] = json.dumps(list(out["pakta_points"]), ensure_ascii=False)
    return out


def insert_event(conn: sqlite3.Connection, values: dict[str, object], stamp: str) -> int:
    row = _prepare(values)
    row["created_at"] = row["updated_at"] = stamp
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", list(row.values()))
    return int(cur.lastrowid or 0)


def update_event(
    conn: sqlite3.Connection, event_id: int, values: dict[str, object], stamp: str
) -> None:
    row = _prepare(values)
    row["updated_at"] = stamp
    sets = ", ".join(f"{k} = ?" for k in row)
    conn.execute(f"UPDATE events SET {sets} WHERE id = ?", [*row.values(), event_id])


def set_state(
    conn: sqlite3.Connection,
    event_id: int,
    status: str,
    stamp: str,
    *,
    closed_at: str | None = None,
    reopen_reason: str | None = None,
) -> None:
    conn.execute(
        """UPDATE events SET status = ?, updated_at = ?, closed_at = ?,
               reopen_reason = coalesce(?, reopen_reason) WHERE id = ?""",
        (status, stamp, closed_at, reopen_reason, event_id),
    )


def state(conn: sqlite3.Connection, event_id: int) -> tuple[str, str] | None:
    """(status, title) of an event, the cheap check every desk action makes."""
    row = conn.execute("SELECT status, title FROM events WHERE id = ?", (event_id,)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def get_event(conn: sqlite3.Connection, event_id: int) -> Event | None:
    row = conn.execute(f"{SELECT} WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    event = _event(row)
    event.witnesses = witnesses(conn, event_id)
    return event


def list_events(conn: sqlite3.Connection) -> list[Event]:
    """Every event, newest first."""
    return [_event(r) for r in conn.execute(f"{SELECT} ORDER BY date DESC, id DESC")]


def witnesses(conn: sqlite3.Connection, event_id: int) -> list[Witness]:
    rows = conn.execute(
        "SELECT name, instansi, jabatan FROM event_witnesses WHERE event_id = ? ORDER BY position",
        (event_id,),
    )
    return [Witness(*r) for r in rows]


def set_witnesses(conn: sqlite3.Connection, event_id: int, people: Iterable[Witness]) -> None:
    conn.execute("DELETE FROM event_witnesses WHERE event_id = ?", (event_id,))
    conn.executemany(
        """INSERT INTO event_witnesses (event_id, position, name, instansi, jabatan)
           VALUES (?, ?, ?, ?, ?)""",
        [(event_id, i, w.name, w.instansi, w.jabatan) for i, w in enumerate(people, 1)],
    )


def progress(conn: sqlite3.Connection) -> dict[int, Progress]:
    """Obliged / present / signed per event, for the event list."""
    rows = conn.execute(
        """SELECT event_id, sum(obliged), sum(obliged AND status = 'hadir'),
                  sum(obliged AND pakta_signed) FROM obligations GROUP BY event_id"""
    )
    return {r[0]: Progress(int(r[1] or 0), int(r[2] or 0), int(r[3] or 0)) for r in rows}


def employee_ids(
    conn: sqlite3.Connection, unit_ids: Sequence[int] = (), *, asn_only: bool = False
) -> list[int]:
    """Active employees of the given units (all units when empty), optionally ASN only."""
    sql = "SELECT id FROM employees WHERE active = 1"
    params: list[object] = []
    if unit_ids:
        sql += f" AND unit_id IN ({','.join('?' * len(unit_ids))})"
        params += list(unit_ids)
    if asn_only:
        sql += f" AND status IN ({','.join('?' * len(ASN_STATUSES))})"
        params += list(ASN_STATUSES)
    return [r[0] for r in conn.execute(sql + " ORDER BY id", params)]


def snapshot_obligations(
    conn: sqlite3.Connection,
    event_id: int,
    ids: Sequence[int],
    stamp: str,
    *,
    walk_in: bool = False,
) -> list[int]:
    """Oblige these employees, copying unit, jabatan, golongan, status, name and IDs as they
    are now; people already on the list are left as they are. Returns the ids added."""
    already = {
        r[0]
        for r in conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?", (event_id,))
    }
    wanted = [i for i in dict.fromkeys(ids) if i not in already]
    from ikrar_desktop.store.bulk_write import inserting  # off the start-up path

    with inserting(conn, "obligations", len(wanted)):
        return _insert_obligations(conn, event_id, wanted, stamp, walk_in)


def _insert_obligations(
    conn: sqlite3.Connection, event_id: int, wanted: list[int], stamp: str, walk_in: bool
) -> list[int]:
    added: list[int] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = conn.execute(
            f"""SELECT e.id, e.unit_id, coalesce(u.name, ''), e.jabatan, e.golongan, e.status,
                       e.gelar_depan, e.nama, e.gelar_belakang, e.nip, e.nik
                FROM employees e LEFT JOIN units u ON u.id = e.unit_id
                WHERE e.id IN ({",".join("?" * len(chunk))})""",
            chunk,
        ).fetchall()
        conn.executemany(
            """INSERT INTO obligations (event_id, employee_id, unit_id, unit_name, jabatan,
                   golongan, emp_status, display_name, nip, nik, walk_in, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (event_id, r[0], r[1], r[2], r[3] or "", r[4], r[5],
                 display_name(r[6], r[7], r[8]), r[9], r[10], int(walk_in), stamp)
                for r in rows
            ],
        )  # fmt: skip
        added += [r[0] for r in rows]
    return added
