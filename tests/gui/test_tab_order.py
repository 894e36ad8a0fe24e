"""Tab walks every dialog's fields top to bottom, one stop per field, the save button reachable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

STEPS = 40


def opened(qtbot: object, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # type: ignore[attr-defined]
    return widget


def walk(qtbot: object, names: dict[str, QWidget], steps: int = STEPS) -> list[str]:
    """The names of the widgets Tab visits, from the focused one until it comes round again."""
    label = {id(w): n for n, w in names.items()}
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        now = QApplication.focusWidget()
        if now is start:
            break
        seen.append(now)
    return [label.get(id(w), type(w).__name__) for w in seen]


def button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> QWidget:
    found = box.button(which)
    assert found is not None
    return found


SAVE, CANCEL, OK = (
    QDialogButtonBox.StandardButton.Save,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Ok,
)


def rotated(order: Sequence[str], first: str) -> list[str]:
    i = list(order).index(first)
    return [*order[i:], *order[:i]]


def event_names(d: object) -> dict[str, QWidget]:
    from ikrar_desktop.ui.event_dialog import EventDialog

    assert isinstance(d, EventDialog)
    return {
        "jenis": d.kind, "nama": d.title, "tanggal": d.date, "pukul?": d.has_time,
        "jam": d.time, "tempat": d.place, "pemimpin": d.leader_name,
        "jabatan pemimpin": d.leader_jabatan, "pemilihan": d.election,
        "Simpan": d.save_button, "Batal": button(d.buttons, CANCEL), "tab": d.tabs.tabBar(),
    }  # fmt: skip


def test_event_dialog_walks_each_field_once(qtbot, ctx) -> None:
    from ikrar_desktop.ui.event_dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))
    assert QApplication.focusWidget() is d.title
    qtbot.keyClicks(d.title, "Apel")  # Simpan is enabled once the event has a name
    assert walk(qtbot, event_names(d)) == rotated(list(event_names(d)), "nama")


def test_event_dialog_typed_with_tab_fills_place_and_leader(qtbot, ctx) -> None:
    """The clerk types the form straight through: every text lands in its own field."""
    from ikrar_desktop.ui.event_dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))

    def typed(text: str = "", tabs: int = 1) -> None:
        if text:
            qtbot.keyClicks(QApplication.focusWidget(), text)
        for _ in range(tabs):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    typed("Apel Ikrar Netralitas", tabs=4)  # over the date, "Pukul" and the hour
    typed("Halaman Kantor Bupati")
    typed("Dr. H. Budi Santoso")
    typed("Bupati Contoh", tabs=2)  # over the election
    assert QApplication.focusWidget() is d.save_button
    qtbot.keyClick(d.save_button, Qt.Key.Key_Space)
    assert d.result() == d.DialogCode.Accepted
    from ikrar_desktop.services.events import EventSummary
    from ikrar_desktop.store import events as event_store

    assert isinstance(d.saved, EventSummary)
    event = event_store.get_event(ctx.conn, d.saved.event.id)
    assert event is not None
    assert (event.title, event.place, event.leader_name, event.leader_jabatan) == (
        "Apel Ikrar Netralitas", "Halaman Kantor Bupati", "Dr. H. Budi Santoso", "Bupati Contoh",
    )  # fmt: skip
    assert event.time == "08:00"


def test_event_dialog_other_tabs_keep_their_order(qtbot, ctx) -> None:
    from ikrar_desktop.ui.event_dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))
    qtbot.keyClicks(d.title, "Apel")
    d.tabs.setCurrentIndex(2)
    d.ikrar_text.setFocus()
    names = {"naskah": d.ikrar_text, "pakta": d.pakta_points, "bawaan": d.reset_button,
             "Simpan": d.save_button, "Batal": button(d.buttons, CANCEL),
             "tab": d.tabs.tabBar()}  # fmt: skip
    assert walk(qtbot, names) == list(names)  # Tab leaves the texts instead of typing a tab
    d.tabs.setCurrentIndex(1)
    qtbot.keyClick(d.witness_rows.add_button, Qt.Key.Key_Space)
    name, instansi, jabatan, remove = d.witness_rows.rows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    names = {"saksi": name, "instansi": instansi, "jabatan": jabatan, "hapus": remove,
             "tambah": d.witness_rows.add_button, "Simpan": d.save_button,
             "Batal": button(d.buttons, CANCEL), "tab": d.tabs.tabBar()}  # fmt: skip
    qtbot.keyClicks(name, "Ketua KPU")  # every witness needs a name before Simpan
    assert walk(qtbot, names) == list(names)
