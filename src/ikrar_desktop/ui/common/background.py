"""One helper between the UI and long services: off the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ikrar_desktop.collector import CollectorHeld
from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.common.idle import settle_when_idle

if TYPE_CHECKING:
    from ikrar_desktop.context import Interaction

T = TypeVar("T")
Progress = Callable[[int, int], None]
Job = Callable[[Progress, threading.Event], T]  # returns what the operation delivers

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


collector = CollectorHeld()  # full collections wait while any job runs, and the
# whole-program one after it until the clerk is idle (ui/common/idle.py)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(
        self, job: Job[object], signals: _Signals, cancel: threading.Event, ended: threading.Event
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


def show_failure(exc: BaseException, interaction: Interaction, title: str) -> None:
    """What a failed job shows by default: a UserError as a message to the clerk (its
    message and hint under ``title``), anything else to the crash dialog and the log."""
    if isinstance(exc, UserError):
        interaction.error(title, exc.message, exc.hint)
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class Operation(QObject, Generic[T]):
    """Run ``job(progress, cancel)`` in the thread pool; what it returns, or what it raised,
    comes back on the GUI thread.

    ``on_done(result)`` gets the job's result, then ``finished`` is emitted; a job that raised
    goes to ``on_failed(exc)`` (by default :meth:`show_failure`: a UserError shown to the
    clerk under ``title`` through ``interaction``, a bug to the crash dialog), then ``failed``
    is emitted. From :meth:`start` until then :data:`operations` holds it (``kind`` names a
    group there, e.g. the backups). The job must open its own SQLite connection
    (``ctx.new_connection()``). Its progress reaches ``progress`` (and the dialog, with a
    label) coalesced: :class:`Coalesced`.
    """

    finished = Signal(object)  # the job's result: a T
    failed = Signal(object)  # the BaseException the job raised
    progress = Signal(int, int)

    def __init__(
        self,
        job: Job[T],
        parent: QWidget | None = None,
        label: str = "",
        cancellable: bool = True,
        *,
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[BaseException], object] | None = None,
        interaction: Interaction | None = None,
        title: str = "Tidak dapat dilanjutkan",
        kind: str = "",
    ) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.ended = threading.Event()  # set in the worker when the job has returned or raised
        self.kind, self.title = kind, title
        self._widget, self._interaction = parent, interaction
        self._on_done = on_done
        self._on_failed = on_failed if on_failed is not None else self.show_failure
        self._signals = _Signals()
        self._signals.done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._deliver_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        if label:
            dialog = QProgressDialog(label, self.tr("Batal") if cancellable else "", 0, 0, parent)
            dialog.setWindowTitle("Ikrar Desktop")
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel.set)
            self._dialog = dialog
        self._runner = _Runner(job, self._signals, self.cancel, self.ended)

    def start(self) -> Operation[T]:
        operations.hold(self)
        QThreadPool.globalInstance().start(self._runner)
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (also after the event loop has stopped, when its
        ``finished`` is never delivered); False when ``timeout`` seconds passed first."""
        return self.ended.wait(timeout)

    def show_failure(self, exc: BaseException) -> None:
        """The default ``on_failed``: :func:`show_failure` with this operation's title, through
        its interaction (a message box over its parent when none was given)."""
        interaction = self._interaction
        if interaction is None:
            from ikrar_desktop.ui.common.interaction import QtInteraction

            interaction = QtInteraction(self._widget)
        show_failure(exc, interaction, self.title)

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

    def _deliver_done(self, result: object) -> None:
        operations.release(self)
        settle_when_idle(collector)
        self._close_dialog()
        try:
            if self._on_done is not None:
                self._on_done(cast(T, result))
        finally:
            self.finished.emit(result)

    def _deliver_failed(self, exc: BaseException) -> None:
        operations.release(self)
        settle_when_idle(collector)
        self._close_dialog()
        try:
            self._on_failed(exc)
        finally:
            self.failed.emit(exc)


class Operations:
    """Every operation started and not yet delivered, in one place: held here, so none is
    collected mid-job; asked whether any still runs, cancelled and waited for (a closed
    dialog, the program's exit)."""

    def __init__(self) -> None:
        self._held: set[Operation[Any]] = set()

    def hold(self, op: Operation[Any]) -> None:
        self._held.add(op)

    def release(self, op: Operation[Any]) -> None:
        self._held.discard(op)

    def of(self, owner: QObject | None = None, kind: str | None = None) -> list[Operation[Any]]:
        """The operations held (started, outcome not yet delivered), those of ``kind`` and
        under ``owner`` (its own or its children's) when given."""
        # an operation whose parent was deleted never hears its outcome: let go once it ended
        self._held = {op for op in self._held if shiboken6.isValid(op) or not op.ended.is_set()}
        return [op for op in self._held if _matches(op, owner, kind)]

    def busy(self, owner: QObject | None = None, kind: str | None = None) -> bool:
        """Whether a job of these is still running (read from the worker's side: right also
        when the event loop no longer delivers outcomes)."""
        return any(not op.ended.is_set() for op in self.of(owner, kind))

    def cancel(self, owner: QObject | None = None, kind: str | None = None) -> None:
        """Ask these jobs to stop (each stops at its next check; some never check)."""
        for op in self.of(owner, kind):
            op.cancel.set()

    def wait(
        self, timeout: float | None = None, owner: QObject | None = None, kind: str | None = None
    ) -> bool:
        """Block until these jobs have ended; False if ``timeout`` (for each) ran out."""
        return all(op.ended.wait(timeout) for op in self.of(owner, kind))


def _matches(op: Operation[Any], owner: QObject | None, kind: str | None) -> bool:
    if kind is not None and op.kind != kind:
        return False
    if owner is None:
        return True
    parent = op.parent() if shiboken6.isValid(op) else None
    while parent is not None and parent is not owner:
        parent = parent.parent()
    return parent is owner


operations = Operations()
