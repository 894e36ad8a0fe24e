"""Background operations (issue 21): a typed result, failures shown by default, and every
running operation held in one place that the wizard cancels and the exit waits for."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.ui.common import background
from ikrar_desktop.ui.common.background import Operation, Progress, operations
from ikrar_desktop.ui.shell import application

GATE_SECONDS = 20.0  # only a safety net against a hung test: every gate is opened by the test


def failing(exc: BaseException) -> background.Job[int]:
    def job(progress: Progress, cancel: threading.Event) -> int:
        raise exc

    return job


def test_the_result_reaches_on_done_then_finished(qtbot: QtBot) -> None:
    got: list[int] = []
    op = Operation(lambda progress, cancel: 6 * 7, on_done=got.append)
    with qtbot.waitSignal(op.finished) as blocker:
        op.start()
    assert got == [42] and blocker.args == [42]


def test_a_failure_with_no_handler_shows_the_clerk_its_message_and_hint(qtbot: QtBot) -> None:
    told = SilentInteraction()
    error = ValidationError("Kolom NIP tidak ditemukan.", hint="Periksa judul kolom.")
    op = Operation(failing(error), interaction=told, title="Impor gagal")
    with qtbot.waitSignal(op.failed) as blocker:
        op.start()
    assert blocker.args == [error]
    assert told.messages == [("Impor gagal", "Kolom NIP tidak ditemukan. Periksa judul kolom.")]


def test_a_bug_in_a_job_goes_to_the_crash_dialog_not_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed: list[BaseException] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        crashed.append(value)

    monkeypatch.setattr(sys, "excepthook", hook)
    told = SilentInteraction()
    bug = KeyError("nip")
    op = Operation(failing(bug), interaction=told)
    with qtbot.waitSignal(op.failed):
        op.start()
    assert crashed == [bug] and told.messages == []


def test_a_caller_may_handle_the_failure_itself(qtbot: QtBot) -> None:
    told = SilentInteraction()
    handled: list[BaseException] = []
    error = ValidationError("Tidak dapat dibaca.")
    op = Operation(failing(error), interaction=told, on_failed=handled.append)
    with qtbot.waitSignal(op.failed):
        op.start()
    assert handled == [error] and told.messages == []  # nothing shown twice


def test_running_operations_are_held_in_one_place_until_delivered(qtbot: QtBot) -> None:
    wizard, page = QWidget(), QWidget()
    qtbot.addWidget(wizard)
    qtbot.addWidget(page)
    gate = threading.Event()
    stopped: list[str] = []

    def waits(name: str) -> background.Job[str]:
        def job(progress: Progress, cancel: threading.Event) -> str:
            assert gate.wait(GATE_SECONDS)
            if cancel.is_set():
                stopped.append(name)
            return name

        return job

    inner = QWidget(wizard)  # a page of the wizard
    reading = Operation(waits("reading"), inner).start()
    printing = Operation(waits("printing"), page).start()
    assert operations.of(wizard) == [reading] and operations.of(page) == [printing]
    assert operations.busy(wizard) and operations.busy()
    operations.cancel(wizard)  # the wizard closed: its own work stops, the page's goes on
    with qtbot.waitSignals([reading.finished, printing.finished], timeout=GATE_SECONDS * 1000):
        gate.set()
    assert stopped == ["reading"]
    assert operations.of(wizard) == [] and operations.of(page) == []  # let go once delivered
    assert not operations.busy(page)


class Clerk:
    """run_gui up to its event loop, with the test in place of the clerk (``exec``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp: Path) -> None:
        from ikrar_desktop import logsetup
        from ikrar_desktop.ui.safety import start
        from ikrar_desktop.ui.shell import crash

        monkeypatch.setattr(application, "create_application", lambda: qapp)
        monkeypatch.setattr(logsetup, "setup_logging", lambda path: tmp / "log.txt")
        monkeypatch.setattr(crash, "install_excepthook", lambda *a: None)
        monkeypatch.setattr(application, "after_shown", lambda window: None)  # no daily backup
        monkeypatch.setattr(start, "backup_on_exit", lambda ctx: None)
        self.order: list[str] = []
        real_close = AppContext.close

        def close(ctx: AppContext) -> None:
            self.order.append("database closed")
            real_close(ctx)

        monkeypatch.setattr(AppContext, "close", close)


def test_the_exit_waits_for_a_running_operation_before_closing_the_database(
    qtbot: QtBot, qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.ui.shell.main_window import MainWindow

    clerk = Clerk(monkeypatch, qapp, db_path.parent)
    gate = threading.Event()
    real_wait = operations.wait

    def exit_waits(*args: Any, **kwargs: Any) -> bool:
        gate.set()  # the job may end now: it is being waited for
        return real_wait(*args, **kwargs)

    monkeypatch.setattr(operations, "wait", exit_waits)

    def job(progress: Progress, cancel: threading.Event) -> None:
        gate.wait(GATE_SECONDS)
        clerk.order.append("job ended")

    def clerk_closes(*_a: object) -> int:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        Operation(job, window).start()  # a print, say, still running ...
        window.close()  # ... when the clerk closes the window
        return 0

    monkeypatch.setattr(QApplication, "exec", clerk_closes)
    assert application.run_gui(db_path) == 0
    assert clerk.order == ["job ended", "database closed"]
