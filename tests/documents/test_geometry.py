"""Every document kind printed from stress data on A4 and F4, read back from the PDF: no word
overprints another, no type under 7 pt (8 pt for names), no page holding only a signature
block, nothing outside the printable area (issue 18, rule 2)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import geometry
import pytest
import stress

from ikrar_desktop.documents import (
    berita_acara,
    blocks,
    case_register,
    case_sheet,
    daftar_hadir,
    kartu,
    pakta,
    rekap,
    sertifikat,
    undangan,
)
from ikrar_desktop.documents.model import CertificateEntry, DocUnit, Rendered

ROOT = Path(__file__).resolve().parents[2]
PAPERS = ("A4", "F4")
# one section of every size up to two pages, then a few longer: the closing block meets every
# remainder of rows on its last page (the sizes that used to strand it on a page of its own)
SECTIONS = [*range(1, 30), 34, 38, 41, 44, 47, 50]
LABELS = ("undangan", "kartu-1", "kartu-4", "kartu-8", "kartu-label-21")  # no footer
LABEL_21 = (
    '{"nama": "Label 63,5 x 38,1 mm", "kertas": "A4", "baris": 7, "kolom": 3, "margin": '
    '{"atas": 15.15, "bawah": 15.15, "kiri": 7.2, "kanan": 7.2}, "jarak": {"kolom": 2.5}}'
)


@cache
def roster() -> list[DocUnit]:
    return stress.units(SECTIONS)


def names(units: list[DocUnit]) -> list[str]:
    return [p.name for u in units for p in u.people] + stress.NAMES_OF_HEADS + [stress.NAME_120]


def _daftar_hadir(paper: str) -> Rendered:
    return daftar_hadir.render(stress.event(), roster(), stress.options(paper), blank_rows=0)


def _daftar_hadir_blank_rows(paper: str) -> Rendered:
    return daftar_hadir.render(stress.event(), roster()[:24], stress.options(paper), blank_rows=5)


def _berita_acara(paper: str) -> Rendered:
    units = roster()[:14]
    total = stress.counts(units)[1]
    return berita_acara.render(stress.event(), total, units, stress.options(paper),
                               number="800/17/BA/2024", fingerprint="12 · ab12-cd34")  # fmt: skip


def _rekap(paper: str) -> Rendered:
    units = roster()[:40]
    counts, total = stress.counts(units)
    missing = [p for u in units for p in u.people][:160]
    return rekap.render(stress.event(), counts, total, missing, stress.options(paper),
                        fingerprint="12 · ab12-cd34-ef56-7890")  # fmt: skip


def _rekap_short(paper: str) -> Rendered:
    """Every OPD row and just a few people missing: the list's end meets the page's end."""
    units = roster()[:40]
    counts, total = stress.counts(units)
    return rekap.render(stress.event(), counts, total, [p for u in units for p in u.people][:9],
                        stress.options(paper))  # fmt: skip


def _pakta(paper: str) -> Rendered:
    units = [DocUnit(u.name, u.people[:3], u.head) for u in roster()[3:9]]
    return pakta.render(stress.event(), units, stress.options(paper, level="regency"),
                        meterai=True)  # fmt: skip


def _sertifikat(paper: str) -> Rendered:
    people = [p for u in roster()[3:9] for p in u.people[:3]]
    entries = [CertificateEntry(p, f"800/{i:04d}/BKPSDM/2024", "ABCD-EFGH-JKLM")
               for i, p in enumerate(people, 1)]  # fmt: skip
    event = stress.event()
    return sertifikat.render(event, entries, stress.options(paper), signer=event.leader)


def _undangan(paper: str) -> Rendered:
    units = [DocUnit(u.name, u.people[:4], u.head) for u in roster()[3:9]]
    return undangan.render(stress.event(), units, stress.options(paper))


def _kartu(layout: str) -> Callable[[str], Rendered]:
    def render(paper: str) -> Rendered:
        units = [DocUnit(u.name, u.people[:4], u.head) for u in roster()[3:9]]
        sheet = kartu.sheet_from_json(LABEL_21) if layout == "21" else kartu.preset(layout)
        return kartu.render(stress.event(), units, stress.options(paper), sheet)

    return render


def _register(paper: str) -> Rendered:
    return case_register.render(stress.register(23), stress.options(paper))


def _case(paper: str) -> Rendered:
    return case_sheet.render(stress.case(14), stress.options(paper))


DOCUMENTS: dict[str, Callable[[str], Rendered]] = {
    "daftar-hadir": _daftar_hadir,
    "daftar-hadir-kosong": _daftar_hadir_blank_rows,
    "berita-acara": _berita_acara,
    "rekap": _rekap,
    "rekap-pendek": _rekap_short,
    "pakta": _pakta,
    "sertifikat": _sertifikat,
    "undangan": _undangan,
    "kartu-1": _kartu("1"),
    "kartu-4": _kartu("4"),
    "kartu-8": _kartu("8"),
    "kartu-label-21": _kartu("21"),  # a small label sheet: the name keeps 8 pt, wraps
    "register-kasus": _register,
    "lembar-kasus": _case,
}


@cache
def pages_of(kind: str, paper: str) -> list[geometry.Page]:
    """Each stress document rendered and read once per test session."""
    data = DOCUMENTS[kind](paper).data
    return geometry.read(data, f"{kind} {paper}", footer=kind not in LABELS)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_stress_documents_are_fit_to_sign(kind: str, paper: str) -> None:
    pages = pages_of(kind, paper)
    assert pages and all(p.words for p in pages)
    edge = 7.0 if kind == "kartu-label-21" else geometry.EDGE  # the label paper's own margin
    found = geometry.problems(pages, names(roster()), edge=edge)
    assert not found, f"{len(found)} problems, e.g.:\n" + "\n".join(found[:12])


@pytest.mark.parametrize("paper", PAPERS)
def test_sections_end_at_every_position_and_keep_rows_with_the_closing(paper: str) -> None:
    """The stress roster really puts section ends everywhere: some sections' closing had to
    take rows over to a new page, and every section's last page has rows above its closing."""
    pages = pages_of("daftar-hadir", paper)
    lasts = [p for p in pages if any("Petugas" in w.text for w in p.words)]
    assert len(lasts) == len(SECTIONS)
    rows_above = []
    for page in lasts:
        numbers = [w for w in geometry.content(page) if w.text.rstrip(".").isdigit()
                   and w.text.endswith(".") and w.x0 < 20 * geometry.MM + 25]  # fmt: skip
        rows_above.append(len(numbers))
    # a section of n people has min(n, 3) or more rows on the closing's page
    assert all(r >= min(n, daftar_hadir.KEEP) for r, n in zip(rows_above, SECTIONS, strict=True))
    assert len(set(rows_above)) >= 10  # the closing sits at many heights on its page
    assert sum(1 for r in rows_above if r == daftar_hadir.KEEP) >= 2  # rows moved with it


def test_daftar_hadir_has_no_unit_column_and_names_wrap_at_readable_size() -> None:
    pages = pages_of("daftar-hadir", "A4")
    first = pages[0]
    header = {w.text for w in first.words if "Bold" in w.font and w.size == daftar_hadir.TEXT}
    assert {"Nama", "Jabatan", "Tanda", "Tangan"} <= header and "Kerja" not in header
    long_name = [w for p in pages for w in p.words if w.text == "Kusumawardhani"]
    assert long_name and min(w.size for w in long_name) >= geometry.MIN_NAME
    lines = {round(w.top) for p in pages[:3] for w in p.words if w.text in stress.NAME_120}
    assert len(lines) >= 2  # the 120-character name wraps inside its row


def test_rekap_long_opd_names_wrap_beside_their_figures() -> None:
    page = pages_of("rekap", "A4")[0]
    wajib = next(w for w in page.words if w.text == "1237")  # the first OPD's Wajib figure
    row = [w for w in page.words if wajib.top - 12 < w.top < wajib.bottom + 12
           and w.x1 <= wajib.x0 and w.x0 > 22 * geometry.MM]  # fmt: skip
    assert " ".join(w.text for line in page.lines(row) for w in line) == stress.OPD_88
    assert len({round(w.top) for w in row}) >= 2  # wrapped inside its row
    assert min(w.size for w in row) >= geometry.MIN_TEXT
    assert not geometry.overlaps(page)


@pytest.mark.parametrize("n", range(0, 70))
def test_plan_pages_keeps_the_last_rows_with_the_closing(n: int) -> None:
    heights = [10.0 + (i % 4) * 3 for i in range(n)]
    first, later, closing = 120.0, 250.0, 60.0
    pages = blocks.plan_pages(heights, first, later, closing, keep=3)
    assert [i for s, c in pages for i in range(s, s + c)] == list(range(n))
    for number, (start, count) in enumerate(pages):
        room = first if number == 0 else later
        used = sum(heights[start : start + count])
        assert used <= room
        if number == len(pages) - 1:
            assert used + closing <= room
            assert count >= min(n, 3)
        elif number:
            assert count > 0


def test_reader_agrees_with_pdfplumber() -> None:
    """The fast pdfium reader sees the same words, sizes and places as pdfplumber."""
    data = _rekap_short("A4").data
    ours = geometry.read(data, "rekap")
    theirs = geometry.read_plumber(data)
    assert len(ours) == len(theirs)
    for page, plumber in zip(ours, theirs, strict=True):
        a = sorted((w.text, round(w.size, 1), round(w.x0)) for w in page.words)
        b = sorted((w.text, round(w.size, 1), round(w.x0)) for w in plumber)
        assert len(a) == len(b)
        assert sum(1 for x, y in zip(a, b, strict=True) if x[:2] == y[:2]
                   and abs(x[2] - y[2]) <= 1) >= 0.98 * len(a)  # fmt: skip


def test_checks_catch_overprint_tiny_type_and_a_lonely_signature() -> None:
    """The checks themselves fail on the faults of the old layout."""
    from fpdf import FPDF

    from ikrar_desktop.documents import fonts

    pdf = FPDF(unit="mm", format="A4")
    fonts.register(pdf)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font(fonts.SANS, "", 8.5)
    pdf.set_xy(20, 40)
    pdf.cell(60, 5, "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan")
    pdf.set_xy(70, 40)
    pdf.cell(20, 5, "1237")
    pdf.set_font(fonts.SANS, "", 5)
    pdf.set_xy(20, 60)
    pdf.cell(60, 5, "Kusumawardhani")
    pdf.set_font(fonts.SANS, "", 9)
    pdf.set_xy(20, 80)
    pdf.cell(60, 5, "Sosrodiningrat")
    pdf.rect(30, 78, 20, 10, style="F")  # bars of a code over the name
    pdf.add_page()
    pdf.set_font(fonts.SANS, "", 11)
    for i, text in enumerate(("Sukamakmur, 18 September 2024", "Mengetahui,", "Kepala Dinas")):
        pdf.set_xy(110, 40 + i * 6)
        pdf.cell(80, 6, text)
    pages = geometry.read(bytes(pdf.output()), "palsu")
    assert geometry.overlaps(pages[0])
    assert [w.split(": ")[1].split()[0] for w in geometry.covered(pages[0])] == ["'Sosrodiningrat'"]
    assert geometry.small_type(pages[0], [stress.NAME_120])
    assert geometry.lonely_signature(pages[1]) and not geometry.lonely_signature(pages[0])
    assert geometry.signature_blocks(pages[1]) == [
        "Sukamakmur, 18 September 2024 Mengetahui, Kepala Dinas"
    ]


def test_signature_blocks_are_read_per_column() -> None:
    blocks_ = geometry.signature_blocks(pages_of("daftar-hadir", "A4")[0])
    assert len(blocks_) == 2
    assert blocks_[0].startswith("Mengetahui, Kepala Dinas Pengendalian Penduduk")
    assert "Euis Komariah" in blocks_[0] and "NIP." in blocks_[0]
    assert "Petugas Pencatat," in blocks_[1] and "Sukamakmur, 18 September 2024" in blocks_[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sqlite3.Connection, int]]:
    """The demo regency (its own 93-character OPD among them) with one event."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from render_documents import build
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    conn, event_id, _, _ = build(tmp_path_factory.mktemp("demo") / "demo.sqlite", employees=150)
    assert isinstance(conn, sqlite3.Connection)
    yield conn, event_id
    conn.close()


@pytest.mark.parametrize("paper", PAPERS)
def test_demo_regency_documents_are_fit_to_sign(
    demo: tuple[sqlite3.Connection, int], paper: str, tmp_path: Path
) -> None:
    from ikrar_desktop.services import printing

    conn, event_id = demo
    rows = conn.execute("SELECT employee_id, display_name FROM obligations WHERE event_id = ? "
                        "ORDER BY length(display_name) DESC", (event_id,)).fetchall()  # fmt: skip
    people = [r[1] for r in rows]
    longest = [r[0] for r in rows[:12]]  # one page (or slip) each: the longest names suffice
    for kind in printing.KINDS:
        out = tmp_path / f"{kind}.pdf"
        extra: dict[str, object] = {"layout": "8"} if kind == "kartu" else {"paper": paper}
        if kind in ("pakta", "sertifikat", "undangan", "kartu"):
            extra["employee_ids"] = longest
        printing.print_document(conn, kind, event_id, out, **extra)  # type: ignore[arg-type]
        pages = geometry.read(out.read_bytes(), f"demo {kind} {paper}",
                              footer=kind not in ("undangan", "kartu"))  # fmt: skip
        found = geometry.problems(pages, people)
        assert not found, f"{len(found)} problems, e.g.:\n" + "\n".join(found[:12])
