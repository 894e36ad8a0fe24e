"""The case form's employee field: search the registry by name or NIP, pick one from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.store.employees import EmployeeFilter, list_employees


class EmployeePicker(QWidget):
    """Search the registry by name or NIP; the chosen employee's id is ``employee_id``.

    A promoted widget of ui/case_dialog.ui, so it is built with its parent alone (as
    pyside6-uic builds it); the dialog gives it ``ctx`` before the clerk can type.
    """

    ctx: AppContext

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
