"""Input the CLI refuses (issue 17, point 7): counts out of their range, a --db that is not
there, an output folder that is not there; and reading commands that still work on read-only
media. Each refusal names the range or the path, exits 1 (or 2 for a missing database) and
leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.store.schema import open_database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.fixture
def demo_db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert main(["--db", str(db_path), "demo", "--employees", "30"]) == 0
    assert main(["--db", str(db_path), "event", "add", "--title", "Apel", "--date",
                 "2024-01-10"]) == 0  # fmt: skip
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("value", ["100000000", "-1", "501", "lima"])
def test_blank_rows_are_bounded(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, value: str
) -> None:
    out = tmp_path / "hadir.pdf"
    code, err = _run(capsys, "--db", str(demo_db), "print", "daftar-hadir", "1",
                     f"--blank-rows={value}", "--out", str(out))  # fmt: skip
    assert code == 1 and "--blank-rows" in err and "0 sampai 500" in err
    assert not out.exists()


def test_blank_rows_within_the_range_print(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "hadir.pdf"
    code, _ = _run(capsys, "--db", str(demo_db), "print", "daftar-hadir", "1", "--blank-rows",
                   "0", "--out", str(out))  # fmt: skip
    assert code == 0 and out.exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["demo", "--employees", "1000000000"], "1 sampai 200.000"),
        (["demo", "--employees", "-5"], "1 sampai 200.000"),
        (["employees", "list", "--limit", "-1"], "1 sampai 1.000.000"),
        (["employees", "list", "--limit", "0"], "1 sampai 1.000.000"),
        (["desk", "merge", "x.ikrarkembali", "--tolerance-minutes", "nan"], "0 sampai 1440"),
        (["desk", "merge", "x.ikrarkembali", "--shift-minutes", "inf"], "--shift-minutes"),
        (["print", "kartu", "1", "--offset-x", "nan", "--out", "k.pdf"], "--offset-x"),
    ],
)
def test_counts_are_bounded(
    capsys: pytest.CaptureFixture[str], demo_db: Path, argv: list[str], said: str
) -> None:
    code, err = _run(capsys, "--db", str(demo_db), *argv)
    assert code == 1 and said in err and "tak terduga" not in err, err


def test_a_mistyped_db_is_not_created(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    typo = tmp_path / "kantr.sqlite"
    for argv in (["employees", "list"], ["employees", "add", "--nama", "Budi"], ["recap", "1"],
                 ["import", "x.csv"], ["backup"]):  # fmt: skip
        code, err = _run(capsys, "--db", str(typo), *argv)
        assert code == 2, (argv, err)
        assert "tidak ditemukan" in err and "init" in err
        assert not typo.exists() and not list(tmp_path.glob("kantr*"))


def test_init_and_demo_make_a_new_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--db", str(tmp_path / "baru.sqlite"), "init"]) == 0
    assert main(["--db", str(tmp_path / "contoh.sqlite"), "demo", "--employees", "5"]) == 0
    assert (tmp_path / "baru.sqlite").exists() and (tmp_path / "contoh.sqlite").exists()


def test_the_default_database_is_made_on_first_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _ = _run(capsys, "employees", "list")  # IKRAR_DATA_DIR points into tmp_path
    assert code == 0 and (tmp_path / "data" / "ikrar.sqlite").exists()


def test_init_into_a_missing_folder_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, err = _run(capsys, "--db", str(tmp_path / "flashdisk" / "ikrar.sqlite"), "init")
    assert code == 2 and "Folder" in err and "tidak ada" in err
    assert not (tmp_path / "flashdisk").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "pakta", "1", "--out", "{m}/pakta.pdf"],
        ["export", "employees", "{m}/pegawai.xlsx"],
        ["export", "template", "{m}/templat.xlsx"],
        ["recap", "1", "--xlsx", "{m}/rekap.xlsx"],
        ["backup", "{m}/cadangan.sqlite"],
        ["desk", "export", "1", "--desk", "Meja 1", "--out", "{m}/meja.ikrarmeja"],
        ["desk", "return", "--out", "{m}/kembali.ikrarkembali"],
        ["case", "export", "{m}/kasus.xlsx"],
        ["case", "register", "--out", "{m}/register.pdf"],
        ["case", "print", "1", "--out", "{m}/kasus.pdf"],
        ["import", "daftar.csv", "--errors", "{m}/galat.xlsx"],
    ],
)
def test_a_missing_output_folder_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "belum-ada"
    code, err = _run(capsys, "--db", str(demo_db), *(a.format(m=missing) for a in argv))
    assert code == 1, err
    assert f"Folder {missing} tidak ada" in err
    assert not missing.exists()


def test_an_output_that_is_a_folder_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    code, err = _run(capsys, "--db", str(demo_db), "export", "employees", str(tmp_path))
    assert code == 1 and "adalah folder" in err
    backups = tmp_path / "cadangan"
    backups.mkdir()
    assert main(["--db", str(demo_db), "backup", str(backups)]) == 0  # a folder is fine here
    assert list(backups.glob("*.sqlite"))


def _read_only_mount_works() -> bool:
    try:
        return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.mark.skipif(not _read_only_mount_works(), reason="no private mount namespace here")
def test_reading_commands_work_on_read_only_media(tmp_path: Path) -> None:
    """A flash drive mounted read-only: listing, checking and recaps work (opened read-only,
    as the GUI does); a write is refused with a message, not a crash."""
    media = tmp_path / "flashdisk"
    media.mkdir()
    db = media / "ikrar.sqlite"
    conn = open_database(db)
    conn.close()
    env = dict(os.environ, IKRAR_DATA_DIR=str(tmp_path / "data"))
    base = [sys.executable, "-m", "ikrar_desktop", "--db", str(db)]
    subprocess.run([*base, "demo", "--employees", "20"], check=True, env=env,
                   capture_output=True, timeout=120)  # fmt: skip
    subprocess.run([*base, "event", "add", "--title", "Apel", "--date", "2024-01-10"],
                   check=True, env=env, capture_output=True, timeout=120)  # fmt: skip
    commands = [["employees", "list", "--limit", "3"], ["check"], ["recap", "1"],
                ["event", "list"], ["employees", "add", "--nama", "Budi Santoso"]]  # fmt: skip
    inner = " ; ".join(
        " ".join(f"'{a}'" for a in [*base, *argv]) + ' ; echo "rc=$?"' for argv in commands
    )
    script = f"mount --bind -o ro '{media}' '{media}' && {{ {inner} ; }}"
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip
    codes = [line for line in done.stdout.splitlines() if line.startswith("rc=")]
    assert codes == ["rc=0", "rc=0", "rc=0", "rc=0", "rc=2"], done.stdout + done.stderr
    assert "pegawai." in done.stdout and "Database utuh" in done.stdout
    assert "tak terduga" not in done.stderr and "tidak dapat dibuka untuk ditulisi" in done.stderr
