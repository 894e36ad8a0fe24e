"""Indonesian date formatting and tolerant parsing of roster dates."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.dates import (
    DAYS,
    MONTHS,
    day_name,
    format_date,
    format_long_date,
    format_short,
    format_time,
    month_name,
    parse_date,
    roman_month,
)
from ikrar_desktop.errors import ValidationError

MONDAY = datetime.date(2023, 9, 18)


@pytest.mark.parametrize(
    ("offset", "name"),
    list(enumerate(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])),
)
def test_every_weekday(offset: int, name: str) -> None:
    assert day_name(MONDAY + datetime.timedelta(days=offset)) == name
    assert DAYS[offset] == name


def test_month_names() -> None:
    assert MONTHS[0] == "Januari" and MONTHS[1] == "Februari" and MONTHS[10] == "November"
    assert [month_name(m) for m in (5, 8, 12)] == ["Mei", "Agustus", "Desember"]
    assert [roman_month(m) for m in (1, 4, 9, 12)] == ["I", "IV", "IX", "XII"]


@pytest.mark.parametrize("month", [0, 13])
def test_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        month_name(month)
    with pytest.raises(ValueError):
        roman_month(month)


def test_formats() -> None:
    assert format_date(MONDAY) == "18 September 2023"
    assert format_long_date(MONDAY) == "Senin, 18 September 2023"
    assert format_date(datetime.date(2024, 2, 5)) == "5 Februari 2024"  # day not zero-padded
    assert format_short(datetime.date(2024, 2, 5)) == "05-02-2024"
    assert format_time(datetime.time(8, 3)) == "08.03"
    assert format_time(datetime.datetime(2023, 9, 18, 14, 30, 59)) == "14.30"


@pytest.mark.parametrize(
    "raw",
    [
        MONDAY,
        datetime.datetime(2023, 9, 18, 8, 30),
        45187,
        45187.75,
        "45187",
        "18-09-2023",
        "18/09/2023",
        "18.09.2023",
        "18 - 09 - 2023",
        "2023-09-18",
        "2023/09/18",
        "2023-09-18 00:00:00",
        "2023-09-18T08:30:00.123",
        "18 September 2023",
        "18 september 2023",
        "18 Sept 2023",
        "18 Sep. 2023",
        "18-Sep-2023",
        "Senin, 18 September 2023",
        "'18-09-2023",
        "20230918",
        20230918,
        "18092023",
    ],
)
def test_parse_date_forms(raw: object) -> None:
    assert parse_date(raw) == MONDAY


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1-2-2024", datetime.date(2024, 2, 1)),
        ("18 Agu 2023", datetime.date(2023, 8, 18)),
        ("18 Ags 2023", datetime.date(2023, 8, 18)),
        ("18 Agustus 2023", datetime.date(2023, 8, 18)),
        ("1 Mei 2024", datetime.date(2024, 5, 1)),
        ("1 Okt 2024", datetime.date(2024, 10, 1)),
        ("25 Des 2024", datetime.date(2024, 12, 25)),
        ("14 Peb 2024", datetime.date(2024, 2, 14)),
        ("14 Feb 2024", datetime.date(2024, 2, 14)),
        ("14 Pebruari 2024", datetime.date(2024, 2, 14)),
        ("10 Nopember 2023", datetime.date(2023, 11, 10)),
        ("Jumat, 10 November 2023", datetime.date(2023, 11, 10)),
    ],
)
def test_indonesian_month_names_and_abbreviations(raw: str, expected: datetime.date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", [None, "", " ", "-", "null", "NULL", "0000-00-00"])
def test_empty_values(raw: object) -> None:
    assert parse_date(raw) is None


def test_excel_serials_1900_system_with_the_lotus_bug() -> None:
    assert parse_date(1) == datetime.date(1900, 1, 1)
    assert parse_date(59) == datetime.date(1900, 2, 28)
    assert parse_date(61) == datetime.date(1900, 3, 1)
    assert parse_date(2958465) == datetime.date(9999, 12, 31)
    with pytest.raises(ValidationError, match="29 Februari 1900"):
        parse_date(60)


def test_excel_serials_1904_system() -> None:
    assert parse_date(0, datemode_1904=True) == datetime.date(1904, 1, 1)
    assert parse_date(43725, datemode_1904=True) == MONDAY


@pytest.mark.parametrize("raw", [0, -1, 2958466, float("nan"), float("inf")])
def test_impossible_serials(raw: float) -> None:
    with pytest.raises(ValidationError):
        parse_date(raw)
    with pytest.raises(ValidationError):
        parse_date(raw - 1 if raw == 0 else raw, datemode_1904=True)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("31-02-2023", "tidak ada di kalender"),
        ("2023-13-01", "tidak ada di kalender"),
        ("18 Foo 2023", "'foo'"),
        ("kemarin", "'kemarin' tidak dikenali"),
        ("2023", "tidak dikenali"),
        ("18-09-23", "tidak dikenali"),
        (True, "tidak dikenali"),
        ([2023, 9, 18], "tidak dikenali"),
    ],
)
def test_unreadable_dates_name_the_value_and_the_accepted_forms(raw: object, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(raw)
    assert fragment in info.value.message
    assert "18 September 2023" in info.value.hint
    assert info.value.field == "tanggal"


@given(st.dates(datetime.date(1901, 1, 1), datetime.date(2100, 12, 31)))
def test_every_format_parses_back(d: datetime.date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(format_long_date(d)) == d
    assert parse_date(format_short(d)) == d
    assert parse_date(d.isoformat()) == d
    serial = (d - datetime.date(1899, 12, 30)).days
    assert parse_date(serial) == d
    if d.year >= 1904:
        assert parse_date(serial - 1462, datemode_1904=True) == d
