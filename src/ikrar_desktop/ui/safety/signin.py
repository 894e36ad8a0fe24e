"""Sign-in dialog and the idle auto-lock (only when an admin turned sign-in on)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import access


class SignInDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Masuk — Ikrar Desktop")
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(reason)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Masuk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow("Nama pengguna", self.login)
        form.addRow("Kata sandi", self.password)
        form.addRow(buttons)

    def try_sign_in(self) -> None:
        try:
            access.sign_in(self.ctx.conn, self.login.text(), self.password.text())
        except UserError as err:
            self.message.setText(f"{err.message} {err.hint}".strip())
            self.password.clear()
            return
        self.accept()


def require_sign_in(ctx: AppContext, window: QWidget, reason: str = "") -> None:
    """Keep asking until someone signs in; closing the dialog closes the program."""
    dialog = SignInDialog(ctx, window, reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        QTimer.singleShot(0, window.close)
        return
    IdleLock.install(ctx, window)


class IdleLock(QObject):
    """After ``IDLE_LOCK_MINUTES`` without keyboard or mouse the operator must sign in again."""

    def __init__(self, ctx: AppContext, window: QWidget, minutes: int) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(minutes * 60 * 1000)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.timer.start()

    @classmethod
    def install(cls, ctx: AppContext, window: QWidget) -> IdleLock:
        found = window.findChild(IdleLock)
        if isinstance(found, IdleLock):
            return found
        lock = cls(ctx, window, access.IDLE_LOCK_MINUTES)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(lock)
        return lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.timer.start()
        return False

    def lock(self) -> None:
        access.sign_out(self.ctx.conn)
        self.window.hide()
        dialog = SignInDialog(self.ctx, None, "Terkunci karena tidak dipakai. Masuk lagi.")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.show()
            self.timer.start()
        else:
            self.window.close()
