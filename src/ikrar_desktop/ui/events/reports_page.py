"""Laporan page: recap per OPD of one event, who has not signed, the matrix across events."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.services import recap as recap_service
from ikrar_desktop.services.recap import Recap, RecapRow
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress, show_failure
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.common.list_table import list_table
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.translate import QT_TR_NOOP, tr
from ikrar_desktop.ui.common.unit_filter import refill_units
from ikrar_desktop.ui.events.outstanding_view import OutstandingView
from ikrar_desktop.ui.events.people_dialogs import _ident
from ikrar_desktop.ui.events.picker import fill_event_combo

AnyIndex = QModelIndex | QPersistentModelIndex
RECAP_HEADERS = (
    (QT_TR_NOOP("Unit Kerja (OPD)"), ""),
    (QT_TR_NOOP("Wajib"), ""),
    (QT_TR_NOOP("Hadir"), ""),
    (QT_TR_NOOP("Izin"), ""),
    (QT_TR_NOOP("Sakit"), ""),
    (QT_TR_NOOP("Cuti"), ""),
    (QT_TR_NOOP("DL"), QT_TR_NOOP("Dinas Luar")),
    (QT_TR_NOOP("TB"), QT_TR_NOOP("Tugas Belajar")),
    (QT_TR_NOOP("TK"), QT_TR_NOOP("Tanpa Keterangan")),
    (QT_TR_NOOP("Belum"), QT_TR_NOOP("Belum tercatat")),
    (QT_TR_NOOP("TTD acara"), QT_TR_NOOP("Pakta ditandatangani di acara")),
    (QT_TR_NOOP("Susulan"), QT_TR_NOOP("Pakta ditandatangani sesudah acara")),
    (QT_TR_NOOP("Belum TTD"), QT_TR_NOOP("Belum menandatangani")),
    (QT_TR_NOOP("% Hadir"), ""),
    (QT_TR_NOOP("% TTD"), QT_TR_NOOP("Di acara dan susulan, dari yang wajib")),
)
LIST_HEADERS = (
    QT_TR_NOOP("Unit Kerja (OPD)"),
    QT_TR_NOOP("Nama"),
    QT_TR_NOOP("NIP / NIK"),
    QT_TR_NOOP("Jabatan"),
    QT_TR_NOOP("Gol."),
    QT_TR_NOOP("Kehadiran"),
)


def percent_text(value: float) -> str:
    """89.6 → '89,6%' (Indonesian decimal comma)."""
    return f"{value:.1f}%".replace(".", ",")


def recap_cells(row: RecapRow) -> tuple[object, ...]:
    return (
        row.unit, row.obliged, row.hadir, row.izin, row.sakit, row.cuti, row.dinas_luar,
        row.tugas_belajar, row.tanpa_keterangan, row.belum, row.signed, row.susulan,
        row.not_signed, percent_text(row.percent_present), percent_text(row.percent_signed),
    )  # fmt: skip


class NumbersModel(QAbstractTableModel):
    """Read-only rows whose first column is a name and the rest numbers; the last row may be
    a bold total."""

    def __init__(self, headers: Sequence[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Sequence[object]] = []
        self.total_last = False

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        total_last: bool = True,
        headers: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        self.rows = list(rows)
        self.total_last = total_last and bool(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        label, tip = self.headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(label)  # marked QT_TR_NOOP
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(tip or label)
        return None

    def value(self, row: int, column: int) -> object:
        return self.rows[row][column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        total = self.total_last and index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return thousands(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(QColor("#e8eef6"))
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    return list_table(model, name, single=False, stretch_last=False)


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Recap | None = None

        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(420)
        self.summary = QLabel()
        self.summary.setObjectName("recapSummary")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Ekspor rekap ke Excel…"))
        self.export_button.setToolTip(self.tr("Lembar Rekap per OPD dan lembar Belum TTD"))
        self.export_button.clicked.connect(lambda: self.export("recap"))
        self.followup_button = QPushButton(self.tr("Tindak lanjut per OPD…"))
        self.followup_button.setToolTip(self.tr("Surat tindak lanjut, balasan OPD, dan laporan "
                                                "pelaksanaan"))  # fmt: skip
        self.followup_button.clicked.connect(self.open_followup)

        self.recap_model = NumbersModel(RECAP_HEADERS, self)
        self.recap_table = _table(self.recap_model, "recapTable")
        header = self.recap_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(300)
        self.list_model = RowsModel(LIST_HEADERS, parent=self)
        self.list_table = _table(self.list_model, "notSignedTable")
        self.list_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((230, 250, 160, 220, 50)):
            self.list_table.setColumnWidth(col, width)
        self.list_count = QLabel()
        self.list_export = QPushButton(self.tr("Ekspor daftar ini ke Excel…"))
        self.list_export.clicked.connect(lambda: self.export("list"))
        list_tab = QWidget()
        list_bar = QHBoxLayout()
        list_bar.addWidget(QLabel(self.tr("OPD:")))
        list_bar.addWidget(self.unit_combo)
        list_bar.addWidget(self.list_count)
        list_bar.addStretch(1)
        list_bar.addWidget(self.list_export)
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(list_bar)
        list_layout.addWidget(self.list_table, 1)

        self.matrix_model = NumbersModel([], self)
        self.matrix_table = _table(self.matrix_model, "matrixTable")
        self.matrix_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.matrix_table.horizontalHeader().setMinimumSectionSize(60)
        matrix_tab = QWidget()
        matrix_layout = QVBoxLayout(matrix_tab)
        note = QLabel(
            self.tr("Setiap sel: <b>wajib → hadir → sudah TTD</b> (di acara atau susulan), "
                    "menurut unit kerja pada hari kegiatan. Kolom Pegawai aktif = registri "
                    "saat ini.")
        )  # fmt: skip
        note.setWordWrap(True)
        matrix_layout.addWidget(note)
        matrix_layout.addWidget(self.matrix_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.recap_table, self.tr("Rekap per OPD"))
        self.tabs.addTab(list_tab, self.tr("Belum tanda tangan"))
        self.tabs.addTab(matrix_tab, self.tr("Kelengkapan antar-kegiatan"))
        self.outstanding = OutstandingView(ctx)
        self.tabs.addTab(self.outstanding, self.tr("Lembar pakta kembali"))

        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kegiatan:")))
        bar.addWidget(self.event_combo, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.followup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.event_combo.currentIndexChanged.connect(self.show_event)
        self.unit_combo.currentIndexChanged.connect(self.show_list)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the events (keeping the one chosen), its recap and the matrix."""
        fill_event_combo(self.event_combo, self.ctx.conn, with_state=True)
        has = self.event_combo.count() > 0
        self.export_button.setEnabled(has)
        self.followup_button.setEnabled(has)
        self.list_export.setEnabled(has)
        self.show_event()
        self.show_matrix()

    def open_followup(self) -> None:
        """The Tindak lanjut dialog of the chosen event (letters, replies, report upward)."""
        from ikrar_desktop.ui.events.followup_dialog import FollowUpDialog

        event_id = self.event_id()
        if event_id is not None:
            self.followup_dialog = FollowUpDialog(self.ctx, event_id, self)
            self.followup_dialog.open()

    def event_id(self) -> int | None:
        value = self.event_combo.currentData()
        return int(value) if value is not None else None

    def show_event(self) -> None:
        event_id = self.event_id()
        if event_id is None:
            self.data = None
            self.recap_model.set_rows([])
            self.summary.setText(self.tr("Belum ada kegiatan. Buat kegiatan di halaman Kegiatan."))
            self._fill_units([])
            self.outstanding.show_event(None)
            return
        self.data = recap_service.recap(self.ctx.conn, event_id)
        rows = [recap_cells(r) for r in [*self.data.units, self.data.total]]
        self.recap_model.set_rows(rows)
        t = self.data.total
        extra = self.tr(" · tidak wajib %s") % thousands(t.tidak_wajib) if t.tidak_wajib else ""
        self.summary.setText(
            self.tr("Wajib <b>%s</b> · hadir <b>%s</b> (%s) · pakta ditandatangani <b>%s</b> di "
                    "acara + <b>%s</b> susulan (%s) · belum TTD <b>%s</b>")
            % (thousands(t.obliged), thousands(t.hadir), percent_text(t.percent_present),
               thousands(t.signed), thousands(t.susulan), percent_text(t.percent_signed),
               thousands(t.not_signed))
            + extra
        )  # fmt: skip
        self._fill_units([u.unit for u in self.data.units if u.not_signed])
        self.outstanding.show_event(event_id)

    def _fill_units(self, units: list[str]) -> None:
        refill_units(self.unit_combo, units, self.tr("Semua OPD"))
        self.show_list()

    def show_list(self) -> None:
        event_id = self.event_id()
        people = (
            recap_service.not_signed(self.ctx.conn, event_id, self.unit_combo.currentData())
            if event_id is not None
            else {}
        )
        rows = [
            (unit, o.display_name, _ident(o.nip, o.nik), o.jabatan, o.golongan or "",
             rules.status_label(o.status))
            for unit, group in people.items()
            for o in group
        ]  # fmt: skip
        self.list_model.set_rows(rows)
        self.list_count.setText(self.tr("%s orang belum TTD") % thousands(len(rows)))

    def show_matrix(self) -> None:
        data = recap_service.completeness(self.ctx.conn)
        headers = [(self.tr("Unit Kerja (OPD)"), ""), (self.tr("Pegawai aktif"), "")]
        for e in data.events:
            short = e.title if len(e.title) <= 28 else e.title[:27] + "…"
            headers.append((f"{format_short(e.date)}\n{short}", e.title))

        def cells(r: recap_service.MatrixRow) -> list[object]:
            out: list[object] = [r.unit, r.roster]
            for e in data.events:
                c = r.cells.get(e.id)
                out.append(
                    f"{thousands(c.obliged)} → {thousands(c.present)} → {thousands(c.signed)}"
                    if c and c.obliged
                    else "—"
                )
            return out

        self.matrix_model.set_rows([cells(r) for r in [*data.rows, data.total]], headers=headers)
        header = self.matrix_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.matrix_table.setColumnWidth(0, 320)  # long OPD names would push events off screen

    # --- export ------------------------------------------------------------------------------
    def export(self, what: str) -> None:
        event_id = self.event_id()
        if event_id is None:
            return
        unit = self.unit_combo.currentData() if what == "list" else None
        suggested = "rekap-kegiatan.xlsx" if what == "recap" else "belum-ttd.xlsx"
        if unit:
            suggested = f"belum-ttd-{unit}.xlsx".replace("/", "-")
        path = file_dialogs.save_file(
            self, self.tr("Ekspor ke Excel"), suggested, "Excel (*.xlsx)", kind="excel"
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path), what, unit)

    def export_to(self, path: Path, what: str, unit: str | None = None) -> Operation[Path] | None:
        """Write the recap (both sheets) or the not-signed list off the GUI thread."""
        event_id = self.event_id()
        if event_id is None:
            return None

        def job(progress: Progress, cancel: threading.Event) -> Path:
            conn = self.ctx.new_connection()
            try:
                if what == "recap":
                    return recap_service.export_recap_xlsx(conn, event_id, path)
                return recap_service.export_not_signed_xlsx(conn, event_id, path, unit)
            finally:
                conn.close()

        return Operation(
            job, self, self.tr("Mengekspor ke Excel…"), cancellable=False,
            on_done=lambda _r: self._exported(path),
            on_failed=lambda exc: self._export_failed(path, exc), interaction=self.ctx.interaction,
        ).start()  # fmt: skip

    def _exported(self, path: Path) -> None:
        self.ctx.interaction.inform(self.tr("Ekspor selesai"), self.tr("Disimpan ke %s.") % path)

    def _export_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.ctx.interaction.error(
                self.tr("Ekspor gagal"),
                self.tr("Berkas %s tidak dapat ditulis: %s.") % (path, exc.strerror),
                self.tr("Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain."),
            )
        else:
            show_failure(exc, self.ctx.interaction, self.tr("Ekspor gagal"))
