"""Meja Hadir driven by keystrokes exactly as a keyboard-wedge scanner or a clerk sends them."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import events, registry
from ikrar_desktop.ui.desk.model import CounterModel
from ikrar_desktop.ui.desk.page import DeskPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from event_helpers import PEOPLE, regency

FAUZI = "198001012005011001"
SITI = "198502022010012002"
JOKO = "198106062006041006"  # Kecamatan Cibinong: off the list of a two-unit event


class Clerk:
    """The interaction seam: answers questions as a clerk would, and remembers them."""

    def __init__(self, confirm: bool = True, reason: str | None = "salah pindai") -> None:
        self.answer, self.reason = confirm, reason
        self.messages: list[tuple[str, str]] = []
        self.asked: list[str] = []

    def inform(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def confirm(self, title: str, message: str) -> bool:
        self.messages.append((title, message))
        return self.answer

    def error(self, title: str, message: str, hint: str = "") -> None:
        self.messages.append((title, message))

    def ask(self, title: str, label: str) -> str | None:
        self.asked.append(label)
        return self.reason


@pytest.fixture
def clerk(ctx: AppContext) -> Clerk:
    answers = Clerk()
    ctx.interaction = answers
    return answers


@pytest.fixture
def desk(qtbot: QtBot, ctx: AppContext, clerk: Clerk) -> Iterator[DeskPage]:
    regency(ctx.conn)
    registry.add_employee(
        ctx.conn,
        EmployeeDraft(nama="Ahmad Fauzi, S.T.", nip="199201012019031001", unit="Dinas Kesehatan"),
    )
    unit_ids = [
        r[0]
        for r in ctx.conn.execute(
            "SELECT id FROM units WHERE name IN ('Dinas Pendidikan', 'Dinas Kesehatan')"
        )
    ]
    events.create_event(
        ctx.conn, events.EventDraft("Apel Ikrar Netralitas", "2024-01-10"), events.Scope(unit_ids)
    )
    page = DeskPage(ctx)
    page.beeper.beep = lambda: None
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    yield page


def scan(qtbot: QtBot, page: DeskPage, text: str) -> None:
    qtbot.keyClicks(page.input, text)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def key(qtbot: QtBot, page: DeskPage, which: Qt.Key, mods: object = None) -> None:
    if mods is None:
        qtbot.keyClick(page.input, which)
    else:
        qtbot.keyClick(page.input, which, mods)  # type: ignore[arg-type]


def row(conn: sqlite3.Connection, nip: str) -> sqlite3.Row | tuple[object, ...]:
    found = conn.execute(
        """SELECT o.status, o.pakta_signed, o.pin, o.walk_in FROM obligations o
           JOIN employees e ON e.id = o.employee_id WHERE e.nip = ?""",
        (nip,),
    ).fetchone()
    return found


def log_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM attendance_log").fetchone()[0])


def unit_numbers(page: DeskPage, unit: str) -> tuple[int, int]:
    model = page.counters.model
    found = model.units[model.row_of(unit)]  # type: ignore[index]
    return found.present, found.obliged


def test_counter_model_passes_qtmodeltester(qtmodeltester: object, desk: DeskPage) -> None:
    assert isinstance(desk.counters.model, CounterModel)
    qtmodeltester.check(desk.counters.model)  # type: ignore[attr-defined]


def test_scanner_marks_hadir_with_a_green_panel(qtbot: QtBot, desk: DeskPage) -> None:
    assert unit_numbers(desk, "Dinas Pendidikan") == (0, 3)
    scan(qtbot, desk, FAUZI)
    assert desk.feedback.tone == "ok"
    text = desk.feedback.text()
    assert "HADIR" in text and "Dr. H. Ahmad Fauzi, S.Pd., M.Si." in text
    assert "Dinas Pendidikan" in text and "19800101 200501 1 001" in text
    assert datetime.now().strftime("%H.") in text  # "pukul 08.03"
    assert row(desk.ctx.conn, FAUZI)[0] == "hadir"
    assert unit_numbers(desk, "Dinas Pendidikan") == (1, 3)
    assert desk.counters.model.total.present == 1
    assert desk.input.text() == ""
    assert desk.beeper.played == ["ok"]
    assert desk.history.count() == 1 and "Hadir" in desk.history.item(0).text()


def test_second_scan_says_already_and_changes_nothing(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, FAUZI)
    before = log_count(desk.ctx.conn)
    scan(qtbot, desk, FAUZI)
    assert desk.feedback.tone == "warn"
    assert "SUDAH HADIR pukul" in desk.feedback.text()
    assert log_count(desk.ctx.conn) == before
    assert unit_numbers(desk, "Dinas Pendidikan") == (1, 3)
    assert desk.beeper.played == ["ok", "warn"]


def test_nip_typed_with_spaces(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, "19850202 201001 2 002")
    assert desk.feedback.tone == "ok"
    assert row(desk.ctx.conn, SITI)[0] == "hadir"


def test_unknown_text_is_red_and_stays_selected(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, "199999999999999999")
    assert desk.feedback.tone == "error"
    assert "TIDAK DITEMUKAN" in desk.feedback.text()
    assert desk.input.selectedText() == "199999999999999999"
    assert log_count(desk.ctx.conn) == 0


def test_ambiguous_name_pick_list_with_arrows(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, "Fauzi Ahmad S.Pd.")  # other word order, a title at the end
    assert desk.pending == "pick" and desk.picks.isVisible()
    assert len(desk.picks.people) == 2
    assert log_count(desk.ctx.conn) == 0
    first, second = desk.picks.people
    key(qtbot, desk, Qt.Key.Key_Down)
    key(qtbot, desk, Qt.Key.Key_Return)
    assert not desk.picks.isVisible()
    assert desk.feedback.tone == "ok" and second.name in desk.feedback.text()
    first_status = desk.ctx.conn.execute(
        "SELECT status FROM obligations WHERE employee_id = ?", (first.employee_id,)
    ).fetchone()
    assert first_status[0] is None
    status = desk.ctx.conn.execute(
        "SELECT status FROM obligations WHERE employee_id = ?", (second.employee_id,)
    ).fetchone()
    assert status[0] == "hadir"


def test_escape_cancels_a_pick(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, "ahmad")
    assert desk.picks.isVisible()
    key(qtbot, desk, Qt.Key.Key_Escape)
    assert not desk.picks.isVisible() and desk.pending is None
    key(qtbot, desk, Qt.Key.Key_Return)
    assert log_count(desk.ctx.conn) == 0


def test_walk_in_offer_accepted_with_enter(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, JOKO)
    assert desk.pending == "walk-in" and desk.feedback.tone == "warn"
    assert "Joko Widodo" in desk.feedback.text() and "Enter" in desk.feedback.text()
    assert row(desk.ctx.conn, JOKO) is None
    key(qtbot, desk, Qt.Key.Key_Return)
    assert row(desk.ctx.conn, JOKO)[0] == "hadir" and row(desk.ctx.conn, JOKO)[3] == 1
    assert desk.feedback.tone == "ok" and "PESERTA TAMBAHAN" in desk.feedback.text()
    assert unit_numbers(desk, "Kecamatan Cibinong") == (1, 1)


def test_status_key_pakta_and_pin(qtbot: QtBot, desk: DeskPage) -> None:
    scan(qtbot, desk, SITI)
    key(qtbot, desk, Qt.Key.Key_F9)
    assert row(desk.ctx.conn, SITI)[1] == 1
    assert "PAKTA DITANDATANGANI" in desk.feedback.text()
    assert desk.counters.model.total.signed == 1
    key(qtbot, desk, Qt.Key.Key_F11)
    assert row(desk.ctx.conn, SITI)[2] == 1

    scan(qtbot, desk, "Budi Santoso")  # unique name: marked hadir at once
    key(qtbot, desk, Qt.Key.Key_F4)
    assert row(desk.ctx.conn, "199003032015031003")[0] == "sakit"
    assert desk.feedback.tone == "info" and "SAKIT" in desk.feedback.text()
    model = desk.counters.model
    unit = model.units[model.row_of("Dinas Pendidikan")]  # type: ignore[index]
    assert (unit.present, unit.excused) == (1, 1)
    key(qtbot, desk, Qt.Key.Key_F9)  # pakta needs the person present
    assert desk.feedback.tone == "error"
    assert row(desk.ctx.conn, "199003032015031003")[1] == 0


def test_status_key_without_a_person_says_so(qtbot: QtBot, desk: DeskPage) -> None:
    key(qtbot, desk, Qt.Key.Key_F3)
    assert desk.feedback.tone == "error" and log_count(desk.ctx.conn) == 0


def test_ctrl_z_undoes_the_last_action(qtbot: QtBot, desk: DeskPage, clerk: Clerk) -> None:
    scan(qtbot, desk, FAUZI)
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row(desk.ctx.conn, FAUZI)[0] is None
    assert "DIBATALKAN" in desk.feedback.text()
    assert unit_numbers(desk, "Dinas Pendidikan") == (0, 3)
    assert clerk.asked == []

    desk.now = lambda: datetime.now() - timedelta(minutes=3)
    scan(qtbot, desk, SITI)
    desk.now = lambda: None
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(clerk.asked) == 1 and "lebih dari satu menit" in clerk.asked[0]
    assert row(desk.ctx.conn, SITI)[0] is None
    reason = desk.ctx.conn.execute(
        "SELECT reason FROM attendance_log WHERE action = 'undo' ORDER BY seq DESC"
    ).fetchone()
    assert reason[0] == "salah pindai"


def test_undo_refused_without_a_reason(qtbot: QtBot, desk: DeskPage, clerk: Clerk) -> None:
    desk.now = lambda: datetime.now() - timedelta(minutes=3)
    scan(qtbot, desk, SITI)
    desk.now = lambda: None
    clerk.reason = None
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row(desk.ctx.conn, SITI)[0] == "hadir"


def test_mark_a_whole_unit_then_key_an_exception(
    qtbot: QtBot, desk: DeskPage, clerk: Clerk
) -> None:
    scan(qtbot, desk, FAUZI)
    table = desk.counters.table
    table.selectRow(desk.counters.model.row_of("Dinas Pendidikan"))  # type: ignore[arg-type]
    qtbot.mouseClick(desk.counters.bulk_button, Qt.MouseButton.LeftButton)
    assert "Tandai 2 pegawai Dinas Pendidikan" in clerk.messages[-1][1]
    assert unit_numbers(desk, "Dinas Pendidikan") == (3, 3)
    assert row(desk.ctx.conn, SITI)[0] == "hadir"
    scan(qtbot, desk, SITI)
    assert "SUDAH HADIR" in desk.feedback.text()
    key(qtbot, desk, Qt.Key.Key_F6)
    assert row(desk.ctx.conn, SITI)[0] == "dinas-luar"
    assert unit_numbers(desk, "Dinas Pendidikan") == (2, 3)
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the exception
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the whole unit
    assert unit_numbers(desk, "Dinas Pendidikan") == (1, 3)


def test_projector_shows_progress_without_names(qtbot: QtBot, desk: DeskPage) -> None:
    desk.open_projector()
    projector = desk.projector
    assert projector is not None and projector.isVisible()
    scan(qtbot, desk, FAUZI)
    scan(qtbot, desk, JOKO)
    key(qtbot, desk, Qt.Key.Key_Return)
    text = projector.visible_text()  # type: ignore[attr-defined]
    assert "Hadir 2 dari 8" in text and "Dinas Pendidikan" in text and "33,3%" in text
    for nama, ident, _unit, _status in PEOPLE:
        assert ident not in text
        for word in nama.replace(",", " ").split():
            if len(word) > 3 and not word.endswith("."):
                assert word not in text, word
    key(qtbot, desk, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # from the desk
    assert projector.isFullScreen()
    key(qtbot, desk, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert not projector.isFullScreen()


def test_no_open_event_points_to_kegiatan(qtbot: QtBot, ctx: AppContext) -> None:
    page = DeskPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.body.isVisible()
    assert "Kegiatan" in page.empty_label.text()
    with qtbot.waitSignal(page.kegiatan_requested):
        page.empty.findChildren(type(page.projector_button))[0].click()


def test_sustained_queue_of_200_scans_loses_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    nips = [f"19800101200501{1 + (i % 2)}{i + 1:03d}" for i in range(200)]
    for i, nip in enumerate(nips):
        registry.add_employee(ctx.conn, EmployeeDraft(nama=f"Pegawai {i}", nip=nip, unit="Setda"))
    events.create_event(ctx.conn, events.EventDraft("Apel", "2024-01-10"))
    page = DeskPage(ctx)
    page.beeper.beep = lambda: None
    qtbot.addWidget(page)
    page.show()
    for nip in nips:
        scan(qtbot, page, nip)
    present = ctx.conn.execute("SELECT count(*) FROM obligations WHERE status = 'hadir'")
    assert present.fetchone()[0] == 200
    assert page.counters.model.total.present == 200
    assert page.beeper.played.count("ok") == 200


def test_none_and_true_survive_many_qt_calls(desk: DeskPage) -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call and to True per
    emit; the desk's guard keeps the interpreter alive through a long queue (unguarded: abort
    after a few thousand calls)."""
    for _ in range(20_000):
        desk.feedback.headline.setText("x")
        desk.changed.emit()
    assert sys.getrefcount(None) > 1_000_000 and sys.getrefcount(True) > 1_000_000
