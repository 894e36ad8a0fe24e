"""Invitation slips, six (or four, for the longest texts) per A4/F4 page with cut marks, one
bundle of pages per OPD."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import MIN_TEXT, Fitted, fit_wrap, wrap
from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, Options, Rendered, tick
from ikrar_desktop.documents.page import paper_size
from ikrar_desktop.documents.sheet import (
    CodeCache,
    Grid,
    SheetPDF,
    SmallKop,
    cut_marks,
    draw_barcode,
    draw_qr,
)
from ikrar_desktop.domain.dates import format_long_date

PAD = 4.0
QR_SIZE = 20.0
NAME_SIZE = 12.0
NAME_MIN = 8.5
UNIT_SIZE = 8.0
ROWS = (3, 2)  # six slips a page; four when the batch's fullest slip needs the room


def grid_for(paper: str, rows: int = 3) -> Grid:
    width, height = paper_size(paper)
    return Grid(width, height, rows=rows, cols=2, top=18.0, left=10.0, right=10.0, bottom=10.0)


def time_text(event: DocEvent) -> str:
    return f"{event.time.replace(':', '.')} {event.zone} s.d. selesai" if event.time else "-"


@dataclass(frozen=True, slots=True)
class _Layout:
    """What is the same on every slip, fitted once per batch."""

    kop: SmallKop
    title: list[str]
    details: list[tuple[str, list[str]]]
    inner_w: float

    @property
    def fixed(self) -> float:
        """The slip's height without the name and unit: kop, UNDANGAN, the event lines."""
        kop = self.kop.height + 2.7 if self.kop.height else 0.0
        details = sum(len(v) for _, v in self.details) * 3.6
        return kop + 5.8 + 3.5 + 1.5 + 3.5 + len(self.title) * 3.7 + 1.0 + details


@dataclass(frozen=True, slots=True)
class _Slip:
    name: Fitted
    unit: Fitted

    @property
    def height(self) -> float:
        name = max(2 * NAME_MIN, self.name.size * len(self.name.lines)) * 0.45
        unit = max(2 * MIN_TEXT, self.unit.size * len(self.unit.lines)) * 0.42
        return name + unit


def _layout(pdf: SheetPDF, grid: Grid, event: DocEvent, options: Options) -> _Layout:
    inner = grid.cell_w - 2 * PAD
    kop = SmallKop.lay_out(pdf, options.kop, inner, 10.0)
    pdf.set_font(fonts.SANS, "B", 8.5)
    title = wrap(pdf, event.title, inner)
    value_w = inner - 20
    pdf.set_font(fonts.SANS, "", 8)
    details = [
        ("Hari, tanggal", wrap(pdf, format_long_date(event.date), value_w)),
        ("Pukul", wrap(pdf, time_text(event), value_w)),
        ("Tempat", wrap(pdf, event.place or "-", value_w)),
    ]
    return _Layout(kop, title, details, inner)


def _measure(pdf: SheetPDF, layout: _Layout, person: DocPerson) -> _Slip:
    w = layout.inner_w
    name = fit_wrap(pdf, person.name, w, family=fonts.SANS, style="B", size=NAME_SIZE,
                    min_size=NAME_MIN)  # fmt: skip
    unit = fit_wrap(pdf, person.unit or "-", w, family=fonts.SANS, size=UNIT_SIZE,
                    min_size=MIN_TEXT)  # fmt: skip
    return _Slip(name, unit)


def render(
    event: DocEvent, units: Sequence[DocUnit], options: Options, *, codes: CodeCache | None = None
) -> Rendered:
    """A page break before each OPD, its name and the sheet count in the page header."""
    grid = grid_for(options.paper)
    pdf = SheetPDF(grid.width, grid.height)
    pdf.set_title(f"Undangan - {event.title}")
    codes = codes or CodeCache()
    layout = _layout(pdf, grid, event, options)
    slips = [[_measure(pdf, layout, p) for p in u.people] for u in units]
    tallest = layout.fixed + max((s.height for u in slips for s in u), default=0.0)
    for rows in ROWS:  # the text ends above the code zone of the slip
        grid = grid_for(options.paper, rows)
        if tallest <= grid.cell_h - 2 * PAD - QR_SIZE - 0.5:
            break
    shrunk: list[str] = []
    total = sum(len(u.people) for u in units)
    done = 0
    for unit, measured in zip(units, slips, strict=True):
        sheets = -(-len(unit.people) // grid.per_page)
        for index, (person, slip) in enumerate(zip(unit.people, measured, strict=True)):
            if done % 50 == 0:
                tick(options, done, total)
            slot = index % grid.per_page
            if slot == 0:
                pdf.add_page()
                _header(pdf, grid, unit, index // grid.per_page + 1, sheets)
                cut_marks(pdf, grid)
            x, y = grid.cell(slot)
            _slip(pdf, grid, x, y, event, person, layout, slip, codes)
            if slip.name.shrunk:
                shrunk.append(person.name)
            done += 1
    tick(options, total, total)
    return Rendered(bytes(pdf.output()), pdf.pages_count, total, shrunk)


def _header(pdf: SheetPDF, grid: Grid, unit: DocUnit, sheet: int, sheets: int) -> None:
    room = grid.width - grid.left - grid.right
    label = f"UNDANGAN · {unit.name} · {len(unit.people)} orang"
    head = fit_wrap(pdf, label, room - 32, family=fonts.SANS, style="B", size=9,
                    min_size=MIN_TEXT)  # fmt: skip
    pdf.set_font(fonts.SANS, "B", head.size)
    for i, line in enumerate(head.lines):
        pdf.set_xy(grid.left, 8.5 + i * head.size * 0.42)
        pdf.cell(room - 32, head.size * 0.42, line)
    pdf.set_font(fonts.SANS, "", 8)
    pdf.set_xy(grid.left, 8.5)
    pdf.cell(room, 4, f"Lembar {sheet} dari {sheets}", align="R")


def _slip(
    pdf: SheetPDF,
    grid: Grid,
    x0: float,
    y0: float,
    event: DocEvent,
    person: DocPerson,
    layout: _Layout,
    slip: _Slip,
    codes: CodeCache,
) -> None:
    """One slip, its name and unit measured beforehand (``_measure``)."""
    x, w = x0 + PAD, layout.inner_w
    y = layout.kop.draw(pdf, x, y0 + PAD, w)
    pdf.set_font(fonts.SANS, "B", 11)
    pdf.set_xy(x, y)
    pdf.cell(w, 5, "UNDANGAN", align="C")
    y += 5.8
    pdf.set_font(fonts.SANS, "", 7.5)
    pdf.set_xy(x, y)
    pdf.cell(w, 3.3, "Kepada Yth. Bapak/Ibu")
    y += 3.5
    # at least two lines of room for name and unit keeps the slips of a bundle alike
    pdf.set_font(fonts.SANS, "B", slip.name.size)
    _lines(pdf, x, y, w, slip.name, 0.45)
    y += max(2 * NAME_MIN, slip.name.size * len(slip.name.lines)) * 0.45
    pdf.set_font(fonts.SANS, "", slip.unit.size)
    _lines(pdf, x, y, w, slip.unit, 0.42)
    y += max(2 * MIN_TEXT, slip.unit.size * len(slip.unit.lines)) * 0.42 + 1.5
    pdf.set_font(fonts.SANS, "", 7.5)
    pdf.set_xy(x, y)
    pdf.cell(w, 3.3, "untuk menghadiri")
    y += 3.5
    pdf.set_font(fonts.SANS, "B", 8.5)
    for line in layout.title:
        pdf.set_xy(x, y)
        pdf.cell(w, 3.7, line)
        y += 3.7
    y += 1.0
    pdf.set_font(fonts.SANS, "", 8)
    for label, values in layout.details:
        pdf.set_xy(x, y)
        pdf.cell(18, 3.6, label)
        pdf.cell(2, 3.6, ":")
        for value in values:
            pdf.set_xy(x + 20, y)
            pdf.cell(w - 20, 3.6, value)
            y += 3.6
    bottom = y0 + grid.cell_h - PAD
    qr_x = x + w - QR_SIZE
    draw_qr(pdf, codes.of(event.id, person), qr_x, bottom - QR_SIZE, QR_SIZE)
    code = codes.of(event.id, person)
    bar_w = w - QR_SIZE - 2
    pdf.set_font(fonts.SANS, "I", 7)
    pdf.set_xy(x, bottom - QR_SIZE)
    pdf.cell(bar_w, 3, "Tunjukkan kode ini di meja hadir.", align="C")
    draw_barcode(pdf, code, x, bottom - QR_SIZE + 4, bar_w, QR_SIZE - 4, text_size=7.5)


def _lines(pdf: SheetPDF, x: float, y: float, w: float, fitted: Fitted, factor: float) -> float:
    height = fitted.size * factor
    for line in fitted.lines:
        pdf.set_xy(x, y)
        pdf.cell(w, height, line, align="C")
        y += height
    return y
