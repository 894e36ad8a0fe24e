"""The lock's note and a writer's patience (issue 17, point 8): a note caught half-written never
names "? di komputer ? (PID 0)", and a CLI writer waits a moment for another writer to finish
instead of being refused at once; after the wait it is refused naming the holder."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from ikrar_desktop.cli import safety as cli_safety
from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import DatabaseLockedError
from ikrar_desktop.store import lock
from ikrar_desktop.store.schema import open_database


@pytest.fixture
def db(db_path: Path) -> Path:
    open_database(db_path).close()
    return db_path


def _overwrite_note(db: Path, data: bytes) -> None:
    fd = os.open(lock.lock_path(db), os.O_WRONLY | os.O_CREAT)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
    finally:
        os.close(fd)


def test_an_empty_or_torn_note_never_names_question_marks(db: Path) -> None:
    held = lock.acquire(db)
    try:
        for torn in (b"", b'{"user": "ad', b"{}", b'{"user": "", "pc": "", "pid": 0}'):
            _overwrite_note(db, torn)
            started = time.perf_counter()
            with pytest.raises(DatabaseLockedError) as info:
                lock.acquire(db)
            assert time.perf_counter() - started < 1.5
            message = info.value.message
            assert "?" not in message and "PID 0" not in message, message
            assert "program lain" in message
    finally:
        held.release()


def test_a_note_being_written_is_read_again(db: Path) -> None:
    held = lock.acquire(db)
    try:
        _overwrite_note(db, b'{"user": "siti", "pc": "PC-KEPEG')  # caught mid-write
        whole = json.dumps({"user": "siti", "pc": "PC-KEPEGAWAIAN", "pid": 4321,
                            "since": "2024-01-10T08:00:00"}).encode() + b"\0"  # fmt: skip
        threading.Timer(0.05, _overwrite_note, (db, whole)).start()
        found = lock.read_holder(db)
        assert found is not None and found.pid == 4321 and found.pc == "PC-KEPEGAWAIAN"
        assert "siti di komputer PC-KEPEGAWAIAN (PID 4321)" in found.describe()
    finally:
        held.release()


def test_the_note_is_one_write_ended_by_nul(db: Path) -> None:
    _overwrite_note(db, b"x" * 4000)  # an old, longer note left by a crashed program
    held = lock.acquire(db)
    try:
        raw = lock.lock_path(db).read_bytes()
        assert raw.endswith(b"\0") and b"x" not in raw
        assert json.loads(raw[:-1])["pid"] == os.getpid()
    finally:
        held.release()


def test_a_cli_writer_waits_for_another_writer_to_finish(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    held = lock.acquire(db)
    threading.Timer(1.0, held.release).start()
    started = time.perf_counter()
    code = main(["--db", str(db), "employees", "add", "--nama", "Budi Santoso"])
    waited = time.perf_counter() - started
    assert code == 0, capsys.readouterr().err
    assert 0.9 < waited < cli_safety.LOCK_WAIT_SECONDS + 1


def test_a_cli_writer_gives_up_after_the_wait_naming_the_holder(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_safety, "LOCK_WAIT_SECONDS", 0.6)
    with lock.acquire(db):
        started = time.perf_counter()
        code = main(["--db", str(db), "employees", "add", "--nama", "Budi Santoso"])
        waited = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 2 and 0.55 < waited < 3
    assert f"(PID {os.getpid()})" in err and "sedang dibuka oleh" in err
