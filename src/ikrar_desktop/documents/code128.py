"""Code 128 (ISO/IEC 15417) drawn as PDF rectangles: set C for digit pairs, set B otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

# Bar/space widths in modules for the symbol values 0–106 (106 = stop with its final bar).
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 "
    "112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
    "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 "
    "112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 "
    "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 "
    "122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 "
    "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
PATTERNS = _TABLE.split()
CODE_C = 99
START_B = 104
START_C = 105
STOP = 106
QUIET = 10  # modules of white on each side (the standard's minimum)


def values(data: str) -> list[int]:
    """Symbol values with start, check and stop; digits go two to a symbol in set C (an odd
    leading digit in set B first), anything else printable ASCII in set B."""
    if not data:
        raise ValueError("kode kosong")
    if data.isdigit() and data.isascii() and len(data) >= 4:
        head = len(data) % 2
        codes = [START_B, ord(data[0]) - 32, CODE_C] if head else [START_C]
        codes += [int(data[i : i + 2]) for i in range(head, len(data), 2)]
    else:
        if any(not 32 <= ord(ch) <= 126 for ch in data):
            raise ValueError(f"karakter di luar Code 128 set B: {data!r}")
        codes = [START_B] + [ord(ch) - 32 for ch in data]
    check = (codes[0] + sum(i * v for i, v in enumerate(codes[1:], 1))) % 103
    return [*codes, check, STOP]


def bars(data: str) -> list[tuple[int, int]]:
    """(start, width) of each dark bar in modules, counted from the left of the symbol."""
    out: list[tuple[int, int]] = []
    x = 0
    for value in values(data):
        for i, w in enumerate(PATTERNS[value]):
            width = int(w)
            if i % 2 == 0:
                out.append((x, width))
            x += width
    return out


def modules(data: str, *, quiet: bool = True) -> int:
    """Total width in modules (with both quiet zones unless ``quiet`` is False)."""
    start, width = bars(data)[-1]
    return start + width + (2 * QUIET if quiet else 0)


def draw(
    pdf: FPDF, x: float, y: float, code: list[tuple[int, int]], *, module: float, height: float
) -> None:
    """Bars of an encoded symbol; ``x`` is the left edge of the quiet zone (kept white)."""
    left = x + QUIET * module
    for start, width in code:
        pdf.rect(left + start * module, y, width * module, height, style="F")


def path(code: list[tuple[int, int]]) -> str:
    """The bars as ``re`` operators in module units, one module high, built once per code and
    scaled by ``fill``."""
    return " ".join(f"{start} 0 {width} 1 re" for start, width in code)


def fill(pdf: FPDF, bars_path: str, x: float, y: float, *, module: float, height: float) -> None:
    """Bars from ``path`` with their first bar at ``x`` (mm), as one filled path."""
    k = pdf.k
    pdf._out(f"q 0 g {module * k:.4f} 0 0 {-height * k:.4f} {x * k:.2f} {(pdf.h - y) * k:.2f} cm "
             f"{bars_path} f Q")  # fmt: skip
