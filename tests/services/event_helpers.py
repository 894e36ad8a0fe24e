"""A small known regency for the event, desk and recap tests."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ikrar_desktop.domain.employee import Employee, EmployeeDraft
from ikrar_desktop.services import events
from ikrar_desktop.services.registry import add_employee

T0 = datetime(2024, 1, 10, 8, 0).astimezone()

PEOPLE = [
    # nama, nip / nik, unit, status
    ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "198001012005011001", "Dinas Pendidikan", "PNS"),
    ("Siti Aminah, S.E.", "198502022010012002", "Dinas Pendidikan", "PNS"),
    ("Budi Santoso", "199003032015031003", "Dinas Pendidikan", "PNS"),
    ("Hj. Rina Marlina", "197804042003122004", "Dinas Kesehatan", "PNS"),
    ("Ahmad Ridwan", "198805052011011005", "Dinas Kesehatan", "PNS"),
    ("Dewi Lestari", "3201014501900001", "Dinas Kesehatan", "Non-ASN"),
    ("Joko Widodo", "198106062006041006", "Kecamatan Cibinong", "PNS"),
]


def regency(conn: sqlite3.Connection) -> list[Employee]:
    out = []
    for nama, ident, unit, status in PEOPLE:
        draft = EmployeeDraft(nama=nama, unit=unit, status=status, jabatan="Staf", golongan="")
        if len(ident) == 18:
            draft.nip = ident
        else:
            draft.nik = ident
        out.append(add_employee(conn, draft))
    return out


def event(conn: sqlite3.Connection, scope: events.Scope | None = None, title: str = "Apel") -> int:
    made = events.create_event(
        conn, events.EventDraft(title=title, date="2024-01-10", time="08:00"), scope, now=T0
    )
    return made.event.id
