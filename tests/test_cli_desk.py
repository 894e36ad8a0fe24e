"""CLI for several desks: export, import, return, merge --json, conflicts; exit codes."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from cli_helpers import run as _run
from ikrar_desktop.cli.main import main
from ikrar_desktop.store.schema import open_database

PEOPLE = [
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan", "PNS"),
    ("Siti Aminah", "198502022010012002", "Dinas Pendidikan", "PNS"),
    ("Dewi Lestari", "3201014501900001", "Dinas Kesehatan", "Non-ASN"),
]


PASSPHRASE = "kata sandi meja satu"


@pytest.fixture(autouse=True)
def _no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKRAR_STATION", raising=False)


@pytest.fixture
def main_db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "utama.sqlite"
    open_database(db).close()  # a missing --db is refused (issue 17)
    for nama, ident, unit, status in PEOPLE:
        flag = "--nip" if len(ident) == 18 else "--nik"
        _run(capsys, db, "employees", "add", "--nama", nama, flag, ident, "--unit", unit,
             "--status", status)  # fmt: skip
    code, _ = _run(capsys, db, "event", "add", "--title", "Apel", "--date", "2024-01-10")
    assert code == 0
    return db


def test_flash_drive_round_trip(capsys: pytest.CaptureFixture[str], main_db: Path) -> None:
    folder = main_db.parent
    for n in (1, 2):
        code, out = _run(capsys, main_db, "desk", "export", "1", "--desk", f"Meja {n}",
                         "--out", str(folder / f"m{n}.ikrarmeja"), "--json")  # fmt: skip
        assert code == 0 and out["people"] == 3 and out["people_without_nip"] == 1
        assert out["passphrase_generated"] is True
        code, out = _run(capsys, folder / f"meja{n}.sqlite", "desk", "import",
                         str(folder / f"m{n}.ikrarmeja"), "--passphrase", out["passphrase"],
                         "--json")  # fmt: skip
        assert code == 0 and out["desk"] == f"Meja {n}" and out["event_id"] == 1
    code, _ = _run(capsys, folder / "meja1.sqlite", "checkin", "1", "198001012005011001")
    assert code == 0
    code, _ = _run(capsys, folder / "meja2.sqlite", "checkin", "1", "198001012005011001")
    code, _ = _run(capsys, folder / "meja2.sqlite", "checkin", "1", "3201014501900001")
    assert code == 0
    for n in (1, 2):
        code, out = _run(capsys, folder / f"meja{n}.sqlite", "desk", "return", "--out",
                         str(folder / f"k{n}.ikrarkembali"), "--json")  # fmt: skip
        assert code == 0 and out["desk"] == f"Meja {n}"
    files = [str(folder / "k1.ikrarkembali"), str(folder / "k2.ikrarkembali")]
    code, out = _run(capsys, main_db, "desk", "merge", *files, "--json")
    assert code == 0
    assert (out["new"], out["duplicate"], out["refused"]) == (5, 0, [])
    assert out["conflicting"] == 2
    (conflict,) = out["conflicts"]
    assert conflict["kind"] == "dua-meja" and conflict["stations"] == ["Meja 1", "Meja 2"]
    code, again = _run(capsys, main_db, "desk", "merge", *reversed(files), "--json")
    assert (again["new"], again["duplicate"]) == (0, 5)
    code, recap = _run(capsys, main_db, "recap", "1", "--json")
    assert recap["total"]["hadir"] == 2
    code, listed = _run(capsys, main_db, "desk", "conflicts", "1", "--json")
    assert [c["state"] for c in listed] == ["open"]
    code, text = _run(capsys, main_db, "desk", "conflicts", "1")
    assert f"#{listed[0]['id']:<4} [menunggu]" in text and "[open]" not in text
    code, text = _run(capsys, main_db, "desk", "confirm", str(listed[0]["id"]))
    assert code == 0 and "dikonfirmasi" in text
    code, text = _run(capsys, main_db, "desk", "conflicts", "1", "--all")
    assert "[dikonfirmasi]" in text and "[confirmed]" not in text
    code, text = _run(capsys, main_db, "desk", "merge", *files)
    assert "Meja 1: 0 tindakan baru, 2 sudah ada" in text


def test_refused_and_unreadable_files(capsys: pytest.CaptureFixture[str], main_db: Path) -> None:
    folder = main_db.parent
    _run(capsys, main_db, "desk", "export", "1", "--desk", "Meja 1", "--out",
         str(folder / "m1.ikrarmeja"), "--passphrase", PASSPHRASE)  # fmt: skip
    _run(capsys, folder / "meja1.sqlite", "desk", "import", str(folder / "m1.ikrarmeja"),
         "--passphrase", PASSPHRASE)  # fmt: skip
    _run(capsys, folder / "meja1.sqlite", "checkin", "1", "Siti Aminah", "--status", "izin")
    ret = folder / "k1.ikrarkembali"
    _run(capsys, folder / "meja1.sqlite", "desk", "return", "--out", str(ret))
    with zipfile.ZipFile(ret) as zf:
        contents = {n: zf.read(n) for n in zf.namelist()}
    sealed = bytearray(contents["sealed.bin"])
    sealed[-20] ^= 0x01  # one bit of the sealed log
    contents["sealed.bin"] = bytes(sealed)
    with zipfile.ZipFile(ret, "w") as zf:
        for name, blob in contents.items():
            zf.writestr(name, blob)
    code, out = _run(capsys, main_db, "desk", "merge", str(ret), "--json")
    assert code == 1 and out["new"] == 0
    assert "telah diubah" in out["refused"][0]["error"]
    broken = folder / "rusak.ikrarkembali"
    broken.write_bytes(b"PK\x03\x04 bukan zip")
    code, out = _run(capsys, main_db, "desk", "merge", str(broken), "--json")
    assert code == 2 and "rusak" in out["refused"][0]["error"]
    code, _ = _run(capsys, main_db, "desk", "return", "--out", str(folder / "x"))
    assert code == 1
    code, _ = _run(capsys, main_db, "desk", "import", str(folder / "m1.ikrarmeja"),
                   "--passphrase", PASSPHRASE)  # fmt: skip
    assert code == 1


def _refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    code = main(["--db", str(db), *argv])
    assert code == 1
    return capsys.readouterr().err


def test_passphrase_on_the_command_line(
    capsys: pytest.CaptureFixture[str], main_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = main_db.parent
    package = str(folder / "m1.ikrarmeja")
    code, text = _run(capsys, main_db, "desk", "export", "1", "--desk", "Meja 1", "--out",
                      package)  # fmt: skip
    assert code == 0
    phrase = re.search(r"Kata sandi meja: (\S+)", text)
    assert phrase and "tidak ditampilkan lagi" in text
    desk = folder / "meja1.sqlite"
    err = _refused(capsys, desk, "desk", "import", package, "--passphrase", "SALAH-SALAH-SALAH")
    assert "Kata sandi meja" in err and "salah" in err
    with closing(sqlite3.connect(desk)) as conn:  # sqlite3's own 'with' only commits
        assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
        desk_rows = "SELECT count(*) FROM settings WHERE key LIKE 'desk.%'"
        assert conn.execute(desk_rows).fetchone()[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    assert "--passphrase" in _refused(capsys, desk, "desk", "import", package)
    code, out = _run(capsys, desk, "desk", "import", package, "--passphrase",
                     phrase.group(1).lower(), "--json")  # fmt: skip
    assert code == 0 and out["desk"] == "Meja 1"
    err = _refused(capsys, main_db, "desk", "export", "1", "--desk", "Meja 2", "--out",
                   str(folder / "m2.ikrarmeja"), "--passphrase", "pendek")  # fmt: skip
    assert "terlalu pendek" in err and not (folder / "m2.ikrarmeja").exists()


def test_import_asks_for_the_passphrase_on_a_terminal(
    capsys: pytest.CaptureFixture[str], main_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = main_db.parent
    package = str(folder / "m1.ikrarmeja")
    _run(capsys, main_db, "desk", "export", "1", "--desk", "Meja 1", "--out", package,
         "--passphrase", PASSPHRASE)  # fmt: skip
    asked: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    code, out = _run(capsys, folder / "meja1.sqlite", "desk", "import", package, "--json")
    assert code == 0 and out["desk"] == "Meja 1" and asked == ["Kata sandi meja: "]
