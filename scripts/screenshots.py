"""Screenshots for docs/ from a real window (run under Xvfb: `make screenshots`)."""

from __future__ import annotations

from shot_helpers import application, demo_database, grab, run_steps, shown_window


def main() -> int:
    from PySide6.QtCore import QTimer

    demo_db = demo_database("ikrar-shots-", 5000)
    empty_db = demo_db.parent / "kosong.sqlite"
    app = application()

    first = shown_window(empty_db, app, 1280, 760)
    QTimer.singleShot(400, lambda: grab(first, app, "beranda-pertama.png"))
    QTimer.singleShot(500, first.close)
    app.exec()

    window = shown_window(demo_db, app, 1280, 760)
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
    run_steps(app, steps, 500, 300)
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
