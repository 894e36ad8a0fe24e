"""Certificates (landscape): a name that always fits, register number and a verification QR."""

from __future__ import annotations

from collections.abc import Sequence

from ikrar_desktop.documents import blocks, fonts
from ikrar_desktop.documents.fit import fit_text, fit_wrap, wrap
from ikrar_desktop.documents.model import (
    CertificateEntry,
    DocEvent,
    Options,
    Rendered,
    Signer,
    tick,
)
from ikrar_desktop.documents.page import LANDSCAPE, DocPDF, new_pdf
from ikrar_desktop.documents.qr import QrCache, certificate_payload
from ikrar_desktop.domain.dates import format_date, format_long_date

NAME_SIZE = 26.0
NAME_MIN = 16.0
QR_SIZE = 24.0
LOGO_HEIGHT = 22.0


def body_text(event: DocEvent) -> str:
    where = f" di {event.place}" if event.place else ""
    return (
        f"sebagai peserta {event.title} dan telah menandatangani Pakta Integritas Netralitas "
        f"Pegawai Aparatur Sipil Negara, yang dilaksanakan pada hari "
        f"{format_long_date(event.date)}{where}."
    )


def render(
    event: DocEvent,
    entries: Sequence[CertificateEntry],
    options: Options,
    *,
    signer: Signer | None,
    title: str = "SERTIFIKAT",
    qr: QrCache | None = None,
) -> Rendered:
    """One landscape page per certificate; ``shrunk`` lists the names that had to shrink."""
    pdf = new_pdf(options.paper, landscape=True, margins=LANDSCAPE)
    pdf.set_title(f"Sertifikat - {event.title}")
    pdf.begin_part(numbered=False)
    qr = qr or QrCache()
    inner = pdf.text_width - 40
    pdf.set_font(fonts.SERIF, "", 14)
    body = wrap(pdf, body_text(event), inner)
    kop = options.kop
    instansi = (kop.instansi if kop else "").upper()
    shrunk: list[str] = []
    total = len(entries)
    for done, entry in enumerate(entries):
        if done % 50 == 0:
            tick(options, done, total)
        pdf.add_page()
        _frame(pdf)
        y = pdf.t_margin + 8
        if kop and kop.logo:
            pdf.image(kop.logo, x=pdf.w / 2 - LOGO_HEIGHT * 0.45, y=y, h=LOGO_HEIGHT)
            y += LOGO_HEIGHT + 2
        y = _centred(pdf, y, instansi, fonts.SANS, "B", 13, 6.5)
        pdf.set_char_spacing(3)
        y = _centred(pdf, y + 1, title, fonts.SERIF, "B", 34, 13)
        pdf.set_char_spacing(0)
        y = _centred(pdf, y, f"Nomor: {entry.number}", fonts.SANS, "", 11, 6)
        y = _centred(pdf, y + 3, "diberikan kepada:", fonts.SERIF, "I", 14, 8)
        fitted = fit_text(
            pdf, entry.person.name, inner, family=fonts.SERIF, style="B", size=NAME_SIZE,
            min_size=NAME_MIN, floor=12,
        )  # fmt: skip
        if fitted.shrunk:
            shrunk.append(entry.person.name)
        step = fitted.size * 0.42
        for line in fitted.lines:
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(pdf.text_width, step, line, align="C")
            y += step
        person = entry.person
        y = _centred(pdf, y + 1, f"{person.id_label}. {person.id_list_text.removeprefix('NIK ')}",
                     fonts.SANS, "", 11, 5.5)  # fmt: skip
        detail = " · ".join(p for p in (person.jabatan, person.unit) if p)
        if detail:  # shrinks a little, then wraps: a long jabatan or OPD name stays readable
            fitted = fit_wrap(pdf, detail, inner, family=fonts.SANS, size=11, min_size=9)
            for line in fitted.lines:
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(pdf.text_width, fitted.size * 0.45, line, align="C")
                y += fitted.size * 0.45
        pdf.set_font(fonts.SERIF, "", 14)
        for line in body:
            y = _centred(pdf, y + (3 if line is body[0] else 0), line, fonts.SERIF, "", 14, 6.5)
        _sign(pdf, y + 4, event, signer, options)
        _qr(pdf, entry, qr)
    tick(options, total, total)
    return Rendered(pdf.finish(), pdf.page, total, shrunk)


def _centred(
    pdf: DocPDF, y: float, text: str, family: str, style: str, size: float, step: float
) -> float:
    pdf.set_font(family, style, size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(pdf.text_width, step, text, align="C")
    return y + step


def _frame(pdf: DocPDF) -> None:
    pdf.set_draw_color(90, 70, 20)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, pdf.w - 22, pdf.h - 22)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)


def _sign(pdf: DocPDF, y: float, event: DocEvent, signer: Signer | None, options: Options) -> None:
    width = 100.0
    x = pdf.w - pdf.r_margin - width - 5
    place = options.city or event.place
    date = format_date(event.date)
    header = [f"{place}, {date}" if place else date]
    header.append(f"{jabatan_upper(signer.jabatan)}," if signer and signer.jabatan else "")
    blocks.draw_signer(
        pdf, x, y, width, header, signer, certificate=True, gap=20, size=11.5, line=5.5
    )


def jabatan_upper(jabatan: str) -> str:
    """ "Pj. Bupati Contoh" → "Pj. BUPATI CONTOH" (the acting prefix keeps its spelling)."""
    head, _, rest = jabatan.partition(" ")
    if head.rstrip(".").casefold() in {"pj", "pjs", "plt", "plh", "a.n", "u.b"}:
        return f"{head} {rest.upper()}"
    return jabatan.upper()


def _qr(pdf: DocPDF, entry: CertificateEntry, qr: QrCache) -> None:
    x = pdf.l_margin + 8
    y = pdf.h - pdf.margins.bottom - QR_SIZE - 10
    pdf.image(qr.png(certificate_payload(entry.code)), x=x, y=y, w=QR_SIZE, h=QR_SIZE)
    pdf.set_font(fonts.SANS, "", 7.5)
    pdf.set_xy(x - 4, y + QR_SIZE + 0.5)
    pdf.cell(QR_SIZE + 8, 3.5, "Kode verifikasi", align="C")
    pdf.set_font(fonts.SANS, "B", 8.5)
    pdf.set_xy(x - 8, y + QR_SIZE + 4)
    pdf.cell(QR_SIZE + 16, 4, entry.code, align="C")
