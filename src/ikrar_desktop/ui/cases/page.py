"""Pengawasan page: the case register with filters, overdue cases in red, a chart, export."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.cases import CaseFilter
from ikrar_desktop.ui.cases.chart import BarChart
from ikrar_desktop.ui.cases.model import CaseTableModel
from ikrar_desktop.ui.cases.print_actions import CasePrinter
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress

STATES = (("Semua kasus", ""), ("Masih berjalan", "open"), ("Terlambat", "overdue"))


class SupervisionPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseTableModel(self)
        self._operations: set[Operation] = set()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, nomor kasus atau nomor aduan…"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        for label, value in STATES:
            self.state_filter.addItem(self.tr(label), value)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(220)
        self.form_filter = QComboBox()
        self.form_filter.addItem(self.tr("Semua bentuk"), "")
        self.form_filter.addItem(self.tr("Semua kode etik"), "kind:kode-etik")
        self.form_filter.addItem(self.tr("Semua disiplin"), "kind:disiplin")
        for form in rules.FORMS:
            self.form_filter.addItem(form.code if form.kind != "lainnya" else "Lainnya",
                                     f"form:{form.code}")  # fmt: skip
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(CaseTableModel.WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)

        self.chart_mode = QComboBox()
        self.chart_mode.addItem(self.tr("Kasus per OPD"), "unit")
        self.chart_mode.addItem(self.tr("Kasus per bentuk pelanggaran"), "form")
        self.chart = BarChart()
        chart_panel = QWidget()
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.setContentsMargins(6, 0, 0, 0)
        chart_layout.addWidget(self.chart_mode)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(chart_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 270])

        self.add_button = QPushButton(self.tr("Laporan baru (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Buka kasus"))
        self.history_button = QPushButton(self.tr("Riwayat pegawai"))
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.print_case_button = QPushButton(self.tr("Cetak lembar kasus…"))
        self.print_register_button = QPushButton(self.tr("Cetak register…"))
        self.deadlines_button = QPushButton(self.tr("Atur tenggat…"))
        self.printer = CasePrinter(ctx, self)
        self.print_case_button.clicked.connect(self.print_case)
        self.print_register_button.clicked.connect(
            lambda: self.printer.print_register(self.current_filter())
        )
        self.deadlines_button.clicked.connect(self.edit_deadlines)
        self.add_button.clicked.connect(self.add_case)
        self.open_button.clicked.connect(self.open_selected)
        self.history_button.clicked.connect(self.show_history)
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_case)

        title = QLabel(self.tr("Pengawasan"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state_filter, 1)
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.form_filter, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.deadlines_button, self.print_case_button, self.print_register_button,
                       self.export_button):  # fmt: skip
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.state_filter, self.unit_filter, self.form_filter, self.chart_mode):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # pakta signatures and deadlines move on while the page is hidden
        self.refresh()
        super().showEvent(event)

    def current_filter(self) -> CaseFilter:
        state = self.state_filter.currentData()
        what, _, value = str(self.form_filter.currentData() or "").partition(":")
        return CaseFilter(
            open_only=state == "open",
            overdue_only=state == "overdue",
            unit=self.unit_filter.currentData() or "",
            form_code=value if what == "form" else "",
            kind=value if what == "kind" else "",
            text=self.search.text(),
        )

    def refresh(self) -> None:
        """Reload the unit list (units as they were in the cases) and the register."""
        current = self.unit_filter.currentData()
        units = sorted({i.case.emp_unit for i in svc.list_cases(self.ctx.conn) if i.case.emp_unit})
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua OPD"), "")
        for name in units:
            self.unit_filter.addItem(name, name)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        items = svc.list_cases(self.ctx.conn, self.current_filter())
        self.model.set_items(items)
        late = sum(1 for i in items if i.overdue)
        still_open = sum(1 for i in items if rules.is_open(i.case.step))
        self.count_label.setText(
            self.tr("{0} kasus · {1} berjalan · {2} terlambat").format(len(items), still_open, late)
        )
        by = self.chart_mode.currentData()
        self.chart.set_data(self.chart_mode.currentText(), svc.counts(items, by))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        return item.case.id if item else None

    def add_case(self) -> None:
        from ikrar_desktop.ui.cases.dialog import CaseDialog

        dialog = CaseDialog(self.ctx, self)
        if dialog.exec() and dialog.created is not None:
            self._changed()
            self.open_case(dialog.created.id)

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        from ikrar_desktop.ui.cases.detail import CaseDetailDialog

        dialog = CaseDetailDialog(self.ctx, case_id, self)
        dialog.changed.connect(self._changed)
        dialog.exec()

    def show_history(self) -> None:
        from ikrar_desktop.ui.cases.history import HistoryDialog

        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        if item is not None:
            HistoryDialog(self.ctx, item.case.employee_id, self).exec()

    def print_case(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        if item is None:
            self.ctx.interaction.inform(
                self.tr("Cetak lembar kasus"), self.tr("Pilih dulu satu kasus di register.")
            )
            return
        self.printer.print_case(item.case.id, item.case.number)

    def edit_deadlines(self) -> None:
        from ikrar_desktop.ui.cases.deadlines import DeadlinesDialog

        if DeadlinesDialog(self.ctx, self).exec():
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def export(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Ekspor register pengawasan"),
            "register-pengawasan.xlsx",
            "Excel (*.xlsx)",
            kind="excel",
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> Operation:
        from ikrar_desktop.services.case_export import export_register_xlsx

        flt = self.current_filter()

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                return export_register_xlsx(conn, path, flt)
            finally:
                conn.close()

        op = Operation(job, self, self.tr("Mengekspor register…"), cancellable=False)
        self._operations.add(op)
        op.finished.connect(lambda total: self._exported(op, path, total))
        op.failed.connect(lambda exc: self._export_failed(op, path, exc))
        return op.start()

    def _exported(self, op: Operation, path: Path, total: object) -> None:
        self._operations.discard(op)
        self.ctx.interaction.inform(self.tr("Ekspor selesai"), f"{total} kasus disimpan ke {path}.")

    def _export_failed(self, op: Operation, path: Path, exc: object) -> None:
        self._operations.discard(op)
        if isinstance(exc, UserError):
            self.ctx.interaction.error(self.tr("Ekspor gagal"), exc.message, exc.hint)
        elif isinstance(exc, OSError):
            self.ctx.interaction.error(
                self.tr("Ekspor gagal"),
                f"Berkas {path} tidak dapat ditulis: {exc.strerror}.",
                "Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain.",
            )
        elif isinstance(exc, BaseException):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
