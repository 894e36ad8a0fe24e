"""Verifikasi page: certificate codes and printed audit fingerprints checked; void certificates."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.dates import format_long_date, format_short
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import certificates as cert_service
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.certificates import VALID, VOID, Verification
from ikrar_desktop.services.events import stamp
from ikrar_desktop.store import certificates as cert_store
from ikrar_desktop.store.certificates import CertificateRow
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.events.picker import fill_event_combo
from ikrar_desktop.ui.safety.audit_anchor_box import FingerprintBox

HEADERS = ("Nomor", "Nama", "Kode verifikasi", "Diterbitkan", "Dicetak", "Keadaan")
WIDTHS = (190, 330, 130, 95, 70)
# background, border, heading colour per result
COLOURS = {
    VALID: ("#e3f4e6", "#2e7d32", "#1b5e20"),
    VOID: ("#fff4d6", "#c98a00", "#7a5200"),
    "unknown": ("#fde2e1", "#c62828", "#8e1b1b"),
    "idle": ("#f2f4f7", "#c5ccd6", "#4a5563"),
}


def event_certificates(conn: sqlite3.Connection, event_id: int) -> list[CertificateRow]:
    """Every certificate of an event, voided ones included, in register order."""
    rows = conn.execute(f"{cert_store.SELECT} WHERE event_id = ? ORDER BY year, seq", (event_id,))
    return [CertificateRow(*r) for r in rows]


def day_of(stamp_text: str | None) -> str:
    """'2024-01-08T09:12:00' → '08-01-2024'."""
    if not stamp_text:
        return "—"
    try:
        return format_short(date.fromisoformat(stamp_text[:10]))
    except ValueError:
        return stamp_text[:10]


class VoidDialog(QDialog):
    """Asks why a certificate is voided; the reason is required and stays in the register."""

    def __init__(self, row: CertificateRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batalkan sertifikat"))
        info = QLabel(
            self.tr("Sertifikat <b>%s</b> atas nama <b>%s</b> akan dibatalkan. Nomornya tetap "
                    "tercatat dan tidak dipakai lagi; cetakan berikutnya mendapat nomor baru.")
            % (html.escape(row.number), html.escape(row.name))
        )  # fmt: skip
        info.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(self.tr("mis. salah penulisan nama, rusak saat dicetak"))
        box = QDialogButtonBox()
        self.ok = box.addButton(
            self.tr("Batalkan sertifikat"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Kembali"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(QLabel(self.tr("Alasan pembatalan (wajib):")))
        layout.addWidget(self.reason)
        layout.addWidget(box)
        self.resize(460, 170)


class VerifyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Verification | None = None
        self.rows: list[CertificateRow] = []

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeInput")
        self.code_edit.setPlaceholderText(
            self.tr("Pindai QR sertifikat atau ketik kodenya, lalu Enter")
        )
        font = QFont(self.code_edit.font())
        font.setPointSize(20)
        self.code_edit.setFont(font)
        self.code_edit.setMinimumHeight(48)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setMinimumHeight(48)
        self.panel = QFrame()
        self.panel.setObjectName("verifyPanel")
        self.heading = QLabel()
        self.heading.setObjectName("verifyHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(18)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(16, 12, 16, 12)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.details)

        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(380)
        self.count = QLabel()
        self.model = RowsModel(HEADERS, parent=self)
        self.table = list_table(self.model, "certificateTable", WIDTHS)
        self.void_button = QPushButton(self.tr("Batalkan sertifikat…"))
        self.void_button.setToolTip(self.tr("Membatalkan sertifikat terpilih; alasan wajib diisi"))
        self.fingerprint = FingerprintBox(ctx)

        title = QLabel(self.tr("Verifikasi Sertifikat"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr("Kode diperiksa di database ini tanpa internet. Huruf besar/kecil, spasi dan "
                    "tanda hubung boleh diabaikan.")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5563;")
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.check_button)
        list_bar = QHBoxLayout()
        list_bar.addWidget(QLabel(self.tr("Sertifikat kegiatan:")))
        list_bar.addWidget(self.event_combo, 1)
        list_bar.addWidget(self.count)
        list_bar.addStretch(1)
        list_bar.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(entry)
        layout.addWidget(self.panel)
        layout.addSpacing(8)
        layout.addLayout(list_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fingerprint)

        self.code_edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.event_combo.currentIndexChanged.connect(self.show_event)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self._check_row)
        self.void_button.clicked.connect(self.void_selected)
        self.show_result(None)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        self.code_edit.setFocus()

    # --- verification ------------------------------------------------------------------------
    def check(self) -> Verification | None:
        """Verify what is in the box; the text stays selected so the next scan replaces it."""
        text = self.code_edit.text().strip()
        if not text:
            return None
        result = cert_service.verify(self.ctx.conn, text)
        self.show_result(result)
        self.code_edit.selectAll()
        return result

    def state(self) -> str:
        return self.result.status if self.result else "idle"

    def show_result(self, result: Verification | None) -> None:
        self.result = result
        status = result.status if result else "idle"
        back, border, ink = COLOURS.get(status, COLOURS["unknown"])
        self.panel.setStyleSheet(
            f"QFrame#verifyPanel {{ background: {back}; border: 2px solid {border};"
            f" border-radius: 6px; }} QFrame#verifyPanel QLabel {{ color: {ink}; }}"
        )
        self.panel.setProperty("state", status)
        if result is None:
            self.heading.setText(self.tr("Menunggu kode"))
            self.details.setText(self.tr("Arahkan pemindai ke QR pada sertifikat, atau ketik kode "
                                         "di bawah QR (mis. ABCD-EFGH-JKLM)."))  # fmt: skip
            return
        cert = result.certificate
        if status == VALID and cert is not None:
            self.heading.setText(self.tr("✔ SAH — sertifikat tercatat"))
            self.details.setText(self._details(cert, result.event_title))
        elif status == VOID and cert is not None:
            self.heading.setText(self.tr("⚠ DIBATALKAN — sertifikat tidak berlaku"))
            void = self.tr("Alasan pembatalan: <b>%s</b><br>Dibatalkan: %s<br>") % (
                html.escape(cert.void_reason),
                day_of(cert.voided_at),
            )
            self.details.setText(void + self._details(cert, result.event_title))  # fmt: skip
        else:
            self.heading.setText(self.tr("✖ TIDAK DIKENAL"))
            self.details.setText(
                self.tr("Kode <b>%s</b> tidak tercatat di database ini. Periksa ketikan kode, "
                        "atau sertifikat ini dibuat di database lain atau telah diubah.")
                % html.escape(result.code or "—")
            )  # fmt: skip

    def _details(self, cert: CertificateRow, event_title: str) -> str:
        when = ""
        with contextlib.suppress(UserError):
            when = format_long_date(event_service.get_event(self.ctx.conn, cert.event_id).date)
        rows = [
            (self.tr("Nomor"), cert.number),
            (self.tr("Nama"), cert.name),
            (self.tr("Kegiatan"), event_title + (f", {when}" if when else "")),
            (self.tr("Diterbitkan"), day_of(cert.issued_at)),
            (
                self.tr("Dicetak"),
                self.tr("%s kali (cetak ulang %s)") % (cert.prints, cert.reprints),
            ),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:14px'>{label}</td>"
            f"<td><b>{html.escape(value)}</b></td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table>"

    # --- the event's certificates ------------------------------------------------------------
    def refresh(self) -> None:
        fill_event_combo(self.event_combo, self.ctx.conn)
        self.show_event()
        self.fingerprint.refresh()

    def show_event(self) -> None:
        event_id = self.event_combo.currentData()
        self.rows = event_certificates(self.ctx.conn, int(event_id)) if event_id is not None else []
        cells = [
            (r.number, r.name, r.code, day_of(r.issued_at),
             self.tr("%s×") % r.prints if r.prints else self.tr("belum"),
             self.tr("Sah") if r.voided_at is None
             else self.tr("Dibatalkan: %s") % r.void_reason)
            for r in self.rows
        ]  # fmt: skip
        self.model.dim_rows = {n for n, r in enumerate(self.rows) if r.voided_at is not None}
        self.model.set_rows(cells)
        live = sum(1 for r in self.rows if r.voided_at is None)
        self.count.setText(
            self.tr("%s sah, %s dibatalkan") % (thousands(live), thousands(len(self.rows) - live))
        )
        self._update_buttons()

    def selected(self) -> CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.void_button.setEnabled(row is not None and row.voided_at is None)

    def _check_row(self) -> None:
        row = self.selected()
        if row is not None:
            self.code_edit.setText(row.code)
            self.check()

    def void_selected(self) -> None:
        row = self.selected()
        if row is None or row.voided_at is not None:
            return
        dialog = VoidDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.void_certificate(row.number, dialog.reason.text())

    def void_certificate(self, number: str, reason: str) -> CertificateRow | None:
        """Void through the service, then show the register and the void state of its code."""
        try:
            row = cert_service.void(self.ctx.conn, number, reason, stamp=stamp())
        except UserError as exc:
            self.ctx.interaction.error(self.tr("Tidak dapat dibatalkan"), exc.message, exc.hint)
            return None
        self.show_event()
        self.code_edit.setText(row.code)
        self.check()
        return row
