"""Deadline editor and print buttons of the Pengawasan page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.cases.deadlines import DeadlinesDialog
from ikrar_desktop.ui.cases.page import SupervisionPage


def _save(qtbot: QtBot, dialog: DeadlinesDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_changed_deadline_is_saved_and_loaded_back(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = DeadlinesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.fields["reported"].text() == "7"
    dialog.fields["reported"].clear()
    qtbot.keyClicks(dialog.fields["reported"], "10")
    dialog.fields["recommendation"].setText(" 45 ")
    _save(qtbot, dialog)
    assert dialog.result() == DeadlinesDialog.DialogCode.Accepted
    saved = svc.load_deadlines(ctx.conn)
    assert saved["reported"] == 10 and saved["recommendation"] == 45 and saved["decision"] == 14
    again = DeadlinesDialog(ctx)
    qtbot.addWidget(again)
    assert again.fields["reported"].text() == "10"
    again.defaults.click()
    assert again.fields["reported"].text() == "7"


@pytest.mark.parametrize(
    ("typed", "says"),
    [("abc", "bilangan bulat"), ("7,5", "bilangan bulat"), ("0", "1 sampai 365"),
     ("400", "1 sampai 365"), ("", "belum diisi"), ("-3", "bilangan bulat")],
)  # fmt: skip
def test_invalid_deadline_is_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, typed: str, says: str
) -> None:
    dialog = DeadlinesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.fields["verified"].setText(typed)
    dialog.fields["reported"].setText("9")
    _save(qtbot, dialog)
    assert dialog.result() != DeadlinesDialog.DialogCode.Accepted
    assert says in dialog.error.text() and "Rekomendasi atau keputusan PPK" in dialog.error.text()
    assert dialog.fields["verified"].styleSheet()
    assert svc.load_deadlines(ctx.conn)["reported"] == 7  # nothing saved
    qtbot.keyClicks(dialog.fields["verified"], "1")
    assert dialog.error.text() == ""


def test_print_buttons_write_pdfs_in_the_background(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    emp = add_employee(ctx.conn, EmployeeDraft(nama="Budi Santoso", nip="199003032015031003",
                                               unit="Dinas Pendidikan"))  # fmt: skip
    case = svc.add_case(ctx.conn, svc.CaseDraft(emp.id, "KE-4", "bawaslu", "2024-01-05"))
    page = SupervisionPage(ctx)
    qtbot.addWidget(page)
    page.print_case()  # nothing selected: told to pick one
    assert "Pilih dulu" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]
    sheet, register = tmp_path / "kasus.pdf", tmp_path / "register.pdf"
    op = page.printer.print_case_to(case.id, sheet)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    op = page.printer.print_register_to(page.current_filter(), register)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert sheet.read_bytes().startswith(b"%PDF") and register.read_bytes().startswith(b"%PDF")
    assert "register.pdf" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]
    op = page.printer.print_case_to(999, tmp_path / "none.pdf")
    with qtbot.waitSignal(op.failed, timeout=20000):
        pass
    assert ctx.interaction.messages[-1][0] == "Cetak gagal"  # type: ignore[attr-defined]
