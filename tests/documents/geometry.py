"""Reading a printed PDF back as words with boxes and sizes (pdfplumber), and the checks of the
document geometry promise: no overprint, no tiny type, no lonely signature block, in bounds."""

from __future__ import annotations

import ctypes
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ikrar_desktop.documents import case_register, case_sheet, daftar_hadir, rekap

MM = 72 / 25.4  # points per mm
FOOTER = 15.0  # mm: below this distance from the bottom edge lies the page footer
EDGE = 8.0  # mm: nothing is printed closer to the paper edge (documents.md)
OVERLAP = 0.4  # pt: boxes may touch by this much (rounding, kerning at a cell edge)
MIN_TEXT = 7.0
MIN_NAME = 8.0
# The first line of a signature block (what it is called on each document); the date line
# and the audit fingerprint line right above it belong to the block too.
SIGN_HEADERS = ("Mengetahui,", "Petugas Pencatat,", "Yang membuat pernyataan,",
                "Pimpinan Kegiatan,", "Saksi-saksi:")  # fmt: skip
TRAILERS = ("Sidik jari audit",)
MONTHS = ("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
          "Desember")  # fmt: skip
DATE_LINE = re.compile(rf"\d{{1,2}} ({MONTHS}) \d{{4}}$")
# words of table headers: a header repeated atop a page is not content of that page
HEADER_WORDS = frozenset(
    w for label in (*daftar_hadir.COLUMNS, *rekap.COLUMNS, *rekap.LIST_COLUMNS,
                    *case_register.COLUMNS, *case_sheet.STEP_COLUMNS, *case_sheet.EVIDENCE_COLUMNS)
    for w in label.split()
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str

    def __str__(self) -> str:
        return f"{self.text!r} {self.size:.1f}pt at ({self.x0:.1f}, {self.top:.1f})"


@dataclass(slots=True)
class Page:
    document: str  # "daftar-hadir A4" — for messages
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    footer: bool = True  # numbered pages carry a footer in the bottom margin
    graphics: tuple[tuple[float, float, float, float], ...] = ()  # images, bars (x0, top, x1, y1)

    @property
    def name(self) -> str:
        return f"{self.document}, halaman {self.number}"

    def lines(self, words: Iterable[Word] | None = None) -> list[list[Word]]:
        """Words grouped into lines by their top (1.5 pt apart at most), left to right."""
        out: list[list[Word]] = []
        for word in sorted(self.words if words is None else words, key=lambda w: (w.top, w.x0)):
            if out and abs(out[-1][0].top - word.top) <= 1.5:
                out[-1].append(word)
            else:
                out.append([word])
        return [sorted(line, key=lambda w: w.x0) for line in out]

    def body(self) -> list[Word]:
        """Words above the footer (all words where the page has none)."""
        limit = self.height - FOOTER * MM
        return [w for w in self.words if not self.footer or w.top < limit]


def read(data: bytes, document: str, *, footer: bool = True) -> list[Page]:
    """Every page's words with their boxes (font ascent to descent, top-left origin, points)
    and sizes. pdfium's text layer is read in C, ~40x faster than pdfplumber (pdfminer) — the
    suite stays quick; ``read_plumber`` gives the same words and the tests check they agree."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pages: list[Page] = []
    doc = pdfium.PdfDocument(data)
    font = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    try:
        for number, page in enumerate(doc, 1):
            width, height = page.get_size()
            text = page.get_textpage()
            words: list[Word] = []
            current: list[Char] = []
            for i in range(text.count_chars()):
                char = chr(raw.FPDFText_GetUnicode(text, i))
                if raw.FPDFText_IsGenerated(text, i) or char.isspace():
                    _flush(current, words)
                    continue
                left, bottom, right, top = text.get_charbox(i, loose=True)
                size = round(raw.FPDFText_GetFontSize(text, i), 2)
                raw.FPDFText_GetFontInfo(text, i, font, 96, ctypes.byref(flags))
                name = font.value.decode("latin-1")
                if current and (
                    abs(current[-1][3] - (height - top)) > 0.5
                    or left - current[-1][2] > 0.3 * size
                    or current[-1][5] != size
                    or current[-1][6] != name
                ):
                    _flush(current, words)  # fmt: skip
                current.append((char, left, right, height - top, height - bottom, size, name))
            _flush(current, words)
            text.close()
            shapes = tuple(_graphics(page, height))
            page.close()
            pages.append(Page(document, number, width, height, words, footer, shapes))
    finally:
        doc.close()
    return pages


Char = tuple[str, float, float, float, float, float, str]


def _graphics(page: object, height: float) -> list[tuple[float, float, float, float]]:
    """Images (QR codes, emblems) and solid black shapes (Code 128 bars) of a page; thin ones
    (underlines, rules) and outlines (cell borders, cut marks) are left out."""
    import pypdfium2.raw as raw

    kinds = [raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH]
    out = []
    for obj in page.get_objects(filter=kinds):  # type: ignore[attr-defined]
        left, bottom, right, top = obj.get_bounds()
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
            rgba = [ctypes.c_uint() for _ in range(4)]
            raw.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in rgba))
            black = all(c.value == 0 for c in rgba[:3])
            if not fill.value or stroke.value or not black or min(right - left, top - bottom) < 2:
                continue
        out.append((left, height - top, right, height - bottom))
    return out


def _flush(chars: list[Char], out: list[Word]) -> None:
    if chars:
        out.append(Word("".join(c[0] for c in chars), chars[0][1], chars[-1][2],
                        min(c[3] for c in chars), max(c[4] for c in chars), chars[0][5],
                        chars[0][6]))  # fmt: skip
        chars.clear()


def read_plumber(data: bytes) -> list[list[Word]]:
    """The words of every page as pdfplumber sees them (box height = font size)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [
            [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], w["fontname"])
             for w in page.extract_words(extra_attrs=["size", "fontname"])]
            for page in pdf.pages
        ]  # fmt: skip


def overlaps(page: Page, tolerance: float = OVERLAP) -> list[str]:
    """Pairs of words whose boxes intersect by more than ``tolerance`` both ways."""
    words = sorted(page.words, key=lambda w: w.top)
    found: list[str] = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if b.top >= a.bottom - tolerance:
                break
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.bottom, b.bottom) - max(a.top, b.top)
            if dx > tolerance and dy > tolerance:
                found.append(f"{page.name}: {a} overprints {b}")
    return found


def covered(page: Page, tolerance: float = OVERLAP) -> list[str]:
    """Words printed over an image or the bars of a code (a QR is not a word, but text on it
    is overprint all the same)."""
    found = []
    for w in page.words:
        for x0, top, x1, bottom in page.graphics:
            if (min(w.x1, x1) - max(w.x0, x0) > tolerance
                    and min(w.bottom, bottom) - max(w.top, top) > tolerance):  # fmt: skip
                found.append(f"{page.name}: {w} is printed over an image or code")
                break
    return found


def small_type(page: Page, names: Sequence[str] = ()) -> list[str]:
    """Words above the footer set under 7 pt, and words of a person's name under 8 pt."""
    tokens = {t for n in names for t in _tokens(n)}
    bad = []
    for w in page.body():
        floor = MIN_NAME if _bare(w.text) in tokens else MIN_TEXT
        if w.size < floor - 0.05:
            bad.append(f"{page.name}: {w} is under {floor:g} pt")
    return bad


def _bare(text: str) -> str:
    return text.strip(".,;:()").casefold()


def _tokens(name: str) -> set[str]:
    """The distinctive words of a name (gelar and short words are shared with other text)."""
    return {_bare(t) for t in name.split() if len(_bare(t)) >= 6 and "." not in t}


def out_of_bounds(page: Page, edge: float = EDGE) -> list[str]:
    margin = edge * MM - 0.5
    return [
        f"{page.name}: {w} is closer than {edge:g} mm to the paper edge"
        for w in page.words
        if w.x0 < margin or w.top < margin or w.x1 > page.width - margin
        or w.bottom > page.height - margin
    ]  # fmt: skip


def _block_top(page: Page) -> float | None:
    """Where the page's signature block begins (its date or fingerprint line), if it has one."""
    lines = page.lines(page.body())
    for i, line in enumerate(lines):
        text = " ".join(w.text for w in line)
        if any(h in text for h in SIGN_HEADERS):
            top = i
            while top > 0:
                above = " ".join(w.text for w in lines[top - 1])
                if DATE_LINE.search(above) or any(above.startswith(t) for t in TRAILERS):
                    top -= 1
                else:
                    break
            return min(w.top for w in lines[top]) - 0.5
    return None


def signature_blocks(page: Page) -> list[str]:
    """The text of each signature block on the page, left column first (the acknowledger's
    block, then the signer's): for checks of who signs what."""
    top = _block_top(page)
    if top is None:
        return []
    words = [w for w in page.body() if w.top >= top]
    middle = page.width / 2 - 5
    columns = [[w for w in words if w.x0 < middle], [w for w in words if w.x0 >= middle]]
    return [" ".join(" ".join(w.text for w in line) for line in page.lines(col))
            for col in columns if col]  # fmt: skip


def content(page: Page) -> list[Word]:
    """Words that are neither the signature block, the footer, a "(lanjutan)" line nor a table
    header: what a signature must share its page with."""
    top = _block_top(page)
    words = [w for w in page.body() if top is None or w.top < top]
    lines = page.lines(words)
    skip: set[int] = set()
    for line in lines:
        if any("(lanjutan)" in w.text for w in line):
            skip |= {id(w) for w in line}
    kept = [w for w in words if id(w) not in skip and not _continued(w)]
    return [] if all(w.text in HEADER_WORDS for w in kept) else kept


def _continued(word: Word) -> bool:
    return "Italic" in word.font and word.size <= 8.05 and word.top < 30 * MM


def lonely_signature(page: Page) -> list[str]:
    if _block_top(page) is None or content(page):
        return []
    return [f"{page.name}: only a signature block on this page: {signature_blocks(page)}"]


def problems(pages: Sequence[Page], names: Sequence[str] = (), *, edge: float = EDGE) -> list[str]:
    """Every broken promise on these pages (empty when the document is fit to sign): words
    over words or over codes and images, type too small, text too near the edge, lonely
    signature blocks."""
    found: list[str] = []
    for page in pages:
        found += overlaps(page) + covered(page) + small_type(page, names)
        found += out_of_bounds(page, edge)
        found += lonely_signature(page)
    return found
