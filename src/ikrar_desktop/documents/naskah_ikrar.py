"""Naskah ikrar: the text in large type for the leader, then signature sheets of whole blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import Fitted, fit_text, wrap
from ikrar_desktop.documents.model import DocEvent, Options, Rendered, Signer, tick
from ikrar_desktop.documents.page import TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_long_date

READ_SIZE = 17.0  # the text as read aloud
READ_LINE = 8.4
SIZE = 9.5  # signature blocks
LINE = 4.2
GAP = 15.0  # room for a wet signature
NAME_MIN = 8.0
COLUMNS = 3
PAD = 2.0
_POINT = re.compile(r"^(\d{1,2}[.)]|[a-z][.)]|[-•])\s+")


@dataclass(frozen=True, slots=True)
class Block:
    """One signature block: header lines above the signing room, the signer below."""

    header: tuple[str, ...]
    signer: Signer


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    columns: int = COLUMNS


def render(event: DocEvent, text: str, sections: Sequence[Section], options: Options) -> Rendered:
    """The text pages, then the signature sheet(s); ``people`` counts the blocks printed."""
    pdf = new_pdf(options.paper, margins=TABLE)
    pdf.set_title(f"Naskah Ikrar - {event.title}")
    pdf.begin_part(numbered=True, label="Naskah Ikrar")
    _text_pages(pdf, event, text)
    pdf.begin_part(numbered=True, label=f"Lembar Tanda Tangan - {event.title}")
    total = sum(len(s.blocks) for s in sections)
    _sheets(pdf, event, sections, options, total)
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, [])


def _text_pages(pdf: DocPDF, event: DocEvent, text: str) -> None:
    pdf.add_page()
    y = blocks.heading(pdf, pdf.t_margin + 6, "NASKAH IKRAR", size=20)
    y = blocks.heading(pdf, y + 2, event.title.upper(), size=14) + 8
    x, width = pdf.l_margin + 5, pdf.text_width - 10
    for paragraph in [p.strip() for p in text.splitlines() if p.strip()]:
        match = _POINT.match(paragraph)
        indent = 11.0 if match else 0.0
        body = paragraph[match.end() :] if match else paragraph
        lines = blocks.lines_of(pdf, body, width - indent, size=READ_SIZE)
        for i, line in enumerate(lines):
            if y + READ_LINE > pdf.bottom - 6:
                pdf.add_page()
                y = blocks.continued_line(pdf, "Naskah Ikrar (lanjutan)") + 4
            pdf.set_font(fonts.SANS, "", READ_SIZE)
            if match and i == 0:
                pdf.set_xy(x, y)
                pdf.cell(indent, READ_LINE, match.group(1))
            pdf.set_xy(x + indent, y)
            last = i == len(lines) - 1
            if last or " " not in line:
                pdf.cell(width - indent, READ_LINE, line)
            else:
                blocks.justified_cell(pdf, width - indent, READ_LINE, line)
            y += READ_LINE
        y += 3


def _name(pdf: DocPDF, text: str, width: float) -> Fitted:
    """A name shrinks to 8.5 pt, then wraps (up to three lines), never under 8 pt."""
    return fit_text(pdf, text, width, family=fonts.SANS, style="BU", size=SIZE,
                    min_size=NAME_MIN + 0.5, max_lines=3, floor=NAME_MIN)  # fmt: skip


def block_lines(pdf: DocPDF, block: Block, inner: float) -> tuple[int, int]:
    """(header lines, name and NIP lines) :func:`draw_block` takes in a box ``inner`` wide."""
    pdf.set_font(fonts.SANS, "", SIZE)
    header = sum(len(wrap(pdf, line, inner)) for line in block.header)
    lines = block.signer.lines()
    return header, len(_name(pdf, lines[0], inner).lines) + len(lines) - 1


def draw_block(
    pdf: DocPDF, x: float, y: float, width: float, block: Block, header_lines: int
) -> None:
    """Header, room to sign, the name (bold, underlined) and its pangkat / NIP; centred. The
    signing room starts ``header_lines`` down, so the names of one row stand on one line."""
    top = y
    pdf.set_font(fonts.SANS, "", SIZE)
    for text in block.header:
        for part in wrap(pdf, text, width):
            pdf.set_xy(x, y)
            pdf.cell(width, LINE, part, align="C")
            y += LINE
    y = top + header_lines * LINE + GAP
    lines = block.signer.lines()
    for text in _name(pdf, lines[0], width).lines:
        pdf.set_xy(x, y)
        pdf.cell(width, LINE, text, align="C")
        y += LINE
    pdf.set_font(fonts.SANS, "", SIZE)
    for text in lines[1:]:
        fit_text(pdf, text, width, family=fonts.SANS, size=SIZE, min_size=8, max_lines=1)
        pdf.set_xy(x, y)
        pdf.cell(width, LINE, text, align="C")
        y += LINE


@dataclass(slots=True)
class _Row:
    section: str
    first: bool  # the section's title goes above this row
    items: list[tuple[int, Block]]
    height: float
    header_lines: int


def _rows(pdf: DocPDF, sections: Sequence[Section]) -> list[_Row]:
    out: list[_Row] = []
    n = 0
    for section in sections:
        width = pdf.text_width / section.columns
        for start in range(0, len(section.blocks), section.columns):
            items = []
            for block in section.blocks[start : start + section.columns]:
                n += 1
                items.append((n, block))
            heads, tails = zip(*(block_lines(pdf, b, width - 2 * PAD) for _, b in items),
                               strict=True)  # fmt: skip
            height = (max(heads) + max(tails)) * LINE + GAP + 2 * PAD
            out.append(_Row(section.title, start == 0, items, height, max(heads)))
    return out


TITLE_H = 8.0


def plan(pdf: DocPDF, sections: Sequence[Section], first_top: float) -> list[list[_Row]]:
    """Rows on pages: a row never splits, a section title stays with its first row, and the
    last page never holds a single block alone (a row moves over from the page before)."""
    pages: list[list[_Row]] = [[]]
    y = first_top
    top = pdf.t_margin + 8
    for row in _rows(pdf, sections):
        need = row.height + (TITLE_H if row.first else 0)
        if y + need > pdf.bottom - 4 and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append(row)
        y += need
    if len(pages) > 1 and sum(len(r.items) for r in pages[-1]) == 1 and len(pages[-2]) > 1:
        pages[-1].insert(0, pages[-2].pop())
    return pages


def _sheets(
    pdf: DocPDF, event: DocEvent, sections: Sequence[Section], options: Options, total: int
) -> None:
    pdf.add_page()
    y = blocks.heading(pdf, pdf.t_margin, "LEMBAR TANDA TANGAN NASKAH IKRAR", size=13)
    y = blocks.heading(pdf, y + 1, event.title, size=11, style="")
    where = f" · {event.place}" if event.place else ""
    y = blocks.heading(pdf, y, format_long_date(event.date) + where, size=10, style="") + 3
    done = 0
    for p, rows in enumerate(plan(pdf, sections, y)):
        if p:
            pdf.add_page()
            y = blocks.continued_line(pdf, f"Lembar tanda tangan {event.title} (lanjutan)") + 2
        for row in rows:
            if row.first:
                pdf.set_font(fonts.SANS, "B", 11)
                pdf.set_xy(pdf.l_margin, y + 1)
                pdf.cell(pdf.text_width, 6, row.section)
                y += TITLE_H
            columns = next(s.columns for s in sections if s.title == row.section)
            width = pdf.text_width / columns
            offset = (columns - len(row.items)) * width / 2  # a short row is centred
            for i, (_n, block) in enumerate(row.items):
                x = pdf.l_margin + offset + i * width
                pdf.set_draw_color(170)
                pdf.rect(x + 0.5, y, width - 1, row.height)
                pdf.set_draw_color(0)
                draw_block(pdf, x + PAD, y + PAD, width - 2 * PAD, block, row.header_lines)
            y += row.height + 1.5
            done += len(row.items)
            tick(options, done, total)
