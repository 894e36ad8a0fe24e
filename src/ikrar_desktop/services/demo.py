"""Fill an empty registry with a realistic, fictional regency (Kabupaten Sukamakmur)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ikrar_desktop.domain.golongan import PANGKAT, PPPK_GOLONGAN
from ikrar_desktop.domain.names import display_name
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
    guess_unit_kind,
)
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import demo_data as data
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.connection import write

REFERENCE_DATE = date(2025, 12, 1)
"""Ages, TMT and appointment years are computed from this fixed day, so a seed is stable."""
MAX_EMPLOYEES = 200_000
CHUNK = 5000
STATUS_SHARE: dict[str, float] = {
    PNS: 0.55, PPPK: 0.25, CPNS: 0.03, PPPK_PW: 0.05, NON_ASN: 0.12,
}  # fmt: skip
NIK_SHARE = 0.8
INACTIVE_SHARE = 0.008
EDU_LEVELS = ("SMA", "D3", "S1", "S2", "PROFESI")
PNS_GOL: tuple[str, ...] = tuple(PANGKAT)
PNS_ENTRY = {"SMA": 4, "D3": 6, "S1": 8, "S2": 9, "PROFESI": 9}
PNS_CAP = {"SMA": 10, "D3": 11, "S1": 13, "S2": 14, "PROFESI": 14}
PPPK_ENTRY = {"SMA": 5, "D3": 7, "S1": 9, "S2": 10, "PROFESI": 10}
ENTRY_AGE = {"SMA": (19, 27), "D3": (21, 29), "S1": (23, 33), "S2": (25, 35), "PROFESI": (26, 34)}
JENIS_GOL = {JPT_PRATAMA: (13, 15), ADMINISTRATOR: (11, 13), PENGAWAS: (9, 12)}
JENIS_AGE = {JPT_PRATAMA: (46, 58), ADMINISTRATOR: (40, 57), PENGAWAS: (33, 57)}
STATUS_AGE = {
    PNS: (25, 58, 44), CPNS: (19, 35, 26), PPPK: (23, 56, 37), PPPK_PW: (22, 56, 36),
    NON_ASN: (19, 52, 28),
}  # fmt: skip
PPPK_YEARS = ((2019, 4), (2021, 12), (2022, 22), (2023, 22), (2024, 24), (2025, 16))
CPNS_TMT = ((2024, 6), (2025, 3), (2025, 6), (2025, 10))
SCHOOL = ("sd", "smp")
HEALTH = ("puskesmas", "rsud")


@dataclass(slots=True)
class DemoSummary:
    """What :func:`generate_demo` created."""

    units: int
    employees: int
    by_status: dict[str, int]
    longest_names: list[str]


@dataclass(slots=True)
class _Unit:
    name: str
    code: str | None
    category: str
    weight: float  # share of all employees
    parent: str | None = None
    roles: tuple[tuple[str, str], ...] = ()
    kec_index: int = 0
    size: int = 0
    id: int = 0


@dataclass(slots=True)
class _Special:
    gender: str
    nama: str
    gelar_depan: str | None = None
    gelar_belakang: str | None = None


@dataclass(slots=True)
class _Gen:
    rng: random.Random
    nips: set[str] = field(default_factory=set)
    niks: set[str] = field(default_factory=set)
    regions: list[str] = field(default_factory=list)
    region_weights: list[int] = field(default_factory=list)


def generate_demo(
    conn: sqlite3.Connection,
    employees: int,
    *,
    seed: int = 2024,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create the demo regency's units and ``employees`` staff in one transaction.

    Refuses a registry that already holds employees. The same seed gives the same data.
    """
    if not 1 <= employees <= MAX_EMPLOYEES:
        raise ValidationError(
            f"Jumlah pegawai contoh harus antara 1 dan {MAX_EMPLOYEES:,}".replace(",", ".")
            + f"; yang diminta {employees}.",
            field="employees",
        )
    rng = random.Random(seed)
    plans = _plan_units(employees)
    _allocate(plans, employees, rng)
    parents = {u.parent for u in plans if u.size and u.parent}
    plans = [u for u in plans if u.size or u.name in parents]
    gen = _Gen(
        rng, regions=list(data.REGIONS), region_weights=[r[5] for r in data.REGIONS.values()]
    )
    if progress:
        progress(0, employees)
    with write(conn):
        existing = int(conn.execute("SELECT count(*) FROM employees").fetchone()[0])
        if existing:
            raise ValidationError(
                f"Registri sudah berisi {existing} pegawai; data contoh hanya dapat dibuat "
                "pada registri yang masih kosong.",
                hint="Buat database baru (Berkas > Baru) lalu isi data contoh di sana.",
            )
        _insert_units(conn, plans)
        rows = _people(gen, plans, employees)
        _deactivate_some(gen, rows)
        for start in range(0, len(rows), CHUNK):
            emp_store.insert_many(conn, rows[start : start + CHUNK])
            if progress:
                progress(min(start + CHUNK, len(rows)), employees)
    settings_service.save(
        conn,
        settings_service.Settings(
            instansi=data.INSTANSI,
            unit_name=data.SETTINGS_UNIT,
            address_lines=list(data.ADDRESS_LINES),
            place=data.REGENCY,
            paper="A4",
        ),
    )
    by_status = dict.fromkeys(STATUSES, 0)
    for row in rows:
        by_status[str(row["status"])] += 1
    return DemoSummary(
        units=len(plans),
        employees=len(rows),
        by_status=by_status,
        longest_names=_longest_names(rows),
    )


# ---------------------------------------------------------------- units


def _plan_units(n: int) -> list[_Unit]:
    """The regency's units, their number scaled to the size of the roster."""
    units: list[_Unit] = []
    for name, code, permille, roles in data.OPD:
        category = "dinas"
        if name.startswith("Badan"):
            category = "badan"
        elif name.startswith("Satuan Polisi"):
            category = "satpol"
        elif name in data.HEAD_TITLES:
            category = "setda"
        units.append(_Unit(name, code, category, permille / 1000, roles=roles))
    rsud = [f"RSUD {data.REGENCY}"] + ([f"RSUD {data.KECAMATAN[4]}"] if n >= 20_000 else [])
    for i, name in enumerate(rsud):
        units.append(
            _Unit(
                name,
                "RSUD" if i == 0 else f"RSUD{i + 1}",
                "rsud",
                0.07 if i == 0 else 0.025,
                parent="Dinas Kesehatan",
            )
        )
    n_kec = 15 if n < 3000 else min(30, 15 + (n - 3000) // 3000)
    kecamatan = data.KECAMATAN[:n_kec]
    for i, kec in enumerate(kecamatan):
        units.append(
            _Unit(
                f"Kecamatan {kec}", f"KEC{i + 1:02d}", "kecamatan", 0.045 / n_kec, kec_index=i + 1
            )
        )
    n_kel = 3 if n < 10_000 else min(len(data.KELURAHAN), 3 + n // 8000)
    for i, kel in enumerate(data.KELURAHAN[:n_kel]):
        units.append(
            _Unit(
                f"Kelurahan {kel}",
                None,
                "kelurahan",
                0.01 / n_kel,
                parent=f"Kecamatan {kecamatan[i % 3]}",
                kec_index=i % 3 + 1,
            )
        )
    n_pkm = max(1, min(2 * n_kec, max(min(n_kec, n // 60), round(n * 0.11 / 70))))
    for i in range(n_pkm):
        kec = kecamatan[i % n_kec]
        name = f"Puskesmas {kec}" if i < n_kec else f"Puskesmas {kec} {_ordinal_suffix(i // n_kec)}"
        units.append(
            _Unit(
                name,
                None,
                "puskesmas",
                0.11 / n_pkm,
                parent="Dinas Kesehatan",
                kec_index=i % n_kec + 1,
            )
        )
    upts = (
        ("UPTD Laboratorium Kesehatan Daerah", "Dinas Kesehatan"),
        ("UPTD Pengelolaan Sampah", "Dinas Lingkungan Hidup"),
        ("UPTD Balai Penyuluhan Pertanian Wilayah I", "Dinas Pertanian"),
        (
            "UPTD Pengelolaan Pasar",
            "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian",
        ),
        ("UPTD Terminal Tipe B", "Dinas Perhubungan"),
        ("UPTD Balai Penyuluhan Pertanian Wilayah II", "Dinas Pertanian"),
        ("UPTD Instalasi Farmasi Kabupaten", "Dinas Kesehatan"),
    )
    n_upt = 3 if n < 5000 else len(upts)
    for name, parent in upts[:n_upt]:
        units.append(_Unit(name, None, "upt", 0.015 / n_upt, parent=parent))
    n_sd = max(1, round(n * 0.34 / 14))
    n_smp = max(1, round(n * 0.156 / 42))
    for kind, count, share in (("SD", n_sd, 0.34), ("SMP", n_smp, 0.156)):
        per_kec: dict[str, int] = {}
        for i in range(count):
            kec = kecamatan[i % n_kec]
            per_kec[kec] = per_kec.get(kec, 0) + 1
            units.append(
                _Unit(
                    f"{kind} Negeri {per_kec[kec]} {kec}",
                    None,
                    kind.lower(),
                    share / count,
                    parent="Dinas Pendidikan",
                    kec_index=i % n_kec + 1,
                )
            )
    return units


def _ordinal_suffix(i: int) -> str:
    return ("", "II", "III", "IV")[min(i, 3)] if i else ""


def _allocate(units: list[_Unit], n: int, rng: random.Random) -> None:
    """Split ``n`` employees over the units by weight (largest remainder, ties by order)."""
    total = sum(u.weight for u in units)
    exact = [u.weight / total * n for u in units]
    for u, share in zip(units, exact, strict=True):
        u.size = int(share)
    left = n - sum(u.size for u in units)
    order = sorted(range(len(units)), key=lambda i: (-(exact[i] - int(exact[i])), i))
    for i in order[:left]:
        units[i].size += 1


def _insert_units(conn: sqlite3.Connection, units: list[_Unit]) -> None:
    ids: dict[str, int] = {}
    for u in units:
        kind = guess_unit_kind(u.name)
        parent_id = ids.get(u.parent) if u.parent else None
        u.id = unit_store.find_by_name(conn, u.name) or unit_store.insert(
            conn, u.name, kind, u.code, parent_id
        )
        ids[u.name] = u.id


# ---------------------------------------------------------------- people


def _people(gen: _Gen, units: list[_Unit], n: int) -> list[dict[str, object]]:
    rng = gen.rng
    posts = {u.name: _posts(u) for u in units}
    structural = sum(len(p) for p in posts.values())
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
            if index < len(posts[u.name]):
                jabatan, jenis, fld, is_head = posts[u.name][index]
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


def _specials(units: list[_Unit]) -> tuple[dict[str, list[tuple[bool, _Special]]], list[_Special]]:
    planned = {u.name for u in units}
    at: dict[str, list[tuple[bool, _Special]]] = {}
    fallback: list[_Special] = []
    for unit, head, gender, front, nama, back in data.SPECIAL_PEOPLE:
        if unit and unit in planned:
            at.setdefault(unit, []).append((head, _Special(gender, nama, front, back)))
        elif not unit:
            fallback.append(_Special(gender, nama, front, back))
        elif "Fauzi" in nama:  # the search examples must exist in every roster
            fallback.append(_Special(gender, nama))
    return at, fallback


def _posts(u: _Unit) -> list[tuple[str, str, str, bool]]:
    """Head and structural posts of a unit: (jabatan, jenis, field, is_head)."""
    s, cat = u.size, u.category
    if s == 0:
        return []
    out: list[tuple[str, str, str, bool]] = []
    if cat == "setda":
        out.append((data.HEAD_TITLES[u.name], JPT_PRATAMA, "pimpinan", True))
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
    if cat in ("setda", "dinas", "badan", "satpol"):
        admin = data.ADMINISTRATOR_POSTS.get(u.name, data.ADMINISTRATOR_POSTS["OPD"])
        n_admin = max(1, s // 12) if s >= 3 else 0
        out += [(j, ADMINISTRATOR, "pimpinan", False) for j in admin[:n_admin]]
        pengawas = data.PENGAWAS_POSTS["OPD"]
        out += [(j, PENGAWAS, "pimpinan", False) for j in pengawas[: s // 7]]
    elif cat == "rsud":
        out += [
            (j, ADMINISTRATOR, "pimpinan", False)
            for j in data.ADMINISTRATOR_POSTS["RSUD"][: s // 40]
        ]
        out += [(j, PENGAWAS, "pimpinan", False) for j in data.PENGAWAS_POSTS["RSUD"][: s // 25]]
    elif cat == "kecamatan":
        out += [
            (j, ADMINISTRATOR, "pimpinan", False)
            for j in data.ADMINISTRATOR_POSTS["Kecamatan"][: 1 if s >= 4 else 0]
        ]
        out += [
            (j, PENGAWAS, "pimpinan", False) for j in data.PENGAWAS_POSTS["Kecamatan"][: s // 4]
        ]
    elif cat == "kelurahan":
        out += [
            (j, PENGAWAS, "pimpinan", False) for j in data.PENGAWAS_POSTS["Kelurahan"][: s // 4]
        ]
    elif cat == "upt":
        out += [(j, PENGAWAS, "pimpinan", False) for j in data.PENGAWAS_POSTS["UPT"][: s // 6]]
    return out[:s]


def _structural(
    gen: _Gen, u: _Unit, jabatan: str, jenis: str, fld: str, is_head: bool, special: _Special | None
) -> dict[str, object]:
    rng = gen.rng
    if jenis == FUNGSIONAL:  # kepala sekolah / kepala puskesmas
        lo_age, hi_age = 38, 58
        gender = "L" if rng.random() < 0.5 else "P"
    else:
        lo_age, hi_age = JENIS_AGE[jenis]
        gender = "L" if rng.random() < (0.78 if is_head else 0.62) else "P"
    age = rng.randint(lo_age, hi_age)
    edu = _edu(rng, fld)
    if fld == "dokter" and is_head:
        edu = "S2"
    return _person(
        gen, u, PNS, jabatan, jenis, fld, edu, gender, age, special, ladder=None, head=is_head
    )


def _staff(gen: _Gen, u: _Unit, status: str, special: _Special | None) -> dict[str, object]:
    rng = gen.rng
    cat = u.category
    lo, hi, mode = STATUS_AGE[status]
    age = int(rng.triangular(lo, hi + 0.999, mode))
    if status == NON_ASN:
        pool = (
            data.NON_ASN_SCHOOL
            if cat in SCHOOL
            else data.NON_ASN_HEALTH
            if cat in HEALTH
            else data.NON_ASN_OFFICE
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
        edu = _edu(rng, fld) if fld else ("S1" if rng.random() < 0.2 else "SMA")
        if not fld and edu == "S1":
            fld = "pelaksana"
        gender = _gender(rng, fld, jabatan)
        return _person(gen, u, status, jabatan, None, fld, edu, gender, age, special, ladder=None)
    if status == PPPK_PW:
        if cat in SCHOOL and rng.random() < 0.5:
            base, fld = _school_role(rng, cat)
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
        edu = _edu(rng, fld)
        gender = _gender(rng, fld, jabatan)
        return _person(gen, u, status, jabatan, jenis, fld, edu, gender, age, special, ladder=None)
    base, fld = _fungsional_role(rng, u)
    if not base:
        jabatan = rng.choice(data.PELAKSANA)
        edu = _edu(rng, "pelaksana")
        gender = _gender(rng, "pelaksana", jabatan)
        return _person(
            gen, u, status, jabatan, PELAKSANA, "pelaksana", edu, gender, age, special, ladder=None
        )
    edu = _edu(rng, fld)
    gender = _gender(rng, fld, base)
    return _person(gen, u, status, base, FUNGSIONAL, fld, edu, gender, age, special, ladder=base)


def _school_role(rng: random.Random, cat: str) -> tuple[str, str]:
    if cat == "sd":
        return _weighted(
            rng, [(b, f) for b, f, _ in data.SD_ROLES], [w for _, _, w in data.SD_ROLES]
        )
    subject = rng.choice(data.SMP_SUBJECTS)
    return f"Guru {subject}", ("guru_agama" if "Agama" in subject else "guru")


def _fungsional_role(rng: random.Random, u: _Unit) -> tuple[str, str]:
    """(base jabatan, field) of an ASN staff member, or ("", "") for a Pelaksana."""
    cat = u.category
    r = rng.random()
    if cat in SCHOOL:
        if r < 0.92:
            return _school_role(rng, cat)
        return ("Pustakawan", "umum") if cat == "smp" and r < 0.95 else ("", "")
    if cat in HEALTH:
        roles = data.PUSKESMAS_ROLES if cat == "puskesmas" else data.RSUD_ROLES
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
        office = u.roles if u.roles and rng.random() < 0.75 else data.OFFICE_ROLES
        return rng.choice(office)
    return "", ""


def _weighted(
    rng: random.Random, items: Sequence[tuple[str, str]], weights: Sequence[int]
) -> tuple[str, str]:
    return rng.choices(items, weights)[0]


def _edu(rng: random.Random, fld: str) -> str:
    weights = data.FIELDS[fld][0] if fld else (60, 20, 20, 0, 0)
    return rng.choices(EDU_LEVELS, weights)[0]


def _gender(rng: random.Random, fld: str, jabatan: str) -> str:
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


def _birth_date(rng: random.Random, age: int) -> date:
    return date.fromordinal(REFERENCE_DATE.toordinal() - int((age + rng.random()) * 365.25))


def _person(
    gen: _Gen,
    u: _Unit,
    status: str,
    jabatan: str,
    jenis: str | None,
    fld: str,
    edu: str,
    gender: str,
    age: int,
    special: _Special | None,
    *,
    ladder: str | None,
    head: bool = False,
) -> dict[str, object]:
    rng = gen.rng
    if special is not None:
        gender = special.gender
        age = max(age, 52 if special.gelar_depan else 36)
    born = _birth_date(rng, age)
    region = rng.choices(gen.regions, gen.region_weights)[0]
    muslim = rng.random() < data.REGIONS[region][4]
    nama = special.nama if special else _name(rng, region, gender)
    if region == "batak":  # Mandailing/Angkola marga are mostly Muslim, Toba mostly Christian
        words = nama.split()
        muslim = words[-1] in data.BATAK_MUSLIM_MARGA and not data.CHRISTIAN_GIVEN & set(words)
    front, back = _titles(rng, fld, edu, gender, born, jenis, head, muslim and region != "bali")
    if special and special.gelar_depan is not None:
        front = special.gelar_depan
    if special and special.gelar_belakang is not None:
        back = special.gelar_belakang

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
        nip = _unique_nip(gen, f"{born:%Y%m%d}{year:04d}{month:02d}{1 if gender == 'L' else 2}")
    elif status in (PPPK, PPPK_PW):
        year = 2025 if status == PPPK_PW else _weighted_year(rng)
        if year - born.year < 20:
            year = max(year, born.year + 20)
            if year > REFERENCE_DATE.year:
                year = REFERENCE_DATE.year
                born = date(year - 21, born.month, min(born.day, 28))
        code = "21" if status == PPPK or rng.random() < 0.3 else "24"
        gol_num = PPPK_ENTRY[edu] + (1 if fld == "spesialis" else 0)
        golongan = PPPK_GOLONGAN[gol_num - 1]
        nip = _unique_nip(gen, f"{born:%Y%m%d}{year:04d}{code}{1 if gender == 'L' else 2}")
        gol_index = gol_num
    else:
        gol_index = 0
        if rng.random() < NIK_SHARE:
            nik = _unique_nik(gen, u, born, gender)
    if ladder:
        jabatan = _ladder_title(ladder, edu, status, gol_index)
    return {
        "nip": nip,
        "nik": nik,
        "gelar_depan": front,
        "nama": nama,
        "gelar_belakang": back,
        "status": status,
        "golongan": golongan,
        "jabatan": jabatan,
        "jenis_jabatan": jenis,
        "unit_id": u.id,
        "gender": gender,
        "birth_date": born,
        "active": 1,
        "inactive_reason": "",
    }


def _weighted_year(rng: random.Random) -> int:
    return rng.choices([y for y, _ in PPPK_YEARS], [w for _, w in PPPK_YEARS])[0]


def _unique_nip(gen: _Gen, prefix: str) -> str:
    while True:
        nip = f"{prefix}{gen.rng.randint(1, 999):03d}"
        if nip not in gen.nips:
            gen.nips.add(nip)
            return nip


def _unique_nik(gen: _Gen, u: _Unit, born: date, gender: str) -> str:
    kec = u.kec_index or gen.rng.randint(1, 30)
    day = born.day + (40 if gender == "P" else 0)
    prefix = f"{data.NIK_REGION}{kec:02d}{day:02d}{born:%m%y}"
    while True:
        nik = f"{prefix}{gen.rng.randint(1, 9999):04d}"
        if nik not in gen.niks:
            gen.niks.add(nik)
            return nik


def _ladder_title(base: str, edu: str, status: str, gol_index: int) -> str:
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


def _name(rng: random.Random, region: str, gender: str) -> str:
    male, female, second, p_second, _, _ = data.REGIONS[region]
    given = rng.choice(male if gender == "L" else female)
    if region == "bali":
        prefix = rng.choice(data.BALI_MALE_PREFIX if gender == "L" else data.BALI_FEMALE_PREFIX)
        parts = [prefix, given]
    elif region == "bugis" and given not in ("Andi", "Sitti") and rng.random() < 0.22:
        parts = ["Andi", given]
    elif region == "batak" and rng.random() < 0.3:
        other = rng.choice(male if gender == "L" else female)
        parts = [given] if other == given else [given, other]
    else:
        parts = [given]
    if region == "batak" or rng.random() < p_second:
        banned = data.MALE_ONLY_SECOND if gender == "P" else data.FEMALE_ONLY_SECOND
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


def _titles(
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
        options = data.FIELDS[fld][1].get(edu) or data.FIELDS[fld][1].get("S1", ("",))
        back = rng.choice(options)
    front: list[str] = []
    professional = data.FIELD_FRONT.get(fld, "")
    if professional and edu in ("PROFESI", "S2"):
        front.append(professional)
    elif edu in ("S1", "S2") and born.year < 1970 and back:
        first, _, rest = back.partition(", ")
        if fld in data.OLD_DRS_FIELDS and rng.random() < 0.5 and first.startswith("S."):
            front.append("Drs." if gender == "L" else "Dra.")
            back = rest
        elif fld in data.OLD_IR_FIELDS and rng.random() < 0.5 and first.startswith("S."):
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


# ---------------------------------------------------------------- finishing


def _deactivate_some(gen: _Gen, rows: list[dict[str, object]]) -> None:
    """A few staff have retired or moved away; heads and the search examples stay active."""
    rng = gen.rng
    want = max(1, round(len(rows) * INACTIVE_SHARE)) if len(rows) >= 20 else 0
    candidates = [
        i
        for i, r in enumerate(rows)
        if r["jenis_jabatan"] not in (JPT_PRATAMA, ADMINISTRATOR)
        and "Fauzi" not in str(r["nama"])
        and not str(r["jabatan"]).startswith(("Kepala", "Camat", "Lurah", "Direktur"))
    ]
    for i in rng.sample(candidates, min(want, len(candidates))):
        row = rows[i]
        born = row["birth_date"]
        assert isinstance(born, date)
        age = REFERENCE_DATE.year - born.year
        if row["status"] == PNS and age >= 55:
            reason = f"Pensiun (batas usia) per 1 {rng.choice(_MONTHS)} 2025"
        elif row["status"] == NON_ASN:
            reason = rng.choice(("Kontrak berakhir", "Mengundurkan diri"))
        else:
            reason = rng.choice(
                (
                    "Mutasi keluar ke Pemerintah Provinsi Jawa Barat",
                    "Mutasi keluar ke Kabupaten Sumedang",
                    "Mutasi keluar ke Kota Bandung",
                    "Meninggal dunia",
                )
            )
        row["active"] = 0
        row["inactive_reason"] = reason


_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def _longest_names(rows: list[dict[str, object]], count: int = 10) -> list[str]:
    def size(r: dict[str, object]) -> int:
        return len(str(r["gelar_depan"])) + len(str(r["nama"])) + len(str(r["gelar_belakang"]))

    top = sorted(rows, key=lambda r: -size(r))[: count * 3]
    names = [
        display_name(str(r["gelar_depan"]), str(r["nama"]), str(r["gelar_belakang"])) for r in top
    ]
    unique = list(dict.fromkeys(sorted(names, key=lambda s: (-len(s), s))))
    return unique[:count]
