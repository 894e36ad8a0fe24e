"""Main window: the sidebar of design.md and one page per entry."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ikrar_desktop import APP_NAME
from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.desk.mode import install_desks
from ikrar_desktop.ui.desk.scan_guard import scan_guard
from ikrar_desktop.ui.registry.employees_page import EmployeesPage
from ikrar_desktop.ui.shell import readonly
from ikrar_desktop.ui.shell.shortcuts import page_key
from ikrar_desktop.ui.shell.window_geometry import restore_geometry, save_geometry

if TYPE_CHECKING:
    from ikrar_desktop.ui.cases.page import SupervisionPage
    from ikrar_desktop.ui.common.background import Operation, Progress
    from ikrar_desktop.ui.desk.page import DeskPage
    from ikrar_desktop.ui.events.page import EventsPage
    from ikrar_desktop.ui.events.reports_page import ReportsPage
    from ikrar_desktop.ui.printing.page import PrintingPage
    from ikrar_desktop.ui.registry.units_page import UnitsPage
    from ikrar_desktop.ui.safety.verify_page import VerifyPage
    from ikrar_desktop.ui.shell.help_window import HelpWindow
    from ikrar_desktop.ui.shell.home_page import HomePage
    from ikrar_desktop.ui.shell.settings_page import SettingsPage

# Styled widget by widget, not with one style sheet on the window: a window style sheet puts
# every widget inside (the 50,000-row table too) behind QStyleSheetStyle, ~10 ms at start.
# Page titles (QLabel "pageTitle") get TITLE_STYLE when their page is built; dialogs style
# their own title and validation message.
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f3a5f; color: #ffffff; border: none; font-size: 11pt; }
QListWidget#sidebar::item { padding: 9px 14px; }
QListWidget#sidebar::item:selected { background: #3d6aa2; color: #ffffff; }
"""
TITLE_STYLE = "font-size: 17pt; font-weight: 600; color: #1f3a5f; padding: 2px 0 6px 0;"

PAGES = (
    ("beranda", "Beranda"),
    ("pegawai", "Pegawai"),
    ("unit", "Unit Kerja"),
    ("kegiatan", "Kegiatan"),
    ("meja", "Meja Hadir"),
    ("cetak", "Cetak"),
    ("verifikasi", "Verifikasi"),
    ("laporan", "Laporan"),
    ("pengawasan", "Pengawasan"),
    ("pengaturan", "Pengaturan"),
)
# page key -> (module under ikrar_desktop.ui.pages, class); built the first time it is shown,
# so start-up pays only for the page it opens on
LAZY_PAGES = {
    "beranda": ("shell.home_page", "HomePage"),
    "unit": ("registry.units_page", "UnitsPage"),
    "kegiatan": ("events.page", "EventsPage"),
    "meja": ("desk.page", "DeskPage"),
    "cetak": ("printing.page", "PrintingPage"),
    "verifikasi": ("safety.verify_page", "VerifyPage"),
    "laporan": ("events.reports_page", "ReportsPage"),
    "pengawasan": ("cases.page", "SupervisionPage"),
    "pengaturan": ("shell.settings_page", "SettingsPage"),
}


def style_titles(page: QWidget) -> None:
    for title in page.findChildren(QLabel, "pageTitle"):
        title.setStyleSheet(TITLE_STYLE)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} — {ctx.paths.db.name}")
        restore_geometry(self)  # fitted to the screen the first time, then as it was left

        self.employees = EmployeesPage(ctx)
        style_titles(self.employees)
        self.pages: dict[str, QWidget] = {"pegawai": self.employees}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.page_index: dict[str, int] = {}
        for number, (key, label) in enumerate(PAGES, start=1):
            self.page_index[key] = self.stack.addWidget(self.pages.get(key) or QWidget())
            item = QListWidgetItem(self.tr(label))
            item.setToolTip(page_key(number))  # the tenth entry is Ctrl+0
            self.sidebar.addItem(item)
            QShortcut(QKeySequence(page_key(number)), self, lambda k=key: self.show_page(k))
        self.sidebar.currentRowChanged.connect(self._row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        content = QWidget()
        inner = QHBoxLayout(content)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.stack)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(QLabel(str(ctx.paths.db)))

        self.employees.changed.connect(self._registry_changed)
        self._operations: set[Operation] = set()  # kept alive while they run

        has_employees = ctx.conn.execute("SELECT 1 FROM employees LIMIT 1").fetchone()
        scan_guard()  # a scanner's Enter never answers a dialog; stray scans reach the desk
        if ctx.readonly:
            readonly.lock_page(self, "pegawai", self.employees)
        self.show_page("pegawai" if has_employees else "beranda")
        bar = self.menuBar()  # install_desks may wrap it with a banner
        help_menu = self._install_help()
        install_desks(self)  # the Meja menu; a desk database shows only its Meja Hadir
        if ctx.readonly:
            readonly.lock_menus(self)
        bar.removeAction(help_menu)
        bar.addAction(help_menu)  # Bantuan last, as in every program

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self)
        super().closeEvent(event)

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.page_index[key])

    def _row_changed(self, row: int) -> None:
        key = PAGES[row][0]
        self.page(key)
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page under ``key``, built and wired the first time it is asked for."""
        built = self.pages.get(key)
        if built is not None:
            return built
        from importlib import import_module

        module, cls = LAZY_PAGES[key]
        page: QWidget = getattr(import_module(f"ikrar_desktop.ui.{module}"), cls)(self.ctx)
        style_titles(page)
        if self.ctx.readonly:
            readonly.lock_page(self, key, page)
        self.pages[key] = page
        index = self.page_index[key]
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._wire(key, page)
        return page

    def _wire(self, key: str, page: QWidget) -> None:
        if key == "unit":
            page.changed.connect(self._registry_changed)  # type: ignore[attr-defined]
        elif key == "meja":
            page.kegiatan_requested.connect(  # type: ignore[attr-defined]
                lambda: self.show_page("kegiatan")
            )
            page.show_requested.connect(lambda: self.show_page("meja"))  # type: ignore[attr-defined]
        elif key == "kegiatan":
            page.changed.connect(self._refresh_home)  # type: ignore[attr-defined]
        elif key == "pengaturan":
            page.saved.connect(self._refresh_home)  # type: ignore[attr-defined]
        elif key == "beranda":
            page.settings_saved.connect(self._settings_saved_on_home)  # type: ignore[attr-defined]
            page.demo_requested.connect(self.load_demo)  # type: ignore[attr-defined]
            page.import_requested.connect(self._import_from_home)  # type: ignore[attr-defined]
            from ikrar_desktop.ui.shell.home_page import follow

            page.link_requested.connect(  # type: ignore[attr-defined]
                lambda target, event_id: follow(self, target, event_id)
            )

    def _refresh_home(self) -> None:
        # A hidden Beranda reads itself anew when shown (its showEvent); ~20 ms saved per change.
        if "beranda" in self.pages and (self.home.isVisible() or not self.isVisible()):
            self.home.refresh()

    def _settings_saved_on_home(self) -> None:
        if "pengaturan" in self.pages:
            self.settings.load()

    @property
    def home(self) -> HomePage:
        return self.page("beranda")  # type: ignore[return-value]

    @property
    def units(self) -> UnitsPage:
        return self.page("unit")  # type: ignore[return-value]

    @property
    def events(self) -> EventsPage:
        return self.page("kegiatan")  # type: ignore[return-value]

    @property
    def desk(self) -> DeskPage:
        return self.page("meja")  # type: ignore[return-value]

    @property
    def printing(self) -> PrintingPage:
        return self.page("cetak")  # type: ignore[return-value]

    @property
    def verify(self) -> VerifyPage:
        return self.page("verifikasi")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self.page("laporan")  # type: ignore[return-value]

    @property
    def supervision(self) -> SupervisionPage:
        return self.page("pengawasan")  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsPage:
        return self.page("pengaturan")  # type: ignore[return-value]

    # --- Bantuan ------------------------------------------------------------------------------
    def _install_help(self) -> QAction:
        from ikrar_desktop.ui.shell.shortcuts import HELP_KEY

        help_menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        self.help_window: HelpWindow | None = None
        self.guide_action = help_menu.addAction(self.tr("&Panduan pengguna"), self.show_help)
        self.guide_action.setShortcut(QKeySequence(HELP_KEY))
        self.addAction(self.guide_action)  # F1 also while the menu bar is hidden (a desk)
        self.shortcuts_action = help_menu.addAction(
            self.tr("Pintasan &papan ketik"), self.show_shortcuts
        )
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&Tentang Ikrar Desktop"), self.show_about)
        return help_menu.menuAction()

    def show_help(self, anchor: str | None = None) -> HelpWindow:
        """The guide's window (one, non-modal), at ``anchor`` or the current page's chapter."""
        from ikrar_desktop.ui.shell.help_window import PAGE_CHAPTERS, HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.open_at(anchor or PAGE_CHAPTERS[self.current_page()])
        return self.help_window

    def show_shortcuts(self) -> None:
        from ikrar_desktop.ui.shell.about import ShortcutsDialog

        ShortcutsDialog(self, lambda: self.show_help("pintasan-papan-ketik")).exec()

    def retry_writable(self) -> bool:
        """The read-only banner's "Coba buka lagi": take the database if it is free now."""
        from ikrar_desktop.ui.safety.start import reopen_writable

        try:
            reopen_writable(self.ctx)
        except UserError as err:
            self.ctx.interaction.error(self.tr("Masih hanya-baca"), err.message, err.hint)
            return False
        readonly.release(self)
        banner = self.findChild(QToolBar, "readonlyBanner")
        if banner is not None:
            self.removeToolBar(banner)
            banner.deleteLater()
        if "meja" in self.pages:
            self.desk.set_writable()
        from ikrar_desktop.services.access import signin_required

        if signin_required(self.ctx.conn):
            from ikrar_desktop.ui.safety.signin import require_sign_in

            require_sign_in(self.ctx, self)
        self.statusBar().showMessage(self.tr("Database dibuka untuk menulis."), 10000)
        return True

    def explain_desk_mode(self) -> None:
        """The read-only banner's other way out: this PC as a desk with its own package."""
        self.ctx.interaction.inform(
            self.tr("Bekerja sebagai meja"),
            self.tr(
                "Jangan menyalin database ke PC ini: datanya akan terpecah dua.\n\n"
                "Untuk mencatat kehadiran dari PC ini, jadikan PC ini meja hadir:\n"
                "1. Di PC yang memegang database, pilih menu Meja › Buat paket meja… dan "
                "simpan paketnya ke flashdisk.\n"
                "2. Di PC ini, buka database meja baru dari paket itu dan catat kehadiran.\n"
                "3. Sesudah acara, buat berkas kembalian (menu Meja) dan gabungkan di PC utama "
                "lewat Meja › Gabungkan berkas kembalian….\n\n"
                'Langkah lengkapnya ada di Panduan, bab 7 "Beberapa meja hadir".'
            ),
        )

    def show_about(self) -> None:
        from ikrar_desktop.ui.shell.about import AboutDialog

        AboutDialog(self.ctx.paths, self).exec()

    def current_page(self) -> str:
        index = self.stack.currentIndex()
        return next(k for k, i in self.page_index.items() if i == index)

    def _registry_changed(self) -> None:
        self._refresh_home()
        if "unit" in self.pages:
            self.units.mark_stale()
        self.employees.reload_units()
        if self.sender() is not self.employees:
            self.employees.apply_filter()

    def _import_from_home(self) -> None:
        self.show_page("pegawai")
        self.employees.import_roster()

    def load_demo(self, size: int) -> None:
        from ikrar_desktop.services.demo import generate_demo
        from ikrar_desktop.ui.common.background import Operation

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                return generate_demo(conn, size, progress=progress)
            finally:
                conn.close()

        op = Operation(job, self, self.tr("Membuat data contoh…"), cancellable=False)
        op.finished.connect(lambda _result: self._demo_loaded(op))
        op.failed.connect(lambda exc: self._operation_failed(op, exc))
        self._operations.add(op)
        op.start()

    def _demo_loaded(self, op: Operation) -> None:
        self._operations.discard(op)
        self._registry_changed()
        self.employees.apply_filter()
        self.show_page("pegawai")

    def _operation_failed(self, op: Operation, exc: object) -> None:
        self._operations.discard(op)
        if isinstance(exc, UserError):
            self.ctx.interaction.error(self.tr("Tidak dapat dilanjutkan"), exc.message, exc.hint)
        elif isinstance(exc, BaseException):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
