"""Register kasus: landscape table of supervision cases (filters applied), wrapping rows,
totals and the signature kept with the last rows."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import MIN_NAME, MIN_TEXT, fit_wrap
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import Options, Rendered, tick
from ikrar_desktop.documents.page import LANDSCAPE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_short

TITLE = "REGISTER PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN"
CONTINUED = "Register Penanganan Dugaan Pelanggaran Netralitas ASN (lanjutan)"
ROW = 9.0  # the least height of a row; it grows with wrapped cells
HEAD = 8.0
TEXT = 8.0
STEP = 0.42  # mm of line per pt
KEEP = 3  # rows that always go with the totals and the signature
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
        text = f"{self.spec.filters} · Keadaan per {format_date(self.spec.as_of)}"
        return blocks.heading(pdf, y + 0.5, text, size=9.5, style="") + 2.5

    def top_height(self) -> float:
        pdf = self.pdf
        y = self.painter.height + 8.5 if self.painter else 0.0
        y += len(blocks.lines_of(pdf, TITLE, pdf.text_width, size=12.5, style="B")) * 12.5 * 0.45
        text = f"{self.spec.filters} · Keadaan per {format_date(self.spec.as_of)}"
        return (
            y + 0.5 + len(blocks.lines_of(pdf, text, pdf.text_width, size=9.5)) * 9.5 * 0.45 + 2.5
        )

    def continued(self) -> float:
        pdf = self.pdf
        pdf.add_page()
        return blocks.continued_line(pdf, CONTINUED)

    def header(self, y: float) -> float:
        return blocks.table_head(self.pdf, y, COLUMNS, self.widths, size=TEXT, height=HEAD)

    def measure(self, row: RegisterRow, index: int) -> tuple[list[list[tuple[str, float]]], float]:
        """Each cell's lines (text, size): the value wrapped, then a smaller second line where
        the cell has one; and the row's height (grown to the tallest cell)."""
        pdf = self.pdf
        cells: list[list[tuple[str, float]]] = []
        for column, (lines, width) in enumerate(zip(_cells(row, index), self.widths, strict=True)):
            bold = column == 8 and row.overdue_days > 0
            fitted = fit_wrap(pdf, lines[0], width - 2, family=fonts.SANS,
                              style="B" if bold else "", size=TEXT,
                              min_size=MIN_NAME if column == 3 else MIN_TEXT)  # fmt: skip
            if fitted.shrunk and column in (3, 4, 9):
                self.shrunk.append(row.number)
            texts = [(t, fitted.size) for t in fitted.lines]
            if len(lines) > 1:
                small = fit_wrap(pdf, lines[1], width - 2, family=fonts.SANS, size=MIN_TEXT,
                                 min_size=MIN_TEXT)  # fmt: skip
                texts += [(t, small.size) for t in small.lines]
            cells.append(texts)
        tallest = max(sum(size * STEP for _, size in c) for c in cells)
        return cells, max(ROW, tallest + 1.6)

    def row(self, y: float, row: RegisterRow, cells: list[list[tuple[str, float]]],
            height: float) -> float:  # fmt: skip
        pdf = self.pdf
        x = pdf.l_margin
        for column, (texts, width) in enumerate(zip(cells, self.widths, strict=True)):
            pdf.rect(x, y, width, height)
            bold = column == 8 and row.overdue_days > 0
            used = sum(size * STEP for _, size in texts)
            top = y + (height - used) / 2
            align = "C" if column in (0, 2, 5, 7, 8) else "L"
            for text, size in texts:
                pdf.set_font(fonts.SANS, "B" if bold else "", size)
                if bold:
                    pdf.set_text_color(150, 20, 20)
                pdf.set_xy(x, top)
                pdf.cell(width, size * STEP, text, align=align)
                pdf.set_text_color(0)
                top += size * STEP
            x += width
        return y + height

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

    def closing_height(self) -> float:
        """The totals line, place and date, and the recorder's signature block."""
        col = self.pdf.text_width / 3
        signer = blocks.signer_height(self.pdf, col, ["Petugas Pencatat,"], None, gap=18,
                                      size=10, line=5)  # fmt: skip
        return 8 + 7 + signer

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
    total = len(spec.rows)
    measured = [reg.measure(row, index) for index, row in enumerate(spec.rows, 1)]
    head = blocks.head_height(pdf, COLUMNS, reg.widths, size=TEXT, height=HEAD)
    usable = pdf.bottom - pdf.t_margin
    later = usable - blocks.continued_height(pdf, CONTINUED) - head
    pages = blocks.plan_pages([h for _, h in measured], usable - reg.top_height() - head,
                              later, reg.closing_height(), keep=KEEP)  # fmt: skip
    for number, (start, count) in enumerate(pages):
        y = reg.top() if number == 0 else reg.continued()
        if count or not spec.rows:
            y = reg.header(y)
        if not spec.rows:
            pdf.set_font(fonts.SANS, "I", 9.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(pdf.text_width, ROW, "Tidak ada kasus yang sesuai dengan saringan ini.",
                     border=1, align="C")  # fmt: skip
            y += ROW
        for index in range(start, start + count):
            cells, height = measured[index]
            y = reg.row(y, spec.rows[index], cells, height)
            if (index + 1) % 100 == 0:
                tick(options, index + 1, total)
    y = reg.totals(y)
    reg.closing(y)
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, sorted(set(reg.shrunk)))


def filters_text(parts: Sequence[str]) -> str:
    return " · ".join(p for p in parts if p) or "Semua kasus"
