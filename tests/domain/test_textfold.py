"""Folding text for search, sort and unit-name keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.textfold import fold, fold_unit


def test_fold_example_from_the_brief() -> None:
    assert fold("  Dr. H. AHMAD  Fauzí, S.Pd.") == "dr h ahmad fauzi s pd"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma'ruf", "ma ruf"),
        ("Ma’ruf", "ma ruf"),
        ("Nur-Aini", "nur aini"),
        ("a_b/c`d", "a b c d"),
        ("ÉLISE  Çakir", "elise cakir"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("\u00a0tab\tand\nnewline ", "tab and newline"),
        ("(Bagian) Umum; Setda", "bagian umum setda"),
        ("", ""),
        ("...", ""),
    ],
)
def test_fold_variants(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_unit_names_differing_only_in_case_spaces_or_punctuation_fold_alike() -> None:
    keys = {fold_unit(n) for n in ("Dinas  Pendidikan", "DINAS PENDIDIKAN", "dinas pendidikan.")}
    assert keys == {"dinas pendidikan"}
    assert fold_unit("Dinas Kesehatan") != fold_unit("Dinas Pendidikan")


@given(st.text())
def test_fold_is_idempotent_and_tidy(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
