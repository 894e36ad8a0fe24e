"""Shared parts of label sheets: page grid with offsets, cut marks, the code pair, small kop."""

from __future__ import annotations

from dataclasses import dataclass, field

from fpdf import FPDF

from ikrar_desktop.documents import code128, fonts, qr
from ikrar_desktop.documents.fit import MIN_TEXT, Fitted, fit_wrap
from ikrar_desktop.documents.kop import _aspect
from ikrar_desktop.documents.model import OPD, DocPerson, KopSpec
from ikrar_desktop.documents.page import DocPDF, Margins
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.domain.tagcode import payload

QR_MIN = 18.0  # mm: phones and desk scanners read it at arm's length
MODULE_MAX = 0.38  # mm per Code 128 module
MODULE_MIN = 0.19  # below this office lasers blur the bars
GREY = 150


class SheetPDF(DocPDF):
    """A page of any size (a label sheet), with the bundled fonts and no automatic breaks."""

    def __init__(self, width: float, height: float) -> None:
        FPDF.__init__(self, orientation="P", unit="mm", format=(width, height))
        self.paper = f"{width:g}x{height:g}"
        self.margins = Margins(0.0, 0.0, 0.0, 0.0)
        self.set_margins(0, 0, 0)
        self.set_auto_page_break(False)
        self.c_margin = 0.5
        self.set_creator("Ikrar Desktop")
        self.set_lang("id")
        self.parts: list[tuple[int, bool, str]] = []


@dataclass(frozen=True, slots=True)
class Grid:
    """Rows × columns of equal cells inside the margins, gaps between them (all mm)."""

    width: float
    height: float
    rows: int
    cols: int
    top: float
    left: float
    right: float
    bottom: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def cell_w(self) -> float:
        return (self.width - self.left - self.right - (self.cols - 1) * self.gap_x) / self.cols

    @property
    def cell_h(self) -> float:
        return (self.height - self.top - self.bottom - (self.rows - 1) * self.gap_y) / self.rows

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    def cell(self, index: int, dx: float = 0.0, dy: float = 0.0) -> tuple[float, float]:
        """Top-left of cell ``index`` (row by row), shifted by the printer offsets."""
        row, col = divmod(index % self.per_page, self.cols)
        return (self.left + col * (self.cell_w + self.gap_x) + dx,
                self.top + row * (self.cell_h + self.gap_y) + dy)  # fmt: skip


def cut_marks(pdf: FPDF, grid: Grid, dx: float = 0.0, dy: float = 0.0) -> None:
    """Dashed grey lines on every cut, and crop ticks in the margins where each cut runs."""
    xs = sorted({round(grid.cell(c)[0] + d, 3) for c in range(grid.cols)
                 for d in (0.0, grid.cell_w)})  # fmt: skip
    ys = sorted({round(grid.cell(r * grid.cols)[1] + d, 3) for r in range(grid.rows)
                 for d in (0.0, grid.cell_h)})  # fmt: skip
    x0, x1, y0, y1 = xs[0] + dx, xs[-1] + dx, ys[0] + dy, ys[-1] + dy
    pdf.set_draw_color(GREY)
    pdf.set_line_width(0.15)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=1.5, gap=1.5)
        for x in xs:
            pdf.line(x + dx, y0, x + dx, y1)
        for y in ys:
            pdf.line(x0, y + dy, x1, y + dy)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.25)
    tick = 4.0
    for x in xs:
        pdf.line(x + dx, y0 - 1 - tick, x + dx, y0 - 1)
        pdf.line(x + dx, y1 + 1, x + dx, y1 + 1 + tick)
    for y in ys:
        pdf.line(x0 - 1 - tick, y + dy, x0 - 1, y + dy)
        pdf.line(x1 + 1, y + dy, x1 + 1 + tick, y + dy)
    pdf.set_line_width(0.2)


@dataclass(slots=True)
class Code:
    payload: str
    text: str  # printed under the bars, for typing by hand
    qr: qr.Symbol
    bars: str  # Code 128 bars as path operators in module units (code128.path)
    modules: int


@dataclass(slots=True)
class CodeCache:
    """Each person's code is encoded once (QR and Code 128), whatever documents use it."""

    _codes: dict[str, Code] = field(default_factory=dict)

    def of(self, event_id: int, person: DocPerson) -> Code:
        data = payload(event_id, person.employee_id, person.nip)
        found = self._codes.get(data)
        if found is None:
            text = f"{person.id_label} {format_nip(data)}" if data.isdigit() else data
            bars = code128.bars(data)
            end = bars[-1][0] + bars[-1][1]
            found = Code(data, text, qr.symbol(data), code128.path(bars), end + 2 * code128.QUIET)
            self._codes[data] = found
        return found


def draw_barcode(
    pdf: FPDF, code: Code, x: float, y: float, width: float, height: float, *, text_size: float
) -> bool:
    """Code 128 centred in ``width`` (quiet zones included) with its text below; False when
    even the narrowest readable module does not fit (the QR then carries the code alone)."""
    module = min(MODULE_MAX, width / code.modules)
    if module < MODULE_MIN:
        return False
    text_h = text_size * 0.45
    left = x + (width - module * code.modules) / 2
    bar_h = height - text_h - 0.5
    code128.fill(pdf, code.bars, left + code128.QUIET * module, y, module=module, height=bar_h)
    pdf.set_font(fonts.SANS, "", text_size)
    text = code.text
    if pdf.get_string_width(text) > width - 2 * pdf.c_margin and code.payload.isdigit():
        text = format_nip(code.payload)  # a narrow code: the number without "NIP"/"NI PPPK"
    pdf.set_xy(x, y + height - text_h)
    pdf.cell(width, text_h, text, align="C")
    return True


def draw_qr(pdf: FPDF, code: Code, x: float, y: float, size: float) -> None:
    """The QR as an inline image (``qr.draw``), one module of light border inside ``size``."""
    qr.draw(pdf, code.qr, x, y, size)


@dataclass(frozen=True, slots=True)
class SmallKop:
    """The kop squeezed into a slip: emblem, instansi (and unit) lines, one rule; long lines
    wrap at 7 pt and the kop grows (``height``)."""

    logo: bytes
    logo_w: float
    lines: tuple[tuple[Fitted, str, float], ...]
    height: float
    logo_h: float = 0.0

    @classmethod
    def lay_out(cls, pdf: DocPDF, kop: KopSpec | None, width: float, height: float) -> SmallKop:
        if kop is None:
            return cls(b"", 0.0, (), 0.0)
        logo_w = height * _aspect(kop.logo) if kop.logo else 0.0
        room = width - (logo_w + 2 if kop.logo else 0.0)
        wanted = [((kop.instansi or "Pemerintah Kabupaten").upper(), "B", 9.0)]
        if kop.level == OPD and kop.unit_name:
            wanted.append((kop.unit_name.upper(), "B", 8.0))
        wanted += [(line, "", 7.0) for line in kop.address_lines[:1]]
        lines = tuple(
            (fit_wrap(pdf, t, room, family=fonts.SANS, style=s, size=z, min_size=MIN_TEXT), s,
             z * 0.42)
            for t, s, z in wanted
        )  # fmt: skip
        used = sum(f.size * 0.42 * len(f.lines) for f, _, _ in lines)
        return cls(kop.logo, logo_w, lines, max(height, used), height)

    def draw(self, pdf: FPDF, x: float, y: float, width: float) -> float:
        """Returns the y below the rule."""
        if not self.height:
            return y
        if self.logo:  # the emblem keeps its size when long lines make the kop taller
            top = y + (self.height - self.logo_h) / 2
            pdf.image(self.logo, x=x, y=top, h=self.logo_h)
        left = x + (self.logo_w + 2 if self.logo else 0.0)
        room = width - (left - x)
        used = sum(f.size * 0.42 * len(f.lines) for f, _, _ in self.lines)
        ty = y + max(0.0, (self.height - used) / 2)
        for fitted, style, _ in self.lines:
            pdf.set_font(fonts.SANS, style, fitted.size)
            for text in fitted.lines:
                pdf.set_xy(left, ty)
                pdf.cell(room, fitted.size * 0.42, text, align="C")
                ty += fitted.size * 0.42
        rule = y + self.height + 1.2
        pdf.set_line_width(0.5)
        pdf.line(x, rule, x + width, rule)
        pdf.set_line_width(0.2)
        return rule + 1.5
