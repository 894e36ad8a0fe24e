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
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import case_evidence
from ikrar_desktop.services import cases as svc
from ikrar_desktop.store.cases import CaseRow
from ikrar_desktop.ui.cases.employee_picker import EmployeePicker
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.tab_order import one_stop, set_tab_order
from ikrar_desktop.ui.forms.ui_case_dialog import Ui_CaseDialog

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


class CaseDialog(QDialog):
    """Record a new report; evidence files chosen here are stored right after the case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CaseRow | None = None
        # The fields, labels and layout: ui/case_dialog.ui (compiled by `make forms`).
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.employee: EmployeePicker = self.ui.employee
        self.employee.ctx = ctx
        self.reported: QDateEdit = self.ui.reported
        self.reported.setDate(QDate.currentDate())
        one_stop(self.reported)
        self.source: QComboBox = self.ui.source
        for slug, label in rules.SOURCES.items():
            self.source.addItem(label, slug)
        self.ref: QLineEdit = self.ui.ref
        self.election: QComboBox = self.ui.election
        self.election.addItem("")
        self.election.addItems(svc.elections(ctx.conn))
        self.form: QComboBox = self.ui.form
        for form in rules.FORMS:
            self.form.addItem(form.label, form.code)
            self.form.setItemData(self.form.count() - 1, form.text, Qt.ItemDataRole.ToolTipRole)
        self.form_other: QLineEdit = self.ui.form_other
        self.description: QPlainTextEdit = self.ui.description
        self.files: QListWidget = self.ui.files
        self.add_file: QPushButton = self.ui.add_file
        self.add_file.clicked.connect(self.choose_files)
        self.message: QLabel = self.ui.message
        self.message.setObjectName("validationMessage")
        self.buttons: QDialogButtonBox = self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
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
