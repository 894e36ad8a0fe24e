"""Unit Kerja page: units with counts, heads and parents; add, rename, merge, delete, suggest."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.status import UNIT_KINDS
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.units import Unit
from ikrar_desktop.ui.common.format import thousands

AnyIndex = QModelIndex | QPersistentModelIndex


class UnitTableModel(QAbstractTableModel):
    HEADERS = ("Unit Kerja", "Jenis", "Kode", "Kepala", "Unit induk", "Pegawai aktif",
               "Semua pegawai")  # fmt: skip

    def __init__(self, conn: sqlite3.Connection, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._conn = conn
        self.units: list[Unit] = []
        self.heads: dict[int, str] = {}
        self.names: dict[int, str] = {}

    def refresh(self) -> None:
        from ikrar_desktop.domain.names import display_name

        self.beginResetModel()
        self.units = unit_store.list_units(self._conn)
        self.names = {u.id: u.name for u in self.units}
        self.heads = {
            r[0]: display_name(r[1], r[2], r[3])
            for r in self._conn.execute(
                "SELECT e.id, e.gelar_depan, e.nama, e.gelar_belakang FROM employees e "
                "WHERE e.id IN (SELECT head_id FROM units WHERE head_id IS NOT NULL)"
            )
        }
        self.endResetModel()

    def head_text(self, unit: Unit) -> str:
        if unit.head_id is None:
            return "(belum ditetapkan)"
        name = self.heads.get(unit.head_id, "?")
        return f"{unit.head_acting} {name}" if unit.head_acting else name

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        unit = self.units[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                unit.name,
                unit.kind or "",
                unit.code or "",
                self.head_text(unit),
                self.names.get(unit.parent_id, "") if unit.parent_id else "",
                thousands(unit.active_employees),
                thousands(unit.employees),
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UnitDialog(QDialog):
    def __init__(self, title: str, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.name = QLineEdit(unit.name if unit else "")
        self.kind = QComboBox()
        self.kind.addItems(["", *UNIT_KINDS])
        self.kind.setCurrentText(unit.kind or "" if unit else "")
        self.code = QLineEdit(unit.code or "" if unit else "")
        self.code.setPlaceholderText("mis. BKPSDM (untuk nomor surat)")
        form = QFormLayout()
        form.addRow(self.tr("Nama unit kerja *"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Kode"), self.code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class MergeDialog(QDialog):
    def __init__(self, source: Unit, units: list[Unit], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gabungkan unit kerja"))
        self.target = QComboBox()
        for unit in units:
            if unit.id != source.id:
                self.target.addItem(unit.name, unit.id)
        text = QLabel(
            self.tr(
                "Semua %s pegawai dari <b>%s</b> dipindahkan ke unit di bawah ini, "
                "lalu unit itu dihapus."
            )
            % (thousands(source.employees), source.name)
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gabungkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.target)
        layout.addWidget(buttons)


class UnitsPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = UnitTableModel(ctx.conn, self)
        self.table = QTableView()
        self.table.setObjectName("unitTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        for col, width in enumerate((320, 90, 110, 250, 170, 90, 90)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.rename_selected)
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("Tambah unit"))
        self.rename_button = QPushButton(self.tr("Ubah nama"))
        self.merge_button = QPushButton(self.tr("Gabungkan…"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.links_button = QPushButton(self.tr("Kepala && induk…"))
        self.links_button.setObjectName("unitLinks")
        self.links_button.clicked.connect(self.edit_links)
        self.suggest_button = QPushButton(self.tr("Sarankan kepala && induk…"))
        self.suggest_button.setObjectName("unitSuggest")
        self.suggest_button.clicked.connect(self.suggest)
        self.export_button = QPushButton(self.tr("Ekspor per unit ke Excel…"))
        self.export_button.clicked.connect(self.export_rosters)
        self.add_button.clicked.connect(self.add_unit)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        title = QLabel(self.tr("Unit Kerja"))
        title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.summary)
        actions = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button, self.delete_button,
                       self.links_button, self.suggest_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """The registry changed: recount now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()
        self.summary.setText(self.tr("%s unit kerja") % thousands(len(self.model.units)))

    def export_rosters(self) -> None:
        from ikrar_desktop.store.employees import EmployeeFilter
        from ikrar_desktop.ui.registry.export_actions import run_export

        run_export(self, self.ctx, "units", EmployeeFilter())

    def selected(self) -> Unit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.units[rows[0].row()] if rows else None

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except UserError as err:
            self.ctx.interaction.error(self.tr("Tidak dapat disimpan"), err.message, err.hint)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_unit(self) -> None:
        dialog = UnitDialog(self.tr("Tambah unit kerja"), parent=self)
        if dialog.exec():
            self._run(
                lambda: unit_service.add_unit(
                    self.ctx.conn,
                    dialog.name.text(),
                    dialog.kind.currentText() or None,
                    dialog.code.text(),
                )
            )

    def rename_selected(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = UnitDialog(self.tr("Ubah unit kerja"), unit, parent=self)
        if dialog.exec():
            self._run(
                lambda: unit_service.rename_unit(
                    self.ctx.conn,
                    unit.id,
                    dialog.name.text(),
                    dialog.kind.currentText() or None,
                    dialog.code.text(),
                )
            )

    def merge_selected(self) -> None:
        unit = self.selected()
        if unit is None or len(self.model.units) < 2:
            return
        dialog = MergeDialog(unit, self.model.units, parent=self)
        if dialog.exec():
            target = dialog.target.currentData()
            self._run(lambda: unit_service.merge_units(self.ctx.conn, unit.id, target))

    def delete_selected(self) -> None:
        unit = self.selected()
        if unit is not None and self.ctx.interaction.confirm(
            self.tr("Hapus unit kerja"), self.tr("Hapus unit %s?") % unit.name
        ):
            self._run(lambda: unit_service.delete_unit(self.ctx.conn, unit.id))

    def edit_links(self) -> None:
        """Head (Plt./Plh. when acting), the unit above and the code of the selected unit."""
        from ikrar_desktop.ui.registry.unit_dialogs import UnitLinksDialog

        unit = self.selected()
        if unit is None:
            return
        dialog = UnitLinksDialog(self.ctx.conn, unit, self.model.units, parent=self)
        if dialog.exec():
            self._run(lambda: self._save_links(unit, dialog.links()))

    def _save_links(self, unit: Unit, links: object) -> None:
        from ikrar_desktop.errors import NotFoundError
        from ikrar_desktop.store import employees as emp_store
        from ikrar_desktop.ui.registry.unit_dialogs import Links

        assert isinstance(links, Links)
        head_id = links.head_id
        if links.head_nip:
            emp = emp_store.find_by_nip(self.ctx.conn, links.head_nip)
            if emp is None:
                raise NotFoundError(f"Pegawai dengan NIP {links.head_nip} tidak ditemukan.")
            head_id = emp.id
        unit_service.set_unit(
            self.ctx.conn, unit.id, head_id=head_id, acting=links.acting,
            parent_id=links.parent_id, code=links.code,
        )  # fmt: skip

    def suggest(self) -> None:
        """Suggested heads and parents for the units still without; stored once confirmed."""
        from ikrar_desktop.ui.registry.unit_dialogs import SuggestionsDialog

        found = unit_service.suggestions(self.ctx.conn)
        if not found:
            self.ctx.interaction.inform(
                self.tr("Saran"), self.tr("Semua unit sudah punya kepala dan unit induk.")
            )
            return
        dialog = SuggestionsDialog(found, parent=self)
        if dialog.exec():
            chosen = dialog.chosen()
            self._run(lambda: unit_service.apply_suggestions(self.ctx.conn, chosen))
