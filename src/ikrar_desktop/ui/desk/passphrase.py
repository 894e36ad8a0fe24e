"""The desk passphrase in the window: shown once on the main PC, typed at the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.common.tab_order import set_tab_order

if TYPE_CHECKING:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.desk_sync import DeskInfo, ExportResult

ERROR_STYLE = "color: #b91c1c; font-weight: 600;"


class PassphraseShown(QDialog):
    """After a package is made: its passphrase, once, with a copy button."""

    def __init__(self, done: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi paket meja"))
        self.phrase = QLabel(done.passphrase)
        self.phrase.setObjectName("deskPassphrase")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.phrase.setFont(font)
        self.phrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QLabel(
            self.tr(
                "Paket {desk} tersimpan ({people} pegawai) di {file}.\n\n"
                "Catat kata sandi di atas dan sampaikan kepada petugas {desk} (jangan ditulis di "
                "flashdisk). Kata sandi ini tidak ditampilkan lagi dan tidak disimpan; tanpa kata "
                "sandi paket tidak dapat dibuka — bila hilang, buat paket baru untuk meja ini."
            ).format(desk=done.desk, people=done.people, file=done.file)
        )
        text.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Salin kata sandi"))
        self.copy_button.clicked.connect(self.copy)
        self.done_button = QPushButton(self.tr("Sudah saya catat"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phrase)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.resize(560, 260)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.phrase.text())
        self.copy_button.setText(self.tr("Tersalin"))


class PackageOpen(QDialog):
    """At the desk: which package this is, and the passphrase typed by the clerk. A wrong one
    is said in the dialog, which stays open for another try; nothing is imported."""

    def __init__(self, ctx: AppContext, path: str, parent: QWidget | None = None) -> None:
        from ikrar_desktop.services import desk_sync

        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.info: DeskInfo | None = None
        self.setWindowTitle(self.tr("Buka paket meja"))
        label = desk_sync.peek_package(path)  # refuses a return or a foreign file at once
        about = QLabel(
            self.tr("Paket {desk} untuk kegiatan '{title}'.\nKetik kata sandi meja yang "
                    "diberikan petugas PC utama (huruf besar/kecil dan tanda hubung tidak "
                    "berpengaruh).").format(desk=label.desk, title=label.event_title)
        )  # fmt: skip
        about.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("deskPassphraseInput")
        self.passphrase.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.passphrase.returnPressed.connect(self.open_package)
        self.error = QLabel()
        self.error.setObjectName("deskPassphraseError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.open_button = QPushButton(self.tr("Buka paket"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_package)
        cancel = QPushButton(self.tr("Batal"))
        cancel.clicked.connect(self.reject)
        self.cancel_button = cancel
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(520, 220)
        set_tab_order([self.passphrase, cancel, self.open_button])  # the buttons left to right
        self.passphrase.setFocus()

    def open_package(self) -> None:
        from ikrar_desktop.services import desk_sync

        try:
            self.info = desk_sync.import_package(self.ctx.conn, self.path, self.passphrase.text())
        except UserError as err:
            self.error.setText(f"{err.message} {err.hint}".strip())
            self.error.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()
