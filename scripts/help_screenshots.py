"""Screenshots of Beranda with demo data and of the help window (docs/img/beranda.png,
docs/img/bantuan.png), then `scripts/build_help.py` to ship them with the guide.

xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/help_screenshots.py
"""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from shot_helpers import ROOT, application, demo_database, grab, run_steps, shown_window
from supervision_screenshots import seed as seed_cases


def stage(db: Path) -> None:
    """Today's apel under way (most scanned, most signed), an earlier pakta signing still
    collecting sheets, and the supervision demo's cases (some late)."""
    from ikrar_desktop.services import checkin, events
    from ikrar_desktop.services.events import EventDraft, Scope
    from ikrar_desktop.store.schema import open_database

    seed_cases(db)
    conn = open_database(db)
    rng = random.Random(20)
    units = [r[0] for r in conn.execute("SELECT id FROM units ORDER BY name_key LIMIT 8")]
    earlier = events.create_event(
        conn,
        EventDraft(title="Penandatanganan Pakta Integritas Pejabat", kind="pakta",
                   date=date.today() - timedelta(days=12), place="Aula Setda"),
        Scope(unit_ids=units, asn_only=True),
    ).event.id  # fmt: skip
    rows = conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?", (earlier,))
    for (emp,) in rows.fetchall():
        if rng.random() < 0.8:
            checkin.set_status(conn, earlier, emp, "hadir", station="meja-1")
            if rng.random() < 0.9:
                checkin.toggle_pakta(conn, earlier, emp, True, station="meja-1")
    apel = events.create_event(
        conn,
        EventDraft(title="Apel Ikrar Netralitas ASN Pilkada 2024", date=date.today(),
                   time="07:30", place="Halaman Kantor Bupati"),
    ).event.id  # fmt: skip
    ids = [r[0] for r in conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?",
                                      (apel,))]  # fmt: skip
    rng.shuffle(ids)
    for emp in ids[: int(len(ids) * 0.64)]:
        checkin.set_status(conn, apel, emp, "hadir", station="meja-1")
        if rng.random() < 0.93:
            checkin.toggle_pakta(conn, apel, emp, True, station="meja-1")
    events.create_event(
        conn, EventDraft(title="Ikrar Netralitas ASN Kecamatan", date=date.today() + timedelta(9))
    )
    conn.close()


def main() -> int:
    db = demo_database("ikrar-shots-", 3000)
    stage(db)
    app = application()
    window = shown_window(db, app, 1366, 740)

    def helpwindow() -> None:
        window.show_page("meja")  # type: ignore[attr-defined]
        shown = window.show_help()  # type: ignore[attr-defined]
        shown.resize(1180, 700)
        shown.move(90, 30)

    steps = [
        lambda: window.show_page("beranda"),  # type: ignore[attr-defined]
        lambda: grab(window, app, "beranda.png"),
        helpwindow,
        lambda: grab(window.help_window, app, "bantuan.png"),  # type: ignore[attr-defined]
        app.quit,
    ]
    run_steps(app, steps, 800, 500)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_help.py")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
