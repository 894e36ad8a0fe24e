"""Pengaturan: the leader, the time zone and the number patterns are saved; bad ones refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.shell.settings_page import SettingsPage


def test_leader_zone_and_patterns_are_saved(qtbot: QtBot, ctx: AppContext) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.zone.currentText() == "WIB"
    assert page.patterns["sertifikat"].text() == "800/{n:4}/BKPSDM/{tahun}"
    page.instansi.setText("kabupaten contoh")
    page.zone.setCurrentText("WIT")
    page.leader_name.setText("Dr. Ir. Budi Penjabat, M.T.")
    page.leader_jabatan.setText("Pj. Bupati Contoh")
    page.patterns["berita-acara"].setText("800/{urut:03d}/{kode}/{bulan_romawi}/{tahun}")
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    saved = settings_service.load(ctx.conn)
    assert (saved.zona_waktu, saved.pimpinan_jabatan) == ("WIT", "Pj. Bupati Contoh")
    assert saved.numbers["berita-acara"] == "800/{n:3}/{kode}/{bulan_romawi}/{tahun}"
    assert page.patterns["berita-acara"].text() == "800/{n:3}/{kode}/{bulan_romawi}/{tahun}"

    page.patterns["sertifikat"].setText("800/BKPSDM/{tahun}")  # no {n}
    page.save()
    assert ctx.interaction.messages[-1][0] == "Pengaturan"  # type: ignore[attr-defined]
    assert "{n}" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]
    assert settings_service.load(ctx.conn).numbers["sertifikat"] == "800/{n:4}/BKPSDM/{tahun}"
