"""Recap report: per-OPD table with completion bars, totals, and who has not signed yet."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import fit_text
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

ROW = 6.0
COLUMNS = ("No.", "Unit Kerja", "Wajib", "Hadir", "Ket.", "TK", "Belum", "Pakta", "%", "Capaian")
WIDTHS = (8.0, 56.0, 13.0, 13.0, 11.0, 10.0, 12.0, 13.0, 12.0, 35.0)
LIST_COLUMNS = ("No.", "Nama", "NIP / NIK", "Unit Kerja", "Kehadiran")
LIST_WIDTHS = (9.0, 62.0, 37.0, 50.0, 25.0)
FINGERPRINT_PENDING = "Sidik jari audit: (belum tersedia pada versi ini)"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0,0"


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
    pdf.set_font(fonts.SANS, "", 10)
    where = f" · {event.place}" if event.place else ""
    pdf.set_xy(pdf.l_margin, y + 1)
    pdf.cell(pdf.text_width, 5, f"{format_long_date(event.date)}{where}", align="C")
    y += 9
    widths = (WIDTHS[0], WIDTHS[1] + pdf.text_width - sum(WIDTHS), *WIDTHS[2:])
    y = _header(pdf, y, COLUMNS, widths)
    for i, count in enumerate(counts, 1):
        if y + ROW > pdf.bottom - 2:
            pdf.add_page()
            y = _header(pdf, pdf.t_margin, COLUMNS, widths)
        y = _count_row(pdf, y, str(i), count, widths, bold=False)
    y = _count_row(pdf, y, "", total, widths, bold=True)
    tick(options, 1, 2)
    y = _not_signed(pdf, y + 8, not_signed, options)
    if y + 50 > pdf.bottom:
        pdf.add_page()
        y = pdf.t_margin
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
    tick(options, 2, 2)
    return Rendered(pdf.finish(), pdf.page, total.obliged, [])


def _header(pdf: DocPDF, y: float, labels: Sequence[str], widths: Sequence[float]) -> float:
    return blocks.table_head(pdf, y, labels, widths, size=8.5)


def _count_row(
    pdf: DocPDF, y: float, number: str, c: UnitCount, widths: Sequence[float], *, bold: bool
) -> float:
    values = (
        number, c.unit, str(c.obliged), str(c.present), str(c.excused), str(c.absent),
        str(c.unrecorded), str(c.signed), _percent(c.signed, c.obliged),
    )  # fmt: skip
    x = pdf.l_margin
    style = "B" if bold else ""
    for i, (value, width) in enumerate(zip(values, widths, strict=False)):
        if i == 1:
            fit_text(pdf, value, width - 2, family=fonts.SANS, style=style, size=8.5,
                     min_size=6, max_lines=1)  # fmt: skip
        else:
            pdf.set_font(fonts.SANS, style, 8.5)
        pdf.set_xy(x, y)
        pdf.cell(width, ROW, value, border=1, align="L" if i == 1 else "C")
        x += width
    pdf.rect(x, y, widths[-1], ROW)
    bar = (widths[-1] - 4) * c.completion
    pdf.set_fill_color(200)
    pdf.rect(x + 2, y + 1.5, widths[-1] - 4, ROW - 3, style="D")
    pdf.set_fill_color(40, 90, 160)
    if bar > 0:
        pdf.rect(x + 2, y + 1.5, bar, ROW - 3, style="F")
    pdf.set_fill_color(255)
    return y + ROW


def _not_signed(pdf: DocPDF, y: float, people: Sequence[DocPerson], options: Options) -> float:
    y = blocks.heading(pdf, y, f"PEGAWAI YANG BELUM MENANDATANGANI PAKTA ({len(people)} orang)",
                       size=11)  # fmt: skip
    y += 2
    if not people:
        pdf.set_font(fonts.SANS, "I", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 6, "Semua pegawai yang wajib sudah menandatangani.", align="C")
        return y + 8
    widths = (LIST_WIDTHS[0], LIST_WIDTHS[1] + pdf.text_width - sum(LIST_WIDTHS), *LIST_WIDTHS[2:])
    y = _header(pdf, y, LIST_COLUMNS, widths)
    for i, person in enumerate(people, 1):
        if y + ROW > pdf.bottom - 2:
            pdf.add_page()
            y = _header(pdf, pdf.t_margin, LIST_COLUMNS, widths)
        status = STATUS_LABELS.get(person.attendance or "", "Belum tercatat")
        values = (str(i), person.name, person.id_list_text, person.unit, status)
        x = pdf.l_margin
        for j, (value, width) in enumerate(zip(values, widths, strict=True)):
            fit_text(pdf, value, width - 2, family=fonts.SANS, size=8.5, min_size=6, max_lines=1)
            pdf.set_xy(x, y)
            pdf.cell(width, ROW, value, border=1, align="C" if j == 0 else "L")
            x += width
        y += ROW
        if i % 500 == 0:
            tick(options, 1, 2)
    return y
