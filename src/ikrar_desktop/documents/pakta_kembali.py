"""Pakta sheets not yet back: numbers per OPD, then per OPD who still has to return a sheet."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts, rows
from ikrar_desktop.documents.fit import fit_text
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, DocPerson, Options, Rendered, tick
from ikrar_desktop.documents.page import TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.attendance import STATUS_LABELS
from ikrar_desktop.domain.dates import format_date, format_long_date

TITLE = "LEMBAR PAKTA INTEGRITAS YANG BELUM KEMBALI"
ROW = 6.0
STEP = 3.8  # line pitch inside a row that wrapped
SIZE = 9.0
MIN_SIZE = 7.0
COLUMNS = ("No.", "Unit Kerja", "Dikirim", "Kembali", "Belum", "% Kembali")
WIDTHS = (9.0, 95.0, 18.0, 18.0, 18.0, 25.0)
LIST_COLUMNS = ("No.", "Nama", "NIP / NIK", "Jabatan", "Kehadiran")
LIST_WIDTHS = (9.0, 62.0, 38.0, 50.0, 24.0)


@dataclass(frozen=True, slots=True)
class SheetUnit:
    """One OPD's sheets: sent, returned signed, and the people whose sheet is still out."""

    name: str
    sent: int
    returned: int
    people: tuple[DocPerson, ...] = ()

    @property
    def out(self) -> int:
        return self.sent - self.returned


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0,0"


def _widths(pdf: DocPDF, base: Sequence[float], stretch: int) -> list[float]:
    """The column widths with column ``stretch`` taking whatever the paper leaves over."""
    out = list(base)
    out[stretch] += pdf.text_width - sum(base)
    return out


def _row(pdf: DocPDF, y: float, values: Sequence[str], widths: Sequence[float], *,
         left: Sequence[int], style: str = "", repeat: Callable[[], float] | None = None,
         ) -> float:  # fmt: skip
    """One bordered row; a value too long for its cell wraps to a second line (never below
    7 pt) and the row grows. ``repeat`` starts a new page (returning its y) when the row
    would cross the foot of this one."""
    fitted = [
        fit_text(pdf, value, width - 2, family=fonts.SANS, style=style, size=SIZE,
                 min_size=MIN_SIZE, max_lines=2, floor=MIN_SIZE)
        for value, width in zip(values, widths, strict=True)
    ]  # fmt: skip
    return rows.fitted_row(pdf, y, fitted, widths, left=left, style=style, row=ROW, step=STEP,
                             repeat=repeat)  # fmt: skip


def render(
    event: DocEvent,
    units: Sequence[SheetUnit],
    total: SheetUnit,
    options: Options,
    *,
    fingerprint: str = "",
    as_of: datetime.date | None = None,
) -> Rendered:
    """``as_of``: the day the list was drawn up (dated and signed as such)."""
    day = as_of or event.date
    pdf = new_pdf(options.paper, margins=TABLE)
    pdf.set_title(f"Lembar pakta belum kembali - {event.title}")
    pdf.begin_part(numbered=True, label=f"Lembar pakta belum kembali · {event.title}")
    pdf.add_page()
    painter = KopPainter(pdf, options.kop) if options.kop else None
    y = painter.draw(pdf) if painter else pdf.t_margin
    y = blocks.heading(pdf, y, TITLE)
    y = blocks.heading(pdf, y + 1, event.title.upper(), size=11)
    pdf.set_font(fonts.SANS, "", 10)
    where = f" · {event.place}" if event.place else ""
    pdf.set_xy(pdf.l_margin, y + 1)
    pdf.cell(pdf.text_width, 5, f"{format_long_date(event.date)}{where}", align="C")
    pdf.set_xy(pdf.l_margin, y + 6)
    pdf.cell(pdf.text_width, 5, f"Keadaan per {format_date(day)}", align="C")
    y += 14
    widths = _widths(pdf, WIDTHS, 1)
    y = blocks.table_head(pdf, y, COLUMNS, widths, size=SIZE)

    def again() -> float:
        pdf.add_page()
        return blocks.table_head(pdf, pdf.t_margin, COLUMNS, widths, size=SIZE)

    for i, unit in enumerate(units, 1):
        values = (str(i), unit.name, str(unit.sent), str(unit.returned), str(unit.out),
                  _percent(unit.returned, unit.sent))  # fmt: skip
        y = _row(pdf, y, values, widths, left=(1,), repeat=again)
    values = ("", "Jumlah", str(total.sent), str(total.returned), str(total.out),
              _percent(total.returned, total.sent))  # fmt: skip
    y = _row(pdf, y, values, widths, left=(1,), style="B", repeat=again)
    tick(options, 1, 2)
    list_widths = _widths(pdf, LIST_WIDTHS, 1)
    for unit in units:
        if unit.people:
            y = _unit_list(pdf, y + 7, unit, list_widths, event)
    _closing(pdf, y, event, options, fingerprint, day)
    tick(options, 2, 2)
    return Rendered(pdf.finish(), pdf.page, total.out, [])


def _unit_list(
    pdf: DocPDF, y: float, unit: SheetUnit, widths: Sequence[float], event: DocEvent
) -> float:
    """One OPD's heading and table; a heading never stands alone at the foot of a page."""
    if y + 12 + 2 * ROW > pdf.bottom - 2:
        pdf.add_page()
        y = pdf.t_margin
    heading = fit_text(pdf, f"{unit.name} — belum kembali {unit.out} dari {unit.sent} lembar",
                       pdf.text_width, family=fonts.SANS, style="B", size=10.5, min_size=9,
                       max_lines=2, floor=9)  # fmt: skip
    for text in heading.lines:
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 5, text)
        y += 5
    y = blocks.table_head(pdf, y + 1, LIST_COLUMNS, widths, size=SIZE)

    def again() -> float:
        pdf.add_page()
        top = blocks.continued_line(pdf, f"{unit.name} (lanjutan) — {event.title}")
        return blocks.table_head(pdf, top, LIST_COLUMNS, widths, size=SIZE)

    for i, person in enumerate(unit.people, 1):
        status = STATUS_LABELS.get(person.attendance or "", "Belum tercatat")
        values = (str(i), person.name, person.id_list_text, person.jabatan or "-", status)
        y = _row(pdf, y, values, widths, left=(1, 2, 3), repeat=again)
    return y


def _closing(
    pdf: DocPDF,
    y: float,
    event: DocEvent,
    options: Options,
    fingerprint: str,
    day: datetime.date,
) -> None:
    """The audit fingerprint and the clerk's signature, kept together on one page."""
    if y + 50 > pdf.bottom:
        pdf.add_page()
        y = pdf.t_margin
    if fingerprint:
        pdf.set_font(fonts.SANS, "I", 8.5)
        pdf.set_xy(pdf.l_margin, y + 4)
        pdf.cell(pdf.text_width, 5, f"Sidik jari audit: {fingerprint}")
    col = pdf.text_width / 2
    place = options.city or event.place
    today = format_date(day)
    pdf.set_font(fonts.SANS, "", 11)
    pdf.set_xy(pdf.l_margin + col, y + 12)
    pdf.cell(col, 5.5, f"{place}, {today}" if place else today, align="C")
    blocks.draw_signer(
        pdf, pdf.l_margin + col, y + 17.5, col, ["Petugas Pencatat,"], None, gap=18, size=11,
        line=5.5,
    )  # fmt: skip
