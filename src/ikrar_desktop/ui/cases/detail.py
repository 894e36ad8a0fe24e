"""One case: what was reported, its handling timeline with the next step, evidence, history."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.dates import format_date, format_short
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import case_evidence
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.case_export import ident_text
from ikrar_desktop.ui.cases.dialog import EVIDENCE_FILTER, date_edit, picked_date
from ikrar_desktop.ui.cases.history import HistoryView
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.rows_model import RowsModel

STEP_HEADERS = ("Tanggal", "Langkah", "Catatan", "Sanksi", "Nomor SK", "Petugas")
EVIDENCE_HEADERS = ("Nama berkas", "Jenis", "Ukuran", "SHA-256", "Diunggah")


def table(model: RowsModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


class CaseDetailDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.resize(980, 680)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet(
            "font-size: 15pt; font-weight: 600; color: #1f3a5f; padding: 2px 0 6px 0;"
        )
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)

        self.steps = RowsModel(STEP_HEADERS, parent=self)
        self.step_table = table(self.steps, (95, 140, 300, 200, 150))
        self.next_step = QComboBox()
        self.step_date = date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. hasil klarifikasi, isi rekomendasi, keputusan"))
        self.sanction = QComboBox()
        for sanction in rules.SANCTIONS:
            abbr = "/".join(rules.abbreviations_of(sanction.code))
            label = f"{sanction.code} — {sanction.label}" + (f" · {abbr}" if abbr else "")
            self.sanction.addItem(label, sanction.code)
        self.sk = QLineEdit()
        self.sk.setPlaceholderText(self.tr("nomor SK (keputusan/sanksi)"))
        self.record_button = QPushButton(self.tr("Catat langkah"))
        self.record_button.clicked.connect(self.record_step)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b; font-weight: 600;")
        self.next_box = QGroupBox(self.tr("Langkah berikutnya"))
        next_form = QFormLayout(self.next_box)
        row = QHBoxLayout()
        row.addWidget(self.next_step, 2)
        row.addWidget(QLabel(self.tr("tanggal")))
        row.addWidget(self.step_date)
        next_form.addRow(self.tr("Langkah"), row)
        next_form.addRow(self.tr("Catatan"), self.note)
        next_form.addRow(self.tr("Sanksi"), self.sanction)
        next_form.addRow(self.tr("Nomor SK"), self.sk)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.record_button)
        next_form.addRow(buttons)
        self.next_step.currentIndexChanged.connect(self._step_changed)
        handling = QWidget()
        handling_layout = QVBoxLayout(handling)
        handling_layout.addWidget(self.step_table, 1)
        handling_layout.addWidget(self.next_box)

        self.evidence = RowsModel(EVIDENCE_HEADERS, parent=self)
        self.evidence_table = table(self.evidence, (260, 130, 80, 150))
        self.evidence_table.doubleClicked.connect(self.view_evidence)
        add = QPushButton(self.tr("Tambah berkas…"))
        view = QPushButton(self.tr("Lihat"))
        check = QPushButton(self.tr("Periksa keaslian"))
        add.clicked.connect(self.add_evidence)
        view.clicked.connect(self.view_evidence)
        check.clicked.connect(self.check_evidence)
        self.evidence_status = QLabel()
        evidence = QWidget()
        ev_layout = QVBoxLayout(evidence)
        ev_layout.addWidget(self.evidence_table, 1)
        ev_buttons = QHBoxLayout()
        for button in (add, view, check):
            ev_buttons.addWidget(button)
        ev_buttons.addWidget(self.evidence_status, 1)
        ev_layout.addLayout(ev_buttons)

        self.history = HistoryView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(handling, self.tr("Penanganan"))
        self.tabs.addTab(evidence, self.tr("Bukti"))
        self.tabs.addTab(self.history, self.tr("Riwayat pegawai"))
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.deadline)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        item = svc.case_item(self.ctx.conn, self.case_id)
        c = item.case
        form = rules.find_form(c.form_code)
        self.setWindowTitle(self.tr("Kasus {0}").format(c.number))
        self.title.setText(f"Kasus {c.number} — {c.emp_name}")
        ref = f" ({c.source_ref})" if c.source_ref else ""
        e = html.escape
        self.facts.setText(
            f"<b>Dilaporkan</b> {format_date(c.reported_on)} oleh {rules.source_label(c.source)}"
            f"{e(ref)}{' — ' + e(c.election) if c.election else ''}<br>"
            f"<b>Pegawai saat itu:</b> {e(c.emp_name)}, {ident_text(c) or '-'}; "
            f"{e(c.emp_jabatan) or '-'}, gol. {c.emp_golongan or '-'}, {e(c.emp_unit) or '-'}<br>"
            f"<b>Bentuk:</b> {form.code} ({form.kind_label}) — {e(c.form_other or form.text)}<br>"
            f"<b>Uraian:</b> {e(c.description) or '-'}"
        )
        if rules.is_ended(c.step):
            state = f"{rules.step_label(c.step)} ({format_date(c.step_on)}) — kasus telah berakhir."
            color = "#2e6b30"
        elif item.overdue:
            due = format_date(item.due) if item.due else "-"
            state = (
                f"Tahap: {rules.step_label(c.step)}. Langkah berikutnya seharusnya paling lambat "
                f"{due} — terlambat {item.overdue_days} hari."
            )
            color = "#a61b1b"
        else:
            due = format_date(item.due) if item.due else "-"
            state, color = (
                f"Tahap: {rules.step_label(c.step)}. Batas langkah berikutnya: {due}.",
                "#1f3a5f",
            )
        self.deadline.setText(state)
        self.deadline.setStyleSheet(f"color: {color}; font-weight: 600;")
        rows = []
        for s in c.steps:
            sanction = rules.find_sanction(s.sanction_code).text if s.sanction_code else ""
            rows.append((format_short(s.on_date), rules.step_label(s.step), s.note, sanction,
                         s.sk_number, s.operator))  # fmt: skip
        self.steps.set_rows(rows)
        self.next_step.blockSignals(True)
        self.next_step.clear()
        for step in rules.NEXT_STEPS[c.step]:
            self.next_step.addItem(rules.step_label(step), step)
        self.next_step.blockSignals(False)
        self.next_box.setEnabled(bool(rules.NEXT_STEPS[c.step]))
        self._step_changed()
        self.evidence.set_rows(
            [
                (e.file_name, e.mime, size_text(e.size), e.sha256[:16] + "…", e.added_at[:10])
                for e in c.evidence
            ]
        )
        self.evidence_ids = [e.id for e in c.evidence]
        self.history.show_employee(c.employee_id, highlight_case=c.id)

    def _step_changed(self) -> None:
        step = self.next_step.currentData()
        self.sanction.setEnabled(step == "sanction")
        self.sk.setEnabled(step in ("decision", "sanction"))

    def record_step(self) -> None:
        step = self.next_step.currentData()
        if not step:
            return
        try:
            svc.update_step(
                self.ctx.conn, self.case_id, str(step), picked_date(self.step_date),
                note=self.note.text(),
                sanction=str(self.sanction.currentData()) if step == "sanction" else "",
                sk_number=self.sk.text() if self.sk.isEnabled() else "",
            )  # fmt: skip
        except UserError as exc:
            self.message.setText(f"{exc.message} {exc.hint}".strip())
            return
        self.message.clear()
        self.note.clear()
        self.sk.clear()
        self.reload()
        self.changed.emit()

    def _selected_evidence(self) -> int | None:
        rows = self.evidence_table.selectionModel().selectedRows()
        return self.evidence_ids[rows[0].row()] if rows else None

    def add_evidence(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Pilih berkas bukti"), EVIDENCE_FILTER, kind="bukti"
        )
        self.add_evidence_files([Path(p) for p in paths])

    def add_evidence_files(self, paths: list[Path]) -> None:
        try:
            for path in paths:
                case_evidence.add_evidence_file(self.ctx.conn, self.case_id, path)
        except UserError as exc:
            self.ctx.interaction.error(self.tr("Bukti tidak disimpan"), exc.message, exc.hint)
        self.reload()
        self.changed.emit()

    def view_evidence(self) -> None:
        evidence_id = self._selected_evidence()
        if evidence_id is None:
            return
        try:
            row, data = case_evidence.read_evidence(self.ctx.conn, evidence_id)
        except UserError as exc:
            self.ctx.interaction.error(self.tr("Bukti tidak dapat dibuka"), exc.message, exc.hint)
            return
        if row.mime.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                ImageDialog(row.file_name, pixmap, self).exec()
                return
        folder = Path(tempfile.mkdtemp(prefix="ikrar-bukti-"))
        target = folder / row.file_name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def check_evidence(self) -> None:
        checks = case_evidence.verify_evidence(self.ctx.conn, self.case_id)
        bad = [c.evidence.file_name for c in checks if not c.ok]
        if bad:
            self.evidence_status.setStyleSheet("color: #a61b1b; font-weight: 600;")
            self.evidence_status.setText(
                self.tr("Tidak cocok dengan sidik saat diunggah: ") + ", ".join(bad)
            )
        else:
            self.evidence_status.setStyleSheet("color: #2e6b30; font-weight: 600;")
            self.evidence_status.setText(
                self.tr("{0} berkas utuh (SHA-256 cocok).").format(len(checks))
            )


class ImageDialog(QDialog):
    """An image evidence file shown inside the program."""

    def __init__(self, name: str, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.resize(min(pixmap.width() + 40, 1100), min(pixmap.height() + 60, 760))
        label = QLabel()
        label.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(label)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
