"""The desk passphrase in the window: shown once with a copy button, typed at the desk."""

from __future__ import annotations

import re
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from desk_helpers import FAST_KDF, PASSPHRASE, export, site

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.services import desk_sync
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.desk import mode as desk_mode
from ikrar_desktop.ui.desk.passphrase import PackageOpen, PassphraseShown


@pytest.fixture(autouse=True)
def _no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKRAR_STATION", raising=False)


def test_export_shows_the_passphrase_once_with_a_copy_button(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site(tmp_path, 0).close()
    ctx = AppContext.open(tmp_path / "main.sqlite", SilentInteraction())
    out = tmp_path / "Meja-5.ikrarmeja"
    monkeypatch.setattr(pkg, "KDF_LOG2_N", FAST_KDF)
    monkeypatch.setattr(desk_mode.QInputDialog, "getItem", lambda *a: (a[3][0], True))
    monkeypatch.setattr(desk_mode.QInputDialog, "getText", lambda *a, **k: ("Meja 5", True))
    monkeypatch.setattr(file_dialogs, "_exec", lambda dialog: [str(out)])
    window = QWidget()
    qtbot.addWidget(window)
    shown = desk_mode.export_package(window, ctx)
    assert isinstance(shown, PassphraseShown)
    qtbot.waitUntil(shown.isVisible)
    phrase = shown.phrase.text()
    assert re.fullmatch(r"([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}", phrase)
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == phrase
    assert pkg.open_package(pkg.read(out), phrase)["desk"] == "Meja 5"
    stored = " ".join(str(v) for (v,) in ctx.conn.execute("SELECT value FROM settings"))
    assert phrase not in stored
    qtbot.mouseClick(shown.done_button, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
    ctx.close()


def test_desk_clerk_types_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    s = site(tmp_path, 0)
    package = tmp_path / "Meja1.ikrarmeja"
    export(s.main, s.event_id, "Meja 1", package)
    s.close()
    ctx = AppContext.open(tmp_path / "meja1.sqlite", SilentInteraction())
    window = QWidget()
    qtbot.addWidget(window)
    dialog = desk_mode.import_package(window, ctx, str(package))
    assert isinstance(dialog, PackageOpen)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.passphrase, "SALAH-SALAH-SALAH")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "salah" in dialog.error.text()
    assert desk_sync.desk_info(ctx.conn) is None
    assert ctx.conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE.lower())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    info = desk_sync.desk_info(ctx.conn)
    assert info is not None and info.name == "Meja 1"
    assert any("mode meja" in m for _, m in ctx.interaction.messages)  # type: ignore[attr-defined]
    ctx.close()


def test_a_return_offered_as_a_package_is_refused_before_asking(
    qtbot: QtBot, tmp_path: Path
) -> None:
    s = site(tmp_path, 1)
    ret = s.returned("Meja 1", timedelta(minutes=5))
    s.close()
    ctx = AppContext.open(tmp_path / "baru.sqlite", SilentInteraction())
    window = QWidget()
    qtbot.addWidget(window)
    assert desk_mode.import_package(window, ctx, str(ret)) is None
    assert "berkas kembalian" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]
    ctx.close()
