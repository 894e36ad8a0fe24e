"""Indonesian day and month names, date formatting, and tolerant parsing of roster dates."""

from __future__ import annotations

import datetime
import math
import re

from ikrar_desktop.errors import ValidationError

DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Indexed by ``date.weekday()`` (Monday = 0)."""
MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
"""``MONTHS[m - 1]`` is the name of month ``m``."""

_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_MONTH_WORDS: dict[str, int] = {
    **{name.casefold(): number for number, name in enumerate(MONTHS, start=1)},
    **{name[:3].casefold(): number for number, name in enumerate(MONTHS, start=1)},
    "pebruari": 2, "peb": 2, "pebr": 2, "febr": 2,
    "may": 5,
    "agu": 8, "ags": 8, "agt": 8, "agst": 8, "agus": 8, "aug": 8,
    "sep": 9, "sept": 9,
    "okt": 10, "oct": 10,
    "nop": 11, "nopember": 11,
    "des": 12, "dec": 12,
    "january": 1, "february": 2, "march": 3, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}  # fmt: skip

_EMPTY = frozenset({"", "-", "--", "null", "none", "nan", "n/a", "0000-00-00", "00-00-0000"})
_TIME_TAIL = r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(rf"^(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}})\s*[-/.]\s*(\d{{4}}){_TIME_TAIL}$")
_YMD = re.compile(rf"^(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME_TAIL}$")
_TEXT_MONTH = re.compile(r"^(\d{1,2})\s*[-/ .]?\s*([A-Za-z]+)\.?\s*[-/ ,]?\s*(\d{4})$")
_DAY_PREFIX = re.compile(r"^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*")
_SPACES_RE = re.compile(r"\s+")
_EXCEL_MAX_SERIAL = 2_958_465  # 31 December 9999
_ACCEPTED = "18-09-2023, 18/09/2023, 2023-09-18, 18.09.2023 atau 18 September 2023"


def day_name(d: datetime.date) -> str:
    """ "Senin" … "Minggu"."""
    return DAYS[d.weekday()]


def month_name(m: int) -> str:
    """ "Januari" … "Desember" for 1 … 12."""
    if not 1 <= m <= 12:
        raise ValueError(f"bulan {m} tidak ada")
    return MONTHS[m - 1]


def roman_month(m: int) -> str:
    """Roman month for letter numbers: 9 -> "IX"."""
    if not 1 <= m <= 12:
        raise ValueError(f"bulan {m} tidak ada")
    return _ROMAN_MONTHS[m - 1]


def format_date(d: datetime.date) -> str:
    """ "18 September 2023" (day not zero-padded)."""
    return f"{d.day} {month_name(d.month)} {d.year}"


def format_long_date(d: datetime.date) -> str:
    """ "Senin, 18 September 2023"."""
    return f"{day_name(d)}, {format_date(d)}"


def format_short(d: datetime.date) -> str:
    """ "18-09-2023"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_time(t: datetime.time | datetime.datetime) -> str:
    """ "08.03": Indonesian separates hours and minutes with a dot."""
    return f"{t.hour:02d}.{t.minute:02d}"


def _error(raw: object, why: str = "") -> ValidationError:
    return ValidationError(
        f"Tanggal '{str(raw).strip()}' {why or 'tidak dikenali'}.",
        hint=f"Tulis tanggal seperti {_ACCEPTED}.",
        field="tanggal",
    )


def _make(raw: object, year: int, month: int, day: int) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _error(raw, "tidak ada di kalender") from None


def _from_serial(raw: object, serial: float, datemode_1904: bool) -> datetime.date:
    whole = math.floor(serial)
    first = 0 if datemode_1904 else 1
    if not first <= whole <= _EXCEL_MAX_SERIAL:
        raise _error(raw, "bukan nomor tanggal Excel yang sah")
    if datemode_1904:
        return datetime.date(1904, 1, 1) + datetime.timedelta(days=whole)
    # Excel's 1900 system pretends 29 February 1900 existed (serial 60), as Lotus 1-2-3 did.
    if whole == 60:
        raise _error(raw, "menunjuk 29 Februari 1900 yang tidak ada")
    base = datetime.date(1899, 12, 31) if whole < 60 else datetime.date(1899, 12, 30)
    return base + datetime.timedelta(days=whole)


def _from_digits(raw: object, text: str, datemode_1904: bool) -> datetime.date:
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
        if 1900 <= year <= 2100:
            return _make(raw, year, month, day)
        return _make(raw, int(text[4:]), int(text[2:4]), int(text[:2]))
    if len(text) == 5:
        return _from_serial(raw, int(text), datemode_1904)
    raise _error(raw)


def parse_date(raw: object, *, datemode_1904: bool = False) -> datetime.date | None:
    """A date from a roster cell: date objects, Excel serials, or common written forms.

    Empty, "-" and "null" give None; anything unreadable raises ValidationError.
    """
    if raw is None:
        return None
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if isinstance(raw, bool):
        raise _error(raw)
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise _error(raw)
        if isinstance(raw, int) and 10_000_000 <= raw <= 99_999_999:
            return _from_digits(raw, str(raw), datemode_1904)
        return _from_serial(raw, raw, datemode_1904)
    text = _SPACES_RE.sub(" ", str(raw)).strip().lstrip("'").strip()
    if text.casefold() in _EMPTY:
        return None
    if text.isdigit():
        return _from_digits(raw, text, datemode_1904)
    for pattern, order in ((_DMY, "dmy"), (_YMD, "ymd")):
        match = pattern.match(text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            return _make(raw, c, b, a) if order == "dmy" else _make(raw, a, b, c)
    match = _TEXT_MONTH.match(_DAY_PREFIX.sub("", text.casefold()))
    if match:
        month = _MONTH_WORDS.get(match.group(2))
        if month is None:
            raise _error(raw, f"memuat nama bulan '{match.group(2)}' yang tidak dikenal")
        return _make(raw, int(match.group(3)), month, int(match.group(1)))
    raise _error(raw)
