"""Certificate register rows: gap-free numbers per pattern and year, codes, voids, reprints."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ikrar_desktop.store.rows import insert_row

COLUMNS = (
    "id", "number", "pattern", "year", "seq", "event_id", "employee_id", "name", "code",
    "issued_at", "voided_at", "void_reason", "prints", "printed_at",
)  # fmt: skip
SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM certificates"


@dataclass(slots=True)
class CertificateRow:
    id: int
    number: str
    pattern: str
    year: int
    seq: int
    event_id: int
    employee_id: int
    name: str
    code: str
    issued_at: str
    voided_at: str | None
    void_reason: str
    prints: int
    printed_at: str | None

    @property
    def reprints(self) -> int:
        return max(self.prints - 1, 0)

    def as_dict(self) -> dict[str, object]:
        return {c: getattr(self, c) for c in COLUMNS} | {"reprints": self.reprints}


def _row(raw: Sequence[Any]) -> CertificateRow:
    return CertificateRow(*raw)


def max_seq(conn: sqlite3.Connection, pattern: str, year: int) -> int:
    row = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM certificates WHERE pattern = ? AND year = ?",
        (pattern, year),
    ).fetchone()
    return int(row[0])


def insert(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "certificates", values)


def live_for_event(conn: sqlite3.Connection, event_id: int) -> dict[int, CertificateRow]:
    """The live (not voided) certificate of each employee of an event."""
    rows = conn.execute(f"{SELECT} WHERE event_id = ? AND voided_at IS NULL", (event_id,))
    return {r.employee_id: r for r in map(_row, rows)}


def of_event(conn: sqlite3.Connection, event_id: int) -> list[CertificateRow]:
    """Every certificate of an event, voided ones included, in register order."""
    rows = conn.execute(f"{SELECT} WHERE event_id = ? ORDER BY year, seq", (event_id,))
    return [_row(r) for r in rows]


def by_code(conn: sqlite3.Connection, code: str) -> CertificateRow | None:
    row = conn.execute(f"{SELECT} WHERE code = ?", (code,)).fetchone()
    return _row(row) if row else None


def by_number(conn: sqlite3.Connection, number: str) -> CertificateRow | None:
    row = conn.execute(f"{SELECT} WHERE number = ?", (number,)).fetchone()
    return _row(row) if row else None


def mark_printed(conn: sqlite3.Connection, ids: Sequence[int], stamp: str) -> None:
    conn.executemany(
        "UPDATE certificates SET prints = prints + 1, printed_at = ? WHERE id = ?",
        [(stamp, i) for i in ids],
    )


def void(conn: sqlite3.Connection, cert_id: int, reason: str, stamp: str) -> None:
    conn.execute(
        "UPDATE certificates SET voided_at = ?, void_reason = ? WHERE id = ?",
        (stamp, reason, cert_id),
    )


def all_numbers(conn: sqlite3.Connection, pattern: str, year: int) -> list[int]:
    rows = conn.execute(
        "SELECT seq FROM certificates WHERE pattern = ? AND year = ? ORDER BY seq", (pattern, year)
    )
    return [int(r[0]) for r in rows]
