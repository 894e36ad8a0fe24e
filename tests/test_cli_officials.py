"""``event add --officials [--level L]``, ``print naskah-ikrar|surat-undangan``, ``--split``."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.services import checkin
from ikrar_desktop.store.schema import open_database

sys.path.insert(0, str(Path(__file__).parent / "documents"))
from officials_regency import SETDA, build


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if "--json" in argv and code == 0 else captured.out
    return code, out if code == 0 else captured.err + captured.out


@pytest.fixture
def regency(db_path: Path) -> Any:
    conn = open_database(db_path)
    try:
        return build(conn, opd=8, camat=3)
    finally:
        conn.close()


def test_event_add_officials_with_levels(
    capsys: pytest.CaptureFixture[str], db_path: Path, regency: Any
) -> None:
    code, made = _run(capsys, db_path, "event", "add", "--title", "Apel Pejabat", "--date",
                      "2024-09-18", "--officials", "--json")  # fmt: skip
    assert code == 0 and made["obliged"] == 12 and made["levels"] == ["kepala-opd", "camat"]
    assert {o["employee_id"] for o in made["officials"]} == set(regency.heads.values())
    assert made["headless_units"] == [regency.headless]
    code, made = _run(capsys, db_path, "event", "add", "--title", "Apel Puskesmas", "--date",
                      "2024-09-18", "--officials", "--level", "kepala-puskesmas", "--level",
                      "LURAH")  # fmt: skip
    assert (
        code == 0
        and "3 pejabat wajib hadir" in made
        and "Tingkat: Lurah, Kepala Puskesmas." in made
    )


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--officials", "--level", "bupati"], "kepala-opd, camat, lurah, kepala-puskesmas"),
        (["--level", "camat"], "--level hanya dipakai bersama --officials"),
        (["--officials", "--unit", "Dinas Kesehatan"], "tidak dipakai bersama --unit"),
        (["--officials", "--asn-only"], "tidak dipakai bersama --unit atau --asn-only"),
    ],
)
def test_event_add_officials_refusals(
    capsys: pytest.CaptureFixture[str], db_path: Path, regency: Any, extra: list[str], says: str
) -> None:
    code, text = _run(capsys, db_path, "event", "add", "--title", "X", "--date", "2024-09-18",
                      *extra)  # fmt: skip
    assert code == 1 and says in text
    conn = open_database(db_path)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    conn.close()


def test_print_officials_papers_and_split_certificates(
    capsys: pytest.CaptureFixture[str], db_path: Path, regency: Any, tmp_path: Path
) -> None:
    code, _ = _run(capsys, db_path, "event", "add", "--title", "Apel Pejabat", "--date",
                   "2024-09-18", "--officials")  # fmt: skip
    assert code == 0
    code, report = _run(capsys, db_path, "print", "naskah-ikrar", "1", "--out",
                        str(tmp_path / "n.pdf"), "--paper", "f4", "--json")  # fmt: skip
    assert code == 0 and report["people"] == 12 and (tmp_path / "n.pdf").exists()
    code, first = _run(capsys, db_path, "print", "surat-undangan", "1", "--out",
                       str(tmp_path / "u.pdf"), "--pakaian", "PDH Khaki", "--json")  # fmt: skip
    code, again = _run(capsys, db_path, "print", "surat-undangan", "1", "--out",
                       str(tmp_path / "u2.pdf"))  # fmt: skip
    assert code == 0 and f"Nomor surat undangan: {first['numbers'][0]}." in again
    assert "Cetak ulang (nomor tetap): 1." in again
    conn = open_database(db_path)
    for emp in list(regency.heads.values())[:5]:
        checkin.set_status(conn, 1, emp, "hadir")
        checkin.toggle_pakta(conn, 1, emp, True)
    conn.close()
    folder = tmp_path / "kirim"
    code, split = _run(capsys, db_path, "print", "sertifikat", "1", "--split", str(folder),
                       "--zip", "--json")  # fmt: skip
    assert code == 0 and len(split["files"]) == 5 and split["numbers_issued"] == 5
    heads = list(regency.heads.items())[:5]
    assert set(split["files"]) == {f"{regency.nips[emp]}.pdf" for _u, emp in heads}
    assert set(split["zips"]) == {f"{unit}.zip" for unit, _e in heads}
    with zipfile.ZipFile(folder / f"{SETDA}.zip") as zf:
        assert zf.namelist() == [f"{regency.nips[regency.heads[SETDA]]}.pdf"]
    code, text = _run(capsys, db_path, "print", "sertifikat", "1", "--split", str(folder))
    assert code == 1 and "sudah berisi 5 berkas" in text


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["print", "pakta", "1", "--split", "d"], "--split hanya untuk sertifikat"),
        (["print", "sertifikat", "1", "--zip", "--out", "x.pdf"], "--zip hanya dipakai"),
        (["print", "sertifikat", "1", "--split", "d", "--out", "x.pdf"], "bersama --out"),
        (["print", "naskah-ikrar", "1", "--out", "x.pdf", "--unit", "Dinas Sosial"], "--unit"),
        (["print", "naskah-ikrar", "1", "--out", "x.pdf"], "Belum ada pejabat"),
        (["print", "sertifikat", "1", "--split", "missing/d"], "tidak ada (--split)"),
    ],
)
def test_print_refusals(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, argv: list[str], says: str
) -> None:
    assert _run(capsys, db_path, "init")[0] == 0
    code, _ = _run(capsys, db_path, "event", "add", "--title", "Apel", "--date", "2024-09-18")
    assert code == 0
    argv = [str(tmp_path / a) if a in ("d", "x.pdf", "missing/d") else a for a in argv]
    code, text = _run(capsys, db_path, *argv)
    assert code == 1 and says in text
    assert not (tmp_path / "d").exists() and not (tmp_path / "x.pdf").exists()


def test_split_into_a_file_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert _run(capsys, db_path, "init")[0] == 0
    assert _run(capsys, db_path, "event", "add", "--title", "A", "--date", "2024-09-18")[0] == 0
    target = tmp_path / "sertifikat"
    target.write_bytes(b"catatan")
    code, text = _run(capsys, db_path, "print", "sertifikat", "1", "--split", str(target))
    assert code == 1 and "bukan folder" in text and target.read_bytes() == b"catatan"
