"""The Verifikasi page's box that checks a fingerprint printed on a document or backup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import audit_anchor
from ikrar_desktop.store.audit_anchor import AnchorResult

# background, border, ink per answer: green when the history up to N is as printed
COLOURS = {
    "cocok": ("#e3f4e6", "#2e7d32", "#1b5e20"),
    "berbeda": ("#fde2e1", "#c62828", "#8e1b1b"),
    "melampaui": ("#fde2e1", "#c62828", "#8e1b1b"),
    "invalid": ("#fff4d6", "#c98a00", "#7a5200"),
    "idle": ("#f2f4f7", "#c5ccd6", "#4a5563"),
}


class FingerprintBox(QFrame):
    """Type the fingerprint printed on a berita acara, recap or backup; get green or red."""

    checked = Signal(str)  # the state after a check: cocok, berbeda, melampaui or invalid

    def __init__(self, ctx: AppContext, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.answer: AnchorResult | None = None
        self._state = "idle"
        title = QLabel(self.tr("Sidik jejak audit pada dokumen"))
        title.setObjectName("sectionTitle")
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.now = QLabel()
        self.now.setObjectName("fingerprintNow")
        self.now.setWordWrap(True)
        self.now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QLineEdit()
        self.edit.setObjectName("fingerprintInput")
        self.edit.setPlaceholderText(
            self.tr("Ketik sidik yang tercetak, mis. 1555 · 9f3a-07c2-1b4d-88e0")
        )
        self.button = QPushButton(self.tr("Cocokkan sidik"))
        self.panel = QFrame()
        self.panel.setObjectName("fingerprintPanel")
        self.heading = QLabel()
        self.heading.setObjectName("fingerprintHeading")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSize(heading_font.pointSize() + 3)
        self.heading.setFont(heading_font)
        self.details = QLabel()
        self.details.setObjectName("fingerprintDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(12, 8, 12, 8)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.details)
        entry = QHBoxLayout()
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.now)
        layout.addLayout(entry)
        layout.addWidget(self.panel)
        self.edit.returnPressed.connect(self.check)
        self.button.clicked.connect(self.check)
        self._show("idle", self.tr("Menunggu sidik"), "")
        self.refresh()

    def refresh(self) -> None:
        mark = audit_anchor.current(self.ctx.conn)
        self.now.setText(
            self.tr("Sidik jejak audit database ini sekarang: <b>%s</b>. Berita acara, rekap dan "
                    "cadangan mencetak sidik seperti ini; mencocokkannya di sini menunjukkan "
                    "apakah riwayat sampai nomor itu masih sama seperti saat dicetak.")
            % html.escape(mark or "—")
        )  # fmt: skip

    def state(self) -> str:
        return self._state

    def check(self) -> str:
        """Check what is typed; the answer stays until the next check."""
        text = self.edit.text()
        if not text.strip():
            return self._state
        try:
            answer = audit_anchor.check_printed(self.ctx.conn, text)
        except UserError as err:
            self.answer = None
            self._show("invalid", self.tr("? SIDIK TIDAK TERBACA"), err.message, err.hint)
        else:
            self.answer = answer
            heading = (
                self.tr("✔ COCOK — riwayat sampai nomor %s tidak berubah")
                if answer.ok
                else self.tr("✖ TIDAK COCOK — riwayat sampai nomor %s berbeda")
                if answer.status == "berbeda"
                else self.tr("✖ TIDAK COCOK — database lebih tua dari nomor %s")
            ) % answer.printed.seq
            self._show(answer.status, heading, answer.message, answer.hint)
        self.edit.selectAll()
        self.refresh()
        self.checked.emit(self._state)
        return self._state

    def _show(self, state: str, heading: str, message: str, hint: str = "") -> None:
        self._state = state
        back, border, ink = COLOURS[state]
        self.panel.setStyleSheet(
            f"QFrame#fingerprintPanel {{ background: {back}; border: 2px solid {border};"
            f" border-radius: 6px; }} QFrame#fingerprintPanel QLabel {{ color: {ink}; }}"
        )
        self.panel.setProperty("state", state)
        self.heading.setText(heading)
        text = html.escape(message)
        if hint:
            text += "<br><i>" + html.escape(hint) + "</i>"
        self.details.setText(text)
        self.details.setVisible(bool(text))
