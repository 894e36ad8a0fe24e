"""Roster exports: query the employees, write the workbook, record the disclosure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ikrar_desktop.exchange import roster_export as writer
from ikrar_desktop.store.disclosure import log_disclosure
from ikrar_desktop.store.employees import EmployeeFilter, roster_rows

# The workbook's headers; the blank template is the writer's own (no personal data, no log).
HEADERS = writer.HEADERS
write_template = writer.write_template


def export_employees(
    conn: sqlite3.Connection, out_path: str | Path, flt: EmployeeFilter | None = None
) -> int:
    """The employees matching ``flt`` (default: active ones) as one sheet; returns the count."""
    count = writer.write_employees(out_path, roster_rows(conn, flt))
    log_disclosure(conn, "ekspor pegawai", count, out_path)
    return count


def export_unit_rosters(
    conn: sqlite3.Connection, out_path: str | Path, flt: EmployeeFilter | None = None
) -> dict[str, int]:
    """One sheet per unit kerja (in unit order); returns employees per sheet."""
    counts = writer.write_unit_rosters(out_path, roster_rows(conn, flt))
    log_disclosure(conn, "ekspor pegawai per unit", sum(counts.values()), out_path)
    return counts
