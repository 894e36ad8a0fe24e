"""Where a scanner's keystrokes go: to the desk's input, never lost, never confirming a dialog."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

FAST = 0.05  # seconds between keystrokes: a scanner types faster than any hand
SCAN_MIN = 4  # characters in a row at scanner speed before an Enter counts as a scanner's
OPEN_GRACE = 0.5  # seconds a freshly opened dialog ignores Enter
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class DeskTarget(Protocol):
    """What the guard needs of the desk page (kept loose: no import of the page)."""

    def take_key(self, watched: QWidget, event: QKeyEvent) -> bool: ...

    def isVisible(self) -> bool: ...


class ScanGuard(QObject):
    """One application-wide event filter, active while the desk page is shown (that is when
    a scanner is in use). An Enter that ends a scanner-speed burst, or that reaches a dialog
    opened less than half a second ago, is swallowed (``scan_refused`` says so when it ended
    a scan); any other key the desk claims (typed into the projector, the sidebar, …) is
    sent on to the desk's input."""

    scan_refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock: Callable[[], float] = time.monotonic  # tests move it
        self.desk: DeskTarget | None = None
        self.last_key = -1.0
        self.burst: list[str] = []
        self.dialog_shown = -1.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            self.dialog_shown = self.clock()
        return False

    def _key(self, watched: QWidget, event: QKeyEvent) -> bool:
        now = self.clock()
        fast = now - self.last_key < FAST
        self.last_key = now
        desk = self.desk
        if desk is not None and not shiboken6.isValid(desk):  # the page was deleted
            desk = self.desk = None
        if desk is None or not desk.isVisible():
            return False  # no desk in use: no scanner in flight, keys go where they go
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _CHORDS:
            self.burst = [*self.burst, text] if fast else [text]
        elif event.key() in _ENTER:
            scanned = "".join(self.burst) if fast and len(self.burst) >= SCAN_MIN else ""
            self.burst = []
            if isinstance(watched.window(), QDialog) and (
                scanned or now - self.dialog_shown < OPEN_GRACE
            ):
                if scanned:
                    self.scan_refused.emit(scanned)
                return True  # a scanner's Enter never answers a dialog it did not open
        return desk.take_key(watched, event)


def scan_guard() -> ScanGuard:
    """The application's guard, installed on first use."""
    app = QApplication.instance()
    assert app is not None
    found = app.findChild(ScanGuard, "scanGuard")
    if found is None:
        found = ScanGuard(app)
        found.setObjectName("scanGuard")
        app.installEventFilter(found)
    return found
