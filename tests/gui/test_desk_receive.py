"""Meja Hadir in receiving mode: printed pakta sheets, their QR read back with zbarimg, scanned
into the desk as keystrokes; the Laporan page's list of sheets still out shrinks."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import paktacode
from ikrar_desktop.services import events, printing
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.desk.page import DeskPage
from ikrar_desktop.ui.events.reports_page import ReportsPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from event_helpers import regency
from scanning import decode

FAUZI = "198001012005011001"
CTRL = Qt.KeyboardModifier.ControlModifier


class Clerk:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def inform(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def confirm(self, title: str, message: str) -> bool:
        return True

    def error(self, title: str, message: str, hint: str = "") -> None:
        self.messages.append((title, message))

    def ask(self, title: str, label: str) -> str | None:
        return "salah pindai"


@pytest.fixture
def loop(ctx: AppContext) -> tuple[int, int]:
    """Event A obliges the six people of two Dinas; event B everyone (seven)."""
    ctx.interaction = Clerk()
    regency(ctx.conn)
    unit_ids = [
        r[0]
        for r in ctx.conn.execute(
            "SELECT id FROM units WHERE name IN ('Dinas Pendidikan', 'Dinas Kesehatan')"
        )
    ]
    a = events.create_event(
        ctx.conn, events.EventDraft("Apel Ikrar Netralitas", "2024-01-10"), events.Scope(unit_ids)
    ).event.id
    b = events.create_event(ctx.conn, events.EventDraft("Apel Lain", "2024-01-11")).event.id
    return a, b


@pytest.fixture
def desk(qtbot: QtBot, ctx: AppContext, loop: tuple[int, int]) -> Iterator[DeskPage]:
    page = DeskPage(ctx)
    page.beeper.beep = lambda: None
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    page.select_event(loop[0])
    yield page


def printed_codes(conn: sqlite3.Connection, event_id: int, out: Path, pages: int) -> list[str]:
    """Print the event's pakta sheets and read the QR codes back from the rendered pages."""
    report = printing.print_document(conn, "pakta", event_id, out)
    found = decode(out, first=1, last=min(pages, report.pages))
    return [data for kind, data in found if kind == "QR-Code"]


def scan(qtbot: QtBot, page: DeskPage, text: str) -> None:
    qtbot.keyClicks(page.input, text)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def pakta(conn: sqlite3.Connection, event_id: int, employee_id: int) -> tuple[object, ...]:
    return tuple(
        conn.execute(
            "SELECT pakta_signed, pakta_where, susulan_date, status FROM obligations "
            "WHERE event_id = ? AND employee_id = ?",
            (event_id, employee_id),
        ).fetchone()
    )


def log_rows(conn: sqlite3.Connection) -> int:
    sql = "SELECT count(*) FROM attendance_log WHERE employee_id IS NOT NULL"
    return int(conn.execute(sql).fetchone()[0])


def out_list(reports: ReportsPage) -> list[str]:
    reports.refresh()
    view = reports.outstanding
    return [str(view.people_model.rows[r][1]) for r in range(len(view.people_model.rows))]


def test_printed_sheets_received_once_refused_undone_and_back_to_check_in(
    qtbot: QtBot, ctx: AppContext, desk: DeskPage, loop: tuple[int, int], tmp_path: Path
) -> None:
    ev, other = loop
    conn = ctx.conn
    codes = printed_codes(conn, ev, tmp_path / "pakta.pdf", pages=2)
    foreign = printed_codes(conn, other, tmp_path / "lain.pdf", pages=1)[0]
    assert len(codes) == 2 and all(paktacode.parse(c)[0] == ev for c in codes)  # type: ignore[index]
    first, second = (paktacode.parse(c)[1] for c in codes)  # type: ignore[index]
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.event_combo.setCurrentIndex(reports.event_combo.findData(ev))
    before_names = out_list(reports)
    assert len(before_names) == 6

    # the switch: one key, and the screen says which mode it is in
    assert not desk.receiving.bar.isVisible()
    qtbot.keyClick(desk.input, Qt.Key.Key_T, CTRL)
    assert desk.receiving.active and desk.receiving.bar.isVisible()
    assert desk.receiving.label.isVisible() and desk.receiving.label.text() == "MODE TERIMA LEMBAR"
    assert desk.receiving.numbers == (6, 0, 6)
    assert "belum kembali <b>6</b>" in desk.receiving.sheets.text()

    # green: recorded once, as susulan on today's date, nobody checked in
    logged = log_rows(conn)
    scan(qtbot, desk, codes[0])
    assert desk.feedback.tone == "ok", desk.feedback.text()
    assert "LEMBAR DITERIMA" in desk.feedback.text()
    assert pakta(conn, ev, first) == (1, "susulan", date.today().isoformat(), None)
    assert log_rows(conn) == logged + 1
    assert desk.receiving.numbers == (6, 1, 5)
    assert desk.history.count() == 1 and "susulan" in desk.history.item(0).text()
    assert desk.beeper.played == ["ok"] and desk.input.text() == ""

    # amber: the same sheet again changes nothing
    scan(qtbot, desk, codes[0])
    assert desk.feedback.tone == "warn" and "SUDAH DITERIMA" in desk.feedback.text()
    assert log_rows(conn) == logged + 1 and desk.receiving.numbers == (6, 1, 5)

    # red: another event's sheet, and an unknown one, record nothing
    scan(qtbot, desk, foreign)
    assert desk.feedback.tone == "error" and "kegiatan lain" in desk.feedback.text()
    scan(qtbot, desk, "   ")
    desk.input.clear()
    scan(qtbot, desk, paktacode.payload(ev, 99999))
    assert desk.feedback.tone == "error" and "tidak dicatat" in desk.feedback.text().lower()
    assert log_rows(conn) == logged + 1
    signed = conn.execute("SELECT count(*) FROM obligations WHERE pakta_signed = 1").fetchone()
    assert signed[0] == 1
    assert desk.beeper.played == ["ok", "warn", "error", "error"]

    after_names = out_list(reports)
    assert len(after_names) == 5 and set(after_names) < set(before_names)
    assert "5 lembar belum kembali" in reports.outstanding.people_count.text()

    # the second sheet, then Ctrl+Z takes it back
    desk.input.clear()
    scan(qtbot, desk, codes[1])
    assert desk.feedback.tone == "ok" and pakta(conn, ev, second)[0] == 1
    assert desk.receiving.numbers == (6, 2, 4)
    assert len(out_list(reports)) == 4
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, CTRL)
    assert "DIBATALKAN" in desk.feedback.text()
    assert pakta(conn, ev, second)[0] == 0 and pakta(conn, ev, first)[0] == 1
    assert desk.receiving.numbers == (6, 1, 5)
    assert len(out_list(reports)) == 5

    # check-in keys do nothing in this mode
    qtbot.keyClick(desk.input, Qt.Key.Key_F2)
    assert desk.feedback.tone == "error" and "MODE TERIMA LEMBAR" in desk.feedback.text()
    assert conn.execute("SELECT count(*) FROM obligations WHERE status IS NOT NULL").fetchone()[
        0
    ] == 0  # fmt: skip

    # back to check-in with the bar's button: a NIP checks in again
    qtbot.mouseClick(desk.receiving.back, Qt.MouseButton.LeftButton)
    assert not desk.receiving.active and not desk.receiving.bar.isVisible()
    scan(qtbot, desk, FAUZI)
    assert desk.feedback.tone == "ok" and "HADIR" in desk.feedback.text()


def test_receiving_date_typed_code_and_nip(
    qtbot: QtBot, ctx: AppContext, desk: DeskPage, loop: tuple[int, int]
) -> None:
    ev, _ = loop
    conn = ctx.conn
    ids = [r[0] for r in conn.execute("SELECT employee_id FROM obligations WHERE event_id = ? "
                                      "ORDER BY employee_id", (ev,))]  # fmt: skip
    qtbot.mouseClick(desk.receiving.switch, Qt.MouseButton.LeftButton)
    assert desk.receiving.active and desk.receiving.date_note.text() == "(hari ini)"
    saturday = date.today() - timedelta(days=2)
    desk.receiving.date_edit.setDate(QDate(saturday.year, saturday.month, saturday.day))
    assert "bukan hari ini" in desk.receiving.date_note.text()
    scan(qtbot, desk, paktacode.short_code(ev, ids[1]))  # the "Kode lembar" typed by hand
    assert desk.feedback.tone == "ok"
    assert pakta(conn, ev, ids[1])[:3] == (1, "susulan", saturday.isoformat())
    scan(qtbot, desk, FAUZI)  # a NIP typed from a sheet whose QR will not scan
    assert desk.feedback.tone == "ok"
    fauzi = conn.execute("SELECT id FROM employees WHERE nip = ?", (FAUZI,)).fetchone()[0]
    assert pakta(conn, ev, fauzi)[:2] == (1, "susulan")
    # a date after today cannot be chosen
    future = date.today() + timedelta(days=3)
    desk.receiving.date_edit.setDate(QDate(future.year, future.month, future.day))
    assert desk.receiving.day() == date.today()
    # Esc clears the input; a read-only desk records nothing
    qtbot.keyClicks(desk.input, "P-1-")
    qtbot.keyClick(desk.input, Qt.Key.Key_Escape)
    assert desk.input.text() == "" and "Siap menerima" in desk.feedback.text()
    ctx.readonly = True
    logged = log_rows(conn)
    scan(qtbot, desk, paktacode.short_code(ev, ids[2]))
    assert desk.feedback.tone == "error" and "HANYA-BACA" in desk.feedback.text()
    assert log_rows(conn) == logged and pakta(conn, ev, ids[2])[0] == 0
    ctx.readonly = False
    # Ctrl+T again leaves the mode
    qtbot.keyClick(desk.input, Qt.Key.Key_T, CTRL)
    assert not desk.receiving.active and not desk.receiving.switch.isChecked()


def test_outstanding_view_saves_xlsx_and_prints_from_documents(
    qtbot: QtBot, ctx: AppContext, loop: tuple[int, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.event_combo.setCurrentIndex(reports.event_combo.findData(loop[0]))
    view = reports.outstanding
    assert [r[0] for r in view.unit_model.rows] == ["Dinas Kesehatan", "Dinas Pendidikan",
                                                     "Jumlah"]  # fmt: skip
    assert [r[1:5] for r in view.unit_model.rows][-1] == (6, 0, 0, 6)
    view.unit_table.selectRow(1)
    view._unit_clicked()
    assert view.unit() == "Dinas Pendidikan" and len(view.people_model.rows) == 3

    asked: list[QFileDialog] = []

    def dialog(shown: QFileDialog) -> list[str]:
        asked.append(shown)
        return []

    monkeypatch.setattr(file_dialogs, "_exec", dialog)
    view.ask_and_save("xlsx")
    assert Path(asked[0].directory().absolutePath()) == file_dialogs.start_folder("excel")
    assert Path(asked[0].selectedFiles()[0]).name == "pakta-belum-kembali-dinas-pendidikan.xlsx"

    out = tmp_path / "belum.xlsx"
    op = view.save_to(out, "xlsx")
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    sheet = load_workbook(out)["Belum Kembali"]
    names = [row[2] for row in sheet.iter_rows(values_only=True) if row[0] == "Dinas Pendidikan"]
    assert len(names) == 3

    opened: list[Path] = []
    view.open_file = opened.append
    pdf = tmp_path / "belum.pdf"
    op = view.save_to(pdf, "pdf")
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert opened == [pdf] and pdf.read_bytes().startswith(b"%PDF")
