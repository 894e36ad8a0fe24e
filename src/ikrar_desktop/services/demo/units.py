"""The demo regency's units: which exist for a roster size, their headcount, and inserting them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.services.demo import data_units
from ikrar_desktop.services.demo.data_jobs import HEAD_TITLES
from ikrar_desktop.store import units as unit_store

SCHOOL = ("sd", "smp")
HEALTH = ("puskesmas", "rsud")


@dataclass(slots=True)
class Unit:
    """A planned unit; ``size`` and ``id`` are filled in by :func:`allocate` and :func:`insert`."""

    name: str
    code: str | None
    category: str
    weight: float  # share of all employees
    parent: str | None = None
    roles: tuple[tuple[str, str], ...] = ()
    kec_index: int = 0
    size: int = 0
    id: int = 0


def plan(n: int) -> list[Unit]:
    """The regency's units, their number scaled to the size of the roster."""
    units: list[Unit] = []
    for name, code, permille, roles in data_units.OPD:
        category = "dinas"
        if name.startswith("Badan"):
            category = "badan"
        elif name.startswith("Satuan Polisi"):
            category = "satpol"
        elif name in HEAD_TITLES:
            category = "setda"
        units.append(Unit(name, code, category, permille / 1000, roles=roles))
    rsud = [f"RSUD {data_units.REGENCY}"] + (
        [f"RSUD {data_units.KECAMATAN[4]}"] if n >= 20_000 else []
    )
    for i, name in enumerate(rsud):
        units.append(
            Unit(
                name,
                "RSUD" if i == 0 else f"RSUD{i + 1}",
                "rsud",
                0.07 if i == 0 else 0.025,
                parent="Dinas Kesehatan",
            )
        )
    n_kec = 15 if n < 3000 else min(30, 15 + (n - 3000) // 3000)
    kecamatan = data_units.KECAMATAN[:n_kec]
    for i, kec in enumerate(kecamatan):
        units.append(
            Unit(f"Kecamatan {kec}", f"KEC{i + 1:02d}", "kecamatan", 0.045 / n_kec, kec_index=i + 1)
        )
    n_kel = 3 if n < 10_000 else min(len(data_units.KELURAHAN), 3 + n // 8000)
    for i, kel in enumerate(data_units.KELURAHAN[:n_kel]):
        units.append(
            Unit(
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
            Unit(
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
        units.append(Unit(name, None, "upt", 0.015 / n_upt, parent=parent))
    n_sd = max(1, round(n * 0.34 / 14))
    n_smp = max(1, round(n * 0.156 / 42))
    for kind, count, share in (("SD", n_sd, 0.34), ("SMP", n_smp, 0.156)):
        per_kec: dict[str, int] = {}
        for i in range(count):
            kec = kecamatan[i % n_kec]
            per_kec[kec] = per_kec.get(kec, 0) + 1
            units.append(
                Unit(
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


def allocate(units: list[Unit], n: int) -> None:
    """Split ``n`` employees over the units by weight (largest remainder, ties by order)."""
    total = sum(u.weight for u in units)
    exact = [u.weight / total * n for u in units]
    for u, share in zip(units, exact, strict=True):
        u.size = int(share)
    left = n - sum(u.size for u in units)
    order = sorted(range(len(units)), key=lambda i: (-(exact[i] - int(exact[i])), i))
    for i in order[:left]:
        units[i].size += 1


def insert(conn: sqlite3.Connection, units: list[Unit]) -> None:
    """Insert the units (parents first, as planned) and record their ids."""
    ids: dict[str, int] = {}
    for u in units:
        kind = guess_unit_kind(u.name)
        parent_id = ids.get(u.parent) if u.parent else None
        u.id = unit_store.find_by_name(conn, u.name) or unit_store.insert(
            conn, u.name, kind, u.code, parent_id
        )
        ids[u.name] = u.id
