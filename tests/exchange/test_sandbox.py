"""The sandboxed read returns the same book as the in-process read (speed: benchmarks/)."""

from __future__ import annotations

from pathlib import Path

import hostile_files as hf
import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.sandbox import read_spreadsheet
from inprocess_read import read_spreadsheet_inprocess


@pytest.fixture(scope="module")
def big_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hf.big_roster(tmp_path_factory.mktemp("big") / "roster50k.xlsx")


def test_same_result_as_inprocess(big_xlsx: Path) -> None:
    messages: list[str] = []
    book = read_spreadsheet(big_xlsx, progress=messages.append)
    same = read_spreadsheet_inprocess(big_xlsx)
    assert book == same
    assert len(book.sheets[0].rows) == hf.BIG_ROWS
    assert book.sheets[0].rows[1][0] == "198001012005010001"
    assert messages


def test_zero_rows_is_refused(tmp_path: Path) -> None:
    path = hf.write_xlsx(tmp_path / "e.xlsx", [hf._sheet("")])
    with pytest.raises(SpreadsheetRejectedError) as info:
        read_spreadsheet(path)
    assert info.value.reason == rb.NO_ROWS
