"""The About dialog: version, data folder, log file, licence notices; the Bantuan menu opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ikrar_desktop import __version__
from ikrar_desktop.context import AppContext
from ikrar_desktop.paths import Paths
from ikrar_desktop.ui.shell.about import AboutDialog, notices_html


def test_about_shows_version_and_locations(qtbot: QtBot, tmp_path: Path) -> None:
    paths = Paths(db=tmp_path / "ikrar.sqlite", data_dir=tmp_path / "data")
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.version_label.text()
    assert dialog.data_label.text() == str(tmp_path / "data")
    assert dialog.log_label.text() == str(paths.log_file)
    text = dialog.notices.toPlainText()
    for name in ("PySide6", "fpdf2", "openpyxl", "python-calamine", "sqlite-utils", "segno"):
        assert name in text
    assert "LGPL-3.0-only" in text and "Apache-2.0" in text


def test_bundled_fonts_are_listed_with_their_licence() -> None:
    from ikrar_desktop.notices import bundled_font_families

    html = notices_html()
    for family in bundled_font_families():
        assert f"Fon {family}" in html
    if any(f.startswith("Liberation") for f in bundled_font_families()):
        assert "OFL-1.1" in html


def test_help_menu_opens_about(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.ui.shell.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert opened == ["Tentang Ikrar Desktop"]
