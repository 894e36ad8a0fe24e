"""Screenshots of the Kegiatan and Laporan pages on demo data (run under Xvfb, see below).

xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/events_screenshots.py
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime

from shot_helpers import application, demo_database, grab, run_steps, shown_window

from ikrar_desktop.services import checkin
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft, Scope
from ikrar_desktop.store.events import Witness

ABSENT = (("izin", 30), ("sakit", 20), ("cuti", 25), ("dinas-luar", 35),
          ("tugas-belajar", 6), ("tanpa-keterangan", 40))  # fmt: skip


def stage_events(conn: sqlite3.Connection) -> int:
    """An earlier closed pakta signing for a few units, and a big apel with partial attendance."""
    rng = random.Random(2024)
    units = [r[0] for r in conn.execute("SELECT id FROM units ORDER BY name_key LIMIT 6")]
    earlier = event_service.create_event(
        conn,
        EventDraft(title="Penandatanganan Pakta Integritas Pejabat", date=date(2023, 11, 20),
                   kind="pakta", time="09:00", place="Aula Setda"),
        Scope(unit_ids=units, asn_only=True),
    ).event.id  # fmt: skip
    for emp_id in [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ?", (earlier,))]:  # fmt: skip
        if rng.random() < 0.9:
            checkin.set_status(conn, earlier, emp_id, "hadir", station="meja-1")
            checkin.toggle_pakta(conn, earlier, emp_id, True, station="meja-1")
    event_service.close_event(conn, earlier)

    apel = event_service.create_event(
        conn,
        EventDraft(
            title="Apel Ikrar Netralitas ASN Pemilu 2024", date=date(2024, 1, 8),
            time="07:30", place="Halaman Kantor Bupati", leader_name="Drs. H. Asep Saepudin, M.Si.",
            leader_jabatan="Sekretaris Daerah",
            witnesses=[Witness("Dedi Kurnia, S.H.", "Bawaslu", "Ketua"),
                       Witness("Nurhayati, S.Sos.", "KPU", "Anggota")],
        ),
    ).event.id  # fmt: skip
    ids = [r[0] for r in conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?",
                                      (apel,))]  # fmt: skip
    rng.shuffle(ids)
    for emp_id in ids[:12]:
        event_service.set_obliged(
            conn, apel, emp_id, False, rng.choice(["Pensiun", "Mutasi keluar"])
        )
    scanned = ids[12 : int(len(ids) * 0.78)]
    for emp_id in scanned:
        checkin.set_status(conn, apel, emp_id, "hadir", station="meja-1")
        if rng.random() < 0.93:
            checkin.toggle_pakta(conn, apel, emp_id, True, station="meja-1")
    rest = ids[int(len(ids) * 0.78) :]
    cursor = 0
    for status, count in ABSENT:
        for emp_id in rest[cursor : cursor + count]:
            checkin.set_status(conn, apel, emp_id, status, station="meja-1")
        cursor += count
    for emp_id in rest[:45]:
        checkin.record_susulan(conn, apel, emp_id, date(2024, 1, 15), "Kantor OPD masing-masing")
    return apel


def main() -> int:
    from ikrar_desktop.store.connection import connect

    db = demo_database("ikrar-events-shots-", 3000)
    conn = connect(db)
    started = datetime.now()
    apel = stage_events(conn)
    conn.close()
    print("events staged in", datetime.now() - started)

    app = application()
    window = shown_window(db, app, 1280, 760)
    page = window.events  # type: ignore[attr-defined]

    def kegiatan() -> None:
        window.show_page("kegiatan")  # type: ignore[attr-defined]
        page.refresh(apel)
        page.people.search.setText("")

    def dialog() -> None:
        from ikrar_desktop.ui.events.dialog import EventDialog

        full = event_service.get_event(window.ctx.conn, apel)  # type: ignore[attr-defined]
        box = EventDialog(window.ctx.conn, full, parent=window)  # type: ignore[attr-defined,arg-type]
        box.tabs.setCurrentIndex(0)
        box.show()
        app.processEvents()
        grab(box, app, "kegiatan-ubah.png")
        box.tabs.setCurrentIndex(1)
        app.processEvents()
        grab(box, app, "kegiatan-saksi.png")
        box.close()

    def laporan() -> None:
        window.show_page("laporan")  # type: ignore[attr-defined]
        reports = window.reports  # type: ignore[attr-defined]
        reports.event_combo.setCurrentIndex(reports.event_combo.findData(apel))

    def matrix() -> None:
        window.reports.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]

    steps = [
        kegiatan,
        lambda: grab(window, app, "kegiatan.png"),
        dialog,
        laporan,
        lambda: grab(window, app, "laporan.png"),
        matrix,
        lambda: grab(window, app, "laporan-kelengkapan.png"),
        app.quit,
    ]
    run_steps(app, steps, 600, 400)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
