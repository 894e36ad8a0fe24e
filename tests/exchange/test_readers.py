"""Readers keep identity columns exact, find formulas, bound rows/columns and read CSV variants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import hostile_files as hf
import pytest

from ikrar_desktop.exchange.readers import detect_delimiter, read_book


def test_types_formulas_hidden_and_offsets(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "r.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_string("B2", "198001012005011001")
    ws.write_number("C2", 198001012005011001)
    ws.write_formula("D2", "=1+1", None, 999)
    ws.write_datetime("E2", dt.datetime(2024, 8, 17), wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.add_worksheet("Tersembunyi").hide()
    wb.close()
    book = read_book(str(path), "xlsx")
    sheet = book.sheets[0]
    assert sheet.rows[0] == []
    assert sheet.rows[1][:3] == [None, "198001012005011001", 1.98001012005011e17]
    assert isinstance(sheet.rows[1][2], float)
    assert sheet.rows[1][3] == 999  # lying cached value; the formula flag below is what counts
    assert isinstance(sheet.rows[1][4], dt.datetime | dt.date)
    assert sheet.formulas == {(1, 3)}
    assert [s.visible for s in book.sheets] == [True, False]


def test_row_and_column_bounds(tmp_path: Path) -> None:
    path = hf.big_roster(tmp_path / "b.xlsx", rows=1000)
    book = read_book(str(path), "xlsx", max_rows=100, max_cols=5)
    sheet = book.sheets[0]
    assert sheet.truncated
    assert len(sheet.rows) == 100
    assert max(len(r) for r in sheet.rows) == 5


def test_merge_bomb_and_dimension_lie_stay_small(tmp_path: Path) -> None:
    book = read_book(str(hf.merge_bomb(tmp_path / "m.xlsx")), "xlsx")
    assert book.sheets[0].rows == [[1.0]]


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        (b"NIP;Nama;Nilai\n198001012005011001;Ani;3,5\n", "utf-8", ";"),
        ("\ufeffNIP,Nama\n198001012005011001,Budi\n".encode(), "utf-8-sig", ","),
        ("NIP\tNama\n198001012005011001\tCécile\n".encode("cp1252"), "cp1252", "\t"),
        ("NIP;Nama\n198001012005011001;Dewi\n".encode("utf-16"), "utf-16", ";"),
    ],
)
def test_csv_variants(tmp_path: Path, data: bytes, encoding: str, delimiter: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    book = read_book(str(path), "csv")
    assert (book.encoding, book.delimiter) == (encoding, delimiter)
    rows = book.sheets[0].rows
    assert rows[1][0] == "198001012005011001"
    assert all(isinstance(v, str) for r in rows for v in r)


def test_delimiter_prefers_consistent_columns() -> None:
    assert detect_delimiter('a;b;c\n"1,5";2;3\n4;"5,1";6\n') == ";"
    assert detect_delimiter("a,b\n1,2\n") == ","
