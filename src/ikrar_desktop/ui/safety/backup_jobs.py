"""Backups off the GUI thread: one at a time, each on its own connection, waited for at exit."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.common.background import Operation, Progress

# One backup at a time in this program: the daily one, Cadangkan sekarang, the one at exit and
# a restore never run side by side (rotation and the restore's file swap assume it).
LOCK = threading.Lock()
# the end of each backup started here: read from the worker's side, so it holds also when the
# widget that started it is gone or the event loop no longer delivers ``finished``
_running: set[threading.Event] = set()
_alive: set[Operation] = set()


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
    return any(not ended.is_set() for ended in _running)


def wait_for_backups(timeout: float | None = None) -> bool:
    """Block until every backup started here has ended (a complete, verified file or none:
    a backup is renamed into place only after its check); False if ``timeout`` ran out."""
    return all(ended.wait(timeout) for ended in list(_running))


def start_backup(
    ctx: AppContext,
    work: Callable[[sqlite3.Connection, Progress], Any],
    parent: QWidget | None,
    done: Callable[[Any], object],
    failed: Callable[[object], object],
) -> Operation:
    """Run ``work(conn, progress)`` in the thread pool under :data:`LOCK`, on a connection of
    its own; ``done(result)`` or ``failed(exc)`` on the GUI thread afterwards."""

    def job(progress: Progress, cancel: threading.Event) -> object:
        with LOCK:
            conn = ctx.new_connection()
            try:
                return work(conn, progress)
            finally:
                conn.close()

    op = Operation(job, parent)

    def ended(then: Callable[[Any], object], value: object) -> None:
        _running.discard(op.ended)
        _alive.discard(op)
        notifier().changed.emit()
        then(value)

    op.finished.connect(lambda result: ended(done, result))
    op.failed.connect(lambda exc: ended(failed, exc))
    _running.add(op.ended)
    _alive.add(op)
    op.start()
    notifier().changed.emit()
    return op
