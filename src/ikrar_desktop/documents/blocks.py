"""Shared pieces of naskah dinas: paragraphs laid out once, key : value rows, wrapping table
rows, signature blocks that can be measured before they are drawn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import MIN_NAME, MIN_TEXT, Fitted, fit_wrap, wrap
from ikrar_desktop.documents.model import Signer
from ikrar_desktop.documents.page import DocPDF

BODY = 12.0
LINE = 5.6  # 12 pt with comfortable leading
SIGN_GAP = 22.0  # room for a wet signature


def lines_of(
    pdf: DocPDF, text: str, width: float, *, size: float = BODY, style: str = ""
) -> list[str]:
    pdf.set_font(fonts.SANS, style, size)
    return wrap(pdf, text, width)


def justified_cell(pdf: DocPDF, width: float, height: float, text: str) -> None:
    """One pre-wrapped line stretched to ``width`` by word spacing.

    fpdf2's ``cell()`` refuses align="J" and ``multi_cell()`` re-breaks the text on every
    page (slow in 10,000-page batches), so this renders the already-wrapped line the way
    ``multi_cell`` renders its justified lines (fpdf2 is pinned in constraints.txt).
    """
    from fpdf.enums import Align, XPos, YPos
    from fpdf.line_break import TextLine

    frags = pdf._preload_font_styles(pdf.normalize_text(text), False)
    pdf._render_styled_text_line(
        TextLine(
            frags, text_width=0, number_of_spaces=text.count(" "), align=Align.J,
            height=height, max_width=width, trailing_nl=False,
        ),
        height,
        0,
        new_x=XPos.RIGHT,
        new_y=YPos.TOP,
    )  # fmt: skip


def draw_justified(
    pdf: DocPDF,
    x: float,
    y: float,
    width: float,
    lines: Sequence[str],
    *,
    size: float = BODY,
    line: float = LINE,
    style: str = "",
) -> float:
    """Pre-wrapped lines, justified except the last; returns the y below."""
    pdf.set_font(fonts.SANS, style, size)
    last = len(lines) - 1
    for i, text in enumerate(lines):
        pdf.set_xy(x, y)
        if i == last or " " not in text:
            pdf.cell(width, line, text)
        else:
            justified_cell(pdf, width, line, text)
        y += line
    return y


def draw_field(
    pdf: DocPDF,
    x: float,
    y: float,
    label: str,
    value: str,
    *,
    label_width: float,
    width: float,
    size: float = BODY,
    line: float = LINE,
    value_style: str = "",
    min_size: float = 9.5,
) -> tuple[float, bool]:
    """ "Label : value" with the value shrunk a little, then wrapped to as many lines as it
    needs (never below ``min_size``); (y below, shrunk)."""
    fitted = field_value(pdf, value, width - label_width - 4, size=size, style=value_style,
                         min_size=min_size)  # fmt: skip
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(x, y)
    pdf.cell(label_width, line, label)
    pdf.cell(4, line, ":")
    pdf.set_font(fonts.SANS, value_style, fitted.size)
    for text in fitted.lines:
        pdf.set_xy(x + label_width + 4, y)
        pdf.cell(width - label_width - 4, line, text)
        y += line
    return y, fitted.shrunk


def field_value(
    pdf: DocPDF, value: str, width: float, *, size: float, style: str = "", min_size: float = 9.5
) -> Fitted:
    """How ``draw_field`` sets a value in ``width`` (to measure a block before drawing it)."""
    return fit_wrap(pdf, value, width, family=fonts.SANS, style=style, size=size,
                    min_size=max(MIN_TEXT, min(size, min_size)))  # fmt: skip


SignLine = tuple[str, str, float]  # text, style, size


def signer_lines(
    pdf: DocPDF,
    width: float,
    header: Sequence[str],
    signer: Signer | None,
    *,
    certificate: bool = False,
    size: float = BODY,
) -> tuple[list[SignLine], list[SignLine]]:
    """The lines above the room to sign (header, wrapped) and below it (name, wrapped at no
    less than 8 pt, then pangkat and NIP)."""
    pdf.set_font(fonts.SANS, "", size)
    above = [(part, "", size) for text in header for part in wrap(pdf, text, width)]
    lines = signer.lines(certificate=certificate) if signer else ["(" + "." * 40 + ")"]
    name = fit_wrap(pdf, lines[0], width, family=fonts.SANS, style="BU", size=size,
                    min_size=max(MIN_NAME, min(size, 9.0)))  # fmt: skip
    below = [(text, "BU", name.size) for text in name.lines]
    pdf.set_font(fonts.SANS, "", size)
    below += [(part, "", size) for text in lines[1:] for part in wrap(pdf, text, width)]
    return above, below


def signer_height(
    pdf: DocPDF,
    width: float,
    header: Sequence[str],
    signer: Signer | None,
    *,
    certificate: bool = False,
    gap: float = SIGN_GAP,
    size: float = BODY,
    line: float = LINE,
) -> float:
    """The height ``draw_signer`` will take with the same arguments."""
    above, below = signer_lines(pdf, width, header, signer, certificate=certificate, size=size)
    return (len(above) + len(below)) * line + gap


def draw_signer(
    pdf: DocPDF,
    x: float,
    y: float,
    width: float,
    header: Sequence[str],
    signer: Signer | None,
    *,
    certificate: bool = False,
    gap: float = SIGN_GAP,
    size: float = BODY,
    line: float = LINE,
) -> float:
    """Header lines, room to sign, then the name (bold, underlined) and its lines; centred."""
    above, below = signer_lines(pdf, width, header, signer, certificate=certificate, size=size)
    for i, (text, style, at) in enumerate([*above, *below]):
        if i == len(above):
            y += gap
        pdf.set_font(fonts.SANS, style, at)
        pdf.set_xy(x, y)
        pdf.cell(width, line, text, align="C")
        y += line
    if not below:
        y += gap
    return y


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a wrapping table: width (mm), alignment and type sizes (pt)."""

    width: float
    align: str = "L"
    size: float = 8.5
    min_size: float = MIN_TEXT
    style: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Fitted, ...]
    styles: tuple[str, ...]
    height: float


class Rows:
    """Table rows whose cells wrap inside their own cell and whose height grows to the tallest
    cell: measured before drawing (so pages can be planned), drawn with ``cell()`` — fpdf2's
    ``table()`` is ~8x slower. Fits are cached by text, so a batch measures each text once."""

    def __init__(
        self,
        pdf: DocPDF,
        columns: Sequence[Column],
        *,
        min_height: float,
        pad: float = 1.0,
        leading: float = 0.42,
    ) -> None:
        self.pdf, self.columns = pdf, tuple(columns)
        self.min_height, self.pad, self.leading = min_height, pad, leading
        self._fits: dict[tuple[str, int, str], Fitted] = {}

    def fit(self, column: int, text: str, style: str | None = None) -> Fitted:
        col = self.columns[column]
        style = col.style if style is None else style
        key = (text, column, style)
        found = self._fits.get(key)
        if found is None:
            found = fit_wrap(self.pdf, text, col.width - 2 * self.pdf.c_margin, family=fonts.SANS,
                             style=style, size=col.size, min_size=col.min_size)  # fmt: skip
            if len(self._fits) < 50_000:
                self._fits[key] = found
        return found

    def measure(self, texts: Sequence[str], *, bold: bool = False) -> Row:
        """``texts`` for the first columns (the rest stay empty, e.g. the signing column)."""
        styles = tuple("B" if bold else self.columns[i].style for i in range(len(texts)))
        cells = tuple(self.fit(i, t, s) for i, (t, s) in enumerate(zip(texts, styles, strict=True)))
        tallest = max((len(c.lines) * c.size * self.leading for c in cells), default=0.0)
        return Row(cells, styles, max(self.min_height, tallest + 2 * self.pad))

    def draw(self, x: float, y: float, row: Row, *, border: bool = False) -> float:
        """The row's text centred vertically in each cell (rectangles when ``border``)."""
        pdf = self.pdf
        for cell, style, col in zip(row.cells, row.styles, self.columns, strict=False):
            pdf.set_font(fonts.SANS, style, cell.size)
            step = cell.size * self.leading
            top = y + (row.height - step * len(cell.lines)) / 2
            for i, text in enumerate(cell.lines):
                put(pdf, x, top + i * step, col.width, step, text, col.align)
            x += col.width
        if border:
            x -= sum(c.width for c in self.columns[: len(row.cells)])
            for col in self.columns:
                pdf.rect(x, y, col.width, row.height)
                x += col.width
        return y + row.height


def put(
    pdf: DocPDF, x: float, y: float, width: float, height: float, text: str, align: str = "L"
) -> None:
    """What ``cell(width, height, text, align=align)`` at (x, y) prints — same place, same
    baseline — through ``text()``, without the cell machinery (6x faster; tables print
    tens of thousands of these)."""
    if not text:
        return
    if align == "C":
        x += (width - pdf.get_string_width(text)) / 2
    elif align == "R":
        x += width - pdf.c_margin - pdf.get_string_width(text)
    else:
        x += pdf.c_margin
    pdf.text(x, y + 0.5 * height + 0.3 * pdf.font_size, text)


def plan_pages(
    heights: Sequence[float], first: float, later: float, closing: float, *, keep: int = 3
) -> list[tuple[int, int]]:
    """Rows per page as (start, count) for a table followed by a closing block of height
    ``closing``: ``first`` and ``later`` are the room for rows on the first and on following
    pages. The closing always shares its page with the last ``keep`` rows (or all rows when
    fewer): when it does not fit below the table, those rows move to the next page with it."""
    pages: list[tuple[int, int]] = []
    start, room, n = 0, first, len(heights)
    while True:
        used, count = 0.0, 0
        while start + count < n and used + heights[start + count] <= room:
            used += heights[start + count]
            count += 1
        if count == 0 and start < n and not pages:
            pages.append((start, 0))  # not even one row below the title: start on the next
            room = later
            continue
        if start + count >= n:
            if used + closing <= room or n == 0:
                pages.append((start, count))
                return pages
            held = min(keep, n - start)
            if count <= held and pages:  # even a fresh page cannot hold them with the closing
                pages.append((start, count))
                return pages
            pages.append((start, count - held))  # on the first page: maybe only the title
            start += count - held
            room = later
            continue
        if count == 0:  # a row taller than a page: it still goes on a page of its own
            count = 1
        rest = n - start - count
        if 0 < rest < keep:  # the next page is the last: leave it enough rows for the closing
            count = max(1, count - (keep - rest))
        pages.append((start, count))
        start += count
        room = later


def table_head(
    pdf: DocPDF,
    y: float,
    labels: Sequence[str],
    widths: Sequence[float],
    *,
    size: float,
    height: float = 7.0,
) -> float:
    """A table's header row: bold centred titles (wrapped when narrow) in grey bordered cells;
    returns the y below."""
    pdf.set_font(fonts.SANS, "B", size)
    pdf.set_fill_color(230)
    step = size * 0.42
    cells = [wrap(pdf, a, w - 2 * pdf.c_margin) for a, w in zip(labels, widths, strict=True)]
    height = max(height, max(len(c) for c in cells) * step + 2)
    x = pdf.l_margin
    for lines, width in zip(cells, widths, strict=True):
        pdf.rect(x, y, width, height, style="DF")
        top = y + (height - step * len(lines)) / 2
        for i, text in enumerate(lines):
            pdf.set_xy(x, top + i * step)
            pdf.cell(width, step, text, align="C")
        x += width
    return y + height


def head_height(
    pdf: DocPDF, labels: Sequence[str], widths: Sequence[float], *, size: float, height: float
) -> float:
    """The height ``table_head`` will take."""
    pdf.set_font(fonts.SANS, "B", size)
    pairs = zip(labels, widths, strict=True)
    lines = max(len(wrap(pdf, a, w - 2 * pdf.c_margin)) for a, w in pairs)
    return max(height, lines * size * 0.42 + 2)


def continued_line(pdf: DocPDF, text: str) -> float:
    """The small italic "… (lanjutan)" line(s) atop a continuation page; returns the y below."""
    pdf.set_font(fonts.SANS, "I", 8)
    y = pdf.t_margin
    for part in wrap(pdf, text, pdf.text_width):
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 4.2, part)
        y += 4.2
    return y + 1.8


def continued_height(pdf: DocPDF, text: str) -> float:
    """What ``continued_line`` takes from the top margin."""
    pdf.set_font(fonts.SANS, "I", 8)
    return len(wrap(pdf, text, pdf.text_width)) * 4.2 + 1.8


def heading(pdf: DocPDF, y: float, text: str, *, size: float = 14, style: str = "B") -> float:
    """Centred title lines (wrapped); returns the y below."""
    pdf.set_font(fonts.SANS, style, size)
    step = size * 0.45
    for part in wrap(pdf, text, pdf.text_width):
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, step, part, align="C")
        y += step
    return y
