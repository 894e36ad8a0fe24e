"""Follow-up letters to the OPDs (number, date, deadline) and the replies they send back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ikrar_desktop.store.rows import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def m012_followup_replies(db: Database) -> None:
    """One follow-up letter per event and OPD (the unit as on the event's day), its replies."""
    db.execute(
        """CREATE TABLE followup_letters (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            unit_name TEXT NOT NULL,
            number TEXT NOT NULL,
            letter_date TEXT NOT NULL,
            deadline TEXT NOT NULL CHECK (deadline >= letter_date),
            listed INTEGER NOT NULL DEFAULT 0 CHECK (listed >= 0),
            printed_at TEXT NOT NULL,
            UNIQUE (event_id, unit_name)
        )"""
    )
    db.execute(
        """CREATE TABLE followup_replies (
            id INTEGER PRIMARY KEY,
            letter_id INTEGER NOT NULL REFERENCES followup_letters(id) ON DELETE CASCADE,
            reply_date TEXT NOT NULL,
            reply_number TEXT NOT NULL CHECK (trim(reply_number) <> ''),
            completed INTEGER NOT NULL CHECK (completed >= 0),
            note TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX followup_replies_letter ON followup_replies (letter_id, id)")


@dataclass(slots=True, frozen=True)
class LetterRow:
    id: int
    event_id: int
    unit_name: str
    number: str
    letter_date: str
    deadline: str
    listed: int
    printed_at: str


@dataclass(slots=True, frozen=True)
class ReplyRow:
    id: int
    letter_id: int
    reply_date: str
    reply_number: str
    completed: int
    note: str
    operator: str
    recorded_at: str


_LETTER = ("SELECT id, event_id, unit_name, number, letter_date, deadline, listed, printed_at "
           "FROM followup_letters")  # fmt: skip
_REPLY = ("SELECT id, letter_id, reply_date, reply_number, completed, note, operator, "
          "recorded_at FROM followup_replies")  # fmt: skip


def letter(conn: sqlite3.Connection, event_id: int, unit_name: str) -> LetterRow | None:
    row = conn.execute(
        f"{_LETTER} WHERE event_id = ? AND unit_name = ?", (event_id, unit_name)
    ).fetchone()
    return LetterRow(*row) if row else None


def letters(conn: sqlite3.Connection, event_id: int) -> list[LetterRow]:
    rows = conn.execute(f"{_LETTER} WHERE event_id = ? ORDER BY unit_name", (event_id,))
    return [LetterRow(*r) for r in rows]


def save_letter(conn: sqlite3.Connection, values: dict[str, object]) -> None:
    """Insert the letter of an event and OPD, or update it in place (same row id)."""
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    kept = ("event_id", "unit_name")
    updates = ", ".join(f"{c} = excluded.{c}" for c in values if c not in kept)
    conn.execute(
        f"INSERT INTO followup_letters ({cols}) VALUES ({marks}) "
        f"ON CONFLICT (event_id, unit_name) DO UPDATE SET {updates}",
        list(values.values()),
    )


def add_reply(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "followup_replies", values)


def replies(conn: sqlite3.Connection, letter_id: int) -> list[ReplyRow]:
    rows = conn.execute(f"{_REPLY} WHERE letter_id = ? ORDER BY id", (letter_id,))
    return [ReplyRow(*r) for r in rows]
