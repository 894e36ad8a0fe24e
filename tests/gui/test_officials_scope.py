"""The event dialog's "pejabat" scope: levels as check boxes, the heads at them obliged."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import officials
from ikrar_desktop.ui.events.dialog import EventDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "documents"))
from officials_regency import build


def test_choosing_officials_obliges_the_heads_at_the_ticked_levels(
    qtbot: QtBot, ctx: AppContext
) -> None:
    reg = build(ctx.conn, opd=6, camat=3)
    dialog = EventDialog(ctx.conn)
    qtbot.addWidget(dialog)
    dialog.title.setText("Apel Ikrar Pejabat")
    scope = dialog.officials
    assert not scope.levels_box.isEnabled()
    qtbot.mouseClick(scope.radio, Qt.MouseButton.LeftButton)
    assert scope.radio.isChecked() and not dialog.scope_all.isChecked()  # exclusive choices
    assert scope.levels_box.isEnabled() and not dialog.asn_only.isEnabled()
    assert scope.levels() == ["kepala-opd", "camat"]
    assert "10 pegawai" in dialog.scope_count.text()  # Sekda + 6 OPD + 3 camat
    scope.boxes["kepala-opd"].setChecked(False)
    scope.boxes["camat"].setChecked(False)
    assert not dialog.save_button.isEnabled() and "tingkat pejabat" in dialog.message.text()
    scope.boxes["kepala-puskesmas"].setChecked(True)
    assert dialog.save_button.isEnabled() and "2 pegawai" in dialog.scope_count.text()
    scope.boxes["camat"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    event_id = dialog.saved.event.id  # type: ignore[union-attr]
    assert officials.levels_of(ctx.conn, event_id) == ["camat", "kepala-puskesmas"]
    wanted = {v for k, v in reg.heads.items() if k.startswith("Kecamatan")}
    wanted |= {v for k, v in reg.others.items() if k.startswith("Puskesmas")}
    got = ctx.conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?", (event_id,))
    assert {r[0] for r in got} == wanted


def test_tab_walks_from_the_unit_list_through_the_levels(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = EventDialog(ctx.conn)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    scope = dialog.officials
    chain, widget = [], dialog.unit_list.nextInFocusChain()
    while len(chain) < len(scope.boxes) + 2:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [scope.radio, *scope.boxes.values(), dialog.scope_later]
    scope.radio.setChecked(True)
    scope.radio.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is scope.radio)
    seen = []
    for _ in scope.boxes:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == list(scope.boxes.values())


def test_the_cetak_page_prints_the_officials_papers_for_the_whole_event(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from ikrar_desktop.services import events
    from ikrar_desktop.ui.printing.jobs import UNIT, run_print
    from ikrar_desktop.ui.printing.page import PrintingPage

    build(ctx.conn, opd=3, camat=2)
    made = events.create_event(ctx.conn, events.EventDraft(title="Apel Pejabat",
                               date="2024-09-18"), events.Scope(officials=[]))  # fmt: skip
    page = PrintingPage(ctx)
    qtbot.addWidget(page)
    kinds = [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]
    assert {"naskah-ikrar", "surat-undangan"} <= set(kinds)
    page.choose("pakta", made.event.id)
    page.scope_group.button(UNIT).setChecked(True)
    for kind in ("naskah-ikrar", "surat-undangan"):
        page.choose(kind, made.event.id)
        assert not page.scope_box.isEnabled() and page.description.text()
        choice = page.choice()
        assert choice.unit is None and choice.employee_ids is None
        report = run_print(ctx.conn, choice, tmp_path / f"{kind}.pdf", lambda *_: None,
                           threading.Event())  # fmt: skip
        # the Sekda is among the officials but signs the invitation, so is not invited
        assert report.pages >= 2 and report.people == (6 if kind == "naskah-ikrar" else 5)
