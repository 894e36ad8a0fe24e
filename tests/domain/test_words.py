"""Numbers and dates in Indonesian words (terbilang)."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.words import MAX_NUMBER, date_in_words, number_to_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (18, "delapan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (2023, "dua ribu dua puluh tiga"),
        (2024, "dua ribu dua puluh empat"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (2_500_000, "dua juta lima ratus ribu"),
        (1_000_000_000, "satu miliar"),
        (-5, "minus lima"),
        (-1000, "minus seribu"),
        (
            999_999,
            "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
        ),
        (
            MAX_NUMBER,
            "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh "
            "sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus "
            "sembilan puluh sembilan",
        ),
    ],
)
def test_number_to_words(n: int, words: str) -> None:
    assert number_to_words(n) == words


def test_too_large() -> None:
    with pytest.raises(ValueError):
        number_to_words(MAX_NUMBER + 1)


@given(st.integers(-MAX_NUMBER, MAX_NUMBER))
def test_words_are_tidy(n: int) -> None:
    words = number_to_words(n)
    assert words == words.strip() and "  " not in words
    assert ("nol" in words.split()) == (n == 0)
    assert "satu ratus" not in words and "satu puluh" not in words
    assert not re.search(r"(^|juta |miliar )satu ribu", words)  # 1000 is "seribu"


def test_date_in_words_for_the_berita_acara() -> None:
    assert date_in_words(datetime.date(2023, 9, 18)) == (
        "Senin tanggal delapan belas bulan September tahun dua ribu dua puluh tiga"
    )
    assert date_in_words(datetime.date(2024, 2, 14)) == (
        "Rabu tanggal empat belas bulan Februari tahun dua ribu dua puluh empat"
    )
