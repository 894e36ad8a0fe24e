"""Render one page of every document on A4 and F4 from demo data into docs/documents/*.png."""

from __future__ import annotations

import argparse
import io
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.services import checkin, events, printing
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store.events import Witness
from ikrar_desktop.store.schema import open_database

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("pakta", "daftar-hadir", "sertifikat", "berita-acara", "rekap")


def emblem() -> bytes:
    """A plain black shield standing in for the regency's lambang daerah."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (300, 360), 255)
    draw = ImageDraw.Draw(img)
    shield = [(150, 8), (292, 58), (272, 250), (150, 352), (28, 250), (8, 58)]
    draw.polygon(shield, outline=0, width=10)
    draw.polygon([(150, 60), (240, 95), (226, 225), (150, 292), (74, 225), (60, 95)], fill=0)
    draw.ellipse((118, 120, 182, 184), fill=255)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def build(db: Path, employees: int = 600) -> tuple[object, int, int, str]:
    """A demo regency with one event: most signed at the event, a few later, some absent.

    Returns (connection, event id, the employee with the longest name, that person's unit).
    """
    conn = open_database(db)
    summary = generate_demo(conn, employees)
    current = settings_service.load(conn)
    current.instansi = "Pemerintah Kabupaten Contoh"
    current.unit_name = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    current.address_lines = [
        "Jalan Tegar Beriman Nomor 1, Cibinong, Kabupaten Contoh, Jawa Barat 16914",
        "Telepon (021) 8765432 · Laman bkpsdm.contohkab.go.id · Pos-el bkpsdm@contohkab.go.id",
    ]
    current.place = "Cibinong"
    current.logo = emblem()
    settings_service.save(conn, current)
    draft = events.EventDraft(
        title="Ikrar Netralitas dan Penandatanganan Pakta Integritas ASN pada Pemilu dan "
        "Pemilihan Tahun 2024",
        date=date(2023, 9, 18), time="08:00", place="Lapangan Tegar Beriman",
        election="Pemilu dan Pemilihan Tahun 2024",
        leader_name="Dr. H. Bambang Sutrisno, M.Si.", leader_jabatan="Pj. Bupati Contoh",
        witnesses=[Witness("H. Ujang Sutisna, S.H.", "Bawaslu Kabupaten Contoh", "Ketua"),
                   Witness("Drs. Asep Saepudin, M.M.", "BKPSDM", "Kepala Badan")],
    )  # fmt: skip
    event = events.create_event(conn, draft).event
    events.open_event(conn, event.id, operator="skrip", station="render")
    longest = summary.longest_names[0]
    row = conn.execute(
        "SELECT o.employee_id, o.unit_name FROM obligations o WHERE o.event_id = ? "
        "AND o.display_name = ?",
        (event.id, longest),
    ).fetchone()
    ids = [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? ORDER BY employee_id", (event.id,)
    )]  # fmt: skip
    for n, emp in enumerate(ids):
        if n % 10 == 9 and emp != row[0]:
            checkin.set_status(conn, event.id, emp, "sakit" if n % 20 else "tanpa-keterangan",
                               operator="skrip", station="render")  # fmt: skip
            continue
        checkin.set_status(conn, event.id, emp, "hadir", operator="skrip", station="render")
        if n % 7 != 3 or emp == row[0]:
            checkin.toggle_pakta(conn, event.id, emp, True, operator="skrip", station="render")
    assert search_key(longest)
    return conn, event.id, int(row[0]), str(row[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        conn, event_id, longest, unit = build(Path(tmp) / "demo.sqlite")
        for paper in ("A4", "F4"):
            for kind in KINDS:
                pdf = Path(tmp) / f"{kind}-{paper}.pdf"
                report = printing.print_document(
                    conn, kind, event_id, pdf, paper=paper,  # type: ignore[arg-type]
                    unit=unit if kind in ("daftar-hadir", "pakta") else None,
                    employee_ids=[longest] if kind in ("pakta", "sertifikat") else None,
                    meterai=kind == "pakta", number="800/17/BA-BKPSDM/2023",
                )  # fmt: skip
                stem = args.out / f"{kind}-{paper.lower()}"
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                     str(pdf), str(stem)],
                    check=True,
                )  # fmt: skip
                print(f"{stem}.png  ({report.pages} halaman, diperkecil: {len(report.shrunk)})")
        labels(conn, event_id, longest, unit, Path(tmp), args.out)
        long_names(conn, event_id, Path(tmp), args.out)
    return 0


def long_names(conn: object, event_id: int, tmp: Path, out: Path) -> None:
    """The pages where long texts meet the layout (issue 18): the pakta of a head of OPD, the
    rekap page with the longest OPD names, the last page of that OPD's daftar hadir section."""
    import io

    from pypdf import PdfReader

    assert isinstance(conn, sqlite3.Connection)
    unit = conn.execute(
        "SELECT unit_name FROM obligations WHERE event_id = ? ORDER BY length(unit_name) DESC",
        (event_id,),
    ).fetchone()[0]
    head = conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND unit_name = ? AND "
        "jabatan LIKE 'Kepala %' ORDER BY length(jabatan) LIMIT 1", (event_id, unit),
    ).fetchone()  # fmt: skip
    largest = conn.execute(
        "SELECT unit_name FROM obligations WHERE event_id = ? GROUP BY unit_name "
        "ORDER BY count(*) DESC", (event_id,),
    ).fetchone()[0]  # fmt: skip
    jobs: list[tuple[str, str, dict[str, object]]] = [
        ("rekap-opd-panjang-a4", "rekap", {}),
        ("daftar-hadir-akhir-a4", "daftar-hadir", {"unit": largest}),
    ]
    if head:
        jobs.append(("pakta-kepala-opd-a4", "pakta", {"employee_ids": [head[0]]}))
    for stem, kind, extra in jobs:
        pdf = tmp / f"{stem}.pdf"
        printing.print_document(conn, kind, event_id, pdf, paper="A4", **extra)  # type: ignore[arg-type]
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages]
        words = unit.split()[-3:]
        page = len(pages)  # the daftar hadir's last page: its closing
        if kind == "rekap":
            page = next(i for i, t in enumerate(pages, 1) if all(w in t for w in words))
        elif kind == "pakta":
            page = 1
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(out / stem)], check=True)  # fmt: skip
        print(f"{out / stem}.png  (halaman {page} dari {len(pages)})")


AVERY = (
    '{"nama": "Label 63,5 x 38,1 mm (21 per A4)", "kertas": "A4", "baris": 7, "kolom": 3, '
    '"margin": {"atas": 15.15, "bawah": 15.15, "kiri": 7.2, "kanan": 7.2}, '
    '"jarak": {"kolom": 2.5}}'
)


def labels(conn: object, event_id: int, longest: int, unit: str, tmp: Path, out: Path) -> None:
    """Undangan (A4, F4), kartu (1, 4, 8, a label sheet) and the calibration page."""
    from ikrar_desktop.services import labels as label_settings

    assert isinstance(conn, sqlite3.Connection)
    label_settings.save_image(conn, emblem())
    (tmp / "label.json").write_text(AVERY, encoding="utf-8")
    first = [longest] + [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND unit_name = ? AND "
        "employee_id != ? ORDER BY employee_id LIMIT 20", (event_id, unit, longest))]  # fmt: skip
    jobs: list[tuple[str, str, dict[str, object]]] = [
        ("undangan-a4", "undangan", {"paper": "A4"}),
        ("undangan-f4", "undangan", {"paper": "F4"}),
        ("kartu-1", "kartu", {"layout": "1"}),
        ("kartu-4", "kartu", {"layout": "4"}),
        ("kartu-8", "kartu", {"layout": "8"}),
        ("kartu-label-21", "kartu", {"layout": str(tmp / "label.json")}),
    ]
    for stem, kind, extra in jobs:
        pdf = tmp / f"{stem}.pdf"
        report = printing.print_document(conn, kind, event_id, pdf, employee_ids=first,
                                         **extra)  # fmt: skip
        _png(pdf, out / stem)
        print(f"{out / stem}.png  ({report.pages} halaman, diperkecil: {len(report.shrunk)})")
    pdf = tmp / "kalibrasi.pdf"
    printing.print_calibration(conn, pdf, paper="A4")
    _png(pdf, out / "kalibrasi-a4")
    print(f"{out / 'kalibrasi-a4'}.png")


def _png(pdf: Path, stem: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
