"""A disk that fills up: the real program (CLI child) runs under a file-size limit (RLIMIT_FSIZE,
writes fail with EFBIG at the N-th byte) during an import and a backup. Every run ends with a
clear Indonesian message and the database unchanged (or, with room enough, fully imported).

IKRAR_IOFAULT_RUNS sets the number of limits tried per operation (default 8).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikrar_desktop.services.roster_export import export_employees
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.audit import head
from ikrar_desktop.store.backup import table_counts, verify_file
from ikrar_desktop.store.connection import connect, write
from ikrar_desktop.store.schema import open_database

resource = pytest.importorskip("resource")
RUNS = int(os.environ.get("IKRAR_IOFAULT_RUNS", "8"))
ROWS = 1500


def _signature(db: Path) -> tuple[object, ...]:
    conn = connect(db, readonly=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (tuple(sorted(table_counts(conn).items())), head(conn))
    finally:
        conn.close()


def _run_limited(args: list[str], limit: int, tmp: Path) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, IKRAR_DATA_DIR=str(tmp / "data"), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "ikrar_desktop", *args],
        preexec_fn=cap, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def _limits(size: int) -> list[int]:
    top = size * 4
    step = (top / 4096) ** (1 / max(RUNS - 1, 1))
    return sorted({int(4096 * step**i) for i in range(RUNS)})


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    source = open_database(tmp_path / "sumber.sqlite")
    rows: list[dict[str, object]] = [
        {"nip": f"19850505{2012 + i // 999}021{i % 999 + 1:03d}", "nama": f"Pegawai {i}",
         "status": "PNS", "jabatan": "Analis"}
        for i in range(ROWS)
    ]  # fmt: skip
    with write(source):
        emp_store.insert_many(source, rows)
    roster = tmp_path / "daftar.xlsx"
    export_employees(source, roster)
    source.close()
    db = tmp_path / "kantor" / "ikrar.sqlite"
    conn = open_database(db)
    with write(conn):
        emp_store.insert_many(
            conn, [{"nip": None, "nama": f"Lama {i}", "status": "Non-ASN"} for i in range(300)]
        )
    conn.close()
    return db, roster


def _assert_clear(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr and "tak terduga" not in result.stderr, result.stderr
    if result.returncode == 2:
        assert "Galat:" in result.stderr
        assert any(w in result.stderr for w in ("disk", "Disk", "ditulis", "Cadangan")), (
            result.stderr
        )


@pytest.mark.slow
def test_disk_full_during_import(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, roster = setup
    before = _signature(db)
    outcomes = []
    for limit in _limits(db.stat().st_size):
        result = _run_limited(["--db", str(db), "import", str(roster)], limit, tmp_path)
        _assert_clear(result)
        after = _signature(db)
        if result.returncode == 0:
            conn = connect(db, readonly=True)
            imported = conn.execute(
                "SELECT count(*) FROM employees WHERE nip LIKE '19850505%'"
            ).fetchone()[0]
            conn.close()
            assert imported == ROWS
            outcomes.append("imported")
            break
        assert after == before, f"database changed by a failed import (limit {limit})"
        outcomes.append("refused")
    assert "refused" in outcomes


@pytest.mark.slow
def test_disk_full_during_backup(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, _roster = setup
    folder = tmp_path / "flashdisk"
    good = _run_limited(["--db", str(db), "backup", str(folder)], 1 << 30, tmp_path)
    assert good.returncode == 0, good.stderr
    last_good = next(folder.glob("*.sqlite"))
    before = _signature(db)
    refused = 0
    for limit in _limits(db.stat().st_size):
        result = _run_limited(["--db", str(db), "backup", str(folder)], limit, tmp_path)
        _assert_clear(result)
        refused += result.returncode == 2
        assert _signature(db) == before
        verify_file(last_good)
        assert not list(folder.glob("*.part"))
        for made in folder.glob("*.sqlite"):
            verify_file(made)  # nothing half-written ever carries a backup's name
    assert refused
