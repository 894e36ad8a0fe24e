"""Unit kerja use cases: add, rename, merge, delete; heads, parents, codes and suggestions."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services.signers import Suggestion, is_head_jabatan
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.store.units import Unit


def _clean(name: str) -> str:
    clean = clean_text(name, "unit", "Nama unit kerja", field="name")
    if not clean:
        raise ValidationError("Nama unit kerja wajib diisi.", field="name")
    return clean


def add_unit(
    conn: sqlite3.Connection, name: str, kind: str | None = None, code: str | None = None
) -> Unit:
    clean = _clean(name)
    with write(conn):
        if unit_store.find_by_name(conn, clean):
            raise ValidationError(f"Unit kerja '{clean}' sudah ada.", field="name")
        unit_id = unit_store.insert(conn, clean, kind or guess_unit_kind(clean), code or None)
    return _must_get(conn, unit_id)


def rename_unit(
    conn: sqlite3.Connection,
    unit_id: int,
    name: str,
    kind: str | None = None,
    code: str | None = None,
) -> Unit:
    clean = _clean(name)
    with write(conn):
        _must_get(conn, unit_id)
        other = unit_store.find_by_name(conn, clean)
        if other and other != unit_id:
            raise ValidationError(
                f"Unit kerja '{clean}' sudah ada.",
                hint="Gunakan 'Gabungkan' untuk menyatukan.",
                field="name",
            )
        unit_store.update(conn, unit_id, clean, kind, code or None)
    return _must_get(conn, unit_id)


def merge_units(conn: sqlite3.Connection, source_id: int, target_id: int) -> int:
    """Move every employee of ``source`` to ``target`` and remove ``source``; returns moved."""
    if source_id == target_id:
        raise ValidationError("Pilih dua unit kerja yang berbeda untuk digabungkan.")
    with write(conn):
        _must_get(conn, source_id)
        _must_get(conn, target_id)
        moved = unit_store.move_employees(conn, source_id, target_id)
        unit_store.delete(conn, source_id)
    return moved


def delete_unit(conn: sqlite3.Connection, unit_id: int) -> None:
    with write(conn):
        unit = _must_get(conn, unit_id)
        if unit.employees:
            raise ValidationError(
                f"Unit '{unit.name}' masih punya {unit.employees} pegawai.",
                hint="Pindahkan pegawainya dulu atau gabungkan dengan unit lain.",
            )
        unit_store.delete(conn, unit_id)


def _must_get(conn: sqlite3.Connection, unit_id: int) -> Unit:
    unit = unit_store.get(conn, unit_id)
    if unit is None:
        raise NotFoundError(f"Unit kerja dengan id {unit_id} tidak ditemukan.")
    return unit


KEEP = object()  # "leave this part as it is" for set_unit


def set_unit(
    conn: sqlite3.Connection,
    unit_id: int,
    *,
    head_id: int | object | None = KEEP,
    acting: str | object | None = KEEP,
    parent_id: int | object | None = KEEP,
    code: str | object | None = KEEP,
) -> Unit:
    """Set the head (an employee; Plt./Plh. when acting), the unit above and the code."""
    with write(conn):
        _set_links(conn, unit_id, head_id, acting, parent_id, code)
    return _must_get(conn, unit_id)


def _set_links(
    conn: sqlite3.Connection,
    unit_id: int,
    head_id: int | object | None,
    acting: str | object | None,
    parent_id: int | object | None,
    code: str | object | None,
) -> None:
    from ikrar_desktop.services.signers import ACTING

    unit = _must_get(conn, unit_id)
    head = unit.head_id if head_id is KEEP else head_id
    form = unit.head_acting if acting is KEEP else (acting or None)
    parent = unit.parent_id if parent_id is KEEP else parent_id
    text = unit.code if code is KEEP else (" ".join(str(code or "").split()) or None)
    if form is not None and form not in ACTING:
        raise ValidationError(
            f"Bentuk pejabat '{form}' tidak dikenal.", "Nilai yang sah: Plt., Plh., -."
        )
    if head is not None:
        found = conn.execute("SELECT 1 FROM employees WHERE id = ?", (head,)).fetchone()
        if not found:
            raise NotFoundError(f"Pegawai dengan id {head} tidak ditemukan.")
    else:
        form = None
    if parent is not None:
        _check_parent(conn, unit_id, int(parent))  # type: ignore[call-overload]  # KEEP is gone
    # KEEP was replaced above by the stored values: ids and texts are left
    unit_store.set_links(conn, unit_id, head, form, parent, text)  # type: ignore[arg-type]


def _check_parent(conn: sqlite3.Connection, unit_id: int, parent_id: int) -> None:
    """The unit above must exist and not be the unit itself or one of its own sub-units."""
    seen, current = {unit_id}, parent_id
    while current is not None:
        if current in seen:
            raise ValidationError("Unit induk tidak boleh unit itu sendiri atau sub-unitnya.")
        seen.add(current)
        row = conn.execute("SELECT parent_id FROM units WHERE id = ?", (current,)).fetchone()
        if row is None:
            raise NotFoundError(f"Unit kerja dengan id {current} tidak ditemukan.")
        current = row[0]


def head_candidates(conn: sqlite3.Connection, unit: Unit) -> list[Employee]:
    """The unit's active employees to choose its head from: those whose jabatan names the head
    of a unit first, then everyone in name order."""
    people = emp_store.list_employees(conn, EmployeeFilter(unit_id=unit.id, active=True))
    people.sort(key=lambda e: not is_head_jabatan(e.jabatan, unit.name, unit.kind))
    return people


def suggestions(conn: sqlite3.Connection) -> list[Suggestion]:
    """A head for each unit without one (guessed from jabatan) and a parent for each unit
    without one; nothing is stored until :func:`apply_suggestions`."""
    from ikrar_desktop.domain.names import display_name
    from ikrar_desktop.services.signers import suggest_head, suggest_parent

    units = unit_store.list_units(conn)
    brief = [(u.id, u.name, u.kind) for u in units]
    names = {u.id: u.name for u in units}
    staff: dict[int, list[tuple[int, str, str, str | None]]] = {}
    shown: dict[int, str] = {}
    for emp_id, unit_id, front, nama, back, jabatan, golongan in conn.execute(
        "SELECT id, unit_id, gelar_depan, nama, gelar_belakang, jabatan, golongan "
        "FROM employees WHERE active = 1 AND unit_id IS NOT NULL AND jabatan <> ''"
    ):
        staff.setdefault(unit_id, []).append((emp_id, "", jabatan, golongan))
        shown[emp_id] = display_name(front, nama, back)
    out = []
    for u in units:
        s = Suggestion(u.id, u.name)
        if u.head_id is None:
            found = suggest_head(staff.get(u.id, []), u.name, u.kind)
            if found:
                s.head_id, s.acting = found
                s.head = shown[found[0]]
        if u.parent_id is None:
            s.parent_id = suggest_parent(u.name, u.kind, brief)
            s.parent = names.get(s.parent_id, "") if s.parent_id is not None else ""
            if s.parent_id == u.id:
                s.parent_id, s.parent = None, ""
        if s.head_id is not None or s.parent_id is not None:
            out.append(s)
    return out


def apply_suggestions(conn: sqlite3.Connection, chosen: list[Suggestion]) -> int:
    """Store the confirmed suggestions (only parts still empty); returns the units changed."""
    changed = 0
    with write(conn):
        for s in chosen:
            unit = _must_get(conn, s.unit_id)
            head = s.head_id if unit.head_id is None and s.head_id is not None else KEEP
            parent = s.parent_id if unit.parent_id is None and s.parent_id is not None else KEEP
            if head is KEEP and parent is KEEP:
                continue
            acting = s.acting if head is not KEEP else KEEP
            _set_links(conn, s.unit_id, head, acting, parent, KEEP)
            changed += 1
    return changed


def unit_by_name(conn: sqlite3.Connection, name: str) -> Unit:
    found = unit_store.find_by_name(conn, name)
    if found is None:
        raise NotFoundError(
            f"Unit kerja '{name}' tidak ditemukan.", "Lihat daftarnya: ikrar-desktop unit list"
        )
    return _must_get(conn, found)
