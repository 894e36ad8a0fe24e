"""A long first list is read in two steps (first screenful, then the rest when wanted) and
shows exactly what reading it whole would show."""

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
from ikrar_desktop.ui.registry.employee_model import EmployeeTableModel
from ikrar_desktop.ui.registry.employees_page import EmployeesPage


def add_people(conn: sqlite3.Connection, count: int) -> None:
    for n in range(count):
        nik = f"{3201010101900001 + n:016d}"
        registry.add_employee(conn, EmployeeDraft(nama=f"Tambahan {n}", nik=nik, status="Non-ASN"))


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(employee_model, "FIRST_SCREEN", 5)
    monkeypatch.setattr(employee_model, "WHOLE_BELOW", 10)


def test_first_screen_then_the_rest_as_if_read_whole(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, small_steps: None
) -> None:
    generate_demo(ctx.conn, 40, seed=3)
    whole = emp_store.search_ids(ctx.conn, EmployeeFilter())
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == len(whole) and page.count_label.text() == f"{len(whole)} pegawai"
    assert model._ids == whole[:5]  # only the first screenful so far
    assert model.index(0, 0).data() == emp_store.get(ctx.conn, whole[0]).display_name  # type: ignore[union-attr]
    assert model._partial
    last = model.index(len(whole) - 1, 0).data()  # a row past the first screen: the rest is read
    assert last == emp_store.get(ctx.conn, whole[-1]).display_name  # type: ignore[union-attr]
    assert model.all_ids() == whole and not model._partial
    assert model.row_of(whole[30]) == 30 and model.employee_id(30) == whole[30]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_row_of_reads_the_rest(qtbot: QtBot, ctx: AppContext, small_steps: None) -> None:
    generate_demo(ctx.conn, 30, seed=4)
    whole = emp_store.search_ids(ctx.conn, EmployeeFilter())
    model = EmployeeTableModel(ctx.conn, first_screen_first=True)
    model.refresh()
    assert model.row_of(whole[-1]) == len(whole) - 1
    assert model.row_of(-7) is None and model.employee(len(whole)) is None


def test_short_lists_and_later_refreshes_are_read_whole(
    qtbot: QtBot, ctx: AppContext, small_steps: None
) -> None:
    generate_demo(ctx.conn, 8, seed=5)  # below WHOLE_BELOW
    model = EmployeeTableModel(ctx.conn, first_screen_first=True)
    model.refresh()
    assert not model._partial and len(model._ids) == model.rowCount() == 8
    add_people(ctx.conn, 20)
    model.refresh()  # only the first refresh is done in two steps
    assert not model._partial and len(model._ids) == model.rowCount()


def test_registry_changed_elsewhere_before_the_rest_is_read(
    qtbot: QtBot, ctx: AppContext, small_steps: None
) -> None:
    generate_demo(ctx.conn, 30, seed=7)
    model = EmployeeTableModel(ctx.conn, first_screen_first=True)
    model.refresh()
    before = model.rowCount()
    other = ctx.new_connection()  # another program adds people meanwhile
    add_people(other, 5)
    other.close()
    model.all_ids()
    assert model.rowCount() == before  # no reset in the middle of whatever asked
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        pass  # the list is shown anew right after
    whole = emp_store.search_ids(ctx.conn, EmployeeFilter())
    assert model.rowCount() == len(whole) > before and model.all_ids() == whole
