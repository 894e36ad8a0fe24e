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
from ikrar_desktop.ui.common.translate import tr

if TYPE_CHECKING:
    from ikrar_desktop.store.backup import BackupInfo
    from ikrar_desktop.ui.common.background import Operation, Progress

log = logging.getLogger(__name__)

DAILY_RUNNING = "Membuat cadangan harian di latar belakang… (program tetap dapat dipakai)"
BANNER_STYLE = "background: #fff3cd; color: #664d03; padding: 6px 12px; font-weight: 600;"


def _offer_restore(db: Path, interaction: Interaction, err: DamagedDatabaseError) -> bool:
    from ikrar_desktop.services.backups import newest_verified, restore
    from ikrar_desktop.store.backup import default_folder

    found = newest_verified(default_folder(db), db.stem)
    if found is None:
        interaction.error(
            APP_NAME, err.message, tr("Tidak ada cadangan yang utuh untuk dipulihkan.")
        )
        return False
    when = f"{found.created:%d-%m-%Y %H:%M}" if found.created else "?"
    counts = found.counts
    question = tr(
        "{problem}\n\nCadangan terbaru yang utuh bertanggal {when} "
        "({employees} pegawai, {events} kegiatan). "
        "Perubahan sesudah tanggal itu tidak ada di cadangan.\n\n"
        "Pulihkan dari cadangan itu? Berkas yang rusak disimpan di sampingnya, tidak dihapus."
    ).format(
        problem=err.message,
        when=when,
        employees=counts.get("employees", 0),
        events=counts.get("events", 0),
    )
    if not interaction.confirm(tr("Database rusak"), question):
        return False
    done = restore(db, found.path)
    interaction.inform(
        tr("Database dipulihkan"),
        tr(
            "Database dipulihkan dari cadangan tanggal {when}.\n"
            "Berkas yang rusak disimpan sebagai {kept}."
        ).format(when=when, kept=done.kept_aside),
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
        interaction.inform(tr("Lokasi database berisiko"), warning)
    readonly = not writable(paths.db)
    held = None
    if not readonly:
        try:
            held = lock.acquire(paths.db)
        except DatabaseLockedError as err:
            if not interaction.confirm(
                APP_NAME, tr("{problem}\n\nBuka hanya-baca?").format(problem=err.message)
            ):
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
        return tr("Hanya-baca: database ini sedang dipakai {holder}.").format(
            holder=holder.describe()
        )
    return tr("Hanya-baca: database ini dipakai program lain atau foldernya tidak dapat ditulisi.")


def after_open(ctx: AppContext, window: QMainWindow) -> None:
    """Banner for read-only, sign-in when required. The first backup of the day is started
    by :func:`start_daily_backup` once the window is shown."""
    from ikrar_desktop.services.access import signin_required

    if ctx.readonly:
        add_banner(window, readonly_reason(ctx) + tr(" Tidak ada yang dapat diubah dari PC ini."))
        return
    if signin_required(ctx.conn):
        from ikrar_desktop.ui.safety.signin import require_sign_in

        require_sign_in(ctx, window)


def start_daily_backup(ctx: AppContext, window: QMainWindow) -> Operation[BackupInfo | None] | None:
    """The first backup of the day, in the background on a connection of its own (the window
    stays usable); its progress and outcome in the status bar. Verified like every backup;
    a program killed meanwhile leaves no backup of today, so the next start makes it again."""
    if ctx.readonly:
        return None
    from ikrar_desktop.services.backups import daily_due, daily_if_due
    from ikrar_desktop.ui.safety import backup_jobs

    bar = window.statusBar()

    def work(conn: sqlite3.Connection, progress: Progress) -> BackupInfo | None:
        if daily_due(conn):
            progress(0, 1)  # the window says a backup is being made
        return daily_if_due(conn)

    def started(done: int, total: int) -> None:
        bar.showMessage(DAILY_RUNNING)

    def done(info: BackupInfo | None) -> None:
        if info is not None:
            bar.showMessage(
                f"Cadangan harian tersimpan dan sudah diperiksa: {info.path.name}.", 10000
            )
        elif bar.currentMessage() == DAILY_RUNNING:
            bar.clearMessage()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            log.warning("daily backup failed: %s", exc)
            bar.showMessage(f"Cadangan harian gagal: {exc.message}", 15000)
        else:
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
        ("readonlyRetry", tr("Coba buka lagi"), getattr(window, "retry_writable", None)),
        ("readonlyDesk", tr("Bekerja sebagai meja…"), getattr(window, "explain_desk_mode", None)),
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
            tr("Folder database ini tidak dapat ditulisi dari PC ini."),
            hint=tr("Pindahkan database ke folder yang dapat ditulisi, lalu buka lagi."),
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
