"""Pengaturan → Kelola pengguna: list accounts, add one, reset a password, (de)activate."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import access
from ikrar_desktop.ui.forms.ui_users_dialog import Ui_UsersDialog

ROLES = (("Operator", access.OPERATOR), ("Admin", access.ADMIN))
MISMATCH = "Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama dua kali."


def _locked_text(locked_until: str | None) -> str:
    if not locked_until:
        return ""
    when = datetime.fromisoformat(locked_until)
    return f"{when:%d-%m-%Y %H:%M}" if when > datetime.now() else ""


class UsersDialog(QDialog):
    """Every change goes through services.access, which refuses non-admins once sign-in is on."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[access.User] = []
        # The list, the new-user form and the layout: ui/users_dialog.ui (`make forms`).
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.table: QTableWidget = self.ui.table
        self.table.setObjectName("usersTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reset_button: QPushButton = self.ui.reset_button
        self.reset_button.clicked.connect(self.ask_reset_password)
        self.active_button: QPushButton = self.ui.active_button
        self.active_button.clicked.connect(self.toggle_active)

        self.login: QLineEdit = self.ui.login
        self.full_name: QLineEdit = self.ui.full_name
        self.role: QComboBox = self.ui.role
        for label, value in ROLES:
            self.role.addItem(label, value)
        self.ui.password_label.setText(f"Kata sandi (min. {access.MIN_PASSWORD} karakter)")
        self.password: QLineEdit = self.ui.password
        self.repeat: QLineEdit = self.ui.repeat
        self.add_button: QPushButton = self.ui.add_button
        self.add_button.clicked.connect(self.add_user)

        self.message: QLabel = self.ui.message
        self.message.setObjectName("usersMessage")
        close: QDialogButtonBox = self.ui.close_buttons
        close.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        close.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.users = access.list_users(self.ctx.conn)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (
                user.login,
                user.full_name,
                "Admin" if user.role == access.ADMIN else "Operator",
                "Ya" if user.active else "Tidak",
                _locked_text(user.locked_until),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if not self.users:
            self.role.setCurrentIndex(self.role.findData(access.ADMIN))
            self.message.setText("Belum ada pengguna. Akun pertama harus admin.")
        self._update_buttons()

    def selected(self) -> access.User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_login(self, login: str) -> None:
        for row, user in enumerate(self.users):
            if user.login.casefold() == login.strip().casefold():
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText("Aktifkan lagi" if user and not user.active else "Nonaktifkan")

    def _show(self, err: UserError) -> None:
        self.message.setText(f"{err.message} {err.hint}".strip())

    def add_user(self) -> bool:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(MISMATCH, field="password")
            user = access.add_user(
                self.ctx.conn,
                self.login.text(),
                self.password.text(),
                str(self.role.currentData()),
                self.full_name.text(),
            )
        except UserError as err:
            self._show(err)
            self.password.clear()
            self.repeat.clear()
            return False
        for field in (self.login, self.full_name, self.password, self.repeat):
            field.clear()
        self.refresh()
        self.select_login(user.login)
        self.message.setText(f"Pengguna {user.login} ({user.role}) ditambahkan.")
        return True

    def reset_password(self, password: str, repeat: str) -> bool:
        user = self.selected()
        if user is None:
            return False
        try:
            if password != repeat:
                raise ValidationError(MISMATCH, field="password")
            access.reset_password(self.ctx.conn, user.login, password)
        except UserError as err:
            self._show(err)
            return False
        self.refresh()
        self.select_login(user.login)
        self.message.setText(f"Kata sandi {user.login} sudah diganti; kuncian akun dilepas.")
        return True

    def ask_reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        echo = QLineEdit.EchoMode.Password
        first, ok = QInputDialog.getText(
            self, "Atur ulang kata sandi", f"Kata sandi baru untuk {user.login}:", echo
        )
        if not ok:
            return
        second, ok = QInputDialog.getText(
            self, "Atur ulang kata sandi", "Ulangi kata sandi baru:", echo
        )
        if ok:
            self.reset_password(first, second)

    def toggle_active(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        try:
            access.set_user_active(self.ctx.conn, user.login, not user.active)
        except UserError as err:
            self._show(err)
            return False
        self.refresh()
        self.select_login(user.login)
        state = "diaktifkan lagi" if not user.active else "dinonaktifkan (tidak dapat masuk)"
        self.message.setText(f"Pengguna {user.login} {state}.")
        return True
