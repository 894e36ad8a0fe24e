"""Laporan pelaksanaan: cover letter upward, recap per status and per OPD, berita acara, annexes."""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import berita_acara, blocks, fonts, letter_frame, scan_pages
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, Options, Rendered, Signer, UnitCount, tick
from ikrar_desktop.documents.page import PORTRAIT, DocPDF, new_pdf
from ikrar_desktop.domain.dates import format_date, format_long_date

COLUMNS = ("No.", "{what}", "Wajib", "Hadir", "Ket.", "TK", "Belum", "TTD", "% TTD")
WIDTHS = (9.0, 40.0, 15.0, 15.0, 13.0, 12.0, 14.0, 15.0, 16.0)
EMBEDDED, SEPARATE, CHANGED = "dimuat", "terpisah", "berubah"
IMAGE_MIN_HEIGHT = 70.0  # an image starts a new page rather than shrink below this
MAX_PIXELS = 2000  # long side of an embedded photo: sharp at ~300 dpi across the page


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photo or scan kept with the event, as the report lists (and maybe shows) it."""

    file_name: str
    mime: str
    size: int
    sha256: str
    caption: str = ""
    state: str = SEPARATE  # dimuat (shown / bound in), terpisah (enclosed apart), berubah
    image: bytes = b""  # the picture to place (re-encoded), when ``state`` is dimuat
    aspect: float = 1.0  # height / width
    scan: bytes = b""  # a PDF's pages fitted to the paper, bound in after its divider page
    pages: int = 0  # how many pages ``scan`` holds
    note: str = ""  # why a PDF is not bound in ("tidak dapat dimuat: …")


def prepare_image(data: bytes) -> tuple[bytes, float] | None:
    """(JPEG or PNG bytes at most MAX_PIXELS on the long side, height/width), or None when
    the bytes are not a picture the report can place."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            picture = img.convert("RGB") if img.mode not in ("RGB", "L") else img.copy()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    if not picture.width or not picture.height:
        return None
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS))
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=85)
    return buf.getvalue(), picture.height / picture.width


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the report holds, gathered by services/report_upward."""

    number: str
    letter_date: datetime.date
    addressees: tuple[str, ...]
    issuer: str
    signer: Signer | None
    units: tuple[UnitCount, ...]
    statuses: tuple[UnitCount, ...]
    total: UnitCount
    ba_number: str
    attachments: tuple[Attachment, ...] = ()
    fingerprint: str = ""


ANNEXES = ("Rekapitulasi per status kepegawaian", "Rekapitulasi per unit kerja (OPD)",
           "Berita Acara", "Daftar lampiran dan dokumentasi")  # fmt: skip
ROMAN = ("I", "II", "III", "IV")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") if whole else "0,0"


def _people(n: int) -> str:
    return f"{n:,}".replace(",", ".") + " orang"


def summary(event: DocEvent, total: UnitCount) -> str:
    where = f" bertempat di {event.place}" if event.place else ""
    leader = event.leader
    led = f" dipimpin oleh {leader.jabatan}" if leader and leader.jabatan else ""
    return (
        f"Dengan hormat, bersama ini kami laporkan bahwa {event.title} telah dilaksanakan pada "
        f"{format_long_date(event.date)}{where}{led}. Pegawai yang wajib mengikuti berjumlah "
        f"{_people(total.obliged)}; hadir {_people(total.present)} "
        f"({_pct(total.present, total.obliged)}%); menandatangani Pakta Integritas "
        f"{_people(total.signed)} ({_pct(total.signed, total.obliged)}%), di antaranya "
        f"{_people(total.signed_later)} secara susulan."
    )


def render(event: DocEvent, report: Report, options: Options) -> Rendered:
    pdf = new_pdf(options.paper, margins=PORTRAIT)
    pdf.set_title(f"Laporan Pelaksanaan - {event.title}")
    _cover(pdf, event, report, options)
    tick(options, 1, 4)
    _tables(pdf, event, report)
    tick(options, 2, 4)
    plain = Options(options.paper, options.kop, options.city)
    berita_acara.draw(
        pdf, event, report.total, (), plain, number=report.ba_number, annex=False,
        fingerprint=report.fingerprint, label="Lampiran III · Berita Acara",
    )  # fmt: skip
    tick(options, 3, 4)
    _attachments(pdf, event, report)
    dividers = _dividers(pdf, report)
    tick(options, 4, 4)
    data, pages = scan_pages.bind(pdf.finish(), dividers)
    return Rendered(data, pages, report.total.obliged, [])


def _cover(pdf: DocPDF, event: DocEvent, report: Report, options: Options) -> None:
    pdf.begin_part(numbered=True, label=f"Laporan {report.number}")
    pdf.add_page()
    painter = KopPainter(pdf, options.kop) if options.kop else None
    y = painter.draw(pdf) if painter else pdf.t_margin
    place = options.city or event.place
    date = format_date(report.letter_date)
    head = letter_frame.LetterHead(
        place_date=f"{place}, {date}" if place else date, number=report.number,
        hal=f"Laporan Pelaksanaan {event.title}", lampiran="1 (satu) berkas",
        addressees=report.addressees,
    )  # fmt: skip
    y = letter_frame.draw_head(pdf, y, head)
    more = letter_frame.continued(pdf, f"Laporan {report.number} (lanjutan)")
    y = letter_frame.paragraph(pdf, y, summary(event, report.total), more=more)
    y = letter_frame.paragraph(pdf, y, "Sebagai bahan laporan, bersama ini kami lampirkan:",
                               more=more)  # fmt: skip
    files = len(report.attachments)
    for roman, name in zip(ROMAN, ANNEXES, strict=True):
        extra = f" Nomor {report.ba_number}" if name == "Berita Acara" else ""
        extra += f" ({files} berkas)" if roman == "IV" else ""
        pdf.set_font(fonts.SANS, "", blocks.BODY)
        pdf.set_xy(pdf.l_margin + 6, y)
        pdf.cell(14, blocks.LINE, f"{roman}.")
        y = letter_frame.paragraph(pdf, y, f"{name}{extra};", indent=20, more=more) - 2
    closing = ["Demikian laporan ini kami sampaikan, atas perhatian Bapak/Ibu diucapkan terima "
               "kasih."]  # fmt: skip
    header = [f"{report.signer.jabatan}," if report.signer and report.signer.jabatan else ""]
    letter_frame.closing(pdf, y + 3, closing, header, report.signer, more=more)


def _tables(pdf: DocPDF, event: DocEvent, report: Report) -> None:
    pdf.begin_part(numbered=True, label="Lampiran I–II · Rekapitulasi")
    pdf.add_page()
    y = _annex_title(pdf, pdf.t_margin, 0, report)
    y = _table(pdf, y, "Status Kepegawaian", report.statuses, report.total, "status")
    pdf.add_page()
    y = _annex_title(pdf, pdf.t_margin, 1, report)
    _table(pdf, y, "Unit Kerja (OPD)", report.units, report.total, "OPD")


def _annex_title(pdf: DocPDF, y: float, index: int, report: Report) -> float:
    y = letter_frame.section_title(pdf, y, [f"LAMPIRAN {ROMAN[index]}",
                                            ANNEXES[index].upper()])  # fmt: skip
    pdf.set_font(fonts.SANS, "", 9)
    pdf.set_xy(pdf.l_margin, y - 3)
    pdf.cell(pdf.text_width, 4.5, f"Laporan Nomor {report.number}", align="C")
    return y + 4


def _table(
    pdf: DocPDF, y: float, what: str, rows: Sequence[UnitCount], total: UnitCount, short: str
) -> float:
    labels = [c.format(what=what) for c in COLUMNS]
    widths = letter_frame.stretch(pdf, WIDTHS, 1)
    y = blocks.table_head(pdf, y, labels, widths, size=letter_frame.SIZE - 1)
    more = letter_frame.continued(pdf, f"Rekapitulasi per {short} (lanjutan)")

    def again() -> float:
        return blocks.table_head(pdf, more(), labels, widths, size=letter_frame.SIZE - 1)

    for i, row in enumerate([*rows, total], 1):
        last = row is total
        values = ("" if last else str(i), row.unit, *(str(v) for v in (
            row.obliged, row.present, row.excused, row.absent, row.unrecorded, row.signed)),
            _pct(row.signed, row.obliged))  # fmt: skip
        y = letter_frame.table_row(pdf, y, values, widths, left=(1,), style="B" if last else "",
                                   repeat=again)  # fmt: skip
    note = ("Ket. = tidak hadir dengan keterangan; TK = tanpa keterangan; Belum = kehadiran "
            "belum tercatat; TTD = menandatangani pakta (di acara dan susulan).")  # fmt: skip
    y += 1
    for part in blocks.lines_of(pdf, note, pdf.text_width, size=8, style="I"):
        if y + 4 > pdf.bottom - 2:
            y = more()
        pdf.set_font(fonts.SANS, "I", 8)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 4, part)
        y += 4
    return y + 2


def _attachments(pdf: DocPDF, event: DocEvent, report: Report) -> None:
    pdf.begin_part(numbered=True, label="Lampiran IV · Daftar lampiran dan dokumentasi")
    pdf.add_page()
    y = _annex_title(pdf, pdf.t_margin, 3, report)
    more = letter_frame.continued(pdf, "Daftar lampiran (lanjutan)")
    if not report.attachments:
        letter_frame.paragraph(pdf, y, "Tidak ada berkas yang disimpan bersama kegiatan ini.",
                               more=more)  # fmt: skip
        return
    for i, a in enumerate(report.attachments, 1):
        if y + 4 * 5 > pdf.bottom - 2:
            y = more()
        size = f"{a.size / 1024:,.0f} KB".replace(",", ".") if a.size >= 1024 else f"{a.size} B"
        lines = [(f"{i}. {a.file_name}", "B", 10.0),
                 (f"{a.caption + ' · ' if a.caption else ''}{a.mime}, {size}; {_where(i, a)}",
                  "", 9.0),
                 (f"SHA-256: {a.sha256}", "", 8.0)]  # fmt: skip
        for text, style, size_pt in lines:
            pdf.set_font(fonts.SANS, style, size_pt)
            for part in blocks.lines_of(pdf, text, pdf.text_width - 6, size=size_pt,
                                        style=style):  # fmt: skip
                if y + 4.6 > pdf.bottom - 2:
                    y = more()
                pdf.set_font(fonts.SANS, style, size_pt)
                pdf.set_xy(pdf.l_margin + (0 if style else 6), y)
                pdf.cell(pdf.text_width - 6, 4.6, part)
                y += 4.6
        y += 2
    for i, a in enumerate(report.attachments, 1):
        if a.state == EMBEDDED and a.image:
            y = _image(pdf, y + 4, i, a)


def _where(index: int, a: Attachment) -> str:
    """What became of an attachment, as its line in the list says."""
    if a.state == CHANGED:
        return ("TIDAK COCOK dengan sidik SHA-256 yang dicatat: isi berkas telah berubah; "
                "tidak dimuat")  # fmt: skip
    if a.state == EMBEDDED and a.scan:
        return f"dimuat pada halaman berikut (Lampiran {index}, {a.pages} halaman)"
    if a.state == EMBEDDED:
        return "dimuat pada halaman berikut"
    return f"{a.note}; dilampirkan terpisah" if a.note else "dilampirkan terpisah"


def _dividers(pdf: DocPDF, report: Report) -> list[tuple[int, bytes]]:
    """A divider page before each PDF bound in, (its 0-based page index, the scan's pages).
    The dividers and the scan pages carry no report page number: the divider counts the
    pages that follow, and each scan page keeps whatever its own footer says."""
    out: list[tuple[int, bytes]] = []
    for i, a in enumerate(report.attachments, 1):
        if a.state != EMBEDDED or not a.scan:
            continue
        if not out:
            pdf.begin_part(numbered=False)
        pdf.add_page()
        more = letter_frame.continued(pdf, f"Lampiran {i} (lanjutan)")
        y = letter_frame.section_title(pdf, pdf.t_margin + 20,
                                       [f"Lampiran {i}: {a.caption or a.file_name}"])  # fmt: skip
        pdf.set_font(fonts.SANS, "", 9)
        for part in blocks.lines_of(pdf, f"({a.file_name}, SHA-256 {a.sha256})",
                                    pdf.text_width, size=9):  # fmt: skip
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(pdf.text_width, 4.5, part, align="C")
            y += 4.5
        letter_frame.paragraph(pdf, y + 4, (
            "Berkas PDF yang disimpan bersama kegiatan ini; sidik SHA-256 "
            "diperiksa ulang saat laporan dicetak dan cocok dengan yang dicatat saat "
            f"dilampirkan. Berkas dimuat utuh pada {a.pages} halaman lampiran berikut "
            "sebagaimana aslinya (diperkecil bila lebih besar dari kertas). Halaman lampiran "
            "itu tidak diberi nomor halaman laporan; nomor yang tampak padanya adalah milik "
            "berkas asli."), more=more)  # fmt: skip
        out.append((pdf.page - 1, a.scan))
    return out


def _image(pdf: DocPDF, y: float, index: int, a: Attachment) -> float:
    """The picture scaled to the text width (or to the page height), its caption below."""
    caption = f"Gambar {index}. {a.caption or a.file_name}"
    room = pdf.bottom - 2 - 12  # the caption's lines below the picture
    full = room - pdf.t_margin - 6
    width = pdf.text_width
    height = width * a.aspect
    if height > full:
        width, height = full / a.aspect, full
    if y + min(height, IMAGE_MIN_HEIGHT) > room or y + height > room:
        pdf.add_page()
        y = blocks.continued_line(pdf, "Dokumentasi (lanjutan)") + 2
    x = pdf.l_margin + (pdf.text_width - width) / 2
    pdf.image(io.BytesIO(a.image), x=x, y=y, w=width, h=height)
    y += height + 2
    pdf.set_font(fonts.SANS, "I", 9)
    for part in blocks.lines_of(pdf, caption, pdf.text_width, size=9, style="I")[:2]:
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(pdf.text_width, 4.5, part, align="C")
        y += 4.5
    return y + 4
