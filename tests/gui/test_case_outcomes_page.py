"""Pengawasan page: a case not proven or sanctioned has ended; it is neither red nor running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.cases.deadlines import DeadlinesDialog
from ikrar_desktop.ui.cases.detail import CaseDetailDialog
from ikrar_desktop.ui.cases.model import OVERDUE_BG, CaseTableModel
from ikrar_desktop.ui.cases.page import SupervisionPage


def _people(ctx: AppContext) -> list[int]:
    return [
        add_employee(ctx.conn, EmployeeDraft(nama=nama, nip=nip, unit="Dinas Pendidikan")).id
        for nama, nip in (("Budi Santoso", "199003032015031003"),
                          ("Siti Aminah", "198502022010012002"),
                          ("Ahmad Ridwan", "198805052011011005"))
    ]  # fmt: skip


def test_ended_cases_are_not_late_on_the_page(qtbot: QtBot, ctx: AppContext) -> None:
    budi, siti, ahmad = _people(ctx)
    late = svc.add_case(ctx.conn, svc.CaseDraft(budi, "KE-4", "bkn-sbt", "2024-01-05")).id
    unproven = svc.add_case(ctx.conn, svc.CaseDraft(siti, "KE-1", "bawaslu", "2024-01-05")).id
    svc.update_step(ctx.conn, unproven, "not-proven", "2024-01-08")
    sanctioned = svc.add_case(ctx.conn, svc.CaseDraft(ahmad, "D-5", "temuan", "2024-01-05")).id
    for step, when, code in (("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""),
                             ("sanction", "2024-01-20", "B-4")):  # fmt: skip
        svc.update_step(ctx.conn, sanctioned, step, when, sanction=code)

    page = SupervisionPage(ctx)
    qtbot.addWidget(page)
    rows = {page.model.item(r).case.id: r for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    for ended in (unproven, sanctioned):
        index = page.model.index(rows[ended], CaseTableModel.DEADLINE)
        assert index.data() == "—"
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    late_bg = page.model.index(rows[late], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert late_bg is not None and late_bg.color() == OVERDUE_BG
    assert "3 kasus · 1 berjalan · 1 terlambat" in page.count_label.text()
    page.state_filter.setCurrentIndex(page.state_filter.findData("open"))
    assert [page.model.item(r).case.id for r in range(page.model.rowCount())] == [late]  # type: ignore[union-attr]

    detail = CaseDetailDialog(ctx, unproven)
    qtbot.addWidget(detail)
    assert "Tidak terbukti" in detail.deadline.text()
    assert "kasus telah berakhir" in detail.deadline.text()
    assert "terlambat" not in detail.deadline.text()
    sanctions = [detail.sanction.itemText(i) for i in range(detail.sanction.count())]
    assert any(t.startswith("B-4 — ") and t.endswith("· PTDH") for t in sanctions)


def test_deadline_editor_has_no_deadline_for_a_step_that_ends_the_case(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = DeadlinesDialog(ctx)
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {"reported", "verified", "recommendation", "decision"}
