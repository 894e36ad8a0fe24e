"""What the import wizard's pages show while they work or when a step fails."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar

from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.common.translate import tr

ERROR_STYLE = "color: #b00020; font-weight: 600;"


def busy_bar() -> QProgressBar:
    """An endless progress bar, hidden until a step runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setVisible(False)
    return bar


def show_failure(label: QLabel, exc: BaseException) -> None:
    """A clerk-facing message for a failed step, in the error style; bugs are passed on to
    the crash dialog."""
    from ikrar_desktop.exchange.sandbox import ReadCancelled

    label.setStyleSheet(ERROR_STYLE)
    if isinstance(exc, ReadCancelled):
        label.setText(tr("Dibatalkan."))
    elif isinstance(exc, UserError):
        label.setText(f"{exc.message}\n{exc.hint}".strip())
    else:
        label.setText(tr("Terjadi kesalahan program."))
        sys.excepthook(type(exc), exc, exc.__traceback__)
