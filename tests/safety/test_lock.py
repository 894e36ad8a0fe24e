"""One program per database: a second one is told who has it; a crashed one leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import DatabaseLockedError
from ikrar_desktop.store import lock
from ikrar_desktop.store.location import location_warning, writable
from ikrar_desktop.store.schema import open_database

HOLDER = """
import sys, time
from pathlib import Path
from ikrar_desktop.store import lock
held = lock.acquire(Path(sys.argv[1]))
print("HELD", flush=True)
time.sleep(60)
"""


def test_second_instance_is_told_who_has_it(db_path: Path) -> None:
    open_database(db_path).close()
    first = lock.acquire(db_path)
    started = time.perf_counter()
    with pytest.raises(DatabaseLockedError) as info:
        lock.acquire(db_path)
    assert time.perf_counter() - started < 1
    assert f"PID {os.getpid()}" in info.value.message and "sejak" in info.value.message
    assert lock.is_held(db_path) is not None
    first.release()
    assert lock.is_held(db_path) is None
    lock.acquire(db_path).release()


def test_lock_of_a_killed_program_is_recovered_at_once(tmp_path: Path, db_path: Path) -> None:
    open_database(db_path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "HELD\n"
    holder = lock.is_held(db_path)
    assert holder is not None and holder.pid == child.pid
    assert main(["--db", str(db_path), "employees", "add", "--nama", "Tidak Boleh"]) == 2
    assert main(["--db", str(db_path), "employees", "list"]) == 0  # reading still works
    assert main(["--db", str(db_path), "check"]) == 0
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    started = time.perf_counter()
    assert lock.lock_path(db_path).exists()  # the stale file is still there
    taken = lock.acquire(db_path)
    assert time.perf_counter() - started < 2
    assert taken.holder.pid == os.getpid()
    taken.release()
    assert main(["--db", str(db_path), "employees", "add", "--nama", "Boleh Sekarang"]) == 0


def test_cli_refusal_names_the_holder(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path).close()
    with lock.acquire(db_path):
        assert main(["--db", str(db_path), "import", "tidak-ada.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "sedang dibuka oleh" in err and "hanya-baca" in err


@pytest.mark.parametrize(
    ("path", "warned"),
    [
        ("\\\\server\\bersama\\ikrar.sqlite", True),
        ("/home/x/OneDrive/Dokumen/ikrar.sqlite", True),
        ("/home/x/Google Drive/ikrar.sqlite", True),
        ("/home/x/Dropbox/ikrar.sqlite", True),
        ("/home/x/Dokumen/ikrar.sqlite", False),
    ],
)
def test_network_and_sync_folders_are_warned(path: str, warned: bool, tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n")
    assert bool(location_warning(Path(path), mounts)) is warned


def test_nfs_and_cifs_mounts_are_warned(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\nsrv:/x /mnt/kantor nfs4 rw 0 0\n"
                      "//srv/y /mnt/smb cifs rw 0 0\n")  # fmt: skip
    assert "jaringan" in location_warning(Path("/mnt/kantor/ikrar.sqlite"), mounts)
    assert "jaringan" in location_warning(Path("/mnt/smb/a/ikrar.sqlite"), mounts)
    assert location_warning(Path("/mnt/lain/ikrar.sqlite"), mounts) == ""


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_read_only_folder_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    open_database(folder / "a.sqlite").close()
    folder.chmod(0o500)
    try:
        assert not writable(folder / "a.sqlite")
    finally:
        folder.chmod(0o700)
