"""Surat tindak lanjut to an OPD head: who has not signed, a deadline, their pakta sheets."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import blocks, letter_frame
from ikrar_desktop.documents.kop import KopPainter
from ikrar_desktop.documents.model import DocEvent, DocUnit, Options, Rendered, Signer, tick
from ikrar_desktop.documents.page import PORTRAIT, DocPDF, new_pdf
from ikrar_desktop.documents.pakta import PaktaSheets
from ikrar_desktop.documents.qr import QrCache
from ikrar_desktop.domain.attendance import status_label
from ikrar_desktop.domain.dates import format_date, format_long_date
from ikrar_desktop.domain.words import number_to_words

COLUMNS = ("No.", "Nama", "NIP / NIK", "Jabatan", "Kehadiran")
WIDTHS = (10.0, 52.0, 38.0, 38.0, 27.0)


@dataclass(frozen=True, slots=True)
class Letter:
    """One OPD's letter: its outstanding people (``unit.people``), who it goes to, its number."""

    unit: DocUnit
    addressee: str  # "Kepala Dinas Pendidikan", "Plt. Camat Cibinong"
    number: str
    letter_date: datetime.date
    deadline: datetime.date


def hal(event: DocEvent) -> str:
    return f"Tindak Lanjut Penandatanganan Pakta Integritas {event.title}"


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".") + f" ({number_to_words(n)})"


def body(event: DocEvent, letter: Letter, issuer: str) -> list[str]:
    where = f" bertempat di {event.place}" if event.place else ""
    n = len(letter.unit.people)
    return [
        f"Menindaklanjuti pelaksanaan {event.title} pada {format_long_date(event.date)}{where}, "
        f"berdasarkan catatan kami masih terdapat {_count(n)} orang pegawai di lingkungan "
        f"{letter.unit.name} yang belum hadir dan/atau belum menandatangani Pakta Integritas, "
        "sebagai berikut:",
    ]


def closing_texts(letter: Letter, issuer: str) -> list[str]:
    back = f"kepada {issuer}" if issuer else "kepada kami"
    return [
        "Sehubungan dengan hal tersebut, kami mohon Saudara memerintahkan pegawai tersebut di "
        "atas untuk menandatangani lembar Pakta Integritas terlampir dan menyampaikannya "
        f"kembali {back} paling lambat tanggal {format_date(letter.deadline)}, disertai surat "
        "balasan yang menyebutkan jumlah lembar yang telah ditandatangani.",
        "Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
    ]


def render(
    event: DocEvent,
    letters: Sequence[Letter],
    options: Options,
    sheet_options: Options,
    *,
    issuer: str,
    signer: Signer | None,
    qr: QrCache | None = None,
) -> Rendered:
    """Each letter (its own page numbers), then the pakta sheets of exactly its people.
    ``options`` carries the letter's kop (the issuing OPD), ``sheet_options`` the pakta's."""
    pdf = new_pdf(options.paper, margins=PORTRAIT)
    pdf.set_title(f"Surat Tindak Lanjut - {event.title}")
    painter = KopPainter(pdf, options.kop) if options.kop else None
    sheets = PaktaSheets(pdf, event, sheet_options, qr=qr)
    total = sum(len(letter.unit.people) for letter in letters)
    done = 0
    shrunk: list[str] = []
    for letter in letters:
        _letter(pdf, painter, event, letter, options, issuer, signer)
        pdf.begin_part(numbered=False)
        for person in letter.unit.people:
            if done % 50 == 0:
                tick(options, done, total)
            if sheets.page(letter.unit, person):
                shrunk.append(person.name)
            done += 1
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, shrunk)


def _letter(
    pdf: DocPDF,
    painter: KopPainter | None,
    event: DocEvent,
    letter: Letter,
    options: Options,
    issuer: str,
    signer: Signer | None,
) -> None:
    pdf.begin_part(numbered=True, label=f"Surat {letter.number} · {letter.unit.name}")
    pdf.add_page()
    y = painter.draw(pdf) if painter else pdf.t_margin
    place = options.city or event.place
    date = format_date(letter.letter_date)
    n = len(letter.unit.people)
    head = letter_frame.LetterHead(
        place_date=f"{place}, {date}" if place else date, number=letter.number, hal=hal(event),
        lampiran=f"{_count(n)} lembar", addressees=(letter.addressee,),
    )  # fmt: skip
    y = letter_frame.draw_head(pdf, y, head)
    more = letter_frame.continued(pdf, f"Surat {letter.number} (lanjutan)")
    for text in body(event, letter, issuer):
        y = letter_frame.paragraph(pdf, y, text, more=more)
    widths = letter_frame.stretch(pdf, WIDTHS, 1)
    y = blocks.table_head(pdf, y + 1, COLUMNS, widths, size=letter_frame.SIZE)

    def again() -> float:
        return blocks.table_head(pdf, more(), COLUMNS, widths, size=letter_frame.SIZE)

    for i, person in enumerate(letter.unit.people, 1):
        values = (str(i), person.name, person.id_list_text, person.jabatan or "-",
                  status_label(person.attendance))  # fmt: skip
        y = letter_frame.table_row(pdf, y, values, widths, left=(1, 2, 3), names=(1,),
                                   repeat=again)  # fmt: skip
    header = [f"{signer.jabatan}," if signer and signer.jabatan else ""]
    letter_frame.closing(pdf, y + 4, closing_texts(letter, issuer), header, signer, more=more)
