"""An event's witnesses and guests (name, instansi, jabatan) one row at a time."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class WitnessRow:
    id: int
    event_id: int
    position: int
    name: str
    instansi: str
    jabatan: str

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "event_id": self.event_id, "position": self.position,
            "name": self.name, "instansi": self.instansi, "jabatan": self.jabatan,
        }  # fmt: skip


_SELECT = "SELECT id, event_id, position, name, instansi, jabatan FROM event_witnesses"


def rows(conn: sqlite3.Connection, event_id: int) -> list[WitnessRow]:
    found = conn.execute(f"{_SELECT} WHERE event_id = ? ORDER BY position, id", (event_id,))
    return [WitnessRow(*r) for r in found]


def get(conn: sqlite3.Connection, event_id: int, witness_id: int) -> WitnessRow | None:
    row = conn.execute(f"{_SELECT} WHERE event_id = ? AND id = ?", (event_id, witness_id))
    found = row.fetchone()
    return WitnessRow(*found) if found else None


def append(conn: sqlite3.Connection, event_id: int, name: str, instansi: str, jabatan: str) -> int:
    """After the last one; returns the new row's id."""
    cur = conn.execute(
        """INSERT INTO event_witnesses (event_id, position, name, instansi, jabatan)
           SELECT ?, coalesce(max(position), 0) + 1, ?, ?, ? FROM event_witnesses
           WHERE event_id = ?""",
        (event_id, name, instansi, jabatan, event_id),
    )
    return int(cur.lastrowid or 0)


def delete(conn: sqlite3.Connection, witness_id: int) -> None:
    conn.execute("DELETE FROM event_witnesses WHERE id = ?", (witness_id,))
