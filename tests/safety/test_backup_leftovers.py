"""A backup or restore killed half-way leaves a ``.part``; the next backup or start removes it
once stale, never one a running process is writing or verifying."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ikrar_desktop
from ikrar_desktop.services import backups
from ikrar_desktop.store import backup as store
from ikrar_desktop.store.schema import open_database

SRC = Path(ikrar_desktop.__file__).resolve().parents[1]
HOURS = 3600.0
# Killed (SIGKILL: no cleanup runs) right when the copy is complete and about to be verified.
KILLED_AT_VERIFY = """
import os, signal, sys
from pathlib import Path
from ikrar_desktop.services import backups
from ikrar_desktop.store import backup as store
from ikrar_desktop.store.schema import open_database

real = store.verify_file
def verify(path, expected=None):
    if str(path).endswith(".pulih.part" if mode == "restore" else ".part"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(path, expected)
mode, db, source = sys.argv[1:4]
store.verify_file = verify
if mode == "backup":
    backups.backup_now(open_database(Path(db)), "manual")
else:
    backups.restore(Path(db), Path(source))
"""
# Holds a part the way a backup being written does (SQLite's write lock) until stdin closes.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE half (x)")
print("HOLDING", flush=True)
sys.stdin.read()
"""


def _child(tmp_path: Path, code: str, *argv: str, **kw: object) -> subprocess.Popen[str]:
    script = tmp_path / f"child{abs(hash(code))}.py"
    script.write_text(code)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, str(script), *argv],
        env=env,
        text=True,
        **kw,  # type: ignore[call-overload]
    )


def _killed(tmp_path: Path, mode: str, db: Path, source: Path | None = None) -> None:
    child = _child(tmp_path, KILLED_AT_VERIFY, mode, str(db), str(source or ""))
    assert child.wait(timeout=60) == -9  # killed, as a power cut or the task manager would


def _age(part: Path, hours: float) -> None:
    for path in part.parent.glob(part.name + "*"):
        then = time.time() - hours * HOURS
        os.utime(path, (then, then))


def test_part_of_a_killed_backup_goes_at_the_next_backup_once_stale(
    tmp_path: Path, db_path: Path
) -> None:
    open_database(db_path).close()
    _killed(tmp_path, "backup", db_path)
    folder = db_path.parent / "backups"
    parts = list(folder.glob("*.part"))
    assert len(parts) == 1 and backups.list_backups(folder, "ikrar") == []
    conn = open_database(db_path)
    try:
        backups.backup_now(conn, "manual")
        assert parts[0].exists()  # minutes old: might still be some process's, left alone
        _age(parts[0], 2)
        made = backups.backup_now(conn, "manual")
    finally:
        conn.close()
    assert list(folder.glob("*.part*")) == []
    assert backups.list_backups(folder, "ikrar")[0].path == made.path


@pytest.mark.parametrize("then", ["start", "backup"])
def test_part_of_a_killed_restore_goes_at_the_next_start_or_backup(
    tmp_path: Path, db_path: Path, then: str
) -> None:
    conn = open_database(db_path)
    good = backups.backup_now(conn, "manual")
    conn.close()
    _killed(tmp_path, "restore", db_path, good.path)
    staged = store.restore_part(db_path)
    assert staged.exists()
    _age(staged, 2)
    conn = open_database(db_path)
    try:
        if then == "start":
            backups.daily_if_due(conn)
        else:
            backups.backup_now(conn, "manual")
    finally:
        conn.close()
    assert not staged.exists() and list(db_path.parent.glob("*.part*")) == []


def test_a_part_being_written_by_another_process_is_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    part = folder / "ikrar-20240105-080000-000000-manual.sqlite.part"
    holder = _child(tmp_path, HOLDER, str(part), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline() == "HOLDING\n"
        _age(part, 5)  # untouched for hours, yet its writer still holds it
        assert store.part_in_use(part)
        assert store.remove_stale_parts(store.backup_parts(folder, "ikrar")) == []
        backups.rotate(folder, "ikrar", backups.datetime.now())
        assert part.exists()
    finally:
        holder.communicate(timeout=30)  # closes its stdin: it lets go and ends
    assert not store.part_in_use(part)
    assert store.remove_stale_parts(store.backup_parts(folder, "ikrar")) == [part]
    assert list(folder.iterdir()) == []


def test_a_part_this_process_is_writing_is_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    part = folder / "ikrar-20240105-080000-000000-harian.sqlite.part"
    writing = sqlite3.connect(part, isolation_level=None)
    try:
        writing.execute("BEGIN IMMEDIATE")
        writing.execute("CREATE TABLE half (x)")
        _age(part, 5)
        assert store.remove_stale_parts([part]) == [] and part.exists()
        writing.execute("COMMIT")
        verifying = sqlite3.connect(part.resolve().as_uri() + "?mode=ro", uri=True)
        verifying.execute("BEGIN")
        verifying.execute("SELECT count(*) FROM half").fetchone()  # a quick_check's read lock
        _age(part, 5)
        assert store.remove_stale_parts([part]) == [] and part.exists()
        verifying.close()
    finally:
        writing.close()
    _age(part, 5)
    assert store.remove_stale_parts([part]) == [part] and not part.exists()


@pytest.mark.parametrize(
    "name",
    [
        "lain-20240105-080000-000000-manual.sqlite.part",  # another database's
        "ikrar-20240105-080000-000000-manual.sqlite",  # a finished backup
        "catatan.part",  # not a backup's name at all
    ],
)
def test_only_this_databases_backup_parts_are_candidates(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"x")
    _age(tmp_path / name, 48)
    backups.rotate(tmp_path, "ikrar", backups.datetime(2024, 1, 5, 9))
    assert (tmp_path / name).exists()


def test_a_journal_left_without_its_part_goes_too(tmp_path: Path) -> None:
    orphan = tmp_path / "ikrar-20240105-080000-000000-manual.sqlite.part-journal"
    orphan.write_bytes(b"x" * 512)
    _age(orphan, 2)
    assert store.backup_parts(tmp_path, "ikrar") == [
        tmp_path / orphan.name.removesuffix("-journal")
    ]
    backups.rotate(tmp_path, "ikrar", backups.datetime(2024, 1, 5, 9))
    assert list(tmp_path.iterdir()) == []
