"""What the screenshot scripts share: the image folder, a demo database, a shown window, steps."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "img"


def _save(pixmap: Any, name: str) -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(DOCS / name))
    print("saved", DOCS / name)


def grab(window: object, app: object, name: str) -> None:
    """The window as the screen shows it (what lies over it included)."""
    app.processEvents()  # type: ignore[attr-defined]
    screen = window.screen()  # type: ignore[attr-defined]
    _save(screen.grabWindow(window.winId()), name)  # type: ignore[attr-defined]


def render(widget: object, app: object, name: str) -> None:
    """The widget rendered on its own (a dialog without the screen behind it)."""
    app.processEvents()  # type: ignore[attr-defined]
    _save(widget.grab(), name)  # type: ignore[attr-defined]


def demo_database(prefix: str, employees: int, name: str = "demo.sqlite") -> Path:
    """A demo regency of ``employees`` people in a new temporary folder (``ikrar demo``)."""
    db = Path(tempfile.mkdtemp(prefix=prefix)) / name
    argv = [sys.executable, "-m", "ikrar_desktop", "--db", str(db), "demo", "--employees"]
    subprocess.run([*argv, str(employees)], check=True, stdout=subprocess.DEVNULL)
    return db


def application() -> Any:
    """The program's QApplication, made as the program makes it."""
    from PySide6.QtWidgets import QApplication

    from ikrar_desktop.ui.shell.application import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    return app


def shown_window(db: Path, app: object, width: int, height: int) -> Any:
    """The main window on ``db``, opened as the program opens it, at ``width`` × ``height``."""
    from ikrar_desktop.ui.shell.application import open_window

    window = open_window(db, app)  # type: ignore[arg-type]
    assert window is not None
    window.resize(width, height)
    window.show()
    return window


def run_steps(app: Any, steps: Sequence[Callable[[], object]], first: int, every: int) -> None:
    """Each step ``every`` ms after the one before has finished (the first after ``first`` ms),
    then run the event loop until a step quits it. Chained, not all scheduled at once: a timer
    over 2 s may fire up to 5% early, and a later step (the quit) then ran inside an earlier
    step's grab, closing the window before it was photographed (a black picture)."""
    from PySide6.QtCore import QTimer

    remaining = list(steps)

    def next_step() -> None:
        step = remaining.pop(0)
        step()
        if remaining:
            QTimer.singleShot(every, next_step)

    if remaining:
        QTimer.singleShot(first, next_step)
    app.exec()
