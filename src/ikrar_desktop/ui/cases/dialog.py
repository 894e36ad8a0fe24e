"""New case dialog: the employee from the registry, form, source, election, description, files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import case_evidence
from ikrar_desktop.services import cases as svc
from ikrar_desktop.store.cases import CaseRow
from ikrar_desktop.store.employees import EmployeeFilter, list_employees
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.tab_order import one_stop, set_tab_order

EVIDENCE_FILTER = (
    "Bukti (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff);;Semua berkas (*)"
)


def date_edit(when: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    day = when or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    one_stop(edit)  # Tab leaves the date at once; ← → and ↑ ↓ change its parts
    return edit


def picked_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class EmployeePicker(QWidget):
    """Search the registry by name or NIP; the chosen employee's id is ``employee_id``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIP pegawai…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if len(text) < 2:
            return
        for emp in list_employees(self.ctx.conn, EmployeeFilter(text=text, active=None, limit=30)):
            ident = format_nip(emp.nip) if emp.nip else (emp.nik or "-")
            item = QListWidgetItem(f"{emp.display_name} — {ident} — {emp.unit or '-'}")
            item.setData(Qt.ItemDataRole.UserRole, emp.id)
            self.results.addItem(item)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)

    @property
    def employee_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None


class CaseDialog(QDialog):
    """Record a new report; evidence files chosen here are stored right after the case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CaseRow | None = None
        self.setWindowTitle(self.tr("Laporan pelanggaran netralitas baru"))
        self.resize(680, 640)
        self.employee = EmployeePicker(ctx)
        self.reported = date_edit()
        self.source = QComboBox()
        for slug, label in rules.SOURCES.items():
            self.source.addItem(label, slug)
        self.ref = QLineEdit()
        self.ref.setPlaceholderText(self.tr("nomor aduan SBT/LAPOR!, nomor surat Bawaslu…"))
        self.election = QComboBox()
        self.election.setEditable(True)
        self.election.addItem("")
        self.election.addItems(svc.elections(ctx.conn))
        self.election.setToolTip(
            self.tr("Pilih, atau ketik nama pemilihan lain untuk menambahkannya")
        )
        self.form = QComboBox()
        for form in rules.FORMS:
            self.form.addItem(form.label, form.code)
            self.form.setItemData(self.form.count() - 1, form.text, Qt.ItemDataRole.ToolTipRole)
        self.form_other = QLineEdit()
        self.form_other.setPlaceholderText(self.tr("uraikan bentuk pelanggaran 'Lainnya'"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Kronologi singkat: apa, kapan, di mana."))
        self.description.setMaximumHeight(90)
        self.description.setTabChangesFocus(True)
        self.files = QListWidget()
        self.files.setMaximumHeight(70)
        add_file = QPushButton(self.tr("Tambah berkas bukti…"))
        add_file.clicked.connect(self.choose_files)
        self.add_file = add_file
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b; font-weight: 600;")

        form = QFormLayout()
        form.addRow(self.tr("Pegawai terlapor"), self.employee)
        form.addRow(self.tr("Tanggal laporan"), self.reported)
        form.addRow(self.tr("Sumber laporan"), self.source)
        form.addRow(self.tr("Nomor/referensi"), self.ref)
        form.addRow(self.tr("Pemilihan"), self.election)
        form.addRow(self.tr("Bentuk pelanggaran"), self.form)
        form.addRow("", self.form_other)
        form.addRow(self.tr("Uraian"), self.description)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(add_file, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Bukti"), files_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.form.currentIndexChanged.connect(self._form_changed)
        self._form_changed()
        set_tab_order(self.tab_chain())
        self.employee.search.setFocus()

    def tab_chain(self) -> list[QWidget | None]:
        """The fields top to bottom, then Simpan and Batal."""
        return [
            self.employee.search, self.employee.results, self.reported, self.source, self.ref,
            self.election, self.form, self.form_other, self.description, self.files,
            self.add_file, self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]  # fmt: skip

    def _form_changed(self) -> None:
        self.form_other.setEnabled(self.form.currentData() == rules.OTHER_CODE)

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Pilih berkas bukti"), EVIDENCE_FILTER, kind="bukti"
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files.addItem(item)

    def draft(self) -> svc.CaseDraft | None:
        employee_id = self.employee.employee_id
        if employee_id is None:
            self.message.setText(self.tr("Pilih pegawai terlapor dari hasil pencarian."))
            return None
        return svc.CaseDraft(
            employee_id=employee_id,
            form_code=str(self.form.currentData()),
            source=str(self.source.currentData()),
            reported_on=picked_date(self.reported),
            source_ref=self.ref.text(),
            election=self.election.currentText(),
            form_other=self.form_other.text() if self.form_other.isEnabled() else "",
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        try:
            if self.created is None:
                self.created = svc.add_case(self.ctx.conn, draft)
            while self.files.count():
                path = Path(str(self.files.item(0).data(Qt.ItemDataRole.UserRole)))
                case_evidence.add_evidence_file(self.ctx.conn, self.created.id, path)
                self.files.takeItem(0)
        except UserError as exc:
            self.message.setText(f"{exc.message} {exc.hint}".strip())
            return
        self.accept()
