"""Import wizard details a clerk notices: a typed path, readable rejected rows, whole row
numbers, and only Selesai once the import is done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.importing.wizard import ImportWizard

WAIT = 30_000


@pytest.fixture
def roster(shared_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "daftar nominatif.xlsx"
    shutil.copy(shared_dir / "samples" / "daftar-nominatif.xlsx", target)
    return target


def wait_complete(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=WAIT)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    for _ in range(3):  # file → sheet → mapping → preview
        wait_complete(qtbot, wizard)
        wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=WAIT)


def test_typed_path_and_enter_reads_the_file(qtbot: QtBot, ctx: AppContext, roster: Path) -> None:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert not page.path.isReadOnly()
    qtbot.keyClicks(page.path, f'"{roster}"')  # pasted from Explorer's "Copy as path"
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert wizard.book is not None and page.path.text() == str(roster)
    book = wizard.book
    qtbot.keyClick(page.path, Qt.Key.Key_Return)  # Enter again: on to the next page
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.book is book  # not read a second time


def test_row_numbers_show_as_whole_numbers(qtbot: QtBot, ctx: AppContext, roster: Path) -> None:
    wizard = ImportWizard(ctx, path=str(roster))
    qtbot.addWidget(wizard)
    wizard.show()
    wait_complete(qtbot, wizard)
    wizard.next()
    model = wizard.sheet_page.model
    numbers = [model.index(r, 0).data() for r in range(model.rowCount()) if model.rows[r]]
    assert "1" in numbers and not any(str(n).endswith(".0") for n in numbers)
    assert RowsModel([""], [[7.0, 2.5, None]]).index(0, 0).data() == "7"
    assert RowsModel(["", ""], [[7.0, 2.5]]).index(0, 1).data() == "2.5"


def test_rejected_rows_show_name_and_reason_in_full(
    qtbot: QtBot, ctx: AppContext, roster: Path
) -> None:
    wizard = ImportWizard(ctx, path=str(roster))
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard)
    preview, plan = wizard.preview_page, wizard.plan
    assert plan is not None and plan.errors
    model = preview.models["rejected"]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[-5:] == ["Baris", "Nama", "Kolom", "Nilai", "Alasan"]
    offset = model.columnCount() - 5
    sheet = next(s for s in wizard.book.sheets if s.name == plan.sheet)  # type: ignore[union-attr]
    for r, error in enumerate(plan.errors):
        assert model.index(r, offset).data() == str(error.row)  # not "12.0"
        assert model.index(r, offset + 1).data() == str(sheet.rows[error.row - 1][1]).strip()
        reason = model.index(r, offset + 4)
        assert reason.data() == error.message
        assert reason.data(Qt.ItemDataRole.ToolTipRole) == error.message
    view = preview.views["rejected"]
    assert view.wordWrap()
    assert any(model.index(r, offset + 1).data() for r in range(model.rowCount()))


def test_only_selesai_after_the_import(qtbot: QtBot, ctx: AppContext, roster: Path) -> None:
    wizard = ImportWizard(ctx, path=str(roster))
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    with qtbot.waitSignal(wizard.imported, timeout=WAIT):
        wizard.next()
    assert wizard.currentPage() is wizard.result_page
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
