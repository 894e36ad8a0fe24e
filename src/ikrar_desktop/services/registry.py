"""Employee registry use cases: add, edit, deactivate, delete (the rules: domain.employee_rules)."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.domain.employee import Employee, EmployeeDraft
from ikrar_desktop.domain.employee_rules import ValidEmployee, default_status, validate
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.connection import write

# validate() and its helpers live in domain.employee_rules; the dialog and callers reach them here.
__all__ = [
    "EmployeeDraft",
    "ValidEmployee",
    "add_employee",
    "default_status",
    "delete_employee",
    "resolve_unit",
    "set_active",
    "update_employee",
    "validate",
]


def _check_unique(conn: sqlite3.Connection, values: dict[str, object], own_id: int | None) -> None:
    nip, nik = values.get("nip"), values.get("nik")
    if nip:
        other = emp_store.find_by_nip(conn, str(nip))
        if other and other.id != own_id:
            raise ValidationError(
                f"NIP {nip} sudah terdaftar atas nama {other.display_name} ({other.unit or '-'}).",
                hint="Cari pegawai itu di daftar dan ubah datanya bila perlu.",
                field="nip",
            )
    if nik:
        other = emp_store.find_by_nik(conn, str(nik))
        if other and other.id != own_id:
            raise ValidationError(
                f"NIK sudah terdaftar atas nama {other.display_name}.", field="nik"
            )


def resolve_unit(conn: sqlite3.Connection, name: str) -> int | None:
    """The unit with this (folded) name, created when it does not exist yet."""
    if not name:
        return None
    from ikrar_desktop.domain.status import guess_unit_kind

    return unit_store.find_by_name(conn, name) or unit_store.insert(
        conn, name, kind=guess_unit_kind(name)
    )


def add_employee(conn: sqlite3.Connection, draft: EmployeeDraft) -> Employee:
    valid = validate(draft)
    with write(conn):
        _check_unique(conn, valid.values, None)
        valid.values["unit_id"] = resolve_unit(conn, valid.unit)
        new_id = emp_store.insert(conn, valid.values)
    return _must_get(conn, new_id)


def update_employee(conn: sqlite3.Connection, employee_id: int, draft: EmployeeDraft) -> Employee:
    valid = validate(draft)
    with write(conn):
        _must_get(conn, employee_id)
        _check_unique(conn, valid.values, employee_id)
        valid.values["unit_id"] = resolve_unit(conn, valid.unit)
        emp_store.update(conn, employee_id, valid.values)
    return _must_get(conn, employee_id)


def set_active(
    conn: sqlite3.Connection, employee_id: int, active: bool, reason: str = ""
) -> Employee:
    """Deactivate (mutasi keluar, pensiun…) or reactivate; the record is kept."""
    if not active and not reason.strip():
        raise ValidationError("Alasan penonaktifan wajib diisi.", field="reason")
    with write(conn):
        _must_get(conn, employee_id)
        emp_store.update(
            conn,
            employee_id,
            {"active": 1 if active else 0, "inactive_reason": "" if active else reason.strip()},
        )
    return _must_get(conn, employee_id)


def delete_employee(conn: sqlite3.Connection, employee_id: int) -> None:
    """Delete a record created by mistake (records with history are deactivated instead)."""
    from ikrar_desktop.services.access import require_admin

    require_admin(conn)
    with write(conn):
        _must_get(conn, employee_id)
        try:
            emp_store.delete(conn, employee_id)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                "Pegawai ini sudah punya riwayat kegiatan, jadi tidak dapat dihapus.",
                hint="Nonaktifkan saja (misalnya mutasi keluar atau pensiun).",
            ) from exc


def _must_get(conn: sqlite3.Connection, employee_id: int) -> Employee:
    found = emp_store.get(conn, employee_id)
    if found is None:
        raise NotFoundError(f"Pegawai dengan id {employee_id} tidak ditemukan.")
    return found
