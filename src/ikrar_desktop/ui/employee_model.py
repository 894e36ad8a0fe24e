"""Table model over the employee ids of the current filter; rows are fetched a block at a time."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.table_model import NumberedTableModel

BLOCK = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class EmployeeTableModel(NumberedTableModel):
    HEADERS = ("Nama", "NIP / NIK", "Status", "Gol.", "Jabatan", "Unit Kerja")
    WIDTHS = (290, 165, 100, 55, 250, 260)

    def __init__(self, conn: sqlite3.Connection, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._conn = conn
        self._ids: list[int] = []
        self._cache: dict[int, Employee] = {}
        self.filter = EmployeeFilter()

    # --- loading ---------------------------------------------------------------------------
    def set_filter(self, flt: EmployeeFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        ids = emp_store.search_ids(self._conn, self.filter)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh_row(self, employee_id: int) -> None:
        """Re-read one record after an edit; the list itself stays as it is."""
        self._cache.pop(employee_id, None)
        try:
            row = self._ids.index(employee_id)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def employee_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, employee_id: int) -> int | None:
        try:
            return self._ids.index(employee_id)
        except ValueError:
            return None

    def employee(self, row: int) -> Employee | None:
        if not 0 <= row < len(self._ids):
            return None
        emp_id = self._ids[row]
        found = self._cache.get(emp_id)
        if found is None:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
            self._cache.update(emp_store.fetch(self._conn, block))
            if len(self._cache) > 20 * BLOCK:  # keep memory flat while scrolling 50k rows
                keep = set(self._ids[start : start + BLOCK])
                self._cache = {k: v for k, v in self._cache.items() if k in keep}
            found = self._cache.get(emp_id)
        return found

    # --- Qt model API ----------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        emp = self.employee(index.row())
        if emp is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(emp, col)
        if role == Qt.ItemDataRole.ForegroundRole and not emp.active:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and not emp.active:
            return f"Nonaktif: {emp.inactive_reason}"
        if role == Qt.ItemDataRole.UserRole:
            return emp.id
        return None

    @staticmethod
    def _display(emp: Employee, col: int) -> str:
        if col == 0:
            return emp.display_name
        if col == 1:
            if emp.nip:
                return format_nip(emp.nip)
            return mask_nik(emp.nik) if emp.nik else "—"
        if col == 2:
            return emp.status
        if col == 3:
            return emp.golongan or ""
        if col == 4:
            return emp.jabatan
        return emp.unit
