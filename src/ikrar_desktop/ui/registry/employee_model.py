"""Table model over the employee ids of the current filter; rows are fetched a block at a time."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.common.table_model import NumberedTableModel

BLOCK = 200
# The page's first list, when long, is read in two steps: its size and first screenful before
# the window is shown, the whole id list only when a row past that screenful is wanted (reading
# 50,000 ids costs ~15 ms, on every start, for rows nobody has scrolled to yet).
FIRST_SCREEN = BLOCK
WHOLE_BELOW = 10_000  # shorter lists are read whole at once (a few milliseconds)
AnyIndex = QModelIndex | QPersistentModelIndex


class EmployeeTableModel(NumberedTableModel):
    HEADERS = ("Nama", "NIP / NIK", "Status", "Gol.", "Jabatan", "Unit Kerja")
    WIDTHS = (290, 165, 100, 55, 250, 260)

    def __init__(
        self, conn: sqlite3.Connection, parent: object = None, *, first_screen_first: bool = False
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._conn = conn
        self._ids: list[int] = []
        self._total = 0  # rows shown; more than len(_ids) while only the first screen is read
        self._partial = False
        self._first_screen_first = first_screen_first  # for the first refresh only
        self._cache: dict[int, Employee] = {}
        self.filter = EmployeeFilter()

    # --- loading ---------------------------------------------------------------------------
    def set_filter(self, flt: EmployeeFilter, *, lazy: bool = False) -> None:
        """Show the list of ``flt``; ``lazy``: a long one by its size and first screenful only."""
        self.filter = flt
        if lazy:  # after a change (an import of 50,000 rows): as at start, not ~15 ms of ids
            self._first_screen_first = True
        self.refresh()

    def refresh(self) -> None:
        if self._first_screen_first:
            self._first_screen_first = False
            total = emp_store.count(self._conn, self.filter)
            if total >= WHOLE_BELOW:
                first = emp_store.search_ids(self._conn, replace(self.filter, limit=FIRST_SCREEN))
                self._reset(first, total, partial=True)
                return
        ids = emp_store.search_ids(self._conn, self.filter)
        self._reset(ids, len(ids), partial=False)

    def _reset(self, ids: list[int], total: int, *, partial: bool) -> None:
        self.beginResetModel()
        self._ids, self._total, self._partial = ids, total, partial
        self._cache.clear()
        self.endResetModel()

    def all_ids(self) -> list[int]:
        """Every id of the list in display order (read now if only its first screen was)."""
        if self._partial:
            self._partial = False
            ids = emp_store.search_ids(self._conn, self.filter)
            if len(ids) != self._total or ids[: len(self._ids)] != self._ids:
                # changed by another program since the first screen: shown anew right after
                # (a model reset is not allowed here, which may be in the middle of a paint)
                QTimer.singleShot(0, self, self.refresh)
            self._ids = ids
        return self._ids

    def refresh_row(self, employee_id: int) -> None:
        """Re-read one record after an edit; the list itself stays as it is."""
        self._cache.pop(employee_id, None)
        row = self.row_of(employee_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def employee_id(self, row: int) -> int | None:
        ids = self._ids if row < len(self._ids) else self.all_ids()
        return ids[row] if 0 <= row < min(len(ids), self._total) else None

    def row_of(self, employee_id: int) -> int | None:
        ids = self._ids if employee_id in self._ids else self.all_ids()  # the first screen first
        try:
            row = ids.index(employee_id)
        except ValueError:
            return None
        return row if row < self._total else None

    def employee(self, row: int) -> Employee | None:
        emp_id = self.employee_id(row)
        if emp_id is None:
            return None
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
        return self._total

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
