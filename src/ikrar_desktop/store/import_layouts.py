"""Column mappings remembered per roster layout (table ``import_layouts``, migration m002)."""

from __future__ import annotations

import json
import sqlite3

from ikrar_desktop.store.clock import now_iso


def saved_columns(conn: sqlite3.Connection, signature: str) -> object | None:
    """The stored ``field -> column`` JSON for a layout signature, decoded; None when absent or
    unreadable (the caller checks its shape against the file's header)."""
    row = conn.execute(
        "SELECT mapping FROM import_layouts WHERE signature = ?", (signature,)
    ).fetchone()
    if row is None:
        return None
    try:
        decoded: object = json.loads(row[0])
    except (ValueError, TypeError):
        return None
    return decoded


def remember(
    conn: sqlite3.Connection, signature: str, columns: dict[str, int], header: list[str]
) -> None:
    """Store (or refresh) a layout's mapping and count its use (in the caller's transaction)."""
    conn.execute(
        """INSERT INTO import_layouts (signature, mapping, header, used_at, uses)
           VALUES (?, ?, ?, ?, 1)
           ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping,
               header = excluded.header, used_at = excluded.used_at, uses = uses + 1""",
        (
            signature,
            json.dumps(columns, sort_keys=True),
            json.dumps(header, ensure_ascii=False),
            now_iso(),
        ),
    )
