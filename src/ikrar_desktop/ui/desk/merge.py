"""Live merge screen: desks merged, actions received, conflicts to confirm, the recap updating."""

from __future__ import annotations

import html
import sqlite3
import sys
import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_time
from ikrar_desktop.domain.desk_merge import CONFLICT_LABELS, instant
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import desk_conflicts, desk_report, desk_returns, recap
from ikrar_desktop.services import events as event_service
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress
from ikrar_desktop.ui.common.rows_model import RowsModel

if TYPE_CHECKING:
    from ikrar_desktop.context import AppContext

DESK_HEADERS = ("Meja", "Digabung", "Tindakan diterima", "Gabung terakhir", "Jam meja")
CONFLICT_HEADERS = ("No", "Status", "Pegawai", "Unit", "Jenis", "Rincian")
RECAP_HEADERS = ("Unit Kerja", "Wajib", "Hadir", "Izin dll.", "TK", "Belum", "% Hadir")
STATE_LABELS = {"open": "Perlu dicek", "confirmed": "Dikonfirmasi", "resolved": "Diputuskan"}


def _load(conn: sqlite3.Connection, ev: int) -> tuple[Any, Any]:
    """What the screen shows of an event: desks and conflicts, the recap per OPD."""
    return desk_conflicts.overview(conn, ev), recap.recap(conn, ev)


def _detail(c: dict[str, object]) -> str:
    """The conflict's text; a reopened one also says what was decided before."""
    note = str(c["decision"]) if c["state"] == "open" and c["decision"] else ""
    return f"{c['detail']}\n{note}" if note else str(c["detail"])


def _clock(text: str | None) -> str:
    return format_time(instant(text)) if text else "-"


def _table(model: RowsModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MergeDialog(QDialog):
    """Non-modal: packages arrive one flash drive at a time, the recap follows."""

    def __init__(self, ctx: AppContext, event_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gabungkan meja hadir"))
        self.resize(1180, 760)
        self.event_box = QComboBox()
        self.events = [s.event for s in event_service.list_events(ctx.conn)]
        for e in self.events:
            self.event_box.addItem(f"#{e.id} {e.title} ({e.date.isoformat()})", e.id)
        if event_id is not None:
            self.event_box.setCurrentIndex(max(0, self.event_box.findData(event_id)))
        self.event_box.currentIndexChanged.connect(self.refresh)
        self.merge_button = QPushButton(self.tr("Gabungkan berkas kembalian…"))
        self.merge_button.setObjectName("mergeFiles")
        self.merge_button.clicked.connect(self.choose_files)
        self.tolerance = QSpinBox()
        self.tolerance.setRange(1, 240)
        self.tolerance.setValue(5)
        self.tolerance.setSuffix(self.tr(" menit"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kegiatan:")))
        top.addWidget(self.event_box, 1)
        top.addWidget(QLabel(self.tr("Batas selisih jam:")))
        top.addWidget(self.tolerance)
        top.addWidget(self.merge_button)

        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.desks = RowsModel(DESK_HEADERS)
        self.conflicts = RowsModel(CONFLICT_HEADERS)
        self.recap = RowsModel(RECAP_HEADERS)
        self.conflict_view = _table(self.conflicts, (34, 90, 170, 120, 125))
        self.conflict_view.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Terima hasil gabungan"))
        self.confirm_button.clicked.connect(self.confirm)
        self.resolve_button = QPushButton(self.tr("Putuskan status lain…"))
        self.resolve_button.clicked.connect(self.resolve)
        self.conflict_title = QLabel()
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f3a5f;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.conflict_title, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.resolve_button)
        left = QVBoxLayout()
        left.addWidget(self._title(self.tr("Meja")))
        left.addWidget(_table(self.desks, (80, 70, 120, 100)), 1)
        left.addWidget(self._title(self.tr("Rekap per OPD")))
        left.addWidget(self.totals)
        left.addWidget(_table(self.recap, (170, 50, 50, 80, 40, 50)), 2)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(self.conflict_view, 1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addLayout(right, 7)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.conflict_ids: list[int] = []
        self.operations: set[Operation] = set()  # kept alive while they run
        self.refresh()

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; color: #1f3a5f; font-size: 11pt;")
        return label

    def event_id(self) -> int | None:
        value = self.event_box.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        ev = self.event_id()
        if ev is None:
            self.message.setText(self.tr("Belum ada kegiatan."))
            return
        self._show(_load(self.ctx.conn, ev))

    def _show(self, loaded: tuple[Any, Any]) -> None:
        view, r = loaded
        self.desks.set_rows([
            (d.desk, d.merges, d.received, _clock(d.last_merge_at), self._clock_text(d.last_clock))
            for d in view.desks
        ])  # fmt: skip
        shown = [c for c in view.conflicts if c["state"] in STATE_LABELS]
        self.conflict_ids = [int(str(c["id"])) for c in shown]
        self.conflicts.set_rows([
            (c["id"], STATE_LABELS[str(c["state"])], c["name"], c["unit"],
             CONFLICT_LABELS.get(str(c["kind"]), c["kind"]), _detail(c))
            for c in shown
        ])  # fmt: skip
        self.conflicts.dim_rows = {i for i, c in enumerate(shown) if c["state"] != "open"}
        self.conflict_view.resizeRowsToContents()  # a handful of rows: cheap
        self.conflict_title.setText(
            self.tr("Konflik antarmeja: {n} perlu dicek").format(n=view.open_conflicts)
        )
        rows = []
        for u in [*r.units, r.total]:
            excused = u.izin + u.sakit + u.cuti + u.dinas_luar + u.tugas_belajar
            rows.append((u.unit, u.obliged, u.hadir, excused, u.tanpa_keterangan, u.belum,
                         f"{u.percent_present:.1f}%"))  # fmt: skip
        self.recap.set_rows(rows)
        t = r.total
        self.totals.setText(
            self.tr("Hadir {h} dari {w} ({p:.1f}%) · belum tercatat {b}").format(
                h=t.hadir, w=t.obliged, p=t.percent_present, b=t.belum
            )
        )

    def _clock_text(self, clock: dict[str, object]) -> str:
        if not clock:
            return "-"
        if clock.get("flagged"):
            minutes = round(-int(str(clock.get("suggested_shift_seconds", 0))) / 60)
            return self.tr("selisih ±{m} menit").format(m=abs(minutes))
        return self.tr("sesuai")

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Pilih berkas kembalian meja"),
            self.tr("Berkas kembalian meja (*.ikrarkembali);;Semua berkas (*)"), kind="meja",
        )  # fmt: skip
        if paths:
            self.merge(paths)

    def merge(self, paths: list[str], shift: timedelta | None = None) -> Operation:
        """Merge in the background on a connection of its own (the merge, the conflicts and
        the recap are read there too); the screen shows the outcome when it is done."""
        ev, ctx = self.event_id(), self.ctx
        tolerance = timedelta(minutes=self.tolerance.value())

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = ctx.new_connection()
            try:
                reports = desk_returns.merge_files(
                    conn, paths, event_id=ev, shift=shift, tolerance=tolerance
                )
                people = desk_report.merge_people(conn, reports)
                return reports, people, (_load(conn, ev) if ev is not None else None)
            finally:
                conn.close()

        self.merge_button.setEnabled(False)
        self.message.setText(self.tr("Menggabungkan berkas kembalian…"))
        op = Operation(job, self)
        self.operations.add(op)
        op.finished.connect(lambda result: self._merged(op, result, shift, ev))
        op.failed.connect(lambda exc: self._merge_failed(op, exc))
        return op.start()

    def _merged(self, op: Operation, result: Any, shift: timedelta | None, ev: int | None) -> None:
        self.operations.discard(op)
        self.merge_button.setEnabled(True)
        reports, people, loaded = result
        lines = []
        for r in reports:
            if r.refused:
                lines.append(f"<b>Ditolak</b> {r.file}: {r.refused} {r.hint}")
                continue
            lines.append(f"{r.desk}: {r.new} tindakan baru, {r.duplicate} sudah ada.")
            if r.clock is not None and r.clock.flagged:
                lines.append(f"<b>Perhatian:</b> {r.clock.message(r.desk)}")
                if shift is None and self._ask_shift(r):
                    self.merge([r.file], r.clock.suggested_shift)
                    return
        if people:  # each person once, with every desk's actions
            lines.append(self.tr("<b>Konflik antarmeja, {n} orang:</b>").format(n=len(people)))
            lines += [html.escape(p.text()) for p in people]
        self.message.setText("<br>".join(lines))
        if loaded is not None and self.event_id() == ev:  # read right after the merge
            self._show(loaded)
        else:
            self.refresh()

    def _merge_failed(self, op: Operation, exc: object) -> None:
        self.operations.discard(op)
        self.merge_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.message.setText(f"<b>Tidak dapat digabung:</b> {html.escape(exc.message)}")
        else:
            self.message.setText("")
            if isinstance(exc, BaseException):
                sys.excepthook(type(exc), exc, exc.__traceback__)

    def _ask_shift(self, report: desk_returns.MergeReport) -> bool:
        assert report.clock is not None
        minutes = round(report.clock.suggested_shift.total_seconds() / 60)
        return self.ctx.interaction.confirm(
            self.tr("Jam meja berbeda"),
            self.tr("{msg}\n\nGeser waktu tindakan {desk} sebanyak {m} menit? (Tindakan yang "
                    "sudah tergabung tetap; geseran dicatat.)").format(
                msg=report.clock.message(report.desk), desk=report.desk, m=minutes),
        )  # fmt: skip

    def _selected(self) -> int | None:
        rows = self.conflict_view.selectionModel().selectedRows()
        return self.conflict_ids[rows[0].row()] if rows else None

    def confirm(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(lambda: desk_conflicts.confirm_conflict(self.ctx.conn, chosen))

    def resolve(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        labels = [rules.STATUS_LABELS[s] for s in rules.STATUSES]
        label, ok = QInputDialog.getItem(self, self.tr("Putuskan status"), self.tr("Status:"),
                                         labels, 0, False)  # fmt: skip
        if ok:
            slug = rules.STATUSES[labels.index(label)]
            self._run(lambda: desk_conflicts.resolve_conflict(self.ctx.conn, chosen, slug))

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except UserError as err:
            self.ctx.interaction.error(self.tr("Tidak dapat dilanjutkan"), err.message, err.hint)
        self.refresh()
