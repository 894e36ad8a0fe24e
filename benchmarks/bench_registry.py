"""Issue 2 targets on a 50,000-employee database: start-up, search keystroke, edit dialog."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import CACHE, HEADER, ROOT, demo_db, median_ms, process_ms, row

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))


def main() -> None:
    db = demo_db(SIZE)
    # Both children read their modules as compiled bytecode, as an installed program does (pip
    # and the bundle ship .pyc files): the cache is written in the unmeasured first round. With
    # PYTHONDONTWRITEBYTECODE set, the program alone was recompiled from source on every start.
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "",
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }
    bare = process_ms(
        [sys.executable, "-c", "import PySide6.QtWidgets; print('imported', flush=True)"], env=env
    )
    start = process_ms(
        [sys.executable, str(ROOT / "benchmarks" / "start_window.py"), str(db)], env=env
    )

    from PySide6.QtWidgets import QApplication, QDialog

    from ikrar_desktop.context import AppContext
    from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog
    from ikrar_desktop.ui.registry.employees_page import EmployeesPage

    app = QApplication.instance() or QApplication([])
    ctx = AppContext.open(db)
    page = EmployeesPage(ctx)
    page.resize(1200, 700)
    page.show()
    app.processEvents()

    words = [
        "a",
        "ah",
        "ahm",
        "ahma",
        "ahmad",
        "ahmad ",
        "ahmad f",
        "ahmad fa",
        "ahmad fau",
        "ahmad fauz",
        "ahmad fauzi",
        "1980",
        "19800",
        "198005",
    ]
    state = {"i": 0}

    def keystroke() -> None:
        text = words[state["i"] % len(words)]
        state["i"] += 1
        page.search.setText(text)
        app.processEvents()

    page.search.setText("")
    app.processEvents()
    ids = list(page.model.all_ids())

    def reset() -> None:
        page.model.beginResetModel()
        page.model._ids = ids
        page.model._cache.clear()
        page.model.endResetModel()
        app.processEvents()

    search = median_ms(keystroke, rounds=len(words) * 3)
    page.search.setText("")
    app.processEvents()
    baseline_reset = median_ms(reset, rounds=30)

    emp = page.model.employee(100)

    def open_dialog() -> None:
        dialog = EmployeeDialog(ctx.conn, emp)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    def open_plain() -> None:
        dialog = QDialog()
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    dialog_ms = median_ms(open_dialog, rounds=20)
    plain_ms = median_ms(open_plain, rounds=20)

    print(f"Registry benchmark, {SIZE} employees (medians)\n")
    print(HEADER)
    print(
        row(
            "process start → main window shown",
            start,
            "`python -c 'import PySide6.QtWidgets'`",
            bare,
            "≤ 3×",
        )
    )
    print(
        row(
            "search keystroke → table updated",
            search,
            "model reset, same rows",
            baseline_reset,
            "≤ 3× and < 35 ms",
        )
    )
    print(row("open the edit dialog", dialog_ms, "empty QDialog shown", plain_ms, "—"))
    ctx.close()


if __name__ == "__main__":
    main()
