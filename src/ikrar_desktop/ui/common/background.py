"""One helper between the UI and long services: off the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Job = Callable[[Progress, threading.Event], Any]

# A job may report every row; the GUI thread hears at most this many updates a second (and
# always the last one), so progress never floods the event loop it is meant to keep alive.
PROGRESS_PER_SECOND = 10
clock: Callable[[], float] = time.monotonic  # read through the module: tests step it


class Coalesced:
    """``progress(done, total)`` for a worker: passes on the first call, then at most one
    call per ``1 / PROGRESS_PER_SECOND`` seconds, and every call that reaches ``total``."""

    def __init__(self, emit: Progress) -> None:
        self.emit = emit
        self.next_at: float | None = None

    def __call__(self, done: int, total: int) -> None:
        now = clock()
        last = 0 < total <= done  # (an unknown total, 0, is coalesced like the rest)
        if self.next_at is not None and now < self.next_at and not last:
            return
        self.next_at = now + 1 / PROGRESS_PER_SECOND
        self.emit(done, total)


class CollectorHeld:
    """While jobs run, Python's full (oldest-generation) garbage collections wait.

    A full collection scans every object of the process with the GIL held, so the GUI thread
    cannot run a line of Python meanwhile: printing 1,000 pakta sheets set off collections of
    120–250 ms each in the worker (its fonts and pages stay alive, and each collection scanned
    them and the whole program again). So while any job runs, the objects that existed before
    it are frozen (never scanned) and the oldest generation is not collected; the young
    generations still free short-lived cycles, reference counting frees the rest as always.
    The last job to end collects once what the jobs made, in its own thread, then unfreezes.
    """

    FULL_NEVER = 1 << 30

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.jobs = 0
        self.thresholds: tuple[int, int, int] | None = None

    def enter(self) -> None:
        with self.lock:
            self.jobs += 1
            if self.jobs == 1:
                self.thresholds = gc.get_threshold()
                young, middle, _old = self.thresholds
                gc.freeze()
                gc.set_threshold(young, middle, self.FULL_NEVER)

    def exit(self) -> None:
        with self.lock:
            self.jobs -= 1
            if self.jobs == 0:
                if gc.isenabled():
                    gc.collect()  # what the jobs left, not the whole program (still frozen)
                gc.unfreeze()
                if self.thresholds is not None:
                    gc.set_threshold(*self.thresholds)


collector = CollectorHeld()


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(
        self, job: Job, signals: _Signals, cancel: threading.Event, ended: threading.Event
    ) -> None:
        super().__init__()
        self.job, self.signals, self.cancel, self.ended = job, signals, cancel, ended

    def run(self) -> None:
        collector.enter()
        try:
            result = self.job(Coalesced(self.signals.progress.emit), self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            collector.exit()
            self.signals.failed.emit(exc)
        else:
            collector.exit()
            self.signals.done.emit(result)
        finally:
            self.ended.set()  # after the outcome is posted: a waiter can then deliver it


class Operation(QObject):
    """Run ``job(progress, cancel)`` in the thread pool; ``finished``/``failed`` on the GUI thread.

    The job must open its own SQLite connection (``ctx.new_connection()``). Its progress
    reaches ``progress`` (and the dialog, with a label) coalesced: :class:`Coalesced`.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(
        self, job: Job, parent: QWidget | None = None, label: str = "", cancellable: bool = True
    ) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.ended = threading.Event()  # set in the worker when the job has returned or raised
        self._signals = _Signals()
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        if label:
            dialog = QProgressDialog(label, "Batal" if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle("Ikrar Desktop")
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel.set)
            self._dialog = dialog
        self._runner = _Runner(job, self._signals, self.cancel, self.ended)

    def start(self) -> Operation:
        QThreadPool.globalInstance().start(self._runner)
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (also after the event loop has stopped, when its
        ``finished`` is never delivered); False when ``timeout`` seconds passed first."""
        return self.ended.wait(timeout)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)
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
