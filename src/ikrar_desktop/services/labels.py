"""Invitations, name tags and the calibration page: label settings and the print use cases."""

from __future__ import annotations

import base64
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.store.connection import write

if TYPE_CHECKING:
    from ikrar_desktop.documents.kartu import Sheet
    from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, Options, Rendered

IMAGE_KEY = "card_image"  # "gambar kartu": the regency's own campaign picture, base64
OFFSET_KEYS = ("label_offset_x", "label_offset_y")
MAX_OFFSET = 20.0
MAX_IMAGE_BYTES = 2 * 1024 * 1024
KINDS = ("undangan", "kartu")


@dataclass(frozen=True, slots=True)
class LabelSettings:
    image: bytes = b""
    offset_x: float = 0.0
    offset_y: float = 0.0


def _read(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def _write(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    with write(conn):
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )


def load(conn: sqlite3.Connection) -> LabelSettings:
    raw = _read(conn, IMAGE_KEY)

    def number(key: str) -> float:
        try:
            return float(_read(conn, key) or 0)
        except ValueError:
            return 0.0

    return LabelSettings(base64.b64decode(raw) if raw else b"", *map(number, OFFSET_KEYS))


def check_offset(x: float, y: float) -> tuple[float, float]:
    for name, value in (("X", x), ("Y", y)):
        if not math.isfinite(value) or abs(value) > MAX_OFFSET:
            raise ValidationError(
                f"Geser {name} {value} mm tidak wajar (paling banyak ±{MAX_OFFSET:g} mm).",
                hint="Pastikan printer mencetak dengan skala 100% dan ukur ulang halaman "
                "kalibrasi.",
            )
    return round(x, 1), round(y, 1)


def save_offset(conn: sqlite3.Connection, x: float, y: float) -> LabelSettings:
    """The printer's measured shift, once per printer; every label layout is moved by it."""
    x, y = check_offset(x, y)
    _write(conn, {OFFSET_KEYS[0]: f"{x:g}", OFFSET_KEYS[1]: f"{y:g}"})
    return load(conn)


def save_image(conn: sqlite3.Connection, data: bytes) -> LabelSettings:
    """The "gambar kartu" (PNG or JPEG); empty bytes remove it."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError("Gambar kartu terlalu besar (lebih dari 2 MB).",
                              hint="Perkecil gambar, misalnya 600 × 600 piksel.")  # fmt: skip
    if data:
        from ikrar_desktop.documents.kop import _aspect

        try:
            _aspect(data)
        except ValidationError as exc:
            raise ValidationError("Gambar kartu tidak dapat dibaca (pakai PNG atau JPEG).") from exc
    _write(conn, {IMAGE_KEY: base64.b64encode(data).decode("ascii") if data else ""})
    return load(conn)


def sheet_for(layout: str) -> Sheet:
    """``1``, ``4``, ``8`` or the path of a label-sheet JSON file."""
    from ikrar_desktop.documents import kartu

    if layout in kartu.LAYOUTS:
        return kartu.preset(layout)
    path = Path(layout)
    if path.suffix.lower() != ".json":
        raise ValidationError(
            f"Tata letak '{layout}' tidak dikenal: pilih 1, 4, 8, atau berkas .json.",
            field="layout",
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise NotFoundError(f"Berkas tata letak {path} tidak ditemukan.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Berkas tata letak {path} tidak dapat dibaca.") from exc
    return kartu.sheet_from_json(text, f"berkas {path.name}")


def render(
    conn: sqlite3.Connection,
    kind: str,
    event: DocEvent,
    units: list[DocUnit],
    options: Options,
    *,
    layout: str = "8",
    offset: tuple[float | None, float | None] = (None, None),
) -> Rendered:
    """Undangan or kartu for these OPDs; saved offsets unless ``offset`` overrides an axis."""
    from ikrar_desktop.documents import kartu, undangan

    people: list[DocPerson] = [p for u in units for p in u.people]
    if not people:
        raise UserError("Tidak ada pegawai yang wajib pada kegiatan ini untuk dicetak.")
    if kind == "undangan":
        return undangan.render(event, units, options)
    saved = load(conn)
    shift = check_offset(
        saved.offset_x if offset[0] is None else offset[0],
        saved.offset_y if offset[1] is None else offset[1],
    )
    return kartu.render(event, units, options, sheet_for(layout), image=saved.image,
                        offset=shift)  # fmt: skip


def render_calibration(
    conn: sqlite3.Connection, paper: str, *, with_offset: bool = False
) -> Rendered:
    from ikrar_desktop.documents import kalibrasi

    saved = load(conn)
    return kalibrasi.render(paper, (saved.offset_x, saved.offset_y) if with_offset else (0, 0))
