"""A fingerprint printed on paper ("N · xxxx-…") checked against this database's audit chain."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.store.audit import audit_fingerprint
from ikrar_desktop.store.audit_anchor import AnchorResult, check_anchor, parse_fingerprint


def check_printed(conn: sqlite3.Connection, text: str) -> AnchorResult:
    """Whether the typed fingerprint still matches; ValidationError when it cannot be read."""
    return check_anchor(conn, parse_fingerprint(text))


def current(conn: sqlite3.Connection) -> str:
    """The fingerprint the next printed document would carry ("" without an audit chain)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
        return ""
    return audit_fingerprint(conn)
