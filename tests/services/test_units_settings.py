"""Units (add, rename, merge) and the regency settings."""

from __future__ import annotations

import sqlite3

import pytest

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import registry, settings, units
from ikrar_desktop.store import units as unit_store


def test_add_rename_and_refuse_duplicates(conn: sqlite3.Connection) -> None:
    unit = units.add_unit(conn, "  Dinas   Kesehatan ")
    assert unit.name == "Dinas Kesehatan" and unit.kind == "Dinas"
    with pytest.raises(ValidationError, match="sudah ada"):
        units.add_unit(conn, "dinas kesehatan")
    renamed = units.rename_unit(conn, unit.id, "Dinas Kesehatan dan KB", code="DINKES")
    assert renamed.name == "Dinas Kesehatan dan KB" and renamed.code == "DINKES"


def test_merge_moves_employees_and_removes_the_source(conn: sqlite3.Connection) -> None:
    registry.add_employee(conn, EmployeeDraft(nama="A", nip="198001012005011001", unit="Disdik"))
    registry.add_employee(conn, EmployeeDraft(nama="B", nip="198001012005011002", unit="Disdik"))
    registry.add_employee(
        conn, EmployeeDraft(nama="C", nip="198001012005011003", unit="Dinas Pendidikan")
    )
    source = unit_store.find_by_name(conn, "Disdik")
    target = unit_store.find_by_name(conn, "Dinas Pendidikan")
    assert source and target
    assert units.merge_units(conn, source, target) == 2
    listed = {u.name: u.employees for u in unit_store.list_units(conn)}
    assert listed == {"Dinas Pendidikan": 3}
    with pytest.raises(ValidationError):
        units.merge_units(conn, target, target)


def test_unit_with_employees_cannot_be_deleted(conn: sqlite3.Connection) -> None:
    registry.add_employee(conn, EmployeeDraft(nama="A", nip="198001012005011001", unit="Disdik"))
    unit_id = unit_store.find_by_name(conn, "Disdik")
    assert unit_id
    with pytest.raises(ValidationError, match="masih punya 1 pegawai"):
        units.delete_unit(conn, unit_id)


def test_settings_round_trip(conn: sqlite3.Connection) -> None:
    assert not settings.load(conn).configured
    saved = settings.save(
        conn,
        settings.Settings(
            instansi="kabupaten bogor",
            address_lines=["Jl. Tegar Beriman", " "],
            place="Cibinong",
            paper="F4",
            logo=b"\x89PNG...",
        ),
    )
    assert saved.instansi == "Pemerintah Kabupaten Bogor"
    assert saved.address_lines == ["Jl. Tegar Beriman"]
    assert saved.paper == "F4" and saved.logo == b"\x89PNG..." and saved.configured
    with pytest.raises(ValidationError):
        settings.save(conn, settings.Settings(instansi="x", paper="Letter"))
