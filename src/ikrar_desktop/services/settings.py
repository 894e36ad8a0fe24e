"""Regency settings: instansi, kop, logo, place, paper, time zone, leader, number patterns."""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import dataclass, field

from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import numbering
from ikrar_desktop.store import settings as settings_store
from ikrar_desktop.store.connection import write

PAPERS = ("A4", "F4")
ZONES = ("WIB", "WITA", "WIT")
MAX_LOGO_BYTES = 2 * 1024 * 1024
# key on the command line → (stored key, what it is); number patterns are added below
KEYS: dict[str, tuple[str, str]] = {
    "instansi": ("instansi", "baris pertama kop, mis. Pemerintah Kabupaten Contoh"),
    "unit_penyelenggara": ("unit_name", "nama OPD penyelenggara (baris kedua kop OPD)"),
    "tempat": ("place", "nama tempat untuk tanggal surat, mis. Cibinong"),
    "kertas": ("paper", "ukuran kertas bawaan: A4 atau F4"),
    "zona_waktu": ("zona_waktu", "zona waktu di belakang jam: WIB, WITA atau WIT"),
    "pimpinan_nama": ("pimpinan_nama", "nama Bupati / Pj. Bupati / penanda tangan a.n. Bupati"),
    "pimpinan_jabatan": (
        "pimpinan_jabatan",
        "mis. Bupati Contoh, Pj. Bupati Contoh, atau a.n. Bupati Contoh, Asisten Pemerintahan",
    ),
    "pimpinan_nip": ("pimpinan_nip", "NIP penanda tangan a.n. Bupati (kosong untuk Bupati/Pj.)"),
    "pimpinan_pangkat": ("pimpinan_pangkat", "pangkat penanda tangan a.n. Bupati"),
}
for _doc, (_key, _default, _label) in numbering.DOC_TYPES.items():
    KEYS[_key] = (_key, f"pola nomor {_label}, bawaan {_default}")


@dataclass(slots=True)
class Settings:
    instansi: str = ""
    unit_name: str = ""
    address_lines: list[str] = field(default_factory=list)
    place: str = ""
    paper: str = "A4"
    logo: bytes = b""
    zona_waktu: str = "WIB"
    pimpinan_nama: str = ""
    pimpinan_jabatan: str = ""
    pimpinan_nip: str = ""
    pimpinan_pangkat: str = ""
    numbers: dict[str, str] = field(default_factory=dict)  # document type → pattern

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
        zona_waktu=raw.get("zona_waktu") or "WIB",
        pimpinan_nama=raw.get("pimpinan_nama", ""),
        pimpinan_jabatan=raw.get("pimpinan_jabatan", ""),
        pimpinan_nip=raw.get("pimpinan_nip", ""),
        pimpinan_pangkat=raw.get("pimpinan_pangkat", ""),
        numbers={doc: _pattern_shown(conn, doc) for doc in numbering.DOC_TYPES},
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
        "paper": clean_value("kertas", settings.paper),
        "logo": base64.b64encode(settings.logo).decode("ascii") if settings.logo else "",
        "zona_waktu": clean_value("zona_waktu", settings.zona_waktu),
        "pimpinan_nama": clean_value("pimpinan_nama", settings.pimpinan_nama),
        "pimpinan_jabatan": clean_value("pimpinan_jabatan", settings.pimpinan_jabatan),
        "pimpinan_nip": clean_value("pimpinan_nip", settings.pimpinan_nip),
        "pimpinan_pangkat": clean_value("pimpinan_pangkat", settings.pimpinan_pangkat),
    }
    for doc, pattern in settings.numbers.items():
        key = numbering.DOC_TYPES[doc][0] if doc in numbering.DOC_TYPES else doc
        values[KEYS[key][0] if key in KEYS else key] = clean_value(key, pattern)
    with write(conn):
        settings_store.write_all(conn, values)
    return load(conn)


def clean_value(key: str, value: str) -> str:
    """A value as stored, or a refusal naming the valid keys or values."""
    if key not in KEYS:
        raise ValidationError(
            f"Pengaturan '{key}' tidak dikenal.", "Kunci yang sah: " + ", ".join(KEYS) + "."
        )
    text = " ".join(value.split())
    if key == "instansi":
        return normalize_instansi(text)
    if key in ("kertas", "zona_waktu"):
        valid = PAPERS if key == "kertas" else ZONES
        if text.upper() not in valid:
            raise ValidationError(
                f"Nilai '{text}' tidak sah untuk {key}.",
                "Nilai yang sah: " + ", ".join(valid) + ".",
            )
        return text.upper()
    if key == "pimpinan_nip" and text:
        digits = text.upper().removeprefix("NIP.").removeprefix("NIP").replace(" ", "")
        if len(digits) != 18 or not digits.isdigit():
            raise ValidationError(f"NIP '{text}' tidak sah.", "NIP terdiri dari 18 angka.")
        return digits
    if key.startswith("nomor_"):
        return numbering.validate_pattern(text)
    return text


def list_values(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(key, value, what it is) of every setting the command line knows."""
    raw = settings_store.read_all(conn)
    current = load(conn)
    out = []
    for key, (stored, label) in KEYS.items():
        value = raw.get(stored, "")
        if key == "zona_waktu":
            value = current.zona_waktu
        elif key == "kertas":
            value = current.paper
        elif key.startswith("nomor_"):
            doc = next(d for d, spec in numbering.DOC_TYPES.items() if spec[0] == key)
            value = current.numbers[doc]
        out.append((key, value, label))
    return out


def get_value(conn: sqlite3.Connection, key: str) -> str:
    for found, value, _ in list_values(conn):
        if found == key:
            return value
    clean_value(key, "")  # raises with the valid keys
    return ""


def set_value(conn: sqlite3.Connection, key: str, value: str) -> str:
    """Store one setting (admin only); returns the value as stored."""
    from ikrar_desktop.services.access import require_admin

    clean = clean_value(key, value)
    require_admin(conn)
    with write(conn):
        settings_store.write_all(conn, {KEYS[key][0]: clean})
    return clean


def _pattern_shown(conn: sqlite3.Connection, doc: str) -> str:
    """The pattern for display; a stored one this version cannot read is shown as stored."""
    try:
        return numbering.pattern_for(conn, doc)
    except ValidationError:
        key = numbering.DOC_TYPES[doc][0]
        raw = settings_store.read_all(conn)
        return raw.get(key) or raw.get(numbering.LEGACY_CERTIFICATE_KEY, "")
