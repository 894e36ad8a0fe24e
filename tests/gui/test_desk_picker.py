"""The desk's candidate list, the inactive person, the undo message, the event box, the
layout under a long headline, and lists sorted on the bare name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from test_desk import FAUZI, JOKO, key, log_count, row, scan

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.names import sort_key
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services import events, recap, registry
from ikrar_desktop.ui.desk.page import DeskPage
from ikrar_desktop.ui.events.people import PeopleModel

BAMBANG = [
    ("Bambang Hartono", "199101012020011001", "Kepala Seksi Pemerintahan dan Ketenteraman"),
    ("Bambang Prasetyo", "199101012020011002", "Penata Layanan Operasional"),
    ("Bambang Setiawan", "199101012020011003", "Pengelola Data dan Informasi"),
    ("Bambang Kurniawan", "199101012020011004", "Analis Kebijakan Ahli Muda"),
    ("Bambang Gunawan", "199101012020011005", "Sekretaris Kecamatan"),
]


def add_bambangs(desk: DeskPage) -> None:
    for nama, nip, jabatan in BAMBANG:
        registry.add_employee(
            desk.ctx.conn,
            EmployeeDraft(nama=nama, nip=nip, unit="Kecamatan Cibinong", jabatan=jabatan),
        )
    gone = desk.ctx.conn.execute("SELECT id FROM employees WHERE nip = ?", (BAMBANG[4][1],))
    registry.set_active(desk.ctx.conn, gone.fetchone()[0], False, "Mutasi ke Kabupaten Bogor")


def test_the_picker_shows_every_candidate_in_full(qtbot: QtBot, desk: DeskPage) -> None:
    add_bambangs(desk)
    desk.resize(1166, 700)
    scan(qtbot, desk, "bambang")  # five, none of them on this event's list
    picks = desk.picks
    assert picks.isVisible() and len(picks.people) == 5
    assert not desk.history.isVisible()  # the candidates take the history's room
    metrics = QFontMetrics(picks.font())
    shown = picks.viewport().rect()
    for n, person in enumerate(picks.people[: picks.MAX_ROWS]):
        item = picks.item(n)
        text = item.text()
        assert person.name in text and (person.jabatan or "(tanpa jabatan)") in text
        assert (person.unit or "(tanpa unit)") in text
        if person.nip:
            assert format_nip(person.nip) in text
        rect = picks.visualItemRect(item)
        assert shown.contains(rect), (n, rect, shown)  # the whole row is visible
        nip_line = text.split("\n")[1]
        assert metrics.horizontalAdvance(nip_line) <= rect.width()  # never cut off
        assert rect.height() >= 3 * metrics.lineSpacing()
    statuses = [picks.item(n).text().split("\n")[0] for n in range(len(picks.people))]
    assert any("di luar daftar kegiatan" in s for s in statuses)
    assert any("NONAKTIF — Mutasi ke Kabupaten Bogor" in s for s in statuses)
    # keyboard-driven: arrows move, Esc closes and the history comes back
    before = picks.currentRow()
    key(qtbot, desk, Qt.Key.Key_Down)
    assert picks.currentRow() == before + 1
    key(qtbot, desk, Qt.Key.Key_Escape)
    assert not picks.isVisible() and desk.history.isVisible()
    assert log_count(desk.ctx.conn) == 0


def test_an_inactive_person_is_named_as_inactive_before_the_walk_in_offer(
    qtbot: QtBot, desk: DeskPage
) -> None:
    joko = desk.ctx.conn.execute("SELECT id FROM employees WHERE nip = ?", (JOKO,)).fetchone()
    registry.set_active(desk.ctx.conn, joko[0], False, "Mutasi ke Kabupaten Bogor")
    scan(qtbot, desk, JOKO)
    text = desk.feedback.text()
    assert "NONAKTIF" in text and "Mutasi ke Kabupaten Bogor" in text
    assert "sejak" in text and "tetap tambahkan" in text
    assert row(desk.ctx.conn, JOKO) is None  # nothing added until the clerk says so


def test_the_undo_message_says_what_was_undone_and_the_state_now(
    qtbot: QtBot, desk: DeskPage
) -> None:
    scan(qtbot, desk, FAUZI)
    key(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    text = desk.feedback.text()
    assert "DIBATALKAN: catatan Hadir" in text
    assert "Sekarang: Belum tercatat" in text
    assert "→ Hadir" not in text


def test_the_event_box_drops_draft_after_the_first_scan(qtbot: QtBot, desk: DeskPage) -> None:
    assert "draf" in desk.event_box.currentText()
    scan(qtbot, desk, FAUZI)
    assert "draf" not in desk.event_box.currentText()
    assert desk.event_title().startswith("Apel Ikrar Netralitas")


def test_a_long_headline_leaves_the_opd_table_its_width(qtbot: QtBot, desk: DeskPage) -> None:
    desk.resize(1130, 700)
    scan(qtbot, desk, JOKO)
    key(qtbot, desk, Qt.Key.Key_Return)  # "PESERTA TAMBAHAN — HADIR ✓  pukul 08.03"
    assert "PESERTA TAMBAHAN" in desk.feedback.text()
    qtbot.waitUntil(lambda: desk.counters.width() >= 480)
    table = desk.counters.table
    metrics = QFontMetrics(table.font())
    assert table.columnWidth(0) >= metrics.horizontalAdvance("Kecamatan Cibinong")
    assert desk.feedback.minimumSizeHint().width() < desk.width() // 2


def test_participant_and_not_signed_lists_sort_on_the_bare_name(desk: DeskPage) -> None:
    conn = desk.ctx.conn
    for nama, nip in (("dr. Andi Wijaya", "197001012000011001"), ("Abdul Somad", "")):
        registry.add_employee(
            conn, EmployeeDraft(nama=nama, nip=nip, nik="" if nip else "3201010101700001",
                                unit="Dinas Pendidikan", status="PNS" if nip else "Non-ASN")
        )  # fmt: skip
    made = events.create_event(conn, events.EventDraft("Apel Kedua", "2024-02-01"))
    model = PeopleModel(conn)
    model.load(made.event.id, None, None, "")
    names = [model.obligation(r).display_name for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert names == sorted(names, key=sort_key)
    assert names.index("dr. Andi Wijaya") < names.index("Budi Santoso")  # not after Z
    assert names.index("Dr. H. Ahmad Fauzi, S.Pd., M.Si.") < names.index("Budi Santoso")
    unsigned = recap.not_signed(conn, made.event.id)["Dinas Pendidikan"]
    listed = [o.display_name for o in unsigned]
    assert listed == sorted(listed, key=sort_key)
    assert listed.index("dr. Andi Wijaya") < listed.index("Budi Santoso")
