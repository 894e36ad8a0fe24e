"""Recap report: per-OPD table with completion bars, totals, and who has not signed yet."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import MIN_NAME
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import (
    DocEvent,
    DocPerson,
    Options,
    Rendered,
    UnitCount,
    tick,
)
from ikrar_desktop.documents.page import TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.attendance import STATUS_LABELS
from ikrar_desktop.domain.dates import format_date, format_long_date

ROW = 6.0  # the least height of a row; rows with wrapped names grow
TEXT = 8.5
KEEP = 3  # rows of the list that always go with the closing block
COLUMNS = ("No.", "Unit Kerja", "Wajib", "Hadir", "Ket.", "TK", "Belum", "Pakta", "%", "Capaian")
WIDTHS = (8.0, 56.0, 13.0, 13.0, 11.0, 10.0, 12.0, 13.0, 12.0, 35.0)
LIST_COLUMNS = ("No.", "Nama", "NIP / NIK", "Unit Kerja", "Kehadiran")
LIST_WIDTHS = (9.0, 62.0, 37.0, 50.0, 25.0)
FINGERPRINT_PENDING = "Sidik jari audit: (belum tersedia pada versi ini)"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0,0"


def _grow(pdf: DocPDF, widths: Sequence[float], column: int) -> tuple[float, ...]:
    """The widths with the page's spare width given to ``column``."""
    extra = pdf.text_width - sum(widths)
    return tuple(w + (extra if i == column else 0.0) for i, w in enumerate(widths))


def render(
    event: DocEvent,
    counts: Sequence[UnitCount],
    total: UnitCount,
    not_signed: Sequence[DocPerson],
    options: Options,
    *,
    fingerprint: str = "",
) -> Rendered:
    pdf = new_pdf(options.paper, margins=TABLE)
    pdf.set_title(f"Rekapitulasi - {event.title}")
    pdf.begin_part(numbered=True, label=f"Rekapitulasi · {event.title}")
    pdf.add_page()
    painter = KopPainter(pdf, options.kop) if options.kop else None
    y = painter.draw(pdf) if painter else pdf.t_margin
    y = blocks.heading(pdf, y, "REKAPITULASI KEHADIRAN DAN PENANDATANGANAN PAKTA INTEGRITAS")
    y = blocks.heading(pdf, y + 1, event.title.upper(), size=11)
    where = f" · {event.place}" if event.place else ""
    y = blocks.heading(pdf, y + 1, f"{format_long_date(event.date)}{where}", size=10,
                       style="") + 3  # fmt: skip
    widths = _grow(pdf, WIDTHS, 1)
    table = blocks.Rows(pdf, [blocks.Column(w, "L" if i == 1 else "C", TEXT, 7.5)
                              for i, w in enumerate(widths[:-1])], min_height=ROW)  # fmt: skip
    rows = [_count_row(table, str(i), c, bold=False) for i, c in enumerate(counts, 1)]
    rows.append(_count_row(table, "", total, bold=True))
    y = blocks.table_head(pdf, y, COLUMNS, widths, size=TEXT)
    for row, count in zip(rows, [*counts, total], strict=True):
        if y + row.height > pdf.bottom - 2:
            pdf.add_page()
            y = blocks.table_head(pdf, pdf.t_margin, COLUMNS, widths, size=TEXT)
        _bar(pdf, table.draw(pdf.l_margin, y, row, border=True), row.height, widths, count)
        y += row.height
    tick(options, 1, 2)
    y = _not_signed(pdf, y + 8, not_signed, options, _closing_height(pdf))
    _closing(pdf, y, event, options, fingerprint)
    tick(options, 2, 2)
    return Rendered(pdf.finish(), pdf.page, total.obliged, [])


def _closing_height(pdf: DocPDF) -> float:
    col = pdf.text_width / 2
    return 17.5 + blocks.signer_height(
        pdf, col, ["Petugas Pencatat,"], None, gap=18, size=11, line=5.5
    )


def _closing(pdf: DocPDF, y: float, event: DocEvent, options: Options, fingerprint: str) -> None:
    """The audit fingerprint line, place and date, the recorder's signature block."""
    pdf.set_font(fonts.SANS, "I", 8.5)
    pdf.set_xy(pdf.l_margin, y + 4)
    pdf.cell(pdf.text_width, 5, fingerprint or FINGERPRINT_PENDING)
    col = pdf.text_width / 2
    place = options.city or event.place
    date = format_date(event.date)
    pdf.set_font(fonts.SANS, "", 11)
    pdf.set_xy(pdf.l_margin + col, y + 12)
    pdf.cell(col, 5.5, f"{place}, {date}" if place else date, align="C")
    blocks.draw_signer(
        pdf, pdf.l_margin + col, y + 17.5, col, ["Petugas Pencatat,"], None, gap=18, size=11,
        line=5.5,
    )  # fmt: skip


def _count_row(table: blocks.Rows, number: str, c: UnitCount, *, bold: bool) -> blocks.Row:
    values = (
        number, c.unit, str(c.obliged), str(c.present), str(c.excused), str(c.absent),
        str(c.unrecorded), str(c.signed), _percent(c.signed, c.obliged),
    )  # fmt: skip
    return table.measure(values, bold=bold)


def _bar(pdf: DocPDF, y: float, height: float, widths: Sequence[float], c: UnitCount) -> None:
    """The completion bar in the last column of the row that ends at ``y``."""
    x = pdf.l_margin + sum(widths[:-1])
    top = y - height
    pdf.rect(x, top, widths[-1], height)
    bar = (widths[-1] - 4) * c.completion
    mid = top + (height - 3) / 2
    pdf.rect(x + 2, mid, widths[-1] - 4, 3, style="D")
    pdf.set_fill_color(40, 90, 160)
    if bar > 0:
        pdf.rect(x + 2, mid, bar, 3, style="F")
    pdf.set_fill_color(255)


def _not_signed(
    pdf: DocPDF, y: float, people: Sequence[DocPerson], options: Options, closing: float
) -> float:
    """The list under its heading; returns the y for the closing block, having moved to a new
    page with at least the last rows of the list (or the heading) when it does not fit."""
    title = f"PEGAWAI YANG BELUM MENANDATANGANI PAKTA ({len(people)} orang)"
    title_h = len(blocks.lines_of(pdf, title, pdf.text_width, size=11, style="B")) * 11 * 0.45
    if not people:
        if y + title_h + 10 + closing > pdf.bottom:
            pdf.add_page()
            y = pdf.t_margin
        y = blocks.heading(pdf, y, title, size=11) + 2
        pdf.set_font(fonts.SANS, "I", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 6, "Semua pegawai yang wajib sudah menandatangani.", align="C")
        return y + 8
    widths = _grow(pdf, LIST_WIDTHS, 1)
    table = blocks.Rows(pdf, [
        blocks.Column(widths[0], "C", TEXT), blocks.Column(widths[1], "L", TEXT, MIN_NAME),
        *(blocks.Column(w, "L", TEXT) for w in widths[2:]),
    ], min_height=ROW)  # fmt: skip
    rows = []
    for i, person in enumerate(people, 1):
        status = STATUS_LABELS.get(person.attendance or "", "Belum tercatat")
        rows.append(table.measure((str(i), person.name, person.id_list_text, person.unit, status)))
    head = blocks.head_height(pdf, LIST_COLUMNS, widths, size=TEXT, height=7.0)
    later = pdf.bottom - 2 - pdf.t_margin - head
    heights = [r.height for r in rows]
    first = pdf.bottom - 2 - (y + title_h + 2 + head)
    pages = blocks.plan_pages(heights, first, later, closing + 2, keep=KEEP)
    if not pages[0][1]:  # the heading keeps at least a row with it
        pdf.add_page()
        y = pdf.t_margin
        pages = blocks.plan_pages(heights, later - title_h - 2, later, closing + 2, keep=KEEP)
    for number, (start, count) in enumerate(pages):
        if number == 0:
            y = blocks.heading(pdf, y, title, size=11) + 2
        else:
            pdf.add_page()
            y = pdf.t_margin
        if count:
            y = blocks.table_head(pdf, y, LIST_COLUMNS, widths, size=TEXT)
        for index in range(start, start + count):
            y = table.draw(pdf.l_margin, y, rows[index], border=True)
            if (index + 1) % 500 == 0:
                tick(options, 1, 2)
    return y
