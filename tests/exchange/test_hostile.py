"""Crafted hostile files are refused with their specific reason, quickly, killing only the child."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import misbehaving_readers as mr
import pytest

from ikrar_desktop.errors import FileRejectedError
from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.sandbox import ReadCancelled, ReadLimits, read_spreadsheet, run_child

CASES: list[tuple[str, Callable[[Path], Path], str, tuple[str, ...]]] = [
    ("laughs.xlsx", hf.billion_laughs, rb.CORRUPT, ("rusak",)),
    ("bomb.xlsx", hf.zip_bomb, rb.TOO_LARGE, ("terlalu besar",)),
    ("lying.xlsx", hf.lying_sizes, rb.CORRUPT, ("tidak sesuai",)),
    ("many_entries.xlsx", hf.many_entries, rb.TOO_LARGE, ("bagian",)),
    ("encrypted.xlsx", hf.encrypted_ooxml, rb.PASSWORD, ("kata sandi",)),
    ("page.xls", hf.html_as_xls, rb.HTML, ("HTML",)),
    ("empty.xlsx", hf.empty, rb.EMPTY, ("kosong",)),
    ("report.xlsx", hf.pdf_as_xlsx, rb.NOT_SPREADSHEET, ("PDF",)),
]


@pytest.mark.parametrize(("name", "make", "reason", "words"), CASES, ids=[c[0] for c in CASES])
def test_refused_with_specific_reason(
    tmp_path: Path,
    name: str,
    make: Callable[[Path], Path],
    reason: str,
    words: tuple[str, ...],
) -> None:
    path = make(tmp_path / name)
    started = time.monotonic()
    with pytest.raises(FileRejectedError) as info:
        read_spreadsheet(path)
    elapsed = time.monotonic() - started
    err = info.value
    assert isinstance(err, SpreadsheetRejectedError)
    assert err.reason == reason, err.message
    assert all(w in err.message for w in words), err.message
    assert err.hint
    assert elapsed < 10


def test_far_cell_kills_only_the_child(tmp_path: Path) -> None:
    # python-calamine 0.9.1 aborts its process on this 1 KB file (tafia/calamine#693).
    path = hf.far_cell(tmp_path / "far.xlsx")
    started = time.monotonic()
    try:
        book = read_spreadsheet(path)
    except SpreadsheetRejectedError as err:
        assert err.reason in (rb.CRASH, rb.MEMORY, rb.TOO_LARGE), err.message
    else:  # a fixed calamine may read it: then the bounds must hold
        assert all(len(s.rows) <= ReadLimits().max_rows for s in book.sheets)
        assert all(len(r) <= ReadLimits().max_cols for s in book.sheets for r in s.rows)
    assert time.monotonic() - started < 10


def test_merge_bomb_reads_the_real_cell(tmp_path: Path) -> None:
    started = time.monotonic()
    book = read_spreadsheet(hf.merge_bomb(tmp_path / "merge.xlsx"))
    assert book.sheets[0].rows == [[1.0]]
    assert time.monotonic() - started < 10


def test_many_sheets(tmp_path: Path) -> None:
    started = time.monotonic()
    book = read_spreadsheet(hf.many_sheets(tmp_path / "sheets.xlsx"))
    assert len(book.sheets) == 900
    assert time.monotonic() - started < 10


def test_memory_limit_kills_hungry_child(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(tmp_path / "x"), "xlsx", ReadLimits(memory_mb=100), read=mr.hog)
    assert info.value.reason == rb.MEMORY
    assert "lebih dari 100 MB" in info.value.message
    assert time.monotonic() - started < 10


def test_memory_limit_on_real_file(tmp_path: Path) -> None:
    big_xlsx = hf.big_roster(tmp_path / "big.xlsx", rows=20_000)
    with pytest.raises(SpreadsheetRejectedError) as info:
        read_spreadsheet(big_xlsx, ReadLimits(memory_mb=40))
    assert info.value.reason == rb.MEMORY


def test_time_limit(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(tmp_path / "x"), "xlsx", ReadLimits(seconds=1.0), read=mr.hang)
    assert info.value.reason == rb.TIMEOUT
    assert "dihentikan setelah 1 detik" in info.value.message
    assert time.monotonic() - started < 5


def test_crash_becomes_rejection(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(tmp_path / "x"), "xlsx", ReadLimits(), read=mr.crash)
    assert info.value.reason == rb.CRASH
    assert "berhenti mendadak" in info.value.message


def test_cancel_kills_child_promptly(tmp_path: Path) -> None:
    import psutil

    before = {p.pid for p in psutil.Process().children()}
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    started = time.monotonic()
    try:
        with pytest.raises(ReadCancelled):
            run_child(str(tmp_path / "x"), "xlsx", ReadLimits(), cancel, read=mr.hang)
    finally:
        timer.cancel()
    assert time.monotonic() - started < 1.5
    alive = [p for p in psutil.Process().children() if p.pid not in before and p.is_running()]
    assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]


def test_openpyxl_is_defused() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True
    assert os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"
