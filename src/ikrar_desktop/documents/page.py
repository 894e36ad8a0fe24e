"""Paper sizes, printable margins and the PDF class with per-section "Halaman X dari Y"."""

from __future__ import annotations

from dataclasses import dataclass
from os import PathLike
from typing import BinaryIO, Literal, overload

from fpdf import FPDF
from fpdf.enums import TextEmphasis
from fpdf.fonts import TTFFont
from fpdf.output import OutputProducer

from ikrar_desktop.documents import fonts
from ikrar_desktop.errors import ValidationError

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
PT = 0.3528  # mm per point


@dataclass(frozen=True, slots=True)
class Margins:
    """Naskah dinas margins; every side stays well inside what office printers can print."""

    left: float = 25.0
    top: float = 15.0
    right: float = 20.0
    bottom: float = 15.0


PORTRAIT = Margins()
TABLE = Margins(left=15.0, top=12.0, right=12.0, bottom=15.0)
LANDSCAPE = Margins(left=15.0, top=12.0, right=15.0, bottom=12.0)


def paper_size(paper: str) -> tuple[float, float]:
    key = paper.strip().upper()
    if key not in PAPERS:
        raise ValidationError(f"Ukuran kertas '{paper}' tidak dikenal (A4 atau F4).", field="paper")
    return PAPERS[key]


def new_pdf(paper: str, *, landscape: bool = False, margins: Margins = PORTRAIT) -> DocPDF:
    return DocPDF(paper, landscape=landscape, margins=margins)


class Untying(OutputProducer):
    """fpdf2's producer, which afterwards unties the reference cycles a written document holds.

    Each page points at the page tree that lists it, the cross-reference table at this
    producer, each font's subset map at its font: left so, a 3,000-page document (pages,
    streams, images, parsed fonts: ±100,000 objects) is freed only by a full garbage
    collection, which holds the GIL — the GUI froze for 136–374 ms at the end of a print.
    Untied, reference counting frees it as soon as the document is dropped, and no collection
    has to scan it."""

    def bufferize(self) -> bytearray:
        try:
            return super().bufferize()
        finally:
            for page in self.fpdf.pages.values():
                page.parent = None
            self.pdf_objs.clear()
            for font in self.fpdf.fonts.values():
                if isinstance(font, TTFFont):
                    fonts.release(font)


class DocPDF(FPDF):
    """A4/F4 page with bundled fonts, no automatic page breaks, and section page numbers."""

    def __init__(self, paper: str, *, landscape: bool, margins: Margins) -> None:
        width, height = paper_size(paper)
        super().__init__(orientation="L" if landscape else "P", unit="mm", format=(width, height))
        self.paper = paper.upper()
        self.margins = margins
        self.set_margins(margins.left, margins.top, margins.right)
        self.set_auto_page_break(False)
        self.c_margin = 1.0
        self.set_creator("Ikrar Desktop")
        self.set_lang("id")
        self.parts: list[tuple[int, bool, str]] = []  # (first page, numbered, label)

    def set_font(
        self, family: str | None = None, style: str | TextEmphasis = "", size: float = 0
    ) -> None:
        """fpdf2's ``set_font``; a bundled face joins the document when first used, so a PDF
        subsets and embeds only the faces it shows (a pakta: two of the six)."""
        fonts.add(self, family or self.font_family, style)
        super().set_font(family, style, size)

    @property
    def text_width(self) -> float:
        return float(self.w - self.l_margin - self.r_margin)

    @property
    def bottom(self) -> float:
        return float(self.h - self.margins.bottom)

    def begin_part(self, *, numbered: bool, label: str = "") -> None:
        """Begin a part numbered on its own (one OPD's daftar hadir, an annex)."""
        self.parts.append((self.page + 1, numbered, label))

    def finish(self) -> bytes:
        """Write the page footers (totals are known only now) and return the PDF."""
        last = self.page
        bounds = [s[0] for s in self.parts[1:]] + [last + 1]
        for (first, numbered, label), end in zip(self.parts, bounds, strict=True):
            if not numbered:
                continue
            for page in range(first, end):
                self.page = page
                self._footer_text(page - first + 1, end - first, label)
        self.page = last
        return bytes(self.output())

    @overload  # fpdf2's two forms: bytes back, or written to ``name``
    def output(  # type: ignore[overload-overlap]
        self,
        name: Literal[""] | None = "",
        *,
        linearize: bool = False,
        output_producer_class: type[OutputProducer] = ...,
    ) -> bytearray: ...
    @overload
    def output(
        self,
        name: str | PathLike[str] | BinaryIO,
        *,
        linearize: bool = False,
        output_producer_class: type[OutputProducer] = ...,
    ) -> None: ...
    def output(
        self,
        name: str | PathLike[str] | BinaryIO | None = "",
        *,
        linearize: bool = False,
        output_producer_class: type[OutputProducer] = Untying,
    ) -> bytearray | None:
        """fpdf2's output with the written document's reference cycles untied afterwards."""
        return super().output(
            name, linearize=linearize, output_producer_class=output_producer_class
        )

    def _footer_text(self, number: int, total: int, label: str) -> None:
        # Back on an earlier page the PDF's font state is whatever that page last used, while
        # fpdf2 remembers the last page's; switching twice forces a real font operator.
        self.set_font(fonts.SERIF, "", 8)
        self.set_font(fonts.SANS, "", 8)
        y = self.h - max(self.margins.bottom - 3, 11.8)  # its text ends 8 mm above the edge
        if label:
            room = self.text_width * 0.7
            words = label.split()
            while len(words) > 1 and self.get_string_width(" ".join(words)) > room:
                words.pop()
            self.set_xy(self.l_margin, y)
            self.cell(room, 4, " ".join(words) + ("" if len(words) == len(label.split()) else " …"))
        self.set_xy(self.l_margin, y)
        self.cell(self.text_width, 4, f"Halaman {number} dari {total}", align="R")
