"""A first big insert rebuilds the employee search indexes: same indexes, same answers."""

from __future__ import annotations

import sqlite3

import pytest

from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.bulk_write import REBUILD_MIN, inserting
from ikrar_desktop.store.connection import write


def _indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employees' "
        "ORDER BY name"
    ).fetchall()


def _rows(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {"nama": f"Pegawai {i:05d}", "status": "Non-ASN", "nik": f"3201{i:012d}"}
        for i in range(start, start + n)
    ]


def test_first_big_insert_leaves_the_same_indexes_and_uses_them(
    conn: sqlite3.Connection,
) -> None:
    before = _indexes(conn)
    with write(conn), inserting(conn, "employees", REBUILD_MIN):
        assert len(_indexes(conn)) < len(before)  # dropped for the insert
        emp_store.insert_many(conn, _rows(REBUILD_MIN))
    assert _indexes(conn) == before
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    plan = " ".join(
        r[3]
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM employees WHERE search_key = 'pegawai 00042'"
        )
    )
    assert "employees_name_unit" in plan
    # the UNIQUE NIK index kept checking while the others were away
    with pytest.raises(sqlite3.IntegrityError), write(conn):
        emp_store.insert_many(conn, _rows(1, start=7))


def test_a_failed_big_insert_rolls_back_with_its_indexes(conn: sqlite3.Connection) -> None:
    before = _indexes(conn)
    with pytest.raises(RuntimeError), write(conn), inserting(conn, "employees", 10_000):
        emp_store.insert_many(conn, _rows(10_000))
        raise RuntimeError("stop")
    assert _indexes(conn) == before
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0


def test_indexes_stay_for_small_or_added_to_inserts(conn: sqlite3.Connection) -> None:
    before = _indexes(conn)
    with write(conn), inserting(conn, "employees", 10):
        assert _indexes(conn) == before
        emp_store.insert_many(conn, _rows(10))
    with write(conn):
        emp_store.insert_many(conn, _rows(REBUILD_MIN, start=100))
    with write(conn), inserting(conn, "employees", REBUILD_MIN - 1 + 10):
        assert _indexes(conn) == before  # fewer new rows than there are already
