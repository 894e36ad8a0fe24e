"""The Tindak lanjut dialog from the Laporan page: print the letters, see the overdue, record
an OPD's reply."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import checkin, followup, registry
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft
from ikrar_desktop.ui.events.reports_page import ReportsPage

PEOPLE = [
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan"),
    ("Siti Rahmawati", "198502022010012002", "Dinas Pendidikan"),
    ("Rina Marlina", "198104042006042004", "Dinas Kesehatan"),
    ("Joko Prasetyo", "198106062006041007", "Kecamatan Cibinong"),
]


def known_event(ctx: AppContext) -> int:
    """Ahmad and Joko signed; Siti (Pendidikan) and Rina (Kesehatan) did not."""
    ids = {
        nama: registry.add_employee(ctx.conn, EmployeeDraft(nama=nama, nip=nip, unit=unit)).id
        for nama, nip, unit in PEOPLE
    }
    ev = event_service.create_event(
        ctx.conn, EventDraft(title="Apel Ikrar Netralitas", date=date(2024, 1, 8))
    ).event.id
    for name in ("Ahmad Fauzi", "Joko Prasetyo"):
        checkin.set_status(ctx.conn, ev, ids[name], "hadir")
        checkin.toggle_pakta(ctx.conn, ev, ids[name])
    return ev


def test_print_letters_mark_overdue_and_record_a_reply(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, tmp_path: Path
) -> None:
    ev = known_event(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.followup_button.isEnabled()
    qtbot.mouseClick(page.followup_button, Qt.MouseButton.LeftButton)
    dialog = page.followup_dialog
    assert dialog.model.rowCount() == 0 and "Belum ada surat" in dialog.summary.text()
    op = dialog.print_to(tmp_path / "tl.pdf", "tindak-lanjut")
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert (tmp_path / "tl.pdf").exists()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    shown = [(r[0], r[4], r[5], r[6]) for r in dialog.model.rows]
    assert shown == [("Dinas Kesehatan", 1, 1, "belum"), ("Dinas Pendidikan", 1, 1, "belum")]
    assert dialog.model.overdue == set()
    # a week and more later: both past their deadline, shown in red
    ctx.conn.execute("UPDATE followup_letters SET letter_date = '2024-01-15', "
                     "deadline = '2024-01-22'")  # fmt: skip
    dialog.refresh()
    assert dialog.model.overdue == {0, 1} and "2 terlambat" in dialog.summary.text()
    red = dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ForegroundRole)
    assert red is not None and "TERLAMBAT" in str(dialog.model.rows[1][6])
    # Dinas Pendidikan answers
    dialog.table.selectRow(1)
    dialog.reply_date.setDate(QDate(2024, 1, 20))
    dialog.reply_button.click()  # no number yet: refused, nothing recorded
    assert ctx.interaction.messages[-1][0] == "Balasan tidak dicatat"  # type: ignore[attr-defined]
    dialog.reply_number.setText("800/77/DISDIK/2024")
    dialog.reply_done.setValue(1)
    dialog.reply_button.click()
    status = {s.letter.unit_name: s for s in followup.letter_status(ctx.conn, ev)}
    reply = status["Dinas Pendidikan"].reply
    assert reply is not None and (reply.reply_date, reply.reply_number, reply.completed) == (
        "2024-01-20", "800/77/DISDIK/2024", 1)  # fmt: skip
    assert dialog.model.overdue == {0}
    assert dialog.model.rows[1][6] == "20-01-2024 · 800/77/DISDIK/2024 · 1 selesai"
    assert dialog.reply_number.text() == ""
    op = dialog.print_to(tmp_path / "laporan.pdf", "laporan")
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert (tmp_path / "laporan.pdf").read_bytes().startswith(b"%PDF")
    assert ctx.interaction.messages[-1][0] == "Cetak selesai"  # type: ignore[attr-defined]
