"""Argument types of the CLI: record numbers, bounded counts and output paths, refused with exit 1.

A type raises :class:`ValidationError` (not argparse's own error, which exits 2 as a usage
error): ``main`` reports it like any refusal, in Indonesian, before anything is opened.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from ikrar_desktop.errors import ValidationError

MAX_ID = 2**63 - 1  # SQLite's largest rowid
MAX_DEMO_EMPLOYEES = 200_000
MAX_BLANK_ROWS = 500
MAX_LIMIT = 1_000_000
MAX_SHIFT = 10 * 366 * 24 * 60  # minutes: a desk clock reset by years
MAX_MM = 1000.0  # any finite shift; the labels service words the real limit


def record_id(label: str) -> Callable[[str], int]:
    """A record number (event, case, employee, conflict): 1 … 2^63-1."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = 0
        if not 1 <= value <= MAX_ID:
            raise ValidationError(
                f"Nomor {label} '{_short(text)}' tidak sah: harus bilangan bulat 1 sampai "
                f"{MAX_ID}.",
                hint=f"Lihat nomor {label} yang benar di daftarnya (perintah list).",
                field=label,
            )
        return value

    parse.__name__ = f"nomor {label}"
    return parse


def count(option: str, low: int, high: int) -> Callable[[str], int]:
    """A whole number in ``low``…``high`` for ``option``."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            what = "bukan bilangan bulat" if value is None else "di luar batas"
            raise ValidationError(
                f"{option} '{_short(text)}' {what}: harus bilangan bulat {low} sampai "
                f"{high:,}.".replace(",", "."),
                field=option,
            )
        return value

    parse.__name__ = option
    return parse


def number(option: str, low: float, high: float) -> Callable[[str], float]:
    """A finite decimal number in ``low``…``high`` for ``option`` (never nan or inf)."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise ValidationError(
                f"{option} '{_short(text)}' di luar batas: harus angka {low:g} sampai {high:g}.",
                field=option,
            )
        return value

    parse.__name__ = option
    return parse


def out_file(option: str, *, folder_ok: bool = False) -> Callable[[str], str]:
    """An output file whose folder already exists: the program never creates folders silently.

    ``folder_ok`` accepts an existing folder itself (``backup OUT`` puts its file inside).
    """

    def parse(text: str) -> str:
        path = Path(text)
        if not text.strip():
            raise ValidationError(f"{option}: nama berkas keluaran kosong.", field=option)
        if path.is_dir():
            if folder_ok:
                return text
            raise ValidationError(
                f"{option}: {text} adalah folder, bukan nama berkas.",
                hint="Tulis nama berkasnya juga, mis. " + str(path / "hasil"),
                field=option,
            )
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ValidationError(
                f"Folder {folder} tidak ada ({option}).",
                hint="Periksa penulisan foldernya atau buat folder itu dulu; program tidak "
                "membuat folder sendiri.",
                field=option,
            )
        return text

    parse.__name__ = option
    return parse


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"
