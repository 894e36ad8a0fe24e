"""Regency settings: instansi, kop surat lines, logo, place name for dates, default paper."""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import dataclass, field

from ikrar_desktop.errors import ValidationError
from ikrar_desktop.store import settings as settings_store
from ikrar_desktop.store.connection import write

PAPERS = ("A4", "F4")
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(slots=True)
class Settings:
    instansi: str = ""
    unit_name: str = ""
    address_lines: list[str] = field(default_factory=list)
    place: str = ""
    paper: str = "A4"
    logo: bytes = b""

    @property
    def configured(self) -> bool:
        return bool(self.instansi.strip())


def load(conn: sqlite3.Connection) -> Settings:
    raw = settings_store.read_all(conn)
    return Settings(
        instansi=raw.get("instansi", ""),
        unit_name=raw.get("unit_name", ""),
        address_lines=[line for line in raw.get("address_lines", "").split("\n") if line],
        place=raw.get("place", ""),
        paper=raw.get("paper", "A4"),
        logo=base64.b64decode(raw["logo"]) if raw.get("logo") else b"",
    )


def normalize_instansi(text: str) -> str:
    """'kabupaten bogor' → 'Pemerintah Kabupaten Bogor' (the kop's first line)."""
    clean = " ".join(text.split())
    if not clean:
        return ""
    if clean.islower() or clean.isupper():
        clean = " ".join(word.capitalize() for word in clean.split())
    if clean.lower().startswith(("kabupaten ", "kota ", "provinsi ")):
        clean = "Pemerintah " + clean
    return clean


def save(conn: sqlite3.Connection, settings: Settings) -> Settings:
    from ikrar_desktop.services.access import require_admin

    require_admin(conn)
    if settings.paper not in PAPERS:
        raise ValidationError(f"Ukuran kertas '{settings.paper}' tidak dikenal (A4 atau F4).")
    if len(settings.logo) > MAX_LOGO_BYTES:
        raise ValidationError(
            "Berkas logo terlalu besar (lebih dari 2 MB).",
            hint="Perkecil gambar logo, misalnya 600 × 600 piksel.",
        )
    values = {
        "instansi": normalize_instansi(settings.instansi),
        "unit_name": " ".join(settings.unit_name.split()),
        "address_lines": "\n".join(line.strip() for line in settings.address_lines if line.strip()),
        "place": " ".join(settings.place.split()),
        "paper": settings.paper,
        "logo": base64.b64encode(settings.logo).decode("ascii") if settings.logo else "",
    }
    with write(conn):
        settings_store.write_all(conn, values)
    return load(conn)
