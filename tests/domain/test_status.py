"""Statuses, CLI slugs, roster status values, jenis jabatan and unit kinds."""

from __future__ import annotations

import pytest

from ikrar_desktop.domain.status import (
    ASN_STATUSES,
    JENIS_JABATAN,
    STATUSES,
    UNIT_KINDS,
    guess_unit_kind,
    is_asn,
    is_pns,
    is_pppk,
    needs_nip,
    parse_jenis_jabatan,
    parse_status,
    status_from_slug,
    status_slug,
)
from ikrar_desktop.errors import ValidationError


def test_canonical_statuses() -> None:
    assert STATUSES == ("PNS", "CPNS", "PPPK", "PPPK Paruh Waktu", "Non-ASN")
    assert "Non-ASN" not in ASN_STATUSES
    assert all(is_asn(s) and needs_nip(s) for s in ASN_STATUSES)
    assert not is_asn("Non-ASN")
    assert not needs_nip("Non-ASN")
    assert not needs_nip(None)
    assert is_pppk("PPPK Paruh Waktu") and not is_pppk("PNS")
    assert is_pns("CPNS") and not is_pns("PPPK")


@pytest.mark.parametrize("status", STATUSES)
def test_slug_round_trip(status: str) -> None:
    slug = status_slug(status)
    assert status_from_slug(slug) == status
    assert status_from_slug(slug.lower()) == status
    assert status_from_slug(f"  {slug.upper()} ") == status


def test_slugs_are_the_cli_ones() -> None:
    assert [status_slug(s) for s in STATUSES] == ["PNS", "CPNS", "PPPK", "PPPK-PW", "Non-ASN"]
    assert status_from_slug("pppk_pw") == "PPPK Paruh Waktu"


def test_unknown_slug_lists_the_valid_ones() -> None:
    with pytest.raises(ValidationError) as info:
        status_from_slug("honorer")
    assert "honorer" in info.value.message
    assert "PPPK-PW" in info.value.hint
    assert info.value.field == "status"


def test_status_slug_of_unknown_status_is_refused() -> None:
    with pytest.raises(ValidationError, match="tidak dikenal"):
        status_slug("Pegawai Tetap")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("PNS", "PNS"),
        ("PNS Daerah", "PNS"),
        ("PNS PUSAT DPK", "PNS"),
        ("P", "PNS"),
        ("C", "CPNS"),
        ("CPNS", "CPNS"),
        ("Calon PNS", "CPNS"),
        ("cpns daerah", "CPNS"),
        ("PPPK", "PPPK"),
        ("P3K", "PPPK"),
        ("PPPK Penuh Waktu", "PPPK"),
        ("PPPK Guru", "PPPK"),
        ("PPPK Paruh Waktu", "PPPK Paruh Waktu"),
        ("PPPK-PW", "PPPK Paruh Waktu"),
        ("p3k paruh waktu", "PPPK Paruh Waktu"),
        ("Non ASN", "Non-ASN"),
        ("Non-ASN", "Non-ASN"),
        ("NON ASN", "Non-ASN"),
        ("PPNPN", "Non-ASN"),
        ("Honorer", "Non-ASN"),
        ("Honor Daerah", "Non-ASN"),
        ("THL", "Non-ASN"),
        ("Tenaga Kontrak", "Non-ASN"),
        ("Kontrak", "Non-ASN"),
        ("Outsourcing", "Non-ASN"),
        ("  pns  ", "PNS"),
    ],
)
def test_parse_status_roster_values(raw: str, expected: str) -> None:
    assert parse_status(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "  ", "-", "null", "NULL"])
def test_parse_status_empty(raw: object) -> None:
    assert parse_status(raw) is None


def test_parse_status_unknown_names_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        parse_status("Pensiunan")
    assert "'Pensiunan'" in info.value.message
    assert info.value.field == "status"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("JPT Pratama", "JPT Pratama"),
        ("Jabatan Pimpinan Tinggi Pratama", "JPT Pratama"),
        ("Administrator", "Administrator"),
        ("Pejabat Administrator", "Administrator"),
        ("Pengawas", "Pengawas"),
        ("Fungsional", "Fungsional"),
        ("Jabatan Fungsional Tertentu", "Fungsional"),
        ("JFT", "Fungsional"),
        ("JFU", "Pelaksana"),
        ("Jabatan Fungsional Umum", "Pelaksana"),
        ("Pelaksana", "Pelaksana"),
        ("Staf", "Pelaksana"),
        ("Struktural Eselon II.b", "JPT Pratama"),
        ("Eselon III.a", "Administrator"),
        ("Eselon IV", "Pengawas"),
        ("eselon 4b", "Pengawas"),
    ],
)
def test_parse_jenis_jabatan(raw: str, expected: str) -> None:
    assert parse_jenis_jabatan(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "-", "Struktural", "Jabatan Struktural", "Honorer"])
def test_jenis_jabatan_that_cannot_be_told_is_none(raw: object) -> None:
    assert parse_jenis_jabatan(raw) is None


@pytest.mark.parametrize("raw", ["Direktur", "III"])
def test_unknown_jenis_jabatan_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_jenis_jabatan(raw)
    assert "Jenis jabatan" in info.value.message
    assert info.value.field == "jenis_jabatan"


def test_jenis_jabatan_list() -> None:
    assert JENIS_JABATAN == ("JPT Pratama", "Administrator", "Pengawas", "Fungsional", "Pelaksana")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Dinas Pendidikan", "Dinas"),
        ("DINAS KESEHATAN", "Dinas"),
        ("Sekretariat Dinas Pendidikan", "Dinas"),
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan"),
        ("BKPSDM", "Badan"),
        ("Bappeda", "Badan"),
        ("Kecamatan Cibinong", "Kecamatan"),
        ("Kantor Kecamatan Cibinong", "Kecamatan"),
        ("Kelurahan Pabuaran Kecamatan Cibinong", "Kelurahan"),
        ("SDN 1 Cibinong", "Sekolah"),
        ("SD Negeri 2 Sukamaju", "Sekolah"),
        ("SMPN 3 Cibinong", "Sekolah"),
        ("UPT SDN 4 Cibinong", "Sekolah"),
        ("UPT Puskesmas Cibinong", "Puskesmas"),
        ("Puskesmas Sukamaju", "Puskesmas"),
        ("RSUD Cibinong", "RSUD"),
        ("Rumah Sakit Umum Daerah Cibinong", "RSUD"),
        ("UPTD Pelatihan Kerja", "UPT"),
        ("UPTD Pendidikan Kecamatan Cibinong", "UPT"),
        ("Sekretariat Daerah", "Sekretariat Daerah"),
        ("Setda", "Sekretariat Daerah"),
        ("Bagian Organisasi Setda", "Sekretariat Daerah"),
        ("Sekretariat DPRD", "Sekretariat DPRD"),
        ("Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretariat DPRD"),
        ("Inspektorat Daerah", "Inspektorat"),
        ("Satuan Polisi Pamong Praja", "Satpol PP"),
        ("Satpol PP", "Satpol PP"),
    ],
)
def test_guess_unit_kind(name: str, kind: str) -> None:
    assert kind in UNIT_KINDS
    assert guess_unit_kind(name) == kind


@pytest.mark.parametrize("name", ["", "Koperasi Pegawai", "Bidang Mutasi"])
def test_unit_kind_unknown(name: str) -> None:
    assert guess_unit_kind(name) is None


def test_jenis_jabatan_spellings_are_cached_but_refusals_are_not() -> None:
    assert parse_jenis_jabatan("JFT") == parse_jenis_jabatan("JFT") == "Fungsional"
    for _ in range(2):  # a refused spelling keeps being refused with its message
        with pytest.raises(ValidationError, match="tidak dikenal"):
            parse_jenis_jabatan("Jabatan Antah")
