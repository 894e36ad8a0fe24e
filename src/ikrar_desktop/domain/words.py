"""Numbers and dates in Indonesian words (terbilang), as on a berita acara."""

from __future__ import annotations

import datetime

from ikrar_desktop.domain.dates import day_name, month_name

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu"))
MAX_NUMBER = 999_999_999_999


def _below_hundred(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    tens, units = divmod(n, 10)
    return f"{_UNITS[tens]} puluh" + (f" {_UNITS[units]}" if units else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds == 1:
        parts.append("seratus")
    elif hundreds:
        parts.append(f"{_UNITS[hundreds]} ratus")
    if rest or not parts:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def number_to_words(n: int) -> str:
    """Indonesian words up to 999 999 999 999: 2023 -> "dua ribu dua puluh tiga"."""
    if n < 0:
        return "minus " + number_to_words(-n)
    if n > MAX_NUMBER:
        raise ValueError(f"angka {n} terlalu besar untuk ditulis dengan kata")
    if n == 0:
        return "nol"
    parts = []
    for size, name in _SCALES:
        count, n = divmod(n, size)
        if count == 1 and size == 1_000:
            parts.append("seribu")
        elif count:
            parts.append(f"{_below_thousand(count)} {name}")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def date_in_words(d: datetime.date) -> str:
    """ "Senin tanggal delapan belas bulan September tahun dua ribu dua puluh tiga"."""
    return (
        f"{day_name(d)} tanggal {number_to_words(d.day)} bulan {month_name(d.month)} "
        f"tahun {number_to_words(d.year)}"
    )
