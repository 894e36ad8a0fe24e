"""Plain data read from a spreadsheet, before any roster rules apply, and why a file was refused."""

from __future__ import annotations

from dataclasses import dataclass, field

from ikrar_desktop.errors import FileRejectedError

# Reason codes carried by SpreadsheetRejectedError.reason (stable; tests and UI may switch on them).
EMPTY = "empty"
PASSWORD = "password"
HTML = "html"
NOT_SPREADSHEET = "not_spreadsheet"
UNSUPPORTED = "unsupported"
CORRUPT = "corrupt"
TOO_LARGE = "too_large"
TIMEOUT = "timeout"
MEMORY = "memory"
CRASH = "crash"
NO_ROWS = "no_rows"


class SpreadsheetRejectedError(FileRejectedError):
    """A spreadsheet refused for a known reason; ``reason`` is one of the codes above."""

    def __init__(self, reason: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        return (type(self), (self.reason, self.message, self.hint))


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list[object]]
    formulas: set[tuple[int, int]] = field(default_factory=set)
    visible: bool = True
    truncated: bool = False

    def has_data(self) -> bool:
        return any(self.rows)


@dataclass(slots=True)
class RawBook:
    path: str
    format: str
    sheets: list[RawSheet]
    date1904: bool = False
    encoding: str | None = None
    delimiter: str | None = None

    def has_data(self) -> bool:
        return any(sheet.has_data() for sheet in self.sheets)


_RESAVE = "Buka berkas di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi."
_HINTS = {
    EMPTY: "Berkas tidak berisi apa pun. Pilih berkas yang benar atau ekspor ulang dari asalnya.",
    PASSWORD: (
        "Buka berkas di Excel atau LibreOffice dengan kata sandinya, hapus kata sandi "
        "(File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi), simpan, lalu impor lagi."
    ),
    HTML: (
        "Berkas dari aplikasi web sering berupa halaman HTML berakhiran .xls. Buka di Excel, "
        "pilih Simpan Sebagai › Buku Kerja Excel (*.xlsx), lalu impor berkas .xlsx tersebut."
    ),
    NOT_SPREADSHEET: "Pilih berkas Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) atau CSV.",
    UNSUPPORTED: _RESAVE,
    CORRUPT: (
        "Coba buka berkas di Excel; bila bisa dibuka, simpan ulang sebagai .xlsx. "
        "Bila tidak, minta kiriman berkas yang utuh."
    ),
    TOO_LARGE: (
        "Periksa apakah ini berkas yang benar. Bila ya, hapus lembar/kolom yang tidak perlu "
        "atau bagi menjadi beberapa berkas."
    ),
    TIMEOUT: _RESAVE + " Bila tetap lambat, bagi menjadi beberapa berkas yang lebih kecil.",
    MEMORY: _RESAVE + " Bila tetap gagal, bagi menjadi beberapa berkas yang lebih kecil.",
    CRASH: _RESAVE + " Bila tetap gagal, minta kiriman berkas yang utuh.",
    NO_ROWS: "Pastikan data ada di lembar kerja yang benar dan berkas sudah disimpan sebelumnya.",
}


def rejected(reason: str, message: str) -> SpreadsheetRejectedError:
    """Build the refusal for ``reason`` with the standard hint for that reason."""
    return SpreadsheetRejectedError(reason, message, _HINTS.get(reason, ""))
