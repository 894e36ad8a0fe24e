"""Sign-in (scrypt, lockout, admin-only actions) and personal data (disclosures, erasure)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import PermissionDeniedError, UserError, ValidationError
from ikrar_desktop.services import access, privacy
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.registry import add_employee, delete_employee
from ikrar_desktop.services.roster_export import export_employees
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.connection import session_of

NIP = "198203152006042003"
NIK = "3201015503820001"


def test_password_hash_is_scrypt_with_the_measured_parameters() -> None:
    stored = access.hash_password("rahasia-kantor")
    assert stored.startswith("scrypt$ln=16,r=8,p=1$")
    assert access.check_password("rahasia-kantor", stored)
    assert not access.check_password("rahasia-kantoR", stored)
    assert stored != access.hash_password("rahasia-kantor")  # a fresh salt each time


def test_lockout_after_five_failures(conn: sqlite3.Connection) -> None:
    access.add_user(conn, "admin", "kata-sandi-admin", access.ADMIN)
    now = datetime(2024, 6, 1, 9, 0)
    for _ in range(access.MAX_FAILURES):
        with pytest.raises(UserError, match="salah"):
            access.sign_in(conn, "admin", "keliru-keliru", now=now)
    with pytest.raises(UserError, match="dikunci"):
        access.sign_in(conn, "admin", "kata-sandi-admin", now=now + timedelta(minutes=1))
    user = access.sign_in(conn, "admin", "kata-sandi-admin", now=now + timedelta(minutes=6))
    assert user.role == access.ADMIN and session_of(conn).operator == "admin"


def test_admin_only_actions_when_sign_in_is_on(conn: sqlite3.Connection) -> None:
    access.add_user(conn, "kasubbag", "kata-sandi-admin", access.ADMIN, "Kasubbag Umum")
    access.set_signin(conn, True)  # sign-in still off for this connection: allowed
    with pytest.raises(PermissionDeniedError):
        access.add_user(conn, "operator1", "kata-sandi-op1")
    access.sign_in(conn, "kasubbag", "kata-sandi-admin")
    access.add_user(conn, "operator1", "kata-sandi-op1", access.OPERATOR, "Operator Satu")
    emp = add_employee(conn, EmployeeDraft(nama="Salah Ketik", nip=NIP))
    access.sign_in(conn, "operator1", "kata-sandi-op1")
    with pytest.raises(PermissionDeniedError):
        settings_service.save(conn, settings_service.load(conn))
    with pytest.raises(PermissionDeniedError):
        delete_employee(conn, emp.id)
    operator_rows = conn.execute(
        "SELECT count(*) FROM audit_log WHERE operator = 'Operator Satu'"
    ).fetchone()[0]
    add_employee(conn, EmployeeDraft(nama="Dicatat Operator", nik=NIK))
    assert (
        conn.execute("SELECT count(*) FROM audit_log WHERE operator = 'Operator Satu'").fetchone()[
            0
        ]
        > operator_rows
    )
    access.sign_in(conn, "kasubbag", "kata-sandi-admin")
    delete_employee(conn, emp.id)


def test_exports_are_logged(conn: sqlite3.Connection, tmp_path: Path) -> None:
    add_employee(conn, EmployeeDraft(nama="Budi", nip=NIP))
    export_employees(conn, tmp_path / "pegawai.xlsx")
    logged = privacy.recent(conn)
    assert logged[-1]["records"] == 1 and str(logged[-1]["path"]).endswith("pegawai.xlsx")
    assert logged[-1]["kind"] == "ekspor pegawai"


def test_erasure_leaves_only_the_fact(db_path: Path, conn: sqlite3.Connection) -> None:
    emp = add_employee(conn, EmployeeDraft(nama="Minta Dihapus", nip=NIP, nik=""))
    add_employee(conn, EmployeeDraft(nama="Tetap Ada", nik=NIK))
    with pytest.raises(ValidationError):
        privacy.erase_person(conn, emp.id, "")
    privacy.erase_person(conn, emp.id, "permintaan yang bersangkutan")
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    assert NIP.encode() not in raw and b"Minta Dihapus" not in raw
    assert NIK.encode() in raw  # the others are untouched
    facts = conn.execute(
        "SELECT action FROM audit_log WHERE tbl = 'employees' AND row_key = ?", (str(emp.id),)
    ).fetchall()
    assert [f[0] for f in facts] == ["insert", "delete", "erase"]
    report = verify(conn)
    assert report.ok, report.problems
