"""PDF scans kept with an event, checked and fitted to the paper, then bound into a report."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.documents.page import paper_size

MAX_PAGES = 200  # a scan longer than this is listed and enclosed apart, not bound in
MAX_BYTES = 50 * 1024 * 1024
MM = 72 / 25.4  # PDF points per millimetre


@dataclass(frozen=True, slots=True)
class Scan:
    """A PDF that can be bound in (``data``: its pages fitted to the paper), or why not."""

    data: bytes = b""
    pages: int = 0
    problem: str = ""  # "tidak dapat dimuat: …" / "tidak dimuat: …"


def _fit(width: float, height: float, paper: tuple[float, float]) -> float:
    """Scale factor (at most 1) that brings a page within the paper, upright or turned."""
    short, long_ = (min(paper) * MM, max(paper) * MM)
    upright = min(short / width, long_ / height)
    turned = min(long_ / width, short / height)
    return min(1.0, max(upright, turned))


def prepare(data: bytes, paper: str) -> Scan:
    """Read a PDF with pypdf and write its pages again, a page larger than the paper scaled
    down (aspect kept; a landscape page may stay landscape); a damaged, encrypted or huge
    file comes back with the reason instead."""
    from pypdf import PdfReader, PdfWriter

    if len(data) > MAX_BYTES:
        return Scan(problem=f"tidak dimuat: berkas {len(data) / 1024 / 1024:.0f} MB melebihi "
                            f"batas {MAX_BYTES // 1024 // 1024} MB")  # fmt: skip
    size = paper_size(paper)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return Scan(problem="tidak dapat dimuat: berkas PDF terkunci (terenkripsi)")
        count = len(reader.pages)
        if not count:
            return Scan(problem="tidak dapat dimuat: berkas PDF tidak berisi halaman")
        if count > MAX_PAGES:
            return Scan(problem=f"tidak dimuat: {count} halaman melebihi batas {MAX_PAGES} "
                                "halaman")  # fmt: skip
        writer = PdfWriter()
        for source in reader.pages:
            page = writer.add_page(source)
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            if (page.rotation or 0) % 180:
                width, height = height, width
            if width <= 0 or height <= 0:
                raise ValueError("ukuran halaman tidak sah")
            factor = _fit(width, height, size)
            if factor < 0.999:
                page.scale_by(factor)
        buf = io.BytesIO()
        writer.write(buf)
    except Exception as exc:  # any parse error of an untrusted file: listed, never fatal
        why = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
        return Scan(problem=f"tidak dapat dimuat: berkas PDF rusak atau tidak terbaca ({why})")
    return Scan(buf.getvalue(), count)


def bind(report: bytes, inserts: Sequence[tuple[int, bytes]]) -> tuple[bytes, int]:
    """The report with each prepared scan's pages placed after its page (0-based index of
    the divider page); returns the PDF and its page count."""
    from pypdf import PdfReader, PdfWriter

    if not inserts:
        return report, len(PdfReader(io.BytesIO(report)).pages)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report)))
    for after, scan in sorted(inserts, key=lambda item: item[0], reverse=True):
        for offset, page in enumerate(PdfReader(io.BytesIO(scan)).pages, 1):
            writer.insert_page(page, after + offset)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue(), len(writer.pages)
