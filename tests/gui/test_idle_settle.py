"""After a job, the whole-program garbage collection waits until nobody types or clicks."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ikrar_desktop.ui.common import background
from ikrar_desktop.ui.common.idle import IdleSettle, settle_when_idle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _run_job(qtbot: Any) -> None:
    def job(progress: background.Progress, cancel: threading.Event) -> int:
        return 1

    op = background.Operation(job)
    with qtbot.waitSignal(op.finished):
        op.start()


def test_the_program_is_settled_once_the_clerk_is_idle(qtbot: Any) -> None:
    settler = settle_when_idle(background.collector)
    assert settler is not None
    clock = Clock()
    settler.clock = clock
    _run_job(qtbot)
    assert background.collector.unsettled and gc.get_freeze_count() > 0
    assert settler.armed and settler.last_input == clock.now
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    for _ in range(3):  # typing: every key moves the idle clock along, nothing is settled
        clock.now += 1.5
        qtbot.keyClick(field, Qt.Key.Key_A)
        settler._tick()  # what its timer does
        assert background.collector.unsettled
    assert field.text() == "aaa"
    clock.now += 2.5  # then nobody touches anything for longer than the idle time
    qtbot.waitUntil(lambda: not background.collector.unsettled, timeout=3000)
    assert gc.get_freeze_count() == 0
    assert not settler.armed  # and the watch is gone until the next job


def test_nothing_is_settled_while_another_job_runs(qtbot: Any) -> None:
    held = background.collector
    settler = IdleSettle(held)
    clock = Clock()
    settler.clock = clock
    _run_job(qtbot)
    held.enter()  # a job still running (e.g. a backup started meanwhile)
    try:
        settler.arm()
        clock.now += 10
        settler._tick()
        assert held.unsettled and settler.armed
    finally:
        held.exit()
    settler._tick()
    assert not held.unsettled and not settler.armed
