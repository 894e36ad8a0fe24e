"""Screenshots of the Pengawasan page for docs/ (run under Xvfb, like scripts/screenshots.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from shot_helpers import application, demo_database, render, run_steps, shown_window

# employee index in the demo list, form, source, reference, days ago, steps (step, days ago, extra)
CASES = [
    (
        3,
        "KE-4",
        "bkn-sbt",
        "SBT-2024-00112",
        60,
        [
            ("verified", 55, {}),
            ("recommendation", 40, {"note": "Rekomendasi BKN: sanksi moral"}),
            ("decision", 30, {"sk_number": f"800/112/BKPSDM/{date.today().year}"}),
            (
                "sanction",
                28,
                {"sanction": "SM-2", "sk_number": f"800/113/BKPSDM/{date.today().year}"},
            ),
        ],
    ),
    (
        11,
        "D-5",
        "bawaslu",
        "045/PP.01.02/K.JB-12/2024",
        45,
        [("verified", 40, {"note": "Terbukti sebagai pengurus partai"})],
    ),
    (25, "KE-5", "lapor", "LAPOR-7719203", 20, []),
    (40, "D-11", "temuan", "LHP Inspektorat 12/2024", 3, []),
    (
        57,
        "KE-2",
        "masyarakat",
        "",
        35,
        [("not-proven", 30, {"note": "Akun bukan milik terlapor"}), ("done", 29, {})],
    ),
    (70, "D-8", "bawaslu", "051/PP.01.02/K.JB-12/2024", 12, [("verified", 6, {})]),
    (88, "KE-3", "bkn-sbt", "SBT-2024-00140", 9, []),
]


def seed(db: Path) -> int:
    """Demo cases relative to today, so some are late; returns the case shown in detail."""
    from ikrar_desktop.services import case_evidence, checkin, events
    from ikrar_desktop.services import cases as svc
    from ikrar_desktop.store.schema import open_database

    conn = open_database(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM employees WHERE nip IS NOT NULL ORDER BY id")]
    today = date.today()
    first = ids[CASES[0][0]]
    made = events.create_event(
        conn,
        events.EventDraft(title="Ikrar Netralitas ASN Pilkada 2024", date=today - timedelta(90),
                          kind="pakta", place="Pendopo Kabupaten"),
        events.Scope(employee_ids=[first]),
    )  # fmt: skip
    checkin.set_status(conn, made.event.id, first, "hadir")
    checkin.toggle_pakta(conn, made.event.id, first)
    shown = 0
    for index, form, source, ref, ago, steps in CASES:
        case = svc.add_case(
            conn,
            svc.CaseDraft(ids[index], form, source, today - timedelta(ago), source_ref=ref,
                          election="Pilkada 2024",
                          description="Unggahan di media sosial mendukung bakal calon bupati."),
        )  # fmt: skip
        for step, days, extra in steps:
            svc.update_step(conn, case.id, step, today - timedelta(days), **extra)  # type: ignore[arg-type]
        shown = shown or case.id
    case_evidence.add_evidence(conn, shown, "tangkapan-layar-instagram.png", _png(), "image/png")
    case_evidence.add_evidence(conn, shown, "surat-rekomendasi-bkn.pdf", b"%PDF-1.4\n% contoh\n")
    conn.close()
    return shown


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7f1"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from ikrar_desktop.ui.cases.detail import CaseDetailDialog

    db = demo_database("ikrar-shots-", 2000)
    app = application()
    shown = seed(db)
    window = shown_window(db, app, 1366, 740)

    def detail() -> None:
        dialog = CaseDetailDialog(window.ctx, shown, window)  # type: ignore[attr-defined]
        dialog.resize(1040, 700)
        dialog.show()
        render(dialog, app, "pengawasan-kasus.png")
        dialog.tabs.setCurrentIndex(2)
        render(dialog, app, "pengawasan-riwayat.png")
        dialog.close()

    steps = [
        lambda: window.show_page("pengawasan"),  # type: ignore[attr-defined]
        lambda: render(window, app, "pengawasan.png"),
        detail,
        app.quit,
    ]
    run_steps(app, steps, 500, 400)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
