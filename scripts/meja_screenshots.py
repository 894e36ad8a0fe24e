"""Screenshots of Meja Hadir mid-event, its candidate list, the projector beside the desk and
a second PC in read-only mode (run under Xvfb:
`xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/meja_screenshots.py`)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from shot_helpers import DOCS, application, demo_database, grab, run_steps, shown_window


def mid_event(db: Path) -> tuple[int, str]:
    """A demo event at 08.00 with about 60% present, some excused and most of them signed;
    returns the event id and the NIP of someone still to come."""
    from ikrar_desktop.domain import attendance as rules
    from ikrar_desktop.services import checkin, events
    from ikrar_desktop.store.schema import open_database

    conn = open_database(db)
    made = events.create_event(
        conn,
        events.EventDraft(
            "Apel Ikrar Netralitas ASN", datetime.now().date(), time="08:00",
            place="Halaman Kantor Bupati",
        ),
        events.Scope(asn_only=True),
    )  # fmt: skip
    ev = made.event.id
    rows = conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND nip IS NOT NULL "
        "ORDER BY employee_id",
        (ev,),
    ).fetchall()
    rnd = random.Random(7)
    rnd.shuffle(rows)
    start = datetime.now().replace(hour=7, minute=15, second=0)
    cut = int(len(rows) * 0.6)
    for n, (emp,) in enumerate(rows[:cut]):
        when = start + timedelta(seconds=n * 2)
        checkin.set_status(conn, ev, emp, rules.HADIR, station="MEJA-1", now=when)
        if rnd.random() < 0.8:
            checkin.toggle_pakta(conn, ev, emp, True, station="MEJA-1", now=when)
    for (emp,) in rows[cut : cut + len(rows) // 20]:
        status = rnd.choice([rules.IZIN, rules.SAKIT, rules.CUTI, rules.DINAS_LUAR])
        checkin.set_status(conn, ev, emp, status, station="MEJA-1", now=start)
    waiting = conn.execute(
        """SELECT nip FROM obligations WHERE event_id = ? AND status IS NULL AND nip IS NOT NULL
           AND display_name LIKE '%,%' AND length(display_name) < 34 AND jabatan <> ''
           AND unit_name LIKE 'Dinas%' ORDER BY employee_id LIMIT 1""",
        (ev,),
    ).fetchone()[0]
    conn.close()
    return ev, waiting


def common_name(db: Path, ev: int) -> str:
    """A first name shared by several people still to come (for the candidate list)."""
    from ikrar_desktop.store.schema import open_database

    conn = open_database(db)
    names = [
        r[0].split()[0]
        for r in conn.execute(
            "SELECT nama FROM employees e JOIN obligations o ON o.employee_id = e.id "
            "WHERE o.event_id = ? AND o.status IS NULL",
            (ev,),
        )
    ]
    conn.close()
    counts = {n: names.count(n) for n in set(names) if len(n) > 3}
    return min((c, n) for n, c in counts.items() if c >= 5)[1]


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    db = demo_database("ikrar-meja-shots-", 3000)
    ev, nip = mid_event(db)
    app = application()
    window = shown_window(db, app, 1366, 740)
    desk = window.desk  # type: ignore[attr-defined]
    desk.beeper.beep = lambda: None

    def scan() -> None:
        desk.now = lambda: datetime.now().replace(hour=8, minute=3, second=12)
        QTest.keyClicks(desk.input, nip)
        QTest.keyClick(desk.input, Qt.Key.Key_Return)

    def pick() -> None:
        QTest.keyClicks(desk.input, common_name(db, ev))
        QTest.keyClick(desk.input, Qt.Key.Key_Return)

    def projector() -> None:
        desk.open_projector()
        desk.projector.resize(1366, 768)
        desk.projector.move(0, 0)

    def beside() -> None:  # one screen: the projector opens over the right half, no focus
        desk.toggle_projector()  # hide
        desk.toggle_projector()  # show again, placed beside the desk

    def whole_screen(name: str) -> None:
        """The screen as the clerk sees it: the desk, and the projector over its right part
        (each window rendered where it stands; Xvfb has no compositor to grab from)."""
        from PySide6.QtGui import QPainter, QPixmap

        app.processEvents()
        shot = QPixmap(app.primaryScreen().size())
        shot.fill(Qt.GlobalColor.black)
        painter = QPainter(shot)
        for shown in (window, desk.projector):
            painter.drawPixmap(shown.geometry().topLeft(), shown.grab())  # type: ignore[attr-defined]
        painter.end()
        shot.save(str(DOCS / name))
        print("saved", DOCS / name)

    second: list[object] = []

    def read_only() -> None:
        from ikrar_desktop.context import AppContext
        from ikrar_desktop.ui.common.interaction import QtInteraction
        from ikrar_desktop.ui.safety.start import after_open
        from ikrar_desktop.ui.shell.main_window import MainWindow

        desk.projector.hide()
        window.hide()  # type: ignore[attr-defined]
        ctx = AppContext.open(db, QtInteraction(), readonly=True)  # the first window holds it
        other = MainWindow(ctx)
        after_open(ctx, other)
        other.resize(1366, 740)
        other.show()
        other.show_page("meja")
        second.append(other)

    steps = [
        lambda: window.show_page("meja"),  # type: ignore[attr-defined]
        lambda: desk.select_event(ev),
        scan,
        lambda: grab(window, app, "meja-hadir.png"),
        pick,
        lambda: grab(window, app, "meja-pilih.png"),
        lambda: QTest.keyClick(desk.input, Qt.Key.Key_Escape),
        projector,
        lambda: grab(desk.projector, app, "proyektor.png"),
        beside,
        lambda: whole_screen("meja-proyektor.png"),
        read_only,
        lambda: grab(second[0], app, "hanya-baca.png"),
        lambda: second[0].show_page("pegawai"),  # type: ignore[attr-defined]
        lambda: grab(second[0], app, "hanya-baca-pegawai.png"),
        app.quit,
    ]
    run_steps(app, steps, 500, 400)
    for shown in (*second, window):
        shown.ctx.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
