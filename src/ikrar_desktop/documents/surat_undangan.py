"""Surat undangan: one numbered letter to the heads of OPD, "Yth. (daftar terlampir)" + list."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, Options, Rendered, Signer, tick
from ikrar_desktop.documents.page import PORTRAIT, TABLE, DocPDF, new_pdf
from ikrar_desktop.domain.dates import day_name, format_date

FIELD_W = 26.0
ROW = 6.2


@dataclass(frozen=True, slots=True)
class Letter:
    event: DocEvent
    number: str
    date: datetime.date  # the letter's own date (the day its number was issued)
    perihal: str
    addressee: str  # "Kepala Perangkat Daerah" (each named in the attachment)
    opening: str  # the sentence before the event's details
    invitees: tuple[tuple[str, str], ...]  # (jabatan, name) in the attachment
    signer: Signer
    signer_header: tuple[str, ...]  # "a.n. Bupati Contoh", "Sekretaris Daerah,"
    sifat: str = "Penting"
    dress: str = ""
    copies: tuple[str, ...] = ()  # tembusan


def render(letter: Letter, options: Options) -> Rendered:
    """Page 1: the letter under the kop; then the numbered list of invitees."""
    pdf = new_pdf(options.paper, margins=PORTRAIT)
    pdf.set_title(f"Surat Undangan - {letter.event.title}")
    pdf.begin_part(numbered=False)
    pdf.add_page()
    painter = KopPainter(pdf, options.kop) if options.kop else None
    y = painter.draw(pdf) if painter else pdf.t_margin
    y = _head(pdf, y, letter, options)
    y = _body(pdf, y, letter)
    _signature(pdf, y, letter)
    pdf.begin_part(numbered=True, label="Lampiran Surat Undangan")
    _attachment(pdf, letter, options)
    return Rendered(pdf.finish(), pdf.page, len(letter.invitees), [])


def _head(pdf: DocPDF, y: float, letter: Letter, options: Options) -> float:
    x, width = pdf.l_margin, pdf.text_width
    dated = format_date(letter.date)
    pdf.set_font(fonts.SANS, "", 12)
    pdf.set_xy(x, y)
    pdf.cell(width, blocks.LINE, f"{options.city}, {dated}" if options.city else dated,
             align="R")  # fmt: skip
    y += blocks.LINE + 2
    lampiran = "1 (satu) berkas" if letter.invitees else "-"
    for label, value in (("Nomor", letter.number), ("Sifat", letter.sifat),
                         ("Lampiran", lampiran), ("Perihal", letter.perihal)):  # fmt: skip
        y, _ = blocks.draw_field(pdf, x, y, label, value, label_width=FIELD_W, width=width * 0.62,
                                 value_style="B" if label == "Perihal" else "")  # fmt: skip
    y += 5
    pdf.set_font(fonts.SANS, "", 12)
    for text in ("Yth.", letter.addressee, "(daftar terlampir)", "di -"):
        pdf.set_xy(x + (0 if text == "Yth." else 10), y)
        pdf.cell(width - 10, blocks.LINE, text)
        y += blocks.LINE
    pdf.set_xy(x + 20, y)
    pdf.set_font(fonts.SANS, "BU", 12)
    pdf.cell(40, blocks.LINE, "Tempat")
    return y + blocks.LINE + 6


def details(letter: Letter) -> list[tuple[str, str]]:
    event = letter.event
    time = f"{event.time.replace(':', '.')} {event.zone} s.d. selesai" if event.time else "-"
    rows = [
        ("Hari, tanggal", f"{day_name(event.date)}, {format_date(event.date)}"),
        ("Waktu", time),
        ("Tempat", event.place or "-"),
        ("Acara", event.title),
    ]
    if letter.dress:
        rows.append(("Pakaian", letter.dress))
    return rows


def _body(pdf: DocPDF, y: float, letter: Letter) -> float:
    x, width = pdf.l_margin, pdf.text_width
    indent = 12.0
    y = blocks.draw_justified(pdf, x, y, width, blocks.lines_of(pdf, letter.opening, width)) + 2
    for label, value in details(letter):
        y, _ = blocks.draw_field(pdf, x + indent, y, label, value, label_width=32,
                                 width=width - indent)  # fmt: skip
    y += 3
    closing = (
        "Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat pada waktunya. "
        "Demikian disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih."
    )
    return blocks.draw_justified(pdf, x, y, width, blocks.lines_of(pdf, closing, width)) + 6


def _signature(pdf: DocPDF, y: float, letter: Letter) -> None:
    col = pdf.text_width * 0.5
    x = pdf.l_margin + pdf.text_width - col
    end = blocks.draw_signer(pdf, x, y, col, letter.signer_header, letter.signer, gap=20)
    if letter.copies:
        y = end + 6
        pdf.set_font(fonts.SANS, "", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(60, 5, "Tembusan:")
        for i, text in enumerate(letter.copies, 1):
            y += 5
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(pdf.text_width, 5, f"{i}. {text}")


def _attachment(pdf: DocPDF, letter: Letter, options: Options) -> None:
    pdf.set_margins(TABLE.left, TABLE.top, TABLE.right)
    pdf.add_page()
    x, width = pdf.l_margin, pdf.text_width
    pdf.set_font(fonts.SANS, "", 10)
    for label, value in (("Lampiran", "Surat Undangan"), ("Nomor", letter.number),
                         ("Tanggal", format_date(letter.date))):  # fmt: skip
        pdf.set_xy(x + width * 0.5, pdf.get_y() if label != "Lampiran" else pdf.t_margin)
        pdf.cell(22, 5, label)
        pdf.cell(width * 0.5 - 22, 5, f": {value}", new_x="LMARGIN", new_y="NEXT")
    y = blocks.heading(pdf, pdf.get_y() + 6, "DAFTAR UNDANGAN", size=12) + 3
    widths = (12.0, width * 0.55 - 12, width * 0.45)
    labels = ("No", "Jabatan", "Nama")
    y = blocks.table_head(pdf, y, labels, widths, size=10)
    total = len(letter.invitees)
    for n, (jabatan, name) in enumerate(letter.invitees, 1):
        pdf.set_font(fonts.SANS, "", 10)
        left = blocks.lines_of(pdf, jabatan, widths[1] - 2, size=10)
        right = blocks.lines_of(pdf, name, widths[2] - 2, size=10)
        height = max(len(left), len(right)) * 4.6 + 1.6
        if y + height > pdf.bottom - 6:
            pdf.add_page()
            y = blocks.continued_line(pdf, "Daftar undangan (lanjutan)")
            y = blocks.table_head(pdf, y, labels, widths, size=10)
        _cells(pdf, y, widths, height, (f"{n}.", left, right))
        y += height
        if n % 50 == 0:
            tick(options, n, total)


def _cells(
    pdf: DocPDF,
    y: float,
    widths: Sequence[float],
    height: float,
    texts: tuple[str, list[str], list[str]],
) -> None:
    x = pdf.l_margin
    pdf.set_font(fonts.SANS, "", 10)
    for i, width in enumerate(widths):
        pdf.rect(x, y, width, height)
        content = [texts[0]] if i == 0 else texts[i]
        for k, line in enumerate(content):
            pdf.set_xy(x + 1, y + 0.8 + k * 4.6)
            pdf.cell(width - 2, 4.6, str(line), align="C" if i == 0 else "L")
        x += width
