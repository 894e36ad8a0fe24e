"""Every connection gets the measured pragmas, and only store/connection.py opens SQLite."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import ikrar_desktop
from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.store.connection import BUSY_TIMEOUT_MS, connect, write
from ikrar_desktop.store.schema import open_database

SRC = Path(ikrar_desktop.__file__).parent


def _pragmas(conn: sqlite3.Connection) -> tuple[object, ...]:
    return tuple(
        conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    )


def test_every_way_of_opening_sets_the_pragmas(db_path: Path) -> None:
    expected = ("wal", 2, 1, BUSY_TIMEOUT_MS)
    ctx = AppContext.open(db_path)
    worker = ctx.new_connection()
    plain = connect(db_path)
    again = open_database(db_path)
    try:
        for conn in (ctx.conn, worker, plain, again):
            assert _pragmas(conn) == expected
        readonly = connect(db_path, readonly=True)
        assert _pragmas(readonly)[1:] == expected[1:]
        readonly.close()
    finally:
        for conn in (worker, plain, again):
            conn.close()
        ctx.close()


def test_write_is_begin_immediate(conn: sqlite3.Connection) -> None:
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    with write(conn):
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    conn.set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"


def test_no_code_opens_sqlite_another_way() -> None:
    pattern = re.compile(
        r"sqlite3\s*\.\s*connect\s*\(|apsw\.Connection\(|from sqlite3 import connect"
    )
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "connection.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_file_deleted_while_open_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "hilang.sqlite"
    conn = open_database(path)
    try:
        path.rename(tmp_path / "dipindah.sqlite")
        with pytest.raises(CannotRunError, match="dipindahkan"), write(conn):
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
    finally:
        conn.close()
