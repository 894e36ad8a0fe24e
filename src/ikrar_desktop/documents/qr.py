"""QR codes encoded once per code and cached as PNG bytes, ready for ``FPDF.image``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF


class QrCache:
    """Encoding dominates certificate time, so each distinct payload is encoded only once."""

    def __init__(self) -> None:
        self._png: dict[str, bytes] = {}

    def png(self, data: str) -> bytes:
        found = self._png.get(data)
        if found is None:
            import segno

            buf = io.BytesIO()
            # border=1: the document leaves white space around the code as the quiet zone
            segno.make(data, error="m", micro=False).save(buf, kind="png", scale=4, border=1)
            found = self._png[data] = buf.getvalue()
        return found

    def __len__(self) -> int:
        return len(self._png)


def pakta_payload(event_id: int, employee_id: int) -> str:
    """What a pakta sheet's QR holds, to match a returned signed sheet to its person."""
    from ikrar_desktop.domain.paktacode import payload

    return payload(event_id, employee_id)


def certificate_payload(code: str) -> str:
    """What a certificate's QR holds: the verification code (typed the same way by hand)."""
    return f"IKRAR-SERT:{code}"


# --- QR for tags: segno's symbol with its mask chosen faster, drawn as an inline image -------
#
# segno scores the eight masks in pure Python (~1.3 ms of its ~1.5 ms per code). ``symbol``
# encodes once with mask 0 and scores all eight on bit-packed integers with the same
# ISO/IEC 18004 §7.8.3 rules and tie-break as segno (first lowest score), so it returns exactly
# segno's own symbol — the tests compare both on thousands of payloads.

_PAD = 4  # light modules around each packed line: "outside the symbol counts as light" (N3)
_BITS = bytes.maketrans(b"\x00\x01", b"01")
_FINDER = "1011101"


@dataclass(frozen=True, slots=True)
class _Layout:
    """Bit masks for one QR version; rows then columns are packed into one big integer, each
    line ``size`` bits with ``_PAD`` light bits between lines and at both ends."""

    size: int
    masks: tuple[int, ...]  # per mask pattern: its dark modules inside the data region
    keep: int  # 0 on format / version areas (left out while masks are scored, as segno does)
    cells: int  # 1 on every packed module (padding 0)
    rows: int  # 1 on the row half
    same_line: int  # bit k and k+1 in one line
    blocks: int  # 2×2 block with its top-left at bit k inside the row half


def _pack(lines: Sequence[str]) -> int:
    pad = "0" * _PAD
    return int(pad + pad.join(lines) + pad, 2)


def _lines(rows: Sequence[str]) -> list[str]:
    """The rows and then the columns of a matrix given as '0'/'1' strings."""
    return [*rows, *("".join(col) for col in zip(*rows, strict=True))]


@cache
def _layout(version: int) -> _Layout:
    from segno import encoder

    n = encoder.calc_matrix_size(version)
    function = encoder.make_matrix(n, n)
    encoder.add_finder_patterns(function, n, n)
    encoder.add_alignment_patterns(function, n, n)
    function[-8][8] = 0x1  # the dark module
    reserved = encoder.make_matrix(n, n, add_timing=False)
    timing = encoder.make_matrix(n, n, reserve_regions=False)
    fns = encoder.get_data_mask_functions(False)
    masks = tuple(
        _pack(_lines(["".join("1" if function[i][j] > 1 and fn(i, j) else "0" for j in range(n))
                      for i in range(n)]))
        for fn in fns
    )  # fmt: skip
    # format / version areas: reserved (0) but not the timing modules that cross them
    keep = _pack(_lines([
        "".join("0" if v == 0 and t == 2 else "1" for v, t in zip(r, tr, strict=True))
        for r, tr in zip(reserved, timing, strict=True)
    ]))  # fmt: skip
    cells = _pack(["1" * n] * (2 * n))
    rows = _pack(["1" * n] * n + ["0" * n] * n)
    s = n + _PAD
    return _Layout(n, masks, keep, cells, rows, cells & (cells >> 1),
                   rows & (rows >> 1) & (rows >> s) & (rows >> (s + 1)))  # fmt: skip


def _n3_exact(packed: int, total: int) -> int:
    """segno's own N3 scan (after a counted pattern it resumes 7 modules on, else 4), used when
    finder-like patterns overlap and counting bits could differ from it."""
    text = format(packed, f"0{total}b")
    count, idx = 0, text.find(_FINDER)
    while idx != -1:
        end = idx + 7
        if "1" not in text[idx - 4 : idx] or "1" not in text[end : end + 4]:
            count += 40
        else:
            end = idx + 4
        idx = text.find(_FINDER, end)
    return count


def _penalty(b: int, lay: _Layout, total: int) -> int:
    """N1 + N2 + N3 + N4 of one masked matrix (format areas left light)."""
    n, s = lay.size, lay.size + _PAD
    light = b ^ ((1 << total) - 1)  # padding counts as light
    # N1: a run of L ≥ 5 alike scores L - 2; ``same`` has a run of L - 1 ones for it
    same = ~(b ^ (b >> 1)) & lay.same_line
    four = same & (same >> 1) & (same >> 2) & (same >> 3)
    n1 = four.bit_count() + 2 * (four & ~(four << 1)).bit_count()
    # N2: 3 per 2×2 block of one colour
    vertical = ~(b ^ (b >> s))
    n2 = 3 * (vertical & (vertical >> 1) & same & lay.blocks).bit_count()
    # N3: 1:1:3:1:1 with four light modules on either side
    found = b & (light >> 1) & (b >> 2) & (b >> 3) & (b >> 4) & (light >> 5) & (b >> 6)
    if found & ((found >> 4) | (found >> 6)):
        n3 = _n3_exact(b, total)
    else:
        clear = light & (light >> 1) & (light >> 2) & (light >> 3)
        n3 = 40 * (found & ((clear >> 7) | (clear << 4))).bit_count()
    # N4: 10 per 5 % the dark share is away from 50 %
    percent = float((b & lay.rows).bit_count()) / (n**2)
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


@cache
def _fixed(version: int, error: int, mask: int) -> int:
    """Format (and, from version 7, version) information, placed by segno, packed."""
    from segno import encoder

    n = encoder.calc_matrix_size(version)
    matrix = tuple(bytearray(n) for _ in range(n))
    encoder.add_format_info(matrix, version, error, mask)
    encoder.add_version_info(matrix, version)
    return _pack(_lines([bytes(r).translate(_BITS).decode() for r in matrix]))


@dataclass(frozen=True, slots=True)
class Symbol:
    """A QR symbol: ``size`` modules a side, its rows as '0'/'1', and the same modules as a PDF
    inline image (one pixel per module, one light module of border), built once per code."""

    size: int
    mask: int
    rows: tuple[str, ...]
    image: str


@cache
def _placement(version: int) -> tuple[bytes, tuple[int, ...]]:
    """The unmasked symbol without data ('0'/'1' bytes, row by row, format areas light) and
    where each bit of the final message goes in it, found with segno's own placement."""
    from segno import encoder

    n = encoder.calc_matrix_size(version)
    function = encoder.make_matrix(n, n)
    encoder.add_finder_patterns(function, n, n)
    encoder.add_alignment_patterns(function, n, n)
    free = [(i, j) for i in range(n) for j in range(n) if function[i][j] == 0x2]
    marked: tuple[list[int], ...] = tuple(list(row) for row in function)
    encoder.add_codewords(marked, [1000 + k for k in range(len(free))], version)
    where = {marked[i][j] - 1000: i * n + j for i, j in free}
    template = bytes(0 if v == 0x2 else v for row in function for v in row).translate(_BITS)
    return template, tuple(where[k] for k in range(len(free)))


def _message(data: str) -> tuple[int, int, list[int]]:
    """(version, error level, bits of the final message) exactly as ``segno.make(data,
    error="m", micro=False)`` computes them (``segno.encoder.encode`` and ``_encode`` up to the
    placement; the test against segno guards this)."""
    from segno import consts, encoder

    error = encoder.normalize_errorlevel("m", accept_none=True)
    segments = encoder.prepare_data(data, None, None)
    version = encoder.find_version(segments, error, eci=False, micro=False)
    error = encoder.boost_error_level(version, error, segments, False, is_sa=False)
    buff = encoder.Buffer()
    ver_range = encoder.version_range(version)
    for segment in segments:
        encoder.write_segment(buff, segment, None, ver_range, False)
    capacity: int = consts.SYMBOL_CAPACITY[version][error]  # type: ignore[index]  # segno: rows typed object
    encoder.write_terminator(buff, capacity, None, len(buff))
    encoder.write_padding_bits(buff, version, len(buff))
    encoder.write_pad_codewords(buff, version, capacity, len(buff))
    final = encoder.make_final_message(version, error, buff)
    return version, error, final.getbits()


def symbol(data: str) -> Symbol:
    """segno's symbol for ``data`` (error level M, boosted where it fits, as ``segno.make``)."""
    version, error, bits = _message(data)
    lay = _layout(version)
    n, s = lay.size, lay.size + _PAD
    total = 2 * n * s + _PAD
    template, where = _placement(version)
    cells = bytearray(template)
    for at, bit in zip(where, bits, strict=True):
        if bit:
            cells[at] = 0x31  # "1"
    flat = cells.decode()
    rows = [flat[i * n : i * n + n] for i in range(n)]
    base = _pack(_lines(rows)) & lay.keep
    best = min(range(8), key=lambda m: _penalty(base ^ lay.masks[m], lay, total))
    text = format(base ^ lay.masks[best] | _fixed(version, error, best), f"0{total}b")
    final = tuple(text[_PAD + i * s : _PAD + i * s + n] for i in range(n))
    return Symbol(n, best, final, inline_image(final))


def inline_image(rows: Sequence[str]) -> str:
    """``BI … EI``: a 1-bit image, dark = 1, one pixel per module and a light border of one.

    Drawn the way the former PNG was (viewers scale a tiny image without smoothing, so the
    modules keep hard edges), without a PNG to write and fpdf2 to parse (~2 ms a code). Modules
    drawn as vector rectangles read better at 60–100 dpi but zbar missed whole-page symbols at
    some pixel phases (anti-aliased edges; e.g. one card slot of four at 200 dpi)."""
    width = len(rows) + 2
    pad = "0" * (-width % 8)
    light = "0" * width
    lines = [light, *("0" + row + "0" for row in rows), light]
    data = "".join(int(line + pad, 2).to_bytes((width + 7) // 8, "big").hex() for line in lines)
    return f"BI /W {width} /H {width} /BPC 1 /CS /G /D [1 0] /F /AHx ID {data}> EI"


def draw(pdf: FPDF, symbol: Symbol, x: float, y: float, size: float) -> None:
    """``symbol`` in a ``size`` mm square at (x, y) mm, its light border inside ``size``."""
    k = pdf.k
    side = size * k
    pdf._out(f"q {side:.2f} 0 0 {side:.2f} {x * k:.2f} {(pdf.h - y - size) * k:.2f} cm "
             f"{symbol.image} Q")  # fmt: skip
