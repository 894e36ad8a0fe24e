"""Every export and print of personal data is recorded: who, when, how many, which file."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.store.connection import session_of, write

log = logging.getLogger(__name__)


def log_disclosure(conn: sqlite3.Connection, kind: str, count: int, path: str | Path) -> None:
    """Record one export/print (UU PDP Pasal 31 and 46); it also enters the audit chain.

    A read-only or full database cannot take the row: the log file keeps it instead.
    """
    session = session_of(conn)
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    log.info("disclosure %s: %d records to %s by %s", kind, count, path, session.operator)
    if getattr(conn, "readonly", False):
        return
    try:
        with write(conn):
            conn.execute(
                "INSERT INTO disclosure_log (at, operator, station, kind, records, path) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, session.operator, session.station, kind, int(count), str(path)),
            )
    except (CannotRunError, sqlite3.OperationalError) as exc:
        log.warning("disclosure not recorded in the database: %s", exc)


def recent(conn: sqlite3.Connection, hours: int = 72) -> list[dict[str, object]]:
    """Everything that left the program in the last ``hours`` (breach notice: 3×24 h)."""
    since = (datetime.now().astimezone() - timedelta(hours=hours)).isoformat(timespec="seconds")
    rows = conn.execute(
        "SELECT at, operator, station, kind, records, path FROM disclosure_log "
        "WHERE at >= ? ORDER BY at",
        (since,),
    )
    keys = ("at", "operator", "station", "kind", "records", "path")
    return [dict(zip(keys, r, strict=True)) for r in rows]
