"""A read-only table model over a list of plain rows (previews, reports)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ikrar_desktop.ui.common.table_model import AnyIndex, NumberedTableModel


def cell_text(value: object) -> str:
    """A cell as the clerk typed it: spreadsheets give whole numbers as floats (``1.0``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


class RowsModel(NumberedTableModel):
    """Rows given as lists, titles that may change with them; one row can be highlighted
    and some dimmed."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[Sequence[object]] = (), parent: object = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.headers = list(headers)
        self.rows: list[Sequence[object]] = list(rows)
        self.highlight_row: int | None = None
        self.dim_rows: set[int] = set()

    def set_rows(
        self, rows: Sequence[Sequence[object]], headers: Sequence[str] | None = None
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        self.rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def titles(self) -> Sequence[str]:
        return self.headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row[index.column()] if index.column() < len(row) else None)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.highlight_row:
            return QBrush(QColor("#fff3c4"))
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.dim_rows:
            return QBrush(QColor("#9a9a9a"))
        return None
