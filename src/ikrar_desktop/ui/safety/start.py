"""Opening the database safely in the GUI: lock, bad locations, damage, sign-in, daily backup."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ikrar_desktop import APP_NAME
from ikrar_desktop.context import AppContext, Interaction
from ikrar_desktop.errors import DamagedDatabaseError, DatabaseLockedError, UserError
from ikrar_desktop.paths import Paths

if TYPE_CHECKING:
    from ikrar_desktop.ui.common.background import Operation, Progress

log = logging.getLogger(__name__)

DAILY_RUNNING = "Membuat cadangan harian di latar belakang… (program tetap dapat dipakai)"
BANNER_STYLE = "background: #fff3cd; color: #664d03; padding: 6px 12px; font-weight: 600;"


def _offer_restore(db: Path, interaction: Interaction, err: DamagedDatabaseError) -> bool:
    from ikrar_desktop.services.backups import newest_verified, restore
    from ikrar_desktop.store.backup import default_folder

    found = newest_verified(default_folder(db), db.stem)
    if found is None:
        interaction.error(APP_NAME, err.message, "Tidak ada cadangan yang utuh untuk dipulihkan.")
        return False
    when = f"{found.created:%d-%m-%Y %H:%M}" if found.created else "?"
    counts = found.counts
    question = (
        f"{err.message}\n\nCadangan terbaru yang utuh bertanggal {when} "
        f"({counts.get('employees', 0)} pegawai, {counts.get('events', 0)} kegiatan). "
        "Perubahan sesudah tanggal itu tidak ada di cadangan.\n\n"
        "Pulihkan dari cadangan itu? Berkas yang rusak disimpan di sampingnya, tidak dihapus."
    )
    if not interaction.confirm("Database rusak", question):
        return False
    done = restore(db, found.path)
    interaction.inform(
        "Database dipulihkan",
        f"Database dipulihkan dari cadangan tanggal {when}.\n"
        f"Berkas yang rusak disimpan sebagai {done.kept_aside}.",
    )
    return True


def open_context(
    db: str | Path | None, interaction: Interaction, *, check: bool = True
) -> AppContext | None:
    """The AppContext for the GUI, or None after explaining why it cannot open."""
    from ikrar_desktop.store import lock
    from ikrar_desktop.store.location import location_warning, writable

    paths = Paths.for_db(db)
    warning = location_warning(paths.db)
    if warning:
        interaction.inform("Lokasi database berisiko", warning)
    readonly = not writable(paths.db)
    held = None
    if not readonly:
        try:
            held = lock.acquire(paths.db)
        except DatabaseLockedError as err:
            if not interaction.confirm(APP_NAME, f"{err.message}\n\nBuka hanya-baca?"):
                return None
            readonly = True
    try:
        for attempt in range(2):
            try:
                ctx = AppContext.open(paths.db, interaction, readonly=readonly, check=check)
                break
            except DamagedDatabaseError as err:
                if attempt or readonly or not _offer_restore(paths.db, interaction, err):
                    raise
    except UserError as err:
        if held is not None:
            held.release()
        log.warning("cannot open database: %s", err)
        interaction.error(APP_NAME, err.message, err.hint)
        return None
    except BaseException:
        if held is not None:
            held.release()
        raise
    ctx.lock = held
    return ctx


def readonly_reason(ctx: AppContext) -> str:
    """One line: why this database is read-only here, naming who holds it when known."""
    from ikrar_desktop.store import lock

    holder = lock.read_holder(ctx.paths.db)
    if holder is not None and (holder.user or holder.pc):
        return f"Hanya-baca: database ini sedang dipakai {holder.describe()}."
    return "Hanya-baca: database ini dipakai program lain atau foldernya tidak dapat ditulisi."


def after_open(ctx: AppContext, window: QMainWindow) -> None:
    """Banner for read-only, sign-in when required. The first backup of the day is started
    by :func:`start_daily_backup` once the window is shown."""
    from ikrar_desktop.services.access import signin_required

    if ctx.readonly:
        add_banner(window, readonly_reason(ctx) + " Tidak ada yang dapat diubah dari PC ini.")
        return
    if signin_required(ctx.conn):
        from ikrar_desktop.ui.safety.signin import require_sign_in

        require_sign_in(ctx, window)


def start_daily_backup(ctx: AppContext, window: QMainWindow) -> Operation | None:
    """The first backup of the day, in the background on a connection of its own (the window
    stays usable); its progress and outcome in the status bar. Verified like every backup;
    a program killed meanwhile leaves no backup of today, so the next start makes it again."""
    if ctx.readonly:
        return None
    from ikrar_desktop.services.backups import daily_due, daily_if_due
    from ikrar_desktop.store.backup import BackupInfo
    from ikrar_desktop.ui.safety import backup_jobs

    bar = window.statusBar()

    def work(conn: sqlite3.Connection, progress: Progress) -> object:
        if daily_due(conn):
            progress(0, 1)  # the window says a backup is being made
        return daily_if_due(conn)

    def started(done: int, total: int) -> None:
        bar.showMessage(DAILY_RUNNING)

    def done(info: object) -> None:
        if isinstance(info, BackupInfo):
            bar.showMessage(
                f"Cadangan harian tersimpan dan sudah diperiksa: {info.path.name}.", 10000
            )
        elif bar.currentMessage() == DAILY_RUNNING:
            bar.clearMessage()

    def failed(exc: object) -> None:
        if isinstance(exc, UserError):
            log.warning("daily backup failed: %s", exc)
            bar.showMessage(f"Cadangan harian gagal: {exc.message}", 15000)
        elif isinstance(exc, BaseException):
            bar.clearMessage()
            sys.excepthook(type(exc), exc, exc.__traceback__)

    op = backup_jobs.start_backup(ctx, work, window, done, failed)
    op.progress.connect(started)
    return op


def add_banner(window: QMainWindow, text: str) -> QToolBar:
    """One line across the window: why it is read-only, and the two ways out."""
    bar = QToolBar("banner", window)
    bar.setObjectName("readonlyBanner")
    bar.setMovable(False)
    bar.setStyleSheet("QToolBar#readonlyBanner { background: #fff3cd; border: none; }")
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(6, 2, 6, 2)
    label = QLabel(text)
    label.setObjectName("readonlyText")
    label.setToolTip(text)
    label.setStyleSheet(BANNER_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    row.addWidget(label, 1)
    for name, caption, slot in (
        ("readonlyRetry", "Coba buka lagi", getattr(window, "retry_writable", None)),
        ("readonlyDesk", "Bekerja sebagai meja…", getattr(window, "explain_desk_mode", None)),
    ):
        if slot is None:
            continue
        button = QPushButton(caption)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
    bar.addWidget(holder)
    window.addToolBar(bar)
    return bar


def reopen_writable(ctx: AppContext) -> None:
    """Take the database for writing after all, in place (the window keeps ``ctx``); raises
    :class:`DatabaseLockedError` naming who still holds it."""
    from ikrar_desktop.errors import CannotRunError
    from ikrar_desktop.store import lock
    from ikrar_desktop.store.location import writable

    if not writable(ctx.paths.db):
        raise CannotRunError(
            "Folder database ini tidak dapat ditulisi dari PC ini.",
            hint="Pindahkan database ke folder yang dapat ditulisi, lalu buka lagi.",
        )
    held = lock.acquire(ctx.paths.db)
    try:
        fresh = AppContext.open(ctx.paths.db, ctx.interaction)
    except BaseException:
        held.release()
        raise
    old = ctx.conn
    ctx.conn, ctx.readonly, ctx.lock = fresh.conn, False, held
    old.close()


def backup_on_exit(ctx: AppContext) -> None:
    """A verified backup when the program closes (skipped read-only; failures only logged).

    A backup still running in the background (the daily one, say: the clerk closed the window
    while it ran) is waited for first, so the two never race and no half file is left."""
    from ikrar_desktop.ui.safety import backup_jobs

    backup_jobs.wait_for_backups()
    if ctx.readonly:
        return
    from ikrar_desktop.services.backups import backup_now

    try:
        with backup_jobs.LOCK:
            backup_now(ctx.conn, "keluar")
    except UserError as err:
        log.warning("backup on exit failed: %s", err)
