"""Entry point of the GUI; the Qt wiring itself lives in ``ui.application``."""

from __future__ import annotations

from pathlib import Path


def run_gui(db: str | Path | None) -> int:
    from ikrar_desktop.ui.shell.application import run_gui as run

    return run(db)
