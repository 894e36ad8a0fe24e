"""Register kasus: landscape table of supervision cases (filters applied), totals, signature."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import fit_text
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import Options, Rendered, tick
from ikrar_desktop.documents.page import LANDSCAPE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_short

TITLE = "REGISTER PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN"
ROW = 9.0
HEAD = 8.0
TEXT = 8.0
MIN_TEXT = 7.0
CLOSING = 56.0
COLUMNS = ("No.", "Nomor", "Tgl Laporan", "Pegawai / NIP", "Unit Kerja (saat itu)", "Bentuk",
           "Tahap Saat Ini", "Batas Waktu", "Terlambat", "Sanksi")  # fmt: skip
BASE_WIDTHS = (9.0, 17.0, 19.0, 58.0, 48.0, 15.0, 30.0, 20.0, 17.0, 34.0)  # A4 landscape
GROW = (3, 9)  # columns that take the extra width of F4


@dataclass(frozen=True, slots=True)
class RegisterRow:
    number: str
    reported_on: datetime.date
    name: str
    id_text: str
    unit: str
    form: str  # code
    step: str  # label
    step_on: datetime.date
    due: datetime.date | None
    overdue_days: int
    sanction: str = ""
    open: bool = True


@dataclass(frozen=True, slots=True)
class RegisterSpec:
    rows: tuple[RegisterRow, ...]
    filters: str  # "Semua kasus" / "Masih berjalan · OPD: Dinas Pendidikan"
    as_of: datetime.date


def _widths(pdf: DocPDF) -> tuple[float, ...]:
    extra = (pdf.text_width - sum(BASE_WIDTHS)) / len(GROW)
    return tuple(w + (extra if i in GROW else 0.0) for i, w in enumerate(BASE_WIDTHS))


def _cells(row: RegisterRow, index: int) -> list[tuple[str, ...]]:
    late = f"{row.overdue_days} hari" if row.overdue_days else "-"
    return [
        (f"{index}.",), (row.number,), (format_short(row.reported_on),),
        (row.name, row.id_text or "-"), (row.unit or "-",), (row.form,),
        (row.step, f"sejak {format_short(row.step_on)}"),
        (format_short(row.due) if row.due else "-",), (late,), (row.sanction or "-",),
    ]  # fmt: skip


class _Register:
    def __init__(self, pdf: DocPDF, spec: RegisterSpec, options: Options) -> None:
        self.pdf, self.spec, self.options = pdf, spec, options
        self.widths = _widths(pdf)
        self.painter = KopPainter(pdf, options.kop) if options.kop else None
        self.shrunk: list[str] = []

    def top(self) -> float:
        pdf = self.pdf
        pdf.add_page()
        y = self.painter.draw(pdf) if self.painter else pdf.t_margin
        y = blocks.heading(pdf, y, TITLE, size=12.5)
        pdf.set_font(fonts.SANS, "", 9.5)
        pdf.set_xy(pdf.l_margin, y + 0.5)
        text = f"{self.spec.filters} · Keadaan per {format_date(self.spec.as_of)}"
        pdf.cell(pdf.text_width, 5, text, align="C")
        return y + 8

    def continued(self) -> float:
        pdf = self.pdf
        pdf.add_page()
        return blocks.continued_line(
            pdf, "Register Penanganan Dugaan Pelanggaran Netralitas ASN (lanjutan)"
        )

    def header(self, y: float) -> float:
        return blocks.table_head(self.pdf, y, COLUMNS, self.widths, size=TEXT, height=HEAD)

    def row(self, y: float, row: RegisterRow, index: int) -> float:
        pdf = self.pdf
        x = pdf.l_margin
        for column, (lines, width) in enumerate(zip(_cells(row, index), self.widths, strict=True)):
            pdf.rect(x, y, width, ROW)
            bold = column == 8 and row.overdue_days > 0
            texts: list[tuple[str, float]] = []
            if len(lines) == 1:  # one value: may wrap to two lines
                fitted = fit_text(pdf, lines[0], width - 2, family=fonts.SANS,
                                  style="B" if bold else "", size=TEXT, min_size=MIN_TEXT,
                                  floor=5.0)  # fmt: skip
                texts = [(t, fitted.size) for t in fitted.lines]
                if fitted.shrunk and column in (3, 4, 9):
                    self.shrunk.append(row.number)
            else:  # a value (wrapped to two lines when long), then a smaller second line
                fitted = fit_text(pdf, lines[0], width - 2, family=fonts.SANS, size=TEXT,
                                  min_size=MIN_TEXT, floor=5.5)  # fmt: skip
                texts = [(t, fitted.size) for t in fitted.lines]
                if fitted.wrapped:
                    self.shrunk.append(row.number)
                small = fit_text(pdf, lines[1], width - 2, family=fonts.SANS, size=TEXT - 1,
                                 min_size=5.0, max_lines=1)  # fmt: skip
                texts.append((small.lines[0], small.size))
            step = min(3.4, (ROW - 0.8) / len(texts))
            top = y + (ROW - step * len(texts)) / 2
            align = "C" if column in (0, 2, 5, 7, 8) else "L"
            for i, (text, size) in enumerate(texts):
                pdf.set_font(fonts.SANS, "B" if bold else "", size)
                if bold:
                    pdf.set_text_color(150, 20, 20)
                pdf.set_xy(x, top + i * step)
                pdf.cell(width, step, text, align=align)
                pdf.set_text_color(0)
            x += width
        return y + ROW

    def totals(self, y: float) -> float:
        rows = self.spec.rows
        still_open = sum(1 for r in rows if r.open)
        late = sum(1 for r in rows if r.overdue_days)
        sanctioned = sum(1 for r in rows if r.sanction)
        text = (f"Jumlah: {len(rows)} kasus · masih berjalan {still_open} · terlambat {late} · "
                f"selesai {len(rows) - still_open} · dijatuhi sanksi {sanctioned}")  # fmt: skip
        pdf = self.pdf
        pdf.set_font(fonts.SANS, "B", 9.5)
        pdf.set_xy(pdf.l_margin, y + 2)
        pdf.cell(pdf.text_width, 5.5, text)
        return y + 8

    def closing(self, y: float) -> None:
        pdf = self.pdf
        col = pdf.text_width / 3
        x = pdf.l_margin + 2 * col
        date = format_date(self.spec.as_of)
        place = self.options.city
        pdf.set_font(fonts.SANS, "", 10)
        pdf.set_xy(x, y + 2)
        pdf.cell(col, 5, f"{place}, {date}" if place else date, align="C")
        blocks.draw_signer(pdf, x, y + 7, col, ["Petugas Pencatat,"], None, gap=18, size=10,
                           line=5)  # fmt: skip


def render(spec: RegisterSpec, options: Options) -> Rendered:
    """Rows in the order given; the table header on every page, totals and signature after."""
    pdf = new_pdf(options.paper, landscape=True, margins=LANDSCAPE)
    pdf.set_title("Register Penanganan Dugaan Pelanggaran Netralitas ASN")
    pdf.begin_part(numbered=True, label="Register Penanganan Pelanggaran Netralitas ASN")
    reg = _Register(pdf, spec, options)
    y = reg.header(reg.top())
    total = len(spec.rows)
    if not spec.rows:
        pdf.set_font(fonts.SANS, "I", 9.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, ROW, "Tidak ada kasus yang sesuai dengan saringan ini.",
                 border=1, align="C")  # fmt: skip
        y += ROW
    for index, row in enumerate(spec.rows, 1):
        if y + ROW > pdf.bottom:
            y = reg.header(reg.continued())
        y = reg.row(y, row, index)
        if index % 100 == 0:
            tick(options, index, total)
    if y + 8 > pdf.bottom:
        y = reg.continued()
    y = reg.totals(y)
    if y + CLOSING > pdf.bottom:
        y = reg.continued()
    reg.closing(y)
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, sorted(set(reg.shrunk)))


def filters_text(parts: Sequence[str]) -> str:
    return " · ".join(p for p in parts if p) or "Semua kasus"
