"""Render the officials' papers (naskah ikrar, surat undangan) from demo data as PNG."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from ikrar_desktop.services import events, printing, witnesses
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store.schema import open_database

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from render_documents import emblem  # noqa: E402

GUESTS = (
    ("AKBP Rudi Hartono, S.I.K., M.H.", "Kapolres Contoh"),
    ("Letkol Inf. Agus Salim", "Komandan Kodim 0621/Contoh"),
    ("Siti Rahma Wulandari, S.Sos.", "Ketua KPU Kabupaten Contoh"),
    ("H. Ujang Sutisna, S.H.", "Ketua Bawaslu Kabupaten Contoh"),
    ("Dr. Andi Wijaya, M.A.P.", "Kepala Kantor Regional III BKN"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "demo.sqlite")
        generate_demo(conn, 1500)
        unit_service.apply_suggestions(conn, unit_service.suggestions(conn))
        current = settings_service.load(conn)
        current.instansi = "Pemerintah Kabupaten Contoh"
        current.address_lines = ["Jalan Tegar Beriman Nomor 1, Cibinong 16914",
                                 "Telepon (021) 8765432 · Laman contohkab.go.id"]  # fmt: skip
        current.place, current.logo = "Cibinong", emblem()
        current.pimpinan_nama = "Dr. Ir. Budi Santoso, M.T."
        current.pimpinan_jabatan = "Pj. Bupati Contoh"
        settings_service.save(conn, current)
        draft = events.EventDraft(
            title="Apel Ikrar Netralitas ASN pada Pemilihan Kepala Daerah Tahun 2024",
            date=date(2024, 9, 18), time="07:30", place="Halaman Kantor Bupati Contoh",
            leader_name="Dr. Ir. Budi Santoso, M.T.", leader_jabatan="Pj. Bupati Contoh",
        )  # fmt: skip
        event_id = events.create_event(conn, draft, events.Scope(officials=[])).event.id
        for name, jabatan in GUESTS:
            witnesses.add_witness(conn, event_id, name, jabatan)
        jobs = (("naskah-ikrar", "A4", 1, "naskah-ikrar-a4"),
                ("naskah-ikrar", "A4", 2, "naskah-ikrar-tanda-tangan-a4"),
                ("naskah-ikrar", "F4", 3, "naskah-ikrar-tanda-tangan-f4"),
                ("surat-undangan", "A4", 1, "surat-undangan-a4"),
                ("surat-undangan", "A4", 2, "surat-undangan-lampiran-a4"))  # fmt: skip
        for kind, paper, page, stem in jobs:
            pdf = Path(tmp) / f"{kind}-{paper}.pdf"
            report = printing.print_document(conn, kind, event_id, pdf, paper=paper,
                                             dress="Pakaian Dinas Harian (PDH) Khaki")  # fmt: skip
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                            "-singlefile", str(pdf), str(args.out / stem)], check=True)  # fmt: skip
            print(f"{args.out / stem}.png  ({report.pages} halaman, {report.people} orang)")
        conn.close()


if __name__ == "__main__":
    main()
