"""Bundled Liberation fonts (SIL OFL 1.1, metric-compatible with Arial/Times), parsed once."""

from __future__ import annotations

import copy
import io
import threading
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from fpdf.enums import TextEmphasis

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

SANS = "LiberationSans"
SERIF = "LiberationSerif"
FILES: dict[tuple[str, str], str] = {
    (SANS, ""): "LiberationSans-Regular.ttf",
    (SANS, "B"): "LiberationSans-Bold.ttf",
    (SANS, "I"): "LiberationSans-Italic.ttf",
    (SERIF, ""): "LiberationSerif-Regular.ttf",
    (SERIF, "B"): "LiberationSerif-Bold.ttf",
    (SERIF, "I"): "LiberationSerif-Italic.ttf",
}
KEYS = {f"{family.lower()}{style}": (family, style) for family, style in FILES}  # fpdf2's keys


@dataclass(frozen=True, slots=True)
class _Parsed:
    """One font file as fpdf2 measured it: metrics shared by every document, and its bytes."""

    path: Path
    stamp: tuple[int, int]  # mtime_ns, size: a changed file is parsed again
    data: bytes
    metrics: TTFFont  # never written to a PDF: each document gets its own copy


# fpdf2's subsetter drops the OpenType layout tables (and so a legacy 'kern' beside GPOS), but
# only after decompiling all three: a third of the output time of a small document. Dropping them
# first gives the same embedded subset (test_fonts_reuse compares the bytes).
LAYOUT = ("GDEF", "GSUB", "GPOS")

_parsed: dict[str, _Parsed] = {}
_lock = threading.Lock()


def font_dir() -> resources.abc.Traversable:
    return resources.files("ikrar_desktop").joinpath("assets", "fonts")


def register(pdf: FPDF) -> None:
    """Add all the bundled faces to a plain ``FPDF`` (embedded and subset on output); a
    ``DocPDF`` adds each face when it is first used instead (see ``add``).

    Parsing six TTF files cost ±0.05–0.1 s a document (one PDF per OPD paid it 150 times), so
    each file is parsed once a process; a document gets fresh copies of whatever the output
    changes: the subset map, the width table, the font descriptor and the fontTools font that
    fpdf2 subsets in place (read lazily from the cached bytes: no file handle stays open)."""
    for family, style in FILES:
        add(pdf, family, style)


def add(pdf: FPDF, family: str, style: str | TextEmphasis) -> None:
    """Add the bundled face that ``pdf.set_font(family, style)`` is about to select, unless the
    document has it already (other families are left to fpdf2)."""
    letters = style.style if isinstance(style, TextEmphasis) else style
    key = family.lower() + "".join(c for c in sorted(letters.upper()) if c in "BI")
    if key in KEYS and key not in pdf.fonts:
        family, style = KEYS[key]
        pdf.fonts[key] = _for_document(_parse(FILES[family, style], key, style), len(pdf.fonts) + 1)


def release(font: TTFFont) -> None:
    """Untie a written document's font (subset map ↔ font, fontTools font ↔ its tables), so
    reference counting frees it at once instead of a full garbage collection later."""
    font.ttfont.close()
    font.ttfont.tables.clear()  # a lazy cmap table points back at its TTFont
    font.subset.font = None  # type: ignore[assignment]


def _parse(name: str, key: str, style: str) -> _Parsed:
    with resources.as_file(font_dir().joinpath(name)) as path:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        with _lock:
            known = _parsed.get(name)
            if known is None or known.path != path or known.stamp != stamp:
                known = _parsed[name] = _read(path, stamp, key, style)
            return known


def _read(path: Path, stamp: tuple[int, int], key: str, style: str) -> _Parsed:
    from fpdf.fonts import TTFFont

    data = path.read_bytes()
    host: Any = SimpleNamespace(fonts={}, render_color_fonts=False)  # no colour glyphs here
    metrics = TTFFont(host, io.BytesIO(data), key, style)  # type: ignore[arg-type]
    metrics.ttffile = path  # text shaping (HarfBuzz) would read the file itself
    release(metrics)
    return _Parsed(path, stamp, data, metrics)


def _for_document(parsed: _Parsed, index: int) -> TTFFont:
    from fpdf.fonts import SubsetMap, TTFFont

    shared = parsed.metrics
    font = TTFFont.__new__(TTFFont)
    for slot in TTFFont.__slots__:
        if hasattr(shared, slot):
            setattr(font, slot, getattr(shared, slot))
    font.i = index
    font.cw = defaultdict(shared.cw.default_factory, shared.cw)  # type: ignore[attr-defined]  # lookups add missing chars
    font.desc = copy.copy(shared.desc)  # the output names it and links the embedded file
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.color_font = None
    font.ttfont = _fresh(parsed.data)
    font.subset = SubsetMap(font)
    return font


def _fresh(data: bytes) -> TTFont:
    from fontTools import ttLib

    font = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True)
    if "GPOS" in font and "kern" in font:
        del font["kern"]
    for tag in LAYOUT:
        if tag in font:
            del font[tag]
    return font
