"""Scanner input is never lost: the projector never takes it, stray widgets pass it on, and a
scanner's Enter never answers a dialog; questions default to the safe answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_desk import FAUZI, SITI, key, row, scan

from ikrar_desktop.ui.common.interaction import QtInteraction
from ikrar_desktop.ui.desk.page import DeskPage
from ikrar_desktop.ui.desk.projector import ProjectorWindow, elide_unit, target_screen
from ikrar_desktop.ui.desk.scan_guard import scan_guard


class Clock:
    """The guard's clock, moved by hand: keystrokes in a test arrive at scanner speed."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_scan_typed_into_the_projector_reaches_the_desk(qtbot: QtBot, desk: DeskPage) -> None:
    desk.open_projector()
    projector = desk.projector
    assert isinstance(projector, ProjectorWindow) and projector.isVisible()
    qtbot.keyClicks(projector, FAUZI)
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    assert row(desk.ctx.conn, FAUZI)[0] == "hadir"
    assert desk.feedback.tone == "ok" and "HADIR" in desk.feedback.text()
    qtbot.keyClick(projector, Qt.Key.Key_F9)  # F-keys too: pakta for the person shown
    assert row(desk.ctx.conn, FAUZI)[1] == 1


def test_a_scan_into_another_widget_of_the_window_reaches_the_desk(
    qtbot: QtBot, desk: DeskPage
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    sidebar = QListWidget()
    sidebar.addItems(["Beranda", "Pegawai", "Meja Hadir"])
    layout = QHBoxLayout(window)
    layout.addWidget(sidebar)
    layout.addWidget(desk, 1)
    window.show()
    qtbot.waitUntil(desk.isVisible)
    sidebar.setFocus()
    qtbot.keyClicks(sidebar, SITI)
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert row(desk.ctx.conn, SITI)[0] == "hadir"
    assert desk.input.text() == ""
    desk.setParent(None)  # the fixture closes the desk itself


def test_the_projector_never_takes_the_keyboard(qtbot: QtBot, desk: DeskPage) -> None:
    desk.open_projector()
    projector = desk.projector
    assert projector is not None
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    focusable = [
        w for w in projector.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert focusable == [] and not projector.findChildren(QPushButton)
    # driven from the desk: F12 hides and shows it, Shift+F12 makes it full screen
    key(qtbot, desk, Qt.Key.Key_F12)
    assert not projector.isVisible() and not desk.projector_button.isChecked()
    key(qtbot, desk, Qt.Key.Key_F12)
    assert projector.isVisible() and desk.projector_button.isChecked()
    desk.projector_full_button.click()
    assert projector.isFullScreen()
    # F11 is the desk's PIN key, wherever it is pressed
    scan(qtbot, desk, FAUZI)
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert row(desk.ctx.conn, FAUZI)[2] == 1 and projector.isFullScreen()


def test_the_projector_goes_to_the_screen_that_is_not_the_desks() -> None:
    desk_screen, hall = object(), object()
    assert target_screen([desk_screen, hall], desk_screen) is hall  # type: ignore[list-item,arg-type]
    assert target_screen([hall, desk_screen], desk_screen) is hall  # type: ignore[list-item,arg-type]
    assert target_screen([desk_screen], desk_screen) is None  # type: ignore[list-item,arg-type]


def test_projector_opd_names_keep_the_part_that_tells_them_apart(qapp: QApplication) -> None:
    font = QFont()
    font.setPixelSize(30)
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance("Kecamatan Cibin")
    for names in (
        ["Kecamatan Cibinong", "Kecamatan Citeureup", "Kecamatan Cileungsi"],
        [
            "Badan Pendapatan Daerah",
            "Badan Penanggulangan Bencana Daerah",
            "Badan Perencanaan Pembangunan Daerah",
        ],
    ):
        shown = [elide_unit(metrics, n, width) for n in names]
        assert len(set(shown)) == 3, shown  # three OPDs, three different labels
        assert all(metrics.horizontalAdvance(s) <= width for s in shown)
    assert elide_unit(metrics, "Dinas Kesehatan", width * 2) == "Dinas Kesehatan"


def _dialog_with_a_default_save() -> tuple[QDialog, list[str]]:
    dialog = QDialog()
    said: list[str] = []
    save = QPushButton("Simpan", dialog)
    save.setDefault(True)
    save.clicked.connect(lambda: said.append("simpan"))
    save.clicked.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(save)
    return dialog, said


def test_a_scanners_enter_does_not_answer_a_dialog(
    qtbot: QtBot, desk: DeskPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = scan_guard()
    clock = Clock()
    monkeypatch.setattr(guard, "clock", clock)
    dialog, said = _dialog_with_a_default_save()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    clock.now += 5  # long after it opened: a scan (fast keys, then Enter) arrives
    qtbot.keyClicks(dialog, FAUZI)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and said == []
    assert "PINDAIAN TIDAK DICATAT" in desk.feedback.text() and FAUZI in desk.feedback.text()
    assert row(desk.ctx.conn, FAUZI)[0] is None
    clock.now += 2  # the clerk's own Enter, two seconds later, does answer it
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and said == ["simpan"]


def test_an_enter_as_a_dialog_opens_is_ignored(
    qtbot: QtBot, desk: DeskPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = scan_guard()
    clock = Clock()
    monkeypatch.setattr(guard, "clock", clock)
    dialog, said = _dialog_with_a_default_save()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    clock.now += 0.1  # the tail of a scan that was in flight when it opened
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and said == []
    clock.now += 1
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert said == ["simpan"]


def test_without_the_desk_in_use_dialogs_answer_enter_at_once(
    qtbot: QtBot, desk: DeskPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_guard(), "clock", Clock())
    desk.hide()  # another page is shown: no scanner in flight
    dialog, said = _dialog_with_a_default_save()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert said == ["simpan"]


def test_questions_default_to_the_safe_answer(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    interaction = QtInteraction()
    box, yes = interaction.box("Pulihkan", "Pulihkan dari cadangan?")
    qtbot.addWidget(box)
    assert box.defaultButton() is not None and box.defaultButton().text() == "Tidak"
    assert box.escapeButton() is box.defaultButton() and yes.text() == "Ya"
    assert "&" not in yes.text()  # no letter shortcut a scan could type
    # confirm() answered with Enter (well after it opened) is a No
    guard = scan_guard()
    clock = Clock()
    monkeypatch.setattr(guard, "clock", clock)
    pressed: list[bool] = []

    def press_enter() -> None:
        shown = QApplication.activeModalWidget()
        if shown is None:
            QTimer.singleShot(10, press_enter)
            return
        clock.now += 3
        qtbot.keyClick(shown, Qt.Key.Key_Return)
        pressed.append(True)

    QTimer.singleShot(0, press_enter)
    assert interaction.confirm("Tandai satu unit hadir", "Tandai 3 pegawai?") is False
    assert pressed == [True]


def test_the_guide_lists_the_desks_keys_as_the_code_has_them() -> None:
    from pathlib import Path

    from ikrar_desktop.ui.desk.page import LEGEND

    guide = (Path(__file__).resolve().parents[2] / "docs" / "panduan.md").read_text("utf-8")
    chapter = guide.split("## 6. Meja Hadir", 1)[1].split("\n## 7.", 1)[0]
    cells = [
        line.split("|")[1].strip()
        for line in chapter.splitlines()
        if line.startswith("| ") and not line.startswith("| Tombol")
    ]
    keys = {part.strip() for cell in cells for part in cell.split("/")}
    for shortcut, _what in LEGEND:
        if shortcut != "Enter":
            assert shortcut in keys, shortcut
    assert "F12" in keys and "Shift+F12" in keys and "Proyektor (F12)" in chapter
