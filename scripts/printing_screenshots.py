"""Screenshots of the Cetak and Verifikasi pages on demo data (run under Xvfb, see below).

xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/printing_screenshots.py
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from render_documents import emblem
from shot_helpers import application, render, shown_window

from ikrar_desktop.services import checkin, printing
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store.events import Witness
from ikrar_desktop.store.schema import open_database


def seed(db: Path) -> tuple[int, str]:
    """Demo regency, one event with most present and signed, and its certificates printed.

    Returns the event and the verification code shown on the Verifikasi page."""
    conn: sqlite3.Connection = open_database(db)
    generate_demo(conn, 800)
    current = settings_service.load(conn)
    current.instansi = "Pemerintah Kabupaten Contoh"
    current.unit_name = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    current.address_lines = ["Jalan Tegar Beriman Nomor 1, Cibinong, Kabupaten Contoh 16914"]
    current.place = "Cibinong"
    current.logo = emblem()
    settings_service.save(conn, current)
    ev = event_service.create_event(
        conn,
        event_service.EventDraft(
            title="Ikrar Netralitas ASN Pemilu dan Pemilihan 2024", date=date(2024, 1, 8),
            time="07:30", place="Halaman Kantor Bupati",
            leader_name="Dr. H. Bambang Sutrisno, M.Si.", leader_jabatan="Pj. Bupati Contoh",
            witnesses=[Witness("H. Ujang Sutisna, S.H.", "Bawaslu Kabupaten Contoh", "Ketua")],
        ),
    ).event.id  # fmt: skip
    ids = [r[0] for r in conn.execute("SELECT employee_id FROM obligations ORDER BY 1")]
    for n, emp in enumerate(ids):
        if n % 9 == 4:
            checkin.set_status(conn, ev, emp, "izin")
            continue
        checkin.set_status(conn, ev, emp, "hadir")
        if n % 11:
            checkin.toggle_pakta(conn, ev, emp, True)
    out = Path(tempfile.mkdtemp(prefix="ikrar-sert-")) / "sertifikat.pdf"
    report = printing.print_document(conn, "sertifikat", ev, out)
    code = conn.execute(
        "SELECT code FROM certificates WHERE number = ?", (report.numbers[7],)
    ).fetchone()[0]
    conn.close()
    return ev, str(code)


def main() -> int:
    from PySide6.QtCore import QTimer

    work = Path(tempfile.mkdtemp(prefix="ikrar-shots-"))
    db = work / "demo.sqlite"
    app = application()
    ev, code = seed(db)
    window = shown_window(db, app, 1366, 740)
    cetak = window.printing  # type: ignore[attr-defined]
    verify = window.verify  # type: ignore[attr-defined]

    def preview() -> None:
        cetak.choose("pakta", ev)
        cetak.meterai_check.setChecked(True)
        op = cetak.make_preview()
        op.finished.connect(lambda _r: QTimer.singleShot(1200, after_preview))

    def after_preview() -> None:
        render(window, app, "cetak.png")
        window.show_page("verifikasi")  # type: ignore[attr-defined]
        verify.refresh()
        verify.event_combo.setCurrentIndex(verify.event_combo.findData(ev))
        verify.table.selectRow(7)
        verify.code_edit.setText(code)
        verify.check()
        QTimer.singleShot(500, lambda: (render(window, app, "verifikasi.png"), app.quit()))

    QTimer.singleShot(300, lambda: window.show_page("cetak"))  # type: ignore[attr-defined]
    QTimer.singleShot(700, preview)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
