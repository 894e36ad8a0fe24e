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
from ikrar_desktop.store.events import Event
from ikrar_desktop.ui.common.tab_order import set_tab_order
from ikrar_desktop.ui.events.officials_scope import OfficialsScope
from ikrar_desktop.ui.events.witness_rows import WitnessRows

ERROR_STYLE = "color: #b00020; font-weight: 600;"
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
# Scope choices on the Peserta tab.
ALL, UNITS, LATER = "all", "units", "later"


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
        for text_edit in (self.ikrar_text, self.pakta_points):
            text_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        reset = QPushButton(self.tr("Kembalikan naskah bawaan"))
        reset.clicked.connect(self.reset_texts)
        self.reset_button = reset
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
        self.witness_rows.on_rows_changed = self._set_tab_order
        self._set_tab_order()
        self.revalidate()
        self.title.setFocus()  # the first field to type in (the kind has a default)

    def tab_chain(self) -> list[QWidget | None]:
        """Every field in Tab order, tab page by tab page, then the buttons and the tab bar;
        fields of the hidden pages are skipped while their page is not shown."""
        general: list[QWidget | None] = [
            self.kind, self.title, self.date, self.has_time, self.time, self.place,
            self.leader_name, self.leader_jabatan, self.election,
        ]  # fmt: skip
        witnesses = [w for row in self.witness_rows.rows for w in row]
        texts = [self.ikrar_text, self.pakta_points, self.reset_button]
        scope: list[QWidget | None] = []
        if self._event is None:
            scope = [self.scope_all, self.scope_units, self.unit_search, self.unit_list,
                     self.officials.radio, *self.officials.boxes.values(),
                     self.scope_later, self.asn_only]  # fmt: skip
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        return [
            *general, *witnesses, self.witness_rows.add_button, *texts, *scope,
            self.save_button, cancel, self.tabs.tabBar(),
        ]  # fmt: skip

    def _set_tab_order(self) -> None:
        set_tab_order(self.tab_chain())

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
