"""Failures that escaped as "Galat tak terduga" (issue 17, point 6): a --db that is a folder, a
record number past 64 bits, an output folder that refuses the file, a full disk, output piped
into `head`, a readable file that is no roster. Each is a clear Indonesian message with the
right exit code, and nothing is left half-written."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from ikrar_desktop.cli import main as cli
from ikrar_desktop.cli.main import main
from ikrar_desktop.store import lock

UNEXPECTED = "tak terduga"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert main(["--db", str(db_path), "demo", "--employees", "40"]) == 0
    capsys.readouterr()
    return db_path


def test_db_that_is_a_folder_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path), "employees", "list")
    assert code == 2 and "adalah folder" in err and UNEXPECTED not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["recap", "99999999999999999999"],
        ["event", "close", "-1"],
        ["case", "show", "0"],
        ["print", "pakta", str(2**63), "--out", "x.pdf"],
        ["desk", "conflicts", "99999999999999999999"],
        ["employees", "erase", "99999999999999999999", "--reason", "permintaan"],
    ],
)
def test_record_numbers_past_64_bits_are_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, argv: list[str]
) -> None:
    code, _, err = _run(capsys, "--db", str(demo_db), *argv)
    assert code == 1, err
    assert "tidak sah" in err and "9223372036854775807" in err and UNEXPECTED not in err


def _refusing_store(exc: OSError) -> Any:
    def store(self: Any) -> None:  # the zip file cannot be created or written
        raise exc

    return store


@pytest.mark.parametrize(
    ("exc", "said"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "izin ditolak"),
        (OSError(errno.EROFS, "Read-only file system"), "hanya-baca"),
        (OSError(errno.ENOSPC, "No space left on device"), "Disk penuh"),
    ],
)
def test_export_that_cannot_be_written_is_explained_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    exc: OSError,
    said: str,
) -> None:
    import xlsxwriter

    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    monkeypatch.setattr(xlsxwriter.Workbook, "_store_workbook", _refusing_store(exc))
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "employees",
                        str(out_dir / "pegawai.xlsx"))  # fmt: skip
    assert code == 2 and said in err and UNEXPECTED not in err, err
    assert list(out_dir.iterdir()) == []  # no file, no temporary file


def _read_only_mount_works() -> bool:
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0
    except OSError:
        return False


def _in_read_only_mount(folder: Path, argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``folder`` mounted read-only (a private mount namespace)."""
    inner = " ".join(f"'{a}'" for a in [sys.executable, "-m", "ikrar_desktop", *argv])
    script = f"mount --bind -o ro '{folder}' '{folder}' && exec {inner}"
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)  # fmt: skip


@pytest.mark.skipif(not _read_only_mount_works(), reason="no private mount namespace here")
def test_export_into_a_read_only_folder(demo_db: Path, tmp_path: Path) -> None:
    ro = tmp_path / "cd"
    ro.mkdir()
    done = _in_read_only_mount(ro, ["--db", str(demo_db), "export", "employees",
                                    str(ro / "pegawai.xlsx")])  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "hanya-baca" in done.stderr and UNEXPECTED not in done.stderr
    assert list(ro.iterdir()) == []


def test_pdf_on_a_full_disk_is_explained_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ikrar_desktop.documents import output

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert main(["--db", str(demo_db), "event", "add", "--title", "Apel", "--date",
                 "2024-01-10"]) == 0  # fmt: skip
    capsys.readouterr()
    out_dir = tmp_path / "pdf"
    out_dir.mkdir()
    monkeypatch.setattr(output.os, "fsync", full)
    code, _, err = _run(capsys, "--db", str(demo_db), "print", "daftar-hadir", "1", "--out",
                        str(out_dir / "hadir.pdf"))  # fmt: skip
    assert code == 2 and "Disk penuh" in err and "Kosongkan" in err and UNEXPECTED not in err
    assert list(out_dir.iterdir()) == []


def test_disk_full_anywhere_is_told_as_disk_full(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(args: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(cli.HANDLERS, "recap", full)
    code, _, err = _run(capsys, "--db", str(demo_db), "recap", "1")
    assert code == 2 and "Disk penuh" in err and "Kosongkan ruang disk" in err
    assert "No space" not in err and UNEXPECTED not in err


def test_lock_note_on_a_full_disk_keeps_the_lock_and_warns(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.store.schema import open_database

    open_database(db_path).close()

    def full(fd: int, data: bytes, offset: int) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock.os, "pwrite", full)
    held = lock.acquire(db_path)
    try:
        assert "Disk penuh" in held.warning
        with pytest.raises(lock.DatabaseLockedError):  # still held, only unnamed
            lock.acquire(db_path)
    finally:
        held.release()


def test_writing_command_on_a_full_disk_ends_with_a_message(tmp_path: Path) -> None:
    """The next start after an import that filled the disk: the lock note and the database
    write both fail (file-size limit); the clerk reads "disk penuh", never "tak terduga"."""
    resource = pytest.importorskip("resource")
    db = tmp_path / "kantor.sqlite"
    env = dict(os.environ, IKRAR_DATA_DIR=str(tmp_path / "data"))
    base = [sys.executable, "-m", "ikrar_desktop", "--db", str(db)]
    subprocess.run([*base, "demo", "--employees", "30"], check=True, env=env,
                   capture_output=True, timeout=120)  # fmt: skip
    (tmp_path / "data" / "logs").mkdir(parents=True, exist_ok=True)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))

    done = subprocess.run([*base, "employees", "add", "--nama", "Budi Santoso"],
                          preexec_fn=cap, capture_output=True, text=True, env=env,
                          timeout=120)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "disk penuh" in done.stderr.lower() and UNEXPECTED not in done.stderr
    assert "Traceback" not in done.stderr


def test_output_piped_into_head_ends_quietly(demo_db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, IKRAR_DATA_DIR=str(tmp_path / "data"))
    child = subprocess.Popen(
        [sys.executable, "-m", "ikrar_desktop", "--db", str(demo_db), "employees", "list",
         "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10)  # `head` reads a little, then goes away
    child.stdout.close()
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 0
    assert err == ""  # neither "Galat tak terduga" nor Python's "Exception ignored"
    log = tmp_path / "data" / "logs" / "ikrar-desktop.log"
    assert "Traceback" not in (log.read_text() if log.exists() else "")


def test_import_warns_when_the_disk_is_nearly_full(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ikrar_desktop import os_errors

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(os_errors.shutil, "disk_usage", lambda p: usage(10**9, 10**9, 50 << 20))
    roster = tmp_path / "daftar.csv"
    roster.write_text("NIP;NAMA\n196803161988072006;Siti Aminah\n", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(demo_db), "import", str(roster))
    assert code == 0
    assert "Ruang disk hampir habis" in err and "50 MB" in err


def test_a_spreadsheet_that_is_no_roster_is_refused_not_failed(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Laporan Keuangan Triwulan"], ["Belanja pegawai", 125000], ["Belanja barang", 9]):
        sheet.append(row)
    path = tmp_path / "keuangan.xlsx"
    book.save(path)
    code, _, err = _run(capsys, "--db", str(demo_db), "import", str(path))
    assert code == 1 and "tidak tampak seperti daftar pegawai" in err


def test_sqlite_meeting_a_full_disk_outside_a_write_is_told_as_disk_full(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def full(args: Any) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(cli.HANDLERS, "recap", full)
    code, _, err = _run(capsys, "--db", str(demo_db), "recap", "1")
    assert code == 2 and "Disk penuh" in err and UNEXPECTED not in err
