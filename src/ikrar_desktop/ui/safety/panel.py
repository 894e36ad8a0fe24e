"""Pengaturan → Cadangan dan keamanan: backup folder, back up now, restore, sign-in."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import access, backups
from ikrar_desktop.store import backup as store_backup
from ikrar_desktop.store.backup_manifest import manifest_fingerprint
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress
from ikrar_desktop.ui.safety import backup_jobs

COUNT_LABELS = (
    ("employees", "pegawai"),
    ("units", "unit kerja"),
    ("events", "kegiatan"),
    ("obligations", "peserta kegiatan"),
    ("attendance_log", "catatan kehadiran"),
    ("certificates", "sertifikat"),
)
BUSY = "Cadangan sedang dibuat dan diperiksa di latar belakang… (program tetap dapat dipakai)"


def describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(key, 0)} {label}" for key, label in COUNT_LABELS)


class SafetyPanel(QGroupBox):
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Cadangan dan keamanan data", parent)
        self.ctx = ctx
        self.folder = QLineEdit()
        self.folder.setPlaceholderText("folder bawaan: backups di samping database")
        choose = QPushButton("Pilih folder…")
        choose.clicked.connect(self.choose_folder)
        self.backup_button = QPushButton("Cadangkan sekarang")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton("Pulihkan…")
        self.restore_button.clicked.connect(self.choose_restore)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.signin = QCheckBox("Wajibkan masuk dengan nama pengguna dan kata sandi")
        self.signin.toggled.connect(self.toggle_signin)
        self.users_button = QPushButton("Kelola pengguna…")
        self.users_button.clicked.connect(self.manage_users)
        row = QHBoxLayout()
        row.addWidget(QLabel("Folder cadangan"))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        signin_row = QHBoxLayout()
        signin_row.addWidget(self.signin, 1)
        signin_row.addWidget(self.users_button)
        layout.addLayout(signin_row)
        backup_jobs.notifier().changed.connect(self._backups_changed)
        self.refresh()

    def _backups_changed(self) -> None:
        """A background backup started or ended: shown now, or when the panel is shown."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _folder(self) -> Path:
        return store_backup.folder_for(self.ctx.conn) or store_backup.default_folder(
            self.ctx.paths.db
        )

    def refresh(self) -> None:
        configured = store_backup.configured_folder(self.ctx.conn)
        self.folder.setText(str(configured) if configured else "")
        self.signin.blockSignals(True)
        self.signin.setChecked(access.signin_required(self.ctx.conn))
        self.signin.blockSignals(False)
        found = backups.list_backups(self._folder(), self.ctx.paths.db.stem)
        busy = backup_jobs.running()
        if busy:
            self.status.setText(BUSY)
        elif found:
            mark = manifest_fingerprint(found[0].path)
            self.status.setText(
                f"Cadangan terakhir: {found[0].created:%d-%m-%Y %H:%M} di {self._folder()} "
                f"({len(found)} berkas disimpan: 7 harian, 5 mingguan, 12 bulanan)."
                + (f"\nSidik jejak audit cadangan itu: {mark}" if mark else "")
            )
        else:
            self.status.setText(f"Belum ada cadangan di {self._folder()}.")
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not self.ctx.readonly and not busy)
        self.users_button.setEnabled(not self.ctx.readonly)

    def _error(self, err: UserError) -> None:
        self.ctx.interaction.error("Cadangan", err.message, err.hint)

    def choose_folder(self) -> None:
        chosen = file_dialogs.pick_folder(
            self, "Pilih folder cadangan", kind="cadangan", start=self._folder()
        )
        if not chosen:
            return
        try:
            backups.set_folder(self.ctx.conn, chosen)
        except UserError as err:
            self._error(err)
        self.refresh()

    def backup_now(self) -> Operation:
        """A verified backup in the background (the window stays usable); the outcome here."""
        self.backup_button.setEnabled(False)
        self.status.setText(BUSY)

        def work(conn: sqlite3.Connection, progress: Progress) -> store_backup.BackupInfo:
            return backups.backup_now(conn, "manual")

        return backup_jobs.start_backup(self.ctx, work, self, self._backed_up, self._failed)

    def _backed_up(self, info: store_backup.BackupInfo) -> None:
        self.refresh()
        self.status.setText(
            f"Cadangan tersimpan dan sudah diperiksa: {info.path.name} "
            f"({describe_counts(info.counts)})."
            + (f"\nSidik jejak audit cadangan: {info.fingerprint}" if info.fingerprint else "")
        )

    def _failed(self, exc: object) -> None:
        self.refresh()
        if isinstance(exc, UserError):
            self._error(exc)
        elif isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def choose_restore(self) -> None:
        path = file_dialogs.open_file(
            self, "Pilih berkas cadangan", "Cadangan Ikrar (*.sqlite)", "cadangan",
            start=self._folder(),
        )  # fmt: skip
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> bool:
        """Show the backup's date and contents, then restore and reopen (admin only)."""
        try:
            access.require_admin(self.ctx)
            info = store_backup.verify_file(source)
        except UserError as err:
            self._error(err)
            return False
        when = f"{info.created:%d-%m-%Y %H:%M}" if info.created else "tidak diketahui"
        question = (
            f"Pulihkan database dari cadangan tanggal {when}?\n\n"
            f"Isi cadangan: {describe_counts(info.counts)}.\n"
            + (f"Sidik jejak audit cadangan: {info.fingerprint}.\n" if info.fingerprint else "")
            + "\n"
            "Database yang sekarang disimpan di sampingnya dengan nama bertanggal "
            "(tidak ditimpa), dan perubahan sesudah tanggal cadangan tidak ada di cadangan."
        )
        if not self.ctx.interaction.confirm("Pulihkan cadangan", question):
            return False
        from ikrar_desktop.store.schema import open_database

        backup_jobs.wait_for_backups()  # the file is not swapped under a running backup
        self.ctx.conn.close()
        try:
            with backup_jobs.LOCK:
                done = backups.restore(self.ctx.paths.db, source)
        except UserError as err:
            self._error(err)
            return False
        finally:
            self.ctx.conn = open_database(self.ctx.paths.db)
        self.ctx.interaction.inform(
            "Pulihkan cadangan",
            f"Database dipulihkan dari cadangan tanggal {when}.\n"
            f"Database sebelumnya disimpan sebagai {done.kept_aside}.",
        )
        self.refresh()
        self.restored.emit()
        return True

    def manage_users(self) -> None:
        from ikrar_desktop.ui.safety.users_dialog import UsersDialog

        try:
            access.require_admin(self.ctx)
        except UserError as err:
            self.ctx.interaction.error("Kelola pengguna", err.message, err.hint)
            return
        UsersDialog(self.ctx, self).exec()
        self.refresh()

    def toggle_signin(self, on: bool) -> None:
        try:
            if on and not access.has_active_admin(self.ctx.conn):
                raise UserError(
                    "Belum ada akun admin yang aktif, jadi masuk belum dapat diwajibkan.",
                    "Buat akun admin dulu lewat tombol Kelola pengguna….",
                )
            access.set_signin(self.ctx.conn, on)
        except UserError as err:
            self._error(err)
        self.refresh()
