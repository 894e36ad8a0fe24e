"""Berita acara: date in words, counts from the recap, signatures, the daftar hadir as annex."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.daftar_hadir import DaftarHadir
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import (
    DocEvent,
    DocUnit,
    Options,
    Rendered,
    UnitCount,
    tick,
)
from ikrar_desktop.documents.page import PORTRAIT, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date
from ikrar_desktop.domain.words import date_in_words

NUMBER_BLANK = "........../BA/........../"
ANNEX = (
    "Daftar hadir peserta terlampir dan merupakan bagian yang tidak terpisahkan dari Berita "
    "Acara ini."
)
KEPT = (  # in a report upward the daftar hadir is not attached
    "Daftar hadir peserta disimpan sebagai bagian yang tidak terpisahkan dari Berita Acara ini."
)
CLOSING = (
    "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."
)
WITNESS_SIGN = 56.0  # mm at the right for the staggered signing places


def opening(event: DocEvent) -> str:
    where = f", bertempat di {event.place}" if event.place else ""
    leader = event.leader
    led = f" yang dipimpin oleh {leader.jabatan}" if leader and leader.jabatan else ""
    return (
        f"Pada hari ini {date_in_words(event.date)}{where}, telah dilaksanakan "
        f"{event.title}{led}, dengan hasil sebagai berikut:"
    )


def count_rows(total: UnitCount) -> list[tuple[str, str]]:
    def people(n: int) -> str:
        return f"{n:,} orang".replace(",", ".")

    return [
        ("Jumlah pegawai yang wajib hadir", people(total.obliged)),
        ("Hadir", people(total.present)),
        ("Tidak hadir dengan keterangan", people(total.excused)),
        ("Tidak hadir tanpa keterangan", people(total.absent)),
        ("Belum tercatat", people(total.unrecorded)),
        ("Menandatangani Pakta Integritas", people(total.signed)),
        ("    pada saat kegiatan", people(total.signed_event)),
        ("    secara susulan", people(total.signed_later)),
    ]


def render(
    event: DocEvent,
    total: UnitCount,
    units: Sequence[DocUnit],
    options: Options,
    *,
    number: str = "",
    annex: bool = True,
    blank_rows: int = 0,
    fingerprint: str = "",
) -> Rendered:
    """The berita acara (numbered pages), then the daftar hadir per OPD as its annex."""
    pdf = new_pdf(options.paper, margins=PORTRAIT)
    pdf.set_title(f"Berita Acara - {event.title}")
    people = draw(pdf, event, total, units, options, number=number, annex=annex,
                  blank_rows=blank_rows, fingerprint=fingerprint)  # fmt: skip
    return Rendered(pdf.finish(), pdf.page, people, [])


def draw(
    pdf: DocPDF,
    event: DocEvent,
    total: UnitCount,
    units: Sequence[DocUnit],
    options: Options,
    *,
    number: str = "",
    annex: bool = True,
    blank_rows: int = 0,
    fingerprint: str = "",
    label: str = "Berita Acara",
) -> int:
    """The berita acara (and its annex) on new pages of ``pdf`` (its own, or a report's);
    returns how many people its annex lists."""
    pdf.begin_part(numbered=True, label=label)
    pdf.add_page()
    painter = KopPainter(pdf, options.kop) if options.kop else None
    y = painter.draw(pdf) if painter else pdf.t_margin
    y = _body(
        pdf, y, event, total, options, number or NUMBER_BLANK + str(event.date.year), annexed=annex
    )
    _closing(pdf, y, event, options, fingerprint)
    people = sum(len(u.people) for u in units)
    if annex:
        annex_options = Options(options.paper, None, options.city, options.progress, options.cancel)
        sheet = DaftarHadir(pdf, event, annex_options, blank_rows)
        title = f"LAMPIRAN BERITA ACARA NOMOR {number or NUMBER_BLANK + str(event.date.year)}"
        done = 0
        for unit in units:
            done = sheet.draw_unit(unit, title=title, done=done, total=people)
    tick(options, people, people)
    return people


def _body(
    pdf: DocPDF,
    y: float,
    event: DocEvent,
    total: UnitCount,
    options: Options,
    number: str,
    *,
    annexed: bool = True,
) -> float:
    x, width = pdf.l_margin, pdf.text_width
    pdf.set_font(fonts.SANS, "BU", 14)
    pdf.set_xy(x, y)
    pdf.cell(width, 7, "BERITA ACARA", align="C")
    y = blocks.heading(pdf, y + 7, event.kind_label.upper(), size=12)
    pdf.set_font(fonts.SANS, "", 12)
    pdf.set_xy(x, y)
    pdf.cell(width, 6, f"Nomor: {number}", align="C")
    y += 12
    y = blocks.draw_justified(pdf, x, y, width, blocks.lines_of(pdf, opening(event), width))
    y += 2
    item = 0
    for label, value in count_rows(total):
        indent = label.startswith("    ")
        item += 0 if indent else 1
        pdf.set_font(fonts.SANS, "", 12)
        pdf.set_xy(x + 6, y)
        pdf.cell(8, blocks.LINE, "" if indent else f"{item}.")
        y, _ = blocks.draw_field(
            pdf, x + 14 + (6 if indent else 0), y, label.strip(), value,
            label_width=92 - (6 if indent else 0), width=width - 14 - (6 if indent else 0),
        )  # fmt: skip
    y += 3
    about = ANNEX if annexed else KEPT
    return blocks.draw_justified(pdf, x, y, width, blocks.lines_of(pdf, about, width)) + 2


def _closing(pdf: DocPDF, y: float, event: DocEvent, options: Options, fingerprint: str) -> None:
    """The closing sentence, the audit fingerprint and the signatures — together: when they
    do not fit below the body they all go to the next page (never signatures alone)."""
    x, width = pdf.l_margin, pdf.text_width
    closing = blocks.lines_of(pdf, CLOSING, width)
    height = len(closing) * blocks.LINE + 6 + (8 if fingerprint else 0)
    height += _signatures(pdf, 0.0, event, options, draw=False)
    if y + height > pdf.bottom:
        pdf.add_page()
        y = pdf.t_margin
    y = blocks.draw_justified(pdf, x, y, width, closing) + 6
    if fingerprint:  # the audit chain head, so an inspector can match this paper to the file
        pdf.set_font(fonts.SANS, "I", 8.5)
        pdf.set_xy(x, y)
        pdf.cell(width, 5, f"Sidik jari audit database: {fingerprint}")
        y += 8
    _signatures(pdf, y, event, options)


def _signatures(
    pdf: DocPDF, y: float, event: DocEvent, options: Options, *, draw: bool = True
) -> float:
    """Place and date, the leader's block, the witnesses with staggered signing places;
    returns the height used (nothing is drawn when ``draw`` is false)."""
    start = y
    col = pdf.text_width / 2
    x = pdf.l_margin
    place = options.city or event.place
    date = format_date(event.date)
    if draw:
        pdf.set_font(fonts.SANS, "", 12)
        pdf.set_xy(x + col, y)
        pdf.cell(col, blocks.LINE, f"{place}, {date}" if place else date, align="C")
    y += blocks.LINE
    leader = event.leader
    header = ["Pimpinan Kegiatan,", f"{leader.jabatan}," if leader and leader.jabatan else ""]
    if draw:
        y = blocks.draw_signer(pdf, x + col, y, col, header, leader, gap=20)
    else:
        y += blocks.signer_height(pdf, col, header, leader, gap=20)
    if not event.witnesses:
        return y - start
    y += 6
    if draw:
        pdf.set_font(fonts.SANS, "", 12)
        pdf.set_xy(x, y)
        pdf.cell(col, blocks.LINE, "Saksi-saksi:")
    y += blocks.LINE + 1
    left = pdf.text_width - WITNESS_SIGN - 8
    for i, witness in enumerate(event.witnesses, 1):
        name = blocks.lines_of(pdf, witness.name, left, size=11, style="B")
        detail = blocks.lines_of(pdf, witness.jabatan, left, size=11) if witness.jabatan else []
        if draw:
            pdf.set_font(fonts.SANS, "", 11)
            pdf.set_xy(x, y)
            pdf.cell(8, 5.5, f"{i}.")
            for k, (text, style) in enumerate([(t, "B") for t in name] + [(t, "") for t in detail]):
                pdf.set_font(fonts.SANS, style, 11)
                pdf.set_xy(x + 8, y + k * 5.5)
                pdf.cell(left, 5.5, text)
            sign_x = x + pdf.text_width - WITNESS_SIGN + (0 if i % 2 else WITNESS_SIGN / 2)
            pdf.set_font(fonts.SANS, "", 11)
            pdf.set_xy(sign_x, y + 5)
            pdf.cell(WITNESS_SIGN / 2, 5.5, f"{i}. .............")
        y += max(15.0, 5.5 * (len(name) + len(detail)) + 4)
    return y - start
