"""A bordered table row of cells already fitted (shrunk, then wrapped) to their widths."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import Fitted
from ikrar_desktop.documents.page import DocPDF


def fitted_row(
    pdf: DocPDF,
    y: float,
    fitted: Sequence[Fitted],
    widths: Sequence[float],
    *,
    left: Sequence[int] = (),
    style: str = "",
    row: float,
    step: float,
    repeat: Callable[[], float] | None = None,
) -> float:
    """One bordered row of already fitted cells: one-line rows are ``row`` high, a row with a
    wrapped cell grows by ``step`` a line; each cell's lines are centred in it. ``repeat``
    starts a new page (returning its y) when the row would cross this page's foot."""
    lines = max(len(f.lines) for f in fitted)
    height = row if lines == 1 else lines * step + 2
    if repeat is not None and y + height > pdf.bottom - 2:
        y = repeat()
    x = pdf.l_margin
    for i, (f, width) in enumerate(zip(fitted, widths, strict=True)):
        pdf.rect(x, y, width, height)
        pdf.set_font(fonts.SANS, style, f.size)
        pitch = row if len(f.lines) == 1 else step
        top = y + (height - pitch * len(f.lines)) / 2
        for k, text in enumerate(f.lines):
            pdf.set_xy(x, top + k * pitch)
            pdf.cell(width, pitch, text, align="L" if i in left else "C")
        x += width
    return y + height
