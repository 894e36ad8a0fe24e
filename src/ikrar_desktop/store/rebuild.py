"""A table rebuilt with a new definition the way SQLite documents it: create, copy, drop, rename."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

SUFFIX = "__rebuild"


@contextmanager
def foreign_keys_off(conn: sqlite3.Connection) -> Iterator[None]:
    """Foreign-key enforcement off for a rebuild (outside any transaction), then as it was.

    SQLite's procedure needs it: with enforcement on, dropping the old table would first
    delete its rows through every reference to them (refusing, or nulling unit heads).
    """
    if conn.in_transaction:
        raise RuntimeError("foreign keys can only be switched outside a transaction")
    was = int(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA foreign_keys = {was}")


def apply_migrations(
    conn: sqlite3.Connection, db: Database, migrations: Migrations, rebuilds: frozenset[str]
) -> None:
    """Every pending migration, each in its own transaction as sqlite-utils runs them; those
    named in ``rebuilds`` alone, with foreign keys off around their transaction."""
    pending = [m.name for m in migrations.pending(db)]
    for i, name in enumerate(pending):
        if name in rebuilds:
            migrations.apply(db, stop_before=name)  # those before it
            with foreign_keys_off(conn):
                migrations.apply(db, stop_before=set(pending[i + 1 :]))  # it alone
    migrations.apply(db)  # the rest


def rebuild_table(conn: sqlite3.Connection, name: str, definition: str) -> None:
    """Give table ``name`` the CREATE TABLE text ``definition`` (same columns, same order).

    The twelve steps of lang_altertable.html, "Making Other Kinds Of Table Schema Changes",
    inside the caller's transaction with foreign keys off (see :func:`foreign_keys_off`): the
    new table is created under another name, every row copied with its rowid, the old table
    dropped (its indexes and triggers with it), the new one renamed, and the indexes,
    triggers and views that belonged to the old one created again from their stored text.
    The caller runs :func:`check_rebuilt` before it commits.
    """
    if not conn.in_transaction:
        raise RuntimeError("a table rebuild needs the caller's transaction")
    if int(conn.execute("PRAGMA foreign_keys").fetchone()[0]):
        raise RuntimeError("a table rebuild needs foreign keys off")
    head = re.compile(rf'^\s*CREATE TABLE\s+("?){re.escape(name)}\1\s*\(', re.IGNORECASE)
    if not head.match(definition):
        raise ValueError(f"{name}: the definition does not create this table")
    temporary = name + SUFFIX
    before = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
    # the table's own indexes and triggers, and views that name it, in creation order
    kept = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
        "(type IN ('index', 'trigger') AND tbl_name = ?) OR (type = 'view' AND sql LIKE ?)) "
        "ORDER BY rowid",
        (name, f"%{name}%"),
    ).fetchall()
    for kind, view, _sql in kept:
        if kind == "view":
            conn.execute(f'DROP VIEW "{view}"')
    conn.execute(head.sub(f'CREATE TABLE "{temporary}" (', definition, count=1))
    after = [r[1] for r in conn.execute(f'PRAGMA table_info("{temporary}")')]
    if after != before:
        raise ValueError(f"{name}: the definition changes the columns ({before} → {after})")
    columns = ", ".join(f'"{c}"' for c in before)
    conn.execute(
        f'INSERT INTO "{temporary}" (rowid, {columns}) SELECT rowid, {columns} FROM "{name}"'
        if not _has_rowid_alias(conn, name)
        else f'INSERT INTO "{temporary}" ({columns}) SELECT {columns} FROM "{name}"'
    )
    conn.execute(f'DROP TABLE "{name}"')
    conn.execute(f'ALTER TABLE "{temporary}" RENAME TO "{name}"')
    for _kind, _name, sql in kept:
        conn.execute(sql)


def check_rebuilt(conn: sqlite3.Connection, names: list[str]) -> None:
    """Refuse (raise, so the transaction rolls back) unless every reference still holds and
    the rebuilt tables and their indexes are sound."""
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"foreign_key_check after a table rebuild: {broken[:5]}")
    for name in names:
        found = conn.execute(f'PRAGMA integrity_check("{name}")').fetchall()
        if found != [("ok",)]:
            raise sqlite3.DatabaseError(f"{name}: integrity_check after rebuild: {found[0][0]}")


def _has_rowid_alias(conn: sqlite3.Connection, name: str) -> bool:
    """Whether one INTEGER PRIMARY KEY column is the rowid (copied by value then)."""
    keys = [r for r in conn.execute(f'PRAGMA table_info("{name}")') if r[5]]
    return len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
