"""NIK (Nomor Induk Kependudukan, 16 digits): validation, decoding and masking."""

from __future__ import annotations

import datetime
from typing import NamedTuple

from ikrar_desktop.domain.nip import check_digits, clean_id, reject_excel_number
from ikrar_desktop.errors import ValidationError

ADULT_AGE = 15


class NikInfo(NamedTuple):
    """What a NIK says: region codes, birth date (None if the date does not exist), gender.

    A named tuple, as NipInfo: immutable and built quickly for every roster row.
    """

    nik: str
    province: str
    regency: str
    district: str
    birth_date: datetime.date | None
    gender: str  # "L" or "P"

    @property
    def masked(self) -> str:
        return mask_nik(self.nik)


def _century(two_digits: int, today: datetime.date) -> int:
    """Full year for a NIK's two-digit year, read as the birth year of a working adult."""
    year = 2000 + two_digits
    return year if year <= today.year - ADULT_AGE else 1900 + two_digits


def parse_nik(raw: object, *, today: datetime.date | None = None) -> NikInfo:
    """Validate and decode a NIK; every broken part gets its own message."""
    today = today or datetime.date.today()
    if type(raw) is str and len(raw) == 16 and raw.isdigit() and raw.isascii():
        nik = raw  # bare digits (the usual case): nothing to refuse or clean
    else:
        reject_excel_number(raw, "NIK", "nik")
        nik = clean_id(raw)
        check_digits(nik, 16, "NIK", "nik")
    province = nik[:2]
    if not 11 <= int(province) <= 94:
        raise ValidationError(
            f"NIK tidak sah: kode provinsi pada NIK ({province}) tidak ada.",
            hint="Dua digit pertama NIK adalah kode provinsi (11 s.d. 94).",
            field="nik",
        )
    day_code, month = int(nik[6:8]), int(nik[8:10])
    if not (1 <= day_code <= 31 or 41 <= day_code <= 71):
        raise ValidationError(
            f"NIK tidak sah: tanggal lahir pada NIK ({nik[6:8]}) harus 01–31, "
            "atau 41–71 untuk perempuan.",
            hint="Digit ke-7 dan ke-8 NIK adalah tanggal lahir (perempuan ditambah 40).",
            field="nik",
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            f"NIK tidak sah: bulan lahir pada NIK ({nik[8:10]}) harus 01–12.",
            hint="Digit ke-9 dan ke-10 NIK adalah bulan lahir.",
            field="nik",
        )
    if nik[12:] == "0000":
        raise ValidationError(
            "NIK tidak sah: nomor urut 0000 tidak sah — kemungkinan NIK rusak karena Excel.",
            hint="Format kolom NIK sebagai Teks di Excel lalu salin ulang NIK dari KTP/KK.",
            field="nik",
        )
    female = day_code > 40
    day = day_code - 40 if female else day_code
    try:
        born: datetime.date | None = datetime.date(_century(int(nik[10:12]), today), month, day)
    except ValueError:
        # Dukcapil has issued NIKs whose date does not exist (e.g. 31 February); keep them.
        born = None
    return NikInfo(
        nik=nik,
        province=province,
        regency=nik[2:4],
        district=nik[4:6],
        birth_date=born,
        gender="P" if female else "L",
    )


def mask_nik(nik: str) -> str:
    """Hide the middle of a NIK for lists: "3201********0001"."""
    if len(nik) <= 8:
        return "*" * len(nik)
    return nik[:4] + "*" * (len(nik) - 8) + nik[-4:]
