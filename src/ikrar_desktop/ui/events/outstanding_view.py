"""Laporan → "Lembar pakta kembali": sheets sent, returned and still out per OPD, and who."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.services import pakta_outstanding
from ikrar_desktop.services.pakta_outstanding import Outstanding
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress, show_failure
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.translate import QT_TR_NOOP
from ikrar_desktop.ui.common.unit_filter import refill_units
from ikrar_desktop.ui.events.people_dialogs import _ident

UNIT_HEADERS = (
    (QT_TR_NOOP("Unit Kerja (OPD)"), ""),
    (QT_TR_NOOP("Dikirim"), QT_TR_NOOP("Lembar pakta yang harus ditandatangani")),
    (QT_TR_NOOP("Kembali"), QT_TR_NOOP("Sudah kembali bertanda tangan (di acara dan susulan)")),
    (QT_TR_NOOP("Susulan"), QT_TR_NOOP("Di antaranya ditandatangani sesudah hari kegiatan")),
    (QT_TR_NOOP("Belum kembali"), ""),
    (QT_TR_NOOP("% Kembali"), ""),
)
PEOPLE_HEADERS = (
    QT_TR_NOOP("Unit Kerja (OPD)"),
    QT_TR_NOOP("Nama"),
    QT_TR_NOOP("NIP / NIK"),
    QT_TR_NOOP("Jabatan"),
    QT_TR_NOOP("Gol."),
    QT_TR_NOOP("Kehadiran"),
)


def percent_text(value: float) -> str:
    return f"{value:.1f}%".replace(".", ",")


class OutstandingView(QWidget):
    """One event's pakta sheets per OPD (numbers) above the list of who is still out; the
    list and both exports follow the OPD chosen (or all)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ikrar_desktop.ui.events.reports_page import (
            NumbersModel,  # the page imports this module
        )

        self.ctx = ctx
        self.event_id: int | None = None
        self.data: Outstanding | None = None
        self.open_file: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(p))
        )

        self.summary = QLabel()
        self.summary.setObjectName("outstandingSummary")
        self.summary.setWordWrap(True)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("outstandingUnit")
        self.unit_combo.setMinimumWidth(300)
        self.save_button = QPushButton(self.tr("Simpan xlsx…"))
        self.save_button.setObjectName("outstandingXlsx")
        self.save_button.setToolTip(self.tr("Lembar Per OPD dan Belum Kembali, siap dikirim"))
        self.save_button.clicked.connect(lambda: self.ask_and_save("xlsx"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("outstandingPdf")
        self.print_button.setToolTip(self.tr("PDF berkop: jumlah per OPD, lalu siapa yang belum"))
        self.print_button.clicked.connect(lambda: self.ask_and_save("pdf"))

        self.unit_model = NumbersModel(UNIT_HEADERS, self)
        self.unit_table = list_table(self.unit_model, "outstandingUnits", stretch_last=False)
        header = self.unit_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_table.clicked.connect(self._unit_clicked)
        self.people_model = RowsModel(PEOPLE_HEADERS, parent=self)
        self.people_table = list_table(self.people_model, "outstandingPeople", single=False)
        for col, width in enumerate((230, 250, 160, 220, 50)):
            self.people_table.setColumnWidth(col, width)
        self.people_count = QLabel()
        self.people_count.setObjectName("outstandingCount")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("OPD:")))
        bar.addWidget(self.unit_combo)
        bar.addWidget(self.people_count, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.people_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.unit_table)
        split.addWidget(lower)
        split.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.unit_combo.currentIndexChanged.connect(self.show_people)

    # --- showing -------------------------------------------------------------------------------
    def show_event(self, event_id: int | None) -> None:
        """Reload the numbers and the list (the OPD chosen stays chosen)."""
        self.event_id = event_id
        has = event_id is not None
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        if event_id is None:
            self.data = None
            self.unit_model.set_rows([])
            self.summary.setText("")
            self._fill_units([])
            return
        self.data = data = pakta_outstanding.outstanding(self.ctx.conn, event_id)
        self.unit_model.set_rows([
            (u.unit, u.sent, u.returned, u.susulan, u.out, percent_text(u.percent_returned))
            for u in [*data.units, data.total]
        ])  # fmt: skip
        t = data.total
        self.summary.setText(
            self.tr("Lembar pakta dikirim <b>%s</b> · sudah kembali <b>%s</b> (%s; %s susulan) · "
                    "<b>belum kembali %s</b>. Klik satu OPD untuk melihat siapa saja.")
            % (thousands(t.sent), thousands(t.returned), percent_text(t.percent_returned),
               thousands(t.susulan), thousands(t.out))
        )  # fmt: skip
        self._fill_units([u.unit for u in data.units if u.out])

    def _fill_units(self, units: list[str]) -> None:
        refill_units(self.unit_combo, units, self.tr("Semua OPD"))
        self.show_people()

    def _unit_clicked(self) -> None:
        rows = self.unit_table.selectionModel().selectedRows()
        if rows and self.data is not None and rows[0].row() < len(self.data.units):
            found = self.unit_combo.findData(self.data.units[rows[0].row()].unit)
            self.unit_combo.setCurrentIndex(max(found, 0))  # an OPD with nobody out: all

    def unit(self) -> str | None:
        value = self.unit_combo.currentData()
        return str(value) if value is not None else None

    def show_people(self) -> None:
        chosen = self.unit()
        units = self.data.units if self.data is not None else []
        rows = [
            (u.unit, o.display_name, _ident(o.nip, o.nik), o.jabatan, o.golongan or "",
             rules.status_label(o.status))
            for u in units
            if chosen is None or u.unit == chosen
            for o in u.people
        ]  # fmt: skip
        self.people_model.set_rows(rows)
        self.people_count.setText(self.tr("%s lembar belum kembali") % thousands(len(rows)))

    # --- saving --------------------------------------------------------------------------------
    def ask_and_save(self, kind: str) -> None:
        if self.event_id is None:
            return
        unit = self.unit()
        stem = "pakta-belum-kembali"
        if unit:
            stem += "-" + "".join(c if c.isalnum() else "-" for c in unit).lower()
        title, pattern, folder_kind = (
            (self.tr("Simpan xlsx"), "Excel (*.xlsx)", "excel")
            if kind == "xlsx"
            else (self.tr("Cetak ke PDF"), self.tr("Dokumen PDF (*.pdf)"), "pdf")
        )
        path = file_dialogs.save_file(self, title, f"{stem}.{kind}", pattern, folder_kind)
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.save_to(Path(path), kind)

    def save_to(self, path: Path, kind: str) -> Operation[object] | None:
        """The xlsx or the printable PDF of the OPD chosen (or all), off the GUI thread; the
        PDF opens in the system's viewer for printing."""
        event_id, unit = self.event_id, self.unit()
        if event_id is None:
            return None

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                if kind == "xlsx":
                    return pakta_outstanding.export_xlsx(conn, event_id, path, unit)
                return pakta_outstanding.print_pdf(conn, event_id, path, unit=unit)
            finally:
                conn.close()

        label = self.tr("Menyimpan xlsx…") if kind == "xlsx" else self.tr("Membuat PDF…")
        return Operation(
            job, self, label, cancellable=False, on_done=lambda _r: self._saved(path, kind),
            on_failed=lambda exc: self._failed(path, exc), interaction=self.ctx.interaction,
        ).start()  # fmt: skip

    def _saved(self, path: Path, kind: str) -> None:
        if kind == "pdf":
            self.open_file(path)
        else:
            self.ctx.interaction.inform(self.tr("Tersimpan"), self.tr("Disimpan ke %s.") % path)

    def _failed(self, path: Path, exc: BaseException) -> None:
        title = self.tr("Tidak dapat disimpan")
        if isinstance(exc, OSError):
            self.ctx.interaction.error(
                title,
                self.tr("Berkas %s tidak dapat ditulis: %s.") % (path, exc.strerror),
                self.tr("Tutup berkas itu bila sedang dibuka, atau pilih folder lain."),
            )
        else:
            show_failure(exc, self.ctx.interaction, title)
