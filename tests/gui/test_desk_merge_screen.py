"""Desk mode shows only Meja Hadir under a banner; the merge screen lists desks and conflicts."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from desk_helpers import site
from event_helpers import T0

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.services import checkin


@pytest.fixture(autouse=True)
def _no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKRAR_STATION", raising=False)


def test_desk_mode_and_merge_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ikrar_desktop.ui.desk.mode import open_merge
    from ikrar_desktop.ui.shell.main_window import MainWindow

    s = site(tmp_path, 2)
    nip = "198001012005011001"
    for name, minute in (("Meja 1", 5), ("Meja 2", 7)):
        checkin.scan(
            s.desks[name], s.event_id, nip, station=name, now=T0 + timedelta(minutes=minute)
        )
    files = [str(s.returned(n, timedelta(minutes=20))) for n in ("Meja 1", "Meja 2")]
    s.close()

    desk_ctx = AppContext.open(tmp_path / "Meja1.sqlite", SilentInteraction())
    desk = MainWindow(desk_ctx)
    qtbot.addWidget(desk)
    visible = [desk.sidebar.item(i).text() for i in range(desk.sidebar.count())
               if not desk.sidebar.item(i).isHidden()]  # fmt: skip
    assert visible == ["Meja Hadir"] and desk.current_page() == "meja"
    banner = desk.findChild(QLabel, "deskModeBanner")
    assert banner is not None and banner.text().startswith("Mode meja: Meja 1")
    desk_ctx.close()

    ctx = AppContext.open(tmp_path / "main.sqlite", SilentInteraction())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.findChild(QLabel, "deskModeBanner") is None
    dialog = open_merge(window, 1)
    qtbot.addWidget(dialog)
    dialog.merge(files)  # in the background since issue 20: wait for the outcome
    qtbot.waitUntil(lambda: "tindakan baru" in dialog.message.text())
    shown = dialog.message.text()  # the person once, named, with both desks' actions
    assert shown.count("Ahmad Fauzi") == 1 and f"(NIP {nip})" in shown
    assert "Meja 1: Hadir 08.05; Meja 2: Hadir 08.07" in shown
    assert dialog.desks.rowCount() == 2 and dialog.conflicts.rowCount() == 1
    assert "Hadir di dua meja" in dialog.conflicts.rows[0]
    assert "1 perlu dicek" in dialog.conflict_title.text()
    dialog.conflict_view.selectRow(0)
    dialog.confirm()
    assert "0 perlu dicek" in dialog.conflict_title.text()
    ctx.close()
