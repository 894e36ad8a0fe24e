"""CHECK constraints with ``col IN (three or more texts)`` rewritten as an equivalent OR chain.

SQLite (3.40, as shipped with Python 3.11) builds a small temporary table for such a list on
every row an ``executemany`` writes: the 5-status check on employees alone made inserting
50,000 employees ~100 ms slower, the 7-status check on obligations the same per 50,000 check-in
rows. ``col = 'a' OR col = 'b' …`` accepts and refuses exactly the same values (NULL included:
both give NULL, which a CHECK lets pass) at no measurable cost.
"""

from __future__ import annotations

import re
import sqlite3

_TEXT = r"'(?:[^']|'')*'"
# a bare column name, then IN and a list of at least three text literals
_LIST = re.compile(rf"\b(\w+) IN \(({_TEXT}(?:,\s*{_TEXT}){{2,}})\)")


def or_chain(sql: str) -> str:
    """``sql`` with every IN list of three or more texts written as a parenthesised OR chain."""

    def chain(match: re.Match[str]) -> str:
        column = match.group(1)
        values = re.findall(_TEXT, match.group(2))
        return "(" + " OR ".join(f"{column} = {v}" for v in values) + ")"

    return _LIST.sub(chain, sql)


def rewrite_tables(conn: sqlite3.Connection) -> list[str]:
    """Rewrite the stored CREATE TABLE text of every table that has such a list.

    SQLite's documented way to change CHECK constraints in place (lang_altertable.html, "making
    other kinds of table schema changes"): inside the caller's transaction, with
    ``writable_schema`` on, then the schema version bumped so every connection reloads it.
    Only CHECK texts change, and every existing row satisfies the new one (checked), so the
    file format and the data stay as they were. Returns the tables rewritten.
    """
    if not conn.in_transaction:
        raise RuntimeError("rewrite_tables needs the caller's transaction")
    changed = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    ).fetchall():
        new = or_chain(sql)
        if new != sql:
            changed.append((name, new))
    if not changed:
        return []
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        for name, new in changed:
            conn.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (new, name)
            )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    for name, _new in changed:
        bad = conn.execute(f'PRAGMA integrity_check("{name}")').fetchall()
        if bad != [("ok",)]:
            raise sqlite3.DatabaseError(f"{name}: CHECK rewrite refused: {bad[0][0]}")
    return [name for name, _new in changed]
