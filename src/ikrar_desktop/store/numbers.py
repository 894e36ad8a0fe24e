"""The numbering register of letters and berita acara: one live number per document and subject."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ikrar_desktop.store.connection import GUARD_PREFIX
from ikrar_desktop.store.rows import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = (
    "id", "doc_type", "subject", "number", "pattern", "year", "seq", "issued_at", "voided_at",
    "void_reason", "prints", "printed_at",
)  # fmt: skip
SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM number_register"
_IDENTITY = ("doc_type", "subject", "number", "pattern", "year", "seq", "issued_at")


def m009_register(db: Database) -> None:
    """The register table and its guards: a number once issued is never changed or deleted."""
    db.execute(
        """CREATE TABLE number_register (
            id INTEGER PRIMARY KEY,
            doc_type TEXT NOT NULL,
            subject TEXT NOT NULL,
            number TEXT NOT NULL UNIQUE,
            pattern TEXT NOT NULL,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            issued_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT '',
            prints INTEGER NOT NULL DEFAULT 0,
            printed_at TEXT,
            UNIQUE (pattern, year, seq),
            CHECK (voided_at IS NULL OR trim(void_reason) <> '')
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX number_register_live ON number_register (doc_type, subject) "
        "WHERE voided_at IS NULL"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _IDENTITY)
    msg = (
        f"{GUARD_PREFIX} nomor yang sudah terbit tidak dapat diubah atau dihapus; "
        "batalkan dengan alasan."
    )
    db.execute(
        f"""CREATE TRIGGER guard_number_update BEFORE UPDATE ON number_register
        WHEN {changed} OR NEW.prints < OLD.prints OR (OLD.voided_at IS NOT NULL
        AND (NEW.voided_at IS NOT OLD.voided_at OR NEW.void_reason IS NOT OLD.void_reason))
        BEGIN SELECT RAISE(ABORT, '{msg}'); END"""
    )
    db.execute(
        f"""CREATE TRIGGER guard_number_delete BEFORE DELETE ON number_register BEGIN
        SELECT RAISE(ABORT, '{msg}'); END"""
    )


@dataclass(slots=True)
class NumberRow:
    id: int
    doc_type: str
    subject: str
    number: str
    pattern: str
    year: int
    seq: int
    issued_at: str
    voided_at: str | None
    void_reason: str
    prints: int
    printed_at: str | None

    def as_dict(self) -> dict[str, object]:
        return {c: getattr(self, c) for c in COLUMNS}


def _row(raw: Sequence[Any]) -> NumberRow:
    return NumberRow(*raw)


def max_seq(conn: sqlite3.Connection, patterns: Iterable[str], year: int) -> int:
    """The highest number used by any spelling of a pattern in a year, in this register and in
    the certificate register (a pattern shared by both counts once)."""
    spellings = list(patterns)
    marks = ", ".join("?" * len(spellings))
    row = conn.execute(
        f"""SELECT max(coalesce((SELECT max(seq) FROM number_register
                                 WHERE pattern IN ({marks}) AND year = ?), 0),
                       coalesce((SELECT max(seq) FROM certificates
                                 WHERE pattern IN ({marks}) AND year = ?), 0))""",
        [*spellings, year, *spellings, year],
    ).fetchone()
    return int(row[0] or 0)


def live(conn: sqlite3.Connection, doc_type: str, subject: str) -> NumberRow | None:
    row = conn.execute(
        f"{SELECT} WHERE doc_type = ? AND subject = ? AND voided_at IS NULL", (doc_type, subject)
    ).fetchone()
    return _row(row) if row else None


def by_number(conn: sqlite3.Connection, number: str) -> NumberRow | None:
    row = conn.execute(f"{SELECT} WHERE number = ?", (number,)).fetchone()
    return _row(row) if row else None


def insert(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "number_register", values)


def mark_printed(conn: sqlite3.Connection, row_id: int, stamp: str) -> None:
    conn.execute(
        "UPDATE number_register SET prints = prints + 1, printed_at = ? WHERE id = ?",
        (stamp, row_id),
    )


def void(conn: sqlite3.Connection, row_id: int, reason: str, stamp: str) -> None:
    conn.execute(
        "UPDATE number_register SET voided_at = ?, void_reason = ? WHERE id = ?",
        (stamp, reason, row_id),
    )


def list_rows(conn: sqlite3.Connection, doc_type: str | None = None) -> list[NumberRow]:
    if doc_type is None:
        rows = conn.execute(f"{SELECT} ORDER BY year, pattern, seq")
    else:
        rows = conn.execute(f"{SELECT} WHERE doc_type = ? ORDER BY year, seq", (doc_type,))
    return [_row(r) for r in rows]
