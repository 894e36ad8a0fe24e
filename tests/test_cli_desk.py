"""CLI for several desks: export, import, return, merge --json, conflicts; exit codes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ikrar_desktop.cli import main
from ikrar_desktop.store.schema import open_database

PEOPLE = [
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan", "PNS"),
    ("Siti Aminah", "198502022010012002", "Dinas Pendidikan", "PNS"),
    ("Dewi Lestari", "3201014501900001", "Dinas Kesehatan", "Non-ASN"),
]


@pytest.fixture(autouse=True)
def _no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKRAR_STATION", raising=False)


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv else out


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
        code, out = _run(capsys, folder / f"meja{n}.sqlite", "desk", "import",
                         str(folder / f"m{n}.ikrarmeja"), "--json")  # fmt: skip
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
    code, text = _run(capsys, main_db, "desk", "confirm", str(listed[0]["id"]))
    assert code == 0 and "dikonfirmasi" in text
    code, text = _run(capsys, main_db, "desk", "merge", *files)
    assert "Meja 1: 0 tindakan baru, 2 sudah ada" in text


def test_refused_and_unreadable_files(capsys: pytest.CaptureFixture[str], main_db: Path) -> None:
    folder = main_db.parent
    _run(capsys, main_db, "desk", "export", "1", "--desk", "Meja 1", "--out",
         str(folder / "m1.ikrarmeja"))  # fmt: skip
    _run(capsys, folder / "meja1.sqlite", "desk", "import", str(folder / "m1.ikrarmeja"))
    _run(capsys, folder / "meja1.sqlite", "checkin", "1", "Siti Aminah", "--status", "izin")
    ret = folder / "k1.ikrarkembali"
    _run(capsys, folder / "meja1.sqlite", "desk", "return", "--out", str(ret))
    with zipfile.ZipFile(ret) as zf:
        contents = {n: zf.read(n) for n in zf.namelist()}
    contents["log.json"] = contents["log.json"].replace(b'"izin"', b'"hadir"')
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
    code, _ = _run(capsys, main_db, "desk", "import", str(folder / "m1.ikrarmeja"))
    assert code == 1
