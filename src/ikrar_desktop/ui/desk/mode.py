"""The Meja menu, and desk mode: a desk database shows only its Meja Hadir under a banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMainWindow, QWidget

from ikrar_desktop.errors import UserError
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.ui.common import file_dialogs

if TYPE_CHECKING:
    from ikrar_desktop.context import AppContext

BANNER_STYLE = (
    "QLabel#deskModeBanner { background: #b45309; color: white; font-size: 13pt; "
    "font-weight: 600; padding: 6px 14px; }"
)


def install_desks(window: QMainWindow) -> None:
    """Add the Meja menu; on a desk database also hide every page but Meja Hadir."""
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    menu = window.menuBar().addMenu(window.tr("&Meja"))
    if desk_store.setting(ctx.conn, desk_store.MODE) != "1":  # a main database: menu only
        menu.addAction(window.tr("Buat &paket meja…"), lambda: export_package(window, ctx))
        menu.addAction(window.tr("&Gabungkan berkas kembalian…"), lambda: open_merge(window))
        menu.addSeparator()
        menu.addAction(
            window.tr("&Buka paket meja di PC ini…"), lambda: import_package(window, ctx)
        )
        return
    from ikrar_desktop.services import desk_sync  # desk databases only: keeps start-up light

    info = desk_sync.desk_info(ctx.conn)
    assert info is not None
    menu.addAction(window.tr("Buat berkas &kembalian…"), lambda: export_return(window, ctx))
    sidebar = window.sidebar  # type: ignore[attr-defined]
    index = window.page_index  # type: ignore[attr-defined]
    for key, row in index.items():
        sidebar.item(row).setHidden(key != "meja")
    window.show_page("meja")  # type: ignore[attr-defined]
    banner = QLabel(
        window.tr("Mode meja: {name} — {title}").format(name=info.name, title=info.event_title)
    )
    banner.setObjectName("deskModeBanner")
    banner.setStyleSheet(BANNER_STYLE)
    window.setMenuWidget(_stacked(window.menuBar(), banner))
    window.setWindowTitle(f"{window.windowTitle()} — {info.name}")


def _stacked(menubar: QWidget, banner: QLabel) -> QWidget:
    from PySide6.QtWidgets import QVBoxLayout

    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(menubar)
    layout.addWidget(banner)
    return holder


def _fail(ctx: AppContext, parent: QWidget, err: UserError) -> None:
    ctx.interaction.error(parent.tr("Tidak dapat dilanjutkan"), err.message, err.hint)


def export_package(window: QWidget, ctx: AppContext) -> QDialog | None:
    """Ask for the event and the desk's name, then where to save its package; the package's
    passphrase is then shown once (the returned dialog)."""
    from ikrar_desktop.services import desk_sync
    from ikrar_desktop.services import events as event_service

    listed = [s.event for s in event_service.list_events(ctx.conn) if s.event.status != "closed"]
    if not listed:
        ctx.interaction.inform(
            window.tr("Paket meja"), window.tr("Belum ada kegiatan yang terbuka.")
        )
        return None
    labels = [f"#{e.id} {e.title} ({e.date.isoformat()})" for e in listed]
    choice, ok = QInputDialog.getItem(window, window.tr("Paket meja"), window.tr("Kegiatan:"),
                                      labels, 0, False)  # fmt: skip
    if not ok:
        return None
    event = listed[labels.index(choice)]
    taken = len(desk_sync.desk_store.desk_names(ctx.conn, event.id))
    name, ok = QInputDialog.getText(window, window.tr("Paket meja"), window.tr("Nama meja:"),
                                    text=f"Meja {taken + 1}")  # fmt: skip
    if not ok:
        return None
    path = file_dialogs.save_file(
        window, window.tr("Simpan paket meja"), f"{name.replace(' ', '-')}.ikrarmeja",
        window.tr("Paket meja (*.ikrarmeja)"), kind="meja",
    )  # fmt: skip
    if not path:
        return None
    try:
        done = desk_sync.export_package(ctx.conn, event.id, name, path)
    except UserError as err:
        _fail(ctx, window, err)
        return None
    from ikrar_desktop.ui.desk.passphrase import PassphraseShown

    shown = PassphraseShown(done, window)
    shown.open()  # window-modal: the clerk notes the passphrase before going on
    return shown


def import_package(window: QWidget, ctx: AppContext, path: str | None = None) -> QDialog | None:
    """On a desk PC (a new, empty database): choose the package, type its passphrase."""
    from ikrar_desktop.ui.desk.passphrase import PackageOpen

    if path is None:
        path = file_dialogs.open_file(
            window, window.tr("Buka paket meja"), window.tr("Paket meja (*.ikrarmeja)"), "meja"
        )
    if not path:
        return None
    try:
        dialog = PackageOpen(ctx, path, window)
    except UserError as err:
        _fail(ctx, window, err)
        return None

    def opened() -> None:
        info = dialog.info
        if info is not None:
            ctx.interaction.inform(
                window.tr("Paket meja"),
                window.tr("Database ini kini database {desk} untuk kegiatan '{title}'. Tutup "
                          "lalu buka lagi Ikrar Desktop: PC ini tampil dalam mode meja.").format(
                    desk=info.name, title=info.event_title),
            )  # fmt: skip

    dialog.accepted.connect(opened)
    dialog.open()
    return dialog


def export_return(window: QWidget, ctx: AppContext) -> None:
    from ikrar_desktop.services import desk_sync

    info = desk_sync.desk_info(ctx.conn)
    name = f"{info.name.replace(' ', '-')}.ikrarkembali" if info else "kembalian.ikrarkembali"
    path = file_dialogs.save_file(
        window, window.tr("Simpan berkas kembalian"), name,
        window.tr("Berkas kembalian meja (*.ikrarkembali)"), kind="meja",
    )  # fmt: skip
    if not path:
        return
    try:
        done = desk_sync.export_return(ctx.conn, path)
    except UserError as err:
        _fail(ctx, window, err)
        return
    ctx.interaction.inform(
        window.tr("Berkas kembalian"),
        window.tr("{rows} tindakan tersimpan. Bawa berkas ini ke PC utama dan gabungkan di sana; "
                  "boleh diulang kapan saja.").format(rows=done.rows),
    )  # fmt: skip


def open_merge(window: QWidget, event_id: int | None = None) -> QWidget:
    from ikrar_desktop.ui.desk.merge import MergeDialog

    dialog = MergeDialog(window.ctx, event_id, window)  # type: ignore[attr-defined]
    dialog.show()
    return dialog
