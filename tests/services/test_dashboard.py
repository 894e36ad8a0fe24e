"""Beranda's query: the day's event and its progress, and what the clerk still has to do."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import backups, checkin, registry
from ikrar_desktop.services import cases as case_service
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.dashboard import (
    PAGE_CASES,
    PAGE_MERGE,
    PAGE_REPORTS,
    PAGE_SETTINGS,
    dashboard,
)
from ikrar_desktop.services.events import EventDraft
from ikrar_desktop.store import desk as desk_store

TODAY = date(2024, 1, 8)
PEOPLE = (
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan"),
    ("Siti Rahmawati", "198502022010012002", "Dinas Kesehatan"),
    ("Budi Santoso", "197003032000031003", "Dinas Pendidikan"),
    ("Joko Susilo", "198104042006041004", "Kecamatan Cibinong"),
    ("Dewi Lestari", "199001012015032001", "Kecamatan Cibinong"),
)


def seed(conn: sqlite3.Connection) -> list[int]:
    return [
        registry.add_employee(conn, EmployeeDraft(nama=n, nip=nip, status="PNS", unit=u)).id
        for n, nip, u in PEOPLE
    ]


def event(conn: sqlite3.Connection, title: str, when: date) -> int:
    return event_service.create_event(conn, EventDraft(title=title, date=when)).event.id


def prepared(conn: sqlite3.Connection) -> tuple[list[int], int]:
    """Five people, today's apel open with two present, one pakta signed, one late case."""
    ids = seed(conn)
    apel = event(conn, "Apel Ikrar Netralitas", TODAY)
    checkin.set_status(conn, apel, ids[0], "hadir")  # the first scan opens the event
    checkin.set_status(conn, apel, ids[1], "hadir")
    checkin.toggle_pakta(conn, apel, ids[0], True)
    case_service.add_case(
        conn, case_service.CaseDraft(ids[2], "KE-1", "bawaslu", TODAY - timedelta(days=60))
    )
    return ids, apel


def test_empty_database_is_the_first_run(conn: sqlite3.Connection) -> None:
    board = dashboard(conn, TODAY)
    assert board.empty and board.event is None and board.active == 0


def test_todays_event_with_its_progress_and_what_needs_doing(conn: sqlite3.Connection) -> None:
    _ids, apel = prepared(conn)
    event(conn, "Ikrar Pilkada", TODAY + timedelta(days=7))  # later: not the one shown
    board = dashboard(conn, TODAY)
    assert not board.empty and board.active == 5
    shown = board.event
    assert shown is not None and shown.event.id == apel and shown.when == "hari ini"
    assert (shown.obliged, shown.present, shown.signed, shown.sheets_out) == (5, 2, 1, 4)
    todos = {(t.page, t.event_id): t for t in board.todos}
    assert (
        todos[(PAGE_REPORTS, apel)].text == "4 lembar pakta belum kembali — Apel Ikrar Netralitas"
    )
    late = todos[(PAGE_CASES, None)]
    assert late.urgent and late.text == "1 kasus pengawasan melewati batas waktu"
    assert todos[(PAGE_SETTINGS, None)].text.startswith("Cadangan hari ini belum dibuat")


def test_a_case_ended_or_within_its_deadline_is_not_a_todo(conn: sqlite3.Connection) -> None:
    ids = seed(conn)
    case_service.add_case(conn, case_service.CaseDraft(ids[0], "KE-1", "bawaslu", TODAY))
    assert all(t.page != PAGE_CASES for t in dashboard(conn, TODAY).todos)


def test_the_next_event_then_the_latest_when_none_is_today(conn: sqlite3.Connection) -> None:
    seed(conn)
    past = event(conn, "Apel Desember", TODAY - timedelta(days=30))
    board = dashboard(conn, TODAY)
    assert board.event is not None and (board.event.event.id, board.event.when) == (
        past,
        "terakhir",
    )
    coming = event(conn, "Ikrar Februari", TODAY + timedelta(days=30))
    soon = event(conn, "Ikrar Januari", TODAY + timedelta(days=3))
    board = dashboard(conn, TODAY)
    assert board.event is not None and board.event.event.id == soon != coming
    assert board.event.when == "berikutnya"
    # a draft has sent no sheets: no "belum kembali" for events not yet running
    assert all(t.page != PAGE_REPORTS for t in board.todos)


def test_open_desk_conflicts_lead_to_the_merge_screen(conn: sqlite3.Connection) -> None:
    ids, apel = prepared(conn)
    with conn:
        desk_store.upsert_conflict(
            conn,
            {"event_id": apel, "employee_id": ids[3], "kind": "status", "found_at": "x",
             "updated_at": "x"},
        )  # fmt: skip
    board = dashboard(conn, TODAY)
    assert board.event is not None and board.event.open_conflicts == 1
    merge = [t for t in board.todos if t.page == PAGE_MERGE]
    assert [(t.event_id, t.urgent) for t in merge] == [(apel, True)]
    assert merge[0].text == "1 konflik antarmeja belum diputuskan — Apel Ikrar Netralitas"


def test_todays_backup_clears_the_backup_todo(conn: sqlite3.Connection) -> None:
    prepared(conn)
    before = dashboard(conn, TODAY)
    assert before.last_backup is None and not before.backup_today
    made_at = datetime.combine(TODAY, datetime.min.time()).replace(hour=7, minute=5)
    backups.backup_now(conn, "manual", clock=lambda: made_at)
    after = dashboard(conn, TODAY)
    assert after.backup_today and after.last_backup == made_at
    assert all(t.page != PAGE_SETTINGS for t in after.todos)
    yesterday = dashboard(conn, TODAY + timedelta(days=1))
    assert not yesterday.backup_today
    assert any(
        t.text == "Cadangan hari ini belum dibuat (terakhir: 08-01-2024 pukul 07.05)"
        for t in yesterday.todos
    )
