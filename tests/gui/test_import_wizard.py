"""The import wizard driven as a clerk would, on the sample BKPSDM roster."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.store.employees import EmployeeFilter, count
from ikrar_desktop.ui.importing.wizard import ImportWizard

WAIT = 30_000


def next_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    if not page.isComplete():
        with qtbot.waitSignal(
            page.completeChanged, timeout=WAIT, check_params_cb=lambda *a: page.isComplete()
        ):
            pass
    wizard.next()


@pytest.fixture
def roster(shared_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "daftar-nominatif.xlsx"
    shutil.copy(shared_dir / "samples" / "daftar-nominatif.xlsx", target)
    return target


def test_wizard_imports_and_explains_rejected_rows(
    qtbot: QtBot, ctx: AppContext, roster: Path
) -> None:
    wizard = ImportWizard(ctx, path=str(roster))
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)  # file read in the child process
    assert wizard.currentPage() is wizard.sheet_page
    assert "Judul kolom ditemukan di baris" in wizard.sheet_page.info.text()
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page.chosen()
    assert mapping[cols.NIP] is not None and mapping[cols.NAMA] is not None
    next_page(qtbot, wizard)
    preview = wizard.preview_page
    if wizard.plan is None:
        with qtbot.waitSignal(
            preview.completeChanged,
            timeout=WAIT,
            check_params_cb=lambda *a: wizard.plan is not None,
        ):
            pass
    plan = wizard.plan
    assert plan is not None
    assert len(plan.new) == 152
    assert len(plan.rejected_rows) == 8
    assert preview.models["rejected"].rowCount() >= 8
    assert "152</b> pegawai baru" in preview.summary.text()
    assert count(ctx.conn) == 0  # nothing written before "Terapkan"

    with qtbot.waitSignal(wizard.imported, timeout=WAIT):
        wizard.next()
    assert count(ctx.conn, EmployeeFilter(active=None)) == 152
    assert "152 pegawai ditambahkan" in wizard.result_page.summary.text()


def test_wizard_reports_a_file_that_is_not_a_spreadsheet(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    bogus = tmp_path / "surat.xlsx"
    bogus.write_bytes(b"%PDF-1.4 this is a pdf")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    with qtbot.waitSignal(
        page.completeChanged, timeout=WAIT, check_params_cb=lambda *a: page._op is None
    ):
        page.load(str(bogus))
    assert not page.isComplete()
    assert "bukan spreadsheet" in page.status.text() or "PDF" in page.status.text()
