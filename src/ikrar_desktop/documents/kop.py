"""Kop surat from the settings: emblem at left, centred lines, double rule; first page only."""

from __future__ import annotations

import io
from dataclasses import dataclass

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import Fitted, fit_wrap
from ikrar_desktop.documents.model import OPD, KopSpec
from ikrar_desktop.documents.page import DocPDF
from ikrar_desktop.errors import ValidationError

LOGO_HEIGHT = 25.0


@dataclass(frozen=True, slots=True)
class _Line:
    fitted: Fitted
    style: str
    height: float


def _aspect(logo: bytes) -> float:
    """Width / height of the emblem image; a broken image is the clerk's to replace."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(logo)) as img:
            width, height = img.size
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError(
            "Gambar logo di Pengaturan tidak dapat dibaca.",
            "Pilih ulang logo (PNG atau JPEG) di halaman Pengaturan.",
        ) from exc
    return width / height if height else 1.0


class KopPainter:
    """Lays the kop out once per document and draws it on any page cheaply."""

    def __init__(self, pdf: DocPDF, kop: KopSpec) -> None:
        self.kop = kop
        self.logo_width = 0.0
        if kop.logo:
            self.logo_width = LOGO_HEIGHT * _aspect(kop.logo)
        pad = self.logo_width + 3 if kop.logo else 0.0
        self.width = pdf.text_width - 2 * pad
        wanted: list[tuple[str, str, float, float]] = []
        instansi = (kop.instansi or "Pemerintah Kabupaten").upper()
        if kop.level == OPD and kop.unit_name:
            wanted.append((instansi, "B", 14, 10))
            wanted.append((kop.unit_name.upper(), "B", 17, 9.5))
        else:
            wanted.append((instansi, "B", 18, 12))
        wanted += [(line, "", 10, 7.5) for line in kop.address_lines]
        self.lines = []
        for t, s, z, m in wanted:
            fitted = fit_wrap(pdf, t, self.width, family=fonts.SANS, style=s, size=z, min_size=m)
            # a wrapped line is spaced for the size it is set at
            self.lines.append(
                _Line(fitted, s, (fitted.size * 0.45 if fitted.wrapped else z * 0.42))
            )
        text_height = sum(line.height * len(line.fitted.lines) for line in self.lines)
        self.height = max(LOGO_HEIGHT if kop.logo else 0.0, text_height)
        self.text_offset = (self.height - text_height) / 2

    def draw(self, pdf: DocPDF) -> float:
        """Draw at the top margin; returns the y below the double rule."""
        top = pdf.t_margin
        if self.kop.logo:
            pdf.image(self.kop.logo, x=pdf.l_margin, y=top, h=LOGO_HEIGHT)
        x = pdf.l_margin + (pdf.text_width - self.width) / 2
        y = top + self.text_offset
        for line in self.lines:
            pdf.set_font(fonts.SANS, line.style, line.fitted.size)
            for text in line.fitted.lines:
                pdf.set_xy(x, y)
                pdf.cell(self.width, line.height, text, align="C")
                y += line.height
        rule = top + self.height + 2.5
        x0, x1 = pdf.l_margin, pdf.w - pdf.r_margin
        pdf.set_line_width(0.8)
        pdf.line(x0, rule, x1, rule)
        pdf.set_line_width(0.25)
        pdf.line(x0, rule + 1.3, x1, rule + 1.3)
        pdf.set_line_width(0.2)
        return rule + 6
