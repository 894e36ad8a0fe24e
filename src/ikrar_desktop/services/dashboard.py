"""Beranda's numbers in one query function: the registry, the day's event, what needs doing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import violations
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.backups import list_backups
from ikrar_desktop.services.cases import load_deadlines
from ikrar_desktop.store import backup as backup_store
from ikrar_desktop.store import events as ev_store
from ikrar_desktop.store.connection import database_path
from ikrar_desktop.store.events import Event

# where a to-do item leads (page keys of the main window)
PAGE_REPORTS, PAGE_CASES, PAGE_SETTINGS, PAGE_DESK, PAGE_MERGE = (
    "laporan", "pengawasan", "pengaturan", "meja", "gabung",
)  # fmt: skip
MAX_RUNNING = 5  # events whose sheets Beranda counts (newest first); each is one indexed query


@dataclass(slots=True)
class EventProgress:
    """The event Beranda shows: today's, else the next one, else the latest."""

    event: Event
    when: str  # "hari ini", "berikutnya" or "terakhir"
    obliged: int
    present: int
    signed: int
    open_conflicts: int

    @property
    def sheets_out(self) -> int:
        """Pakta sheets sent (one per obliged person) and not back signed."""
        return self.obliged - self.signed


@dataclass(slots=True)
class Todo:
    """One thing to do, and the page (with the event, if any) that does it."""

    text: str
    page: str
    event_id: int | None = None
    urgent: bool = False


@dataclass(slots=True)
class Dashboard:
    instansi: str
    active: int  # employees
    units: int
    event: EventProgress | None
    todos: list[Todo] = field(default_factory=list)
    last_backup: datetime | None = None
    backup_today: bool = False

    @property
    def empty(self) -> bool:
        """Nothing in the registry yet: Beranda shows the first-run choices."""
        return self.active == 0 and self.event is None


def _pick_event(events: list[Event], today: date) -> tuple[Event, str] | None:
    """Today's event (an open one first), else the nearest coming one, else the latest."""
    todays = [e for e in events if e.date == today and e.status != rules.CLOSED]
    if todays:
        return sorted(todays, key=lambda e: e.status != rules.OPEN)[0], "hari ini"
    coming = [e for e in events if e.date > today and e.status != rules.CLOSED]
    if coming:
        return min(coming, key=lambda e: (e.date, e.id)), "berikutnya"
    past = [e for e in events if e.date <= today]
    return (past[0], "terakhir") if past else None  # list is newest first


def _open_conflicts(conn: sqlite3.Connection) -> dict[int, int]:
    rows = conn.execute(
        "SELECT event_id, count(*) FROM desk_conflicts WHERE state = 'open' GROUP BY event_id"
    )
    return {int(r[0]): int(r[1]) for r in rows}


def _overdue_cases(conn: sqlite3.Connection, today: date) -> int:
    deadlines = load_deadlines(conn)
    late = 0
    for step, since in conn.execute("SELECT step, step_on FROM cases"):  # index cases_step
        if violations.is_ended(step):
            continue
        if violations.days_overdue(step, date.fromisoformat(since), today, deadlines) > 0:
            late += 1
    return late


def _backups(conn: sqlite3.Connection, today: date) -> tuple[datetime | None, bool]:
    source = database_path(conn)
    folder = backup_store.folder_for(conn)
    if not source or folder is None:
        return None, False
    found = list_backups(folder, Path(source).stem)
    newest = found[0].created if found else None
    return newest, newest is not None and newest.date() == today


def _progress(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """Obliged / present / signed of a few events, one covering-index range each."""
    if not event_ids:
        return {}
    marks = ",".join("?" * len(event_ids))
    rows = conn.execute(
        f"""SELECT event_id, count(*) FILTER (WHERE obliged),
                   count(*) FILTER (WHERE obliged AND status = 'hadir'),
                   count(*) FILTER (WHERE obliged AND pakta_signed)
            FROM obligations WHERE event_id IN ({marks}) GROUP BY event_id""",
        event_ids,
    )
    return {int(r[0]): (int(r[1]), int(r[2]), int(r[3])) for r in rows}


def dashboard(conn: sqlite3.Connection, today: date | None = None) -> Dashboard:
    """Everything Beranda shows, read in one go: a handful of indexed queries, no row of people
    (under 50 ms on a 50,000-employee database; docs/benchmarks.md)."""
    day = today or date.today()
    active = int(conn.execute("SELECT count(*) FROM employees WHERE active = 1").fetchone()[0])
    units = int(conn.execute("SELECT count(*) FROM units").fetchone()[0])
    events = ev_store.list_events(conn)
    conflicts = _open_conflicts(conn)
    running = [e for e in events if e.status == rules.OPEN][:MAX_RUNNING]
    picked = _pick_event(events, day)
    wanted = {e.id for e in running} | ({picked[0].id} if picked else set())
    numbers = _progress(conn, sorted(wanted))
    board = Dashboard(settings_service.load(conn).instansi, active, units, None)
    if picked is not None:
        event, when = picked
        board.event = EventProgress(
            event, when, *numbers.get(event.id, (0, 0, 0)), conflicts.get(event.id, 0)
        )
    todos: list[Todo] = []
    for event in running:  # sheets still out, for every event still running
        obliged, _present, signed = numbers.get(event.id, (0, 0, 0))
        if obliged > signed:
            todos.append(
                Todo(f"{_n(obliged - signed)} lembar pakta belum kembali — {event.title}",
                     PAGE_REPORTS, event.id)
            )  # fmt: skip
    titles = {e.id: e.title for e in events}
    for event_id, count in sorted(conflicts.items()):
        if event_id in titles:
            todos.append(
                Todo(f"{_n(count)} konflik antarmeja belum diputuskan — {titles[event_id]}",
                     PAGE_MERGE, event_id, urgent=True)
            )  # fmt: skip
    late = _overdue_cases(conn, day)
    if late:
        todos.append(Todo(f"{_n(late)} kasus pengawasan melewati batas waktu", PAGE_CASES,
                          urgent=True))  # fmt: skip
    board.last_backup, board.backup_today = _backups(conn, day)
    if not board.backup_today:
        last = board.last_backup.strftime("%d-%m-%Y pukul %H.%M") if board.last_backup else None
        todos.append(
            Todo(f"Cadangan hari ini belum dibuat (terakhir: {last or 'belum pernah'})",
                 PAGE_SETTINGS)
        )  # fmt: skip
    board.todos = todos
    return board


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")
