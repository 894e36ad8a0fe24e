"""Every sample file either reads with data or is refused for a specific reason; nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.sandbox import read_spreadsheet

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
_EXTS = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}


def _files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    found = [p for p in (SAMPLES / "real-world").glob("*") if p.suffix.lower() in _EXTS]
    found += [p for p in SAMPLES.glob("*") if p.suffix.lower() in (".xlsx", ".csv")]
    return sorted(found)


# Files known to be refused, with the reason. Anything not listed must read with data.
EXPECTED_REFUSALS = {
    "calamine__tests__OOM_alloc3.xls": rb.CORRUPT,
    "calamine__tests__issue_594_dos.ods": rb.TOO_LARGE,
    "calamine__tests__pass_protected.ods": rb.PASSWORD,
    "calamine__tests__pass_protected.xlsx": rb.PASSWORD,
    "calamine__tests__vba.xlsm": rb.NO_ROWS,
    "openpyxl__openpyxl__tests__data__reader__null_archive.xlsx": rb.NOT_SPREADSHEET,
    "openpyxl__openpyxl__tests__data__reader__vba-test.xlsm": rb.NO_ROWS,
    "pycalamine__tests__data__empty_file.xlsx": rb.EMPTY,
    "pycalamine__tests__data__password.xls": rb.PASSWORD,
    "pycalamine__tests__data__password.xlsx": rb.PASSWORD,
    "sheetjs__2011__apachepoi_53568.xlsx.xls": rb.NO_ROWS,
    "sheetjs__BlankSheetTypes.xlsm": rb.NO_ROWS,
    "sheetjs__artifacts__quattro__write_57.xls": rb.UNSUPPORTED,
    "sheetjs__author_snowman.ods": rb.NO_ROWS,
    "sheetjs__biff5__password_2002_40_xor.xls": rb.PASSWORD,
    "sheetjs__crlf__CRLFX5_2.XLS": rb.UNSUPPORTED,
    "sheetjs__password_2002_128_strong.xls": rb.PASSWORD,
    "xlrd__tests__samples__biff4_no_format_no_window2.xls": rb.UNSUPPORTED,
    "xlrd__tests__samples__sample.ods": rb.NO_ROWS,
}
_WORDS = {
    rb.PASSWORD: "kata sandi",
    rb.EMPTY: "kosong",
    rb.NO_ROWS: "Tidak ada baris data",
    rb.NOT_SPREADSHEET: "bukan",
    rb.UNSUPPORTED: "tidak didukung",
    rb.CORRUPT: "rusak",
    rb.TOO_LARGE: "terlalu besar",
}
FILES = _files()


@pytest.mark.skipif(not FILES, reason="shared samples folder is absent")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_sample_reads_or_is_refused_specifically(path: Path) -> None:
    expected = EXPECTED_REFUSALS.get(path.name)
    try:
        book = read_spreadsheet(path)
    except SpreadsheetRejectedError as err:
        # A new file may be refused, but only for a known reason with its specific wording.
        assert err.reason in _WORDS, err.message
        assert _WORDS[err.reason] in err.message
        assert err.hint
        if path.name in EXPECTED_REFUSALS or path.parent.name != "real-world":
            assert err.reason == expected, f"{path.name}: {err.reason} {err.message}"
        return
    assert expected is None, f"{path.name} read, but was expected to be refused ({expected})"
    assert book.has_data()
    assert book.format in ("xlsx", "xlsm", "xls", "ods", "csv")
    for sheet in book.sheets:
        for row in sheet.rows:
            assert row == [] or row[-1] is not None  # trailing empties trimmed
        if sheet.rows:
            assert sheet.rows[-1], "trailing empty rows must be trimmed"


def test_strict_ooxml_is_not_silently_empty() -> None:
    path = SAMPLES / "real-world" / "calamine__tests__strict_iso_paths.xlsx"
    if not path.exists():
        pytest.skip("sample absent")
    book = read_spreadsheet(path)
    assert sum(1 for r in book.sheets[0].rows if r) == 76
