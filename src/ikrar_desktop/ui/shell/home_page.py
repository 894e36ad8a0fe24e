"""Beranda: the clerk's dashboard (the day's event, what needs doing), or first-run choices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_long_date
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import dashboard as dashboard_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.dashboard import Dashboard, EventProgress, Todo
from ikrar_desktop.ui.common.format import thousands

TODO_STYLE = (
    "QPushButton { text-align: left; padding: 6px 10px; border: 1px solid #c9d3e0;"
    " border-radius: 4px; background: #f5f8fc; }"
    "QPushButton:hover { background: #e3ecf7; }"
)
URGENT_STYLE = TODO_STYLE.replace("#f5f8fc", "#fdecea").replace("#c9d3e0", "#e6a39b")
NUMBER_STYLE = "font-size: 20pt; font-weight: 600; color: #1f3a5f;"
WHEN = {"hari ini": "Kegiatan hari ini", "berikutnya": "Kegiatan berikutnya",
        "terakhir": "Kegiatan terakhir"}  # fmt: skip


def _percent(part: int, whole: int) -> str:
    return f"{rules.percent(part, whole):.1f}%".replace(".", ",") if whole else "–"


class HomePage(QWidget):
    go_to = Signal(str)  # name of the page to open
    link_requested = Signal(str, object)  # page (dashboard.PAGE_*), event id or None
    demo_requested = Signal(int)
    import_requested = Signal()
    settings_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self._just_read = False
        title = QLabel(self.tr("Beranda"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("homeSummary")
        self.summary.setWordWrap(True)
        self.first_run = self._first_run_box()

        self.event_box = QGroupBox()
        self.event_box.setObjectName("homeEvent")
        self.event_title = QLabel()
        self.event_title.setObjectName("homeEventTitle")
        self.event_title.setWordWrap(True)
        self.numbers: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for column, (key, label) in enumerate(
            (("obliged", "Wajib hadir"), ("present", "Hadir"), ("signed", "Pakta ditandatangani"),
             ("out", "Lembar belum kembali"), ("conflicts", "Konflik antarmeja"))
        ):  # fmt: skip
            value, caption = QLabel(), QLabel(self.tr(label))
            value.setStyleSheet(NUMBER_STYLE)
            value.setObjectName(f"homeNumber_{key}")
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.numbers[key] = (value, caption)
        self.desk_button = QPushButton(self.tr("Buka Meja Hadir"))
        self.desk_button.setObjectName("homeOpenDesk")
        self.report_button = QPushButton(self.tr("Lihat rekap di Laporan"))
        self.report_button.setObjectName("homeOpenReport")
        self.event_button = QPushButton(self.tr("Lihat di Kegiatan"))
        self.event_button.setObjectName("homeOpenEvent")
        for button, page in ((self.desk_button, dashboard_service.PAGE_DESK),
                             (self.report_button, dashboard_service.PAGE_REPORTS),
                             (self.event_button, "kegiatan")):  # fmt: skip
            button.clicked.connect(lambda _=False, p=page: self._follow_event(p))
        buttons = QHBoxLayout()
        for button in (self.desk_button, self.report_button, self.event_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.event_box)
        box.addWidget(self.event_title)
        box.addLayout(grid)
        box.addLayout(buttons)

        self.todo_box = QGroupBox(self.tr("Yang perlu dikerjakan"))
        self.todo_box.setObjectName("homeTodo")
        self.todo_layout = QVBoxLayout(self.todo_box)
        self.todo_buttons: list[QPushButton] = []
        self.all_done = QLabel()
        self.all_done.setWordWrap(True)
        self.todo_layout.addWidget(self.all_done)
        self.backup_line = QLabel()
        self.backup_line.setObjectName("homeBackup")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.first_run)
        layout.addWidget(self.event_box)
        layout.addWidget(self.todo_box)
        layout.addWidget(self.backup_line)
        layout.addStretch(1)
        self.refresh()

    def _first_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selamat datang di Ikrar Desktop"))
        box.setObjectName("firstRun")
        intro = QLabel(
            self.tr("Database ini masih kosong. Mulailah dengan salah satu langkah berikut.")
        )
        intro.setWordWrap(True)
        self.instansi = QLineEdit()
        self.instansi.setObjectName("firstRunInstansi")
        self.instansi.setPlaceholderText("Pemerintah Kabupaten …")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("nama tempat, mis. Cibinong"))
        save = QPushButton(self.tr("1. Simpan nama instansi"))
        save.setObjectName("firstRunSave")
        save.clicked.connect(self.save_instansi)
        form = QFormLayout()
        form.addRow(self.tr("Instansi"), self.instansi)
        form.addRow(self.tr("Tempat"), self.place)
        form.addRow("", save)
        self.import_button = QPushButton(self.tr("2. Impor daftar pegawai dari Excel…"))
        self.import_button.setObjectName("firstRunImport")
        self.import_button.clicked.connect(self.import_requested.emit)
        self.demo_size = QSpinBox()
        self.demo_size.setRange(100, 100_000)
        self.demo_size.setSingleStep(500)
        self.demo_size.setValue(2000)
        self.demo_size.setSuffix(self.tr(" pegawai"))
        demo = QPushButton(self.tr("atau coba dengan data contoh"))
        demo.setObjectName("firstRunDemo")
        demo.clicked.connect(lambda: self.demo_requested.emit(self.demo_size.value()))
        demo_row = QHBoxLayout()
        demo_row.addWidget(demo)
        demo_row.addWidget(self.demo_size)
        demo_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.import_button)
        layout.addLayout(demo_row)
        return box

    # --- showing -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._just_read:  # the desk, imports and cases move on while Beranda is hidden
            self.refresh()
        self._just_read = False
        super().showEvent(event)

    def refresh(self) -> None:
        board = dashboard_service.dashboard(self.ctx.conn)
        self.board = board
        self._just_read = True
        name = board.instansi or self.tr("(instansi belum diisi)")
        self.summary.setText(
            self.tr("<b>%s</b><br>%s pegawai aktif di %s unit kerja.")
            % (escape(name), thousands(board.active), thousands(board.units))
        )
        self.first_run.setVisible(board.empty)
        self.event_box.setVisible(board.event is not None)
        if board.event is not None:
            self._show_event(board.event)
        self.todo_box.setVisible(not board.empty)
        self._show_todos(board.todos)
        self.backup_line.setVisible(not board.empty)
        self.backup_line.setText(
            self.tr("Cadangan terakhir: %s%s")
            % (
                board.last_backup.strftime("%d-%m-%Y pukul %H.%M")
                if board.last_backup
                else self.tr("belum ada"),
                self.tr(" (hari ini sudah dibuat)") if board.backup_today else "",
            )
        )
        if not self.instansi.text():
            current = settings_service.load(self.ctx.conn)
            self.instansi.setText(current.instansi)
            self.place.setText(current.place)

    def _show_event(self, shown: EventProgress) -> None:
        event = shown.event
        self.event_box.setTitle(self.tr(WHEN.get(shown.when, shown.when)))
        when = format_long_date(event.date) + (f", {event.time}" if event.time else "")
        place = f" · {escape(event.place)}" if event.place else ""
        self.event_title.setText(
            f"<b style='font-size:13pt'>{escape(event.title)}</b><br>{escape(when)}{place}"
            f" · {escape(event.status_label)}"
        )
        values = {
            "obliged": (thousands(shown.obliged), ""),
            "present": (thousands(shown.present), _percent(shown.present, shown.obliged)),
            "signed": (thousands(shown.signed), _percent(shown.signed, shown.obliged)),
            "out": (thousands(shown.sheets_out), ""),
            "conflicts": (thousands(shown.open_conflicts), ""),
        }
        for key, (value, share) in values.items():
            label, _caption = self.numbers[key]
            label.setText(
                value + (f" <span style='font-size:11pt'>({share})</span>" if share else "")
            )
        for widget in self.numbers["conflicts"]:  # only where desks were merged
            widget.setVisible(shown.open_conflicts > 0)
        self.desk_button.setVisible(event.status != rules.CLOSED)

    def _show_todos(self, todos: list[Todo]) -> None:
        for button in self.todo_buttons:
            self.todo_layout.removeWidget(button)
            button.deleteLater()
        self.todo_buttons = []
        for todo in todos:
            button = QPushButton(("⚠ " if todo.urgent else "• ") + todo.text + "  →")
            button.setObjectName("homeTodoItem")
            button.setStyleSheet(URGENT_STYLE if todo.urgent else TODO_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(
                lambda _=False, t=todo: self.link_requested.emit(t.page, t.event_id)
            )
            self.todo_layout.addWidget(button)
            self.todo_buttons.append(button)
        self.all_done.setVisible(not todos)
        self.all_done.setText(self.tr("Tidak ada yang tertunda. Semua sudah beres."))

    def _follow_event(self, page: str) -> None:
        if self.board is not None and self.board.event is not None:
            self.link_requested.emit(page, self.board.event.event.id)

    def save_instansi(self) -> None:
        current = settings_service.load(self.ctx.conn)
        current.instansi = self.instansi.text()
        current.place = self.place.text() or current.place
        try:
            settings_service.save(self.ctx.conn, current)
        except UserError as err:
            self.ctx.interaction.error(self.tr("Pengaturan"), err.message, err.hint)
            return
        self.refresh()
        self.settings_saved.emit()


def follow(window: QWidget, page: str, event_id: int | None) -> None:
    """Open ``page`` of the main window with the event chosen (Beranda's links)."""
    w = window
    if page == dashboard_service.PAGE_MERGE:
        from ikrar_desktop.ui.desk.mode import open_merge

        open_merge(w, event_id)
        return
    w.show_page(page)  # type: ignore[attr-defined]
    if page == dashboard_service.PAGE_REPORTS and event_id is not None:
        combo = w.reports.event_combo  # type: ignore[attr-defined]
        if combo.findData(event_id) < 0:
            w.reports.refresh()  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(event_id))
    elif page == "kegiatan" and event_id is not None:
        w.events.refresh(select_id=event_id)  # type: ignore[attr-defined]
    elif page == dashboard_service.PAGE_DESK and event_id is not None:
        w.desk.select_event(event_id)  # type: ignore[attr-defined]
    elif page == dashboard_service.PAGE_CASES:
        states = w.supervision.state_filter  # type: ignore[attr-defined]
        states.setCurrentIndex(max(states.findData("overdue"), 0))
