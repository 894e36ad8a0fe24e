"""A big write's WAL checkpoint run beside the program instead of inside its COMMIT."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator

from ikrar_desktop.store.connection import database_path, open_destination

log = logging.getLogger(__name__)

_running: list[threading.Thread] = []


@contextlib.contextmanager
def checkpoint_after(conn: sqlite3.Connection) -> Iterator[None]:
    """No automatic checkpoint in the block's commit; one in a background thread after it.

    SQLite copies the WAL back into the database file on the commit that makes the WAL long
    (1,000 pages); after a 50,000-row import that copy with its fsync is ~0.2 s of the
    clerk's wait. The commit itself is already durable (the WAL is synced), so the copy can
    run afterwards on a connection of its own, which SQLite allows beside readers and
    writers (PASSIVE: it never blocks them). If the program ends first, the next open or
    commit does the copy.
    """
    path = database_path(conn)
    old = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    if not path or old <= 0:
        yield
        return
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {old}")
    worker = threading.Thread(
        target=_checkpoint, args=(path,), name="ikrar-wal-checkpoint", daemon=True
    )
    _running.append(worker)
    worker.start()


def _checkpoint(path: str) -> None:
    try:
        conn = open_destination(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the next commit's automatic checkpoint covers it
        log.info("background checkpoint of %s skipped: %s", path, exc)
    finally:
        with contextlib.suppress(ValueError):
            _running.remove(threading.current_thread())


def wait_for_checkpoints(timeout: float = 10.0) -> None:
    """Let running background checkpoints finish (before a file is copied or moved)."""
    for worker in list(_running):
        worker.join(timeout)
