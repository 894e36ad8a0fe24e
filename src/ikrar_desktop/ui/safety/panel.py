"""Pengaturan → Cadangan dan keamanan: backup folder, back up now, restore, sign-in."""

from __future__ import annotations

import sqlite3
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
from ikrar_desktop.ui.common.background import Operation, Progress, show_failure
from ikrar_desktop.ui.common.translate import QT_TR_NOOP, tr
from ikrar_desktop.ui.safety import backup_jobs

COUNT_LABELS = (
    ("employees", QT_TR_NOOP("pegawai")),
    ("units", QT_TR_NOOP("unit kerja")),
    ("events", QT_TR_NOOP("kegiatan")),
    ("obligations", QT_TR_NOOP("peserta kegiatan")),
    ("attendance_log", QT_TR_NOOP("catatan kehadiran")),
    ("certificates", QT_TR_NOOP("sertifikat")),
)
BUSY = QT_TR_NOOP(
    "Cadangan sedang dibuat dan diperiksa di latar belakang… (program tetap dapat dipakai)"
)


def describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(key, 0)} {tr(label)}" for key, label in COUNT_LABELS)


class SafetyPanel(QGroupBox):
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cadangan dan keamanan data"), parent)
        self.ctx = ctx
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("folder bawaan: backups di samping database"))
        choose = QPushButton(self.tr("Pilih folder…"))
        choose.clicked.connect(self.choose_folder)
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Pulihkan…"))
        self.restore_button.clicked.connect(self.choose_restore)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.signin = QCheckBox(self.tr("Wajibkan masuk dengan nama pengguna dan kata sandi"))
        self.signin.toggled.connect(self.toggle_signin)
        self.users_button = QPushButton(self.tr("Kelola pengguna…"))
        self.users_button.clicked.connect(self.manage_users)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder cadangan")))
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
            self.status.setText(tr(BUSY))
        elif found:
            mark = manifest_fingerprint(found[0].path)
            last = self.tr(
                "Cadangan terakhir: {when} di {folder} "
                "({count} berkas disimpan: 7 harian, 5 mingguan, 12 bulanan)."
            ).format(
                when=f"{found[0].created:%d-%m-%Y %H:%M}", folder=self._folder(), count=len(found)
            )
            if mark:
                last += self.tr("\nSidik jejak audit cadangan itu: {mark}").format(mark=mark)
            self.status.setText(last)
        else:
            self.status.setText(
                self.tr("Belum ada cadangan di {folder}.").format(folder=self._folder())
            )
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not self.ctx.readonly and not busy)
        self.users_button.setEnabled(not self.ctx.readonly)

    def _error(self, err: UserError) -> None:
        self.ctx.interaction.error(self.tr("Cadangan"), err.message, err.hint)

    def choose_folder(self) -> None:
        chosen = file_dialogs.pick_folder(
            self, self.tr("Pilih folder cadangan"), kind="cadangan", start=self._folder()
        )
        if not chosen:
            return
        try:
            backups.set_folder(self.ctx.conn, chosen)
        except UserError as err:
            self._error(err)
        self.refresh()

    def backup_now(self) -> Operation[store_backup.BackupInfo]:
        """A verified backup in the background (the window stays usable); the outcome here."""
        self.backup_button.setEnabled(False)
        self.status.setText(tr(BUSY))

        def work(conn: sqlite3.Connection, progress: Progress) -> store_backup.BackupInfo:
            return backups.backup_now(conn, "manual")

        return backup_jobs.start_backup(self.ctx, work, self, self._backed_up, self._failed)

    def _backed_up(self, info: store_backup.BackupInfo) -> None:
        self.refresh()
        saved = self.tr("Cadangan tersimpan dan sudah diperiksa: {name} ({counts}).").format(
            name=info.path.name, counts=describe_counts(info.counts)
        )
        if info.fingerprint:
            saved += self.tr("\nSidik jejak audit cadangan: {mark}").format(mark=info.fingerprint)
        self.status.setText(saved)

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        show_failure(exc, self.ctx.interaction, "Cadangan")

    def choose_restore(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Pilih berkas cadangan"), self.tr("Cadangan Ikrar (*.sqlite)"),
            "cadangan", start=self._folder(),
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
        when = f"{info.created:%d-%m-%Y %H:%M}" if info.created else self.tr("tidak diketahui")
        question = self.tr(
            "Pulihkan database dari cadangan tanggal {when}?\n\nIsi cadangan: {counts}.\n"
        ).format(when=when, counts=describe_counts(info.counts))
        if info.fingerprint:
            question += self.tr("Sidik jejak audit cadangan: {mark}.\n").format(
                mark=info.fingerprint
            )
        question += "\n" + self.tr(
            "Database yang sekarang disimpan di sampingnya dengan nama bertanggal "
            "(tidak ditimpa), dan perubahan sesudah tanggal cadangan tidak ada di cadangan."
        )
        if not self.ctx.interaction.confirm(self.tr("Pulihkan cadangan"), question):
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
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Database dipulihkan dari cadangan tanggal {when}.\n"
                "Database sebelumnya disimpan sebagai {kept}."
            ).format(when=when, kept=done.kept_aside),
        )
        self.refresh()
        self.restored.emit()
        return True

    def manage_users(self) -> None:
        from ikrar_desktop.ui.safety.users_dialog import UsersDialog

        try:
            access.require_admin(self.ctx)
        except UserError as err:
            self.ctx.interaction.error(self.tr("Kelola pengguna"), err.message, err.hint)
            return
        UsersDialog(self.ctx, self).exec()
        self.refresh()

    def toggle_signin(self, on: bool) -> None:
        try:
            if on and not access.has_active_admin(self.ctx.conn):
                raise UserError(
                    self.tr("Belum ada akun admin yang aktif, jadi masuk belum dapat diwajibkan."),
                    self.tr("Buat akun admin dulu lewat tombol Kelola pengguna…."),
                )
            access.set_signin(self.ctx.conn, on)
        except UserError as err:
            self._error(err)
        self.refresh()
