"""Beranda as the clerk's dashboard: the day's event with its progress, the to-do list, one
click to each place; the first-run choices while the database is empty."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import cases as case_service
from ikrar_desktop.services import checkin, registry
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft
from ikrar_desktop.ui.shell.main_window import MainWindow

PEOPLE = (
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan"),
    ("Siti Rahmawati", "198502022010012002", "Dinas Kesehatan"),
    ("Budi Santoso", "197003032000031003", "Dinas Pendidikan"),
    ("Joko Susilo", "198104042006041004", "Kecamatan Cibinong"),
)


def prepare(ctx: AppContext) -> tuple[int, int]:
    """Four people; an older event; today's apel, open, two present, one pakta; a late case."""
    conn = ctx.conn
    ids = [
        registry.add_employee(conn, EmployeeDraft(nama=n, nip=nip, status="PNS", unit=u)).id
        for n, nip, u in PEOPLE
    ]
    older = event_service.create_event(
        conn, EventDraft(title="Apel Bulan Lalu", date=date.today() - timedelta(days=30))
    ).event.id
    apel = event_service.create_event(
        conn, EventDraft(title="Apel Ikrar Netralitas", date=date.today())
    ).event.id
    checkin.set_status(conn, apel, ids[0], "hadir")
    checkin.set_status(conn, apel, ids[1], "hadir")
    checkin.toggle_pakta(conn, apel, ids[0], True)
    case_service.add_case(
        conn,
        case_service.CaseDraft(ids[2], "KE-1", "bawaslu", date.today() - timedelta(days=60)),
    )
    return apel, older


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def todo(win: MainWindow, starts: str) -> QPushButton:
    found = [b for b in win.home.todo_buttons if starts in b.text()]
    assert len(found) == 1, [b.text() for b in win.home.todo_buttons]
    return found[0]


def test_beranda_shows_the_days_event_and_what_needs_doing(qtbot: QtBot, ctx: AppContext) -> None:
    apel, _older = prepare(ctx)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_page("beranda")
    home = win.home
    assert not home.first_run.isVisibleTo(home)
    assert home.event_box.isVisibleTo(home) and home.event_box.title() == "Kegiatan hari ini"
    assert "Apel Ikrar Netralitas" in home.event_title.text()
    shown = {key: label.text() for key, (label, _caption) in home.numbers.items()}
    assert shown["obliged"] == "4"
    assert shown["present"].startswith("2 ") and "(50,0%)" in shown["present"]
    assert shown["signed"].startswith("1 ") and "(25,0%)" in shown["signed"]
    assert shown["out"] == "3"
    texts = [b.text() for b in home.todo_buttons]
    assert "• 3 lembar pakta belum kembali — Apel Ikrar Netralitas  →" in texts
    assert "⚠ 1 kasus pengawasan melewati batas waktu  →" in texts
    assert any(t.startswith("• Cadangan hari ini belum dibuat") for t in texts)
    assert home.backup_line.text() == "Cadangan terakhir: belum ada"
    assert apel


def test_a_click_on_a_todo_opens_its_place_with_the_event_chosen(
    qtbot: QtBot, ctx: AppContext
) -> None:
    apel, older = prepare(ctx)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("laporan")
    win.reports.event_combo.setCurrentIndex(win.reports.event_combo.findData(older))
    win.show_page("beranda")

    qtbot.mouseClick(todo(win, "lembar pakta belum kembali"), Qt.MouseButton.LeftButton)
    assert win.current_page() == "laporan" and win.reports.event_id() == apel

    win.show_page("beranda")
    qtbot.mouseClick(todo(win, "kasus pengawasan"), Qt.MouseButton.LeftButton)
    assert win.current_page() == "pengawasan"
    assert win.supervision.state_filter.currentData() == "overdue"
    assert win.supervision.model.rowCount() == 1

    win.show_page("beranda")
    qtbot.mouseClick(todo(win, "Cadangan hari ini"), Qt.MouseButton.LeftButton)
    assert win.current_page() == "pengaturan"


def test_the_event_buttons_open_desk_report_and_event_with_it_chosen(
    qtbot: QtBot, ctx: AppContext
) -> None:
    apel, older = prepare(ctx)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("kegiatan")
    win.events.refresh(select_id=older)
    win.show_page("beranda")
    qtbot.mouseClick(win.home.event_button, Qt.MouseButton.LeftButton)
    assert win.current_page() == "kegiatan"
    selected = win.events.selected()
    assert selected is not None and selected.id == apel

    win.show_page("beranda")
    qtbot.mouseClick(win.home.desk_button, Qt.MouseButton.LeftButton)
    assert win.current_page() == "meja" and win.desk.event_id == apel

    win.show_page("beranda")
    qtbot.mouseClick(win.home.report_button, Qt.MouseButton.LeftButton)
    assert win.current_page() == "laporan" and win.reports.event_id() == apel


def test_beranda_follows_the_desk(qtbot: QtBot, ctx: AppContext) -> None:
    apel, _older = prepare(ctx)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("beranda")
    person = registry.add_employee(
        ctx.conn, EmployeeDraft(nama="Dewi Lestari", nip="199001012015032001", unit="Dinas A")
    ).id
    event_service.add_people(ctx.conn, apel, [person])
    checkin.set_status(ctx.conn, apel, person, "hadir")
    win.show_page("pegawai")
    win.show_page("beranda")
    assert win.home.numbers["present"][0].text().startswith("3 ")


def test_an_empty_database_still_shows_the_first_run_page(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home
    assert window.current_page() == "beranda"
    assert home.first_run.isVisible()
    assert not home.event_box.isVisible() and not home.todo_box.isVisible()
    assert not home.backup_line.isVisible()


def test_a_desk_conflict_opens_the_merge_screen_on_its_event(qtbot: QtBot, ctx: AppContext) -> None:
    from ikrar_desktop.store import desk as desk_store
    from ikrar_desktop.ui.desk.merge import MergeDialog

    apel, _older = prepare(ctx)
    someone = ctx.conn.execute("SELECT min(employee_id) FROM obligations").fetchone()[0]
    with ctx.conn:
        desk_store.upsert_conflict(
            ctx.conn,
            {"event_id": apel, "employee_id": someone, "kind": "status", "found_at": "x",
             "updated_at": "x"},
        )  # fmt: skip
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_page("beranda")
    assert win.home.numbers["conflicts"][0].text() == "1"
    qtbot.mouseClick(todo(win, "konflik antarmeja"), Qt.MouseButton.LeftButton)
    dialogs = win.findChildren(MergeDialog)
    assert len(dialogs) == 1 and dialogs[0].event_box.currentData() == apel
    dialogs[0].close()
