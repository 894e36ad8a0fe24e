"""Finding the roster table: sheet, header row, column-number row and the data block's end."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.errors import FileRejectedError, UserError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.exchange.roster_table import (
    _filled,
    _has_text,
    _text,
    choose_sheet,
    find_table,
    locate,
)

HEADER = ["No", "Nama", "NIP", "Jabatan", "Unit Kerja"]


def _row(n: int) -> list[object]:
    return [float(n), f"Pegawai {n}", "196803161988072006", "Staf", "Dinas Sosial"]


def _table(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    sheet = RawSheet("Data", rows)
    book = RawBook("x.xlsx", "xlsx", [sheet])
    found, header = find_table(book)
    return locate(found, header, cols.auto_map(found.rows[header]))


def test_titles_numbers_totals_and_signature_are_ignored_with_reasons() -> None:
    rows: list[list[object]] = [
        ["PEMERINTAH KABUPATEN PRINGSEWU"],
        [None, None, "DAFTAR NOMINATIF"],
        [],
        HEADER,
        [1.0, 2.0, 3.0, 4.0, 5.0],
        _row(1),
        [],
        _row(2),
        [9.0, None, None, None, "Dinas Sosial"],
        _row(3),
        ["JUMLAH", None, None, None, 3.0],
        [],
        [None, None, None, None, "Pringsewu, 1 September 2023"],
        [None, None, None, None, "Kepala BKPSDM,"],
        [None, "Adi Erlansyah, S.H."],
        [None, "NIP. 19710203 199803 1 004"],
    ]
    t = _table(rows)
    assert t.header_row == 4
    assert [n for n, _ in t.rows] == [6, 8, 10]
    reasons = {i.row: i.reason for i in t.ignored}
    assert reasons[1] == reasons[2] == "judul di atas tabel"
    assert reasons[5] == "baris nomor kolom"
    assert reasons[11] == "baris jumlah/total"
    assert all(reasons[r].startswith("di bawah akhir tabel") for r in (13, 14, 15, 16))
    assert reasons[9] == "tanpa NIP, NIK maupun nama"


def test_signature_block_without_totals_row() -> None:
    rows: list[list[object]] = [
        HEADER,
        _row(1),
        _row(2),
        [],
        [None, None, None, "Mengetahui,"],
        [None, "Budi Santoso"],
        [None, "NIP. 19710203 199803 1 004"],
    ]
    t = _table(rows)
    assert [n for n, _ in t.rows] == [2, 3]
    assert {i.row for i in t.ignored} == {5, 6, 7}


def test_long_blank_run_ends_the_block_and_later_rows_are_reported() -> None:
    rows: list[list[object]] = [HEADER, _row(1), *([[]] * 25), _row(2)]
    t = _table(rows)
    assert [n for n, _ in t.rows] == [2]
    assert any(i.row == 28 and "akhir tabel" in i.reason for i in t.ignored)


def test_repeated_header_row_is_skipped() -> None:
    t = _table([HEADER, _row(1), HEADER, _row(2)])
    assert [n for n, _ in t.rows] == [2, 4]
    assert t.ignored[0].reason == "judul kolom berulang"


def test_choose_sheet_picks_the_roster_and_honours_a_name() -> None:
    cover = RawSheet("Sampul", [["Laporan"], ["Tahun 2024"]])
    data = RawSheet("Pegawai", [HEADER, _row(1)])
    hidden = RawSheet("Lama", [HEADER, _row(1), _row(2)], visible=False)
    book = RawBook("x.xlsx", "xlsx", [cover, hidden, data])
    assert choose_sheet(book).name == "Pegawai"
    assert choose_sheet(book, "lama").name == "Lama"
    with pytest.raises(UserError, match="Lembar 'Tidak Ada' tidak ada") as err:
        choose_sheet(book, "Tidak Ada")
    assert err.value.exit_code == 1


def test_sheet_without_header_is_refused() -> None:
    book = RawBook("x.xlsx", "xlsx", [RawSheet("S", [["a", "b"], [1.0, 2.0]])])
    with pytest.raises(FileRejectedError, match="tidak tampak seperti daftar pegawai"):
        find_table(book)


# _has_text and _filled read a cell without building its text; they must agree with _text.
_SPACES = [chr(c) for c in range(0x3000 + 1) if chr(c).isspace()] + ["\u200b", "\ufeff"]
TRICKY_CELLS: list[object] = [
    None, "", " ", "  \t", "\u00a0", "\u3000", "x", " x ", "-", 0, 1, -1, 0.0, -0.0, 1.5,
    float("nan"), float("inf"), 1e20, True, False, datetime.date(2024, 1, 2),
    datetime.datetime(2024, 1, 2, 3, 4), datetime.time(1, 2), *_SPACES,
]  # fmt: skip


@pytest.mark.parametrize("cell", TRICKY_CELLS, ids=repr)
def test_has_text_agrees_with_text(cell: object) -> None:
    assert _has_text(cell) == bool(_text(cell))


@given(st.lists(st.sampled_from(TRICKY_CELLS), max_size=12), st.integers(1, 8))
def test_filled_counts_text_cells_up_to_the_limit(row: list[object], limit: int) -> None:
    assert _filled(row, limit) == min(sum(1 for c in row if _text(c)), limit)
