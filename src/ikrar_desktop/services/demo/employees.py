"""Employee rows of the demo regency: who fills each post and staff slot of each unit."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ikrar_desktop.domain.status import (
    ADMINISTRATOR,
    CPNS,
    FUNGSIONAL,
    JPT_PRATAMA,
    NON_ASN,
    PELAKSANA,
    PENGAWAS,
    PNS,
    PPPK,
    PPPK_PW,
    STATUSES,
)
from ikrar_desktop.services.demo import data_jobs, data_names, jobs, people
from ikrar_desktop.services.demo.identity import Gen, identify
from ikrar_desktop.services.demo.units import HEALTH, SCHOOL, Unit

STATUS_SHARE: dict[str, float] = {
    PNS: 0.55, PPPK: 0.25, CPNS: 0.03, PPPK_PW: 0.05, NON_ASN: 0.12,
}  # fmt: skip
JENIS_AGE = {JPT_PRATAMA: (46, 58), ADMINISTRATOR: (40, 57), PENGAWAS: (33, 57)}
STATUS_AGE = {
    PNS: (25, 58, 44), CPNS: (19, 35, 26), PPPK: (23, 56, 37), PPPK_PW: (22, 56, 36),
    NON_ASN: (19, 52, 28),
}  # fmt: skip


@dataclass(slots=True)
class Special:
    """One of the hand-written people; empty titles are kept, ``None`` ones are generated."""

    gender: str
    nama: str
    gelar_depan: str | None = None
    gelar_belakang: str | None = None


def staff_units(gen: Gen, units: list[Unit], n: int) -> list[dict[str, object]]:
    """Rows for all ``n`` employees: each unit's posts first, then its staff by status."""
    rng = gen.rng
    unit_posts = {u.name: jobs.posts(u) for u in units}
    structural = sum(len(p) for p in unit_posts.values())
    staff_total = n - structural
    counts = {s: round(STATUS_SHARE[s] * n) for s in STATUSES if s != PNS}
    counts[PNS] = max(0, n - structural - sum(counts.values()))
    statuses: list[str] = [s for s in STATUSES for _ in range(counts[s])]
    while len(statuses) < staff_total:
        statuses.append(PPPK)
    rng.shuffle(statuses)
    specials_at, fallback = _specials(units)

    rows: list[dict[str, object]] = []
    next_status = iter(statuses)
    for u in units:
        unit_specials = list(specials_at.get(u.name, []))
        for index in range(u.size):
            if index < len(unit_posts[u.name]):
                jabatan, jenis, fld, is_head = unit_posts[u.name][index]
                special = None
                if is_head:
                    special = next((s for h, s in unit_specials if h), None)
                    if special is not None:
                        unit_specials = [(h, s) for h, s in unit_specials if s is not special]
                rows.append(_structural(gen, u, jabatan, jenis, fld, is_head, special))
                continue
            status = next(next_status)
            special = None
            staff_specials = [s for h, s in unit_specials if not h]
            if staff_specials and status == PNS:
                special = staff_specials[0]
                unit_specials = [(h, s) for h, s in unit_specials if s is not special]
            elif fallback and _takes_fallback(rng, n, status, u.category):
                special = fallback.pop(0)
            rows.append(_staff(gen, u, status, special))
        # Specials that found no slot here go to the next units.
        fallback.extend(s for _, s in unit_specials)
    return rows


def _takes_fallback(rng: random.Random, n: int, status: str, category: str) -> bool:
    """Whether a staff slot hosts one of the hand-written people (spread out in big rosters)."""
    if n < 1000:
        return True
    return status in (PNS, NON_ASN) and category not in SCHOOL + HEALTH and rng.random() < 0.3


def _specials(units: list[Unit]) -> tuple[dict[str, list[tuple[bool, Special]]], list[Special]]:
    planned = {u.name for u in units}
    at: dict[str, list[tuple[bool, Special]]] = {}
    fallback: list[Special] = []
    for unit, head, gender, front, nama, back in data_names.SPECIAL_PEOPLE:
        if unit and unit in planned:
            at.setdefault(unit, []).append((head, Special(gender, nama, front, back)))
        elif not unit:
            fallback.append(Special(gender, nama, front, back))
        elif "Fauzi" in nama:  # the search examples must exist in every roster
            fallback.append(Special(gender, nama))
    return at, fallback


def _structural(
    gen: Gen, u: Unit, jabatan: str, jenis: str, fld: str, is_head: bool, special: Special | None
) -> dict[str, object]:
    rng = gen.rng
    if jenis == FUNGSIONAL:  # kepala sekolah / kepala puskesmas
        lo_age, hi_age = 38, 58
        gender = "L" if rng.random() < 0.5 else "P"
    else:
        lo_age, hi_age = JENIS_AGE[jenis]
        gender = "L" if rng.random() < (0.78 if is_head else 0.62) else "P"
    age = rng.randint(lo_age, hi_age)
    edu = people.education(rng, fld)
    if fld == "dokter" and is_head:
        edu = "S2"
    return _person(
        gen, u, PNS, jabatan, jenis, fld, edu, gender, age, special, ladder=None, head=is_head
    )


def _staff(gen: Gen, u: Unit, status: str, special: Special | None) -> dict[str, object]:
    rng = gen.rng
    cat = u.category
    lo, hi, mode = STATUS_AGE[status]
    age = int(rng.triangular(lo, hi + 0.999, mode))
    if status == NON_ASN:
        pool = (
            data_jobs.NON_ASN_SCHOOL
            if cat in SCHOOL
            else data_jobs.NON_ASN_HEALTH
            if cat in HEALTH
            else data_jobs.NON_ASN_OFFICE
        )
        jabatan = rng.choice(pool)
        fld = (
            "guru"
            if jabatan == "Guru Honorer"
            else "perawat"
            if "Perawat" in jabatan
            else "bidan"
            if "Bidan" in jabatan
            else ""
        )
        edu = people.education(rng, fld) if fld else ("S1" if rng.random() < 0.2 else "SMA")
        if not fld and edu == "S1":
            fld = "pelaksana"
        gender = people.gender(rng, fld, jabatan)
        return _person(gen, u, status, jabatan, None, fld, edu, gender, age, special, ladder=None)
    if status == PPPK_PW:
        if cat in SCHOOL and rng.random() < 0.5:
            base, fld = jobs.school_role(rng, cat)
            jenis = FUNGSIONAL
            jabatan = base
        else:
            jabatan = rng.choice(
                (
                    "Operator Layanan Operasional",
                    "Pengelola Umum Operasional",
                    "Penata Layanan Operasional",
                )
            )
            if cat in HEALTH:
                jabatan = "Operator Layanan Kesehatan"
            fld, jenis = "pelaksana", PELAKSANA
        edu = people.education(rng, fld)
        gender = people.gender(rng, fld, jabatan)
        return _person(gen, u, status, jabatan, jenis, fld, edu, gender, age, special, ladder=None)
    base, fld = jobs.fungsional_role(rng, u)
    if not base:
        jabatan = rng.choice(data_jobs.PELAKSANA)
        edu = people.education(rng, "pelaksana")
        gender = people.gender(rng, "pelaksana", jabatan)
        return _person(
            gen, u, status, jabatan, PELAKSANA, "pelaksana", edu, gender, age, special, ladder=None
        )
    edu = people.education(rng, fld)
    gender = people.gender(rng, fld, base)
    return _person(gen, u, status, base, FUNGSIONAL, fld, edu, gender, age, special, ladder=base)


def _person(
    gen: Gen,
    u: Unit,
    status: str,
    jabatan: str,
    jenis: str | None,
    fld: str,
    edu: str,
    gender: str,
    age: int,
    special: Special | None,
    *,
    ladder: str | None,
    head: bool = False,
) -> dict[str, object]:
    rng = gen.rng
    if special is not None:
        gender = special.gender
        age = max(age, 52 if special.gelar_depan else 36)
    born = people.birth_date(rng, age)
    region = people.region(rng)
    muslim = rng.random() < data_names.REGIONS[region][4]
    nama = special.nama if special else people.name(rng, region, gender)
    if region == "batak":  # Mandailing/Angkola marga are mostly Muslim, Toba mostly Christian
        words = nama.split()
        muslim = words[
            -1
        ] in data_names.BATAK_MUSLIM_MARGA and not data_names.CHRISTIAN_GIVEN & set(words)
    front, back = people.titles(
        rng, fld, edu, gender, born, jenis, head, muslim and region != "bali"
    )
    if special and special.gelar_depan is not None:
        front = special.gelar_depan
    if special and special.gelar_belakang is not None:
        back = special.gelar_belakang
    ident = identify(gen, status, edu, fld, gender, born, age, jenis, head, u.kec_index)
    if ladder:
        jabatan = jobs.ladder_title(ladder, edu, status, ident.gol_index)
    return {
        "nip": ident.nip,
        "nik": ident.nik,
        "gelar_depan": front,
        "nama": nama,
        "gelar_belakang": back,
        "status": status,
        "golongan": ident.golongan,
        "jabatan": jabatan,
        "jenis_jabatan": jenis,
        "unit_id": u.id,
        "gender": gender,
        "birth_date": ident.born,
        "active": 1,
        "inactive_reason": "",
    }
