"""The "pejabat" choice of the event dialog: the heads of units at the levels ticked."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QRadioButton, QWidget

from ikrar_desktop.domain.officials import DEFAULT_LEVELS, LEVELS


class OfficialsScope(QObject):
    """A radio button and one check box per level; the dialog lays both out in its tab (the
    radio beside its siblings, so the choices stay exclusive)."""

    changed = Signal()

    def __init__(self, conn: sqlite3.Connection, parent: QWidget) -> None:
        super().__init__(parent)
        self._conn = conn
        self.radio = QRadioButton(self.tr("Pejabat: kepala unit kerja pada tingkat yang dicentang"))
        self.radio.setObjectName("scopeOfficials")
        self.levels_box = QWidget()
        grid = QGridLayout(self.levels_box)
        grid.setContentsMargins(24, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (slug, label) in enumerate(LEVELS.items()):
            box = QCheckBox(self.tr(label))
            box.setObjectName(f"level-{slug}")
            box.setChecked(slug in DEFAULT_LEVELS)
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, n // 2, n % 2)
            self.boxes[slug] = box
        self.radio.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.levels_box.setEnabled(on)
        self.changed.emit()

    def chosen(self) -> bool:
        return self.radio.isChecked()

    def levels(self) -> list[str]:
        return [slug for slug, box in self.boxes.items() if box.isChecked()]

    def count(self) -> int:
        """How many heads the ticked levels oblige now (0 when none is ticked)."""
        from ikrar_desktop.services.officials import pick

        levels = self.levels()
        return len(pick(self._conn, levels).rows) if levels else 0

    def problem(self) -> str:
        """What stops saving with this choice ('' when none)."""
        if not self.levels():
            return self.tr("Centang minimal satu tingkat pejabat pada tab Peserta wajib.")
        if not self.count():
            return self.tr(
                "Belum ada kepala unit pada tingkat yang dicentang; tetapkan kepala unit di "
                "halaman Unit Kerja."
            )
        return ""
