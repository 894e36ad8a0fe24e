"""Pegawai page: search-as-you-type over the whole registry, filters, add/edit/deactivate."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.domain.status import STATUSES
from ikrar_desktop.errors import UserError
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.registry.employee_model import EmployeeTableModel

ACTIVE_CHOICES = (("Aktif", True), ("Nonaktif", False), ("Semua", None))


class EmployeesPage(QWidget):
    changed = Signal()  # the registry changed (other pages refresh their counts)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EmployeeTableModel(ctx.conn, self, first_screen_first=True)

        self.search = QLineEdit()
        self.search.setObjectName("employeeSearch")
        self.search.setPlaceholderText(self.tr("Cari nama (tanpa gelar) atau NIP…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(220)
        # Its width comes from the layout's stretch, not from the longest of ~1,500 unit names,
        # which Qt would otherwise measure one by one when the page is first shown (~10 ms).
        # No item has an icon; a zero icon size keeps the usual height under this policy.
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setIconSize(QSize(0, 0))
        self._unit_ids: list[int | None] = []  # the unit of each item of unit_filter
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status, status)
        self.active_filter = QComboBox()
        for label, value in ACTIVE_CHOICES:
            self.active_filter.addItem(self.tr(label), value)
        self.count_label = QLabel()
        self.count_label.setObjectName("employeeCount")

        self.table = QTableView()
        self.table.setObjectName("employeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(EmployeeTableModel.WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.add_button = QPushButton(self.tr("Tambah (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.deactivate_button = QPushButton(self.tr("Nonaktifkan"))
        self.activate_button = QPushButton(self.tr("Aktifkan lagi"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.import_button = QPushButton(self.tr("Impor Excel…"))
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.import_button.setToolTip(self.tr("Impor daftar pegawai dari Excel (Ctrl+I)"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(
            self.tr("Daftar ini (sesuai pencarian dan saringan)…"), lambda: self.export("list")
        )
        export_menu.addAction(self.tr("Satu lembar per unit kerja…"), lambda: self.export("units"))
        export_menu.addSeparator()
        export_menu.addAction(
            self.tr("Templat daftar pegawai kosong…"), lambda: self.export("template")
        )
        self.export_button.setMenu(export_menu)
        self.import_button.clicked.connect(self.import_roster)
        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.activate_button.clicked.connect(self.activate_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.active_filter, 1)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.deactivate_button,
            self.activate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        title = QLabel(self.tr("Pegawai"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filter)
        self.unit_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.active_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.search.returnPressed.connect(self._focus_table)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_employee)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_roster)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)

        self.reload_units()
        self.apply_filter()

    # --- filtering ---------------------------------------------------------------------------
    def reload_units(self) -> None:
        current = self.unit_id()
        listed = unit_store.names(self.ctx.conn)
        # All names in one call (one addItem per unit cost ~3 ms at start with ~1,500 units);
        # the ids stay here, index for index with the combo's items.
        self._unit_ids = [None, *(unit_id for unit_id, _name in listed)]
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItems([self.tr("Semua unit kerja"), *(name for _id, name in listed)])
        index = self._unit_ids.index(current) if current in self._unit_ids else 0
        self.unit_filter.setCurrentIndex(index)
        self.unit_filter.blockSignals(False)

    def unit_id(self) -> int | None:
        """The unit chosen in the filter (None: all units)."""
        index = self.unit_filter.currentIndex()
        return self._unit_ids[index] if 0 <= index < len(self._unit_ids) else None

    def current_filter(self) -> EmployeeFilter:
        return EmployeeFilter(
            text=self.search.text(),
            unit_id=self.unit_id(),
            status=self.status_filter.currentData(),
            active=self.active_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self._show_list(lazy=False)

    def _show_list(self, *, lazy: bool) -> None:
        self.model.set_filter(self.current_filter(), lazy=lazy)
        self.count_label.setText(self.tr("%s pegawai") % thousands(self.model.rowCount()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()

    # --- actions -----------------------------------------------------------------------------
    def selected(self) -> Employee | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.employee(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        emp = self.selected()
        self.edit_button.setEnabled(emp is not None)
        self.deactivate_button.setEnabled(emp is not None and emp.active)
        self.activate_button.setEnabled(emp is not None and not emp.active)
        self.delete_button.setEnabled(emp is not None)

    def add_employee(self) -> None:
        from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog

        dialog = EmployeeDialog(self.ctx.conn, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(dialog.saved.id)

    def edit_selected(self) -> None:
        emp = self.selected()
        if emp is None:
            return
        from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog

        dialog = EmployeeDialog(self.ctx.conn, emp, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(dialog.saved.id)

    def deactivate_selected(self) -> None:
        emp = self.selected()
        if emp is None:
            return
        reason, ok = QInputDialog.getItem(
            self,
            self.tr("Nonaktifkan pegawai"),
            self.tr("Alasan %s dinonaktifkan:") % emp.display_name,
            [
                self.tr("Pensiun"),
                self.tr("Mutasi keluar"),
                self.tr("Meninggal dunia"),
                self.tr("Berhenti"),
                self.tr("Lainnya"),
            ],
            0,
            True,
        )
        if ok:
            from ikrar_desktop.services import registry

            self._run(lambda: registry.set_active(self.ctx.conn, emp.id, False, reason), emp.id)

    def activate_selected(self) -> None:
        emp = self.selected()
        if emp is not None:
            from ikrar_desktop.services import registry

            self._run(lambda: registry.set_active(self.ctx.conn, emp.id, True), emp.id)

    def delete_selected(self) -> None:
        emp = self.selected()
        if emp is None:
            return
        if self.ctx.interaction.confirm(
            self.tr("Hapus pegawai"),
            self.tr(
                "Hapus %s dari registri?\n\nGunakan Hapus hanya untuk data yang salah "
                "dimasukkan. Untuk pensiun atau mutasi, pilih Nonaktifkan."
            )
            % emp.display_name,
        ):
            from ikrar_desktop.services import registry

            self._run(lambda: registry.delete_employee(self.ctx.conn, emp.id), None)

    def _table_menu(self, pos: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self.table)
        menu.addAction(self.tr("Ubah"), self.edit_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Hapus data pribadi (permintaan)…"), self.erase_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def erase_selected(self) -> None:
        """UU 27/2022: erase a person on their request; the audit log keeps only the fact."""
        emp = self.selected()
        if emp is None:
            return
        title = self.tr("Hapus data pribadi (permintaan)")
        if not self.ctx.interaction.confirm(
            title,
            self.tr(
                "Hapus seluruh data pribadi %s atas permintaan yang bersangkutan (UU 27/2022)?"
                "\n\nNama, NIP, NIK dan data lainnya dihapus dari berkas database, termasuk "
                "dari riwayat perubahan; jejak audit hanya menyimpan fakta penghapusan, "
                "alasannya, dan siapa yang melakukannya. Tindakan ini tidak dapat dibatalkan. "
                "Cadangan lama masih memuatnya sampai terhapus oleh rotasi.\n\n"
                "Pegawai yang sudah punya riwayat ikrar/pakta tidak dapat dihapus."
            )
            % emp.display_name,
        ):
            return
        reason, ok = QInputDialog.getText(
            self, title, self.tr("Alasan penghapusan (wajib, mis. surat permintaan tanggal …):")
        )
        if not ok:
            return
        from ikrar_desktop.services import privacy

        try:
            privacy.erase_person(self.ctx.conn, emp.id, reason)
        except UserError as err:
            self.ctx.interaction.error(title, err.message, err.hint)
            return
        self.ctx.interaction.inform(
            title,
            self.tr("Data pribadi %s sudah dihapus dari database.") % emp.display_name,
        )
        self._after_change(None)

    def import_roster(self, path: str | None = None) -> None:
        from ikrar_desktop.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, path)
        wizard.imported.connect(lambda _result: self._after_change(None))
        wizard.exec()

    def export(self, what: str) -> None:
        from ikrar_desktop.ui.registry.export_actions import run_export

        run_export(self, self.ctx, what, self.current_filter())

    def _run(self, action: object, select_id: int | None) -> None:
        try:
            action()  # type: ignore[operator]
        except UserError as err:
            self.ctx.interaction.error(self.tr("Tidak dapat disimpan"), err.message, err.hint)
            return
        self._after_change(select_id)

    def _after_change(self, select_id: int | None) -> None:
        self.reload_units()
        self._show_list(lazy=True)  # a long list: its size and first screenful, the rest on scroll
        if select_id is not None:
            row = self.model.row_of(select_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.changed.emit()
