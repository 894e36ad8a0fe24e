"""Batched audit records: a bulk write chained as one audit row instead of one row per record."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress

from ikrar_desktop.store.audit import (
    BATCH_ACTIONS,
    TRIGGER_PREFIX,
    TableShape,
    append_rows,
    audited_tables,
    join_states,
)

# below this many rows a write keeps its per-row audit records (easier to read one by one)
BATCH_MIN = 100
States = dict[int, tuple[str, str]]  # rowid → (row key, JSON state as the trigger writes it)


def shape_of(conn: sqlite3.Connection, table: str) -> TableShape:
    for shape in audited_tables(conn):
        if shape.name == table:
            return shape
    raise ValueError(f"{table} is not an audited table")


def _states_of(conn: sqlite3.Connection, shape: TableShape, rowids: Iterable[int]) -> States:
    sql = (
        f'SELECT t.rowid, {shape.key("t")}, {shape.row_json("t")} FROM "{shape.name}" AS t '
        "WHERE t.rowid IN (SELECT value FROM json_each(?))"
    )
    rows = conn.execute(sql, (json.dumps(list(rowids)),))
    return {int(rowid): (str(key), str(state)) for rowid, key, state in rows}


@contextmanager
def _trigger_suspended(conn: sqlite3.Connection, table: str, action: str) -> Iterator[None]:
    """Drop the per-row audit trigger for the block and put the very same one back.

    Only inside the caller's write transaction: no other connection can write meanwhile, and
    a rollback (or a killed process) brings the trigger back with everything else. The mere
    presence of a trigger makes SQLite's per-row insert/update into an indexed table several
    times slower, even when the trigger does nothing.
    """
    if not conn.in_transaction:
        raise RuntimeError("an audit batch needs the caller's write transaction")
    name = f"{TRIGGER_PREFIX}{table}_{action}"
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    if row is None:  # removed outside the program: the audit check reports it
        yield
        return
    conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute(row[0])


def _append(
    conn: sqlite3.Connection, shape: TableShape, action: str, rows: list[tuple[str, str, str]]
) -> None:
    """One chained row for the (key, before, after) of every changed record."""
    if not rows:
        return
    keys = json.dumps([key for key, _b, _a in rows], ensure_ascii=False, separators=(",", ":"))
    before = join_states([b for _k, b, _a in rows]) if action == "update" else None
    after = join_states([a for *_, a in rows])
    append_rows(conn, [(shape.name, keys, BATCH_ACTIONS[action], before, after)])


@contextmanager
def _recorded(conn: sqlite3.Connection, record: Callable[[], None]) -> Iterator[None]:
    """Run ``record`` after the block, also when it failed: a caller that catches the error
    and commits must not leave rows unaudited (the original error is the one raised)."""
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            with suppress(Exception):
                record()
        raise
    record()


@contextmanager
def batch_insert(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Rows inserted into ``table`` in this block are chained as one audit row.

    Inside the caller's write transaction; the block may only insert into ``table``, with
    rowids assigned by SQLite (checked: anything else aborts the transaction).
    """
    shape = shape_of(conn, table)
    start, count = conn.execute(
        f'SELECT coalesce(max(rowid), 0), count(*) FROM "{table}"'
    ).fetchone()

    def record() -> None:
        # Both arrays are joined by SQLite from one ordered pass, so key i belongs to state i;
        # the states are the exact json_object texts the trigger would have written.
        added, keys, after = conn.execute(
            "SELECT count(*), '[' || group_concat(json_quote(k), ',') || ']', "
            "'[' || group_concat(a, ',') || ']' "
            f"FROM (SELECT {shape.key('t')} AS k, {shape.row_json('t')} AS a "
            f'FROM "{table}" AS t WHERE t.rowid > ? ORDER BY t.rowid)',
            (start,),
        ).fetchone()
        now = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if now != count + added:
            raise RuntimeError(f"{table}: rows changed in an insert batch outside its range")
        if added:
            append_rows(conn, [(shape.name, keys, BATCH_ACTIONS["insert"], None, after)])

    with _recorded(conn, record), _trigger_suspended(conn, table, "insert"):
        yield


@contextmanager
def batch_update(conn: sqlite3.Connection, table: str, rowids: Iterable[int]) -> Iterator[None]:
    """Updates of the given rows of ``table`` in this block are chained as one audit row.

    Inside the caller's write transaction; the block may only update those rows (their
    states before and after are compared, and only rows that changed are recorded).
    """
    shape = shape_of(conn, table)
    wanted = list(dict.fromkeys(rowids))
    before = _states_of(conn, shape, wanted)

    def record() -> None:
        after = _states_of(conn, shape, wanted)
        changed = []
        for rowid in wanted:
            was, now = before.get(rowid), after.get(rowid)
            if was is not None and now is not None and was[1] != now[1]:
                changed.append((now[0], was[1], now[1]))
        _append(conn, shape, "update", changed)

    with _recorded(conn, record), _trigger_suspended(conn, table, "update"):
        yield
