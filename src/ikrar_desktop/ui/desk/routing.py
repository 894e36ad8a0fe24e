"""The desk beyond its input: keys that went astray, the projector window, read-only mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from ikrar_desktop.ui.desk.feedback import ERROR, Beeper, FeedbackPanel

if TYPE_CHECKING:
    from ikrar_desktop.ui.desk.counters import CounterPane
    from ikrar_desktop.ui.desk.projector import ProjectorWindow

_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class DeskRouting(QWidget):
    """Part of :class:`DeskPage`: sends stray keys to the desk's input, drives the projector
    and refuses every action while the database is read-only."""

    input: QLineEdit
    feedback: FeedbackPanel
    beeper: Beeper
    counters: CounterPane
    projector: ProjectorWindow | None
    projector_button: QPushButton
    readonly_reason: str
    _forwarding: bool
    show_requested: object
    counters_changed: object

    def event_title(self) -> str:
        raise NotImplementedError

    def _refocus(self, clear: bool) -> None:
        raise NotImplementedError

    def _idle(self) -> None:
        raise NotImplementedError

    def take_key(self, watched: QWidget, event: QKeyEvent) -> bool:
        """Keys that reach another widget of the program go on to the desk's input: every key
        typed into the projector, and scan-like keys (no Ctrl/Alt, no Tab) anywhere in the
        desk's window while the desk is shown. True when the key was taken."""
        if self._forwarding or watched is self.input or watched.isAncestorOf(self.input):
            return False
        window = watched.window()
        if window is not self.projector:
            if window is not self.window() or not self.isVisible():
                return False
            if event.modifiers() & _CHORDS or event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return False
        copy = QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text(),
            event.isAutoRepeat(), event.count(),
        )  # fmt: skip
        self._forwarding = True
        try:
            QApplication.sendEvent(self.input, copy)
        finally:
            self._forwarding = False
        if not self.isVisible():
            self.show_requested.emit()  # type: ignore[attr-defined]
        if not self.input.hasFocus():
            self.window().activateWindow()
            self.input.setFocus()
        return True

    def _scan_refused(self, text: str) -> None:
        self.feedback.show_message(
            ERROR,
            self.tr("PINDAIAN TIDAK DICATAT"),
            text,
            self.tr("Ada jendela dialog terbuka. Tutup dulu jendela itu, lalu pindai lagi."),
        )
        self.beeper.play(ERROR)

    def set_writable(self) -> None:
        """The database was taken over for writing ("Coba buka lagi")."""
        self.readonly_reason = ""
        self._idle()

    def _refuse_readonly(self, beep: bool = True) -> None:
        self.feedback.show_message(
            ERROR,
            self.tr("HANYA-BACA — MEJA INI TIDAK DAPAT MENCATAT"),
            "",
            self.readonly_reason,
            self.tr(
                "Tutup program di PC itu lalu pilih Coba buka lagi, atau jadikan PC ini meja "
                "dengan paket meja (menu Meja di PC utama)."
            ),
        )
        if beep:
            self.beeper.play(ERROR)
        self._refocus(clear=True)

    def open_projector(self) -> None:
        """Show the projector window (on the second screen when there is one) without
        taking the keyboard from the desk."""
        from ikrar_desktop.ui.desk.projector import ProjectorWindow

        if self.projector is None:
            window = ProjectorWindow(self)
            self.counters_changed.connect(window.set_counters)  # type: ignore[attr-defined]
            window.forward_key = lambda e: self.take_key(window, e)
            self.projector = window
        window = self.projector
        window.set_title(self.event_title())
        window.set_counters(self.counters.counters())
        window.show_beside(self.window())
        self.projector_button.setChecked(True)
        self._refocus(clear=False)

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
            self.projector_button.setChecked(False)
            self._refocus(clear=False)
        else:
            self.open_projector()

    def toggle_projector_full_screen(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            self.open_projector()
        assert self.projector is not None
        self.projector.toggle_full_screen()
        self._refocus(clear=False)
