"""Jabatan of demo employees: a unit's structural posts, fungsional roles and golongan ladders."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ikrar_desktop.domain.golongan import PANGKAT
from ikrar_desktop.domain.status import (
    ADMINISTRATOR,
    FUNGSIONAL,
    JPT_PRATAMA,
    PENGAWAS,
    PPPK,
    PPPK_PW,
)
from ikrar_desktop.services.demo import data_jobs
from ikrar_desktop.services.demo.units import HEALTH, SCHOOL, Unit

PNS_GOL: tuple[str, ...] = tuple(PANGKAT)
# Indexes into PNS_GOL (PNS) or PPPK golongan numbers (PPPK) by education.
PNS_ENTRY = {"SMA": 4, "D3": 6, "S1": 8, "S2": 9, "PROFESI": 9}
PNS_CAP = {"SMA": 10, "D3": 11, "S1": 13, "S2": 14, "PROFESI": 14}
PPPK_ENTRY = {"SMA": 5, "D3": 7, "S1": 9, "S2": 10, "PROFESI": 10}
JENIS_GOL = {JPT_PRATAMA: (13, 15), ADMINISTRATOR: (11, 13), PENGAWAS: (9, 12)}


def posts(u: Unit) -> list[tuple[str, str, str, bool]]:
    """Head and structural posts of a unit: (jabatan, jenis, field, is_head)."""
    s, cat = u.size, u.category
    if s == 0:
        return []
    out: list[tuple[str, str, str, bool]] = []
    if cat == "setda":
        out.append((data_jobs.HEAD_TITLES[u.name], JPT_PRATAMA, "pimpinan", True))
    elif cat in ("dinas", "badan", "satpol"):
        out.append((f"Kepala {u.name}", JPT_PRATAMA, "pimpinan", True))
    elif cat == "rsud":
        out.append((f"Direktur {u.name}", JPT_PRATAMA, "dokter", True))
    elif cat == "kecamatan":
        out.append((f"Camat {u.name.removeprefix('Kecamatan ')}", ADMINISTRATOR, "pimpinan", True))
    elif cat == "kelurahan":
        out.append((f"Lurah {u.name.removeprefix('Kelurahan ')}", PENGAWAS, "pimpinan", True))
    elif cat == "puskesmas":
        out.append((f"Kepala {u.name}", FUNGSIONAL, "dokter" if s % 2 else "kesmas", True))
    elif cat == "upt":
        out.append((f"Kepala {u.name}", PENGAWAS, "pimpinan", True))
    else:
        out.append((f"Kepala {u.name}", FUNGSIONAL, "guru", True))
    admin_posts, pengawas_posts = data_jobs.ADMINISTRATOR_POSTS, data_jobs.PENGAWAS_POSTS
    if cat in ("setda", "dinas", "badan", "satpol"):
        admin = admin_posts.get(u.name, admin_posts["OPD"])
        n_admin = max(1, s // 12) if s >= 3 else 0
        out += [(j, ADMINISTRATOR, "pimpinan", False) for j in admin[:n_admin]]
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas_posts["OPD"][: s // 7]]
    elif cat == "rsud":
        out += [(j, ADMINISTRATOR, "pimpinan", False) for j in admin_posts["RSUD"][: s // 40]]
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas_posts["RSUD"][: s // 25]]
    elif cat == "kecamatan":
        out += [
            (j, ADMINISTRATOR, "pimpinan", False)
            for j in admin_posts["Kecamatan"][: 1 if s >= 4 else 0]
        ]
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas_posts["Kecamatan"][: s // 4]]
    elif cat == "kelurahan":
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas_posts["Kelurahan"][: s // 4]]
    elif cat == "upt":
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas_posts["UPT"][: s // 6]]
    return out[:s]


def school_role(rng: random.Random, cat: str) -> tuple[str, str]:
    """(base jabatan, field) of a teacher at an SD or SMP."""
    if cat == "sd":
        return _weighted(
            rng, [(b, f) for b, f, _ in data_jobs.SD_ROLES], [w for _, _, w in data_jobs.SD_ROLES]
        )
    subject = rng.choice(data_jobs.SMP_SUBJECTS)
    return f"Guru {subject}", ("guru_agama" if "Agama" in subject else "guru")


def fungsional_role(rng: random.Random, u: Unit) -> tuple[str, str]:
    """(base jabatan, field) of an ASN staff member, or ("", "") for a Pelaksana."""
    cat = u.category
    r = rng.random()
    if cat in SCHOOL:
        if r < 0.92:
            return school_role(rng, cat)
        return ("Pustakawan", "umum") if cat == "smp" and r < 0.95 else ("", "")
    if cat in HEALTH:
        roles = data_jobs.PUSKESMAS_ROLES if cat == "puskesmas" else data_jobs.RSUD_ROLES
        if r < 0.9:
            return _weighted(rng, [(b, f) for b, f, _ in roles], [w for _, _, w in roles])
        return "", ""
    if cat == "satpol":
        return ("Polisi Pamong Praja", "satpol") if r < 0.7 else ("", "")
    if cat in ("kecamatan", "kelurahan"):
        if r < 0.12:
            return rng.choice(
                (("Analis Kebijakan", "sosial"), ("Penggerak Swadaya Masyarakat", "sosial"))
            )
        return "", ""
    if cat == "upt":
        if "Laboratorium" in u.name and r < 0.6:
            return "Pranata Laboratorium Kesehatan", "analis"
        if "Pertanian" in u.name and r < 0.7:
            return "Penyuluh Pertanian", "pertanian"
        return "", ""
    if r < 0.42:
        office = u.roles if u.roles and rng.random() < 0.75 else data_jobs.OFFICE_ROLES
        return rng.choice(office)
    return "", ""


def _weighted(
    rng: random.Random, items: Sequence[tuple[str, str]], weights: Sequence[int]
) -> tuple[str, str]:
    return rng.choices(items, weights)[0]


def ladder_title(base: str, edu: str, status: str, gol_index: int) -> str:
    """ "Guru Kelas Ahli Muda", "Perawat Terampil"… from education and golongan."""
    ahli = edu in ("S1", "S2", "PROFESI")
    if status in (PPPK, PPPK_PW):  # gol_index is the PPPK golongan number
        if ahli:
            level = (
                "Ahli Pertama"
                if gol_index <= 10
                else "Ahli Muda"
                if gol_index == 11
                else ("Ahli Madya")
            )
        else:
            level = "Terampil" if gol_index <= 7 else "Mahir"
    elif ahli:
        level = (
            "Ahli Pertama"
            if gol_index <= 9
            else "Ahli Muda"
            if gol_index <= 11
            else "Ahli Madya"
            if gol_index <= 14
            else "Ahli Utama"
        )
    else:
        level = (
            "Pemula"
            if gol_index <= 4
            else "Terampil"
            if gol_index <= 7
            else "Mahir"
            if gol_index <= 9
            else "Penyelia"
        )
    return f"{base} {level}"
