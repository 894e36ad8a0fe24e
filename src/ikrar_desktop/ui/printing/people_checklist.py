"""A searchable checklist of an event's obliged people, for printing chosen people only."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.events.people_dialogs import _ident

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 500  # ids per IN (...) query


def obliged_people(conn: sqlite3.Connection, event_id: int) -> list[tuple[int, str]]:
    """(employee id, "Name · NIP · unit") of everyone obliged, by name."""
    ids = att_store.list_ids(conn, event_id)
    found: list[tuple[int, str]] = []
    for start in range(0, len(ids), CHUNK):
        for o in att_store.fetch(conn, event_id, ids[start : start + CHUNK]):
            if o.obliged:
                text = f"{o.display_name} · {_ident(o.nip, o.nik)} · {o.unit_name}"
                found.append((o.employee_id, text))
    return found


class PeopleChecklist(QWidget):
    changed = Signal()  # the set of ticked people changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Cari nama, NIP atau unit…"))
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self.view.setObjectName("peopleList")
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.count = QLabel()
        self.all_button = QPushButton(self.tr("Centang yang tampil"))
        self.none_button = QPushButton(self.tr("Kosongkan"))
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.all_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.none_button.clicked.connect(self._clear)
        self.model.itemChanged.connect(lambda _item: self._changed())
        self._changed()

    def set_people(self, people: list[tuple[int, str]]) -> None:
        """Replace the list; people ticked before stay ticked when still on it."""
        keep = set(self.checked_ids())
        self.model.blockSignals(True)
        self.model.clear()
        for employee_id, text in people:
            item = QStandardItem(text)
            item.setData(employee_id, ID_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if employee_id in keep else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self.proxy.invalidate()
        self._changed()

    def checked_ids(self) -> list[int]:
        return [
            int(self.model.item(row).data(ID_ROLE))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, employee_ids: set[int]) -> None:
        self.model.blockSignals(True)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            wanted = int(item.data(ID_ROLE)) in employee_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self._changed()

    def _tick_shown(self, state: Qt.CheckState) -> None:
        self.model.blockSignals(True)
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            self.model.itemFromIndex(source).setCheckState(state)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._changed()

    def _clear(self) -> None:
        self.set_checked(set())
        self.view.viewport().update()

    def _changed(self) -> None:
        chosen = len(self.checked_ids())
        self.count.setText(
            self.tr("%s dari %s orang dicentang")
            % (thousands(chosen), thousands(self.model.rowCount()))
        )
        self.changed.emit()
