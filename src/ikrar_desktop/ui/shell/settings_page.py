"""Pengaturan page: instansi, kop, logo, place, paper, time zone, the leader, number patterns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import numbering
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.tab_order import set_tab_order
from ikrar_desktop.ui.safety.panel import SafetyPanel


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logo = b""
        self.instansi = QLineEdit()
        self.instansi.setPlaceholderText("Pemerintah Kabupaten …")
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText("mis. Badan Kepegawaian dan Pengembangan SDM")
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText("Alamat, telepon, laman — satu baris per baris kop")
        self.address.setFixedHeight(80)
        self.address.setTabChangesFocus(True)  # a new kop line is Enter; Tab goes on
        self.place = QLineEdit()
        self.place.setPlaceholderText("mis. Cibinong (untuk 'Cibinong, 18 September 2023')")
        self.paper = QComboBox()
        self.paper.addItems(list(settings_service.PAPERS))
        self.zone = QComboBox()
        self.zone.setObjectName("zoneChoice")
        self.zone.addItems(list(settings_service.ZONES))
        self.leader_name = QLineEdit()
        self.leader_name.setPlaceholderText("nama Bupati / Pj. Bupati / penanda tangan a.n.")
        self.leader_jabatan = QLineEdit()
        self.leader_jabatan.setPlaceholderText(
            "mis. Bupati Contoh · Pj. Bupati Contoh · a.n. Bupati Contoh, Asisten Pemerintahan"
        )
        self.leader_nip = QLineEdit()
        self.leader_nip.setPlaceholderText("hanya untuk penanda tangan a.n. Bupati")
        self.leader_pangkat = QLineEdit()
        self.leader_pangkat.setPlaceholderText("mis. Pembina Utama Muda, IV/c (a.n. Bupati)")
        self.patterns: dict[str, QLineEdit] = {}
        for doc in numbering.DOC_TYPES:
            edit = QLineEdit()
            edit.setObjectName(f"pattern-{doc}")
            edit.setPlaceholderText(numbering.DOC_TYPES[doc][1])
            edit.setToolTip(numbering.HINT)
            self.patterns[doc] = edit
        self.logo_preview = QLabel(self.tr("(belum ada logo)"))
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc;")
        choose = QPushButton(self.tr("Pilih gambar…"))
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Hapus logo"))
        remove.setObjectName("removeLogo")
        remove.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        save = QPushButton(self.tr("Simpan pengaturan"))
        save.setDefault(True)
        save.clicked.connect(self.save)
        self.save_button = save

        form = QFormLayout()
        form.addRow(self.tr("Instansi (baris pertama kop) *"), self.instansi)
        form.addRow(self.tr("Nama unit/OPD penyelenggara"), self.unit_name)
        form.addRow(self.tr("Alamat (baris kop)"), self.address)
        form.addRow(self.tr("Logo daerah"), logo_row)
        form.addRow(self.tr("Nama tempat untuk tanggal"), self.place)
        form.addRow(self.tr("Ukuran kertas bawaan"), self.paper)
        form.addRow(self.tr("Zona waktu (di belakang jam)"), self.zone)
        form.addRow(self.tr("Pimpinan daerah: nama"), self.leader_name)
        form.addRow(self.tr("Pimpinan daerah: jabatan"), self.leader_jabatan)
        form.addRow(self.tr("NIP (a.n. Bupati)"), self.leader_nip)
        form.addRow(self.tr("Pangkat (a.n. Bupati)"), self.leader_pangkat)
        for doc, edit in self.patterns.items():
            form.addRow(self.tr("Pola nomor %s") % numbering.DOC_TYPES[doc][2], edit)
        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("pageTitle")
        bottom = QHBoxLayout()
        bottom.addWidget(save)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.safety = SafetyPanel(ctx)
        self.safety.restored.connect(self.load)
        self.safety.restored.connect(self.saved.emit)
        layout.addWidget(self.safety)
        layout.addStretch(1)
        # the logo buttons sit under the address; the backup panel follows Simpan
        set_tab_order(
            [
                self.instansi,
                self.unit_name,
                self.address,
                choose,
                remove,
                self.place,
                self.paper,
                self.zone,
                self.leader_name,
                self.leader_jabatan,
                self.leader_nip,
                self.leader_pangkat,
                *self.patterns.values(),
                save,
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
