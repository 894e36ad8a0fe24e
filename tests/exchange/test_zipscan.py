"""The zip pre-scan refuses bombs and lying archives from the central directory alone."""

from __future__ import annotations

import time
from pathlib import Path

import hostile_files as hf
import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.zipscan import prescan_zip


def test_plain_file_passes(tmp_path: Path) -> None:
    prescan_zip(hf.plain(tmp_path / "a.xlsx"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [(hf.zip_bomb, rb.TOO_LARGE), (hf.many_entries, rb.TOO_LARGE), (hf.lying_sizes, rb.CORRUPT)],
)
def test_refused_before_parsing(tmp_path: Path, make: object, reason: str) -> None:
    path = make(tmp_path / "x.xlsx")  # type: ignore[operator]
    started = time.monotonic()
    with pytest.raises(SpreadsheetRejectedError) as info:
        prescan_zip(path)
    assert info.value.reason == reason
    assert time.monotonic() - started < 1


def test_ratio_and_total_limits(tmp_path: Path) -> None:
    path = hf.zip_bomb(tmp_path / "b.xlsx", megabytes=20)
    with pytest.raises(SpreadsheetRejectedError, match="bom zip"):
        prescan_zip(path, max_ratio=100)
    with pytest.raises(SpreadsheetRejectedError, match="batas 10 MB"):
        prescan_zip(path, max_total_uncompressed=10 * 1024 * 1024, max_ratio=10_000)
