"""Text that always fits its box: shrink a little to a minimum size, then wrap; say what shrank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ikrar_desktop.documents.page import DocPDF


@dataclass(frozen=True, slots=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    shrunk: bool  # smaller than the wanted size, or wrapped

    @property
    def wrapped(self) -> bool:
        return len(self.lines) > 1


def fit_text(
    pdf: DocPDF,
    text: str,
    width: float,
    *,
    family: str,
    style: str = "",
    size: float,
    min_size: float,
    max_lines: int = 2,
    floor: float = 4.0,
) -> Fitted:
    """The largest size ≤ ``size`` at which ``text`` fits ``width`` on one line; below
    ``min_size`` the text wraps at ``min_size`` (and shrinks further only to stay within
    ``max_lines``, never below ``floor``). Leaves the font set to the result."""
    pdf.set_font(family, style, size)
    needed = pdf.get_string_width(text)
    if needed <= width:
        return Fitted((text,), size, False)
    # width grows linearly with the size, so one measurement gives the fitting size
    fitting = int(size * width / needed * 4) / 4
    if fitting >= min_size:
        pdf.set_font(family, style, fitting)
        return Fitted((text,), fitting, True)
    current = min_size
    while True:
        pdf.set_font(family, style, current)
        lines = wrap(pdf, text, width)
        if len(lines) <= max_lines or current - 0.5 < floor:
            return Fitted(tuple(lines), current, True)
        current -= 0.5


MIN_TEXT = 7.0  # nothing is set smaller (documents.md: minimum sizes)
MIN_NAME = 8.0  # a person's name never smaller


def fit_wrap(
    pdf: DocPDF,
    text: str,
    width: float,
    *,
    family: str,
    style: str = "",
    size: float,
    min_size: float,
) -> Fitted:
    """``fit_text`` without a line limit: one line down to ``min_size``, else as many lines at
    ``min_size`` as the text needs (the caller's row or block grows) — never smaller."""
    return fit_text(pdf, text, width, family=family, style=style, size=size,
                    min_size=min_size, max_lines=1_000, floor=min_size)  # fmt: skip


def wrap(pdf: DocPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap with the current font; a word wider than the box is cut (after a
    hyphen or slash when it has one)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if pdf.get_string_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while pdf.get_string_width(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and pdf.get_string_width(word[:cut]) > width:
                cut -= 1
            # break after a hyphen or slash when one is in reach ("NET-2024-" / "0001")
            soft = max(word.rfind("-", 0, cut), word.rfind("/", 0, cut)) + 1
            cut = soft if soft > 1 else cut
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines
