"""Add/edit an employee: validates as the clerk types and shows what the NIP says."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain.dates import format_date, month_name
from ikrar_desktop.domain.employee import Employee, EmployeeDraft
from ikrar_desktop.domain.golongan import GOLONGAN_ORDER, pangkat
from ikrar_desktop.domain.nip import NipInfo, format_nip
from ikrar_desktop.domain.status import JENIS_JABATAN, STATUSES
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import registry
from ikrar_desktop.store import units as unit_store

ERROR_STYLE = "color: #b00020; font-weight: 600;"


def describe_nip(info: NipInfo) -> str:
    """One line a clerk can check against the person in front of them."""
    parts = [f"Lahir {format_date(info.birth_date)}", info.gender_label]
    if info.tmt:
        parts.append(f"TMT CPNS {month_name(info.tmt.month)} {info.tmt.year}")
    if info.pppk_year:
        parts.append(f"PPPK angkatan {info.pppk_year}")
    parts.append(f"no. urut {info.sequence:03d}")
    return " · ".join(parts)


class EmployeeDialog(QDialog):
    def __init__(
        self,
        conn: sqlite3.Connection,
        employee: Employee | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._employee = employee
        self.saved: Employee | None = None
        self.setWindowTitle(self.tr("Ubah Pegawai") if employee else self.tr("Tambah Pegawai"))
        self.setMinimumWidth(560)

        self.gelar_depan = QLineEdit()
        self.gelar_depan.setPlaceholderText("mis. Dr. H.")
        self.nama = QLineEdit()
        self.nama.setPlaceholderText(self.tr("nama tanpa gelar"))
        self.gelar_belakang = QLineEdit()
        self.gelar_belakang.setPlaceholderText("mis. S.Pd., M.Si.")
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("18 digit, boleh dengan spasi")
        self.nip_info = QLabel()
        self.nip_info.setWordWrap(True)
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 digit (untuk Non-ASN)"))
        self.golongan = QComboBox()
        self.golongan.setEditable(True)
        self.golongan.addItems(["", *GOLONGAN_ORDER])
        self.jabatan = QLineEdit()
        self.jenis_jabatan = QComboBox()
        self.jenis_jabatan.addItems(["", *JENIS_JABATAN])
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["", *(name for _, name in unit_store.names(conn))])
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName("validationMessage")

        form = QFormLayout()
        form.addRow(self.tr("Gelar depan"), self.gelar_depan)
        form.addRow(self.tr("Nama *"), self.nama)
        form.addRow(self.tr("Gelar belakang"), self.gelar_belakang)
        form.addRow(self.tr("Status *"), self.status)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow("", self.nip_info)
        form.addRow(self.tr("NIK"), self.nik)
        form.addRow(self.tr("Golongan"), self.golongan)
        form.addRow(self.tr("Jabatan"), self.jabatan)
        form.addRow(self.tr("Jenis jabatan"), self.jenis_jabatan)
        form.addRow(self.tr("Unit kerja"), self.unit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if employee:
            self._fill(employee)
        for edit in (
            self.gelar_depan,
            self.nama,
            self.gelar_belakang,
            self.nip,
            self.nik,
            self.jabatan,
        ):
            edit.textChanged.connect(self.revalidate)
        for combo in (self.status, self.golongan, self.jenis_jabatan, self.unit):
            combo.currentTextChanged.connect(self.revalidate)
        self._status_touched = employee is not None
        self.status.activated.connect(self._mark_status_touched)
        self.revalidate()
        self.nama.setFocus()

    def _mark_status_touched(self) -> None:
        self._status_touched = True

    def _fill(self, emp: Employee) -> None:
        self.gelar_depan.setText(emp.gelar_depan)
        self.nama.setText(emp.nama)
        self.gelar_belakang.setText(emp.gelar_belakang)
        self.status.setCurrentText(emp.status)
        self.nip.setText(format_nip(emp.nip) if emp.nip else "")
        self.nik.setText(emp.nik or "")
        self.golongan.setCurrentText(emp.golongan or "")
        self.jabatan.setText(emp.jabatan)
        self.jenis_jabatan.setCurrentText(emp.jenis_jabatan or "")
        self.unit.setCurrentText(emp.unit)

    def draft(self) -> EmployeeDraft:
        return EmployeeDraft(
            nama=self.nama.text(),
            nip=self.nip.text(),
            nik=self.nik.text(),
            gelar_depan=self.gelar_depan.text(),
            gelar_belakang=self.gelar_belakang.text(),
            status=self.status.currentText(),
            golongan=self.golongan.currentText(),
            jabatan=self.jabatan.text(),
            jenis_jabatan=self.jenis_jabatan.currentText(),
            unit=self.unit.currentText(),
        )

    def revalidate(self) -> bool:
        """Check the form as it stands; returns whether it may be saved."""
        if not self._status_touched and self.nip.text().strip():
            guess = registry.default_status(self.nip.text(), "")
            if guess != self.status.currentText() and self.status.currentText() in ("PNS", "PPPK"):
                self.status.blockSignals(True)
                self.status.setCurrentText(guess)
                self.status.blockSignals(False)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            valid = registry.validate(self.draft())
        except ValidationError as err:
            self.message.setText(str(err))
            self.nip_info.setText("")
            save.setEnabled(False)
            return False
        info = valid.nip_info
        golongan = valid.values.get("golongan")
        extra = f" · {pangkat(str(golongan))}" if golongan and pangkat(str(golongan)) else ""
        self.nip_info.setText(describe_nip(info) + extra if info else "")
        self.message.setText("")
        save.setEnabled(True)
        return True

    def accept(self) -> None:
        if not self.revalidate():
            return
        try:
            if self._employee is None:
                self.saved = registry.add_employee(self._conn, self.draft())
            else:
                self.saved = registry.update_employee(self._conn, self._employee.id, self.draft())
        except UserError as err:
            self.message.setText(str(err))
            return
        super().accept()
