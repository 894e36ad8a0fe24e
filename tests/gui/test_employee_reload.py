"""After a change (an import, an edit) a long list is read anew by its size and first screenful,
the rest when wanted; an edited person far down is still selected; a hidden Beranda waits."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import registry
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.registry import employee_model
from ikrar_desktop.ui.registry.employees_page import EmployeesPage
from ikrar_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(employee_model, "FIRST_SCREEN", 5)
    monkeypatch.setattr(employee_model, "WHOLE_BELOW", 10)


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[EmployeeFilter]:
    """Every read of the whole id list (a search without a limit) the model makes."""
    reads: list[EmployeeFilter] = []
    real = emp_store.search_ids

    def counting(conn: sqlite3.Connection, flt: EmployeeFilter) -> list[int]:
        if flt.limit is None:
            reads.append(flt)
        return real(conn, flt)

    monkeypatch.setattr(emp_store, "search_ids", counting)
    return reads


def add_person(conn: sqlite3.Connection, nama: str, n: int = 0) -> int:
    draft = EmployeeDraft(nama=nama, nik=f"{3201010101900001 + n:016d}", status="Non-ASN")
    return registry.add_employee(conn, draft).id


def test_after_a_change_only_the_first_screen_is_read(
    qtbot: QtBot, ctx: AppContext, small_steps: None, whole_reads: list[EmployeeFilter]
) -> None:
    generate_demo(ctx.conn, 40, seed=11)
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.model.all_ids()  # the start-up list read whole (a row far down was wanted)
    whole_reads.clear()
    add_person(ctx.conn, "Abdul Tambahan")  # an import or another edit adds someone
    with qtbot.waitSignal(page.changed):
        page._after_change(None)
    assert whole_reads == []  # the size and the first screenful only
    whole = emp_store.search_ids(ctx.conn, page.current_filter())
    whole_reads.clear()
    model = page.model
    assert model.rowCount() == len(whole) and page.count_label.text() == f"{len(whole)} pegawai"
    assert model._ids == whole[:5] and model._partial
    assert page.selected() is not None and page.selected().id == whole[0]  # type: ignore[union-attr]
    last = model.index(len(whole) - 1, 0).data()  # scrolled far down: the rest is read, once
    assert last == emp_store.get(ctx.conn, whole[-1]).display_name  # type: ignore[union-attr]
    assert len(whole_reads) == 1 and model.all_ids() == whole and len(whole_reads) == 1


def test_an_edited_person_far_down_is_selected_and_shown(
    qtbot: QtBot, ctx: AppContext, small_steps: None
) -> None:
    generate_demo(ctx.conn, 40, seed=12)
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    qtbot.waitExposed(page)
    whole = emp_store.search_ids(ctx.conn, page.current_filter())
    far = whole[25]  # beyond the first screenful of 5
    emp = emp_store.get(ctx.conn, far)
    assert emp is not None
    draft = EmployeeDraft(  # renamed so that it now sorts last
        nama="Zulkarnain Paling Akhir",
        nip=emp.nip or "",
        nik=emp.nik or "",
        status=emp.status,
        golongan=emp.golongan or "",
        jabatan=emp.jabatan,
        unit=emp.unit,
    )
    with qtbot.waitSignal(page.changed):
        page._run(lambda: registry.update_employee(ctx.conn, far, draft), far)
    model = page.model
    row = model.row_of(far)
    assert row == model.rowCount() - 1 > 5
    assert page.selected() is not None and page.selected().id == far  # type: ignore[union-attr]
    assert page.selected().display_name.startswith("Zulkarnain")  # type: ignore[union-attr]
    index = model.index(row, 0)
    assert page.table.viewport().rect().intersects(page.table.visualRect(index))  # scrolled to


def test_a_hidden_beranda_is_read_when_shown(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(ctx.conn, 20, seed=13)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("beranda")
    win.show_page("pegawai")
    reads: list[int] = []
    real = win.home.refresh
    monkeypatch.setattr(win.home, "refresh", lambda: (reads.append(1), real())[1])
    add_person(ctx.conn, "Abdul Tambahan")
    with qtbot.waitSignal(win.employees.changed):
        win.employees._after_change(None)
    assert reads == []  # Beranda is not on screen: not read for nothing
    win.show_page("beranda")
    active = emp_store.count(ctx.conn, EmployeeFilter(active=True))
    assert reads == [1] and f"{active} pegawai aktif" in win.home.summary.text()
