"""Shared pieces of naskah dinas: paragraphs laid out once, key : value rows, signature blocks."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import fit_text, wrap
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
    """ "Label : value" with the value shrunk, then wrapped to two lines; (y below, shrunk)."""
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(x, y)
    pdf.cell(label_width, line, label)
    pdf.cell(4, line, ":")
    value_width = width - label_width - 4
    fitted = fit_text(
        pdf, value, value_width, family=fonts.SANS, style=value_style, size=size,
        min_size=min_size,
    )  # fmt: skip
    for text in fitted.lines:
        pdf.set_xy(x + label_width + 4, y)
        pdf.cell(value_width, line, text)
        y += line
    return y, fitted.shrunk


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
    pdf.set_font(fonts.SANS, "", size)
    for text in header:
        for part in wrap(pdf, text, width):
            pdf.set_xy(x, y)
            pdf.cell(width, line, part, align="C")
            y += line
    y += gap
    lines = signer.lines(certificate=certificate) if signer else ["(" + "." * 40 + ")"]
    fitted = fit_text(pdf, lines[0], width, family=fonts.SANS, style="BU", size=size, min_size=9)
    for text in fitted.lines:
        pdf.set_xy(x, y)
        pdf.cell(width, line, text, align="C")
        y += line
    pdf.set_font(fonts.SANS, "", size)
    for text in lines[1:]:
        pdf.set_xy(x, y)
        pdf.cell(width, line, text, align="C")
        y += line
    return y


def table_head(
    pdf: DocPDF,
    y: float,
    labels: Sequence[str],
    widths: Sequence[float],
    *,
    size: float,
    height: float = 7.0,
) -> float:
    """A table's header row: bold centred titles in grey bordered cells; returns the y below."""
    pdf.set_font(fonts.SANS, "B", size)
    pdf.set_fill_color(230)
    x = pdf.l_margin
    for label, width in zip(labels, widths, strict=True):
        pdf.set_xy(x, y)
        pdf.cell(width, height, label, border=1, align="C", fill=True)
        x += width
    return y + height


def continued_line(pdf: DocPDF, text: str) -> float:
    """The small italic "… (lanjutan)" line atop a continuation page; returns the y below."""
    pdf.set_font(fonts.SANS, "I", 8)
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    pdf.cell(pdf.text_width, 5, text)
    return pdf.t_margin + 6


def heading(pdf: DocPDF, y: float, text: str, *, size: float = 14, style: str = "B") -> float:
    """Centred title lines (wrapped); returns the y below."""
    pdf.set_font(fonts.SANS, style, size)
    step = size * 0.45
    for part in wrap(pdf, text, pdf.text_width):
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, step, part, align="C")
        y += step
    return y
