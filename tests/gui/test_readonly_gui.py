"""A second PC in read-only mode: every write action is disabled, one line says who has the
database, and the way out (Coba buka lagi, or a desk package) is at hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QToolBar
from pytestqt.qtbot import QtBot
from test_desk import Clerk

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import events
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store import lock
from ikrar_desktop.store.schema import open_database
from ikrar_desktop.ui.safety.start import after_open
from ikrar_desktop.ui.shell.main_window import PAGES, MainWindow
from ikrar_desktop.ui.shell.readonly import WRITES

# every button a page may leave enabled in read-only mode: they only read, or write files
READS = {
    "pegawai": {"Ekspor Excel…"},
    "unit": {"Ekspor per unit ke Excel…"},
    "kegiatan": {"Riwayat…"},
    "meja": {
        "Buka halaman Kegiatan", "Proyektor (F12)", "Layar penuh (Shift+F12)",
        "Kembali ke catat hadir (Ctrl+T)",
    },
    "cetak": {"Pratinjau", "Centang yang tampil", "Kosongkan"},  # choosing people only
    "verifikasi": {"Periksa", "Cocokkan sidik"},
    "laporan": {
        "Ekspor rekap ke Excel…", "Ekspor daftar ini ke Excel…", "Simpan xlsx…", "Cetak…",
    },
    "pengawasan": {
        "Buka kasus", "Riwayat pegawai", "Ekspor Excel…", "Cetak lembar kasus…",
        "Cetak register…",
    },
    "beranda": {"Buka Meja Hadir", "Lihat rekap di Laporan", "Lihat di Kegiatan"},
    "pengaturan": set(),
}  # fmt: skip


@pytest.fixture
def second_pc(qtbot: QtBot, db_path: Path) -> Iterator[tuple[MainWindow, Clerk, lock.DatabaseLock]]:
    conn = open_database(db_path)
    generate_demo(conn, 40, seed=3)
    events.create_event(conn, events.EventDraft("Apel Pagi", "2024-03-01"))
    conn.close()
    held = lock.acquire(db_path)  # the first PC has it
    clerk = Clerk()
    ctx = AppContext.open(db_path, clerk, readonly=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    after_open(ctx, window)
    window.resize(1366, 740)
    window.show()
    yield window, clerk, held
    held.release()
    ctx.close()


def test_every_write_action_is_disabled(
    qtbot: QtBot, second_pc: tuple[MainWindow, Clerk, lock.DatabaseLock]
) -> None:
    window, _clerk, _held = second_pc
    for key, _label in PAGES:
        window.show_page(key)
        page = window.page(key)
        # Beranda's to-do items only open a page; their text changes with the data
        buttons = [
            b
            for b in page.findChildren(QPushButton)
            if b.text() and b.objectName() != "homeTodoItem"
        ]
        enabled = {b.text() for b in buttons if b.isEnabled()}
        assert not {b.text() for b in buttons if b.text() in WRITES[key] and b.isEnabled()}
        assert enabled <= READS[key], (key, enabled - READS[key])
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key().toString() in ("Ctrl+N", "Ctrl+I"):
                assert not shortcut.isEnabled(), (key, shortcut.key().toString())
    menu = {a.text(): a.isEnabled() for a in window.menuBar().findChildren(QAction)}
    assert menu["Buat &paket meja…"] is False
    assert menu["&Gabungkan berkas kembalian…"] is False
    # a page that enables Ubah when a row is chosen does not bring it back
    window.show_page("pegawai")
    window.employees.table.selectRow(0)
    assert not window.employees.edit_button.isEnabled()
    assert not window.employees.delete_button.isEnabled()
    # a dialog a reading button opens (Buka kasus) shows its writing buttons disabled
    sheet = QDialog(window)
    record, look = QPushButton("Catat langkah", sheet), QPushButton("Lihat", sheet)
    sheet.show()
    assert not record.isEnabled() and look.isEnabled()
    sheet.close()


def test_the_desk_refuses_scans_visibly(
    qtbot: QtBot, second_pc: tuple[MainWindow, Clerk, lock.DatabaseLock]
) -> None:
    window, _clerk, _held = second_pc
    window.show_page("meja")
    desk = window.desk
    qtbot.waitUntil(lambda: desk.event_id is not None)
    nip = window.ctx.conn.execute(
        "SELECT nip FROM obligations WHERE nip IS NOT NULL LIMIT 1"
    ).fetchone()[0]
    assert "HANYA-BACA" in desk.feedback.text()
    qtbot.keyClicks(desk.input, nip)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.feedback.tone == "error" and "HANYA-BACA" in desk.feedback.text()
    assert "Coba buka lagi" in desk.feedback.text() and "paket meja" in desk.feedback.text()
    assert not desk.counters.bulk_button.isEnabled()


def test_one_line_says_who_and_offers_the_way_out(
    qtbot: QtBot, second_pc: tuple[MainWindow, Clerk, lock.DatabaseLock]
) -> None:
    window, clerk, held = second_pc
    banner = window.findChild(QToolBar, "readonlyBanner")
    assert banner is not None
    text = banner.findChild(QLabel, "readonlyText")
    assert not text.wordWrap() and "\n" not in text.text()
    assert held.holder.pc in text.text() and "Hanya-baca" in text.text()
    assert banner.height() < 3 * text.fontMetrics().height()  # one line, not a squashed box
    retry = banner.findChild(QPushButton, "readonlyRetry")
    desk_way = banner.findChild(QPushButton, "readonlyDesk")
    desk_way.click()
    assert "Buat paket meja" in clerk.messages[-1][1]
    retry.click()  # the first PC still has it
    assert window.ctx.readonly and "sedang dibuka" in clerk.messages[-1][1]
    held.release()  # the first PC closes its program
    retry.click()
    assert not window.ctx.readonly and window.ctx.lock is not None
    assert window.findChild(QToolBar, "readonlyBanner") is None or not banner.isVisible()
    assert window.employees.add_button.isEnabled()
    window.ctx.conn.execute("SELECT 1").fetchone()
    window.ctx.lock.release()
