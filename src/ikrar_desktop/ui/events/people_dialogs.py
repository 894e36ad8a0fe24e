"""Small dialogs of the obligation list: add people, a make-up signing, a person's history."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services import checkin
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.tab_order import set_tab_order
from ikrar_desktop.ui.events.dialog import INDONESIAN

NOT_OBLIGED_REASONS = (
    "Pensiun",
    "Mutasi keluar",
    "Meninggal dunia",
    "Cuti di luar tanggungan negara",
    "Bukan sasaran kegiatan",
)
SEARCH_LIMIT = 200


def ask_choice(parent: QWidget, title: str, label: str, choices: list[str]) -> str | None:
    """A pick list the clerk may also type into; None when cancelled or left blank."""
    text, ok = QInputDialog.getItem(parent, title, label, choices, 0, True)
    text = " ".join(text.split())
    return text if ok and text else None


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    text = " ".join(text.split())
    return text if ok and text else None


def _ident(nip: str | None, nik: str | None) -> str:
    if nip:
        return format_nip(nip)
    return mask_nik(nik) if nik else "—"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Batal"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AddPeopleDialog(QDialog):
    """Find people in the registry and add them to the event (late additions)."""

    def __init__(
        self, conn: sqlite3.Connection, on_list: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._on_list = on_list
        self._ids: list[int] = []
        self.setWindowTitle(self.tr("Tambah peserta"))
        self.resize(820, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama (tanpa gelar) atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(
            [self.tr("Nama"), self.tr("NIP / NIK"), self.tr("Jabatan"), self.tr("Unit Kerja")]
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((250, 165, 200)):
            self.table.setColumnWidth(col, width)
        self.note = QLabel(
            self.tr("Pilih satu atau beberapa orang (Ctrl/Shift+klik). Yang sudah ada di daftar "
                    "ditampilkan abu-abu. Unit, jabatan dan golongan dicatat seperti hari ini.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Tambahkan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text().strip()
        self._ids = (
            emp_store.search_ids(
                self._conn, EmployeeFilter(text=text, active=True, limit=SEARCH_LIMIT)
            )
            if text
            else []
        )
        found = emp_store.fetch(self._conn, self._ids)
        rows = []
        for i in self._ids:
            e = found[i]
            rows.append((e.display_name, _ident(e.nip, e.nik), e.jabatan, e.unit))
        self.model.dim_rows = {r for r, i in enumerate(self._ids) if i in self._on_list}
        self.model.set_rows(rows)
        self._update()

    def chosen(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self._ids[r] for r in rows if self._ids[r] not in self._on_list]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))


class SusulanDialog(QDialog):
    """A make-up signing: when and where the person signed."""

    def __init__(self, name: str, default_place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tanda tangan susulan"))
        self.setMinimumWidth(460)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setLocale(INDONESIAN)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.date.setCalendarPopup(True)
        self.place = QLineEdit(default_place)
        self.place.setPlaceholderText(self.tr("mis. Kantor Dinas Pendidikan"))
        self.buttons = _buttons(self, self.tr("Simpan"))
        form = QFormLayout()
        form.addRow(self.tr("Tanggal tanda tangan"), self.date)
        form.addRow(self.tr("Tempat"), self.place)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>%s</b> menandatangani pakta integritas sesudah acara.") % name)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.place.textChanged.connect(self._update)
        self._update()
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        set_tab_order([self.date, self.place, self.buttons.button(ok), self.buttons.button(cancel)])

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.place.text().strip()))

    def day(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())


class HistoryDialog(QDialog):
    """Everything recorded about one person at this event, oldest first."""

    def __init__(
        self, conn: sqlite3.Connection, event_id: int, employee_id: int, name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat — %s") % name)
        self.resize(820, 360)
        items = checkin.history(conn, event_id, employee_id)
        self.model = RowsModel(
            [self.tr("Waktu"), self.tr("Tindakan"), self.tr("Alasan"), self.tr("Petugas"),
             self.tr("Komputer")],
            [
                (f"{i.at[:10]} {i.time}", i.text + (self.tr(" (dibatalkan)") if i.undone else ""),
                 i.reason, i.operator, i.station)
                for i in items
            ],
        )  # fmt: skip
        self.model.dim_rows = {r for r, i in enumerate(items) if i.undone}
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setModel(self.model)
        table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 330, 160, 90)):
            table.setColumnWidth(col, width)
        empty = QLabel(self.tr("Belum ada catatan untuk orang ini."))
        empty.setVisible(not items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(empty, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
