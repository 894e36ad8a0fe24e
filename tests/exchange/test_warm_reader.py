"""The spare reader started ahead: same books, one file per child, limits kept, no leftovers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import misbehaving_readers as mr
import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange import sandbox
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.sandbox import ReadLimits, read_spreadsheet, run_child


@pytest.fixture(autouse=True)
def _cold_after() -> Iterator[None]:
    yield
    sandbox.stay_warm(False)


def _spare() -> sandbox._Reader:
    spare = sandbox._spare
    assert spare is not None and spare.proc.is_alive()
    return spare


def test_warm_read_gives_the_same_book_and_a_fresh_child_per_file(shared_dir: Path) -> None:
    path = shared_dir / "samples" / "daftar-nominatif.xlsx"
    cold = read_spreadsheet(path)
    assert sandbox._spare is None  # nothing is left running unless asked

    sandbox.stay_warm(True)
    sandbox.prewarm()
    first = _spare()
    first_pid = first.proc.pid
    warm = read_spreadsheet(path)
    assert [(s.name, s.rows, s.formulas) for s in warm.sheets] == [
        (s.name, s.rows, s.formulas) for s in cold.sheets
    ]
    second = _spare()
    assert second.proc.pid != first_pid  # the child that read the file is gone
    assert warm.sheets[0].rows == read_spreadsheet(path).sheets[0].rows

    last = _spare()
    sandbox.stay_warm(False)
    assert sandbox._spare is None
    assert last.proc._closed  # type: ignore[attr-defined]  # killed and reaped


def test_a_crash_in_a_warm_child_is_rejected_and_the_next_file_reads(
    tmp_path: Path, shared_dir: Path
) -> None:
    sandbox.stay_warm(True)
    sandbox.prewarm(read=mr.crash)
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(tmp_path / "x"), "xlsx", ReadLimits(), read=mr.crash)
    assert info.value.reason == rb.CRASH
    assert _spare().read is sandbox._read_book  # the next file gets a real reader
    book = read_spreadsheet(shared_dir / "samples" / "honorer.csv")
    assert book.sheets[0].rows


def test_a_spare_with_other_limits_is_not_used(tmp_path: Path) -> None:
    sandbox.stay_warm(True)
    sandbox.prewarm(ReadLimits(memory_mb=2048), read=mr.hog)
    roomy = _spare()
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(tmp_path / "x"), "xlsx", ReadLimits(memory_mb=100), read=mr.hog)
    assert info.value.reason == rb.MEMORY  # read under its own, smaller limit
    assert roomy.proc._closed  # type: ignore[attr-defined]  # dropped, not reused
    assert _spare().as_limit == sandbox._as_limit(ReadLimits(memory_mb=100))


def test_a_spare_ends_itself_when_its_parent_lets_go() -> None:
    reader = sandbox._Reader(sandbox._as_limit(ReadLimits()), sandbox._read_book)
    reader.jobs.close()  # what the OS does to the pipe when the app dies
    reader.proc.join(10)
    assert reader.proc.exitcode == 0
    reader.receiver.close()
    reader.proc.close()
