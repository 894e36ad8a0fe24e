"""Issue 19 target: the follow-up letters for 150 OPDs, each followed by the pakta sheets of its
20 outstanding people, print in seconds — beside the plain pakta print of the same people
(print pakta, the same 3,000 sheets) measured in the same run."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from common import HEADER, row

OPDS = int(os.environ.get("IKRAR_BENCH_OPDS", "150"))
PER_OPD = int(os.environ.get("IKRAR_BENCH_PER_OPD", "20"))


def _nip(serial: int) -> str:
    """A valid NIP per serial: the birth day moves on every 999 people."""
    day, seq = 1 + (serial - 1) // 999, (serial - 1) % 999 + 1
    return f"198001{day:02d}2005011{seq:03d}"


def build(path: Path) -> tuple[Any, int]:
    """OPDs with a head each and PER_OPD people, nobody signed yet: everyone is outstanding."""
    from ikrar_desktop.domain.employee import EmployeeDraft
    from ikrar_desktop.services import events, units
    from ikrar_desktop.services import settings as settings_service
    from ikrar_desktop.services.registry import add_employee
    from ikrar_desktop.store import units as unit_store
    from ikrar_desktop.store.schema import open_database

    conn = open_database(path)
    for key, value in (("instansi", "Pemerintah Kabupaten Contoh"), ("tempat", "Cibinong"),
                       ("unit_penyelenggara", "Badan Kepegawaian Daerah")):  # fmt: skip
        settings_service.set_value(conn, key, value)
    serial = 0
    for k in range(OPDS):
        unit = f"Dinas Urusan Pemerintahan Nomor {k + 1:03d}"
        head = None
        for i in range(PER_OPD):
            serial += 1
            jabatan = f"Kepala {unit}" if i == 0 else "Pengadministrasi Perkantoran"
            draft = EmployeeDraft(nama=f"Pegawai {serial:05d} Santoso, S.Sos.", unit=unit,
                                  nip=_nip(serial), status="PNS",
                                  golongan="III/b", jabatan=jabatan)  # fmt: skip
            made = add_employee(conn, draft).id
            head = head or made
        found = unit_store.find_by_name(conn, unit)
        assert found is not None
        units.set_unit(conn, found, head_id=head)
    made_event = events.create_event(
        conn, events.EventDraft(title="Ikrar Netralitas ASN Pemilu 2024", date="2024-01-10")
    )  # fmt: skip
    return conn, made_event.event.id


def main() -> None:
    from ikrar_desktop.services import followup, printing

    workdir = Path(tempfile.mkdtemp(prefix="ikrar-bench-"))
    start = time.perf_counter()
    conn, ev = build(workdir / "bench.sqlite")
    print(f"database: {OPDS} OPD × {PER_OPD} pegawai in {time.perf_counter() - start:.1f} s")

    def plain_print() -> tuple[Any, float]:
        start = time.perf_counter()
        report = printing.print_document(conn, "pakta", ev, workdir / "pakta.pdf")
        return report, (time.perf_counter() - start) * 1000

    plain, base1 = plain_print()
    start = time.perf_counter()
    done = followup.print_followup(conn, ev, workdir / "tl.pdf", today=date(2024, 1, 15))
    ours = (time.perf_counter() - start) * 1000
    _plain, base2 = plain_print()  # before and after: the machine's load moves in between
    base = (base1 + base2) / 2
    assert len(done.letters) == OPDS and done.people == plain.people == OPDS * PER_OPD
    start = time.perf_counter()
    folder = workdir / "per-opd"
    folder.mkdir()
    followup.print_followup(conn, ev, str(folder) + "/", today=date(2024, 1, 15))
    per_opd = (time.perf_counter() - start) * 1000
    print(f"{done.pages} pages ({OPDS} letters + {done.people} pakta sheets); plain pakta "
          f"{plain.pages} pages, before {base1:.0f} ms, after {base2:.0f} ms")  # fmt: skip
    print(HEADER)
    name = f"tindak lanjut, {OPDS} OPD × {PER_OPD} (one file)"
    print(row(name, ours, "print pakta, same people", base, "≤ 1.2×"))
    name = f"tindak lanjut, {OPDS} OPD × {PER_OPD} (one PDF per OPD)"
    print(row(name, per_opd, "print pakta, same people", base, "≤ 1.3×"))


if __name__ == "__main__":
    main()
