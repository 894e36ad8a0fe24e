"""The main window fits the screen (1366×768 too), is remembered, and comes back on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from ikrar_desktop.ui.shell.window_geometry import (
    PREFERRED,
    brought_back,
    first_geometry,
    reachable,
)

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
DESKTOP = QRect(0, 0, 1920, 1040)


def test_small_screen_opens_maximized_inside_it() -> None:
    rect, maximized = first_geometry(LAPTOP)
    assert maximized
    assert LAPTOP.contains(rect)


def test_large_screen_gets_the_preferred_size_in_the_middle() -> None:
    rect, maximized = first_geometry(DESKTOP)
    assert not maximized
    assert rect.size() == PREFERRED and rect.center() == DESKTOP.center()


def test_window_on_an_unplugged_projector_comes_back() -> None:
    on_projector = QRect(1366 + 200, 100, 1280, 760)
    assert not reachable(on_projector, [LAPTOP])
    back = brought_back(on_projector, [LAPTOP])
    assert reachable(back, [LAPTOP]) and LAPTOP.contains(back)
    assert back.size() == QSize(1280, 728 - 40)  # shrunk to fit below the title bar
    beside = QRect(100, 80, 900, 600)
    assert brought_back(beside, [LAPTOP]) == beside  # a reachable place is left alone
    above = QRect(100, -500, 900, 600)  # the title bar above the screen: cannot be dragged
    assert not reachable(above, [LAPTOP])


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from ikrar_desktop.context import AppContext, SilentInteraction
    from ikrar_desktop.ui.shell.main_window import MainWindow
    app = QApplication([])
    ctx = AppContext.open(sys.argv[1], SilentInteraction())
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    frame, normal = window.frameGeometry(), window.normalGeometry()
    print(json.dumps({"maximized": window.isMaximized(),
                      "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                      "normal": [normal.x(), normal.y(), normal.width(), normal.height()]}))
    then = json.loads(sys.argv[2])
    if then.get("place"):
        window.showNormal()
        window.setGeometry(*then["place"])
    if then.get("maximize"):
        window.showMaximized()
    app.processEvents()
    window.close()
    ctx.close()
    """
)


def run_window(tmp_path: Path, screens: list[tuple[int, int, int, int]], then: dict) -> dict:
    """One run of the program's main window on the given screens (a separate process: the
    screens of a Qt process are fixed when it starts); what it showed, as JSON."""
    config = tmp_path / "layar.json"
    config.write_text(json.dumps({"screens": [
        {"name": f"Layar{i}", "x": x, "y": y, "width": w, "height": h, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1} for i, (x, y, w, h) in enumerate(screens)
    ]}))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "ikrar.sqlite"), json.dumps(then)],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_1366x768_screen_opens_maximized_within_it(tmp_path: Path) -> None:
    shown = run_window(tmp_path, [(0, 0, 1366, 768)], {})
    assert shown["maximized"]
    assert QRect(0, 0, 1366, 768).contains(QRect(*shown["frame"]))


def test_size_place_and_maximized_are_remembered(tmp_path: Path) -> None:
    full_hd = [(0, 0, 1920, 1080)]
    first = run_window(tmp_path, full_hd, {"place": [100, 80, 1100, 700]})
    assert not first["maximized"]
    assert QRect(*first["normal"]).size() == PREFERRED  # a large screen: the usual size
    second = run_window(tmp_path, full_hd, {"maximize": True})
    assert second["normal"] == [100, 80, 1100, 700] and not second["maximized"]
    third = run_window(tmp_path, full_hd, {})
    assert third["maximized"]


def test_remembered_place_on_an_unplugged_projector_is_brought_back(tmp_path: Path) -> None:
    laptop, projector = (0, 0, 1366, 768), (1366, 0, 1024, 768)
    run_window(tmp_path, [laptop, projector], {"place": [1500, 100, 1000, 650]})
    shown = run_window(tmp_path, [laptop], {})
    assert reachable(QRect(*shown["normal"]), [QRect(*laptop)])
    assert QRect(*laptop).contains(QRect(*shown["normal"]))


def test_every_page_fits_a_1366x768_screen(qtbot: Any, tmp_path: Path) -> None:
    """No page asks for more height than a 1366×768 screen leaves the window (Pengaturan with
    its backup panel needed 867 px: its bottom, Kelola pengguna included, was off screen)."""
    from ikrar_desktop.services.demo.generate import generate_demo
    from ikrar_desktop.store.schema import open_database
    from ikrar_desktop.ui.shell.application import open_window
    from ikrar_desktop.ui.shell.main_window import PAGES

    db = tmp_path / "ikrar.sqlite"
    conn = open_database(db)
    generate_demo(conn, 200)
    conn.close()
    window = open_window(db, QApplication.instance())
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    frame = 40  # title bar and borders
    try:
        for key, _label in PAGES:
            window.show_page(key)
            needed = window.minimumSizeHint().height()
            assert needed + frame <= LAPTOP.height(), (key, needed)
    finally:
        window.ctx.close()
