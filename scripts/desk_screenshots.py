"""Screenshots of desk mode and of the merge screen with a conflict (run under Xvfb)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from shot_helpers import application, grab, run_steps, shown_window


def prepare(work: Path) -> tuple[Path, Path, list[Path], int]:
    """A small regency, one event, two desks that both saw the same person."""
    from ikrar_desktop.services import checkin, desk_sync, events
    from ikrar_desktop.services.demo import generate_demo
    from ikrar_desktop.store.schema import open_database

    main_path = work / "utama.sqlite"
    main = open_database(main_path)
    generate_demo(main, 600, seed=9)
    units = [r[0] for r in main.execute("SELECT id FROM units ORDER BY id LIMIT 6")]
    t0 = datetime.now().astimezone().replace(hour=7, minute=30, second=0, microsecond=0)
    ev = events.create_event(
        main, events.EventDraft("Apel Ikrar Netralitas ASN", t0.date(), place="Alun-alun"),
        events.Scope(unit_ids=units),
    ).event.id  # fmt: skip
    people = [r[0] for r in main.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? ORDER BY id", (ev,))]  # fmt: skip
    desks, returns = [], []
    for n in (1, 2):
        pkg = work / f"meja{n}.ikrarmeja"
        made = desk_sync.export_package(main, ev, f"Meja {n}", pkg, now=t0)
        conn = open_database(work / f"meja{n}.sqlite")
        desk_sync.import_package(conn, pkg, made.passphrase, now=t0 + timedelta(minutes=5))
        desks.append(conn)
    for i, emp in enumerate(people[:40]):
        desk = desks[i % 2]
        checkin.set_status(desk, ev, emp, "hadir", station=f"Meja {i % 2 + 1}", operator="ani",
                           now=t0 + timedelta(minutes=10, seconds=20 * i))  # fmt: skip
    checkin.set_status(desks[1], ev, people[0], "hadir", station="Meja 2", operator="budi",
                       now=t0 + timedelta(minutes=25))  # fmt: skip
    checkin.set_status(desks[0], ev, people[3], "izin", station="Meja 1", operator="ani",
                       now=t0 + timedelta(minutes=26))  # fmt: skip
    for n, conn in enumerate(desks, 1):
        out = work / f"meja{n}.ikrarkembali"
        desk_sync.export_return(conn, out, now=t0 + timedelta(minutes=40))
        returns.append(out)
        conn.close()
    main.close()
    return main_path, work / "meja1.sqlite", returns, ev


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    work = Path(tempfile.mkdtemp(prefix="ikrar-desk-shots-"))
    main_db, desk_db, returns, ev = prepare(work)
    app = application()
    app.setQuitOnLastWindowClosed(False)

    desk = shown_window(desk_db, app, 1280, 760)
    page = desk.desk  # type: ignore[attr-defined]
    steps = [
        lambda: page.input.setText("Siti"),
        lambda: QTest.keyClick(page.input, Qt.Key.Key_Return),
        lambda: grab(desk, app, "mode-meja.png"),
        desk.close,  # type: ignore[attr-defined]
        app.quit,
    ]
    run_steps(app, steps, 600, 400)
    os.environ.pop("IKRAR_STATION", None)

    window = shown_window(main_db, app, 1280, 760)
    from ikrar_desktop.ui.desk.mode import open_merge

    dialog = open_merge(window, ev)  # type: ignore[arg-type]
    steps = [
        lambda: dialog.merge([str(p) for p in returns]),  # type: ignore[attr-defined]
        lambda: dialog.conflict_view.selectRow(0),  # type: ignore[attr-defined]
        lambda: grab(dialog, app, "gabung-meja.png"),
        app.quit,
    ]
    run_steps(app, steps, 600, 400)
    return 0


if __name__ == "__main__":
    sys.exit(main())
