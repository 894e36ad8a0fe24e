"""The officials' scope of an event: the chosen levels and each head as on the day it was made."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m011_event_officials(db: Database) -> None:
    """``events.officials`` (JSON list of level slugs, NULL for other events) and the heads
    picked, with the unit and title they headed when the event was made."""
    db.execute("ALTER TABLE events ADD COLUMN officials TEXT")
    db.execute(
        """CREATE TABLE event_officials (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            level TEXT NOT NULL,
            unit_id INTEGER,
            unit_name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, employee_id)
        )"""
    )
    db.execute("CREATE INDEX event_officials_event ON event_officials (event_id, position)")


@dataclass(frozen=True, slots=True)
class OfficialRow:
    """One head in an event's scope: the unit(s) headed and the title(s) on the sheet."""

    employee_id: int
    position: int
    level: str
    unit_id: int | None
    unit_name: str
    title: str

    def as_dict(self) -> dict[str, object]:
        return {
            "employee_id": self.employee_id, "position": self.position, "level": self.level,
            "unit_id": self.unit_id, "unit_name": self.unit_name, "title": self.title,
        }  # fmt: skip


def save(
    conn: sqlite3.Connection, event_id: int, levels: Sequence[str], rows: Sequence[OfficialRow]
) -> None:
    """Store the scope; call inside the write that creates the event."""
    conn.execute(
        "UPDATE events SET officials = ? WHERE id = ?", (json.dumps(list(levels)), event_id)
    )
    conn.executemany(
        """INSERT INTO event_officials (event_id, employee_id, position, level, unit_id,
               unit_name, title) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [
            (event_id, r.employee_id, r.position, r.level, r.unit_id, r.unit_name, r.title)
            for r in rows
        ],
    )


def levels(conn: sqlite3.Connection, event_id: int) -> list[str] | None:
    """The event's levels, or None when it is not an officials' event."""
    row = conn.execute("SELECT officials FROM events WHERE id = ?", (event_id,)).fetchone()
    return list(json.loads(row[0])) if row and row[0] else None


def rows(conn: sqlite3.Connection, event_id: int) -> list[OfficialRow]:
    found = conn.execute(
        """SELECT employee_id, position, level, unit_id, unit_name, title FROM event_officials
           WHERE event_id = ? ORDER BY position, id""",
        (event_id,),
    )
    return [OfficialRow(*r) for r in found]
