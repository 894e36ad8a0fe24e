"""Personal details of a demo employee: education, gender, birth date, name and titles."""

from __future__ import annotations

import random
from datetime import date

from ikrar_desktop.domain.status import ADMINISTRATOR, JPT_PRATAMA
from ikrar_desktop.services.demo import data_fields, data_names

REFERENCE_DATE = date(2025, 12, 1)
"""Ages, TMT and appointment years are computed from this fixed day, so a seed is stable."""
EDU_LEVELS = ("SMA", "D3", "S1", "S2", "PROFESI")
_REGIONS = list(data_names.REGIONS)
_REGION_WEIGHTS = [r[5] for r in data_names.REGIONS.values()]


def education(rng: random.Random, fld: str) -> str:
    """Highest education for someone working in field ``fld`` ("" for none in particular)."""
    weights = data_fields.FIELDS[fld][0] if fld else (60, 20, 20, 0, 0)
    return rng.choices(EDU_LEVELS, weights)[0]


def gender(rng: random.Random, fld: str, jabatan: str) -> str:
    """ "L" or "P", with each field's and job's typical share of women."""
    female = {
        "bidan": 1.0,
        "perawat": 0.68,
        "guru": 0.66,
        "guru_agama": 0.5,
        "gizi": 0.8,
        "dokter": 0.58,
        "dokter_gigi": 0.7,
        "farmasi": 0.75,
        "farmasi_d3": 0.75,
        "analis": 0.65,
        "kesmas": 0.6,
        "satpol": 0.15,
        "rekam_medis": 0.6,
    }.get(fld, 0.45)
    if jabatan in ("Pengemudi", "Pengemudi Ambulans", "Petugas Keamanan", "Penjaga Sekolah"):
        female = 0.03
    return "P" if rng.random() < female else "L"


def birth_date(rng: random.Random, age: int) -> date:
    """A birth date that makes someone ``age`` years old on :data:`REFERENCE_DATE`."""
    return date.fromordinal(REFERENCE_DATE.toordinal() - int((age + rng.random()) * 365.25))


def region(rng: random.Random) -> str:
    """Where a new employee's family comes from, weighted by the regency's population."""
    return rng.choices(_REGIONS, _REGION_WEIGHTS)[0]


def name(rng: random.Random, region: str, gender: str) -> str:
    """A full name in the naming customs of ``region``."""
    male, female, second, p_second, _, _ = data_names.REGIONS[region]
    given = rng.choice(male if gender == "L" else female)
    if region == "bali":
        prefix = rng.choice(
            data_names.BALI_MALE_PREFIX if gender == "L" else data_names.BALI_FEMALE_PREFIX
        )
        parts = [prefix, given]
    elif region == "bugis" and given not in ("Andi", "Sitti") and rng.random() < 0.22:
        parts = ["Andi", given]
    elif region == "batak" and rng.random() < 0.3:
        other = rng.choice(male if gender == "L" else female)
        parts = [given] if other == given else [given, other]
    else:
        parts = [given]
    if region == "batak" or rng.random() < p_second:
        banned = data_names.MALE_ONLY_SECOND if gender == "P" else data_names.FEMALE_ONLY_SECOND
        for _ in range(4):
            extra = rng.choice(second)
            if extra not in banned and extra not in " ".join(parts).split():
                parts.append(extra)
                break
    if region in ("sunda", "jawa", "muslim") and rng.random() < 0.06:
        parts.insert(0, "Muhammad" if gender == "L" else "Siti")
        if parts[0] == parts[1]:
            del parts[1]
    return " ".join(parts)


def titles(
    rng: random.Random,
    fld: str,
    edu: str,
    gender: str,
    born: date,
    jenis: str | None,
    head: bool,
    muslim: bool,
) -> tuple[str, str]:
    """(gelar depan, gelar belakang) that fit the field, education, age and gender."""
    if not fld or edu == "SMA":
        back = ""
    else:
        options = data_fields.FIELDS[fld][1].get(edu) or data_fields.FIELDS[fld][1].get("S1", ("",))
        back = rng.choice(options)
    front: list[str] = []
    professional = data_fields.FIELD_FRONT.get(fld, "")
    if professional and edu in ("PROFESI", "S2"):
        front.append(professional)
    elif edu in ("S1", "S2") and born.year < 1970 and back:
        first, _, rest = back.partition(", ")
        if fld in data_fields.OLD_DRS_FIELDS and rng.random() < 0.5 and first.startswith("S."):
            front.append("Drs." if gender == "L" else "Dra.")
            back = rest
        elif fld in data_fields.OLD_IR_FIELDS and rng.random() < 0.5 and first.startswith("S."):
            front.append("Ir.")
            back = rest
    senior = jenis in (JPT_PRATAMA, ADMINISTRATOR)
    if (
        edu in ("S2", "PROFESI")
        and back
        and (
            (jenis == JPT_PRATAMA and rng.random() < 0.25)
            or (senior and rng.random() < 0.04)
            or rng.random() < 0.002
        )
    ):
        front.insert(0, "Dr.")
    if muslim and REFERENCE_DATE.year - born.year >= 38:
        chance = 0.45 if head or senior else 0.12
        if rng.random() < chance:
            front.append("H." if gender == "L" else "Hj.")
    return " ".join(front), back
