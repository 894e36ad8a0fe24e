"""Lembar penanganan: one supervision case with its employee snapshot, evidence and timeline."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import wrap
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import Options, Rendered, tick
from ikrar_desktop.documents.page import DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_short

TITLE = "LEMBAR PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN"
SIZE = 10.0
LINE = 4.6
LABEL = 46.0
CELL = 8.5  # table text (pt)
CELL_LINE = 3.8
STEP_COLUMNS = ("No.", "Tanggal", "Tahap", "Keterangan", "Dicatat oleh")
STEP_WIDTHS = (8.0, 20.0, 28.0, 0.0, 25.0)  # 0: the rest
EVIDENCE_COLUMNS = ("No.", "Nama Berkas", "Ukuran", "SHA-256 (awal)", "Ditambahkan")
EVIDENCE_WIDTHS = (8.0, 0.0, 18.0, 36.0, 22.0)
SIGN_GAP = 17.0


@dataclass(frozen=True, slots=True)
class SheetStep:
    label: str
    on: datetime.date
    note: str = ""
    sanction: str = ""  # "SM-2 — Pernyataan secara terbuka (sanksi moral)"
    sk_number: str = ""
    sk_date: datetime.date | None = None
    operator: str = ""


@dataclass(frozen=True, slots=True)
class SheetEvidence:
    file_name: str
    size: int
    sha256: str
    added: str = ""  # "05-01-2024"


@dataclass(frozen=True, slots=True)
class CaseSheet:
    """A case as it is printed; the employee fields are the snapshot taken at the report."""

    number: str
    reported_on: datetime.date
    source: str
    source_ref: str
    name: str
    id_label: str
    id_text: str
    golongan: str
    jabatan: str
    unit: str
    election: str
    form: str  # "KE-4 — Membuat posting …"
    form_kind: str
    description: str
    step: str
    step_on: datetime.date
    due: datetime.date | None
    overdue_days: int
    steps: tuple[SheetStep, ...]
    evidence: tuple[SheetEvidence, ...]
    printed_on: datetime.date
    status: str = ""


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def short_hash(sha256: str) -> str:
    return f"{sha256[:8]} {sha256[8:16]}…" if len(sha256) > 16 else sha256


def step_details(step: SheetStep) -> str:
    parts = [step.note] if step.note else []
    if step.sanction:
        parts.append(f"Sanksi: {step.sanction}")
    if step.sk_number:
        when = f" tanggal {format_date(step.sk_date)}" if step.sk_date else ""
        parts.append(f"SK Nomor {step.sk_number}{when}")
    return ". ".join(p.rstrip(".") for p in parts) or "-"


class _Sheet:
    """Draws top to bottom, starting a new page (with a 'lanjutan' line) when one is full."""

    def __init__(self, pdf: DocPDF, case: CaseSheet, options: Options) -> None:
        self.pdf, self.case, self.options = pdf, case, options
        self.painter = KopPainter(pdf, options.kop) if options.kop else None
        self.y = 0.0
        self.shrunk: list[str] = []

    def first_page(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        y = self.painter.draw(pdf) if self.painter else pdf.t_margin
        y = blocks.heading(pdf, y, TITLE, size=12.5)
        pdf.set_font(fonts.SANS, "", 10.5)
        pdf.set_xy(pdf.l_margin, y + 0.5)
        pdf.cell(pdf.text_width, 5.5, f"Nomor Register: {self.case.number}", align="C")
        self.y = y + 8

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; True when a page was added."""
        pdf = self.pdf
        if self.y + height <= pdf.bottom - 2:
            return False
        pdf.add_page()
        text = f"Lembar Penanganan Kasus Nomor {self.case.number} (lanjutan)"
        self.y = blocks.continued_line(pdf, text) + 2
        return True

    def section(self, text: str) -> None:
        self.need(LINE * 3)
        pdf = self.pdf
        self.y += 1.0
        pdf.set_font(fonts.SANS, "B", 10.5)
        pdf.set_xy(pdf.l_margin, self.y)
        pdf.cell(pdf.text_width, 5.5, text)
        self.y += 6.0

    def field(self, label: str, value: str) -> None:
        pdf = self.pdf
        self.need(LINE * 2)
        self.y, shrunk = blocks.draw_field(
            pdf, pdf.l_margin + 4, self.y, label, value or "-", label_width=LABEL,
            width=pdf.text_width - 4, size=SIZE, line=LINE, min_size=8,
        )  # fmt: skip
        if shrunk:
            self.shrunk.append(label)

    def paragraph(self, label: str, text: str) -> None:
        """'Label :' then the text wrapped in the value column, across pages when long."""
        pdf = self.pdf
        x = pdf.l_margin + 4 + LABEL + 4
        width = pdf.text_width - 4 - LABEL - 4
        lines = [ln for part in (text or "-").splitlines() if part.strip()
                 for ln in blocks.lines_of(pdf, part, width, size=SIZE)] or ["-"]  # fmt: skip
        self.need(LINE * min(len(lines), 3))
        pdf.set_font(fonts.SANS, "", SIZE)
        pdf.set_xy(pdf.l_margin + 4, self.y)
        pdf.cell(LABEL, LINE, label)
        pdf.cell(4, LINE, ":")
        for line in lines:
            self.need(LINE)
            pdf.set_font(fonts.SANS, "", SIZE)
            pdf.set_xy(x, self.y)
            pdf.cell(width, LINE, line)
            self.y += LINE

    def table(
        self,
        labels: Sequence[str],
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        keep: float = 0.0,
    ) -> None:
        """Cells wrapped to their width; a row never splits; the header repeats on new pages;
        the last row goes over with what follows when ``keep`` does not fit below it."""
        pdf = self.pdf
        rest = pdf.text_width - sum(widths)
        widths = [w or rest for w in widths]
        self.need(7 + CELL_LINE * 2 + 2)
        self._table_head(labels, widths)
        for index, row in enumerate(rows):
            cells = []
            for text, width in zip(row, widths, strict=True):
                pdf.set_font(fonts.SANS, "", CELL)
                cells.append(wrap(pdf, text, width - 2))
            height = max(len(c) for c in cells) * CELL_LINE + 2
            if self.need(height + (keep + 3 if index == len(rows) - 1 else 0.0)):
                self._table_head(labels, widths)
            x = pdf.l_margin
            pdf.set_font(fonts.SANS, "", CELL)
            for lines, width in zip(cells, widths, strict=True):
                pdf.rect(x, self.y, width, height)
                for i, line in enumerate(lines):
                    pdf.set_xy(x, self.y + 1 + i * CELL_LINE)
                    pdf.cell(width, CELL_LINE, line)
                x += width
            self.y += height
        self.y += 3

    def _table_head(self, labels: Sequence[str], widths: Sequence[float]) -> None:
        self.y = blocks.table_head(self.pdf, self.y, labels, widths, size=CELL)

    def _head(self) -> tuple[str, int]:
        unit = self.options.kop.unit_name if self.options.kop else ""
        head = f"Kepala {unit}," if unit else "Kepala Unit Kerja,"
        return head, len(blocks.lines_of(self.pdf, head, self.pdf.text_width / 2 - 6, size=SIZE))

    def closing_height(self) -> float:
        """Place and date, 'Mengetahui,' and the head's jabatan, room to sign, the name."""
        return 3 + LINE * (3 + self._head()[1]) + SIGN_GAP

    def closing(self) -> None:
        pdf = self.pdf
        self.need(self.closing_height())
        y = self.y + 3
        col = pdf.text_width / 2
        place = self.options.city
        date = format_date(self.case.printed_on)
        pdf.set_font(fonts.SANS, "", SIZE)
        pdf.set_xy(pdf.l_margin + col, y)
        pdf.cell(col, LINE, f"{place}, {date}" if place else date, align="C")
        y += LINE
        head, head_lines = self._head()
        blocks.draw_signer(
            pdf, pdf.l_margin, y, col - 6, ["Mengetahui,", head], None, gap=SIGN_GAP,
            size=SIZE, line=LINE,
        )  # fmt: skip
        blocks.draw_signer(
            pdf, pdf.l_margin + col, y, col, ["Petugas Pencatat,"], None,
            gap=SIGN_GAP + LINE * head_lines, size=SIZE, line=LINE,
        )  # fmt: skip


def render(case: CaseSheet, options: Options) -> Rendered:
    """One case on as many pages as its timeline needs, numbered 'Halaman X dari Y'."""
    pdf = new_pdf(options.paper)
    pdf.set_title(f"Lembar Penanganan Kasus {case.number}")
    pdf.begin_part(numbered=True, label=f"Lembar Penanganan Kasus {case.number}")
    sheet = _Sheet(pdf, case, options)
    sheet.first_page()
    sheet.section("A. Laporan")
    sheet.field("Tanggal laporan", format_date(case.reported_on))
    source = f"{case.source}, nomor {case.source_ref}" if case.source_ref else case.source
    sheet.field("Sumber / referensi", source)
    sheet.field("Pemilihan", case.election)
    sheet.field("Tahap saat ini", f"{case.step} sejak {format_date(case.step_on)}")
    if case.due is not None:
        late = f" (terlambat {case.overdue_days} hari)" if case.overdue_days else ""
        sheet.field("Batas langkah berikutnya", f"{format_date(case.due)}{late}")
    sheet.section("B. Pegawai Terlapor (data pada saat laporan)")
    sheet.field("Nama", case.name)
    sheet.field(case.id_label, case.id_text)
    if case.status:
        sheet.field("Status kepegawaian", case.status)
    sheet.field("Pangkat / golongan", case.golongan)
    sheet.field("Jabatan", case.jabatan)
    sheet.field("Unit kerja", case.unit)
    sheet.section("C. Dugaan Pelanggaran")
    sheet.field("Jenis", case.form_kind)
    sheet.paragraph("Bentuk pelanggaran", case.form)
    sheet.paragraph("Uraian kejadian", case.description)
    tick(options, 1, 3)
    sheet.section(f"D. Bukti ({len(case.evidence)} berkas)")
    if case.evidence:
        sheet.table(EVIDENCE_COLUMNS, EVIDENCE_WIDTHS, [
            (f"{i}.", e.file_name, size_text(e.size), short_hash(e.sha256), e.added)
            for i, e in enumerate(case.evidence, 1)
        ])  # fmt: skip
    else:
        sheet.field("Bukti", "Tidak ada berkas bukti yang tersimpan.")
        sheet.y += 2
    sheet.section("E. Riwayat Penanganan")
    sheet.table(STEP_COLUMNS, STEP_WIDTHS, [
        (f"{i}.", format_short(s.on), s.label, step_details(s), s.operator or "-")
        for i, s in enumerate(case.steps, 1)
    ], keep=sheet.closing_height())  # fmt: skip
    tick(options, 2, 3)
    sheet.closing()
    tick(options, 3, 3)
    return Rendered(pdf.finish(), pdf.page, 1, sheet.shrunk)
