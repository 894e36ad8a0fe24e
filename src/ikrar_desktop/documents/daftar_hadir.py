"""Daftar hadir per OPD: a hand-drawn grid of wrapping rows, header on every page, staggered
signatures, the closing kept with the last rows."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import MIN_NAME
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, DocUnit, Options, Rendered, Signer, tick
from ikrar_desktop.documents.page import TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_long_date

ROW = 10.0  # room to sign: the least height of a row
HEAD = 9.0
TEXT = 8.5
MIN_TEXT = 7.5
INFO = 5.4  # a line of the Acara / Tanggal / … block (10.5 pt, down to 9.5 pt, then wrapped)
KEEP = 3  # rows that always go with the closing block
COLUMNS = ("No.", "Nama", "NIP / NIK", "Jabatan", "Tanda Tangan")
BASE_WIDTHS = (8.0, 56.0, 35.0, 48.0, 36.0)  # A4; F4's extra width goes to Nama and Jabatan
GROW = (1, 3)


class DaftarHadir:
    """Draws one OPD section after another into a PDF (also the berita acara's annex). The
    section title names the unit, so the table has no Unit Kerja column; cells wrap and rows
    grow; pages are planned before drawing so the closing keeps the last rows with it."""

    def __init__(self, pdf: DocPDF, event: DocEvent, options: Options, blank_rows: int) -> None:
        self.pdf, self.event, self.options = pdf, event, options
        self.blank_rows = max(0, blank_rows)
        extra = (pdf.text_width - sum(BASE_WIDTHS)) / len(GROW)
        self.widths = tuple(w + (extra if i in GROW else 0.0) for i, w in enumerate(BASE_WIDTHS))
        self.rows = blocks.Rows(pdf, [
            blocks.Column(self.widths[0], "C", TEXT, MIN_TEXT),
            blocks.Column(self.widths[1], "L", TEXT, MIN_NAME),
            blocks.Column(self.widths[2], "L", TEXT, MIN_TEXT),
            blocks.Column(self.widths[3], "L", TEXT, MIN_TEXT),
        ], min_height=ROW, pad=1.2)  # fmt: skip
        self.painter = KopPainter(pdf, options.kop) if options.kop else None
        self.head = blocks.head_height(pdf, COLUMNS, self.widths, size=TEXT, height=HEAD)
        self.shrunk: list[str] = []

    def _info(self, unit: DocUnit) -> list[tuple[str, str]]:
        ev = self.event
        rows = [("Acara", ev.title), ("Hari, Tanggal", format_long_date(ev.date))]
        if ev.time:
            rows.append(("Pukul", f"{ev.time.replace(':', '.')} {ev.zone}"))
        if ev.place:
            rows.append(("Tempat", ev.place))
        rows.append(("Unit Kerja", unit.name or "-"))
        return rows

    def _top_height(self, unit: DocUnit, title: str) -> float:
        """What ``_top`` takes from the top margin (measured, nothing drawn)."""
        pdf = self.pdf
        y = self.painter.height + 8.5 if self.painter else 0.0
        if title:
            y += len(blocks.lines_of(pdf, title, pdf.text_width, size=12, style="B")) * 12 * 0.45
            y += 2
        y += 14 * 0.45 + 1
        for _, value in self._info(unit):
            fitted = blocks.field_value(pdf, value, pdf.text_width - 32, size=10.5, min_size=9.5)
            y += INFO * len(fitted.lines)
        return y + 3

    def draw_unit(self, unit: DocUnit, *, title: str = "", done: int = 0, total: int = 0) -> int:
        """One OPD: its own kop, title, rows, closing, numbered "Halaman X dari Y"."""
        pdf = self.pdf
        people = unit.people
        rows = [self.rows.measure((f"{i + 1}.", p.name, p.id_list_text, p.jabatan or "-"))
                for i, p in enumerate(people)]  # fmt: skip
        rows += [self.rows.measure((f"{i + 1}.",))
                 for i in range(len(people), len(people) + self.blank_rows)]  # fmt: skip
        self.shrunk += [p.name for p, r in zip(people, rows, strict=False) if r.cells[1].shrunk]
        first = pdf.bottom - pdf.t_margin - self._top_height(unit, title) - self.head
        later = pdf.bottom - pdf.t_margin - blocks.continued_height(pdf, self._continued_text(unit))
        pages = blocks.plan_pages([r.height for r in rows], first, later - self.head,
                                  self._closing_height(unit), keep=KEEP)  # fmt: skip
        pdf.begin_part(numbered=True, label=f"Daftar Hadir · {unit.name}")
        for number, (start, count) in enumerate(pages):
            pdf.add_page()
            y = self._top(unit, title) if number == 0 else self._continued(unit)
            if count:
                y = self._rows(rows[start : start + count], start, y, done, total, len(people))
            if number == len(pages) - 1:
                self._closing(unit, y + 5)
        return done + len(people)

    def _top(self, unit: DocUnit, title: str) -> float:
        pdf = self.pdf
        y = self.painter.draw(pdf) if self.painter else pdf.t_margin
        if title:
            y = blocks.heading(pdf, y, title, size=12) + 2
        y = blocks.heading(pdf, y, "DAFTAR HADIR", size=14) + 1
        for label, value in self._info(unit):
            y, _ = blocks.draw_field(
                pdf, pdf.l_margin, y, label, value, label_width=28, width=pdf.text_width,
                size=10.5, line=INFO, min_size=9.5,
            )  # fmt: skip
        return y + 3

    def _continued_text(self, unit: DocUnit) -> str:
        return f"Daftar Hadir {unit.name} (lanjutan)".replace("  ", " ")

    def _continued(self, unit: DocUnit) -> float:
        return blocks.continued_line(self.pdf, self._continued_text(unit))

    def _rows(
        self, rows: Sequence[blocks.Row], start: int, y: float, done: int, total: int, people: int
    ) -> float:
        pdf = self.pdf
        top = y
        y = blocks.table_head(pdf, y, COLUMNS, self.widths, size=TEXT, height=HEAD)
        x0 = pdf.l_margin
        edges = [x0]
        for width in self.widths:
            edges.append(edges[-1] + width)
        sign_half = self.widths[4] / 2
        tops = []
        for index, row in enumerate(rows, start):
            tops.append(y)
            y = self.rows.draw(x0, y, row)
            pdf.line(x0, y, edges[-1], y)
            if (done + index) % 200 == 0:
                tick(self.options, done + min(index, people), total)
        pdf.set_font(fonts.SANS, "", 7)  # the numbers where each one signs, staggered
        for number, row_top in enumerate(tops, start + 1):
            x = edges[4] + (sign_half if number % 2 == 0 else 0)
            blocks.put(pdf, x, row_top + 0.5, sign_half, 3, f"{number}.")
        for edge in edges:
            pdf.line(edge, top, edge, y)
        return y

    def _closing_parts(self, unit: DocUnit) -> tuple[list[str], Signer | None, float]:
        """The acknowledger's header lines and signer, and the column width."""
        head = unit.head
        jabatan = head.jabatan if head else f"Kepala {unit.name or 'Unit Kerja'}"
        return ["Mengetahui,", f"{jabatan},"], head, self.pdf.text_width / 2

    def _closing_height(self, unit: DocUnit) -> float:
        header, head, col = self._closing_parts(unit)
        pdf = self.pdf
        left = blocks.signer_height(pdf, col - 4, header, head, gap=18, size=11, line=5.5)
        right = blocks.signer_height(pdf, col, ["Petugas Pencatat,"], None, size=11, line=5.5,
                                     gap=18 + 5.5 * self._jabatan_lines(header, col))  # fmt: skip
        return 5 + 5.5 + max(left, right)

    def _jabatan_lines(self, header: list[str], col: float) -> int:
        return len(blocks.lines_of(self.pdf, header[1], col - 4, size=11))

    def _closing(self, unit: DocUnit, y: float) -> None:
        pdf = self.pdf
        header, head, col = self._closing_parts(unit)
        place = self.options.city or self.event.place
        date = format_date(self.event.date)
        pdf.set_font(fonts.SANS, "", 11)
        pdf.set_xy(pdf.l_margin + col, y)
        pdf.cell(col, 5.5, f"{place}, {date}" if place else date, align="C")
        y += 5.5
        blocks.draw_signer(pdf, pdf.l_margin, y, col - 4, header, head, gap=18, size=11,
                           line=5.5)  # fmt: skip
        blocks.draw_signer(
            pdf, pdf.l_margin + col, y, col, ["Petugas Pencatat,"], None,
            gap=18 + 5.5 * self._jabatan_lines(header, col), size=11, line=5.5,
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
