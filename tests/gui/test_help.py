"""Help inside the program: F1 at the page's chapter, the Bantuan menu, the bundled guide, and
the shortcut table that the guide, the dialog and the pages share."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShortcut
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.shell.help_window import PAGE_CHAPTERS, HelpWindow, heading_anchors
from ikrar_desktop.ui.shell.main_window import PAGES, MainWindow
from ikrar_desktop.ui.shell.shortcuts import DESK, EVERYWHERE, PAGE_SHORTCUTS, all_shortcuts

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # offscreen: raise_() is a no-op
ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "panduan.md"
ASSETS_HELP = ROOT / "src" / "ikrar_desktop" / "assets" / "help"


def build_help() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_help", ROOT / "scripts" / "build_help.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_help"] = module
    spec.loader.exec_module(module)
    return module


def heading_text(help_window: HelpWindow, anchor: str) -> str:
    return next(text for _lvl, text, name, _pos in help_window.browser.headings if name == anchor)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def press_f1(qtbot: QtBot, win: MainWindow) -> HelpWindow:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: win.help_window is not None and win.help_window.isVisible())
    assert win.help_window is not None
    return win.help_window


def test_f1_on_each_page_opens_the_guide_at_that_pages_chapter(
    qtbot: QtBot, window: MainWindow
) -> None:
    for key, label in PAGES:
        window.show_page(key)
        shown = press_f1(qtbot, window)
        qtbot.waitUntil(lambda s=shown, k=key: s.current_anchor() == PAGE_CHAPTERS[k])
        # the chapter is about that page: its heading names it
        assert label.casefold() in heading_text(shown, PAGE_CHAPTERS[key]).casefold()
        assert not shown.isModal()
    assert len(window.findChildren(HelpWindow)) == 1  # one window, moved to the chapter


def test_every_page_maps_to_a_heading_of_the_guide(qtbot: QtBot) -> None:
    assert set(PAGE_CHAPTERS) == {key for key, _label in PAGES}
    in_source = heading_anchors(GUIDE.read_text("utf-8"))
    shown = HelpWindow()
    qtbot.addWidget(shown)
    assert shown.anchors() == in_source  # Qt reads the same headings as the markdown has
    for key, anchor in PAGE_CHAPTERS.items():
        assert anchor in in_source, key


def test_links_inside_the_guide_lead_to_its_headings() -> None:
    text = GUIDE.read_text("utf-8")
    anchors = set(heading_anchors(text))
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links and [link for link in links if link not in anchors] == []


def test_bantuan_menu_has_the_guide_the_shortcuts_and_about(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.ui.shell.about import ShortcutsDialog

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bantuan")
    items = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert items == ["&Panduan pengguna", "Pintasan &papan ketik", "&Tentang Ikrar Desktop"]
    assert window.guide_action.shortcut().toString() == "F1"

    window.show_page("kegiatan")
    window.guide_action.trigger()
    assert window.help_window is not None and window.help_window.isVisible()
    qtbot.waitUntil(lambda: window.help_window.current_anchor() == "5-kegiatan")  # type: ignore[union-attr]

    seen: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: seen.append(self.rows()))
    window.shortcuts_action.trigger()
    assert seen == [[(s.keys, s.action, s.where) for s in all_shortcuts()]]
    assert ("Ctrl+9", "Buka halaman Pengawasan", EVERYWHERE) in seen[0]


def test_shortcut_dialog_opens_the_guide_at_the_shortcut_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    from ikrar_desktop.ui.shell.about import ShortcutsDialog

    dialog = ShortcutsDialog(window, lambda: window.show_help("pintasan-papan-ketik"))
    qtbot.addWidget(dialog)
    assert dialog.guide_button is not None
    assert dialog.guide_button.text() == "Buka panduan (F1)"
    dialog.guide_button.click()
    assert window.help_window is not None
    qtbot.waitUntil(lambda: window.help_window.current_anchor() == "pintasan-papan-ketik")  # type: ignore[union-attr]


def test_the_page_shortcuts_in_the_table_are_the_ones_installed(window: MainWindow) -> None:
    def shown(seq: str) -> str:
        return {"Return": "Enter"}.get(seq, seq)

    labels = dict(PAGES)
    for key, label in PAGES:
        page = window.page(key)
        installed = sorted(shown(s.key().toString()) for s in page.findChildren(QShortcut))
        listed = sorted(s.keys for s in PAGE_SHORTCUTS if s.where == label)
        assert installed == listed, label
    assert {s.where for s in PAGE_SHORTCUTS} <= set(labels.values())
    # the window's own: Ctrl+1 … Ctrl+0 as the table says, to the page the table names
    for shortcut in [
        s for s in all_shortcuts() if s.keys.startswith("Ctrl+") and s.where == EVERYWHERE
    ]:
        target = next(k for k, label in PAGES if shortcut.action.endswith(label))
        match = [s for s in window.findChildren(QShortcut) if s.key().toString() == shortcut.keys]
        assert len([s for s in match if s.parent() is window]) == 1
        window.show_page("pegawai" if target != "pegawai" else "beranda")
        next(s for s in match if s.parent() is window).activated.emit()
        assert window.current_page() == target


def test_the_desk_keys_in_the_table_are_the_desks_legend() -> None:
    from ikrar_desktop.ui.desk.page import LEGEND

    assert [s.keys for s in all_shortcuts() if s.where == DESK] == [k for k, _ in LEGEND]


def guide_table() -> list[tuple[str, str, str]]:
    text = GUIDE.read_text("utf-8")
    mod = build_help()
    block = text[text.index(mod.BEGIN) + len(mod.BEGIN) : text.index(mod.END)]
    rows = [line.strip("|").split("|") for line in block.strip().splitlines()[2:]]
    return [(a.strip(), b.strip(), c.strip()) for a, b, c in rows]


def test_the_guides_shortcut_table_is_the_codes() -> None:
    assert guide_table() == [(s.keys, s.action, s.where) for s in all_shortcuts()]


def test_shortcuts_named_in_the_guides_text_are_right() -> None:
    """ "Halaman **Pengawasan** (Ctrl+8)" was wrong: every page key the text names is checked."""
    text = GUIDE.read_text("utf-8")
    keys = {
        label: s.keys for s in all_shortcuts() for label in [s.action.removeprefix("Buka halaman ")]
    }
    found = re.findall(r"\*\*([A-Z][\w ]+)\*\* \((Ctrl\+\d)\)", text)
    assert found
    for label, key in found:
        assert keys.get(label) == key, (label, key)


def test_the_bundled_guide_is_current_and_packaged() -> None:
    assert build_help().stale() == []
    assert 'ikrar_desktop = ["assets/**/*"]' in (ROOT / "pyproject.toml").read_text("utf-8")
    spec = (ROOT / "installer" / "ikrar-desktop.spec").read_text("utf-8")
    assert '"src" / "ikrar_desktop" / "assets"), "ikrar_desktop/assets")' in spec
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from bundle_rules import keep
    finally:
        sys.path.remove(str(ROOT / "installer"))
    shipped = ASSETS_HELP.rglob("*")
    for path in [p for p in shipped if p.is_file()]:
        assert keep(f"ikrar_desktop/assets/help/{path.relative_to(ASSETS_HELP).as_posix()}")
    size = sum(p.stat().st_size for p in ASSETS_HELP.rglob("*") if p.is_file())
    assert size < 6_000_000  # only the pictures the guide shows


def test_the_stale_check_sees_a_changed_table() -> None:
    mod = build_help()
    text = GUIDE.read_text("utf-8").replace(
        "| Ctrl+9 | Buka halaman Pengawasan |", "| Ctrl+8 | Buka halaman Pengawasan |"
    )
    assert "docs/panduan.md: tabel pintasan tidak sama dengan kode" in mod.stale(text)


def test_help_window_finds_text_and_goes_back_and_forward(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = HelpWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.toc.topLevelItemCount() >= 14
    shown.open_at("6-meja-hadir")
    qtbot.waitUntil(lambda: shown.current_anchor() == "6-meja-hadir")
    chapter = next(
        shown.toc.topLevelItem(i)
        for i in range(shown.toc.topLevelItemCount())
        if shown.toc.topLevelItem(i).text(0) == "11. Pengawasan"
    )
    shown.toc.itemClicked.emit(chapter, 0)
    qtbot.waitUntil(lambda: shown.current_anchor() == "11-pengawasan")
    assert shown.back_button.isEnabled()
    shown.back_button.click()
    qtbot.waitUntil(lambda: shown.current_anchor() == "6-meja-hadir")
    assert shown.forward_button.isEnabled()
    shown.forward_button.click()
    qtbot.waitUntil(lambda: shown.current_anchor() == "11-pengawasan")

    qtbot.keyClicks(shown.find_box, "kata sandi meja")
    qtbot.keyClick(shown.find_box, Qt.Key.Key_Return)
    assert shown.browser.textCursor().selectedText().casefold() == "kata sandi meja"
    assert shown.find_note.text() == ""
    reading = shown.current_anchor()
    assert reading == "7-beberapa-meja-hadir"
    shown.find_box.setText("tidak ada di panduan xyz")
    assert not shown.find_next()
    assert shown.find_note.text() == "Tidak ditemukan"
    assert shown.current_anchor() == reading

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    shown.browser.setSource(QUrl("documents/pakta-a4.png"))
    assert opened and opened[0].toLocalFile().endswith("documents/pakta-a4.png")
    assert shown.current_anchor() == reading  # the guide stays where it was
