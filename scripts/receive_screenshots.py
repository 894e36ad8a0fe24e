"""Screenshots of Meja Hadir in receiving mode (after a green and after a red scan) and of the
Laporan page's "Lembar pakta kembali" tab (run under Xvfb:
`xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/receive_screenshots.py`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from meja_screenshots import mid_event
from shot_helpers import application, demo_database, grab, run_steps, shown_window


def sheets_back(db: Path, ev: int) -> tuple[str, str]:
    """Some sheets of the absent came back over the last days; returns the QR text of one
    still out, and one of another event (the red scan)."""
    from ikrar_desktop.domain import paktacode
    from ikrar_desktop.services import events, pakta_receive
    from ikrar_desktop.store.schema import open_database

    conn = open_database(db)
    out = [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND obliged = 1 AND "
        "pakta_signed = 0 ORDER BY employee_id", (ev,))]  # fmt: skip
    now = datetime.now()
    for n, emp in enumerate(out[::3]):
        day = now - timedelta(days=1 + n % 2)
        pakta_receive.receive(conn, ev, paktacode.payload(ev, emp), on=day.date(),
                              station="MEJA-1", now=now)  # fmt: skip
    waiting = conn.execute(
        """SELECT employee_id FROM obligations WHERE event_id = ? AND pakta_signed = 0
           AND obliged = 1 AND display_name LIKE '%,%' AND length(display_name) < 34
           AND jabatan <> '' ORDER BY employee_id DESC LIMIT 1""",
        (ev,),
    ).fetchone()[0]
    other = events.create_event(
        conn, events.EventDraft("Apel Ikrar Netralitas PPPK", now.date() + timedelta(days=7)),
        events.Scope(asn_only=True),
    ).event.id  # fmt: skip
    conn.close()
    return paktacode.payload(ev, waiting), paktacode.payload(other, out[-1])


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    db = demo_database("ikrar-receive-shots-", 3000)
    ev, _nip = mid_event(db)
    green, red = sheets_back(db, ev)
    app = application()
    window = shown_window(db, app, 1366, 740)
    desk = window.desk  # type: ignore[attr-defined]
    desk.beeper.beep = lambda: None

    def scan(code: str) -> None:
        QTest.keyClicks(desk.input, code)
        QTest.keyClick(desk.input, Qt.Key.Key_Return)

    def outstanding() -> None:
        window.show_page("laporan")  # type: ignore[attr-defined]
        reports = window.reports  # type: ignore[attr-defined]
        reports.event_combo.setCurrentIndex(reports.event_combo.findData(ev))
        reports.tabs.setCurrentWidget(reports.outstanding)
        view = reports.outstanding
        assert view.data is not None
        busy = max(range(len(view.data.units)), key=lambda i: view.data.units[i].out)  # type: ignore[union-attr]
        view.unit_table.selectRow(busy)
        view._unit_clicked()

    def settle() -> None:
        app.processEvents()
        window.repaint()  # type: ignore[attr-defined]

    steps = [
        lambda: window.show_page("meja"),  # type: ignore[attr-defined]
        lambda: desk.select_event(ev),
        lambda: QTest.keyClick(desk.input, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),
        lambda: scan(green),
        lambda: grab(window, app, "meja-terima-lembar.png"),
        lambda: scan(red),
        lambda: grab(window, app, "meja-terima-lembar-ditolak.png"),
        lambda: window.show_page("laporan"),  # type: ignore[attr-defined]
        settle,  # the page is built when first shown: let it paint once
        outstanding,
        settle,
        lambda: grab(window, app, "laporan-lembar-kembali.png"),
        app.quit,
    ]
    run_steps(app, steps, 500, 400)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
