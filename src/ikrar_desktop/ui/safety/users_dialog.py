"""Pengaturan → Kelola pengguna: list accounts, add one, reset a password, (de)activate."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import access

COLUMNS = ("Nama pengguna", "Nama lengkap", "Peran", "Aktif", "Terkunci sampai")
ROLES = (("Operator", access.OPERATOR), ("Admin", access.ADMIN))
MISMATCH = "Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama dua kali."


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


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
        self.setWindowTitle("Kelola pengguna")
        self.resize(640, 520)
        self.users: list[access.User] = []

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reset_button = QPushButton("Atur ulang kata sandi…")
        self.reset_button.clicked.connect(self.ask_reset_password)
        self.active_button = QPushButton("Nonaktifkan")
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.reset_button)
        row_actions.addWidget(self.active_button)
        row_actions.addStretch(1)

        self.login = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for label, value in ROLES:
            self.role.addItem(label, value)
        self.password = _password_field()
        self.repeat = _password_field()
        self.add_button = QPushButton("Tambah pengguna")
        self.add_button.clicked.connect(self.add_user)
        add_box = QGroupBox("Tambah pengguna")
        form = QFormLayout(add_box)
        form.addRow("Nama pengguna", self.login)
        form.addRow("Nama lengkap", self.full_name)
        form.addRow("Peran", self.role)
        form.addRow(f"Kata sandi (min. {access.MIN_PASSWORD} karakter)", self.password)
        form.addRow("Ulangi kata sandi", self.repeat)
        form.addRow(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_actions)
        layout.addWidget(add_box)
        layout.addWidget(self.message)
        layout.addWidget(close)
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
