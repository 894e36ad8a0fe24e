"""Unit kerja use cases: add, rename, merge, delete an empty unit."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.connection import write
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


def same_name(a: str, b: str) -> bool:
    return fold_unit(a) == fold_unit(b)


def _must_get(conn: sqlite3.Connection, unit_id: int) -> Unit:
    unit = unit_store.get(conn, unit_id)
    if unit is None:
        raise NotFoundError(f"Unit kerja dengan id {unit_id} tidak ditemukan.")
    return unit
