"""Licence notices of the libraries and fonts the program ships (shown in the About dialog)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from importlib.resources.abc import Traversable

PROGRAM_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True, slots=True)
class Notice:
    name: str
    licence: str
    note: str
    distribution: str = ""

    def version(self) -> str:
        """The installed version, or "" when the metadata is not bundled."""
        if not self.distribution:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


LIBRARIES: tuple[Notice, ...] = (
    Notice("Python", "PSF-2.0", "Python Software Foundation License Version 2"),
    Notice("Qt 6", "LGPL-3.0-only", "The Qt Company Ltd; pustaka dinamis, dapat diganti"),
    Notice("PySide6 (Qt for Python)", "LGPL-3.0-only", "The Qt Company Ltd", "PySide6-Essentials"),
    Notice(
        "PySide6-Pdf (QtPdf)",
        "LGPL-3.0-only",
        "The Qt Company Ltd; memakai PDFium (BSD-3)",
        "PySide6-Pdf",
    ),
    Notice("shiboken6", "LGPL-3.0-only", "The Qt Company Ltd", "shiboken6"),
    Notice("fpdf2", "LGPL-3.0-only", "Olivier Plathey, Lucas Cimon dan kontributor", "fpdf2"),
    Notice("fontTools", "MIT", "Just van Rossum dan kontributor", "fonttools"),
    Notice("Pillow", "MIT-CMU", "Jeffrey A. Clark dan kontributor", "pillow"),
    Notice("openpyxl", "MIT", "Eric Gazoni, Charlie Clark", "openpyxl"),
    Notice("et_xmlfile", "MIT", "Elias Rabel, Charlie Clark", "et_xmlfile"),
    Notice("defusedxml", "PSF-2.0", "Christian Heimes", "defusedxml"),
    Notice(
        "python-calamine", "MIT", "Dmitriy Trofimov; calamine oleh Johann Tuffe", "python-calamine"
    ),
    Notice("XlsxWriter", "BSD-2-Clause", "John McNamara", "xlsxwriter"),
    Notice("sqlite-utils", "Apache-2.0", "Simon Willison", "sqlite-utils"),
    Notice("SQLite", "Public domain", "D. Richard Hipp dan kontributor"),
    Notice("segno", "BSD-3-Clause", "Lars Heuer", "segno"),
    Notice("platformdirs", "MIT", "kontributor platformdirs", "platformdirs"),
    Notice("psutil", "BSD-3-Clause", "Giampaolo Rodola", "psutil"),
    Notice(
        "cryptography (segel paket meja)",
        "Apache-2.0 OR BSD-3-Clause",
        "Python Cryptographic Authority dan kontributor; memuat OpenSSL (Apache-2.0)",
        "cryptography",
    ),
    Notice("cffi", "MIT-0", "Armin Rigo, Maciej Fijalkowski dan kontributor", "cffi"),
    Notice(
        "click, tabulate, python-dateutil, pluggy",
        "BSD-3-Clause / MIT / Apache-2.0",
        "dependensi sqlite-utils",
    ),
)

# Font families the documents may bundle under assets/fonts, keyed by the file-name prefix.
FONT_LICENCES: dict[str, tuple[str, str]] = {
    "Liberation": ("OFL-1.1", "SIL Open Font License 1.1, Red Hat Inc."),
    "Noto": ("OFL-1.1", "SIL Open Font License 1.1, Google LLC"),
    "DejaVu": ("Bitstream-Vera", "Bitstream Vera License; perubahan DejaVu domain publik"),
}


def bundled_font_families() -> list[str]:
    """Family names of the .ttf/.otf files shipped in ``assets/fonts`` (may be empty)."""
    from importlib.resources import files

    folder = files("ikrar_desktop") / "assets" / "fonts"
    if not folder.is_dir():
        return []
    families: set[str] = set()
    for entry in walk_files(folder):
        name = entry.name
        if name.lower().endswith((".ttf", ".otf")):
            families.add(name.rsplit(".", 1)[0].split("-")[0])
    return sorted(families)


def walk_files(folder: Traversable) -> list[Traversable]:
    """Every file below ``folder`` (package data, also inside a frozen bundle)."""
    found: list[Traversable] = []
    for entry in folder.iterdir():
        if entry.is_dir():
            found.extend(walk_files(entry))
        else:
            found.append(entry)
    return found


def font_notices() -> list[Notice]:
    notices = []
    for family in bundled_font_families():
        licence, note = next(
            (value for prefix, value in FONT_LICENCES.items() if family.startswith(prefix)),
            ("lihat berkas lisensi di folder fonts", ""),
        )
        notices.append(Notice(f"Fon {family}", licence, note))
    return notices


def all_notices() -> list[Notice]:
    return [*LIBRARIES, *font_notices()]
