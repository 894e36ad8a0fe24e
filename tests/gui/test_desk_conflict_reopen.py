"""The merge screen shows why a conflict the clerk had confirmed is open again."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from desk_helpers import site
from event_helpers import T0

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.services import checkin, desk_conflicts, desk_returns
from ikrar_desktop.store import desk as desk_store


@pytest.fixture(autouse=True)
def _no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKRAR_STATION", raising=False)


def test_a_reopened_conflict_says_what_was_confirmed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ikrar_desktop.ui.desk.mode import open_merge
    from ikrar_desktop.ui.shell.main_window import MainWindow

    s = site(tmp_path, 2)
    a, b = s.desks["Meja 1"], s.desks["Meja 2"]
    siti = s.people[1].id
    at = lambda minutes: T0 + timedelta(minutes=minutes)  # noqa: E731
    checkin.set_status(a, s.event_id, siti, "hadir", station="Meja 1", now=at(0))
    early = s.returned("Meja 1", timedelta(minutes=2))
    checkin.toggle_pakta(a, s.event_id, siti, True, station="Meja 1", now=at(3))
    late = s.returned("Meja 1", timedelta(minutes=4))
    checkin.set_status(b, s.event_id, siti, "izin", station="Meja 2", now=at(2.5))
    for f in (early, s.returned("Meja 2", timedelta(minutes=4))):
        desk_returns.merge_return(s.main, f, now=at(30))
    (c,) = desk_store.list_conflicts(s.main, s.event_id)
    desk_conflicts.confirm_conflict(s.main, int(str(c["id"])), operator="ani", now=at(31))
    s.close()

    ctx = AppContext.open(tmp_path / "main.sqlite", SilentInteraction())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = open_merge(window, s.event_id)
    qtbot.addWidget(dialog)
    assert "0 perlu dicek" in dialog.conflict_title.text()
    dialog.merge([str(late)])  # the pakta arrives: Hadir now holds, not Izin
    qtbot.waitUntil(lambda: "1 perlu dicek" in dialog.conflict_title.text())  # in the background
    (row,) = dialog.conflicts.rows
    text = "\n".join(str(x) for x in row)
    assert "Perlu dicek" in text and "Yang berlaku: Hadir" in text
    assert "Dibuka lagi" in text and "dikonfirmasi oleh ani" in text
    assert "Yang berlaku yang terakhir: Izin" in text  # what the clerk had accepted
    ctx.close()
