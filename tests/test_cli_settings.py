"""``settings list|get|set`` and ``unit list|set`` with their refusals (issue 18, rule 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main

NIP_KADIS = "197001011995031003"
NIP_SEKRETARIS = "198001012005011002"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "x.sqlite"
    assert run(path, "init", "--instansi", "Kabupaten Contoh") == 0
    for nip, nama, jabatan, unit in (
        (NIP_KADIS, "Kadis", "Kepala Dinas Kesehatan", "Dinas Kesehatan"),
        (NIP_SEKRETARIS, "Sekdis", "Sekretaris Dinas", "Dinas Kesehatan"),
        ("196801011990031001", "Sekda", "Sekretaris Daerah", "Sekretariat Daerah"),
    ):
        assert run(path, "employees", "add", "--nama", nama, "--nip", nip, "--status", "PNS",
                   "--unit", unit, "--jabatan", jabatan) == 0  # fmt: skip
    return path


def test_settings_list_get_set(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(db, "settings", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    for key in ("instansi", "tempat", "zona_waktu", "pimpinan_nama", "pimpinan_jabatan",
                "nomor_sertifikat", "nomor_berita_acara"):  # fmt: skip
        assert key in listed
    assert listed["zona_waktu"] == "WIB" and listed["instansi"] == "Pemerintah Kabupaten Contoh"
    assert run(db, "settings", "set", "zona_waktu", "wit") == 0
    assert run(db, "settings", "set", "tempat", "Jayapura") == 0
    assert run(db, "settings", "set", "nomor_berita_acara", "BA/{n:3}/{kode}/{tahun}") == 0
    capsys.readouterr()
    assert run(db, "settings", "get", "zona_waktu") == 0
    assert capsys.readouterr().out.strip() == "WIT"
    assert run(db, "settings", "get", "nomor_berita_acara") == 0
    assert capsys.readouterr().out.strip() == "BA/{n:3}/{kode}/{tahun}"


@pytest.mark.parametrize(
    ("args", "valid"),
    [
        (("set", "zona_waktu", "XYZ"), "Nilai yang sah: WIB, WITA, WIT"),
        (("set", "nomor_berita_acara", "800/BA/{tahun}"), "{n}"),
        (("set", "nomor_sertifikat", "{n}/{nama}/{tahun}"), "{bulan_romawi}"),
        (("set", "kota", "X"), "Kunci yang sah: instansi, unit_penyelenggara, tempat"),
        (("get", "kota"), "zona_waktu"),
        (("set", "pimpinan_nip", "12345"), "18 angka"),
    ],
)
def test_settings_refusals_list_what_is_valid(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], valid: str
) -> None:
    capsys.readouterr()
    assert run(db, "settings", *args) == 1
    assert valid in capsys.readouterr().err


def test_unit_list_and_set(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(db, "unit", "set", "dinas kesehatan", "--head", NIP_SEKRETARIS, "--acting", "plt",
               "--parent", "Sekretariat Daerah", "--code", "DINKES", "--json") == 0  # fmt: skip
    row = json.loads(capsys.readouterr().out)
    assert (row["head"], row["head_acting"], row["parent"], row["code"]) == (
        "Sekdis",
        "Plt.",
        "Sekretariat Daerah",
        "DINKES",
    )
    assert run(db, "unit", "list") == 0
    text = capsys.readouterr().out
    assert "Dinas Kesehatan [DINKES] · induk: Sekretariat Daerah · Plt. Kepala Dinas Kesehatan: " \
           "Sekdis" in text  # fmt: skip
    assert "Sekretariat Daerah [-] · induk: - · kepala belum ditetapkan" in text
    assert run(db, "unit", "set", "Dinas Kesehatan", "--head", NIP_KADIS, "--acting", "-") == 0
    assert run(db, "unit", "set", "Sekretariat Daerah", "--suggest") == 0
    capsys.readouterr()
    assert run(db, "unit", "list", "--json") == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Dinas Kesehatan"]["head_nip"] == NIP_KADIS
    assert rows["Dinas Kesehatan"]["head_acting"] is None
    assert rows["Sekretariat Daerah"]["head"] == "Sekda"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("Dinas Entah",), "unit list"),
        (("Dinas Kesehatan", "--acting", "Pj."), "Nilai yang sah: Plt., Plh., -."),
        (("Dinas Kesehatan", "--head", "199901012020011999"), "tidak ditemukan"),
        (("Dinas Kesehatan", "--parent", "Dinas Kesehatan"), "sub-unit"),
        (("Dinas Kesehatan",), "--head NIP"),
    ],
)
def test_unit_set_refusals(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    capsys.readouterr()
    assert run(db, "unit", "set", *args) == 1
    assert said in capsys.readouterr().err


def test_an_operator_cannot_change_settings(tmp_path: Path) -> None:
    from ikrar_desktop.errors import PermissionDeniedError
    from ikrar_desktop.services import access
    from ikrar_desktop.services import settings as settings_service
    from ikrar_desktop.store.schema import open_database

    conn = open_database(tmp_path / "a.sqlite")
    try:
        access.add_user(conn, "admin", "kata-sandi-admin", access.ADMIN, "Admin")
        access.add_user(conn, "op", "kata-sandi-op1", access.OPERATOR, "Operator")
        access.set_signin(conn, True)
        access.sign_in(conn, "op", "kata-sandi-op1")
        with pytest.raises(PermissionDeniedError):
            settings_service.set_value(conn, "zona_waktu", "WITA")
        access.sign_in(conn, "admin", "kata-sandi-admin")
        assert settings_service.set_value(conn, "zona_waktu", "WITA") == "WITA"
    finally:
        conn.close()


def test_nomor_list_and_void(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "event", "add", "--title", "Apel", "--date", "2026-09-07") == 0
    assert run(db, "print", "berita-acara", "1", "--out", str(tmp_path / "ba.pdf")) == 0
    capsys.readouterr()
    assert run(db, "nomor", "list", "--jenis", "berita-acara", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == ["800/001/BA/2026"]
    assert run(db, "nomor", "void", "800/001/BA/2026", "--reason", " ") == 1
    assert run(db, "nomor", "void", "800/001/BA/2026", "--reason", "Salah tanggal") == 0
    assert run(db, "nomor", "list", "--jenis", "surat") == 1
    assert run(db, "print", "berita-acara", "1", "--out", str(tmp_path / "ba.pdf")) == 0
    capsys.readouterr()
    assert run(db, "nomor", "list") == 0
    text = capsys.readouterr().out
    assert "800/001/BA/2026" in text and "DIBATALKAN: Salah tanggal" in text
    assert "800/002/BA/2026" in text
