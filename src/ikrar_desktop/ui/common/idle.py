"""The whole-program garbage collection a finished job put off, done once nobody types or clicks."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ikrar_desktop.collector import CollectorHeld

log = logging.getLogger(__name__)

IDLE_SECONDS = 2.0  # no key, click, wheel or mouse move for this long: nobody waits on the window
TICK_MS = 250
INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleSettle(QObject):
    """Armed when a job ends (``CollectorHeld`` left the program frozen): watches the input
    events of the whole application, and once none came for ``idle`` seconds settles the
    collector (its one whole-program scan, 60–100 ms) and disarms — so the watch costs nothing
    while there is nothing to settle. A scanner's keystrokes arriving meanwhile wait in Qt's
    queue; they are not lost."""

    def __init__(self, held: CollectorHeld, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.held = held
        self.clock: Callable[[], float] = time.monotonic  # tests move it
        self.idle = IDLE_SECONDS
        self.last_input = 0.0
        self.armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def arm(self) -> None:
        self.last_input = self.clock()
        if self.armed:
            return
        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self)
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        if not self.armed:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.armed = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            self.last_input = self.clock()
        return False

    def _tick(self) -> None:
        if not self.held.unsettled:
            self.disarm()
            return
        if self.held.jobs or self.clock() - self.last_input < self.idle:
            return
        began = time.perf_counter()
        if self.held.settle():
            log.debug("collector settled in %.1f ms", (time.perf_counter() - began) * 1000)
        self.disarm()


_settler: IdleSettle | None = None


def settle_when_idle(held: CollectorHeld) -> IdleSettle | None:
    """Arm the application's one settler (made on first use, owned by the application)."""
    global _settler
    app = QApplication.instance()
    if app is None:
        return None
    if _settler is None or not shiboken6.isValid(_settler):
        _settler = IdleSettle(held, app)
    _settler.arm()
    return _settler
