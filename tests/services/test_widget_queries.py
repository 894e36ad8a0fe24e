"""The reads the window, the people list, the units page and dialog and the register make."""

from __future__ import annotations

import sqlite3
from datetime import date

from event_helpers import event, regency

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import certificates as certs
from ikrar_desktop.services import events
from ikrar_desktop.services.registry import add_employee, set_active
from ikrar_desktop.services.units import head_candidates, set_unit, unit_by_name
from ikrar_desktop.store import attendance, employees, units
from ikrar_desktop.store import certificates as cert_store


def test_any_employee_counts_inactive_people_too(conn: sqlite3.Connection) -> None:
    assert employees.any_employee(conn) is False
    regency(conn)
    assert employees.any_employee(conn) is True
    for person in employees.list_employees(conn, employees.EmployeeFilter(active=None)):
        set_active(conn, person.id, False, "Pensiun")
    assert employees.any_employee(conn) is True


def test_unit_names_of_an_event_list_once_each_in_order(conn: sqlite3.Connection) -> None:
    regency(conn)
    add_employee(conn, EmployeeDraft(nama="Tanpa Unit", nik="3201014501900099", status="Non-ASN"))
    whole = event(conn)
    ids = [unit_by_name(conn, "Dinas Kesehatan").id]
    health = event(conn, events.Scope(unit_ids=ids), title="Apel Dinkes")
    assert attendance.unit_names(conn, whole) == [
        "",
        "Dinas Kesehatan",
        "Dinas Pendidikan",
        "Kecamatan Cibinong",
    ]
    assert attendance.unit_names(conn, health) == ["Dinas Kesehatan"]
    assert attendance.unit_names(conn, 999) == []


def test_head_candidates_put_the_head_looking_jabatan_first(conn: sqlite3.Connection) -> None:
    for nama, jabatan, nip in (
        ("Andi", "Staf", "198001012005011011"),
        ("Budi", "Kepala Dinas Pendidikan", "198001012005011012"),
        ("Cici", "Kepala Bidang Sekolah Dasar", "198001012005011013"),
        ("Dodi", "Staf", "198001012005011014"),
    ):
        add_employee(
            conn, EmployeeDraft(nama=nama, nip=nip, jabatan=jabatan, unit="Dinas Pendidikan")
        )
    gone = add_employee(
        conn,
        EmployeeDraft(nama="Edi", nip="198001012005011015", jabatan="Kepala Dinas Pendidikan",
                      unit="Dinas Pendidikan"),
    )  # fmt: skip
    set_active(conn, gone.id, False, "Mutasi")
    add_employee(conn, EmployeeDraft(nama="Fani", nip="198001012005011016", unit="Dinas Lain"))
    unit = unit_by_name(conn, "Dinas Pendidikan")
    assert [e.nama for e in head_candidates(conn, unit)] == ["Budi", "Andi", "Cici", "Dodi"]


def test_head_names_name_every_head_with_titles(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    assert units.head_names(conn) == {}
    education = unit_by_name(conn, "Dinas Pendidikan")
    health = unit_by_name(conn, "Dinas Kesehatan")
    set_unit(conn, education.id, head_id=people[0].id)
    set_unit(conn, health.id, head_id=people[3].id, acting="Plt.")
    assert units.head_names(conn) == {
        people[0].id: "Dr. H. Ahmad Fauzi, S.Pd., M.Si.",
        people[3].id: "Hj. Rina Marlina",
    }


def test_an_events_certificates_come_in_register_order_voided_too(
    conn: sqlite3.Connection,
) -> None:
    people = regency(conn)
    first, second = event(conn), event(conn, title="Apel kedua")
    wanted = [certs.Wanted(p.id, p.display_name) for p in people[:3]]
    issued = certs.issue(conn, first, wanted, date(2024, 1, 10), stamp="2024-01-10T09:00:00")
    certs.issue(conn, second, wanted[:1], date(2024, 1, 11), stamp="2024-01-11T09:00:00")
    certs.void(conn, issued.rows[1].number, "Salah nama", stamp="2024-01-10T10:00:00")
    again = certs.issue(conn, first, wanted, date(2024, 1, 12), stamp="2024-01-12T09:00:00")
    rows = cert_store.of_event(conn, first)
    assert [r.seq for r in rows] == sorted(r.seq for r in rows)
    assert [r.number for r in rows] == [*(r.number for r in issued.rows), again.rows[1].number]
    assert [r.voided_at is not None for r in rows] == [False, True, False, False]
    assert cert_store.of_event(conn, 999) == []
