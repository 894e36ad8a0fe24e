"""Name tags (kartu peserta): 1, 4 or 8 per A4, or a label sheet described in a JSON file."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.fit import MIN_NAME, MIN_TEXT, Fitted, fit_wrap
from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, Options, Rendered, tick
from ikrar_desktop.documents.page import PAPERS
from ikrar_desktop.documents.sheet import (
    QR_MIN,
    CodeCache,
    Grid,
    SheetPDF,
    cut_marks,
    draw_barcode,
    draw_qr,
)
from ikrar_desktop.errors import ValidationError

LAYOUTS = ("1", "4", "8")
MIN_W, MIN_H = 60.0, 30.0
SHRUNK = 0.7  # a name set below this share of the card's size is reported
NAME_STEP = 0.45  # mm of line per pt of a name on one or two lines
_FIELDS = {"nama", "kertas", "baris", "kolom", "margin", "jarak", "garis_potong"}
_SIDES = ("atas", "bawah", "kiri", "kanan")


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    grid: Grid
    cut_marks: bool


def preset(layout: str) -> Sheet:
    """The built-in layouts on plain A4, cut by hand: margins a printer can print."""
    width, height = PAPERS["A4"]
    rows, cols = {"1": (1, 1), "4": (2, 2), "8": (4, 2)}[layout]
    grid = Grid(width, height, rows, cols, top=10.0, left=10.0, right=10.0, bottom=10.0)
    return Sheet(f"{layout} per A4", grid, layout != "1")


def _number(value: Any, where: str, *, low: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"Isian '{where}' harus berupa angka (milimeter), bukan {value!r}.")
    if value < low:
        raise ValidationError(
            f"Isian '{where}' tidak boleh kurang dari {low:g} (sekarang {value})."
        )
    return float(value)


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 30:
        raise ValidationError(f"Isian '{where}' harus bilangan bulat 1 sampai 30, bukan {value!r}.")
    return value


def _pairs(value: Any, where: str, keys: Sequence[str]) -> dict[str, float]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError(f"Isian '{where}' harus berupa objek, misalnya {{\"{keys[0]}\": 5}}.")
    unknown = sorted(set(value) - set(keys))
    if unknown:
        raise ValidationError(
            f"Isian '{where}' tidak dikenal: {', '.join(unknown)} (yang dikenal: "
            f"{', '.join(keys)})."
        )
    return {k: _number(v, f"{where}.{k}") for k, v in value.items()}


def sheet_from_json(text: str, source: str = "berkas tata letak") -> Sheet:
    """A custom label sheet, e.g. ``{"nama": "Label 103", "kertas": "A4", "baris": 5,
    "kolom": 2, "margin": {"atas": 12, "kiri": 8, "kanan": 8, "bawah": 12},
    "jarak": {"baris": 2, "kolom": 4}}`` (mm); ``kertas`` may be ``{"lebar", "tinggi"}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: {exc.msg}).",
            hint="Periksa tanda kutip, koma dan kurung kurawal; contoh ada di panduan.",
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError(f"{source} harus berisi satu objek JSON {{…}}.")
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise ValidationError(
            f"Isian tidak dikenal di {source}: {', '.join(unknown)} "
            f"(yang dikenal: {', '.join(sorted(_FIELDS))})."
        )
    for key in ("kertas", "baris", "kolom"):
        if key not in data:
            raise ValidationError(f"Isian '{key}' wajib ada di {source}.")
    paper = data["kertas"]
    if isinstance(paper, str):
        if paper.strip().upper() not in PAPERS:
            raise ValidationError(f"Kertas '{paper}' tidak dikenal: tulis A4, F4, atau "
                                  '{"lebar": …, "tinggi": …} dalam mm.')  # fmt: skip
        width, height = PAPERS[paper.strip().upper()]
    else:
        size = _pairs(paper, "kertas", ("lebar", "tinggi"))
        if set(size) != {"lebar", "tinggi"}:
            raise ValidationError("Isian 'kertas' perlu 'lebar' dan 'tinggi' (mm).")
        width, height = size["lebar"], size["tinggi"]
        if not (50 <= width <= 500 and 50 <= height <= 500):
            raise ValidationError("Ukuran kertas harus antara 50 dan 500 mm pada tiap sisi.")
    margin = _pairs(data.get("margin"), "margin", _SIDES)
    gap = _pairs(data.get("jarak"), "jarak", ("baris", "kolom"))
    grid = Grid(
        width, height, _count(data["baris"], "baris"), _count(data["kolom"], "kolom"),
        top=margin.get("atas", 0.0), left=margin.get("kiri", 0.0),
        right=margin.get("kanan", 0.0), bottom=margin.get("bawah", 0.0),
        gap_x=gap.get("kolom", 0.0), gap_y=gap.get("baris", 0.0),
    )  # fmt: skip
    if grid.cell_w < MIN_W or grid.cell_h < MIN_H:
        raise ValidationError(
            f"Label jadi {grid.cell_w:.1f} × {grid.cell_h:.1f} mm, terlalu kecil untuk nama dan "
            f"kode (minimal {MIN_W:g} × {MIN_H:g} mm).",
            hint="Kurangi jumlah baris/kolom, margin atau jarak antarlabel.",
        )
    name = data.get("nama", "tata letak khusus")
    cuts = data.get("garis_potong", False)
    if not isinstance(name, str) or not isinstance(cuts, bool):
        raise ValidationError("'nama' harus teks dan 'garis_potong' true atau false.")
    return Sheet(name, grid, cuts)


@dataclass(frozen=True, slots=True)
class _Card:
    """Sizes for one card, from its width and height (mm)."""

    w: float
    h: float
    pad: float
    header: float
    qr: float
    name_size: float
    compact: bool


def _card(w: float, h: float) -> _Card:
    pad = min(8.0, max(2.5, min(w, h) * 0.05))
    iw, ih = w - 2 * pad, h - 2 * pad
    compact = ih < 50
    if compact:
        qr = max(QR_MIN, min(ih, iw * 0.4))
        return _Card(w, h, pad, 0.0, qr, max(8.0, min(18.0, ih * 0.9, (iw - qr - 2) / 4.3)), True)
    header = min(28.0, max(8.0, ih * 0.14))
    qr = max(QR_MIN, min(45.0, ih * 0.3, iw * 0.4))
    room = ih - header - qr - 6
    # two name lines (0.45 mm/pt) and two unit lines at 0.55 of the name size; and a usual
    # name (about 22 characters of bold Liberation Sans) on one line
    return _Card(w, h, pad, header, qr, max(9.0, min(48.0, room / 1.4, iw / 4.3)), False)


def render(
    event: DocEvent,
    units: Sequence[DocUnit],
    options: Options,
    sheet: Sheet,
    *,
    image: bytes = b"",
    offset: tuple[float, float] = (0.0, 0.0),
    codes: CodeCache | None = None,
) -> Rendered:
    """Cards in OPD order, filling each page row by row; ``offset`` (mm) moves everything
    printed to undo the printer's own shift measured on the calibration page."""
    grid = sheet.grid
    pdf = SheetPDF(grid.width, grid.height)
    pdf.set_title(f"Kartu peserta - {event.title}")
    codes = codes or CodeCache()
    card = _card(grid.cell_w, grid.cell_h)
    aspect = _image_aspect(image)
    header = _header_text(pdf, event, options, card, aspect)
    people = [p for u in units for p in u.people]
    dx, dy = offset
    shrunk: list[str] = []
    for done, person in enumerate(people):
        if done % 50 == 0:
            tick(options, done, len(people))
        slot = done % grid.per_page
        if slot == 0:
            pdf.add_page()
            if sheet.cut_marks:
                cut_marks(pdf, grid, dx, dy)
        x, y = grid.cell(slot, dx, dy)
        if _draw(pdf, x, y, card, event, person, codes, image, aspect, header):
            shrunk.append(person.name)
    tick(options, len(people), len(people))
    return Rendered(bytes(pdf.output()), pdf.pages_count, len(people), shrunk)


def _image_aspect(image: bytes) -> float:
    if not image:
        return 0.0
    from ikrar_desktop.documents.kop import _aspect

    return _aspect(image)


def _header_text(
    pdf: SheetPDF, event: DocEvent, options: Options, card: _Card, aspect: float
) -> tuple[Fitted, Fitted] | None:
    """The instansi line and the event title (wrapped at no less than 7 pt; the header grows
    when they need more room than ``card.header``)."""
    if card.compact:
        return None
    room = card.w - 2 * card.pad - (card.header * aspect + 2 if aspect else 0.0)
    size = max(MIN_TEXT, min(14.0, card.header / 1.1))
    instansi = ((options.kop.instansi if options.kop else "") or "Pemerintah Kabupaten").upper()
    return (
        fit_wrap(pdf, instansi, room, family=fonts.SANS, style="B", size=size,
                 min_size=MIN_TEXT),
        fit_wrap(pdf, event.title, room, family=fonts.SANS, size=max(MIN_TEXT, size * 0.8),
                 min_size=MIN_TEXT),
    )  # fmt: skip


def _header_height(card: _Card, header: tuple[Fitted, Fitted] | None) -> float:
    if header is None:
        return card.header
    return max(card.header, sum(f.size * 0.42 * len(f.lines) for f in header))


def _draw(
    pdf: SheetPDF,
    x0: float,
    y0: float,
    card: _Card,
    event: DocEvent,
    person: DocPerson,
    codes: CodeCache,
    image: bytes,
    aspect: float,
    header: tuple[Fitted, Fitted] | None,
) -> bool:
    """One card; True when the name had to shrink or wrap."""
    code = codes.of(event.id, person)
    x, y, w = x0 + card.pad, y0 + card.pad, card.w - 2 * card.pad
    bottom = y0 + card.h - card.pad
    if card.compact:
        # QR at the right over the full height; name, unit and bars at the left. A name too
        # long for that box runs across the whole label above a smaller QR (18 mm still reads)
        # and the bars; only when even that is not enough does the QR alone carry the code.
        bar_h = min(12.0, (bottom - y) * 0.42)
        room = w - card.qr - 2
        if _name_fit(pdf, room, bottom - bar_h - 1 - y, card.name_size, person)[2] <= (
            bottom - bar_h - 1 - y
        ):
            draw_qr(pdf, code, x + w - card.qr, y, card.qr)
            name = _name_block(pdf, x, y, room, bottom - bar_h - 1 - y, card.name_size, person)
            draw_barcode(pdf, code, x, bottom - bar_h, room, bar_h, text_size=MIN_TEXT)
            return name
        top_h = bottom - y - QR_MIN - 1
        if _name_fit(pdf, w, top_h, card.name_size, person)[2] <= top_h:
            _name_block(pdf, x, y, w, top_h, card.name_size, person)
            draw_qr(pdf, code, x + w - QR_MIN, bottom - QR_MIN, QR_MIN)
            bar_h = min(bar_h, QR_MIN)
            draw_barcode(pdf, code, x, bottom - bar_h, w - QR_MIN - 2, bar_h, text_size=MIN_TEXT)
            return True
        draw_qr(pdf, code, x + w - card.qr, y, card.qr)
        return _name_block(pdf, x, y, room, bottom - y, card.name_size, person) or True
    head_h = _header_height(card, header)
    if header is not None:
        left = x
        if image:
            pdf.image(image, x=x, y=y + (head_h - card.header) / 2, h=card.header)
            left += card.header * aspect + 2
        ty = y + (head_h - sum(f.size * 0.42 * len(f.lines) for f in header)) / 2
        for fitted, style in zip(header, ("B", ""), strict=True):
            pdf.set_font(fonts.SANS, style, fitted.size)
            for line in fitted.lines:
                pdf.set_xy(left, ty)
                pdf.cell(x + w - left, fitted.size * 0.42, line, align="C")
                ty += fitted.size * 0.42
        pdf.set_line_width(0.4)
        pdf.line(x, y + head_h + 1.5, x + w, y + head_h + 1.5)
        pdf.set_line_width(0.2)
    top = y + head_h + 3
    name = _name_block(pdf, x, top, w, bottom - card.qr - 3 - top, card.name_size, person)
    draw_qr(pdf, code, x + w - card.qr, bottom - card.qr, card.qr)
    bar_w = w - card.qr - 3
    bar_h = min(card.qr, max(12.0, card.qr * 0.6))
    draw_barcode(
        pdf,
        code,
        x,
        bottom - bar_h,
        bar_w,
        bar_h,
        text_size=max(MIN_TEXT, min(10.0, card.qr * 0.3)),
    )
    return name


def _ellipsis(pdf: SheetPDF, lines: tuple[str, ...], w: float) -> str:
    text = lines[0]
    while text and pdf.get_string_width(text + " …") > w:
        text = text.rsplit(" ", 1)[0] if " " in text else text[:-1]
    return text + " …"


def _name_fit(
    pdf: SheetPDF, w: float, h: float, size: float, person: DocPerson
) -> tuple[Fitted, Fitted, float]:
    """Name and unit for a box of ``w`` × ``h`` mm, and the height they take."""
    name = fit_wrap(pdf, person.name, w, family=fonts.SANS, style="B", size=size,
                    min_size=max(MIN_NAME, size * 0.6))  # fmt: skip
    unit_size = max(MIN_TEXT, min(size * 0.55, name.size * 0.8))
    unit = fit_wrap(pdf, person.unit or "-", w, family=fonts.SANS, size=unit_size,
                    min_size=MIN_TEXT)  # fmt: skip
    step = NAME_STEP if len(name.lines) < 3 else 0.42  # many lines: table leading
    if (name.size * step * len(name.lines) + unit.size * 0.42 * len(unit.lines) + 1 > h
            and len(unit.lines) > 1):  # fmt: skip
        # a small label: the unit keeps one line when the name needs the room, or none
        unit = Fitted((_ellipsis(pdf, unit.lines, w),), unit.size, True)
    if name.size * step * len(name.lines) + unit.size * 0.42 + 2 > h:
        unit = Fitted((), unit.size, True)
    used = name.size * step * len(name.lines) + unit.size * 0.42 * len(unit.lines) + 1
    return name, unit, used + (1 if unit.lines else 0)


def _name_block(
    pdf: SheetPDF, x: float, y: float, w: float, h: float, size: float, person: DocPerson
) -> bool:
    """Name (bold) and unit centred vertically in the box; the name shrinks, then wraps (three
    lines where the box is tall enough). True when it ended well below the card's size."""
    name, unit, _ = _name_fit(pdf, w, h, size, person)
    blocks = ((name, "B", NAME_STEP if len(name.lines) < 3 else 0.42), (unit, "", 0.42))
    used = sum(f.size * k * len(f.lines) for f, _, k in blocks) + 1.0
    ty = y + max(0.0, (h - used) / 2)
    for fitted, style, k in blocks:
        pdf.set_font(fonts.SANS, style, fitted.size)
        for line in fitted.lines:
            pdf.set_xy(x, ty)
            pdf.cell(w, fitted.size * k, line, align="C")
            ty += fitted.size * k
        ty += 1.0
    return name.size < size * SHRUNK
