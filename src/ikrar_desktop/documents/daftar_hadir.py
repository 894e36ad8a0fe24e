"""Daftar hadir per OPD: a hand-drawn cell grid, header on every page, staggered signatures."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import Fitted, fit_text
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, Options, Rendered, tick
from ikrar_desktop.documents.page import TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_long_date

ROW = 10.0  # room to sign
HEAD = 9.0
TEXT = 8.5
MIN_TEXT = 7.5
CLOSING = 58.0  # date line, two header lines, signature room, name lines
COLUMNS = ("No.", "Nama", "NIP / NIK", "Jabatan", "Unit Kerja", "Tanda Tangan")
BASE_WIDTHS = (8.0, 46.0, 34.0, 33.0, 26.0, 36.0)  # A4; extra width goes to Nama


@dataclass(frozen=True, slots=True)
class _Page:
    first: bool
    start: int
    count: int
    closing: bool


def _plan(rows: int, first: int, later: int, closing_rows: int) -> list[_Page]:
    """Rows per page (the first page holds fewer: kop and title) and where the closing goes."""
    pages: list[_Page] = []
    start, capacity, is_first = 0, first, True
    while True:
        count = min(capacity, rows - start)
        last = start + count >= rows
        fits = last and capacity - count >= closing_rows
        pages.append(_Page(is_first, start, count, fits))
        start += count
        if last:
            if not fits:
                pages.append(_Page(False, start, 0, True))
            return pages
        capacity, is_first = later, False


class DaftarHadir:
    """Draws one OPD section after another into a PDF (also the berita acara's annex)."""

    def __init__(self, pdf: DocPDF, event: DocEvent, options: Options, blank_rows: int) -> None:
        self.pdf, self.event, self.options = pdf, event, options
        self.blank_rows = max(0, blank_rows)
        extra = pdf.text_width - sum(BASE_WIDTHS)
        self.widths = (BASE_WIDTHS[0], BASE_WIDTHS[1] + extra, *BASE_WIDTHS[2:])
        self.painter = KopPainter(pdf, options.kop) if options.kop else None
        self._fits: dict[tuple[str, int, str], Fitted] = {}
        self.shrunk: list[str] = []

    def _title_height(self, unit: DocUnit, title: str) -> float:
        kop = self.painter.height + 8.5 if self.painter else 0.0
        return kop + 7 + 6 * len(self._info(unit)) + (7 if title else 0) + 4

    def _info(self, unit: DocUnit) -> list[tuple[str, str]]:
        ev = self.event
        rows = [("Acara", ev.title), ("Hari, Tanggal", format_long_date(ev.date))]
        if ev.time:
            rows.append(("Pukul", f"{ev.time.replace(':', '.')} {ev.zone}"))
        if ev.place:
            rows.append(("Tempat", ev.place))
        rows.append(("Unit Kerja", unit.name or "-"))
        return rows

    def draw_unit(self, unit: DocUnit, *, title: str = "", done: int = 0, total: int = 0) -> int:
        """One OPD: its own kop, title, rows, closing, numbered "Halaman X dari Y"."""
        pdf = self.pdf
        rows = len(unit.people) + self.blank_rows
        usable = pdf.bottom - pdf.t_margin
        first = int((usable - self._title_height(unit, title) - HEAD) // ROW)
        later = int((usable - 6 - HEAD) // ROW)
        pages = _plan(rows, first, later, math.ceil(CLOSING / ROW))
        pdf.begin_part(numbered=True, label=f"Daftar Hadir · {unit.name}")
        for page in pages:
            pdf.add_page()
            y = self._top(unit, title) if page.first else self._continued(unit)
            if page.count:
                y = self._rows(unit, page, y, done, total)
            if page.closing:
                self._closing(unit, y + 5)
        return done + len(unit.people)

    def _top(self, unit: DocUnit, title: str) -> float:
        pdf = self.pdf
        y = self.painter.draw(pdf) if self.painter else pdf.t_margin
        if title:
            y = blocks.heading(pdf, y, title, size=12) + 2
        y = blocks.heading(pdf, y, "DAFTAR HADIR", size=14) + 1
        for label, value in self._info(unit):
            y, _ = blocks.draw_field(
                pdf, pdf.l_margin, y, label, value, label_width=28, width=pdf.text_width,
                size=10.5, line=6, min_size=8,
            )  # fmt: skip
        return y + 3

    def _continued(self, unit: DocUnit) -> float:
        text = f"Daftar Hadir {unit.name} (lanjutan)".replace("  ", " ")
        return blocks.continued_line(self.pdf, text)

    def _header(self, y: float) -> None:
        blocks.table_head(self.pdf, y, COLUMNS, self.widths, size=TEXT, height=HEAD)

    def _fit(self, text: str, column: int, style: str = "") -> Fitted:
        key = (text, column, style)
        found = self._fits.get(key)
        if found is None:
            found = fit_text(
                self.pdf, text, self.widths[column] - 2, family=fonts.SANS, style=style,
                size=TEXT, min_size=MIN_TEXT, floor=5.5,
            )  # fmt: skip
            if len(self._fits) < 20_000:
                self._fits[key] = found
        return found

    def _cell(self, x: float, y: float, column: int, text: str) -> bool:
        fitted = self._fit(text, column)
        pdf = self.pdf
        pdf.set_font(fonts.SANS, "", fitted.size)
        step = fitted.size * 0.42
        top = y + (ROW - step * len(fitted.lines)) / 2
        for i, line in enumerate(fitted.lines):
            pdf.set_xy(x, top + i * step)
            pdf.cell(self.widths[column], step, line)
        return fitted.shrunk

    def _rows(self, unit: DocUnit, page: _Page, y: float, done: int, total: int) -> float:
        pdf = self.pdf
        self._header(y)
        top = y
        y += HEAD
        x0 = pdf.l_margin
        edges = [x0]
        for width in self.widths:
            edges.append(edges[-1] + width)
        sign_half = self.widths[5] / 2
        for index in range(page.start, page.start + page.count):
            number = index + 1
            person: DocPerson | None = unit.people[index] if index < len(unit.people) else None
            pdf.set_font(fonts.SANS, "", TEXT)
            pdf.set_xy(edges[0], y)
            pdf.cell(self.widths[0], ROW, f"{number}.", align="C")
            if person is not None:
                if self._cell(edges[1], y, 1, person.name):
                    self.shrunk.append(person.name)
                self._cell(edges[2], y, 2, person.id_list_text)
                self._cell(edges[3], y, 3, person.jabatan or "-")
                self._cell(edges[4], y, 4, person.unit or unit.name)
            pdf.set_font(fonts.SANS, "", 7)
            pdf.set_xy(edges[5] + (sign_half if number % 2 == 0 else 0), y + 0.5)
            pdf.cell(sign_half, 3, f"{number}.")
            y += ROW
            pdf.line(x0, y, edges[-1], y)
            if (done + index) % 200 == 0:
                tick(self.options, done + min(index, len(unit.people)), total)
        for edge in edges:
            pdf.line(edge, top, edge, y)
        return y

    def _closing(self, unit: DocUnit, y: float) -> None:
        pdf = self.pdf
        col = pdf.text_width / 2
        place = self.options.city or self.event.place
        date = format_date(self.event.date)
        pdf.set_font(fonts.SANS, "", 11)
        pdf.set_xy(pdf.l_margin + col, y)
        pdf.cell(col, 5.5, f"{place}, {date}" if place else date, align="C")
        y += 5.5
        head = unit.head
        jabatan = head.jabatan if head else f"Kepala {unit.name or 'Unit Kerja'}"
        blocks.draw_signer(
            pdf, pdf.l_margin, y, col - 4, ["Mengetahui,", f"{jabatan},"], head, gap=18,
            size=11, line=5.5,
        )  # fmt: skip
        blocks.draw_signer(
            pdf, pdf.l_margin + col, y, col, ["Petugas Pencatat,"], None, gap=18 + 5.5 *
            (len(blocks.lines_of(pdf, f"{jabatan},", col - 4, size=11))), size=11, line=5.5,
        )  # fmt: skip


def render(
    event: DocEvent,
    units: Sequence[DocUnit],
    options: Options,
    *,
    blank_rows: int = 5,
) -> Rendered:
    """Every unit in its own section (page break per OPD), people in the order given."""
    pdf = new_pdf(options.paper, margins=TABLE)
    pdf.set_title(f"Daftar Hadir - {event.title}")
    sheet = DaftarHadir(pdf, event, options, blank_rows)
    total = sum(len(u.people) for u in units)
    done = 0
    for unit in units:
        done = sheet.draw_unit(unit, done=done, total=total)
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, sheet.shrunk)
