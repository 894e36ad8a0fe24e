"""One helper between the UI and long services: off the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Job = Callable[[Progress, threading.Event], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, job: Job, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.job, self.signals, self.cancel = job, signals, cancel

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Operation(QObject):
    """Run ``job(progress, cancel)`` in the thread pool; ``finished``/``failed`` on the GUI thread.

    The job must open its own SQLite connection (``ctx.new_connection()``).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, job: Job, parent: QWidget | None = None, label: str = "", cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self._signals = _Signals()
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        if label:
            dialog = QProgressDialog(label, "Batal" if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle("Ikrar Desktop")
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel.set)
            self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
            self._dialog = dialog
        self._runner = _Runner(job, self._signals, self.cancel)

    def start(self) -> Operation:
        QThreadPool.globalInstance().start(self._runner)
        return self

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_done(self, result: object) -> None:
        self._close_dialog()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._close_dialog()
        self.failed.emit(exc)
