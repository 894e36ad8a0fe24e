"""Pakta Integritas: one page per person, identity from the snapshot, a QR to match it back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import wrap
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import (
    DocEvent,
    DocPerson,
    DocUnit,
    Options,
    Rendered,
    Signer,
    tick,
)
from ikrar_desktop.documents.page import DocPDF, new_pdf
from ikrar_desktop.documents.qr import QrCache, pakta_payload
from ikrar_desktop.domain.dates import format_date
from ikrar_desktop.domain.paktacode import short_code

TITLE = "PAKTA INTEGRITAS"
INTRO = "Saya yang bertanda tangan di bawah ini:"
PROMISE = "dengan ini menyatakan dan berjanji untuk:"
SANCTION = (
    "Apabila saya melanggar hal-hal tersebut di atas, saya bersedia menerima sanksi sesuai "
    "ketentuan peraturan perundang-undangan."
)
CLOSING = "Demikian Pakta Integritas ini saya buat dengan sebenar-benarnya dan penuh kesadaran."
QR_SIZE = 16.0
LABEL_WIDTH = 42.0
SIZES = (12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)


@dataclass(slots=True)
class _Layout:
    """Everything that is the same on every page of the event, laid out once."""

    size: float
    line: float
    subtitle: list[str]
    points: list[list[str]]
    sanction: list[str]
    closing: list[str]
    fixed: float  # the page's height without the identity fields and the signature blocks


def _layouts(pdf: DocPDF, event: DocEvent) -> list[_Layout]:
    """The event's text laid out at each body size, 12 pt down to 9 pt."""
    width = pdf.text_width
    out = []
    for size in SIZES:
        line = size * 0.466
        subtitle = blocks.lines_of(pdf, event.title.upper(), width, size=12, style="B")
        points = [blocks.lines_of(pdf, p, width - 8, size=size) for p in event.points]
        sanction = blocks.lines_of(pdf, SANCTION, width, size=size)
        closing = blocks.lines_of(pdf, CLOSING, width, size=size)
        body_lines = 2 + sum(len(p) for p in points) + len(sanction) + len(closing)
        fixed = 7 + len(subtitle) * 5.4 + 6 + body_lines * line + 2 + 3 + 3 + 6 + 1
        out.append(_Layout(size, line, subtitle, points, sanction, closing, fixed))
    return out


def _fits(
    pdf: DocPDF,
    layouts: list[_Layout],
    top: float,
    unit: DocUnit,
    person: DocPerson,
) -> _Layout:
    """The largest size at which this person's page fits above the QR: identity fields and
    both signature blocks measured (long names and jabatan wrap; nothing shrinks below 9 pt)."""
    room = pdf.bottom - QR_SIZE - 2 - top
    for layout in layouts:
        size, line = layout.size, layout.line
        fields = sum(
            len(blocks.field_value(pdf, value, pdf.text_width - 8 - LABEL_WIDTH - 4, size=size,
                                   style=style, min_size=size - 1).lines)
            for _, value, style in _fields(unit, person)
        )  # fmt: skip
        if layout.fixed + fields * line + _sign_height(pdf, unit, person, size, line) <= room:
            return layout
    return layouts[-1]


def _fields(unit: DocUnit, person: DocPerson) -> tuple[tuple[str, str, str], ...]:
    return (
        ("Nama", person.name, "B"),
        (person.id_label, person.id_text, ""),
        ("Pangkat/Golongan", person.golongan_text, ""),
        ("Jabatan", person.jabatan or "-", ""),
        ("Unit Kerja", person.unit or unit.name or "-", ""),
    )


def _acknowledger(unit: DocUnit, person: DocPerson) -> Signer:
    """Who signs "Mengetahui" on this person's sheet: worked out by the signer chain (never the
    person); a unit's head or a placeholder title only for callers that give none."""
    return person.acknowledger or unit.head or Signer(jabatan=f"Kepala {unit.name}")


def _sign_height(pdf: DocPDF, unit: DocUnit, person: DocPerson, size: float, line: float) -> float:
    """What ``_signatures`` takes: the date line, the taller block, the ID line."""
    col = pdf.text_width / 2
    head = _acknowledger(unit, person)
    jabatan = blocks.lines_of(pdf, f"{head.jabatan},", col - 6, size=size)
    left = blocks.signer_height(pdf, col - 6, ["Mengetahui,", *jabatan], head, size=size,
                                line=line)  # fmt: skip
    signer = Signer(jabatan="", name=person.name, nip="", role="pribadi")
    right = blocks.signer_height(pdf, col, ["", *jabatan], signer, size=size, line=line)
    return line + max(left, right + line)


class PaktaSheets:
    """Draws pakta pages into a document: its own batch, or after a follow-up letter."""

    def __init__(
        self,
        pdf: DocPDF,
        event: DocEvent,
        options: Options,
        *,
        meterai: bool = False,
        qr: QrCache | None = None,
    ) -> None:
        self.pdf, self.event, self.options, self.meterai = pdf, event, options, meterai
        self.painter = KopPainter(pdf, options.kop) if options.kop else None
        self.top = self.painter.height + pdf.t_margin + 8.5 if self.painter else pdf.t_margin
        self.layouts = _layouts(pdf, event)
        self.qr = qr or QrCache()

    def page(self, unit: DocUnit, person: DocPerson) -> bool:
        """One person's sheet on a new page; whether the name had to shrink."""
        pdf = self.pdf
        pdf.add_page()
        y = self.painter.draw(pdf) if self.painter else pdf.t_margin
        layout = _fits(pdf, self.layouts, self.top, unit, person)
        return _page(pdf, y, self.event, unit, person, layout, self.options, self.meterai,
                     self.qr)  # fmt: skip


def render(
    event: DocEvent,
    units: Sequence[DocUnit],
    options: Options,
    *,
    meterai: bool = False,
    qr: QrCache | None = None,
) -> Rendered:
    """One page per person, in the order given (the service sorts by OPD, then name)."""
    pdf = new_pdf(options.paper)
    pdf.set_title(f"Pakta Integritas - {event.title}")
    pdf.begin_part(numbered=False)
    sheets = PaktaSheets(pdf, event, options, meterai=meterai, qr=qr)
    total = sum(len(u.people) for u in units)
    done = 0
    shrunk: list[str] = []
    for unit in units:
        for person in unit.people:
            if done % 50 == 0:
                tick(options, done, total)
            if sheets.page(unit, person):
                shrunk.append(person.name)
            done += 1
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, shrunk)


def _page(
    pdf: DocPDF,
    y: float,
    event: DocEvent,
    unit: DocUnit,
    person: DocPerson,
    layout: _Layout,
    options: Options,
    meterai: bool,
    qr: QrCache,
) -> bool:
    x, width, size, line = pdf.l_margin, pdf.text_width, layout.size, layout.line
    pdf.set_font(fonts.SANS, "B", 14)
    pdf.set_xy(x, y)
    pdf.cell(width, 7, TITLE, align="C")
    y += 7
    pdf.set_font(fonts.SANS, "B", 12)
    for text in layout.subtitle:
        pdf.set_xy(x, y)
        pdf.cell(width, 5.4, text, align="C")
        y += 5.4
    y += 6
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(x, y)
    pdf.cell(width, line, INTRO)
    y += line + 1
    shrunk = False
    for label, value, style in _fields(unit, person):
        y, small = blocks.draw_field(
            pdf, x + 8, y, label, value, label_width=LABEL_WIDTH, width=width - 8, size=size,
            line=line, value_style=style, min_size=size - 1,  # shrink a little, then wrap
        )  # fmt: skip
        shrunk = shrunk or (small and style == "B")
    y += 1
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(x, y)
    pdf.cell(width, line, PROMISE)
    y += line + 1
    for number, lines in enumerate(layout.points, 1):
        pdf.set_font(fonts.SANS, "", size)
        pdf.set_xy(x, y)
        pdf.cell(8, line, f"{number}.")
        y = blocks.draw_justified(pdf, x + 8, y, width - 8, lines, size=size, line=line)
    y = blocks.draw_justified(pdf, x, y + 3, width, layout.sanction, size=size, line=line)
    y = blocks.draw_justified(pdf, x, y + 3, width, layout.closing, size=size, line=line)
    _signatures(pdf, y + 6, event, unit, person, options, meterai, size, line)
    _qr(pdf, event, person, qr)
    return shrunk


def _signatures(
    pdf: DocPDF,
    y: float,
    event: DocEvent,
    unit: DocUnit,
    person: DocPerson,
    options: Options,
    meterai: bool,
    size: float,
    line: float,
) -> None:
    col = pdf.text_width / 2
    left, right = pdf.l_margin, pdf.l_margin + col
    place = options.city or event.place
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(right, y)
    pdf.cell(col, line, f"{place}, {format_date(event.date)}" if place else
             format_date(event.date), align="C")  # fmt: skip
    y += line
    head = _acknowledger(unit, person)
    pdf.set_font(fonts.SANS, "", size)
    jabatan = blocks.lines_of(pdf, f"{head.jabatan},", col - 6, size=size)
    header = ["Mengetahui,", *jabatan]
    gap = blocks.SIGN_GAP
    blocks.draw_signer(pdf, left, y, col - 6, header, head, gap=gap, size=size, line=line)
    own = [
        "Yang membuat pernyataan,",
        *[""] * (len(header) - 1),
    ]
    if meterai:
        box_y = y + line * len(header) + 2
        pdf.set_draw_color(120)
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.rect(right + col / 2 - 26, box_y, 22, 16)
        pdf.set_dash_pattern()
        pdf.set_draw_color(0)
        pdf.set_font(fonts.SANS, "", 7)
        pdf.set_xy(right + col / 2 - 26, box_y + 4)
        pdf.cell(22, 3.5, "METERAI", align="C")
        pdf.set_xy(right + col / 2 - 26, box_y + 8)
        pdf.cell(22, 3.5, "Rp10.000", align="C")
    signer = Signer(jabatan="", name=person.name, nip="", role="pribadi")
    end = blocks.draw_signer(pdf, right, y, col, own, signer, gap=gap, size=size, line=line)
    pdf.set_font(fonts.SANS, "", size)
    pdf.set_xy(right, end)
    pdf.cell(col, line, f"{person.id_label}. {person.id_text}", align="C")


def _qr(pdf: DocPDF, event: DocEvent, person: DocPerson, qr: QrCache) -> None:
    """The QR at the bottom left; beside it the sheet code and the event (two lines at most)."""
    payload = pakta_payload(event.id, person.employee_id)
    y = pdf.bottom - QR_SIZE
    pdf.image(qr.png(payload), x=pdf.l_margin, y=y, w=QR_SIZE, h=QR_SIZE)
    pdf.set_font(fonts.SANS, "", 7)
    pdf.set_text_color(90)
    x, width = pdf.l_margin + QR_SIZE + 2, pdf.text_width - QR_SIZE - 2
    lines = wrap(pdf, event.title, width)
    if len(lines) > 2:
        lines = [lines[0], lines[1].rstrip(" ,.") + " …"]
    for i, text in enumerate([f"Kode lembar: {short_code(event.id, person.employee_id)}", *lines]):
        pdf.set_xy(x, y + QR_SIZE - 3.3 * (len(lines) + 1 - i))
        pdf.cell(width, 3.3, text)
    pdf.set_text_color(0)
