"""Live counters per OPD for the desk: one row per snapshot unit, refreshed a row at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ikrar_desktop.services.desk_log import Counters, UnitCounter
from ikrar_desktop.ui.common.format import thousands

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_USER = Qt.ItemDataRole.UserRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _FONT, _USER})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBERS = ("obliged", "present", "signed", "excused", "tanpa_keterangan", "belum")


def percent_text(part: int, whole: int) -> str:
    """ "61,7%" (Indonesian decimal comma); "–" when nobody is obliged."""
    if not whole:
        return "–"
    return f"{100.0 * part / whole:.1f}%".replace(".", ",")


def _styles() -> tuple[QBrush, QBrush, QFont]:
    bold = QFont()
    bold.setBold(True)
    return QBrush(QColor("#fff3c4")), QBrush(QColor("#1b7f3b")), bold


class CounterModel(QAbstractTableModel):
    """Obliged / present / % / signed / excused / missing per OPD (names of people never)."""

    HEADERS = ("OPD / Unit Kerja", "Wajib", "Hadir", "%", "TTD", "Izin dll.", "Belum")
    TIPS = (
        "",
        "Wajib hadir (tanpa yang tidak wajib)",
        "Hadir",
        "Persentase hadir dari yang wajib",
        "Pakta ditandatangani di acara",
        "Izin, sakit, cuti, dinas luar, tugas belajar",
        "Belum tercatat ditambah tanpa keterangan",
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.units: list[UnitCounter] = []
        self.total = UnitCounter("Jumlah", None)
        self.highlight: str | None = None
        self._styles = _styles()

    def set_counters(self, counters: Counters) -> None:
        self.beginResetModel()
        self.units = list(counters.units)
        self.total = counters.total
        self.highlight = None
        self.endResetModel()

    def clear(self) -> None:
        self.set_counters(Counters())

    def row_of(self, unit: str) -> int | None:
        return next((i for i, u in enumerate(self.units) if u.unit == unit), None)

    def update_unit(self, counter: UnitCounter) -> bool:
        """Replace one OPD's numbers; False when the unit is new (the caller reloads all)."""
        row = self.row_of(counter.unit)
        if row is None:
            return False
        old, self.units[row] = self.units[row], counter
        for name in _NUMBERS:  # the total moves by the difference (thousands of units at 50k)
            change = getattr(counter, name) - getattr(old, name)
            setattr(self.total, name, getattr(self.total, name) + change)
        previous = self.row_of(self.highlight) if self.highlight else None
        self.highlight = counter.unit
        if previous is not None and previous != row:
            self._changed(previous)
        self._changed(row)
        return True

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.TIPS[section] or None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid():
            return None  # the delegate asks ~9 roles per cell; most are answered here
        row = index.row()
        if not 0 <= row < len(self.units):
            return None
        unit = self.units[row]
        col = index.column()
        if role == _DISPLAY:
            return self.cell(unit, col)
        if role == _ALIGN:
            return _RIGHT if col > 0 else None
        if role == _USER:
            return unit.unit
        if unit.unit == self.highlight:
            if role == _BACKGROUND:
                return self._styles[0]
            if role == _FONT:
                return self._styles[2]
        if role == _FOREGROUND and col == 6 and unit.missing == 0:
            return self._styles[1]
        return None

    @staticmethod
    def cell(unit: UnitCounter, col: int) -> str:
        if col == 0:
            return unit.unit or "(tanpa unit)"
        if col == 3:
            return percent_text(unit.present, unit.obliged)
        value = (unit.obliged, unit.present, 0, unit.signed, unit.excused, unit.missing)[col - 1]
        return thousands(value)
