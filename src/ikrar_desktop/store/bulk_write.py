"""The one way to write many rows: backup, transaction and every speed measure behind one context.

A bulk writer (roster import, desk merge, demo data, an event's list of obliged people) asks
for :func:`bulk_write` — or, inside a transaction someone else opened, for :func:`inserting` /
:func:`updating` — and nothing else. What it gets, and gets back afterwards however the block
ends:

- a verified backup first, when a reason is given (``store.backup.backup_before``);
- Python's cyclic collector paused (``collector.paused``);
- a page cache the employee indexes of 50,000 rows fit in, then the connection's own again;
- for ≥ ``audit_bulk.BATCH_MIN`` rows the WAL checkpoint after the commit, on a connection of
  its own (``store.checkpoint``), not inside it;
- one ``BEGIN IMMEDIATE`` … ``COMMIT`` (``store.connection.write``): all or nothing;
- per table, inside it: ≥ BATCH_MIN inserted or updated rows chained as one audit row with the
  per-row trigger suspended (``store.audit_bulk``), and a first big insert's secondary indexes
  built once at the end instead of row by row.

Triggers and indexes are dropped and put back inside the write transaction only, so a
rollback or a killed process brings them back with everything else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from ikrar_desktop import collector
from ikrar_desktop.store import audit_bulk
from ikrar_desktop.store.checkpoint import checkpoint_after
from ikrar_desktop.store.connection import write

# Page cache (KiB, negative as SQLite wants it) for one bulk write: the employee indexes of a
# 50,000-row roster fit, so index pages are not spilled and re-read mid-transaction.
BULK_CACHE_KIB = 64 * 1024
# Below this many new rows a table's indexes are kept up to date row by row.
REBUILD_MIN = 5000


@dataclass(frozen=True, slots=True)
class BulkWrite:
    """The open bulk write: its connection, the backup taken before it, per-table measures."""

    conn: sqlite3.Connection
    backup: Path | None = None

    def insert(self, table: str, rows: int) -> AbstractContextManager[None]:
        """See :func:`inserting`."""
        return inserting(self.conn, table, rows)

    def update(self, table: str, rowids: Sequence[int]) -> AbstractContextManager[None]:
        """See :func:`updating`."""
        return updating(self.conn, table, rowids)


@contextmanager
def bulk_write(
    conn: sqlite3.Connection, *, rows: int, backup: str | None = None
) -> Iterator[BulkWrite]:
    """One all-or-nothing write of about ``rows`` rows, after a backup named ``backup`` if given.

    Any error rolls everything back and is raised as :func:`store.connection.write` raises it.
    """
    taken = None
    if backup:
        from ikrar_desktop.store.backup import backup_before

        taken = backup_before(conn, backup)
    with ExitStack() as stack:
        stack.enter_context(collector.paused())
        stack.enter_context(_roomy_cache(conn))
        if rows >= audit_bulk.BATCH_MIN:
            stack.enter_context(checkpoint_after(conn))
        stack.enter_context(write(conn))
        yield BulkWrite(conn, taken)


@contextmanager
def inserting(conn: sqlite3.Connection, table: str, rows: int) -> Iterator[None]:
    """About to insert ``rows`` rows into ``table`` (inside the caller's write transaction).

    ≥ BATCH_MIN rows are chained as one audit row (the block may only insert into ``table``,
    rowids assigned by SQLite); ≥ REBUILD_MIN rows into a table that holds fewer already (a
    first import) have the table's own indexes built once afterwards. UNIQUE constraints stay
    and keep checking every row.
    """
    with ExitStack() as stack:
        if rows >= audit_bulk.BATCH_MIN:
            stack.enter_context(audit_bulk.batch_insert(conn, table))
        stack.enter_context(_indexes_rebuilt(conn, table, rows))
        yield


def updating(
    conn: sqlite3.Connection, table: str, rowids: Sequence[int]
) -> AbstractContextManager[None]:
    """About to update these rows of ``table`` (inside the caller's write transaction): for
    ≥ BATCH_MIN of them the changed ones are chained as one audit row, else one row each."""
    if len(rowids) >= audit_bulk.BATCH_MIN:
        return audit_bulk.batch_update(conn, table, rowids)
    return nullcontext()


@contextmanager
def _roomy_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the duration of one bulk write, then the old one."""
    old = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    # Positive values count pages, negative ones KiB; compare in KiB assuming 4 KiB pages.
    if (old * 4 if old > 0 else -old) >= BULK_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old}")


@contextmanager
def _indexes_rebuilt(conn: sqlite3.Connection, table: str, adding: int) -> Iterator[None]:
    """Build ``table``'s own indexes once after a big insert, not row by row.

    Only when ``adding`` is at least REBUILD_MIN and at least the rows already there: sorting
    once is cheaper than 50,000 scattered index updates. Indexes SQLite made for UNIQUE and
    PRIMARY KEY constraints (no SQL text) are never dropped.
    """
    if adding < REBUILD_MIN:
        yield
        return
    if not conn.in_transaction:
        raise RuntimeError("an index rebuild needs the caller's write transaction")
    have = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    if adding < have:
        yield
        return
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        if conn.in_transaction:
            for _name, sql in indexes:
                conn.execute(sql)
