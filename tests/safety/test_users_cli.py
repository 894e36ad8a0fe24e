"""CLI: ``user add`` / ``user list`` (passwords from stdin for scripts) and ``employees erase``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run_stdin as run
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import access
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store.schema import open_database


def test_user_add_and_list(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    code, _, err = run(
        db_path,
        capsys,
        monkeypatch,
        "user",
        "add",
        "op1",
        "--password-stdin",
        stdin="rahasia-op1\n",
    )
    assert code == 1 and "Akun pertama harus admin" in err
    code, out, _ = run(
        db_path,
        capsys,
        monkeypatch,
        "user",
        "add",
        "kasubbag",
        "--name",
        "Kasubbag Umum",
        "--role",
        "admin",
        "--password-stdin",
        "--json",
        stdin="kata-sandi-admin\n",
    )
    assert code == 0
    made: dict[str, Any] = json.loads(out)
    assert made["login"] == "kasubbag" and made["role"] == "admin" and made["active"] is True
    code, _, err = run(
        db_path, capsys, monkeypatch, "user", "add", "op1", "--password-stdin", stdin="pendek\n"
    )
    assert code == 1 and "minimal 8 karakter" in err
    code, _, err = run(
        db_path, capsys, monkeypatch, "user", "add", "KASUBBAG", "--password-stdin",
        stdin="kata-sandi-lain\n",
    )  # fmt: skip
    assert code == 1 and "sudah dipakai" in err
    code, out, _ = run(
        db_path, capsys, monkeypatch, "user", "add", "op1", "--name", "Operator Satu",
        "--password-stdin", stdin="rahasia-op1\n",
    )  # fmt: skip
    assert code == 0 and "op1" in out
    code, out, _ = run(db_path, capsys, monkeypatch, "user", "list", "--json")
    assert code == 0
    users = json.loads(out)
    assert [u["login"] for u in users] == ["kasubbag", "op1"]
    assert set(users[0]) == {"id", "login", "full_name", "role", "active", "locked_until"}
    assert users[1] == {
        "id": users[1]["id"],
        "login": "op1",
        "full_name": "Operator Satu",
        "role": "operator",
        "active": True,
        "locked_until": None,
    }
    assert "kata-sandi" not in out and "scrypt" not in out
    code, out, _ = run(db_path, capsys, monkeypatch, "user", "list")
    assert code == 0 and "2 pengguna." in out
    conn = open_database(db_path)
    try:
        assert access.sign_in(conn, "op1", "rahasia-op1").role == access.OPERATOR
    finally:
        conn.close()


def test_user_add_needs_an_admin_once_sign_in_is_on(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path)
    access.add_user(conn, "admin", "kata-sandi-admin", access.ADMIN)
    access.set_signin(conn, True)
    conn.close()
    code, _, err = run(
        db_path, capsys, monkeypatch, "user", "add", "op1", "--password-stdin",
        stdin="rahasia-op1\n",
    )  # fmt: skip
    assert code == 1 and "hanya untuk admin" in err


def test_employees_erase(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    conn: sqlite3.Connection = open_database(db_path)
    emp = add_employee(conn, EmployeeDraft(nama="Minta Dihapus", nip="198203152006042003"))
    conn.close()
    code, _, err = run(db_path, capsys, monkeypatch, "employees", "erase", str(emp.id),
                       "--reason", " ")  # fmt: skip
    assert code == 1 and "Alasan" in err
    code, _, err = run(db_path, capsys, monkeypatch, "employees", "erase", "9999",
                       "--reason", "permintaan")  # fmt: skip
    assert code == 1 and "tidak ditemukan" in err
    code, out, _ = run(db_path, capsys, monkeypatch, "employees", "erase", str(emp.id),
                       "--reason", "permintaan yang bersangkutan", "--json")  # fmt: skip
    assert code == 0 and json.loads(out) == {"erased": emp.id}
    conn = open_database(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
        rows = conn.execute(
            "SELECT action, after FROM audit_log WHERE tbl = 'employees' AND row_key = ?",
            (str(emp.id),),
        ).fetchall()
        assert rows[-1][0] == "erase" and "permintaan yang bersangkutan" in rows[-1][1]
    finally:
        conn.close()


def test_reset_password_and_deactivate_are_admin_only(conn: sqlite3.Connection) -> None:
    from ikrar_desktop.errors import PermissionDeniedError, UserError, ValidationError

    access.add_user(conn, "admin", "kata-sandi-admin", access.ADMIN)
    access.add_user(conn, "op1", "rahasia-op1", access.OPERATOR)
    for _ in range(access.MAX_FAILURES):
        with pytest.raises(UserError):
            access.sign_in(conn, "op1", "keliru-keliru")
    assert access.list_users(conn)[1].locked_until
    with pytest.raises(ValidationError, match="minimal"):
        access.reset_password(conn, "op1", "pendek")
    access.reset_password(conn, "op1", "sandi-baru-op1")  # also lifts the lockout
    assert access.list_users(conn)[1].locked_until is None
    assert access.sign_in(conn, "op1", "sandi-baru-op1").login == "op1"
    access.set_signin(conn, True)
    with pytest.raises(PermissionDeniedError):
        access.reset_password(conn, "admin", "diambil-alih")
    with pytest.raises(PermissionDeniedError):
        access.set_user_active(conn, "admin", False)
    access.sign_in(conn, "admin", "kata-sandi-admin")
    with pytest.raises(ValidationError, match="admin aktif terakhir"):
        access.set_user_active(conn, "admin", False)
    access.set_user_active(conn, "op1", False)
    with pytest.raises(UserError, match="salah"):
        access.sign_in(conn, "op1", "sandi-baru-op1")
    access.set_user_active(conn, "op1", True)
    assert access.sign_in(conn, "op1", "sandi-baru-op1").active
