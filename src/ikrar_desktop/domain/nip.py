"""NIP (PNS/CPNS) and NI PPPK: cleaning, validation, decoding and display."""

from __future__ import annotations

import datetime
import functools
import re
from typing import NamedTuple

from ikrar_desktop.domain.status import (
    CPNS,
    NON_ASN,
    PNS,
    PPPK,
    PPPK_PW,
    PPPK_STATUSES,
    STATUSES,
    parse_status,
)
from ikrar_desktop.errors import ValidationError

PPPK_FIRST_YEAR = 2019
"""PPPK were first appointed from the 2019 selection."""
MIN_BIRTH_YEAR = 1940
MIN_AGE_AT_APPOINTMENT = 17
MIN_TMT_YEAR = 1960

_PREFIX = re.compile(r"^(?:NI\s*PPPK|NIP|NIK)(?![A-Z])\s*\.?\s*:?\s*", re.IGNORECASE)
_APOSTROPHES = "'’‘`"
# Spaces (incl. non-breaking and thin ones), dots and hyphens people type inside an ID.
_INNER_JUNK = re.compile(r"[\s\u00a0\u2007\u202f.\-‐‑–—]+")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\d+$")
_DECIMAL = re.compile(r"^\d+[.,]0+$")
_DIGITS_18 = re.compile(r"^[0-9]{18}$")
_FRAGMENT = re.compile(r"^[0-9\s\u00a0]+$")

_EXCEL_HINT = (
    "Excel hanya menyimpan 15 angka penting, sehingga digit terakhir berubah menjadi 0. "
    "Format kolom itu sebagai Teks (Format Cells > Text) lalu ketik atau salin ulang "
    "nomor aslinya; nomor yang sudah rusak tidak bisa dipulihkan."
)


def clean_id(raw: object) -> str:
    """Strip an ID's decoration: whitespace, a leading apostrophe, a "NIP."/"NIK" prefix,
    and spaces, dots and hyphens inside. The result may still be invalid."""
    if type(raw) is str and raw.isdigit() and raw.isascii():
        return raw  # the usual case: nothing below would change it
    text = str(raw).strip()
    previous = None
    while text != previous:
        previous = text
        text = text.lstrip(_APOSTROPHES).strip()
        text = _PREFIX.sub("", text, count=1).strip()
    return _INNER_JUNK.sub("", text)


def reject_excel_number(raw: object, label: str, field: str) -> None:
    """Raise when an ID arrives as an Excel number (float, scientific notation, "….0")."""
    if isinstance(raw, bool) or (type(raw) is str and raw.isdigit() and raw.isascii()):
        return  # bare digits are none of those (the usual case)
    text = str(raw).strip().lstrip(_APOSTROPHES).strip()
    if isinstance(raw, float) or _SCIENTIFIC.match(text):
        raise ValidationError(
            f"{label} tertulis sebagai angka Excel ({text}), bukan teks: "
            "Excel sudah membulatkannya sehingga digit terakhirnya hilang.",
            hint=_EXCEL_HINT,
            field=field,
        )
    if _DECIMAL.match(text):
        raise ValidationError(
            f"{label} tertulis sebagai angka desimal ({text}); kolom {label} harus berisi teks.",
            hint=_EXCEL_HINT,
            field=field,
        )


def check_digits(cleaned: str, length: int, label: str, field: str) -> None:
    """Raise a precise message unless ``cleaned`` is exactly ``length`` ASCII digits."""
    if len(cleaned) == length and cleaned.isdigit() and cleaned.isascii():
        return
    if not cleaned:
        raise ValidationError(f"{label} belum diisi.", field=field)
    bad = sorted({c for c in cleaned if c not in "0123456789"})
    if bad:
        shown = " ".join(f"'{c}'" for c in bad[:5])
        raise ValidationError(
            f"{label} harus {length} digit angka; yang diisi memuat karakter bukan angka: {shown}.",
            field=field,
        )
    if len(cleaned) != length:
        raise ValidationError(
            f"{label} harus {length} digit angka; yang diisi {len(cleaned)} digit.",
            hint=f"Periksa apakah ada digit yang tertinggal atau berlebih ({cleaned}).",
            field=field,
        )


class NipInfo(NamedTuple):
    """What an 18-digit NIP or NI PPPK says about its holder.

    Immutable as a named tuple rather than a frozen dataclass: every roster row builds one,
    and a frozen dataclass sets each field through ``object.__setattr__`` (4× slower).
    """

    nip: str
    kind: str  # "PNS" or "PPPK"
    birth_date: datetime.date
    gender: str  # "L" or "P"
    sequence: int
    tmt: datetime.date | None  # PNS: first day of the TMT CPNS month
    pppk_year: int | None
    pppk_code: str | None

    @property
    def gender_label(self) -> str:
        return "Laki-laki" if self.gender == "L" else "Perempuan"

    @property
    def display(self) -> str:
        return format_nip(self.nip)


def format_nip(nip: str) -> str:
    """Spaced 8-6-1-3 form "19800101 200501 1 001"; anything not 18 digits is returned as is."""
    if not _DIGITS_18.match(nip):
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def _valid_month(digits: str) -> bool:
    return 1 <= int(digits) <= 12


def looks_like_pppk(nip: str) -> bool:
    """True when an 18-digit number can only be a NI PPPK.

    Rule: digits 9–12 are a year from 2019 on and digits 13–14 are not a month (01–12),
    as in the observed codes 21 and 24. A number that reads as a valid PNS TMT is PNS.
    """
    if not _DIGITS_18.match(nip):
        return False
    return int(nip[8:12]) >= PPPK_FIRST_YEAR and not _valid_month(nip[12:14])


def _kind_for(status: str | None) -> str | None:
    """ "PNS", "PPPK" or None (auto-detect) for a status value."""
    if status is None or status == "":
        return None
    canonical = status if status in STATUSES else parse_status(status)
    if canonical is None:
        return None
    if canonical == NON_ASN:
        raise ValidationError(
            "Pegawai Non-ASN tidak memiliki NIP.",
            hint="Kosongkan NIP dan isi NIK, atau ubah status pegawainya.",
            field="nip",
        )
    return "PPPK" if canonical in PPPK_STATUSES else "PNS"


def _birth_date(nip: str, today: datetime.date) -> datetime.date:
    digits = nip[:8]
    try:
        born = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError(
            f"NIP tidak sah: tanggal lahir pada NIP ({digits}) tidak ada di kalender.",
            hint="Delapan digit pertama NIP adalah tanggal lahir dalam bentuk TTTTBBHH.",
            field="nip",
        ) from None
    latest = today.year - 15
    if not MIN_BIRTH_YEAR <= born.year <= latest:
        raise ValidationError(
            f"NIP tidak sah: tahun lahir pada NIP ({born.year}) tidak masuk akal; "
            f"harus antara {MIN_BIRTH_YEAR} dan {latest}.",
            hint="Delapan digit pertama NIP adalah tanggal lahir dalam bentuk TTTTBBHH.",
            field="nip",
        )
    return born


def _pns_tmt(nip: str, born: datetime.date, today: datetime.date) -> datetime.date:
    year, month = int(nip[8:12]), int(nip[12:14])
    shown = f"{nip[8:12]}-{nip[12:14]}"
    if not _valid_month(nip[12:14]):
        hint = "Digit ke-9 s.d. ke-14 NIP PNS adalah tahun dan bulan TMT CPNS (TTTTBB)."
        if looks_like_pppk(nip):
            hint = "Bentuk NIP ini seperti NI PPPK; periksa apakah status pegawai ini PPPK."
        raise ValidationError(
            f"NIP tidak sah: TMT CPNS pada NIP ({shown}) memuat bulan {nip[12:14]} yang tidak ada.",
            hint=hint,
            field="nip",
        )
    # A NIP may be issued before its TMT, so allow appointments up to the next year.
    if year < MIN_TMT_YEAR or year > today.year + 1:
        raise ValidationError(
            f"NIP tidak sah: tahun TMT CPNS pada NIP ({year}) tidak masuk akal.",
            hint="Digit ke-9 s.d. ke-14 NIP PNS adalah tahun dan bulan TMT CPNS (TTTTBB).",
            field="nip",
        )
    if year < born.year + MIN_AGE_AT_APPOINTMENT:
        raise ValidationError(
            f"NIP tidak sah: TMT CPNS ({shown}) terlalu dekat dengan tahun lahir "
            f"({born.year}); umur saat diangkat kurang dari {MIN_AGE_AT_APPOINTMENT} tahun.",
            field="nip",
        )
    return datetime.date(year, month, 1)


def _pppk_year(nip: str, born: datetime.date, today: datetime.date) -> int:
    year = int(nip[8:12])
    if year < PPPK_FIRST_YEAR or year > today.year + 1:
        raise ValidationError(
            f"NI PPPK tidak sah: tahun pengangkatan pada NI PPPK ({year}) harus antara "
            f"{PPPK_FIRST_YEAR} dan {today.year + 1}.",
            hint="Jika pegawai ini PNS/CPNS, ubah statusnya; digit ke-9 s.d. ke-12 NI PPPK "
            "adalah tahun pengangkatan.",
            field="nip",
        )
    if year < born.year + MIN_AGE_AT_APPOINTMENT:
        raise ValidationError(
            f"NI PPPK tidak sah: tahun pengangkatan ({year}) terlalu dekat dengan tahun lahir "
            f"({born.year}).",
            field="nip",
        )
    return year


def parse_nip(
    raw: object, status: str | None = None, *, today: datetime.date | None = None
) -> NipInfo:
    """Validate and decode a NIP / NI PPPK; ``status`` picks the layout (None: auto-detect).

    Auto-detection follows :func:`looks_like_pppk`; a number valid both ways is PNS.
    """
    today = today or datetime.date.today()
    if type(raw) is str and len(raw) == 18 and raw.isdigit() and raw.isascii():
        found = _parse_plain(raw, status, today)
        if found is not None:
            return found
    return _parse_general(raw, status, today)


def _parse_general(raw: object, status: str | None, today: datetime.date) -> NipInfo:
    """Every rule in order, each with its own message (:func:`_parse_plain` skips here)."""
    reject_excel_number(raw, "NIP", "nip")
    nip = clean_id(raw)
    check_digits(nip, 18, "NIP", "nip")
    kind = _kind_for(status) or ("PPPK" if looks_like_pppk(nip) else "PNS")
    born = _birth_date(nip, today)
    tmt: datetime.date | None = None
    pppk_year: int | None = None
    pppk_code: str | None = None
    if kind == "PNS":
        tmt = _pns_tmt(nip, born, today)
    else:
        pppk_year = _pppk_year(nip, born, today)
        pppk_code = nip[12:14]
    if nip[14] not in "12":
        raise ValidationError(
            f"NIP tidak sah: digit jenis kelamin (ke-15) harus 1 atau 2; yang tertulis {nip[14]}.",
            hint="1 = laki-laki, 2 = perempuan.",
            field="nip",
        )
    sequence = int(nip[15:])
    if sequence == 0:
        raise ValidationError(
            "NIP tidak sah: nomor urut 000 tidak sah — kemungkinan NIP rusak karena Excel.",
            hint=_EXCEL_HINT,
            field="nip",
        )
    return NipInfo(
        nip=nip,
        kind=kind,
        birth_date=born,
        gender="L" if nip[14] == "1" else "P",
        sequence=sequence,
        tmt=tmt,
        pppk_year=pppk_year,
        pppk_code=pppk_code,
    )


# NIP kind of each canonical status; other texts go through _kind_for (which may raise).
_KIND_OF_STATUS = {PNS: "PNS", CPNS: "PNS", PPPK: "PPPK", PPPK_PW: "PPPK"}


@functools.lru_cache(maxsize=65536)
def _birth_digits(digits: str) -> datetime.date | None:
    """The date "YYYYMMDD" names (a NIP's first 8 digits), None when the calendar has none."""
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _appointment_digits(digits: str) -> tuple[int, int, datetime.date | None]:
    """Year, month and first day of the month of "YYYYMM" (digits 9–14); no day: None."""
    year, month = int(digits[:4]), int(digits[4:6])
    try:
        return year, month, datetime.date(year, month, 1)
    except ValueError:
        return year, month, None


def _parse_plain(nip: str, status: str | None, today: datetime.date) -> NipInfo | None:
    """:func:`parse_nip` for a bare 18-digit string that passes every rule; None otherwise.

    Rosters are almost all valid NIPs: this checks the same rules with plain comparisons and
    dates cached by their digits, and leaves anything wrong to the full path, which words the
    message. A status the full path refuses raises the same error here.
    """
    kind = _KIND_OF_STATUS.get(status) if status else None
    if kind is None and status:
        kind = _kind_for(status)
    born = _birth_digits(nip[:8])
    if born is None or not MIN_BIRTH_YEAR <= born.year <= today.year - 15:
        return None
    year, month, first_day = _appointment_digits(nip[8:14])
    if kind is None:  # looks_like_pppk, on digits already split
        kind = "PPPK" if year >= PPPK_FIRST_YEAR and not 1 <= month <= 12 else "PNS"
    tmt: datetime.date | None = None
    pppk_year: int | None = None
    pppk_code: str | None = None
    if kind == "PNS":
        if first_day is None or not MIN_TMT_YEAR <= year <= today.year + 1:
            return None
        tmt = first_day
    else:
        if not PPPK_FIRST_YEAR <= year <= today.year + 1:
            return None
        pppk_year, pppk_code = year, nip[12:14]
    gender = nip[14]
    if year < born.year + MIN_AGE_AT_APPOINTMENT or (gender != "1" and gender != "2"):
        return None
    sequence = int(nip[15:])
    if sequence == 0:
        return None
    return NipInfo(
        nip, kind, born, "L" if gender == "1" else "P", sequence, tmt, pppk_year, pppk_code
    )


def nip_fragment_digits(text: str) -> str | None:
    """The digits of a search text that is a NIP fragment (≥ 3 digits, spaces allowed)."""
    if not _FRAGMENT.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 3 else None
