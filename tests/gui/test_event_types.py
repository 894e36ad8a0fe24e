"""A date edit's one-stop filter never makes PySide create an event class mid-event (a crash)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# A fresh process: PySide creates a Qt type's Python class the first time it is needed, and
# this test run has long since needed most of them.
SCRIPT = textwrap.dedent(
    """
    from PySide6 import QtCore, QtGui, QtWidgets
    app = QtWidgets.QApplication([])
    from ikrar_desktop.ui.common.tab_order import one_stop
    one_stop(QtWidgets.QDateEdit())
    for module in (QtCore, QtGui, QtWidgets):
        made = vars(module)
        for name in dir(module):
            if name.endswith("Event") and name not in made:
                print(module.__name__, name)
    """
)


def test_every_event_class_exists_before_the_filter_sees_an_event() -> None:
    """PySide6 6.12 died (SIGSEGV) when the first QFileOpenEvent class was made while the case
    form's date edit was polished: the filter's event conversion re-entered type creation."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # no event class left to be made inside a filter
