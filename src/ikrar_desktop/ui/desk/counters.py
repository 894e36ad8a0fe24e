"""The desk's right-hand pane: totals, the per-OPD counter table and the bulk unit action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.services.desk_log import Counters, UnitCounter
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.desk.model import CounterModel, percent_text


class CounterPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CounterModel(self)
        self.totals = QLabel()
        self.totals.setObjectName("deskTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet(
            "QLabel#deskTotals { font-size: 12pt; background: #1f3a5f; color: white;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self.table = QTableView()
        self.table.setObjectName("deskCounters")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)  # one line, elided in the middle: the end tells
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Kecamatan…" apart
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setStyleSheet("QTableView#deskCounters { font-size: 10pt; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((0, 54, 54, 58, 48, 62, 54)):
            if col:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                self.table.setColumnWidth(col, width)
        self.bulk_button = QPushButton(self.tr("Tandai satu unit hadir…"))
        self.bulk_button.setObjectName("deskBulk")
        self.bulk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bulk_button.setToolTip(
            self.tr(
                "Pilih OPD di tabel, lalu tandai semua yang belum tercatat sebagai Hadir. "
                "Pengecualian (izin, sakit, …) dicatat sesudahnya."
            )
        )
        self.setMinimumWidth(480)  # the OPD names stay readable beside a long headline
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bulk_button)
        self.show_totals()

    def selected_unit(self) -> UnitCounter | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.units[rows[0].row()]

    def set_counters(self, counters: Counters) -> None:
        self.model.set_counters(counters)
        self.show_totals()

    def update_unit(self, counter: UnitCounter) -> bool:
        if not self.model.update_unit(counter):
            return False
        # the OPD's line goes under the totals instead of scrolling the table (a full repaint)
        self.show_totals(counter)
        return True

    def counters(self) -> Counters:
        return Counters(list(self.model.units), self.model.total)

    def show_totals(self, last: UnitCounter | None = None) -> None:
        t = self.model.total
        unit = ""
        if last is not None:
            unit = self.tr("<br>%s: hadir %s dari %s (%s)") % (
                last.unit or self.tr("(tanpa unit)"),
                thousands(last.present),
                thousands(last.obliged),
                percent_text(last.present, last.obliged),
            )
        self.totals.setText(
            self.tr(
                "<b>Hadir %s</b> dari %s wajib (%s) &nbsp;·&nbsp; TTD %s<br>"
                "Izin dll. %s &nbsp;·&nbsp; Belum %s"
            )
            % (
                thousands(t.present),
                thousands(t.obliged),
                percent_text(t.present, t.obliged),
                thousands(t.signed),
                thousands(t.excused),
                thousands(t.missing),
            )
            + unit
        )
