"""Helpers the document tests share: text of a PDF, a long name, a logo (a module of its own:
``conftest`` is a name every test folder has)."""

from __future__ import annotations

import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONG = "Dr. dr. Hj. Raden Ajeng Siti Nurhalimah Kusumawardhani Prawiranegara, Sp.PD-KGEH, M.Kes."


def flat(text: str) -> str:
    """Extracted text with every run of white space made one space."""
    return re.sub(r"\s+", " ", text)


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def logo() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (60, 72), 0).save(buf, "PNG")
    return buf.getvalue()
