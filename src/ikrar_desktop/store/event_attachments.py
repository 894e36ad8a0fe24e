"""Photos and scans kept with an event (inside the database), with their size and SHA-256."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ikrar_desktop.store.rows import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def m010_event_attachments(db: Database) -> None:
    """Event attachments: the bytes, their hash, and where the file was taken from."""
    db.execute(
        """CREATE TABLE event_attachments (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL CHECK (trim(file_name) <> ''),
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            data BLOB NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX event_attachments_event ON event_attachments (event_id, id)")


COLUMNS = (
    "id", "event_id", "file_name", "mime", "size", "sha256", "caption", "source_path",
    "operator", "added_at",
)  # fmt: skip
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM event_attachments"


@dataclass(slots=True, frozen=True)
class AttachmentRow:
    id: int
    event_id: int
    file_name: str
    mime: str
    size: int
    sha256: str
    caption: str
    source_path: str
    operator: str
    added_at: str

    def as_dict(self) -> dict[str, object]:
        return {c: getattr(self, c) for c in COLUMNS}


def list_rows(conn: sqlite3.Connection, event_id: int) -> list[AttachmentRow]:
    found = conn.execute(f"{_SELECT} WHERE event_id = ? ORDER BY id", (event_id,))
    return [AttachmentRow(*r) for r in found]


def find_hash(conn: sqlite3.Connection, event_id: int, digest: str) -> AttachmentRow | None:
    row = conn.execute(
        f"{_SELECT} WHERE event_id = ? AND sha256 = ? ORDER BY id LIMIT 1", (event_id, digest)
    ).fetchone()
    return AttachmentRow(*row) if row else None


def insert(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "event_attachments", values)


def blob(conn: sqlite3.Connection, attachment_id: int) -> tuple[AttachmentRow, bytes] | None:
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)}, data FROM event_attachments WHERE id = ?",
        (attachment_id,),
    ).fetchone()
    return (AttachmentRow(*row[:-1]), bytes(row[-1])) if row else None
