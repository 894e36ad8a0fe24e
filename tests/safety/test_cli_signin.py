"""Sign-in means the program, not the window: the CLI asks for an account when it is required."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import run_stdin as run
from ikrar_desktop.cli.access import ACCESS, ACCOUNT, OPEN, access_of
from ikrar_desktop.cli.main import build_parser, main
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import PermissionDeniedError
from ikrar_desktop.services import access
from ikrar_desktop.services import checkin as desk
from ikrar_desktop.services.events import EventDraft, create_event, open_event
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store.schema import open_database

ADMIN_PW = "kata-sandi-admin"
OP_PW = "rahasia-op1"
NIP = "198001012005011001"


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at 2^10 instead of 2^16: the same code, a thousandth of the wait."""
    monkeypatch.setattr(access, "SCRYPT_N", 2**10)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Relative output paths of the commands land here (it must stay empty when refused)."""
    folder = tmp_path / "kerja"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _setup(db_path: Path, *, signin: bool = True) -> int:
    """Two people, an open event, an admin and an operator; returns the event id."""
    conn = open_database(db_path)
    try:
        add_employee(conn, EmployeeDraft(nama="Ahmad Fauzi", nip=NIP, unit="Dinas Pendidikan"))
        add_employee(
            conn,
            EmployeeDraft(nama="Siti Aminah", nip="198502022010012002", unit="Dinas Pendidikan"),
        )
        made = create_event(conn, EventDraft(title="Apel Ikrar", date="2024-01-10"))
        open_event(conn, made.event.id)
        access.add_user(conn, "admin", ADMIN_PW, access.ADMIN, "Kasubbag Umum")
        access.add_user(conn, "op1", OP_PW, access.OPERATOR, "Operator Satu")
        if signin:
            access.set_signin(conn, True)
        return made.event.id
    finally:
        conn.close()


@pytest.fixture
def event_id(db_path: Path) -> int:
    return _setup(db_path)


def as_user(login: str) -> tuple[str, ...]:
    return ("--user", login, "--password-stdin")


def snapshot(db: Path, *, with_users: bool = True) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the users table and its audit rows only when asked)."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found: dict[str, list[tuple[object, ...]]] = {}
        for name in tables:
            if not with_users and name in ("users", "sqlite_sequence"):
                continue
            query = f'SELECT * FROM "{name}"'
            if name == "audit_log" and not with_users:
                query += " WHERE tbl <> 'users'"
            found[name] = conn.execute(query).fetchall()
        return found
    finally:
        conn.close()


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from _leaves(sub, (*path, name))


def _argv(path: tuple[str, ...], parser: argparse.ArgumentParser) -> list[str]:
    """The command with a dummy value for everything it requires (enough to be parsed)."""
    out = list(path)
    for action in parser._actions:
        value = str(next(iter(action.choices))) if action.choices else "1"
        if action.option_strings:
            if action.required:
                out += [action.option_strings[0], value]
        elif action.nargs != "?":
            out.append(value)
    for group in parser._mutually_exclusive_groups:
        if group.required:
            out += [group._group_actions[0].option_strings[0], "1"]
    return out


def every_command() -> list[list[str]]:
    return [_argv(path, p) for path, p in _leaves(build_parser())]


def test_the_enumeration_sees_every_command() -> None:
    keys = {" ".join(argv[:2]) for argv in every_command()}
    for known in ("checkin 1", "employees add", "event close", "print pakta", "case add",
                  "backup", "user signin", "desk merge", "import 1", "demo"):  # fmt: skip
        assert any(k.startswith(known) for k in keys), known
    assert len(keys) > 30


def test_every_command_is_refused_without_an_account(
    db_path: Path,
    event_id: int,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(db_path)
    refused = 0
    for argv in every_command():
        probe = build_parser().parse_args(["--db", str(db_path), *argv])
        if access_of(probe) == OPEN:
            continue
        code, out, err = run(db_path, capsys, monkeypatch, *argv)
        assert code == 1, (argv, err)
        assert "mewajibkan masuk" in err or "hanya untuk admin" in err, (argv, err)
        assert "--user" in err, argv
        assert out == "", argv  # no data, no "done"
        refused += 1
    assert refused > 30
    assert snapshot(db_path) == before  # not a row written, not even a failed sign-in
    assert list(workdir.iterdir()) == []  # no file exported, printed or backed up
    assert not (db_path.parent / "backups").exists()


def test_a_command_added_later_is_closed_by_default() -> None:
    assert access_of(argparse.Namespace(command="perintah-baru", action="apa-saja")) == ACCOUNT
    assert {k for k, v in ACCESS.items() if v == OPEN} == {"check", "verify"}


def test_check_verify_help_and_version_stay_open(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _ = run(db_path, capsys, monkeypatch, "check")
    assert code == 0 and "rantai utuh" in out
    code, out, err = run(db_path, capsys, monkeypatch, "verify", "ABCD-EFGH")
    assert code == 1 and "mewajibkan masuk" not in err and out  # answered: unknown code
    for argv in (["--help"], ["--version"], ["checkin", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(["--db", str(db_path), *argv])
        assert done.value.code == 0
        assert capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ("checkin", "{ev}", NIP, "--pakta"),
        ("employees", "add", "--nama", "Penyusup", "--nip", "199001012015011001"),
        ("event", "add", "--title", "Palsu", "--date", "2024-02-01"),
        ("event", "close", "{ev}"),
        ("case", "add", "--nip", NIP, "--form", "KE-1", "--source", "temuan",
         "--reported", "2024-01-11"),
        ("print", "sertifikat", "{ev}", "--out", "s.pdf"),
        ("backup", "cadangan.sqlite"),
        ("user", "signin", "off"),
        ("employees", "list"),
    ],
)  # fmt: skip
def test_a_wrong_password_changes_nothing(
    db_path: Path,
    event_id: int,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
) -> None:
    before = snapshot(db_path, with_users=False)
    args = [a.format(ev=event_id) for a in argv]
    code, out, err = run(
        db_path, capsys, monkeypatch, *as_user("admin"), *args, stdin="bukan-sandinya\n"
    )
    assert code == 1 and "kata sandi salah" in err and out == ""
    assert snapshot(db_path, with_users=False) == before
    assert list(workdir.iterdir()) == []
    conn = open_database(db_path)
    try:
        assert access.signin_required(conn)
        failures = conn.execute("SELECT failures FROM users WHERE login = 'admin'").fetchone()[0]
        assert failures == 1  # the attempt counts toward the lockout
    finally:
        conn.close()


def test_the_lockout_holds_on_the_command_line(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for _ in range(access.MAX_FAILURES):
        code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "employees",
                           "list", stdin="tebakan-salah\n")  # fmt: skip
        assert code == 1 and "salah" in err
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "employees", "list",
                         stdin=OP_PW + "\n")  # fmt: skip
    assert code == 1 and "dikunci" in err and "Ahmad" not in out


def test_records_name_the_signed_in_account_not_the_operator_flag(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(db_path, with_users=False)
    last_seq = max(row[0] for row in snapshot(db_path)["audit_log"])
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "checkin",
                         str(event_id), NIP, "--pakta", "--operator", "admin",
                         stdin=OP_PW + "\n")  # fmt: skip
    assert code == 1 and "--operator 'admin' bukan pengguna yang masuk" in err and out == ""
    assert snapshot(db_path, with_users=False) == before
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "checkin",
                       str(event_id), NIP, "--pakta", "--operator", "op1", "--station", "Meja 2",
                       stdin=OP_PW + "\n")  # fmt: skip
    assert code == 0, err
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "case", "add", "--nip",
                       NIP, "--form", "KE-1", "--source", "temuan", "--reported", "2024-01-11",
                       stdin=OP_PW + "\n")  # fmt: skip
    assert code == 0, err
    conn = open_database(db_path)
    try:
        emp = conn.execute("SELECT id FROM employees WHERE nip = ?", (NIP,)).fetchone()[0]
        log = conn.execute(
            "SELECT operator, station FROM attendance_log WHERE employee_id = ?", (emp,)
        ).fetchall()
        assert log and set(log) == {("Operator Satu", "Meja 2")}  # --station stays free
        steps = conn.execute("SELECT operator FROM case_steps").fetchall()
        assert steps == [("Operator Satu",)]
        new_audit = conn.execute(
            "SELECT DISTINCT operator FROM audit_log WHERE seq > ? AND tbl <> 'users'",
            (last_seq,),
        ).fetchall()
        assert new_audit == [("Operator Satu",)]
    finally:
        conn.close()


def test_a_signed_in_gui_session_names_the_account_in_the_attendance_log(
    db_path: Path, event_id: int
) -> None:
    """The same service path as the check-in desk: not the Windows user, the account."""
    conn = open_database(db_path)
    try:
        access.sign_in(conn, "op1", OP_PW)
        emp = conn.execute("SELECT id FROM employees WHERE nip = ?", (NIP,)).fetchone()[0]
        desk.set_status(conn, event_id, emp, "hadir")
        who = conn.execute(
            "SELECT DISTINCT operator FROM attendance_log WHERE employee_id = ?", (emp,)
        ).fetchall()
        assert who == [("Operator Satu",)]
    finally:
        conn.close()


def test_an_operator_is_refused_admin_actions(
    db_path: Path,
    event_id: int,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    op = as_user("op1")
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "event", "close",
                       str(event_id), stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0, err
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "backup",
                       "cadangan.sqlite", stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0, err
    before = snapshot(db_path, with_users=False)
    for argv, stdin in (
        (("event", "reopen", str(event_id), "--reason", "salah tutup"), ""),
        (("user", "add", "op2", "--password-stdin"), "sandi-op2-baru\n"),
        (("user", "list"), ""),
        (("user", "signin", "off"), ""),
        (("employees", "erase", "1", "--reason", "permintaan"), ""),
        (("restore", "cadangan.sqlite"), ""),
        (("init", "--instansi", "Kabupaten Lain"), ""),  # settings: admin-only in the service
    ):
        code, out, err = run(db_path, capsys, monkeypatch, *op, *argv, stdin=OP_PW + "\n" + stdin)
        assert code == 1 and "hanya untuk admin" in err, (argv, err)
        assert "op1" not in out
    assert snapshot(db_path, with_users=False) == before
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "event", "reopen",
                       str(event_id), "--reason", "salah tutup", stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0, err
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "restore",
                         "cadangan.sqlite", stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0 and "dipulihkan" in out, err


def test_user_add_reads_the_sign_in_password_then_the_new_one(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = (*as_user("admin"), "user", "add", "op2", "--name", "Operator Dua",
            "--password-stdin")  # fmt: skip
    code, _, err = run(db_path, capsys, monkeypatch, *argv, stdin=f"{OP_PW}\nsandi-op2-baru\n")
    assert code == 1 and "salah" in err  # line 1 is the admin's password, not op1's
    code, out, err = run(db_path, capsys, monkeypatch, *argv, stdin=f"{ADMIN_PW}\nsandi-op2-baru\n")
    assert code == 0 and "op2" in out, err
    conn = open_database(db_path)
    try:
        assert access.sign_in(conn, "op2", "sandi-op2-baru").full_name == "Operator Dua"
        creator = conn.execute(
            "SELECT operator FROM audit_log WHERE tbl = 'users' AND action = 'insert' "
            "ORDER BY seq DESC LIMIT 1"
        ).fetchone()[0]
        assert creator == "Kasubbag Umum"
    finally:
        conn.close()


def test_user_signin_on_and_off_needs_an_admin(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(db_path, signin=False)
    code, _, err = run(db_path, capsys, monkeypatch, "user", "signin", "on")
    assert code == 1 and "hanya untuk admin" in err
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "user", "signin", "on",
                       stdin=OP_PW + "\n")  # fmt: skip
    assert code == 1 and "hanya untuk admin" in err
    code, out, err = run(db_path, capsys, monkeypatch, "employees", "list")
    assert code == 0 and "2 pegawai" in out  # still off: everything as before
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "user", "signin",
                         "on", stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0 and "diwajibkan" in out, err
    code, out, err = run(db_path, capsys, monkeypatch, "employees", "list")
    assert code == 1 and "Ahmad" not in out
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "employees", "list",
                         stdin=OP_PW + "\n")  # fmt: skip
    assert code == 0 and "2 pegawai" in out, err
    code, out, err = run(db_path, capsys, monkeypatch, *as_user("admin"), "user", "signin",
                         "off", "--json", stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0 and '"signin_required": false' in out, err
    code, out, _ = run(db_path, capsys, monkeypatch, "employees", "list")
    assert code == 0 and "2 pegawai" in out


def test_with_sign_in_off_a_given_account_is_still_checked(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    event = _setup(db_path, signin=False)
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "checkin", str(event),
                       NIP, stdin="keliru-keliru\n")  # fmt: skip
    assert code == 1 and "salah" in err
    code, _, err = run(db_path, capsys, monkeypatch, "--password-stdin", "employees", "list")
    assert code == 1 and "tanpa --user" in err
    code, _, err = run(db_path, capsys, monkeypatch, *as_user("op1"), "checkin", str(event),
                       NIP, stdin=OP_PW + "\n")  # fmt: skip
    assert code == 0, err
    conn = open_database(db_path)
    try:
        who = conn.execute(
            "SELECT DISTINCT operator FROM attendance_log WHERE employee_id IS NOT NULL"
        ).fetchall()
        assert who == [("Operator Satu",)]
    finally:
        conn.close()


def test_no_terminal_and_no_password_stdin_is_refused(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run(db_path, capsys, monkeypatch, "--user", "admin", "employees", "list")
    assert code == 1 and "bukan terminal" in err and out == ""


def test_the_account_ends_with_the_command(
    db_path: Path,
    event_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In-process callers (tests, the smoke test) are not left signed in afterwards."""
    from ikrar_desktop.store.session import Session

    code, _, _ = run(db_path, capsys, monkeypatch, *as_user("admin"), "employees", "list",
                     stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 0 and not Session.default().signed_in
    code, _, _ = run(db_path, capsys, monkeypatch, *as_user("admin"), "event", "close", "999",
                     stdin=ADMIN_PW + "\n")  # fmt: skip
    assert code == 1 and not Session.default().signed_in  # refused inside: reset all the same
    conn = open_database(db_path)
    try:
        with pytest.raises(PermissionDeniedError):  # a later connection is nobody's
            access.require_admin(conn)
    finally:
        conn.close()
