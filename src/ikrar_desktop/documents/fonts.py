"""Bundled Liberation fonts (SIL OFL 1.1, metric-compatible with Arial/Times), not system fonts."""

from __future__ import annotations

import io
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

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


def font_dir() -> resources.abc.Traversable:
    return resources.files("ikrar_desktop").joinpath("assets", "fonts")


def register(pdf: FPDF) -> None:
    """Add the bundled families to ``pdf`` (embedded and subset on output)."""
    from fontTools import ttLib
    from fpdf.fonts import TTFFont

    with ExitStack() as stack:
        for (family, style), name in FILES.items():
            ref = font_dir().joinpath(name)
            path: Path = stack.enter_context(resources.as_file(ref))
            pdf.add_font(family, style, str(path))
            # fpdf2 keeps the file open (lazy fontTools reader) until the process ends; read
            # it from memory instead so no file handle outlives the document.
            font = pdf.fonts[f"{family.lower()}{style}"]
            assert isinstance(font, TTFFont)
            font.ttfont.close()
            font.ttfont = ttLib.TTFont(
                io.BytesIO(ref.read_bytes()), recalcTimestamp=False, lazy=True
            )
