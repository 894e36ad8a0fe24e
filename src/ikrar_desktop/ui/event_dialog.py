"""Create or edit an event: details, witnesses, the pledge texts and (when new) who is obliged."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.election import (
    ELECTIONS,
    default_ikrar_text,
    default_pakta_points,
    election_name,
)
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft, EventSummary, Scope
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.events import Event, Witness
from ikrar_desktop.ui.officials_scope import OfficialsScope

ERROR_STYLE = "color: #b00020; font-weight: 600;"
INSTANSI = ("KPU", "Bawaslu", "BKN Regional", "Inspektorat", "Kejaksaan Negeri", "Polres")
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
# Scope choices on the Peserta tab.
ALL, UNITS, LATER = "all", "units", "later"


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
        if witness is None:
            name.setFocus()
        self.on_change()

    def remove_row(self, row: tuple[QLineEdit, QComboBox, QLineEdit, QPushButton]) -> None:
        self.rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
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


class EventDialog(QDialog):
    def __init__(
        self, conn: sqlite3.Connection, event: Event | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._event = event
        self.saved: EventSummary | Event | None = None
        self.setWindowTitle(self.tr("Ubah Kegiatan") if event else self.tr("Buat Kegiatan"))
        self.setMinimumSize(720, 560)

        self.kind = QComboBox()
        for slug, label in rules.KIND_LABELS.items():
            self.kind.addItem(label, slug)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("mis. Apel Ikrar Netralitas ASN Tahun 2024"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setLocale(INDONESIAN)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.date.setCalendarPopup(True)
        self.date.calendarWidget().setLocale(INDONESIAN)
        self.has_time = QCheckBox(self.tr("Pukul"))
        self.has_time.setChecked(True)
        self.time = QTimeEdit(QTime(8, 0))
        self.time.setDisplayFormat("HH.mm")
        self.time.setMaximumWidth(90)
        self.has_time.toggled.connect(self.time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.has_time)
        when.addWidget(self.time, 1)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("mis. Halaman Kantor Bupati"))
        self.leader_name = QLineEdit()
        self.leader_name.setPlaceholderText(self.tr("nama pemimpin upacara / penanggung jawab"))
        self.leader_jabatan = QLineEdit()
        self.leader_jabatan.setPlaceholderText(self.tr("mis. Bupati, Pj Bupati, Sekretaris Daerah"))
        self.election = QComboBox()
        self.election.setObjectName("electionChoice")
        self.election.setEditable(True)
        self.election.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.election.addItems(list(ELECTIONS.values()))
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Jenis kegiatan"), self.kind)
        form.addRow(self.tr("Nama kegiatan *"), self.title)
        form.addRow(self.tr("Tanggal"), when)
        form.addRow(self.tr("Tempat"), self.place)
        form.addRow(self.tr("Dipimpin oleh"), self.leader_name)
        form.addRow(self.tr("Jabatan pemimpin"), self.leader_jabatan)
        form.addRow(self.tr("Pemilihan (naskah bawaan)"), self.election)
        hint = QLabel(
            self.tr("Saksi (KPU, Bawaslu, BKN Regional, Inspektorat…) diisi pada tab Saksi; naskah "
                    "ikrar dan butir pakta pada tab Naskah. ")
            + (
                self.tr("Daftar peserta diubah di halaman Kegiatan (Tambah peserta, Tidak wajib).")
                if event
                else self.tr("Siapa yang wajib hadir dipilih pada tab Peserta wajib.")
            )
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555; margin-top: 12px;")
        form.addRow("", hint)

        self.witness_rows = WitnessRows()
        self._texts_for = self._election_key()
        self.ikrar_text = QPlainTextEdit(default_ikrar_text(*self._texts_for))
        self.pakta_points = QPlainTextEdit("\n".join(default_pakta_points(*self._texts_for)))
        reset = QPushButton(self.tr("Kembalikan naskah bawaan"))
        reset.clicked.connect(self.reset_texts)
        texts = QWidget()
        text_layout = QVBoxLayout(texts)
        text_layout.addWidget(QLabel(self.tr("<b>Naskah ikrar</b> (dibacakan bersama)")))
        text_layout.addWidget(self.ikrar_text, 1)
        text_layout.addWidget(
            QLabel(self.tr("<b>Butir pakta integritas</b> — satu butir per baris (Enter)"))
        )
        text_layout.addWidget(self.pakta_points, 1)
        text_layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Umum"))
        self.tabs.addTab(self.witness_rows, self.tr("Saksi"))
        self.tabs.addTab(texts, self.tr("Naskah ikrar && pakta"))
        if event is None:
            self.tabs.addTab(self._scope_tab(), self.tr("Peserta wajib"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setObjectName("validationMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if event is not None:
            self._fill(event)
        self._texts_for = self._election_key()
        self.election.currentTextChanged.connect(self._election_changed)
        self.date.dateChanged.connect(self._election_changed)
        self.title.textChanged.connect(self.revalidate)
        self.pakta_points.textChanged.connect(self.revalidate)
        self.witness_rows.on_change = self.revalidate
        self.revalidate()
        self.title.setFocus()

    def _scope_tab(self) -> QWidget:
        tab = QWidget()
        self.scope_all = QRadioButton(self.tr("Semua pegawai aktif"))
        self.scope_units = QRadioButton(self.tr("Pegawai aktif dari unit kerja yang dicentang:"))
        self.scope_later = QRadioButton(
            self.tr("Belum ada — peserta dipilih satu per satu sesudah kegiatan dibuat")
        )
        self.scope_all.setChecked(True)
        self.unit_list = QListWidget()
        for unit_id, name in unit_store.names(self._conn):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.unit_list.addItem(item)
        self.unit_search = QLineEdit()
        self.unit_search.setPlaceholderText(self.tr("Saring daftar unit…"))
        self.unit_search.textChanged.connect(self._filter_units)
        self.asn_only = QCheckBox(self.tr("Hanya ASN (PNS, CPNS, PPPK) — tanpa pegawai Non-ASN"))
        self.officials = OfficialsScope(self._conn, tab)
        self.officials.changed.connect(self._scope_changed)
        self.scope_count = QLabel()
        self.scope_count.setObjectName("scopeCount")
        for button in (self.scope_all, self.scope_units, self.scope_later):
            button.toggled.connect(self._scope_changed)
        self.unit_list.itemChanged.connect(self._scope_changed)
        self.asn_only.toggled.connect(self._scope_changed)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.scope_all)
        layout.addWidget(self.scope_units)
        layout.addWidget(self.unit_search)
        layout.addWidget(self.unit_list, 1)
        layout.addWidget(self.officials.radio)
        layout.addWidget(self.officials.levels_box)
        layout.addWidget(self.scope_later)
        layout.addWidget(self.asn_only)
        layout.addWidget(self.scope_count)
        self.officials.set_tab_order(self.unit_list, self.scope_later)
        self._scope_changed()
        return tab

    def _filter_units(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def checked_units(self) -> list[int]:
        return [
            int(self.unit_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.unit_list.count())
            if self.unit_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_units_checked(self, names: list[str]) -> None:
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def scope(self) -> Scope:
        if self.officials.chosen():
            return Scope(officials=self.officials.levels())
        if self.scope_later.isChecked():
            return Scope(employee_ids=[])
        units = self.checked_units() if self.scope_units.isChecked() else []
        return Scope(unit_ids=units, asn_only=self.asn_only.isChecked())

    def _scope_changed(self, *_args: object) -> None:
        self.unit_list.setEnabled(self.scope_units.isChecked())
        self.unit_search.setEnabled(self.scope_units.isChecked())
        self.asn_only.setEnabled(not self.scope_later.isChecked() and not self.officials.chosen())
        scope = self.scope()
        nobody = self.scope_units.isChecked() and not scope.unit_ids
        if scope.officials is not None:
            count = self.officials.count()
        elif scope.employee_ids is not None or nobody:
            count = 0
        else:
            from ikrar_desktop.store.events import employee_ids

            count = len(employee_ids(self._conn, scope.unit_ids, asn_only=scope.asn_only))
        self.scope_count.setText(self.tr("<b>%s pegawai</b> akan tercatat wajib hadir.") % count)
        if hasattr(self, "save_button"):
            self.revalidate()

    def _fill(self, event: Event) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(event.kind), 0))
        self.title.setText(event.title)
        self.date.setDate(QDate(event.date.year, event.date.month, event.date.day))
        self.has_time.setChecked(bool(event.time))
        if event.time:
            hour, minute = event.time.split(":")
            self.time.setTime(QTime(int(hour), int(minute)))
        self.place.setText(event.place)
        self.leader_name.setText(event.leader_name)
        self.leader_jabatan.setText(event.leader_jabatan)
        for witness in event.witnesses:
            self.witness_rows.add_row(witness)
        self.ikrar_text.setPlainText(event.ikrar_text)
        self.pakta_points.setPlainText("\n".join(event.pakta_points))
        self.election.setCurrentText(election_name(event.election))

    def _election_key(self) -> tuple[str, int]:
        return self.election.currentText(), self.date.date().year()

    def _election_changed(self, *_args: object) -> None:
        """Texts still as the default of the previous election and year follow the new ones;
        texts the clerk edited stay as they are."""
        before, self._texts_for = self._texts_for, self._election_key()
        if self.ikrar_text.toPlainText() == default_ikrar_text(*before):
            self.ikrar_text.setPlainText(default_ikrar_text(*self._texts_for))
        if self.pakta_points.toPlainText() == "\n".join(default_pakta_points(*before)):
            self.pakta_points.setPlainText("\n".join(default_pakta_points(*self._texts_for)))

    def reset_texts(self) -> None:
        key = self._election_key()
        self.ikrar_text.setPlainText(default_ikrar_text(*key))
        self.pakta_points.setPlainText("\n".join(default_pakta_points(*key)))

    def draft(self) -> EventDraft:
        picked = self.date.date()
        return EventDraft(
            title=self.title.text(),
            date=date(picked.year(), picked.month(), picked.day()),
            kind=str(self.kind.currentData()),
            time=self.time.time().toString("HH:mm") if self.has_time.isChecked() else "",
            place=self.place.text(),
            leader_name=self.leader_name.text(),
            leader_jabatan=self.leader_jabatan.text(),
            ikrar_text=self.ikrar_text.toPlainText(),
            pakta_points=self.pakta_points.toPlainText().splitlines(),
            witnesses=self.witness_rows.witnesses(),
            election=self.election.currentText(),
        )

    def problem(self) -> str:
        """What stops saving, in the clerk's words ('' when the form may be saved)."""
        draft = self.draft()
        if not draft.title.strip():
            return self.tr("Nama kegiatan wajib diisi.")
        if any(not w.name for w in draft.witnesses):
            return self.tr("Setiap saksi harus diberi nama (atau hapus barisnya).")
        if not any(p.strip() for p in draft.pakta_points or ()):
            return self.tr("Pakta integritas harus berisi minimal satu butir.")
        if self._event is None and self.scope_units.isChecked() and not self.checked_units():
            return self.tr("Centang minimal satu unit kerja pada tab Peserta wajib.")
        if self._event is None and self.officials.chosen():
            return self.officials.problem()
        return ""

    def revalidate(self) -> bool:
        text = self.problem()
        self.message.setText(text)
        self.save_button.setEnabled(not text)
        return not text

    def accept(self) -> None:
        if not self.revalidate():
            return
        try:
            if self._event is None:
                self.saved = event_service.create_event(self._conn, self.draft(), self.scope())
            else:
                self.saved = event_service.update_event(self._conn, self._event.id, self.draft())
        except UserError as err:
            self.message.setText(str(err))
            return
        super().accept()
