"""Meja Hadir's receiving mode ("Terima lembar kembali"): a scan records a returned pakta sheet."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ikrar_desktop.domain.dates import format_long_date
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, pakta_outstanding, pakta_receive
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.desk.feedback import ERROR, IDLE, INFO, OK, WARN
from ikrar_desktop.ui.desk.model import percent_text

if TYPE_CHECKING:
    from ikrar_desktop.services.pakta_receive import Receipt
    from ikrar_desktop.ui.desk.page import DeskPage

MODE_KEY = Qt.Key.Key_T  # Ctrl+T: "Terima lembar" on and off, in both modes
MODE_COLOUR = "#5b2c83"  # purple: none of the result colours, nor the desk's blue
TONE_OF = {"green": OK, "amber": WARN, "red": ERROR}
CHECK_IN_KEYS = frozenset(
    {Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7,
     Qt.Key.Key_F8, Qt.Key.Key_F9, Qt.Key.Key_F11}
)  # fmt: skip
LEGEND = (
    ("Enter", "Terima lembar"), ("Ctrl+Z", "Batalkan penerimaan"), ("Esc", "Kosongkan"),
    ("Ctrl+T", "Kembali ke catat hadir"),
)  # fmt: skip
INPUT_STYLE = (
    "QLineEdit#deskInput {{ font-size: 20pt; padding: 6px 10px;"
    " border: 3px solid {}; border-radius: 8px; }}"
)


def legend_html(keys: tuple[tuple[str, str], ...], colour: str) -> str:
    return "  ".join(
        f"<span style='background:{colour};color:white;padding:1px 4px;'>&nbsp;{k}&nbsp;"
        f"</span>&nbsp;{v}"
        for k, v in keys
    )


class ReceivingMode(QObject):
    """Part of the desk page: the mode switch, its bar (label, receiving date, sheet counters,
    undo, way back) and what Enter and Ctrl+Z do while it is on."""

    mode_changed = Signal(bool)
    received = Signal(object)  # the Receipt of every scan, after it is shown

    def __init__(self, page: DeskPage, header: QHBoxLayout, layout: QVBoxLayout) -> None:
        super().__init__(page)
        self.page = page
        self.active = False
        self.token: str | None = None  # the last green receipt, while Ctrl+Z can take it back
        self.numbers: tuple[int, int, int] = (0, 0, 0)  # sheets sent, returned, still out
        self._legend = ""
        self._placeholder = ""

        self.switch = QPushButton(self.tr("Terima lembar kembali (Ctrl+T)"))
        self.switch.setObjectName("deskReceiveSwitch")
        self.switch.setCheckable(True)
        self.switch.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch.setToolTip(
            self.tr("Pindaian mencatat lembar pakta yang kembali bertanda tangan, bukan kehadiran")
        )
        self.switch.setStyleSheet(
            f"QPushButton#deskReceiveSwitch:checked {{ background: {MODE_COLOUR}; color: white;"
            f" border: 1px solid {MODE_COLOUR}; border-radius: 3px; padding: 3px 6px; }}"
        )
        self.switch.clicked.connect(lambda: self.toggle())
        header.addWidget(self.switch)

        self.bar = QFrame()
        self.bar.setObjectName("deskReceiveBar")
        self.bar.setStyleSheet(
            f"QFrame#deskReceiveBar {{ background: {MODE_COLOUR}; border-radius: 8px; }}"
            "QFrame#deskReceiveBar QLabel { color: white; background: transparent; }"
            "QLabel#deskReceiveLabel { font-size: 16pt; font-weight: 800; }"
            "QLabel#deskReceiveSheets { font-size: 12pt; }"
            "QLabel#deskReceiveDateNote { font-weight: 700; }"
        )
        self.label = QLabel(self.tr("MODE TERIMA LEMBAR"))
        self.label.setObjectName("deskReceiveLabel")
        explain = QLabel(self.tr("pindaian mencatat lembar pakta kembali — bukan kehadiran"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("deskReceiveDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the input keeps the scanner
        self.date_edit.setToolTip(
            self.tr("Hari lembar itu diterima (mis. yang datang akhir pekan)")
        )
        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_note = QLabel()
        self.date_note.setObjectName("deskReceiveDateNote")
        self.undo_button = QPushButton(self.tr("Batalkan (Ctrl+Z)"))
        self.undo_button.setObjectName("deskReceiveUndo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        self.back = QPushButton(self.tr("Kembali ke catat hadir (Ctrl+T)"))
        self.back.setObjectName("deskReceiveBack")
        self.back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(lambda: self.toggle(False))
        self.sheets = QLabel()
        self.sheets.setObjectName("deskReceiveSheets")
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addSpacing(10)
        top.addWidget(explain, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sheets, 1)
        bottom.addWidget(QLabel(self.tr("Tanggal terima:")))
        bottom.addWidget(self.date_edit)
        bottom.addWidget(self.date_note)
        inner = QVBoxLayout(self.bar)
        inner.setContentsMargins(12, 6, 12, 6)
        inner.setSpacing(2)
        inner.addLayout(top)
        inner.addLayout(bottom)
        layout.addWidget(self.bar)  # right under the header
        self.bar.hide()
        page.event_box.currentIndexChanged.connect(self._event_changed)

    # --- the switch ----------------------------------------------------------------------------
    def today(self) -> date:
        return (self.page.now() or datetime.now()).date()

    def day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def toggle(self, on: bool | None = None) -> None:
        """Receiving mode on or off (Ctrl+T, the header's switch, the bar's way back)."""
        page = self.page
        on = not self.active if on is None else on
        self.switch.setChecked(on)
        if on == self.active:
            page._refocus(clear=False)
            return
        self.active = on
        self.token = None
        page._cancel_pending()
        page.person = None
        self.bar.setVisible(on)
        page.counters.bulk_button.setEnabled(not on)
        if on:
            self._legend, self._placeholder = page.legend.text(), page.input.placeholderText()
            page.legend.setText(legend_html(LEGEND, MODE_COLOUR))
            page.input.setPlaceholderText(self.tr("Pindai QR lembar / ketik kode atau NIP"))
            page.input.setStyleSheet(INPUT_STYLE.format(MODE_COLOUR))
            today = self.today()
            self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
            self.date_edit.setDate(QDate(today.year, today.month, today.day))
            self._date_changed()
            self.refresh_counters()
            self.idle()
        else:
            page.legend.setText(self._legend)
            page.input.setPlaceholderText(self._placeholder)
            page.input.setStyleSheet(INPUT_STYLE.format("#3d6aa2"))
            page._idle()
        page._refocus(clear=True)
        self.mode_changed.emit(on)

    def key(self, event: QKeyEvent) -> bool:
        """The desk input's key while this mode decides it; True when taken."""
        key = event.key()
        if key == MODE_KEY and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.toggle()
            return True
        if not self.active:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif key == Qt.Key.Key_Escape:
            self.idle()
            self.page._refocus(clear=True)
        elif key in CHECK_IN_KEYS:
            self.page.feedback.show_message(
                ERROR,
                self.tr("MODE TERIMA LEMBAR"),
                "",
                self.tr("Tombol itu untuk catat hadir; tidak ada yang diubah."),
                self.tr("Tekan Ctrl+T untuk kembali ke catat hadir."),
            )
            self.page.beeper.play(ERROR)
            self.page._refocus(clear=True)
        else:
            return False
        return True

    # --- receiving -----------------------------------------------------------------------------
    def submit(self) -> None:
        page = self.page
        text = page.input.text()
        if not text.strip() or page.event_id is None:
            return
        if page.ctx.readonly:
            self._refuse(
                self.tr("HANYA-BACA — LEMBAR TIDAK DAPAT DICATAT"),
                self.tr("Database dibuka hanya-baca di PC ini."),
                self.tr("Terima lembar di PC yang memegang database."),
            )
            return
        try:
            receipt = pakta_receive.receive(page.ctx.conn, page.event_id, text, on=self.day(),
                                            now=page.now())  # fmt: skip
        except UserError as err:
            self._refuse(self.tr("LEMBAR TIDAK DICATAT"), err.message, err.hint)
            return
        self.show_receipt(receipt)
        self.received.emit(receipt)

    def show_receipt(self, receipt: Receipt) -> None:
        page, person = self.page, receipt.person
        tone = TONE_OF[receipt.tone]
        if receipt.kind == pakta_receive.RECORDED:
            self.token = receipt.undo_token
            headline = self.tr("LEMBAR DITERIMA ✓")
        elif receipt.kind == pakta_receive.ALREADY:
            headline = self.tr("SUDAH DITERIMA — tidak ada yang diubah")
        else:
            headline = self.tr("LEMBAR DITOLAK — tidak dicatat")
        if person is None:
            page.person = None
            page.feedback.show_message(tone, headline, "", receipt.message, receipt.hint)
        else:
            page.person = person if person.on_list else None
            message = receipt.message
            if message.startswith(person.name):
                message = message[len(person.name) :].lstrip(" —:").strip()
            page.feedback.show_person(tone, headline, person, message)
        page._show_history()
        page.beeper.play(tone)
        if receipt.kind == pakta_receive.RECORDED and person is not None:
            page._refresh_unit(person.unit)
            self.count(+1)
            page.changed.emit()
        page._refocus(clear=tone != ERROR)

    def _refuse(self, headline: str, message: str, hint: str) -> None:
        self.page.feedback.show_message(ERROR, headline, "", message, hint)
        self.page.beeper.play(ERROR)
        self.page._refocus(clear=False)

    def undo(self) -> None:
        """Take back the last green receipt of this desk (Ctrl+Z, the bar's button)."""
        page = self.page
        if page.event_id is None:
            return
        ev, conn, token = page.event_id, page.ctx.conn, self.token
        if token is None:
            page.feedback.show_message(
                INFO, self.tr("Belum ada penerimaan lembar yang dapat dibatalkan."), "", ""
            )
            page._refocus(clear=True)
            return
        reason = ""
        preview = checkin.peek_undo(conn, ev, now=page.now())
        if preview is not None and preview.needs_reason:
            asked = page._ask_reason(preview.description)
            if asked is None:
                page._refocus(clear=True)
                return
            reason = asked
        try:
            done = pakta_receive.undo_receipt(conn, ev, token, reason=reason or None,
                                              now=page.now())  # fmt: skip
        except UserError as err:
            self._refuse(self.tr("TIDAK DIBATALKAN"), err.message, err.hint)
            return
        self.token = None
        person = done.person
        page.person = person if person and person.on_list else None
        page.feedback.show_message(
            INFO,
            self.tr("DIBATALKAN: penerimaan lembar"),
            person.name if person else "",
            self.tr("Pakta orang ini kembali tercatat belum kembali."),
        )
        page._show_history()
        page.beeper.play(WARN)
        if person is not None:
            page._refresh_unit(person.unit)
            self.count(-1)
        else:
            self.refresh_counters()
        page.changed.emit()
        page._refocus(clear=True)

    # --- showing -------------------------------------------------------------------------------
    def idle(self) -> None:
        self.page.feedback.show_message(
            IDLE,
            self.tr("Siap menerima lembar pakta"),
            self.tr("Pindai QR lembar yang kembali"),
            self.tr("atau ketik kode lembar (P-…) atau NIP, lalu Enter. Ctrl+T: catat hadir."),
        )

    def refresh_counters(self) -> None:
        """Sheets sent / returned / out, counted afresh (mode or event chosen); between
        those, each receipt and undo moves them by one (the count is ~10 ms on 10,000)."""
        ev = self.page.event_id
        if ev is None:
            self.numbers = (0, 0, 0)
            self.sheets.setText("")
            return
        try:
            total = pakta_outstanding.outstanding(self.page.ctx.conn, ev, people=False).total
        except UserError:
            return
        self.numbers = (total.sent, total.returned, total.out)
        self._show_numbers()

    def count(self, step: int) -> None:
        sent, returned, out = self.numbers
        self.numbers = (sent, returned + step, out - step)
        self._show_numbers()

    def _show_numbers(self) -> None:
        sent, returned, out = self.numbers
        self.sheets.setText(
            self.tr("Lembar dikirim <b>%s</b> · sudah kembali <b>%s</b> (%s) · "
                    "belum kembali <b>%s</b>")
            % (thousands(sent), thousands(returned), percent_text(returned, sent),
               thousands(out))
        )  # fmt: skip

    def _date_changed(self) -> None:
        day = self.day()
        if day == self.today():
            self.date_note.setText(self.tr("(hari ini)"))
        else:
            self.date_note.setText(self.tr("⚠ bukan hari ini: %s") % format_long_date(day))
        if self.active:
            self.page._refocus(clear=False)

    def _event_changed(self) -> None:
        self.page._event_chosen()  # connected before the page's own slot: let it go first
        if not self.active:
            return
        self.token = None
        self.refresh_counters()
        self.idle()
