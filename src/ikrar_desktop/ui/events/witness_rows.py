"""The event dialog's witness rows: name, instansi and jabatan, with add and remove."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.store.events import Witness

INSTANSI = ("KPU", "Bawaslu", "BKN Regional", "Inspektorat", "Kejaksaan Negeri", "Polres")


class WitnessRows(QWidget):
    """Witness rows (name, instansi, jabatan) with add and remove buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, QComboBox, QLineEdit, QPushButton]] = []
        self.grid = QGridLayout()
        for col, text in enumerate(
            (self.tr("Nama saksi"), self.tr("Instansi"), self.tr("Jabatan"))
        ):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.add_button = QPushButton(self.tr("Tambah saksi"))
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.on_change = lambda: None
        self.on_rows_changed = lambda: None  # the dialog rebuilds its Tab order

    def add_row(self, witness: Witness | None = None) -> None:
        name = QLineEdit(witness.name if witness else "")
        name.setPlaceholderText(self.tr("nama dan gelar"))
        instansi = QComboBox()
        instansi.setEditable(True)
        instansi.addItems(["", *INSTANSI])
        instansi.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        instansi.setCurrentText(witness.instansi if witness else "")
        jabatan = QLineEdit(witness.jabatan if witness else "")
        jabatan.setPlaceholderText(self.tr("mis. Ketua"))
        remove = QPushButton(self.tr("Hapus"))
        row = (name, instansi, jabatan, remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        for edit in (name, jabatan):
            edit.textChanged.connect(lambda _t: self.on_change())
        instansi.currentTextChanged.connect(lambda _t: self.on_change())
        self.rows.append(row)
        self._relayout()
        self.on_rows_changed()
        if witness is None:
            name.setFocus()
        self.on_change()

    def remove_row(self, row: tuple[QLineEdit, QComboBox, QLineEdit, QPushButton]) -> None:
        self.rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.on_rows_changed()
        self.on_change()

    def _relayout(self) -> None:
        for r, row in enumerate(self.rows, start=1):
            for c, widget in enumerate(row):
                self.grid.addWidget(widget, r, c)

    def witnesses(self) -> list[Witness]:
        """Rows with anything typed in them (an empty row is ignored)."""
        out = []
        for name, instansi, jabatan, _ in self.rows:
            w = Witness(name.text().strip(), instansi.currentText().strip(), jabatan.text().strip())
            if w.name or w.instansi or w.jabatan:
                out.append(w)
        return out
