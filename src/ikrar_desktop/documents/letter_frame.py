"""The frame of a surat dinas: number block, addressees, flowing paragraphs, tables, signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts, rows
from ikrar_desktop.documents.fit import fit_text
from ikrar_desktop.documents.model import Signer
from ikrar_desktop.documents.page import DocPDF

SIZE = 10.0  # table text
NAME_MIN = 8.0  # names never below 8 pt
MIN = 7.0  # nothing below 7 pt
WRAP_AT = 8.5  # other cells shrink to this, then wrap (to 7 pt only to stay within 3 lines)
ROW = 6.5
STEP = 4.2  # line pitch inside a wrapped row
LABEL = 24.0  # "Nomor", "Sifat", "Lampiran", "Hal"


@dataclass(frozen=True, slots=True)
class LetterHead:
    """What stands above the body: place and date, the number block, who it goes to."""

    place_date: str
    number: str
    hal: str
    lampiran: str = "-"
    sifat: str = "Penting"
    addressees: tuple[str, ...] = ()
    where: str = "Tempat"


def draw_head(pdf: DocPDF, y: float, head: LetterHead) -> float:
    """Place and date at the right, Nomor/Sifat/Lampiran/Hal, then "Yth." and "di Tempat"."""
    x, width = pdf.l_margin, pdf.text_width
    pdf.set_font(fonts.SANS, "", blocks.BODY)
    pdf.set_xy(x + width / 2, y)
    pdf.cell(width / 2, blocks.LINE, head.place_date, align="R")
    y += blocks.LINE + 2
    for label, value in (("Nomor", head.number), ("Sifat", head.sifat),
                         ("Lampiran", head.lampiran), ("Hal", head.hal)):  # fmt: skip
        y = _field(pdf, x, y, label, value, width * 0.75)
    y += 5
    pdf.set_font(fonts.SANS, "", blocks.BODY)
    many = len(head.addressees) > 1
    for i, name in enumerate(head.addressees, 1):
        lead = "Yth. " if i == 1 else ""
        text = f"{i}. {name}" if many else name
        for k, part in enumerate(blocks.lines_of(pdf, text, width * 0.75 - 10)):
            pdf.set_xy(x, y)
            pdf.cell(10, blocks.LINE, lead if k == 0 else "")
            pdf.cell(width * 0.75 - 10, blocks.LINE, ("   " if k and many else "") + part)
            y += blocks.LINE
    for text in ("di", f"    {head.where}"):
        pdf.set_xy(x + 10, y)
        pdf.cell(width / 2, blocks.LINE, text)
        y += blocks.LINE
    return y + 5


def _field(pdf: DocPDF, x: float, y: float, label: str, value: str, width: float) -> float:
    pdf.set_font(fonts.SANS, "", blocks.BODY)
    lines = blocks.lines_of(pdf, value, width - LABEL - 4)
    for i, text in enumerate(lines):
        pdf.set_xy(x, y)
        pdf.cell(LABEL, blocks.LINE, label if i == 0 else "")
        pdf.cell(4, blocks.LINE, ":" if i == 0 else "")
        pdf.set_font(fonts.SANS, "B" if label == "Hal" else "", blocks.BODY)
        pdf.cell(width - LABEL - 4, blocks.LINE, text)
        pdf.set_font(fonts.SANS, "", blocks.BODY)
        y += blocks.LINE
    return y


def paragraph(
    pdf: DocPDF, y: float, text: str, *, indent: float = 0.0, more: Callable[[], float]
) -> float:
    """A justified paragraph that continues on a new page (``more`` starts it) when needed."""
    width = pdf.text_width - indent
    lines = blocks.lines_of(pdf, text, width)
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if y + blocks.LINE > pdf.bottom - 2:
            y = more()
        pdf.set_font(fonts.SANS, "", blocks.BODY)
        pdf.set_xy(pdf.l_margin + indent, y)
        if i < last and " " in line:
            blocks.justified_cell(pdf, width, blocks.LINE, line)
        else:
            pdf.cell(width, blocks.LINE, line)
        y += blocks.LINE
    return y + 2


def signature_height(pdf: DocPDF, header: Sequence[str], signer: Signer | None) -> float:
    col = pdf.text_width / 2
    count = sum(len(blocks.lines_of(pdf, h, col)) for h in header)
    lines = signer.lines() if signer else ["-"]
    return (count + len(lines)) * blocks.LINE + blocks.SIGN_GAP


def closing(
    pdf: DocPDF,
    y: float,
    texts: Sequence[str],
    header: Sequence[str],
    signer: Signer | None,
    *,
    more: Callable[[], float],
) -> float:
    """The closing sentences and the signature, kept together on one page (a signature
    never stands alone on a page); returns the y below the signature."""
    width = pdf.text_width
    needed = sum(len(blocks.lines_of(pdf, t, width)) * blocks.LINE + 2 for t in texts)
    needed += 4 + signature_height(pdf, header, signer)
    if y + needed > pdf.bottom - 2:
        y = more()
    for text in texts:
        y = paragraph(pdf, y, text, more=more)
    col = width / 2
    return blocks.draw_signer(pdf, pdf.l_margin + col, y + 4, col, header, signer)


def table_row(
    pdf: DocPDF,
    y: float,
    values: Sequence[str],
    widths: Sequence[float],
    *,
    left: Sequence[int] = (),
    names: Sequence[int] = (),
    style: str = "",
    repeat: Callable[[], float] | None = None,
) -> float:
    """One bordered row; a long value shrinks (names to 8 pt, others to 8.5 pt), then wraps
    (others down to 7 pt only to stay within three lines) and the row grows. ``repeat``
    starts a new page (returning its y) when the row would not fit."""
    fitted = [
        fit_text(pdf, value, width - 2, family=fonts.SANS, style=style, size=SIZE,
                 min_size=NAME_MIN if i in names else WRAP_AT, max_lines=3,
                 floor=NAME_MIN if i in names else MIN)
        for i, (value, width) in enumerate(zip(values, widths, strict=True))
    ]  # fmt: skip
    return rows.fitted_row(pdf, y, fitted, widths, left=left, style=style, row=ROW, step=STEP,
                             repeat=repeat)  # fmt: skip


def stretch(pdf: DocPDF, base: Sequence[float], column: int) -> list[float]:
    """Column widths with ``column`` taking what the paper leaves over."""
    out = list(base)
    out[column] += pdf.text_width - sum(base)
    return out


def continued(pdf: DocPDF, text: str) -> Callable[[], float]:
    """A page-break callback: new page with the small "(lanjutan)" line; returns its y."""

    def more() -> float:
        pdf.add_page()
        return blocks.continued_line(pdf, text) + 2

    return more


def section_title(pdf: DocPDF, y: float, lines: Sequence[str]) -> float:
    """A centred bold title (an annex's "LAMPIRAN I" and its name); returns the y below."""
    for i, text in enumerate(lines):
        y = blocks.heading(pdf, y, text, size=12 if i == 0 else 11, style="B")
        y += 1
    return y + 4
