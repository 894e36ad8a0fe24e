"""Meja Hadir: one always-focused input for scanner, NIP, NIK or name; F-keys for the rest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_long_date
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, events
from ikrar_desktop.services.desk_state import Person
from ikrar_desktop.ui.desk.actions import DeskActions
from ikrar_desktop.ui.desk.counters import CounterPane
from ikrar_desktop.ui.desk.feedback import (
    ERROR,
    IDLE,
    OK,
    WARN,
    Beeper,
    FeedbackPanel,
    PickList,
)
from ikrar_desktop.ui.desk.receive import ReceivingMode
from ikrar_desktop.ui.desk.scan_guard import scan_guard
from ikrar_desktop.ui.safety.start import readonly_reason
from ikrar_desktop.ui.shell.refguard import keep_singletons_alive

if TYPE_CHECKING:
    from ikrar_desktop.ui.desk.projector import ProjectorWindow

T = TypeVar("T")
STATUS_KEYS: dict[int, str] = {
    Qt.Key.Key_F2: rules.HADIR,
    Qt.Key.Key_F3: rules.IZIN,
    Qt.Key.Key_F4: rules.SAKIT,
    Qt.Key.Key_F5: rules.CUTI,
    Qt.Key.Key_F6: rules.DINAS_LUAR,
    Qt.Key.Key_F7: rules.TUGAS_BELAJAR,
    Qt.Key.Key_F8: rules.TANPA_KETERANGAN,
}
PAKTA_KEY = Qt.Key.Key_F9
PIN_KEY = Qt.Key.Key_F11  # F10 opens the menu bar on Windows
PROJECTOR_KEY = Qt.Key.Key_F12  # show / hide the projector; with Shift: its full screen
LEGEND = (
    ("Enter", "Catat hadir / pilih"), ("F2", "Hadir"), ("F3", "Izin"), ("F4", "Sakit"),
    ("F5", "Cuti"), ("F6", "Dinas Luar"), ("F7", "Tugas Belajar"), ("F8", "Tanpa Ket."),
    ("F9", "Pakta ✓"), ("F11", "PIN ✓"), ("Ctrl+Z", "Batalkan"), ("Esc", "Batal"),
    ("F12", "Proyektor"), ("Shift+F12", "Proyektor layar penuh"),
)  # fmt: skip
WRITE_KEYS = frozenset(
    {Qt.Key.Key_Return, Qt.Key.Key_Enter, PAKTA_KEY, PIN_KEY, *STATUS_KEYS}
)  # refused at a read-only desk (and Ctrl+Z)
FEEDBACK_HEIGHT = 210
DRAFT_MARK = " (draf — dibuka saat pindai pertama)"


class DeskPage(DeskActions):
    counters_changed = Signal(object)  # Counters (no names), for the projector
    changed = Signal()  # attendance recorded
    kegiatan_requested = Signal()
    show_requested = Signal()  # a key reached the projector while another page was shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_singletons_alive()  # the desk makes thousands of Qt calls per hour
        self.ctx = ctx
        self.event_id: int | None = None
        self.person: Person | None = None
        self.pending: str | None = None
        self.beeper = Beeper()
        self.now: Callable[[], datetime | None] = lambda: None
        self.projector: ProjectorWindow | None = None
        self._forwarding = False

        title = QLabel(self.tr("Meja Hadir"))
        title.setObjectName("pageTitle")
        self.event_box = QComboBox()
        self.event_box.setObjectName("deskEvent")
        self.event_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.event_box.setMinimumWidth(380)
        self.projector_button = QPushButton(self.tr("Proyektor (F12)"))
        self.projector_button.setObjectName("deskProjector")
        self.projector_button.setToolTip(self.tr("Tampilkan / sembunyikan layar proyektor"))
        self.projector_button.setCheckable(True)
        self.projector_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.projector_button.clicked.connect(self.toggle_projector)
        self.projector_full_button = QPushButton(self.tr("Layar penuh (Shift+F12)"))
        self.projector_full_button.setObjectName("deskProjectorFull")
        self.projector_full_button.setToolTip(self.tr("Layar proyektor: layar penuh / jendela"))
        self.projector_full_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.projector_full_button.clicked.connect(self.toggle_projector_full_screen)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(QLabel(self.tr("Kegiatan:")))
        header.addWidget(self.event_box, 1)
        header.addWidget(self.projector_button)
        header.addWidget(self.projector_full_button)

        self.empty = QWidget()
        self.empty_label = QLabel(
            self.tr(
                "Belum ada kegiatan yang sedang berlangsung.\n\nBuat kegiatan dan tentukan "
                "siapa yang wajib hadir di halaman Kegiatan, lalu kembali ke sini."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 13pt;")
        go = QPushButton(self.tr("Buka halaman Kegiatan"))
        go.clicked.connect(self.kegiatan_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.input = QLineEdit()
        self.input.setObjectName("deskInput")
        self.input.setPlaceholderText(self.tr("Pindai kartu / ketik NIP, NIK atau nama"))
        self.input.setStyleSheet(
            "QLineEdit#deskInput { font-size: 20pt; padding: 6px 10px;"
            " border: 3px solid #3d6aa2; border-radius: 8px; }"
        )
        self.input.installEventFilter(self)
        self.feedback = FeedbackPanel()
        self.picks = PickList()
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: 600; color: #1f3a5f;")
        self.history = QListWidget()
        self.history.setObjectName("deskHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setStyleSheet("QListWidget#deskHistory { font-size: 10pt; }")
        self.legend = QLabel(
            "  ".join(
                f"<span style='background:#1f3a5f;color:white;padding:1px 4px;'>&nbsp;{k}&nbsp;"
                f"</span>&nbsp;{self.tr(v)}"
                for k, v in LEGEND
            )
        )
        self.legend.setObjectName("deskLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("QLabel#deskLegend { font-size: 11pt; }")

        left = QVBoxLayout()
        left.addWidget(self.input)
        left.addWidget(self.feedback)
        left.addWidget(self.picks, 1)
        left.addWidget(self.history_title)
        left.addWidget(self.history, 1)
        self.counters = CounterPane()
        self.counters.bulk_button.clicked.connect(lambda: self.mark_unit())
        self.body = QWidget()
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addWidget(self.counters, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        self.receiving = ReceivingMode(self, header, layout)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.legend)
        self.event_box.currentIndexChanged.connect(self._event_chosen)
        self.readonly_reason = readonly_reason(ctx) if ctx.readonly else ""
        guard = scan_guard()
        guard.desk = self
        guard.scan_refused.connect(self._scan_refused)
        self._idle()

    # --- event choice ------------------------------------------------------------------------
    def reload_events(self) -> None:
        """Open events (and drafts, which open at the first scan); closed ones are read-only."""
        current = self.event_id
        self.event_box.blockSignals(True)
        self.event_box.clear()
        found = [
            s.event for s in events.list_events(self.ctx.conn) if s.event.status != rules.CLOSED
        ]
        found.sort(key=lambda e: e.status != rules.OPEN)
        for event in found:
            state = "" if event.status == rules.OPEN else self.tr(DRAFT_MARK)
            self.event_box.addItem(
                f"{event.title} — {format_long_date(event.date)}{state}", event.id
            )
        self.event_box.blockSignals(False)
        index = self.event_box.findData(current) if current is not None else -1
        self.event_box.setCurrentIndex(max(index, 0) if found else -1)
        self.empty.setVisible(not found)
        self.body.setVisible(bool(found))
        self.legend.setVisible(bool(found))
        self._event_chosen()

    def _event_chosen(self) -> None:
        event_id = self.event_box.currentData()
        if event_id == self.event_id and event_id is not None:
            return
        self.event_id = event_id
        self.person = None
        self._cancel_pending()
        self._idle()
        self.reload_counters()
        if self.projector is not None:
            self.projector.set_title(self.event_title())
        self._refocus(clear=True)

    def select_event(self, event_id: int) -> None:
        self.reload_events()
        self.event_box.setCurrentIndex(self.event_box.findData(event_id))

    def event_title(self) -> str:
        return self.event_box.currentText().split(" (draf")[0]

    def _refresh_event_state(self) -> None:
        """A draft opens at its first recorded action: drop "(draf …)" from its label."""
        index = self.event_box.currentIndex()
        label = self.event_box.itemText(index)
        mark = self.tr(DRAFT_MARK)
        if index < 0 or self.event_id is None or mark not in label:
            return
        if events.get_event(self.ctx.conn, self.event_id).status == rules.OPEN:
            self.event_box.setItemText(index, label.replace(mark, ""))

    # --- keyboard ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if self.receiving.key(event):  # receiving mode: Enter receives a sheet, Ctrl+T leaves
            return True
        key = event.key()
        if self.readonly_reason and (
            key in WRITE_KEYS or event.matches(QKeySequence.StandardKey.Undo)
        ):
            self._refuse_readonly()
        elif key == PROJECTOR_KEY:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.toggle_projector_full_screen()
            else:
                self.toggle_projector()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.picks.isVisible():
            self.picks.step(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Escape:
            had = self.pending is not None
            self._cancel_pending()
            if had:
                self.feedback.show_message(
                    IDLE, self.tr("Dibatalkan — tidak ada yang diubah."), "", ""
                )
            self._refocus(clear=True)
        elif key in STATUS_KEYS:
            self.set_status(STATUS_KEYS[key])
        elif key == PAKTA_KEY:
            self.toggle_pakta()
        elif key == PIN_KEY:
            self.toggle_pin()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            return False
        return True

    # --- helpers -----------------------------------------------------------------------------
    def _call(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except UserError as err:
            self.feedback.show_message(ERROR, self.tr("TIDAK DAPAT DICATAT"), err.message, err.hint)
            self.beeper.play(ERROR)
            self._refocus(clear=False)
            return None

    def _shown(self) -> Person | None:
        if self.person is None or self.event_id is None:
            self.feedback.show_message(
                ERROR,
                self.tr("Belum ada pegawai yang ditampilkan"),
                "",
                self.tr("Pindai kartu atau ketik NIP / nama dulu, lalu tekan tombol status."),
            )
            self.beeper.play(ERROR)
            self._refocus(clear=True)
            return None
        return self.person

    def _done(self, tone: str, headline: str, person: Person, beep: str | None = None) -> None:
        """Feedback after a committed action: panel, sound, history, that OPD's counter."""
        self.person = person
        self.feedback.show_person(tone, headline, person, self._state_line(person))
        self.beeper.play(beep or (OK if tone == OK else WARN))
        self._show_history()
        self._refresh_unit(person.unit)
        self._refresh_event_state()
        self.changed.emit()
        self._refocus(clear=True)

    def _state_line(self, person: Person | None) -> str:
        if person is None:
            return ""
        pakta = self.tr("sudah") if person.pakta_signed else self.tr("belum (F9)")
        pin = self.tr("sudah") if person.pin else self.tr("belum (F11)")
        return self.tr("Pakta: %s · PIN: %s") % (pakta, pin)

    def _show_history(self) -> None:
        self.history.clear()
        if self.person is None or self.event_id is None:
            self.history_title.setText(
                self.tr("Riwayat: (pindai seseorang untuk melihat riwayatnya)")
            )
            return
        self.history_title.setText(self.tr("Riwayat orang ini di kegiatan ini (terbaru di atas)"))
        for item in reversed(
            checkin.history(self.ctx.conn, self.event_id, self.person.employee_id)
        ):
            who = f"{item.operator}@{item.station}" if item.operator else item.station
            why = f" — {item.reason}" if item.reason else ""
            undone = self.tr(" [dibatalkan]") if item.undone else ""
            self.history.addItem(f"{item.time}  {item.text}{why}{undone}   ({who})")

    def _refresh_unit(self, unit: str) -> None:
        if self.event_id is None:
            return
        if not self.counters.update_unit(checkin.unit_counter(self.ctx.conn, self.event_id, unit)):
            self.reload_counters()
            return
        self.counters_changed.emit(self.counters.counters())

    def reload_counters(self) -> None:
        if self.event_id is None:
            self.counters.model.clear()
            self.counters.show_totals()
        else:
            self.counters.set_counters(checkin.counters(self.ctx.conn, self.event_id))
        self.counters_changed.emit(self.counters.counters())

    def _cancel_pending(self) -> None:
        self.pending = None
        self.picks.dismiss()
        self._picking(False)

    def _picking(self, on: bool) -> None:
        """While candidates are listed, they take the history's room."""
        self.history.setVisible(not on)
        self.history_title.setVisible(not on)
        self.feedback.setMinimumHeight(0 if on else FEEDBACK_HEIGHT)  # two lines then

    def _idle(self) -> None:
        self._show_history()
        if self.readonly_reason:
            self._refuse_readonly(beep=False)  # said at once, sounded only when refused
            return
        self.feedback.show_message(
            IDLE,
            self.tr("Siap"),
            self.tr("Pindai kartu atau ketik NIP / nama"),
            self.tr("Enter untuk mencatat hadir. Tombol status tertera di bawah."),
        )

    def _refocus(self, clear: bool) -> None:
        if clear:
            self.input.clear()
        else:
            self.input.selectAll()
        self.input.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_events()
        QTimer.singleShot(0, self.input.setFocus)
