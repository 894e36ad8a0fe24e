"""NIP and NIK of demo employees, with the appointment date and golongan a NIP encodes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from ikrar_desktop.domain.golongan import PPPK_GOLONGAN
from ikrar_desktop.domain.status import CPNS, PNS, PPPK, PPPK_PW
from ikrar_desktop.services.demo.data_units import NIK_REGION
from ikrar_desktop.services.demo.jobs import JENIS_GOL, PNS_CAP, PNS_ENTRY, PNS_GOL, PPPK_ENTRY
from ikrar_desktop.services.demo.people import REFERENCE_DATE

NIK_SHARE = 0.8
ENTRY_AGE = {"SMA": (19, 27), "D3": (21, 29), "S1": (23, 33), "S2": (25, 35), "PROFESI": (26, 34)}
PPPK_YEARS = ((2019, 4), (2021, 12), (2022, 22), (2023, 22), (2024, 24), (2025, 16))
CPNS_TMT = ((2024, 6), (2025, 3), (2025, 6), (2025, 10))


@dataclass(slots=True)
class Gen:
    """The random source of one run and the NIPs and NIKs it has handed out."""

    rng: random.Random
    nips: set[str] = field(default_factory=set)
    niks: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Identity:
    """What :func:`identify` decided; ``born`` may have moved to fit the appointment year."""

    nip: str | None
    nik: str | None
    golongan: str | None
    gol_index: int
    born: date


def identify(
    gen: Gen,
    status: str,
    edu: str,
    fld: str,
    gender: str,
    born: date,
    age: int,
    jenis: str | None,
    head: bool,
    kec_index: int,
) -> Identity:
    """Appointment, golongan and NIP of an ASN, or the (usual) NIK of a Non-ASN.

    ``gol_index`` is the index into PANGKAT for PNS/CPNS and the PPPK golongan number for PPPK.
    """
    rng = gen.rng
    nip: str | None = None
    nik: str | None = None
    golongan: str | None = None
    if status in (PNS, CPNS):
        entry_lo, entry_hi = ENTRY_AGE[edu]
        if status == CPNS:
            year, month = rng.choice(CPNS_TMT)
            if year - born.year < 19:
                born = date(year - 19 - rng.randint(0, 3), born.month, min(born.day, 28))
            service = 0
            gol_index = PNS_ENTRY[edu]
        else:
            entry_age = min(rng.randint(entry_lo, entry_hi), age - 2)
            entry_age = max(entry_age, 19)
            year = min(born.year + entry_age, REFERENCE_DATE.year - 1)
            month = rng.choice((1, 3, 3, 4, 12, 12, 2, 6, 10))
            service = REFERENCE_DATE.year - year
            gol_index = min(PNS_ENTRY[edu] + service // 4 - rng.randint(0, 1), PNS_CAP[edu])
            gol_index = max(gol_index, PNS_ENTRY[edu])
            if jenis in JENIS_GOL:
                lo, hi = JENIS_GOL[jenis]
                gol_index = min(max(gol_index, lo), hi)
            elif head:
                gol_index = min(max(gol_index, 10), 13)
        golongan = PNS_GOL[gol_index]
        nip = unique_nip(gen, f"{born:%Y%m%d}{year:04d}{month:02d}{1 if gender == 'L' else 2}")
    elif status in (PPPK, PPPK_PW):
        year = 2025 if status == PPPK_PW else _pppk_year(rng)
        if year - born.year < 20:
            year = max(year, born.year + 20)
            if year > REFERENCE_DATE.year:
                year = REFERENCE_DATE.year
                born = date(year - 21, born.month, min(born.day, 28))
        code = "21" if status == PPPK or rng.random() < 0.3 else "24"
        gol_num = PPPK_ENTRY[edu] + (1 if fld == "spesialis" else 0)
        golongan = PPPK_GOLONGAN[gol_num - 1]
        nip = unique_nip(gen, f"{born:%Y%m%d}{year:04d}{code}{1 if gender == 'L' else 2}")
        gol_index = gol_num
    else:
        gol_index = 0
        if rng.random() < NIK_SHARE:
            nik = unique_nik(gen, kec_index, born, gender)
    return Identity(nip, nik, golongan, gol_index, born)


def _pppk_year(rng: random.Random) -> int:
    return rng.choices([y for y, _ in PPPK_YEARS], [w for _, w in PPPK_YEARS])[0]


def unique_nip(gen: Gen, prefix: str) -> str:
    """``prefix`` and a sequence number no earlier NIP of this run has used."""
    while True:
        nip = f"{prefix}{gen.rng.randint(1, 999):03d}"
        if nip not in gen.nips:
            gen.nips.add(nip)
            return nip


def unique_nik(gen: Gen, kec_index: int, born: date, gender: str) -> str:
    """A NIK issued in kecamatan ``kec_index`` (a random one if 0), unique within this run."""
    kec = kec_index or gen.rng.randint(1, 30)
    day = born.day + (40 if gender == "P" else 0)
    prefix = f"{NIK_REGION}{kec:02d}{day:02d}{born:%m%y}"
    while True:
        nik = f"{prefix}{gen.rng.randint(1, 9999):04d}"
        if nik not in gen.niks:
            gen.niks.add(nik)
            return nik
