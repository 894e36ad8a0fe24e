"""The report upward: cover letter, recap per status and per OPD, berita acara, attachments."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from doc_helpers import pdf_pages
from followup_geometry import geometry_ok
from test_followup import DIK, KES, T0, regency

from ikrar_desktop.cli.main import main
from ikrar_desktop.services import checkin, event_attachments, report_upward

REPORT_DAY = date(2024, 1, 25)
EXTRA = {  # nama, nip, unit, jabatan, golongan, status
    "cpns": ("Gita Permata, S.Pd.", "199501012024032001", DIK, "Guru Ahli Pertama", "III/a",
             "CPNS"),
    "pppk1": ("Hadi Wijaya, S.Kep.", "198503122024211004", KES, "Perawat", "IX", "PPPK"),
    "pppk2": ("Indah Sari, A.Md.Keb.", "198604132024212005", KES, "Bidan", "VII", "PPPK"),
}  # fmt: skip


def picture(size: tuple[int, int], fmt: str) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (210, 225, 240))
    ImageDraw.Draw(img).rectangle((20, 20, size[0] - 20, size[1] - 20), outline=(0, 0, 0), width=9)
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


@pytest.fixture
def reported(conn: sqlite3.Connection, tmp_path: Path) -> tuple[sqlite3.Connection, int]:
    """The follow-up regency plus a CPNS (present, signed) and two PPPK (one present without
    signing, one unrecorded); a photo, a scanned page and a PDF kept with the event."""
    ids, ev = regency(conn, EXTRA)
    checkin.set_status(conn, ev, ids["cpns"], "hadir", now=T0)
    checkin.toggle_pakta(conn, ev, ids["cpns"], True, now=T0)
    checkin.set_status(conn, ev, ids["pppk1"], "hadir", now=T0)
    files = {"apel.jpg": picture((2400, 1600), "JPEG"), "daftar.png": picture((900, 1300), "PNG"),
             "sk-panitia.pdf": b"%PDF-1.4\n% a scan kept apart\n"}  # fmt: skip
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        event_attachments.attach_file(conn, ev, tmp_path / name, caption=f"Berkas {name}")
    return conn, ev


def _row(text: str, label: str, *values: object) -> bool:
    return f"{label} " + " ".join(str(v) for v in values) in text


def test_report_holds_letter_recaps_berita_acara_and_attachments(reported, tmp_path) -> None:
    import pdfplumber

    conn, ev = reported
    out = tmp_path / "laporan.pdf"
    report = report_upward.print_report(conn, ev, out, today=REPORT_DAY)
    assert (report.number, report.new_number) == ("800/001/LAP/2024", True)
    pages = pdf_pages(out.read_bytes())
    cover = pages[0]
    assert "Nomor : 800/001/LAP/2024" in cover and "Cibinong, 25 Januari 2024" in cover
    assert "Laporan Pelaksanaan Apel Ikrar Netralitas ASN" in cover
    for who in (
        "Yth. 1. Bupati Contoh",
        "2. Kepala Kantor Regional Badan Kepegawaian Negara",
        "3. Ketua Bawaslu Kabupaten Contoh",
    ):
        assert who in cover  # fmt: skip
    assert "berjumlah 13 orang; hadir 9 orang (69,2%)" in cover
    assert "Pakta Integritas 7 orang (53,8%)" in cover and "Drs. Hendra Kusuma" in cover
    text = " ".join(pages)
    # per status: Wajib, Hadir, Ket., TK, Belum, TTD, % TTD
    assert _row(text, "PNS", 9, 7, 1, 0, 1, 6, "66,7")
    assert _row(text, "CPNS", 1, 1, 0, 0, 0, 1, "100,0")
    assert _row(text, "PPPK", 2, 1, 0, 0, 1, 0, "0,0")
    assert _row(text, "Non-ASN", 1, 0, 0, 0, 1, 0, "0,0")
    assert "PPPK Paruh Waktu" not in text
    assert text.count("Jumlah 13 9 1 0 3 7 53,8") == 2  # both tables total the same
    assert _row(text, DIK, 5, 3, 1, 0, 1, 3, "60,0") and _row(text, KES, 4, 2, 0, 0, 2, 0, "0,0")
    assert "BERITA ACARA" in text and "Nomor: 800/001/BA/2024" in text
    for name in ("apel.jpg", "daftar.png", "sk-panitia.pdf"):
        digest = next(a["sha256"] for a in report.attachments if a["file_name"] == name)
        assert f"SHA-256: {digest}" in text
    assert "dilampirkan terpisah" in text and text.count("dimuat pada halaman berikut") == 2
    assert "Gambar 1. Berkas apel.jpg" in text and "Gambar 2. Berkas daftar.png" in text
    with pdfplumber.open(out) as doc:
        images = [(img["width"], img["height"]) for page in doc.pages for img in page.images]
    mm = 72 / 25.4
    assert len(images) == 2
    wide, tall = images
    assert wide[0] >= 150 * mm and abs(wide[1] / wide[0] - 1600 / 2400) < 0.01  # page width
    assert tall[1] >= 150 * mm and abs(tall[1] / tall[0] - 1300 / 900) < 0.01
    again = report_upward.print_report(conn, ev, tmp_path / "ulang.pdf", today=date(2024, 2, 1))
    assert (again.number, again.new_number) == ("800/001/LAP/2024", False)
    assert "Cibinong, 25 Januari 2024" in pdf_pages((tmp_path / "ulang.pdf").read_bytes())[0]


def test_a_changed_attachment_is_flagged_and_left_out(reported, tmp_path: Path) -> None:
    import pdfplumber

    conn, ev = reported
    conn.execute("UPDATE event_attachments SET data = ? WHERE file_name = 'apel.jpg'",
                 (picture((2400, 1600), "PNG"),))  # fmt: skip
    out = tmp_path / "laporan.pdf"
    report = report_upward.print_report(conn, ev, out, today=REPORT_DAY)
    assert report.flagged == ["apel.jpg"]
    text = " ".join(pdf_pages(out.read_bytes()))
    assert "TIDAK COCOK dengan sidik SHA-256" in text and "Gambar 2. Berkas daftar.png" in text
    with pdfplumber.open(out) as doc:
        assert sum(len(page.images) for page in doc.pages) == 1


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_report_geometry(reported, tmp_path: Path, paper: str) -> None:
    conn, ev = reported
    out = tmp_path / f"laporan-{paper}.pdf"
    report_upward.print_report(conn, ev, out, paper=paper, today=REPORT_DAY)
    geometry_ok(out.read_bytes())
    pages = pdf_pages(out.read_bytes())
    # the cover letter's signature stands with its closing sentence
    signed = [p for p in pages if "Hendra Kusuma" in p and "Nomor :" not in p]
    assert all("Demikian laporan" in p for p in signed)


def test_command_line(capsys: pytest.CaptureFixture[str], db_path: Path, reported,
                      tmp_path: Path) -> None:  # fmt: skip
    _conn, ev = reported
    out = tmp_path / "lap.pdf"
    code = main(["--db", str(db_path), "print", "laporan", str(ev), "--out", str(out), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["numbers"] == [data["number"]] and data["flagged"] == []
    assert [a["state"] for a in data["attachments"]] == ["dimuat", "dimuat", "terpisah"]
    code = main(["--db", str(db_path), "print", "laporan", str(ev), "--out", str(out),
                 "--unit", DIK])  # fmt: skip
    assert code == 1 and "--unit" in capsys.readouterr().err
