"""A printed PDF gets the permissions an exported xlsx gets: those the umask gives."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ikrar_desktop.documents.output import write_atomic
from ikrar_desktop.exchange.roster_export import write_template

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix
def test_pdf_and_xlsx_share_the_umask_permissions(tmp_path: Path, umask_022: None) -> None:
    pdf = write_atomic(tmp_path / "pakta.pdf", b"%PDF-1.7 test")
    xlsx = write_template(tmp_path / "templat.xlsx")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o644
    assert stat.S_IMODE(pdf.stat().st_mode) == stat.S_IMODE(Path(xlsx).stat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
