"""The bulk-write seam gives back cache, indexes, triggers, checkpointing and the collector,
after a finished write and after one that failed half-way (which then left nothing behind)."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator

import pytest

from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.services.roster_import import apply_import
from ikrar_desktop.services.roster_session import plan_import
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import employees_bulk as bulk
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.bulk_write import BULK_CACHE_KIB, REBUILD_MIN, bulk_write
from ikrar_desktop.store.checkpoint import wait_for_checkpoints
from ikrar_desktop.store.connection import write

N = REBUILD_MIN  # big enough for every measure: audit batch, index rebuild, deferred checkpoint


def _nik(i: int) -> str:
    return f"320101150885{i + 1:04d}"  # born 15-08-1985, serial i + 1


def _rows(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {"nama": f"Pegawai {i:05d}", "status": "Non-ASN", "nik": _nik(i)}
        for i in range(start, start + n)
    ]


def _state(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything the seam changes for the length of a write and must give back."""
    return {
        "schema": conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY type, name"
        ).fetchall(),
        "cache_size": conn.execute("PRAGMA cache_size").fetchone()[0],
        "wal_autocheckpoint": conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
        "collector": gc.isenabled(),
        "in_transaction": conn.in_transaction,
    }


def _content(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    return (
        conn.execute("SELECT * FROM employees ORDER BY id").fetchall(),
        conn.execute("SELECT seq, action, row_key FROM audit_log ORDER BY seq").fetchall(),
    )


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_finished_bulk_write_gives_everything_back(
    conn: sqlite3.Connection, collector_on: None
) -> None:
    with write(conn):
        emp_store.insert_many(conn, _rows(3))
    before = _state(conn)
    with bulk_write(conn, rows=N + 3) as bw:
        inside = _state(conn)
        assert inside["cache_size"] == -BULK_CACHE_KIB
        assert inside["wal_autocheckpoint"] == 0 and inside["collector"] is False
        assert inside["in_transaction"] is True
        with bw.insert("employees", N):
            dropped = _state(conn)["schema"]
            assert "audit_employees_insert" not in str(dropped)
            assert "employees_list" not in str(dropped)
            emp_store.insert_many(conn, _rows(N, start=10))
        ids = [r[0] for r in conn.execute("SELECT id FROM employees ORDER BY id LIMIT 200")]
        with bw.update("employees", ids):
            bulk.update_many(conn, ["jabatan"], [(i, ["Analis"]) for i in ids])
    wait_for_checkpoints()
    assert _state(conn) == before
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == N + 3
    actions = [r[1] for r in _content(conn)[1]]
    assert actions[-2:] == ["bulk insert", "bulk update"]
    report = verify(conn)
    assert report.ok, report.problems
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("where", ["insert", "update", "between"])
def test_a_bulk_write_failing_half_way_leaves_nothing_and_gives_everything_back(
    conn: sqlite3.Connection, collector_on: None, where: str
) -> None:
    with write(conn):
        emp_store.insert_many(conn, _rows(30))
    before, content = _state(conn), _content(conn)
    with pytest.raises(RuntimeError, match="mid-write"), bulk_write(conn, rows=2 * N) as bw:
        with bw.insert("employees", N):
            assert "employees_list" not in str(_state(conn)["schema"])  # dropped meanwhile
            emp_store.insert_many(conn, _rows(N, start=1000))
            if where == "insert":
                raise RuntimeError("mid-write")
        if where == "between":
            raise RuntimeError("mid-write")
        ids = [r[0] for r in conn.execute("SELECT id FROM employees ORDER BY id")]
        with bw.update("employees", ids):
            bulk.update_many(conn, ["jabatan"], [(i, ["Analis"]) for i in ids])
            raise RuntimeError("mid-write")
    wait_for_checkpoints()
    assert _state(conn) == before
    assert _content(conn) == content  # not one row, not one audit record
    report = verify(conn)
    assert report.ok, report.problems
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_backup_is_taken_before_the_write_and_kept_when_it_fails(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(RuntimeError), bulk_write(conn, rows=1, backup="impor") as bw:
        assert bw.backup is not None and bw.backup.is_file()
        taken = bw.backup
        emp_store.insert_many(conn, _rows(1))
        raise RuntimeError("stop")
    assert taken.is_file()
    raw = sqlite3.connect(taken)
    assert raw.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
    raw.close()


def test_a_roster_import_refused_at_the_last_moment_leaves_the_registry_as_it_was(
    conn: sqlite3.Connection, collector_on: None
) -> None:
    header = ["NIK", "NAMA", "STATUS"]
    lines = [[_nik(i), f"Pegawai {i:05d}", "Non-ASN"] for i in range(N)]
    plan = plan_import(conn, RawBook("daftar.xlsx", "xlsx", [RawSheet("Data", [header, *lines])]))
    assert len(plan.new) == N
    with write(conn):  # someone stores one of the NIKs after the preview
        emp_store.insert_many(conn, _rows(1, start=N - 1))
    before, content = _state(conn), _content(conn)
    with pytest.raises(Exception, match="berubah sejak pratinjau"):
        apply_import(conn, plan)
    wait_for_checkpoints()
    assert _state(conn) == before
    assert _content(conn) == content
    assert verify(conn).ok
