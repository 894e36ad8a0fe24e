"""A big write's WAL copy runs after its commit, on its own connection, and does happen."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.checkpoint import checkpoint_after, wait_for_checkpoints
from ikrar_desktop.store.connection import write


def _rows(n: int) -> list[dict[str, object]]:
    return [
        {"nama": f"Pegawai {i:05d}", "status": "Non-ASN", "nik": f"3201{i:012d}"} for i in range(n)
    ]


def _rows_in_main_file(db_path: Path, tmp_path: Path) -> int:
    """Rows in the database file alone, as if the WAL beside it were lost."""
    alone = tmp_path / "alone.sqlite"
    shutil.copyfile(db_path, alone)
    raw = sqlite3.connect(alone)
    try:
        return int(raw.execute("SELECT count(*) FROM employees").fetchone()[0])
    finally:
        raw.close()


def test_big_write_is_copied_into_the_file_after_its_commit(
    conn: sqlite3.Connection, db_path: Path, tmp_path: Path
) -> None:
    with checkpoint_after(conn), write(conn):
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        emp_store.insert_many(conn, _rows(3000))
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    wait_for_checkpoints()
    assert _rows_in_main_file(db_path, tmp_path) == 3000
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 3000


def test_a_failed_write_restores_the_setting_and_writes_nothing(
    conn: sqlite3.Connection,
) -> None:
    try:
        with checkpoint_after(conn), write(conn):
            emp_store.insert_many(conn, _rows(10))
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    wait_for_checkpoints()
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
