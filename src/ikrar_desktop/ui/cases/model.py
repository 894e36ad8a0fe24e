"""Table model of the case register: overdue cases in red, closed ones dimmed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.services.case_export import ident_text
from ikrar_desktop.services.cases import CaseItem
from ikrar_desktop.ui.common.table_model import NumberedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#8b1a1a")
DONE_FG = QColor("#7a7a7a")


class CaseTableModel(NumberedTableModel):
    HEADERS = ("Nomor", "Tgl Laporan", "Pegawai", "Unit Kerja (saat itu)", "Bentuk", "Tahap",
               "Batas Waktu", "Sumber", "NIP / NIK", "Pakta")  # fmt: skip
    WIDTHS = (66, 84, 180, 180, 52, 120, 130, 100, 160, 56)
    DEADLINE = 6

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.items: list[CaseItem] = []

    def set_items(self, items: list[CaseItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> CaseItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_total(self) -> int:
        return len(self.items)

    def _text(self, item: CaseItem, column: int) -> str:
        c = item.case
        if column == self.DEADLINE:
            if not rules.is_open(c.step):
                return "—"
            if item.overdue:
                return f"Terlambat {item.overdue_days} hari"
            return format_short(item.due) if item.due else ""
        values = (
            c.number, format_short(c.reported_on), c.emp_name, c.emp_unit, c.form_code,
            rules.step_label(c.step), "", rules.source_label(c.source), ident_text(c),
            "Sudah" if item.signed_pakta else "Belum",
        )  # fmt: skip
        return values[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            form = rules.find_form(item.case.form_code)
            return item.case.form_other or form.text
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return QBrush(OVERDUE_FG)
            if not rules.is_open(item.case.step):
                return QBrush(DONE_FG)
        return None
