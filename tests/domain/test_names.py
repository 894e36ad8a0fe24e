"""Splitting, displaying, searching and sorting names with Indonesian titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.names import (
    PersonName,
    display_name,
    is_plain_name,
    name_without_titles,
    search_key,
    sort_key,
    split_name,
)


@pytest.mark.parametrize(
    ("full", "front", "nama", "back"),
    [
        ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si."),
        ("Hj. Siti Nurhaliza, S.Pd.I.", "Hj.", "Siti Nurhaliza", "S.Pd.I."),
        ("dr. Made Wirawan, Sp.PD", "dr.", "Made Wirawan", "Sp.PD"),
        ("dr. Made Wirawan, Sp. PD", "dr.", "Made Wirawan", "Sp. PD"),
        ("Drs. KH. Abdul Rahman", "Drs. KH.", "Abdul Rahman", ""),
        ("Ir. H. Joko Widodo, M.M.", "Ir. H.", "Joko Widodo", "M.M."),
        ("Dra. Sri Mulyani", "Dra.", "Sri Mulyani", ""),
        ("Dradjat Harsono", "", "Dradjat Harsono", ""),
        ("Hendra", "", "Hendra", ""),
        ("Hj", "", "Hj", ""),
        ("H", "", "H", ""),
        ("Hj Aminah", "Hj", "Aminah", ""),
        ("H Abdul Somad", "H", "Abdul Somad", ""),
        ("K.H. Ma'ruf Amin", "K.H.", "Ma'ruf Amin", ""),
        ("drg. Rina Kartika, M.Kes.", "drg.", "Rina Kartika", "M.Kes."),
        ("Prof.Dr.Ir. Budi Hartono", "Prof. Dr. Ir.", "Budi Hartono", ""),
        ("Ns. Rina Wati, S.Kep.", "Ns.", "Rina Wati", "S.Kep."),
        ("Yuli Astuti, S.Kep., Ns.", "", "Yuli Astuti", "S.Kep., Ns."),
        ("Budi Santoso S.Pd", "", "Budi Santoso", "S.Pd"),
        ("Budi Santoso S.Pd., M.Pd.", "", "Budi Santoso", "S.Pd., M.Pd."),
        ("Dr H Kaspinor SE MSi", "Dr H", "Kaspinor", "SE, MSi"),
        ("Ahmad Fauzi,S.Pd.,M.Si", "", "Ahmad Fauzi", "S.Pd., M.Si"),
        ("Ahmad Fauzi, S.Pd. M.Si.", "", "Ahmad Fauzi", "S.Pd., M.Si."),
        ("Ahmad Fauzi, S.Pd.,, ", "", "Ahmad Fauzi", "S.Pd."),
        ("Rahmat Hidayat, A.Md.Kep", "", "Rahmat Hidayat", "A.Md.Kep"),
        ("Irwan Setiawan, S.T., M.T., Ph.D.", "", "Irwan Setiawan", "S.T., M.T., Ph.D."),
        ("  Siti   Aminah  ", "", "Siti Aminah", ""),
        ("DRS. H. AHMAD SUBAGIO, M.SI", "DRS. H.", "AHMAD SUBAGIO", "M.SI"),
        ("AHMAD SUBAGIO SE", "", "AHMAD SUBAGIO SE", ""),
        ("St. Aminah", "", "St. Aminah", ""),
        ("Moh. Hatta", "", "Moh. Hatta", ""),
        ("Muh. Yusuf St.", "", "Muh. Yusuf St.", ""),
        ("Irma Suryani", "", "Irma Suryani", ""),
        ("Drajat Se", "", "Drajat Se", ""),
        ("", "", "", ""),
    ],
)
def test_split_name(full: str, front: str, nama: str, back: str) -> None:
    assert split_name(full) == PersonName(front, nama, back)


def test_display_round_trip_of_a_well_written_name() -> None:
    full = "Dr. H. Ahmad Fauzi, S.Pd., M.Si."
    assert split_name(full).display == full


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si."), "Dr. H. Ahmad Fauzi, S.Pd., M.Si."),
        (("", "Ahmad Fauzi", "S.Pd."), "Ahmad Fauzi, S.Pd."),
        (("Dra.", "Sri Mulyani", ""), "Dra. Sri Mulyani"),
        (("", "Hendra", ""), "Hendra"),
        ((" ", " Hendra ", " , "), "Hendra"),
        (("", "", "S.Pd."), "S.Pd."),
        (("", "", ""), ""),
    ],
)
def test_display_name(parts: tuple[str, str, str], expected: str) -> None:
    assert display_name(*parts) == expected


def test_name_without_titles() -> None:
    assert name_without_titles("Dr. H. Ahmad Fauzi, S.Pd., M.Si.") == "Ahmad Fauzi"
    assert name_without_titles("Hj") == "Hj"


def test_search_key_is_folded_bare_name_in_order() -> None:
    assert search_key("Ahmad Fauzí") == "ahmad fauzi"
    assert search_key("Dr. H. AHMAD FAUZI, S.Pd.") == "ahmad fauzi"
    assert search_key("K.H. Ma'ruf Amin") == "maruf amin"


def test_search_tokens_match_in_any_order() -> None:
    key = search_key("Siti Nurhaliza")
    assert all(token in key for token in ("nurhaliza", "siti"))


def test_sort_ignores_titles_and_case() -> None:
    names = ["Prof. Dr. Zainal Arifin", "budi", "Hj. Aminah", "Dr. Candra"]
    assert sorted(names, key=sort_key) == [
        "Hj. Aminah",
        "budi",
        "Dr. Candra",
        "Prof. Dr. Zainal Arifin",
    ]


_WORD = st.text(alphabet="abcdefghijklmnoprstuwy", min_size=3, max_size=9).map(str.capitalize)


@given(
    front=st.lists(
        st.sampled_from(["Prof.", "Dr.", "dr.", "drg.", "Drs.", "Dra.", "Ir.", "H.", "Hj.", "KH."]),
        max_size=3,
    ),
    words=st.lists(_WORD, min_size=1, max_size=4),
    back=st.lists(
        st.sampled_from(
            ["S.Pd.", "M.Si.", "S.H.", "M.H.", "S.Kom.", "A.Md.", "S.E.", "M.M.", "Sp.A."]
        ),
        max_size=3,
    ),
)
def test_split_display_round_trip(front: list[str], words: list[str], back: list[str]) -> None:
    name = PersonName(" ".join(front), " ".join(words), ", ".join(back))
    assert split_name(name.display) == name


def test_search_tokens_drop_titles_and_degrees_anywhere() -> None:
    from ikrar_desktop.domain.names import search_tokens

    assert search_tokens("fauzi  Dr ahmad") == ["fauzi", "ahmad"]
    assert search_tokens("ahmad fauzi, S.Pd.") == ["ahmad", "fauzi"]
    assert search_tokens("Hj.") == ["hj"]  # nothing but a title: search for it as typed
    assert search_tokens("S.T. fauzi ahmad") == ["fauzi", "ahmad"]
    assert search_tokens("M.Si. fauzi Ahmad") == ["fauzi", "ahmad"]
    assert search_tokens("ahmad ma") == ["ahmad", "ma"]  # undotted: could be part of a name


# is_plain_name is a shortcut past split_name (the registry skips splitting when it holds):
# whenever it says "plain", split_name must find no title at all.
PLAIN_OR_NOT = [
    "Ahmad Fauzi", "Hj Aminah", "hj aminah", "HJ AMINAH", "H Abdul", "Hendra", "Hj", "H",
    "Budi Santoso SH", "BUDI SANTOSO SH", "Budi Santoso Sh", "Budi SPd", "Budi ST", "Budi st",
    "Dr Budi", "dr budi", "Drs Budi", "Dra", "Prof Budi", "Ir Joko", "KH Abdul", "Kh Abdul",
    "Ns Rina", "Apt Dewi", "Ma'ruf Amin", "José Müller", "Zainal", "Lc Ahmad", "Ahmad Lc",
    "Ahmad MA", "Ahmad Ma", "Ahmad ma", "Ahmad PhD", "Ahmad phd", "Se", "Ahmad SE", "Ahmad se",
]  # fmt: skip


def assert_plain_is_unsplit(text: str) -> None:
    tidy = " ".join(text.split())
    if tidy and is_plain_name(tidy):
        assert split_name(tidy) == PersonName("", tidy, "")


@pytest.mark.parametrize("text", PLAIN_OR_NOT)
def test_plain_names_have_no_titles(text: str) -> None:
    assert_plain_is_unsplit(text)


_PIECES = st.sampled_from(
    ["Ahmad", "siti", "H", "Hj", "hj", "Dr", "dr", "Drs", "Ir", "KH", "Prof", "Ns", "Apt", "SH",
     "Sh", "SPd", "ST", "MM", "MA", "Ma", "Lc", "PhD", "se", "SE", "Ma'ruf", "Müller", "X"]
)  # fmt: skip


@given(st.lists(_PIECES, min_size=1, max_size=5))
def test_plain_names_have_no_titles_random(words: list[str]) -> None:
    assert_plain_is_unsplit(" ".join(words))


# search_key's shortcut for simple names must give the general steps' answer.
_KEY_WORDS = ["Ahmad", "siti", "H", "Hj", "Dr", "SH", "ST", "MA", "Ma'ruf", "José", "a.b", "x-y",
              "O'Neil", "", " ", "\t", "ß", "İbrahim", "1", "Ｘ", "_", "-", "Budi2"]  # fmt: skip


@given(st.lists(st.sampled_from(_KEY_WORDS), max_size=4), st.sampled_from([" ", "  ", "", ", "]))
def test_search_key_shortcut_agrees_with_the_general_steps(words: list[str], sep: str) -> None:
    from ikrar_desktop.domain.names import _search_key

    name = sep.join(words)
    assert search_key(name) == _search_key(name)


@given(st.text(alphabet="abcXYZ019 '.,-_\tİß", max_size=12))
def test_search_key_shortcut_agrees_on_any_text(name: str) -> None:
    from ikrar_desktop.domain.names import _search_key

    assert search_key(name) == _search_key(name)
