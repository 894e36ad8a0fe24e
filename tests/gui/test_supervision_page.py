"""The Pengawasan page as a clerk uses it: report a case, advance it, see what is late."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.cases.detail import CaseDetailDialog
from ikrar_desktop.ui.cases.dialog import CaseDialog
from ikrar_desktop.ui.cases.model import OVERDUE_BG, CaseTableModel
from ikrar_desktop.ui.cases.page import SupervisionPage
from ikrar_desktop.ui.common.rows_model import RowsModel


def seed(ctx: AppContext) -> list[int]:
    ids = []
    for nama, nip, unit in [
        ("Budi Santoso", "199003032015031003", "Dinas Pendidikan"),
        ("Siti Rahmawati, S.Kep.", "198502022010012002", "Dinas Kesehatan"),
    ]:
        ids.append(add_employee(ctx.conn, EmployeeDraft(nama=nama, nip=nip, unit=unit)).id)
    return ids


def test_models_pass_qtmodeltester(qtmodeltester: object, ctx: AppContext) -> None:
    budi, siti = seed(ctx)
    for emp in (budi, siti):
        svc.add_case(ctx.conn, svc.CaseDraft(emp, "KE-4", "bawaslu", "2024-01-05"))
    model = CaseTableModel()
    model.set_items(svc.list_cases(ctx.conn))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_add_case_through_the_dialog_then_advance_it(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    seed(ctx)
    page = SupervisionPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    scan = tmp_path / "bukti.pdf"
    scan.write_bytes(b"%PDF-1.4 bukti")
    opened: list[int] = []
    page.open_case = opened.append  # type: ignore[method-assign]

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CaseDialog)
        qtbot.keyClicks(dialog.employee.search, "budi")
        assert dialog.employee.employee_id is not None
        dialog.form.setCurrentIndex(dialog.form.findData("D-5"))
        dialog.source.setCurrentIndex(dialog.source.findData("lapor"))
        qtbot.keyClicks(dialog.ref, "LAPOR-2024-001")
        dialog.election.setCurrentText("Pilkada 2024")
        qtbot.keyClicks(dialog.description, "Tercatat sebagai pengurus partai")
        dialog.add_files([scan])
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, interact)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.add_case()
    assert page.model.rowCount() == 1
    case = page.model.item(0).case  # type: ignore[union-attr]
    assert opened == [case.id]
    assert (case.form_code, case.source, case.source_ref) == ("D-5", "lapor", "LAPOR-2024-001")
    assert case.emp_unit == "Dinas Pendidikan" and case.election == "Pilkada 2024"
    assert page.model.index(0, 2).data() == "Budi Santoso"

    detail = CaseDetailDialog(ctx, case.id)
    qtbot.addWidget(detail)
    assert detail.evidence.rowCount() == 1 and detail.steps.rowCount() == 1
    assert [detail.next_step.itemData(i) for i in range(detail.next_step.count())] == [
        "verified", "not-proven",
    ]  # fmt: skip
    with qtbot.waitSignal(detail.changed, timeout=2000):
        qtbot.keyClicks(detail.note, "Terbukti")
        qtbot.mouseClick(detail.record_button, Qt.MouseButton.LeftButton)
    assert svc.get_case(ctx.conn, case.id).step == "verified"
    assert detail.steps.rowCount() == 2 and detail.steps.rows[-1][1] == "Terverifikasi"
    assert not detail.sanction.isEnabled()
    detail.check_evidence()
    assert "1 berkas utuh" in detail.evidence_status.text()
    assert detail.history.model.rowCount() == 1  # the case itself; no pledge events yet


def test_a_step_out_of_order_shows_the_reason(qtbot: QtBot, ctx: AppContext) -> None:
    budi, _ = seed(ctx)
    made = svc.add_case(ctx.conn, svc.CaseDraft(budi, "KE-1", "bawaslu", date.today()))
    detail = CaseDetailDialog(ctx, made.id)
    qtbot.addWidget(detail)
    detail.step_date.setDate(detail.step_date.date().addDays(-3))
    qtbot.mouseClick(detail.record_button, Qt.MouseButton.LeftButton)
    assert "lebih awal dari tanggal langkah sebelumnya" in detail.message.text()
    assert svc.get_case(ctx.conn, made.id).step == "reported"


def test_overdue_row_is_highlighted_and_filters_work(qtbot: QtBot, ctx: AppContext) -> None:
    budi, siti = seed(ctx)
    late = svc.add_case(ctx.conn, svc.CaseDraft(budi, "KE-4", "bkn-sbt", "2024-01-05"))
    fresh = svc.add_case(ctx.conn, svc.CaseDraft(siti, "D-5", "temuan", date.today()))
    page = SupervisionPage(ctx)
    qtbot.addWidget(page)
    rows = {page.model.item(r).case.id: r for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    late_bg = page.model.index(rows[late.id], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert late_bg is not None and late_bg.color() == OVERDUE_BG
    assert page.model.index(rows[fresh.id], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.model.index(rows[late.id], CaseTableModel.DEADLINE).data().startswith("Terlambat")
    assert "1 terlambat" in page.count_label.text()

    page.state_filter.setCurrentIndex(page.state_filter.findData("overdue"))
    assert [page.model.item(r).case.id for r in range(page.model.rowCount())] == [late.id]  # type: ignore[union-attr]
    page.state_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("Dinas Kesehatan"))
    assert page.model.rowCount() == 1
    page.unit_filter.setCurrentIndex(0)
    page.form_filter.setCurrentIndex(page.form_filter.findData("kind:kode-etik"))
    assert page.model.rowCount() == 1 and page.model.item(0).case.id == late.id  # type: ignore[union-attr]
    assert page.chart.rows == [("Dinas Pendidikan", 1, 1)]


def test_history_rows_model(qtmodeltester: object, ctx: AppContext) -> None:
    from ikrar_desktop.ui.cases.history import HEADERS, history_rows

    budi, _ = seed(ctx)
    svc.add_case(ctx.conn, svc.CaseDraft(budi, "KE-4", "bawaslu", "2024-01-05"))
    model = RowsModel(HEADERS, history_rows(svc.history(ctx.conn, budi)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 1).data() == "Kasus 001/2024"


def test_export_from_the_page(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    budi, _ = seed(ctx)
    svc.add_case(ctx.conn, svc.CaseDraft(budi, "KE-4", "bawaslu", "2024-01-05"))
    page = SupervisionPage(ctx)
    qtbot.addWidget(page)
    out = tmp_path / "register.xlsx"
    with qtbot.waitSignal(page.export_to(out).finished, timeout=10000):
        pass
    assert out.exists()
    assert "1 kasus disimpan" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]
