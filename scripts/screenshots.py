"""Screenshots for docs/ from a real window (run under Xvfb: `make screenshots`)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "img"


def grab(window: object, app: object, name: str) -> None:
    app.processEvents()  # type: ignore[attr-defined]
    screen = window.screen()  # type: ignore[attr-defined]
    pixmap = screen.grabWindow(window.winId())  # type: ignore[attr-defined]
    DOCS.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(DOCS / name))
    print("saved", DOCS / name)


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ikrar_desktop.ui.shell.application import create_application, open_window

    work = Path(tempfile.mkdtemp(prefix="ikrar-shots-"))
    empty_db = work / "kosong.sqlite"
    demo_db = work / "demo.sqlite"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ikrar_desktop",
            "--db",
            str(demo_db),
            "demo",
            "--employees",
            "5000",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    app = create_application()
    assert isinstance(app, QApplication)

    first = open_window(empty_db, app)
    first.resize(1280, 760)  # type: ignore[union-attr]
    first.show()  # type: ignore[union-attr]
    QTimer.singleShot(400, lambda: grab(first, app, "beranda-pertama.png"))
    QTimer.singleShot(500, first.close)  # type: ignore[union-attr]
    app.exec()

    window = open_window(demo_db, app)
    assert window is not None
    window.resize(1280, 760)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    steps = [
        lambda: grab(window, app, "pegawai.png"),
        lambda: window.employees.search.setText("ahmad fauzi"),  # type: ignore[attr-defined]
        lambda: grab(window, app, "pegawai-cari.png"),
        lambda: window.show_page("unit"),  # type: ignore[attr-defined]
        lambda: grab(window, app, "unit-kerja.png"),
        lambda: window.show_page("pengaturan"),  # type: ignore[attr-defined]
        lambda: grab(window, app, "pengaturan.png"),
        lambda: window.show_page("pegawai"),  # type: ignore[attr-defined]
        lambda: window.employees.search.setText("siti"),  # type: ignore[attr-defined]
        lambda: window.employees.table.selectRow(0),  # type: ignore[attr-defined]
        lambda: open_dialog(window, app),
        app.quit,
    ]
    for i, step in enumerate(steps):
        QTimer.singleShot(500 + i * 300, step)
    app.exec()
    return 0


def open_dialog(window: object, app: object) -> None:
    from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog

    emp = window.employees.selected()  # type: ignore[attr-defined]
    dialog = EmployeeDialog(window.ctx.conn, emp, parent=window)  # type: ignore[attr-defined,arg-type]
    dialog.show()
    app.processEvents()  # type: ignore[attr-defined]
    grab(dialog, app, "pegawai-ubah.png")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
