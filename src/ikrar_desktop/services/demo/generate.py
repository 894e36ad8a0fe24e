"""Fill an empty registry with a realistic, fictional regency (Kabupaten Sukamakmur)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ikrar_desktop.domain.names import display_name
from ikrar_desktop.domain.status import ADMINISTRATOR, JPT_PRATAMA, NON_ASN, PNS, STATUSES
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.demo import data_units, units
from ikrar_desktop.services.demo.employees import staff_units
from ikrar_desktop.services.demo.identity import Gen
from ikrar_desktop.services.demo.people import REFERENCE_DATE
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.bulk_write import bulk_write

MAX_EMPLOYEES = 200_000
CHUNK = 5000
INACTIVE_SHARE = 0.008
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


@dataclass(slots=True)
class DemoSummary:
    """What :func:`generate_demo` created."""

    units: int
    employees: int
    by_status: dict[str, int]
    longest_names: list[str]


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
    plans = units.plan(employees)
    units.allocate(plans, employees)
    parents = {u.parent for u in plans if u.size and u.parent}
    plans = [u for u in plans if u.size or u.name in parents]
    gen = Gen(rng)
    if progress:
        progress(0, employees)
    with bulk_write(conn, rows=employees) as bw:
        existing = int(conn.execute("SELECT count(*) FROM employees").fetchone()[0])
        if existing:
            raise ValidationError(
                f"Registri sudah berisi {existing} pegawai; data contoh hanya dapat dibuat "
                "pada registri yang masih kosong.",
                hint="Buat database baru (Berkas > Baru) lalu isi data contoh di sana.",
            )
        units.insert(conn, plans)
        rows = staff_units(gen, plans, employees)
        _deactivate_some(rng, rows)
        with bw.insert("employees", len(rows)):
            for start in range(0, len(rows), CHUNK):
                emp_store.insert_many(conn, rows[start : start + CHUNK])
                if progress:
                    progress(min(start + CHUNK, len(rows)), employees)
    settings_service.save(
        conn,
        settings_service.Settings(
            instansi=data_units.INSTANSI,
            unit_name=data_units.SETTINGS_UNIT,
            address_lines=list(data_units.ADDRESS_LINES),
            place=data_units.REGENCY,
            paper="A4",
            pimpinan_nama=data_units.BUPATI,
            pimpinan_jabatan=f"Bupati {data_units.REGENCY}",
        ),
    )
    # every unit gets its head (from its head post), as a clerk who pressed "Sarankan" and
    # confirmed would have it; sub-units already have their parents from the plan, and an OPD
    # without one stands under the Sekretariat Daerah (unit rows stay as in earlier releases)
    from ikrar_desktop.services import units as unit_service

    heads = unit_service.suggestions(conn)
    for found in heads:
        found.parent_id, found.parent = None, ""
    unit_service.apply_suggestions(conn, heads)
    by_status = dict.fromkeys(STATUSES, 0)
    for row in rows:
        by_status[str(row["status"])] += 1
    return DemoSummary(
        units=len(plans),
        employees=len(rows),
        by_status=by_status,
        longest_names=_longest_names(rows),
    )


def _deactivate_some(rng: random.Random, rows: list[dict[str, object]]) -> None:
    """A few staff have retired or moved away; heads and the search examples stay active."""
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
            reason = f"Pensiun (batas usia) per 1 {rng.choice(MONTHS)} 2025"
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


def _longest_names(rows: list[dict[str, object]], count: int = 10) -> list[str]:
    def size(r: dict[str, object]) -> int:
        return len(str(r["gelar_depan"])) + len(str(r["nama"])) + len(str(r["gelar_belakang"]))

    top = sorted(rows, key=lambda r: -size(r))[: count * 3]
    names = [
        display_name(str(r["gelar_depan"]), str(r["nama"]), str(r["gelar_belakang"])) for r in top
    ]
    unique = list(dict.fromkeys(sorted(names, key=lambda s: (-len(s), s))))
    return unique[:count]
