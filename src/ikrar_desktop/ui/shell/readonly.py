"""Read-only mode in the window: every action that writes is disabled and stays disabled."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMainWindow,
    QPushButton,
    QWidget,
)

# page key -> the texts of its buttons that write to the database (tests enumerate every
# button of every page: one that is enabled in read-only mode must be listed in READS)
WRITES: dict[str, tuple[str, ...]] = {
    "beranda": (
        "1. Simpan nama instansi", "2. Impor daftar pegawai dari Excel…",
        "atau coba dengan data contoh",
    ),
    "pegawai": (
        "Tambah (Ctrl+N)", "Ubah", "Nonaktifkan", "Aktifkan lagi", "Hapus", "Impor Excel…",
    ),
    "unit": (
        "Tambah unit", "Ubah nama", "Gabungkan…", "Hapus", "Kepala && induk…",
        "Sarankan kepala && induk…",
    ),
    "kegiatan": (
        "Buat kegiatan (Ctrl+N)", "Ubah…", "Hapus", "Mulai kegiatan", "Tutup kegiatan",
        "Buka kembali…", "Tambah peserta…", "Tidak wajib…", "Wajibkan lagi",
        "Tanda tangan susulan…",
    ),
    "meja": ("Tandai satu unit hadir…", "Terima lembar kembali (Ctrl+T)", "Batalkan (Ctrl+Z)"),
    # certificates are numbered on their first print (also one PDF per person)
    "cetak": ("Cetak…", "Simpan PDF…", "Sertifikat per orang…"),
    "verifikasi": ("Batalkan sertifikat…",),
    "laporan": ("Tindak lanjut per OPD…",),  # records replies, numbers and prints letters
    "pengawasan": ("Laporan baru (Ctrl+N)", "Atur tenggat…"),
    "pengaturan": (
        "Pilih gambar…", "Hapus logo", "Simpan pengaturan", "Pilih folder…",
        "Cadangkan sekarang", "Pulihkan…", "Kelola pengguna…",
    ),
}  # fmt: skip
# shortcuts that write: Tambah / Impor, and Enter on the employee list (Ubah)
WRITE_KEYS: dict[str, tuple[str, ...]] = {
    "pegawai": ("Ctrl+N", "Ctrl+I", "Return"),
    "kegiatan": ("Ctrl+N",),
    "pengawasan": ("Ctrl+N",),
}
# lists whose double-click (and right-click menu) edits the row
EDIT_ON_CLICK = ("pegawai", "kegiatan", "unit")
MENU_WRITES = ("Buat &paket meja…", "&Gabungkan berkas kembalian…")
# buttons that write inside dialogs a reading button opens (Buka kasus → the case sheet)
DIALOG_WRITES = ("Catat langkah", "Tambah berkas…", "Tambah berkas bukti…")


class _Lock(QObject):
    """Keeps widgets disabled however the page re-enables them (selection changes), swallows
    double-clicks and context menus on editing lists, and disables the writing buttons of
    dialogs as they open. One application event filter, so each event is seen once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.widgets: list[QWidget] = []
        self.views: list[QWidget] = []
        self.switches: list[QShortcut | QAction] = []
        self.tips: dict[QWidget, str] = {}
        self.wanted: dict[QWidget, bool] = {}  # what the page asked for, restored on release
        self._own = False
        self.seen: set[QDialog] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched not in self.seen:
            if not self._ours(watched):  # another window's dialog (a writable one)
                return False
            self.seen.add(watched)
            for button in watched.findChildren(QPushButton):
                if button.text() in DIALOG_WRITES:
                    self.hold(button)
            return False
        if kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            if not self._own and watched in self.wanted:
                self.wanted[watched] = watched.isEnabled()
                self._disable(watched)
            return False
        return kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu) and (
            watched in self.views
        )

    def _ours(self, dialog: QDialog) -> bool:
        """Whether ``dialog`` was opened from this lock's read-only window."""
        window, parent = self.parent(), dialog.parentWidget()
        while parent is not None:
            if parent is window:
                return True
            parent = parent.parentWidget()
        return False

    def _disable(self, widget: QWidget) -> None:
        self._own = True
        try:
            widget.setEnabled(False)
        finally:
            self._own = False

    def hold(self, widget: QWidget) -> None:
        self.wanted[widget] = widget.isEnabled()
        self._disable(widget)
        self.tips[widget] = widget.toolTip()
        widget.setToolTip(widget.tr("Hanya-baca: tidak dapat diubah dari PC ini."))
        self.widgets.append(widget)

    def release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self.widgets:
            if shiboken6.isValid(widget):  # a dialog's button may be gone
                widget.setEnabled(self.wanted.get(widget, True))
                widget.setToolTip(self.tips.get(widget, ""))
        for switch in self.switches:
            if shiboken6.isValid(switch):
                switch.setEnabled(True)
        self.widgets, self.views, self.switches = [], [], []
        self.wanted, self.tips, self.seen = {}, {}, set()


def _lock(window: QMainWindow) -> _Lock:
    """The window's lock, watching every event of the application (each event once)."""
    found = window.findChild(_Lock, "readonlyLock")
    if found is None:
        found = _Lock(window)
        found.setObjectName("readonlyLock")
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(found)
    return found


def lock_page(window: QMainWindow, key: str, page: QWidget) -> None:
    """Disable what writes on one page (called as each page is built)."""
    lock = _lock(window)
    texts = set(WRITES.get(key, ()))
    for button in page.findChildren(QPushButton):
        if button.text() in texts:
            lock.hold(button)
    keys = {QKeySequence(k).toString() for k in WRITE_KEYS.get(key, ())}
    for shortcut in page.findChildren(QShortcut):
        if shortcut.key().toString() in keys:
            shortcut.setEnabled(False)
            lock.switches.append(shortcut)
    if key in EDIT_ON_CLICK:
        for view in page.findChildren(QAbstractItemView):
            lock.views.append(view.viewport())


def lock_menus(window: QMainWindow) -> None:
    """The Meja menu's writing actions; and, from now on, the writing buttons of dialogs."""
    lock = _lock(window)
    for action in window.menuBar().findChildren(QAction):
        if action.text() in MENU_WRITES:
            action.setEnabled(False)
            lock.switches.append(action)


def release(window: QMainWindow) -> None:
    """Writable again ("Coba buka lagi" took the database): enable what was locked."""
    _lock(window).release()
