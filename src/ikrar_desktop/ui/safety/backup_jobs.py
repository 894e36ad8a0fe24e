"""Backups off the GUI thread: one at a time, each on its own connection, waited for at exit."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.common.background import Operation, Progress, operations

# One backup at a time in this program: the daily one, Cadangkan sekarang, the one at exit and
# a restore never run side by side (rotation and the restore's file swap assume it).
LOCK = threading.Lock()
# the backups started here, among the running operations (whose end is read from the worker's
# side, so it holds also when the widget that started one is gone or the event loop no longer
# delivers ``finished``)
KIND = "cadangan"
T = TypeVar("T")


class _Notifier(QObject):
    changed = Signal()  # a background backup started or ended


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def running() -> bool:
    """Whether a backup started here is still being written or verified."""
    return operations.busy(kind=KIND)


def wait_for_backups(timeout: float | None = None) -> bool:
    """Block until every backup started here has ended (a complete, verified file or none:
    a backup is renamed into place only after its check); False if ``timeout`` ran out."""
    return operations.wait(timeout, kind=KIND)


def start_backup(
    ctx: AppContext,
    work: Callable[[sqlite3.Connection, Progress], T],
    parent: QWidget | None,
    done: Callable[[T], object],
    failed: Callable[[BaseException], object],
) -> Operation[T]:
    """Run ``work(conn, progress)`` in the thread pool under :data:`LOCK`, on a connection of
    its own; ``done(result)`` or ``failed(exc)`` on the GUI thread afterwards."""

    def job(progress: Progress, cancel: threading.Event) -> T:
        with LOCK:
            conn = ctx.new_connection()
            try:
                return work(conn, progress)
            finally:
                conn.close()

    def finished(result: T) -> None:
        notifier().changed.emit()
        done(result)

    def ended_badly(exc: BaseException) -> None:
        notifier().changed.emit()
        failed(exc)

    op = Operation(job, parent, on_done=finished, on_failed=ended_badly, kind=KIND).start()
    notifier().changed.emit()
    return op
