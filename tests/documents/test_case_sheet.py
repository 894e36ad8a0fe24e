"""Case sheet and case register read back with pypdf: numbers, names, NIP, steps, rows, fonts."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from doc_helpers import logo, pdf_pages
from test_documents import fonts_embedded, qpdf_ok

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services import case_evidence, case_print
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.registry import add_employee

TODAY = date(2024, 6, 30)
NIP = "199003032015031003"
EVIDENCE = b"%PDF-1.4 surat rekomendasi"
STEPS = [
    ("verified", "2024-01-08", {"note": "Akun milik terlapor"}),
    ("recommendation", "2024-01-20", {"note": "Rekomendasi BKN: sanksi moral"}),
    ("decision", "2024-02-01", {"sk_number": "800/12/BKPSDM/2024"}),
    ("sanction", "2024-02-05", {"sanction": "SM-2", "sk_number": "800/13/BKPSDM/2024"}),
    ("done", "2024-02-10", {}),
]


def _setup(conn: sqlite3.Connection) -> None:
    current = settings_service.load(conn)
    current.instansi = "Pemerintah Kabupaten Contoh"
    current.unit_name = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    current.address_lines = ["Jalan Tegar Beriman Nomor 1, Cibinong"]
    current.place = "Cibinong"
    current.logo = logo()
    settings_service.save(conn, current)


@pytest.fixture
def full_case(conn: sqlite3.Connection) -> int:
    """One case through every step, with one evidence file."""
    _setup(conn)
    emp = add_employee(conn, EmployeeDraft(nama="Budi Santoso", gelar_belakang="S.Pd.", nip=NIP,
                                           unit="Dinas Pendidikan", jabatan="Guru Ahli Muda",
                                           golongan="III/c"))  # fmt: skip
    case = svc.add_case(
        conn, svc.CaseDraft(emp.id, "KE-4", "bkn-sbt", "2024-01-05", source_ref="SBT-2024-77",
                            election="Pemilu 2024", description="Like akun pemenangan."),
        today=TODAY,
    )  # fmt: skip
    for step, when, extra in STEPS:
        svc.update_step(conn, case.id, step, when, today=TODAY, **extra)  # type: ignore[arg-type]
    case_evidence.add_evidence(conn, case.id, "surat-rekomendasi.pdf", EVIDENCE)
    return case.id


def test_case_sheet_has_number_employee_every_step_and_evidence(
    conn: sqlite3.Connection, full_case: int, tmp_path: Path
) -> None:
    out = tmp_path / "kasus.pdf"
    report = case_print.print_case(conn, full_case, out, today=TODAY)
    data = out.read_bytes()
    text = " ".join(pdf_pages(data))
    assert report.pages == 1 and "Halaman 1 dari 1" in text
    assert "LEMBAR PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN" in text
    assert "PEMERINTAH KABUPATEN CONTOH" in text
    assert "001/2024" in text and "Budi Santoso, S.Pd." in text and format_nip(NIP) in text
    assert "Penata, III/c" in text and "Guru Ahli Muda" in text and "Dinas Pendidikan" in text
    assert "BKN (SBT), nomor SBT-2024-77" in text and "Pemilu 2024" in text and "KE-4" in text
    for label in ("Dilaporkan", "Terverifikasi", "Rekomendasi", "Keputusan PPK",
                  "Sanksi dijatuhkan", "Selesai"):  # fmt: skip
        assert label in text
    for when in ("05-01-2024", "08-01-2024", "20-01-2024", "01-02-2024", "05-02-2024",
                 "10-02-2024"):  # fmt: skip
        assert when in text
    assert "800/12/BKPSDM/2024" in text and "800/13/BKPSDM/2024" in text
    assert "SM-2" in text and "Akun milik terlapor" in text
    digest = hashlib.sha256(EVIDENCE).hexdigest()
    assert "surat-rekomendasi.pdf" in text and digest[:8] in text
    assert "Cibinong, 30 Juni 2024" in text and "Petugas Pencatat" in text
    assert fonts_embedded(data)
    qpdf_ok(data, tmp_path)


def test_long_case_sheet_runs_over_pages_numbered(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _setup(conn)
    emp = add_employee(conn, EmployeeDraft(nama="Siti Aminah", nip="198502022010012002"))
    story = " ".join(f"Kejadian ke-{i} diuraikan dengan lengkap oleh pelapor." for i in range(90))
    case = svc.add_case(conn, svc.CaseDraft(emp.id, "lainnya", "masyarakat", "2024-03-01",
                                            form_other="Ajakan memilih di grup WhatsApp kantor",
                                            description=story), today=TODAY)  # fmt: skip
    svc.update_step(conn, case.id, "verified", "2024-03-04", note="x " * 200, today=TODAY)
    out = tmp_path / "kasus.pdf"
    report = case_print.print_case(conn, case.id, out, paper="F4", today=TODAY)
    pages = pdf_pages(out.read_bytes())
    assert report.pages == len(pages) >= 2
    assert all(f"Halaman {i} dari {len(pages)}" in p for i, p in enumerate(pages, 1))
    assert "Kejadian ke-89" in " ".join(pages) and "Ajakan memilih" in pages[0]
    assert "Terverifikasi" in pages[-1] and "Petugas Pencatat" in pages[-1]


def _many_cases(conn: sqlite3.Connection, count: int) -> None:
    _setup(conn)
    for i in range(count):
        emp = add_employee(conn, EmployeeDraft(
            nama=f"Pegawai Register {i:02d}", nip=f"1980010120050110{i + 1:02d}",
            unit="Kecamatan Cibinong" if i % 3 else "Dinas Kesehatan",
        ))  # fmt: skip
        reported = f"2024-05-{i % 28 + 1:02d}"
        case = svc.add_case(conn, svc.CaseDraft(emp.id, "D-5", "bawaslu", reported), today=TODAY)
        if i % 4 == 0:
            svc.update_step(conn, case.id, "not-proven", "2024-06-01", today=TODAY)
            svc.update_step(conn, case.id, "done", "2024-06-02", today=TODAY)


def test_register_has_every_row_header_on_each_page_and_totals(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    _many_cases(conn, 45)
    out = tmp_path / "register.pdf"
    report = case_print.print_register(conn, out, today=TODAY)
    data = out.read_bytes()
    pages = pdf_pages(data)
    assert report.people == 45 and report.pages == len(pages) >= 3
    numbers = re.findall(r"\b(\d{3})/2024\b", " ".join(pages))
    assert sorted(set(numbers)) == [f"{i:03d}" for i in range(1, 46)] and len(numbers) == 45
    for i, page in enumerate(pages, 1):
        assert "Pegawai / NIP" in page and "Tahap Saat Ini" in page
        assert f"Halaman {i} dari {len(pages)}" in page
    assert "REGISTER PENANGANAN" in pages[0] and "Semua kasus" in pages[0]
    assert "Jumlah: 45 kasus · masih berjalan 33 · terlambat 33 · selesai 12" in pages[-1]
    assert fonts_embedded(data)
    qpdf_ok(data, tmp_path)


def test_register_applies_filters(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _many_cases(conn, 9)
    out = tmp_path / "register.pdf"
    report = case_print.print_register(conn, out, open_only=True, unit="dinas kesehatan",
                                       paper="F4", today=TODAY)  # fmt: skip
    text = " ".join(pdf_pages(out.read_bytes()))
    assert report.people == 2  # cases 3 and 6 (0 is closed)
    assert "Masih berjalan · OPD: dinas kesehatan" in text
    assert "Pegawai Register 03" in text and "Pegawai Register 00" not in text
    empty = case_print.print_register(conn, out, overdue_only=True, unit="Tidak Ada", today=TODAY)
    assert empty.people == 0
    assert "Tidak ada kasus yang sesuai" in " ".join(pdf_pages(out.read_bytes()))
