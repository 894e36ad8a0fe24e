"""The one INSERT of a row given as a dict of column values, shared by the store modules."""

from __future__ import annotations

import sqlite3


def insert_row(conn: sqlite3.Connection, table: str, values: dict[str, object]) -> int:
    """Insert ``values`` (column → value) into ``table`` (a name of ours, never user text);
    the new row's id."""
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
    return int(cur.lastrowid or 0)
