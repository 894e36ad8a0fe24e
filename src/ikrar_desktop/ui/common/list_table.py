"""The read-only list table the pages share: whole rows selected, compact, columns sized."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

ROW_HEIGHT = 24


def list_table(
    model: QAbstractItemModel,
    name: str,
    widths: Sequence[int] = (),
    *,
    single: bool = True,
    stretch_last: bool = True,
) -> QTableView:
    """A table over ``model`` named ``name`` (for styles and tests), rows selected whole
    (one at a time when ``single``), alternating colours, no row numbers, given widths."""
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    if stretch_last:
        table.horizontalHeader().setStretchLastSection(True)
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    return table
