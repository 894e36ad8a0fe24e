"""PDF scans kept with an event are bound into the report upward: one file to print."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from doc_helpers import pdf_pages
from followup_geometry import geometry_ok
from test_followup import regency

from ikrar_desktop.cli.main import main
from ikrar_desktop.documents.page import PAPERS
from ikrar_desktop.services import event_attachments, report_upward

DAY = date(2024, 1, 25)
MM = 72 / 25.4


def scan(pages: int, size: tuple[float, float] = (297.0, 420.0), word: str = "PINDAIAN") -> bytes:
    """A PDF 'scan' (A3 unless told) with a line of text on each page."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format=size)
    pdf.set_font("Helvetica", "", 16)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_xy(30, 40)
        pdf.cell(200, 10, f"{word} SK PANITIA HALAMAN {n}")
    return bytes(pdf.output())


def encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(scan(1, word="RAHASIA"))))
    writer.encrypt("kata-sandi")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def huge() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(201):
        writer.add_blank_page(595, 842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _attach(conn: sqlite3.Connection, ev: int, tmp: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (tmp / name).write_bytes(data)
        event_attachments.attach_file(conn, ev, tmp / name, caption=f"Berkas {name}")


@pytest.fixture
def event_id(conn: sqlite3.Connection) -> int:
    return regency(conn)[1]


def _without_scans(conn: sqlite3.Connection, ev: int, tmp: Path) -> int:
    """Pages of the same report with no attachment at all (printed before any is added)."""
    return report_upward.print_report(conn, ev, tmp / "kosong.pdf", today=DAY).pages


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_two_page_scan_is_bound_into_the_report(conn, event_id, tmp_path, paper) -> None:
    from pypdf import PdfReader

    ev = event_id
    bare = _without_scans(conn, ev, tmp_path)
    _attach(conn, ev, tmp_path, {"sk-panitia.pdf": scan(2)})
    out = tmp_path / "laporan.pdf"
    report = report_upward.print_report(conn, ev, out, paper=paper, today=DAY)
    reader = PdfReader(out)
    # the report's own pages, one divider, then the scan's two pages
    assert len(reader.pages) == report.pages == bare + 1 + 2
    pages = pdf_pages(out.read_bytes())
    divider, first, second = pages[-3:]
    digest = report.attachments[0]["sha256"]
    assert "Lampiran 1: Berkas sk-panitia.pdf" in divider
    assert f"(sk-panitia.pdf, SHA-256 {digest})" in divider and "2 halaman lampiran" in divider
    assert "PINDAIAN SK PANITIA HALAMAN 1" in first and "PINDAIAN SK PANITIA HALAMAN 2" in second
    listing = " ".join(pages[:-3])
    assert "dimuat pada halaman berikut (Lampiran 1, 2 halaman)" in listing
    assert "dilampirkan terpisah" not in listing
    assert report.attachments[0]["state"] == "dimuat" and report.attachments[0]["pages"] == 2
    # the A3 pages are brought within the paper, their shape kept
    width, height = PAPERS[paper]
    for page in reader.pages[-2:]:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert w <= width * MM + 0.5 and h <= height * MM + 0.5
        assert abs(h / w - 420 / 297) < 0.01 and w > 0.9 * min(width, height / 420 * 297) * MM
    geometry_ok(out.read_bytes(), range(len(reader.pages) - 2))


def test_an_encrypted_damaged_or_huge_pdf_is_listed_and_the_report_still_prints(
    conn, event_id, tmp_path
) -> None:
    ev = event_id
    bare = _without_scans(conn, ev, tmp_path)
    whole = scan(2)
    files = {"terkunci.pdf": encrypted(), "rusak.pdf": whole[: len(whole) // 3],
             "tebal.pdf": huge(), "sk-panitia.pdf": whole}  # fmt: skip
    _attach(conn, ev, tmp_path, files)
    out = tmp_path / "laporan.pdf"
    report = report_upward.print_report(conn, ev, out, today=DAY)
    states = {a["file_name"]: (a["state"], a["note"]) for a in report.attachments}
    assert states["terkunci.pdf"] == ("terpisah", "tidak dapat dimuat: berkas PDF terkunci "
                                                  "(terenkripsi)")  # fmt: skip
    assert states["rusak.pdf"][0] == "terpisah"
    assert states["rusak.pdf"][1].startswith("tidak dapat dimuat: berkas PDF rusak")
    assert states["tebal.pdf"] == ("terpisah", "tidak dimuat: 201 halaman melebihi batas 200 "
                                               "halaman")  # fmt: skip
    pages = pdf_pages(out.read_bytes())
    assert report.pages == len(pages) == bare + 1 + 2  # only the intact scan is bound in
    text = " ".join(pages)
    assert "tidak dapat dimuat: berkas PDF terkunci (terenkripsi); dilampirkan terpisah" in text
    assert "tidak dapat dimuat: berkas PDF rusak" in text and "RAHASIA" not in text
    assert "tidak dimuat: 201 halaman melebihi batas 200 halaman; dilampirkan terpisah" in text
    assert "Lampiran 4: Berkas sk-panitia.pdf" in pages[-3]
    assert "PINDAIAN SK PANITIA HALAMAN 2" in pages[-1]


def test_a_changed_scan_stays_out_and_is_flagged(conn, event_id, tmp_path) -> None:
    ev = event_id
    bare = _without_scans(conn, ev, tmp_path)
    _attach(conn, ev, tmp_path, {"berubah.pdf": scan(2, word="LAMA"), "utuh.pdf": scan(1)})
    conn.execute("UPDATE event_attachments SET data = ? WHERE file_name = 'berubah.pdf'",
                 (scan(2, word="PALSU"),))  # fmt: skip
    out = tmp_path / "laporan.pdf"
    report = report_upward.print_report(conn, ev, out, today=DAY)
    assert report.flagged == ["berubah.pdf"]
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == bare + 1 + 1  # the intact one-page scan only
    text = " ".join(pages)
    assert "PALSU SK" not in text
    assert "LAMA SK" not in text and "TIDAK COCOK dengan sidik" in text
    assert "Lampiran 2: Berkas utuh.pdf" in pages[-2] and "HALAMAN 1" in pages[-1]


def test_command_line_reports_the_bound_pages(capsys, db_path: Path, conn, event_id,
                                              tmp_path) -> None:  # fmt: skip
    _attach(conn, event_id, tmp_path, {"sk.pdf": scan(2), "rusak.pdf": b"%PDF-1.4\n% rusak\n"})
    out = tmp_path / "lap.pdf"
    code = main(["--db", str(db_path), "print", "laporan", str(event_id), "--out", str(out),
                 "--json"])  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["pages"] == len(pdf_pages(out.read_bytes()))
    got = [(a["file_name"], a["state"], a["pages"]) for a in data["attachments"]]
    assert got == [("sk.pdf", "dimuat", 2), ("rusak.pdf", "terpisah", 0)]
    assert data["attachments"][1]["note"].startswith("tidak dapat dimuat")
    code = main(["--db", str(db_path), "print", "laporan", str(event_id), "--out", str(out)])
    said = capsys.readouterr().out
    assert code == 0 and "CATATAN: lampiran rusak.pdf tidak dapat dimuat: berkas PDF rusak" in said
