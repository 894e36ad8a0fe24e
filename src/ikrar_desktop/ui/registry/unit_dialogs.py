"""Dialogs of the Unit Kerja page for who signs: a unit's head, parent and code; suggestions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain.names import display_name
from ikrar_desktop.domain.nip import clean_id, format_nip
from ikrar_desktop.services.signers import ACTING, Suggestion, head_title, is_head_jabatan
from ikrar_desktop.store.units import Unit

DEFINITIVE = "Definitif"


@dataclass(slots=True)
class Links:
    """What the clerk chose in :class:`UnitLinksDialog`."""

    head_id: int | None
    head_nip: str  # typed for someone outside the unit ("" when picked from the list)
    acting: str | None
    parent_id: int | None
    code: str


class UnitLinksDialog(QDialog):
    """Head (an employee of the unit, or any NIP), Plt./Plh., the unit above, the code."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        unit: Unit,
        units: list[Unit],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kepala, induk dan kode: %s") % unit.name)
        self.setMinimumWidth(560)
        self.head = QComboBox()
        self.head.setObjectName("headChoice")
        self.head.addItem(self.tr("(belum ditetapkan)"), None)
        rows = conn.execute(
            "SELECT id, gelar_depan, nama, gelar_belakang, nip, jabatan FROM employees "
            "WHERE unit_id = ? AND active = 1 ORDER BY sort_key",
            (unit.id,),
        ).fetchall()
        rows.sort(key=lambda r: not is_head_jabatan(r[5], unit.name, unit.kind))
        for emp_id, front, nama, back, nip, jabatan in rows:
            label = f"{display_name(front, nama, back)} — {jabatan or '-'}"
            self.head.addItem(label + (f" ({format_nip(nip)})" if nip else ""), emp_id)
        if unit.head_id is not None:
            found = self.head.findData(unit.head_id)
            if found < 0:  # a head from another unit
                self.head.addItem(self.tr("(pegawai unit lain, id %s)") % unit.head_id,
                                  unit.head_id)  # fmt: skip
                found = self.head.count() - 1
            self.head.setCurrentIndex(found)
        self.other_nip = QLineEdit()
        self.other_nip.setPlaceholderText(self.tr("atau NIP pegawai unit lain (mis. Plt.)"))
        self.acting = QComboBox()
        self.acting.addItems([DEFINITIVE, *ACTING])
        self.acting.setCurrentText(unit.head_acting or DEFINITIVE)
        self.parent_unit = QComboBox()
        self.parent_unit.setObjectName("parentChoice")
        self.parent_unit.addItem(self.tr("(tidak ada — unit teratas)"), None)
        for other in units:
            if other.id != unit.id:
                self.parent_unit.addItem(other.name, other.id)
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(unit.parent_id), 0))
        self.code = QLineEdit(unit.code or "")
        self.code.setPlaceholderText(self.tr("mis. DINKES (untuk {kode} pada nomor surat)"))
        title = QLabel(
            self.tr("Jabatan yang dicetak: <b>%s</b>") % head_title(unit.name, unit.kind)
        )
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kepala unit"), self.head)
        form.addRow("", self.other_nip)
        form.addRow(self.tr("Sebagai"), self.acting)
        form.addRow(self.tr("Unit induk"), self.parent_unit)
        form.addRow(self.tr("Kode"), self.code)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def links(self) -> Links:
        acting = self.acting.currentText()
        nip = clean_id(self.other_nip.text()) if self.other_nip.text().strip() else ""
        return Links(
            head_id=None if nip else self.head.currentData(),
            head_nip=nip,
            acting=None if acting == DEFINITIVE else acting,
            parent_id=self.parent_unit.currentData(),
            code=self.code.text(),
        )


class SuggestionsDialog(QDialog):
    """Suggested heads and parents, each ticked; only the ticked ones are stored."""

    def __init__(self, suggestions: list[Suggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saran kepala dan unit induk"))
        self.setMinimumSize(720, 480)
        self.suggestions = suggestions
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        for s in suggestions:
            parts = []
            if s.head_id is not None:
                parts.append(
                    self.tr("kepala: %s") % f"{s.acting + ' ' if s.acting else ''}{s.head}"
                )
            if s.parent_id is not None:
                parts.append(self.tr("induk: %s") % s.parent)
            item = QListWidgetItem(f"{s.unit} — " + "; ".join(parts))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        note = QLabel(
            self.tr("Saran ditebak dari jabatan dan nama unit. Periksa, hapus centang yang "
                    "salah, lalu Terapkan. Yang sudah diisi tidak diubah.")
        )  # fmt: skip
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Terapkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[Suggestion]:
        return [
            s
            for i, s in enumerate(self.suggestions)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
