"""Kegiatan page: the events, their state (draft → open → closed) and who is obliged."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_long_date, format_short
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventSummary
from ikrar_desktop.store.events import Event
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.events import people_dialogs as dialogs
from ikrar_desktop.ui.events.people import EventPeopleWidget

HEADERS = ("Tanggal", "Nama kegiatan", "Jenis", "Keadaan", "Wajib", "Hadir", "TTD pakta")
WIDTHS = (95, 360, 230, 100, 70, 70)


def describe(event: Event) -> str:
    """One rich-text line under the list: when, where, who leads, who witnesses."""
    when = format_long_date(event.date)
    if event.time:
        when += f" pukul {event.time.replace(':', '.')}"
    parts = [f"<b>{event.title}</b>", when]
    if event.place:
        parts.append(event.place)
    if event.leader_name:
        lead = event.leader_name + (f" ({event.leader_jabatan})" if event.leader_jabatan else "")
        parts.append(f"dipimpin {lead}")
    if event.witnesses:
        parts.append(f"{len(event.witnesses)} saksi")
    return " · ".join(parts)


class EventsPage(QWidget):
    changed = Signal()  # an event or its list changed (Beranda and Laporan refresh)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summaries: list[EventSummary] = []
        self.model = RowsModel(HEADERS)
        self.table = list_table(self.model, "eventTable", WIDTHS)
        self.table.doubleClicked.connect(self.edit_selected)

        self.new_button = QPushButton(self.tr("Buat kegiatan (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.open_button = QPushButton(self.tr("Mulai kegiatan"))
        self.close_button = QPushButton(self.tr("Tutup kegiatan"))
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.open_button.setToolTip(
            self.tr("Keadaan menjadi Berlangsung: meja hadir dapat mencatat")
        )
        self.close_button.setToolTip(self.tr("Sesudah ditutup, data kehadiran tidak dapat diubah"))
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)

        self.details = QLabel()
        self.details.setObjectName("eventDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.people = EventPeopleWidget(ctx)
        self.people.changed.connect(self._people_changed)
        self.empty = QLabel(
            self.tr("Belum ada kegiatan. Klik <b>Buat kegiatan</b> untuk menyiapkan apel ikrar "
                    "netralitas atau penandatanganan pakta integritas.")
        )  # fmt: skip
        self.empty.setWordWrap(True)

        title = QLabel(self.tr("Kegiatan"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.open_button, self.close_button, self.reopen_button):
            actions.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        top_layout.addLayout(actions)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.details)
        bottom_layout.addWidget(self.people, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_event)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the desk changes the counts meanwhile
        super().showEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, keeping (or moving to) the selected event."""
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.summaries = event_service.list_events(self.ctx.conn)
        rows = []
        for s in self.summaries:
            e, p = s.event, s.progress
            rows.append((
                format_short(e.date), e.title, e.kind_label, e.status_label,
                thousands(p.obliged), thousands(p.present), thousands(p.signed),
            ))  # fmt: skip
        self.model.dim_rows = {
            i for i, s in enumerate(self.summaries) if s.event.status == rules.CLOSED
        }
        self.table.blockSignals(True)
        self.model.set_rows(rows)
        self.table.blockSignals(False)
        self.empty.setVisible(not self.summaries)
        ids = [s.event.id for s in self.summaries]
        row = ids.index(keep) if keep in ids else 0
        if self.summaries:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.summaries):
            return None
        return self.summaries[rows[0].row()].event

    def _selection_changed(self) -> None:
        event = self.selected()
        if event is not None:
            event = event_service.get_event(self.ctx.conn, event.id)  # with witnesses
        self.details.setText(describe(event) if event else "")
        self.people.set_event(event)
        state = event.status if event else None
        self.edit_button.setEnabled(state in (rules.DRAFT, rules.OPEN))
        self.delete_button.setEnabled(state == rules.DRAFT)
        self.open_button.setEnabled(state == rules.DRAFT)
        self.close_button.setEnabled(state in (rules.DRAFT, rules.OPEN))
        self.reopen_button.setEnabled(state == rules.CLOSED)

    def _people_changed(self) -> None:
        # a desk-style action opens a draft event, and the counts move
        self.refresh()
        self.changed.emit()

    # --- actions -----------------------------------------------------------------------------
    def new_event(self) -> None:
        from ikrar_desktop.ui.events.dialog import EventDialog

        dialog = EventDialog(self.ctx.conn, parent=self)
        if dialog.exec() and isinstance(dialog.saved, EventSummary):
            self._after_change(dialog.saved.event.id)

    def edit_selected(self) -> None:
        event = self.selected()
        if event is None or event.status == rules.CLOSED:
            return
        from ikrar_desktop.ui.events.dialog import EventDialog

        full = event_service.get_event(self.ctx.conn, event.id)
        dialog = EventDialog(self.ctx.conn, full, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._after_change(event.id)

    def delete_selected(self) -> None:
        event = self.selected()
        if event is None:
            return
        if self.ctx.interaction.confirm(
            self.tr("Hapus kegiatan"),
            self.tr("Hapus draf kegiatan '%s' beserta daftar pesertanya?") % event.title,
        ):
            self._run(lambda: event_service.delete_event(self.ctx.conn, event.id), None)

    def open_selected(self) -> None:
        event = self.selected()
        if event is not None:
            self._run(lambda: event_service.open_event(self.ctx.conn, event.id), event.id)

    def close_selected(self) -> None:
        event = self.selected()
        if event is None:
            return
        if self.ctx.interaction.confirm(
            self.tr("Tutup kegiatan"),
            self.tr("Tutup kegiatan '%s'?\n\nSesudah ditutup, kehadiran dan tanda tangan tidak "
                    "dapat diubah lagi kecuali kegiatan dibuka kembali dengan alasan.")
            % event.title,
        ):  # fmt: skip
            self._run(lambda: event_service.close_event(self.ctx.conn, event.id), event.id)

    def reopen_selected(self) -> None:
        event = self.selected()
        if event is None:
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Buka kembali kegiatan"),
            self.tr("Alasan membuka kembali '%s' (dicatat di riwayat):") % event.title,
        )
        if reason:
            self._run(lambda: event_service.reopen_event(self.ctx.conn, event.id, reason), event.id)

    def _run(self, action: object, select_id: int | None) -> None:
        try:
            action()  # type: ignore[operator]
        except UserError as err:
            self.ctx.interaction.error(self.tr("Tidak dapat dilanjutkan"), err.message, err.hint)
            return
        self._after_change(select_id)

    def _after_change(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed.emit()
