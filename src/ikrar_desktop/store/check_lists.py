"""CHECK constraints with ``col IN (three or more texts)`` as an equivalent OR chain (m013).

SQLite (3.40, as shipped with Python 3.11) builds a small temporary table for such a list on
every row an ``executemany`` writes: the 5-status check on employees alone made inserting
50,000 employees ~100 ms slower, the 7-status check on obligations the same per 50,000 check-in
rows. ``col = 'a' OR col = 'b' …`` accepts and refuses exactly the same values (NULL included:
both give NULL, which a CHECK lets pass) at no measurable cost.

Releases up to schema 12 put the chains in place by editing the stored CREATE TABLE text under
``PRAGMA writable_schema`` (m008); that edit is gone, and m013 rebuilds the tables instead.
"""

from __future__ import annotations

import re
import sqlite3

from ikrar_desktop.store.rebuild import check_rebuilt, rebuild_table

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


# The tables with such lists when m008 ran (m001–m007); later tables write OR chains themselves.
CHAINED = ("employees", "events", "obligations", "cases", "case_steps", "desk_conflicts")


def rebuild_chained(conn: sqlite3.Connection) -> list[str]:
    """Rebuild every CHAINED table with its CHECK lists as OR chains (:mod:`store.rebuild`).

    Inside the caller's transaction with foreign keys off. A table already written with
    chains (by the writable_schema rewrite of releases before this one) is rebuilt all the
    same, so every database ends with the same schema text, which SQLite itself wrote.
    Returns the tables rebuilt.
    """
    done = []
    for name in CHAINED:
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        if row is None:  # not in this database (never expected): nothing to rebuild
            continue
        rebuild_table(conn, name, or_chain(str(row[0])))
        done.append(name)
    check_rebuilt(conn, done)
    return done
