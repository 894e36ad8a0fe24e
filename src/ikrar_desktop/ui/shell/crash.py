"""The dialog for bugs: a plain apology, where the log is, and "Salin detail"."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop import __version__
from ikrar_desktop.errors import UserError

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan program"))
        self.details = details
        where = (self.tr("Detailnya juga tercatat di %s.") % log_file) if log_file else ""
        text = QLabel(
            self.tr(
                "Maaf, Ikrar Desktop mengalami kesalahan yang tidak terduga. Data yang sudah "
                "tersimpan tetap aman. Salin detail di bawah dan kirimkan ke pengelola "
                "aplikasi. "
            )
            + where
        )
        text.setWordWrap(True)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setVisible(False)
        self.box = box
        show = QPushButton(self.tr("Tampilkan detail"))
        show.clicked.connect(lambda: box.setVisible(not box.isVisible()))
        copy = QPushButton(self.tr("Salin detail"))
        copy.setObjectName("copyDetails")
        copy.clicked.connect(self.copy)
        close = QPushButton(self.tr("Tutup"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(show)
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(box)
        layout.addLayout(row)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.details)


def install_excepthook(log_file: Path | None, interaction_error: object) -> None:
    """Route uncaught exceptions: UserError to a normal message, bugs to the crash dialog."""
    import sys

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserError):
            interaction_error("Ikrar Desktop", value.message, value.hint)  # type: ignore[operator]
            return
        details = f"Ikrar Desktop {__version__}\n" + "".join(
            traceback.format_exception(kind, value, tb)
        )
        log.error("unhandled exception\n%s", details)
        CrashDialog(details, log_file).exec()

    sys.excepthook = hook
