"""NIK validation, decoding and masking."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.nik import NikInfo, mask_nik, parse_nik
from ikrar_desktop.errors import ValidationError

TODAY = datetime.date(2025, 6, 1)


def error_of(raw: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_nik(raw, today=TODAY)
    assert info.value.field == "nik"
    return info.value


def test_woman_born_5_august_1990() -> None:
    info = parse_nik("'NIK. 3201 0145 0890 0001", today=TODAY)
    assert info == NikInfo(
        nik="3201014508900001",
        province="32",
        regency="01",
        district="01",
        birth_date=datetime.date(1990, 8, 5),
        gender="P",
    )
    assert info.masked == "3201********0001"


def test_man_and_the_two_digit_year_century() -> None:
    man = parse_nik("3201011508050002", today=TODAY)
    assert (man.gender, man.birth_date) == ("L", datetime.date(2005, 8, 15))
    # 2015 would make a ten-year-old employee: read it as 1915.
    old = parse_nik("3201011508150002", today=TODAY)
    assert old.birth_date == datetime.date(1915, 8, 15)


def test_default_today() -> None:
    assert parse_nik("3201014508900001").nik == "3201014508900001"


def test_date_that_does_not_exist_is_kept_without_birth_date() -> None:
    info = parse_nik("3201017102900001", today=TODAY)  # 31 February, woman
    assert info.birth_date is None
    assert info.gender == "P"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("320101450890001", "NIK harus 16 digit angka; yang diisi 15 digit."),
        ("32010145089000A1", "'A'"),
        ("", "NIK belum diisi."),
        ("0001014508900001", "kode provinsi pada NIK (00)"),
        ("9501014508900001", "kode provinsi pada NIK (95)"),
        ("3201013208900001", "tanggal lahir pada NIK (32)"),
        ("3201017208900001", "tanggal lahir pada NIK (72)"),
        ("3201010008900001", "tanggal lahir pada NIK (00)"),
        ("3201014513900001", "bulan lahir pada NIK (13)"),
        ("3201014500900001", "bulan lahir pada NIK (00)"),
        ("3201014508900000", "nomor urut 0000"),
    ],
)
def test_specific_messages(raw: str, fragment: str) -> None:
    assert fragment in error_of(raw).message


@pytest.mark.parametrize("raw", ["3,20101E+15", "3.201014508900E15", 3.2010145089e15])
def test_scientific_notation(raw: object) -> None:
    error = error_of(raw)
    assert "Excel" in error.message
    assert "Teks" in error.hint


@pytest.mark.parametrize(
    ("nik", "masked"),
    [
        ("3201014508900001", "3201********0001"),
        ("12345678", "********"),
        ("", ""),
        ("123456789", "1234*6789"),
    ],
)
def test_mask_nik(nik: str, masked: str) -> None:
    assert mask_nik(nik) == masked


@given(
    province=st.integers(11, 94),
    born=st.dates(datetime.date(1950, 1, 1), datetime.date(2009, 12, 31)),
    female=st.booleans(),
    seq=st.integers(1, 9999),
)
def test_random_niks_decode(province: int, born: datetime.date, female: bool, seq: int) -> None:
    day = born.day + (40 if female else 0)
    nik = f"{province:02d}0102{day:02d}{born:%m%y}{seq:04d}"
    info = parse_nik(nik, today=TODAY)
    assert info.birth_date == born
    assert info.gender == ("P" if female else "L")
    assert mask_nik(nik).startswith(nik[:4]) and mask_nik(nik).count("*") == 8
