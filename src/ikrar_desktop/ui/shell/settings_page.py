"""Pengaturan page: instansi, kop, logo, place, paper, time zone, the leader, number patterns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import numbering
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.tab_order import set_tab_order
from ikrar_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from ikrar_desktop.ui.safety.panel import SafetyPanel


class SettingsPage(QWidget):
    """The form is ui/settings_page.ui; the choices, the number patterns (one row per document
    type) and the backup panel are added here."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logo = b""
        # The form scrolls inside the page: it is taller (≈ 870 px with the backup panel) than a
        # 1366×768 screen leaves, and a page's minimum height would push the window off it.
        content = QWidget()
        ui = Ui_SettingsPage()
        ui.setupUi(content)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.instansi: QLineEdit = ui.instansi
        self.unit_name: QLineEdit = ui.unit_name
        self.address: QPlainTextEdit = ui.address  # a new kop line is Enter; Tab goes on
        self.place: QLineEdit = ui.place
        self.paper: QComboBox = ui.paper
        self.paper.addItems(list(settings_service.PAPERS))
        self.zone: QComboBox = ui.zoneChoice
        self.zone.addItems(list(settings_service.ZONES))
        self.leader_name: QLineEdit = ui.leader_name
        self.leader_jabatan: QLineEdit = ui.leader_jabatan
        self.leader_nip: QLineEdit = ui.leader_nip
        self.leader_pangkat: QLineEdit = ui.leader_pangkat
        self.patterns: dict[str, QLineEdit] = {}
        for doc in numbering.DOC_TYPES:
            edit = QLineEdit()
            edit.setObjectName(f"pattern-{doc}")
            edit.setPlaceholderText(numbering.DOC_TYPES[doc][1])
            edit.setToolTip(numbering.HINT)
            ui.form.addRow(self.tr("Pola nomor %s") % numbering.DOC_TYPES[doc][2], edit)
            self.patterns[doc] = edit
        self.logo_preview: QLabel = ui.logo_preview
        ui.chooseLogo.clicked.connect(self.choose_logo)
        ui.removeLogo.clicked.connect(self.clear_logo)
        self.status: QLabel = ui.settingsStatus
        self.save_button: QPushButton = ui.save_button
        self.save_button.clicked.connect(self.save)

        self.safety = SafetyPanel(ctx)
        self.safety.restored.connect(self.load)
        self.safety.restored.connect(self.saved.emit)
        ui.layout.insertWidget(ui.layout.indexOf(ui.page_stretch), self.safety)
        # the logo buttons sit under the address; the backup panel follows Simpan
        set_tab_order(
            [
                self.instansi,
                self.unit_name,
                self.address,
                ui.chooseLogo,
                ui.removeLogo,
                self.place,
                self.paper,
                self.zone,
                self.leader_name,
                self.leader_jabatan,
                self.leader_nip,
                self.leader_pangkat,
                *self.patterns.values(),
                self.save_button,
            ]
        )
        self.load()

    def load(self) -> None:
        current = settings_service.load(self.ctx.conn)
        self.instansi.setText(current.instansi)
        self.unit_name.setText(current.unit_name)
        self.address.setPlainText("\n".join(current.address_lines))
        self.place.setText(current.place)
        self.paper.setCurrentText(current.paper)
        self.zone.setCurrentText(current.zona_waktu)
        self.leader_name.setText(current.pimpinan_nama)
        self.leader_jabatan.setText(current.pimpinan_jabatan)
        self.leader_nip.setText(current.pimpinan_nip)
        self.leader_pangkat.setText(current.pimpinan_pangkat)
        for doc, edit in self.patterns.items():
            edit.setText(current.numbers.get(doc, ""))
        self._set_logo(current.logo)

    def _set_logo(self, data: bytes) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    92,
                    92,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("(belum ada logo)"))

    def choose_logo(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Pilih logo"), self.tr("Gambar (*.png *.jpg *.jpeg)"), kind="logo"
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.ctx.interaction.error(self.tr("Logo"), f"Berkas tidak dapat dibaca: {exc}")
            return
        if not QPixmap().loadFromData(data):
            self.ctx.interaction.error(
                self.tr("Logo"), self.tr("Berkas itu bukan gambar PNG/JPEG yang dapat dibaca.")
            )
            return
        self._set_logo(data)

    def clear_logo(self) -> None:
        self._logo = b""
        self.logo_preview.clear()
        self.logo_preview.setText(self.tr("(belum ada logo)"))

    def save(self) -> None:
        values = settings_service.Settings(
            instansi=self.instansi.text(),
            unit_name=self.unit_name.text(),
            address_lines=self.address.toPlainText().splitlines(),
            place=self.place.text(),
            paper=self.paper.currentText(),
            logo=self._logo,
            zona_waktu=self.zone.currentText(),
            pimpinan_nama=self.leader_name.text(),
            pimpinan_jabatan=self.leader_jabatan.text(),
            pimpinan_nip=self.leader_nip.text(),
            pimpinan_pangkat=self.leader_pangkat.text(),
            numbers={
                doc: e.text() or numbering.DOC_TYPES[doc][1] for doc, e in self.patterns.items()
            },
        )
        try:
            settings_service.save(self.ctx.conn, values)
        except UserError as err:
            self.ctx.interaction.error(self.tr("Pengaturan"), err.message, err.hint)
            return
        self.load()
        self.status.setText(self.tr("Tersimpan."))
        self.saved.emit()
