"""An employee's history: pledges and pakta signatures from the events beside their cases."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView, QVBoxLayout, QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.domain.attendance import kind_label, status_label
from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.services import cases as svc
from ikrar_desktop.ui.common.rows_model import RowsModel

HEADERS = ("Tanggal", "Jenis", "Keterangan", "Status", "Unit Kerja (saat itu)")


def history_rows(hist: svc.History) -> list[tuple[object, ...]]:
    """Newest first: each pledge event and each case as one line."""
    rows: list[tuple[object, ...]] = []
    for p in hist.pledges:
        if not p.obliged:
            state = "Tidak wajib"
        elif p.pakta_signed:
            state = "Pakta ditandatangani" + (" (susulan)" if p.pakta_where == "susulan" else "")
        else:
            state = f"{status_label(p.status)}; pakta belum ditandatangani"
        rows.append((p.date, kind_label(p.kind), p.title, state, p.unit))
    for c in hist.cases:
        form = rules.find_form(c.form_code)
        sanction = f" — {rules.find_sanction(c.sanction_code).text}" if c.sanction_code else ""
        what = f"{form.code}: {c.form_other or form.text}"
        rows.append(
            (
                c.reported_on,
                f"Kasus {c.number}",
                what,
                rules.step_label(c.step) + sanction,
                c.emp_unit,
            )
        )
    rows.sort(key=lambda r: str(r[0]), reverse=True)  # ISO dates sort as text
    return [(format_short(r[0]), *r[1:]) for r in rows]  # type: ignore[arg-type]


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowsModel(HEADERS, parent=self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((85, 170, 330, 220)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_employee(self, employee_id: int, highlight_case: int | None = None) -> None:
        hist = svc.history(self.ctx.conn, employee_id)
        signed = sum(1 for p in hist.pledges if p.pakta_signed)
        pakta = (
            f"menandatangani pakta integritas pada {signed} kegiatan"
            if signed
            else "belum pernah tercatat menandatangani pakta integritas"
        )
        self.summary.setText(
            f"<b>{hist.name}</b>: {len(hist.pledges)} kegiatan ikrar/pakta, {pakta}; "
            f"{len(hist.cases)} kasus pengawasan."
        )
        self.model.set_rows(history_rows(hist))


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat pegawai"))
        self.resize(900, 460)
        self.view = HistoryView(ctx)
        self.view.show_employee(employee_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
