"""Golongan spellings, pangkat names and PPPK golongan."""

from __future__ import annotations

import pytest

from ikrar_desktop.domain.golongan import (
    GOLONGAN_ORDER,
    PANGKAT,
    PPPK_GOLONGAN,
    golongan_label,
    golongan_rank,
    is_pppk_golongan,
    normalize_golongan,
    pangkat,
)
from ikrar_desktop.errors import ValidationError


@pytest.mark.parametrize(
    "raw",
    [
        "III/a",
        "IIIa",
        "III a",
        "III/A",
        "iii-a",
        "III.a",
        "III - a",
        "3a",
        "3/a",
        "3 A",
        "Penata Muda, III/a",
        "Penata Muda (III/a)",
        "Penata Muda",
        "'III/a",
        "Gol. III/a",
        "Golongan III/a",
        "GOL.RUANG III/A",
    ],
)
def test_pns_spellings(raw: str) -> None:
    assert normalize_golongan(raw) == "III/a"
    assert normalize_golongan(raw, "PNS") == "III/a"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("IVe", "IV/e"),
        ("IV/A", "IV/a"),
        ("4b", "IV/b"),
        ("I/a", "I/a"),
        ("II d", "II/d"),
        ("Penata Muda Tk. I", "III/b"),
        ("Pembina Tingkat I, IV/b", "IV/b"),
        ("PENGATUR", "II/c"),
    ],
)
def test_more_pns_spellings(raw: str, expected: str) -> None:
    assert normalize_golongan(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("IX", "IX"),
        ("ix", "IX"),
        ("9", "IX"),
        (9, "IX"),
        (9.0, "IX"),
        ("Gol. IX", "IX"),
        ("Golongan XVII", "XVII"),
        ("17", "XVII"),
        ("I", "I"),
        ("1", "I"),
        ("V", "V"),
        ("XIV", "XIV"),
    ],
)
def test_pppk_golongan(raw: object, expected: str) -> None:
    assert normalize_golongan(raw) == expected
    assert normalize_golongan(raw, "PPPK") == expected
    assert normalize_golongan(raw, "PPPK Paruh Waktu") == expected


@pytest.mark.parametrize("raw", [None, "", "  ", "-", "null", "NULL", "None"])
def test_empty(raw: object) -> None:
    assert normalize_golongan(raw) is None
    assert normalize_golongan(raw, "Non-ASN") is None


@pytest.mark.parametrize("raw", ["abc", "XVIII", "18", "0", "V/a", "III/f", "Penata Madya", "9.5"])
def test_unknown_golongan(raw: object) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_golongan(raw)
    assert "tidak dikenal" in info.value.message
    assert info.value.field == "golongan"


def test_ruang_e_only_exists_in_golongan_iv() -> None:
    with pytest.raises(ValidationError, match="ruang e hanya ada pada golongan IV"):
        normalize_golongan("III/e")


@pytest.mark.parametrize("status", ["PNS", "CPNS"])
def test_pns_needs_the_ruang_letter(status: str) -> None:
    with pytest.raises(ValidationError, match="huruf ruang"):
        normalize_golongan("III", status)


def test_pppk_cannot_have_a_pns_golongan() -> None:
    with pytest.raises(ValidationError, match="golongan PNS"):
        normalize_golongan("III/a", "PPPK")


def test_non_asn_has_no_golongan() -> None:
    with pytest.raises(ValidationError, match="Non-ASN"):
        normalize_golongan("III/a", "Non-ASN")


def test_pangkat_table() -> None:
    assert len(PANGKAT) == 17
    assert PANGKAT["III/a"] == "Penata Muda"
    assert PANGKAT["IV/e"] == "Pembina Utama"
    assert PANGKAT["I/a"] == "Juru Muda"
    assert PANGKAT["II/d"] == "Pengatur Tingkat I"


def test_pangkat_and_label() -> None:
    assert pangkat("III/a") == "Penata Muda"
    assert pangkat("IVa") == "Pembina"
    assert pangkat("IX") == ""
    assert pangkat("") == ""
    assert golongan_label("III/a") == "Penata Muda, III/a"
    assert golongan_label("IX") == "Golongan IX"
    assert golongan_label(None) == ""


def test_order() -> None:
    assert GOLONGAN_ORDER[:2] == ["I/a", "I/b"]
    assert GOLONGAN_ORDER[16] == "IV/e"
    assert GOLONGAN_ORDER[17:] == list(PPPK_GOLONGAN)
    assert len(PPPK_GOLONGAN) == 17 and PPPK_GOLONGAN[-1] == "XVII"
    assert golongan_rank("III/a") < golongan_rank("IV/a") < golongan_rank("I")
    assert golongan_rank("bogus") == len(GOLONGAN_ORDER)
    assert is_pppk_golongan("IX") and not is_pppk_golongan("III/a")


@pytest.mark.parametrize("golongan", GOLONGAN_ORDER)
def test_every_canonical_golongan_normalises_to_itself(golongan: str) -> None:
    assert normalize_golongan(golongan) == golongan
    assert normalize_golongan(golongan_label(golongan)) == golongan
