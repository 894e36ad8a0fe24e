"""Saved column layouts: the mapping a roster of a known shape gets, and remembering a new one."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.store import import_layouts


def resolve_mapping(
    conn: sqlite3.Connection, header: Sequence[object], overrides: dict[str, int | None] | None
) -> cols.ColumnMapping:
    """Saved mapping for this layout, else the automatic one; then the clerk's overrides."""
    stored = import_layouts.saved_columns(conn, cols.layout_signature(header))
    return cols.choose_mapping(header, overrides, cols.saved_mapping(header, stored))


def save_layout(
    conn: sqlite3.Connection, header: Sequence[object], mapping: cols.ColumnMapping
) -> None:
    """Remember a mapping for this layout (inside the caller's write transaction)."""
    import_layouts.remember(conn, cols.layout_signature(header), mapping.columns, mapping.header)
