"""Tindak lanjut per OPD: the letters of an event (number, deadline, reply, overdue), print
them, the report upward, and record an OPD's reply."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import followup
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.table_model import AnyIndex

HEADERS = ("Unit Kerja (OPD)", "Nomor surat", "Tanggal", "Batas waktu", "Dicantumkan",
           "Belum TTD kini", "Balasan")  # fmt: skip


class LettersModel(RowsModel):
    """The letters; an overdue one (no reply past its deadline) in red."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(HEADERS, parent=parent)
        self.overdue: set[int] = set()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and (index.row() in self.overdue)
        ):
            return QBrush(QColor("#b00020"))
        return super().data(index, role)


class FollowUpDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.rows: list[followup.LetterStatus] = []
        self._operations: set[Operation] = set()
        self.setWindowTitle(self.tr("Tindak lanjut per OPD"))
        self.resize(980, 560)
        self.model = LettersModel(self)
        self.table = list_table(self.model, "followupTable", single=True, stretch_last=True)
        for col, width in enumerate((280, 160, 90, 90, 90, 100)):
            self.table.setColumnWidth(col, width)
        self.summary = QLabel()
        self.summary.setObjectName("followupSummary")
        self.print_button = QPushButton(self.tr("Cetak surat tindak lanjut…"))
        self.print_button.setToolTip(self.tr("Satu surat per OPD yang masih punya pegawai belum "
                                             "menandatangani, dengan lembar paktanya"))  # fmt: skip
        self.print_button.clicked.connect(self._choose_letters)
        self.report_button = QPushButton(self.tr("Cetak laporan pelaksanaan…"))
        self.report_button.clicked.connect(self._choose_report)
        self.reply_date = QDateEdit(QDate.currentDate())
        self.reply_date.setCalendarPopup(True)
        self.reply_date.setDisplayFormat("dd-MM-yyyy")
        self.reply_number = QLineEdit()
        self.reply_number.setPlaceholderText(self.tr("mis. 800/123/DISDIK/2024"))
        self.reply_done = QSpinBox()
        self.reply_done.setRange(0, 1_000_000)
        self.reply_button = QPushButton(self.tr("Catat balasan"))
        self.reply_button.clicked.connect(self.record_reply)
        form_box = QGroupBox(self.tr("Balasan OPD terpilih"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Tanggal surat balasan"), self.reply_date)
        form.addRow(self.tr("Nomor surat balasan"), self.reply_number)
        form.addRow(self.tr("Lembar pakta selesai"), self.reply_done)
        form.addRow("", self.reply_button)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.refresh()

    def refresh(self) -> None:
        self.rows = followup.letter_status(self.ctx.conn, self.event_id)
        self.model.overdue = {i for i, s in enumerate(self.rows) if s.overdue}
        self.model.set_rows([self._cells(s) for s in self.rows])
        late = len(self.model.overdue)
        self.summary.setText(
            self.tr("%d surat · %d sudah dibalas · %d terlambat")
            % (len(self.rows), sum(1 for s in self.rows if s.reply), late)
            if self.rows else self.tr("Belum ada surat tindak lanjut untuk kegiatan ini.")
        )  # fmt: skip
        self._selected()

    def _cells(self, s: followup.LetterStatus) -> list[object]:
        r = s.reply
        if r is not None:
            answer = self.tr("%s · %s · %d selesai") % (_day(r.reply_date), r.reply_number,
                                                         r.completed)  # fmt: skip
        else:
            answer = self.tr("TERLAMBAT — belum dibalas") if s.overdue else self.tr("belum")
        return [s.letter.unit_name or "(tanpa unit)", s.letter.number, _day(s.letter.letter_date),
                _day(s.letter.deadline), s.letter.listed, s.still_out, answer]  # fmt: skip

    def current(self) -> followup.LetterStatus | None:
        row = self.table.currentIndex().row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        chosen = self.current()
        self.reply_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.reply_done.setMaximum(chosen.letter.listed)

    def record_reply(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        picked = self.reply_date.date()
        try:
            followup.record_reply(
                self.ctx.conn, self.event_id, chosen.letter.unit_name,
                reply_date=date(picked.year(), picked.month(), picked.day()),
                number=self.reply_number.text(), completed=self.reply_done.value(),
            )  # fmt: skip
        except UserError as exc:
            self.ctx.interaction.error(self.tr("Balasan tidak dicatat"), exc.message, exc.hint)
            return
        row = self.table.currentIndex().row()
        self.reply_number.clear()
        self.refresh()
        self.table.selectRow(row)

    # --- printing ------------------------------------------------------------------------------
    def _choose_letters(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan surat tindak lanjut"),
                                      "surat-tindak-lanjut.pdf", "PDF (*.pdf)", "pdf")  # fmt: skip
        if path:
            self.print_to(Path(path), "tindak-lanjut")

    def _choose_report(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan laporan pelaksanaan"),
                                      "laporan-pelaksanaan.pdf", "PDF (*.pdf)", "pdf")  # fmt: skip
        if path:
            self.print_to(Path(path), "laporan")

    def print_to(self, path: Path, kind: str) -> Operation:
        """All letters in one file (or the report upward), off the GUI thread."""
        event_id = self.event_id

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                if kind == "laporan":
                    from ikrar_desktop.services.report_upward import print_report

                    return print_report(conn, event_id, path, progress=progress,
                                        cancel=cancel.is_set)  # fmt: skip
                return followup.print_followup(conn, event_id, path, progress=progress,
                                               cancel=cancel.is_set)  # fmt: skip
            finally:
                conn.close()

        op = Operation(job, self, self.tr("Mencetak…"))
        self._operations.add(op)
        op.finished.connect(lambda _r: self._printed(op, path))
        op.failed.connect(lambda exc: self._failed(op, exc))
        return op.start()

    def _printed(self, op: Operation, path: Path) -> None:
        self._operations.discard(op)
        self.refresh()
        self.ctx.interaction.inform(self.tr("Cetak selesai"), self.tr("Disimpan ke %s.") % path)

    def _failed(self, op: Operation, exc: object) -> None:
        self._operations.discard(op)
        if isinstance(exc, UserError):
            self.ctx.interaction.error(self.tr("Cetak gagal"), exc.message, exc.hint)
        elif isinstance(exc, BaseException):
            raise exc


def _day(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}" if len(iso) >= 10 else iso
