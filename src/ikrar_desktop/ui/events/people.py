"""The obligation list of one event: search and filters, additions, tidak wajib, susulan."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_date
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin
from ikrar_desktop.services import events as event_service
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store.attendance import Obligation
from ikrar_desktop.store.events import Event
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.table_model import NumberedTableModel
from ikrar_desktop.ui.events import people_dialogs as dialogs
from ikrar_desktop.ui.events.people_dialogs import _ident

AnyIndex = QModelIndex | QPersistentModelIndex
BLOCK = 200
STATE_CHOICES: tuple[tuple[str, str | None], ...] = (
    ("Semua keadaan", None),
    ("Belum tercatat", "belum"),
    *((rules.STATUS_LABELS[s], s) for s in rules.STATUSES),
    ("Belum tanda tangan pakta", "belum-ttd"),
    ("Tanda tangan susulan", "susulan"),
    ("Tidak wajib", "tidak-wajib"),
    ("Peserta tambahan", "walk-in"),
)
BANNER_STYLE = (
    "background: #fff3c4; border: 1px solid #e0c060; border-radius: 4px; padding: 6px 10px;"
)


def pakta_text(o: Obligation) -> str:
    if not o.pakta_signed:
        return "Belum"
    if o.pakta_where == "susulan" and o.susulan_date:
        return f"Susulan {format_date(date.fromisoformat(o.susulan_date))}"
    return "Di acara"


def note_text(o: Obligation) -> str:
    parts = []
    if not o.obliged:
        parts.append(o.not_obliged_reason)
    if o.walk_in:
        parts.append("peserta tambahan")
    if o.pakta_where == "susulan" and o.susulan_place:
        parts.append(f"TTD di {o.susulan_place}")
    return "; ".join(p for p in parts if p)


class PeopleModel(NumberedTableModel):
    """Employee ids of one event's list; obligation rows are fetched a block at a time."""

    HEADERS = ("Nama", "NIP / NIK", "Unit Kerja (saat kegiatan)", "Jabatan", "Gol.",
               "Kehadiran", "Pakta", "Keterangan")  # fmt: skip
    WIDTHS = (200, 168, 185, 140, 42, 108, 150)

    def __init__(self, conn: sqlite3.Connection, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._conn = conn
        self.event_id: int | None = None
        self._ids: list[int] = []
        self._cache: dict[int, Obligation] = {}

    def load(self, event_id: int | None, unit: str | None, state: str | None, text: str) -> None:
        ids = (
            att_store.list_ids(self._conn, event_id, unit=unit, state=state, text=text)
            if event_id is not None
            else []
        )
        self.beginResetModel()
        self.event_id = event_id
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh_row(self, employee_id: int) -> None:
        self._cache.pop(employee_id, None)
        row = self.row_of(employee_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, employee_id: int) -> int | None:
        try:
            return self._ids.index(employee_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        return list(self._ids)

    def obligation(self, row: int) -> Obligation | None:
        if self.event_id is None or not 0 <= row < len(self._ids):
            return None
        emp_id = self._ids[row]
        if emp_id not in self._cache:
            if len(self._cache) > 20 * BLOCK:
                self._cache.clear()
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
            for o in att_store.fetch(self._conn, self.event_id, block):
                self._cache[o.employee_id] = o
        return self._cache.get(emp_id)

    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        o = self.obligation(index.row())
        if o is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(o, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not o.obliged:
                return QBrush(QColor("#8a8a8a"))
            if col == 5 and o.status == rules.TANPA_KETERANGAN:
                return QBrush(QColor("#b00020"))
            if col == 5 and o.status == rules.HADIR:
                return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 7):
            return note_text(o) or None
        if role == Qt.ItemDataRole.UserRole:
            return o.employee_id
        return None

    @staticmethod
    def _display(o: Obligation, col: int) -> str:
        values = (
            o.display_name,
            _ident(o.nip, o.nik),
            o.unit_name,
            o.jabatan,
            o.golongan or "",
            rules.STATE_LABELS[rules.TIDAK_WAJIB]
            if not o.obliged
            else rules.status_label(o.status),
            pakta_text(o),
            note_text(o),
        )
        return values[col]


class EventPeopleWidget(QWidget):
    """Who is obliged at the selected event; read-only while the event is closed."""

    changed = Signal()  # the list or someone's state changed (counts elsewhere refresh)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Event | None = None
        self.model = PeopleModel(ctx.conn, self)
        self.banner = QLabel()
        self.banner.setObjectName("closedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP di daftar kegiatan ini…"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(240)
        self.state_filter = QComboBox()
        for label, value in STATE_CHOICES:
            self.state_filter.addItem(self.tr(label), value)
        self.count_label = QLabel()
        self.table = list_table(self.model, "peopleTable", PeopleModel.WIDTHS)

        self.add_button = QPushButton(self.tr("Tambah peserta…"))
        self.not_obliged_button = QPushButton(self.tr("Tidak wajib…"))
        self.obliged_button = QPushButton(self.tr("Wajibkan lagi"))
        self.susulan_button = QPushButton(self.tr("Tanda tangan susulan…"))
        self.history_button = QPushButton(self.tr("Riwayat…"))
        self.add_button.clicked.connect(self.add_people)
        self.not_obliged_button.clicked.connect(self.mark_not_obliged)
        self.obliged_button.clicked.connect(self.mark_obliged)
        self.susulan_button.clicked.connect(self.record_susulan)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(self.show_history)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.add_button, self.not_obliged_button, self.obliged_button,
                       self.susulan_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filter)
        self.unit_filter.currentIndexChanged.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_event(None)

    # --- loading -----------------------------------------------------------------------------
    def set_event(self, event: Event | None) -> None:
        same = event is not None and self.current is not None and event.id == self.current.id
        kept = self.selected() if same else None
        self.current = event
        if not same:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._reload_units()
        closed = event is not None and event.status == rules.CLOSED
        self.banner.setVisible(closed)
        if closed and event is not None:
            self.banner.setText(
                self.tr("<b>Kegiatan ini sudah ditutup.</b> Daftar hadir hanya dapat dilihat. "
                        "Untuk memperbaiki, klik <b>Buka kembali…</b> dan tuliskan alasannya.")
            )  # fmt: skip
        self.search.setEnabled(event is not None)
        self.apply_filter()
        if kept is not None:
            self.select(kept.employee_id)

    def _reload_units(self) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua unit kerja"), None)
        if self.current is not None:
            for (name,) in self.ctx.conn.execute(
                "SELECT DISTINCT unit_name FROM obligations WHERE event_id = ? ORDER BY unit_name",
                (self.current.id,),
            ):
                self.unit_filter.addItem(name or self.tr("(tanpa unit)"), name)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)

    def apply_filter(self) -> None:
        self.model.load(
            self.current.id if self.current else None,
            self.unit_filter.currentData(),
            self.state_filter.currentData(),
            self.search.text(),
        )
        self.count_label.setText(self.tr("%s orang") % thousands(self.model.rowCount()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------------
    def selected(self) -> Obligation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.obligation(rows[0].row()) if rows else None

    def select(self, employee_id: int) -> None:
        row = self.model.row_of(employee_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def editable(self) -> bool:
        return self.current is not None and self.current.status != rules.CLOSED

    def _update_buttons(self) -> None:
        o = self.selected()
        can = self.editable()
        self.add_button.setEnabled(can)
        self.not_obliged_button.setEnabled(can and o is not None and o.obliged)
        self.obliged_button.setEnabled(can and o is not None and not o.obliged)
        self.susulan_button.setEnabled(
            can and o is not None and o.obliged and o.pakta_where != "event"
        )
        self.history_button.setEnabled(o is not None)

    def _run(self, action: object, employee_id: int | None) -> bool:
        try:
            action()  # type: ignore[operator]
        except UserError as err:
            self.ctx.interaction.error(self.tr("Tidak dapat disimpan"), err.message, err.hint)
            return False
        self._reload_units()
        if employee_id is not None and self.model.row_of(employee_id) is not None:
            self.model.refresh_row(employee_id)
        else:
            self.apply_filter()
        if employee_id is not None:
            self.select(employee_id)
        self._update_buttons()
        self.changed.emit()
        return True

    def add_people(self) -> None:
        if not self.editable() or self.current is None:
            return
        event_id = self.current.id
        on_list = set(att_store.list_ids(self.ctx.conn, event_id))
        dialog = dialogs.AddPeopleDialog(self.ctx.conn, on_list, self)
        if not dialog.exec():
            return
        ids = dialog.chosen()
        if self._run(lambda: event_service.add_people(self.ctx.conn, event_id, ids), None):
            self.apply_filter()
            if ids:
                self.select(ids[0])

    def mark_not_obliged(self) -> None:
        o = self.selected()
        if o is None or self.current is None:
            return
        reason = dialogs.ask_choice(
            self,
            self.tr("Tidak wajib"),
            self.tr("Alasan %s tidak wajib mengikuti kegiatan ini:") % o.display_name,
            [self.tr(r) for r in dialogs.NOT_OBLIGED_REASONS],
        )
        if reason:
            event_id = self.current.id
            self._run(
                lambda: event_service.set_obliged(
                    self.ctx.conn, event_id, o.employee_id, False, reason
                ),
                o.employee_id,
            )

    def mark_obliged(self) -> None:
        o = self.selected()
        if o is not None and self.current is not None:
            event_id = self.current.id
            self._run(
                lambda: event_service.set_obliged(self.ctx.conn, event_id, o.employee_id, True),
                o.employee_id,
            )

    def record_susulan(self) -> None:
        o = self.selected()
        if o is None or self.current is None:
            return
        dialog = dialogs.SusulanDialog(o.display_name, o.susulan_place or o.unit_name, self)
        if not dialog.exec():
            return
        event_id, day, place = self.current.id, dialog.day(), dialog.place.text()
        self._run(
            lambda: checkin.record_susulan(self.ctx.conn, event_id, o.employee_id, day, place),
            o.employee_id,
        )

    def show_history(self) -> None:
        o = self.selected()
        if o is not None and self.current is not None:
            dialogs.HistoryDialog(
                self.ctx.conn, self.current.id, o.employee_id, o.display_name, self
            ).exec()
