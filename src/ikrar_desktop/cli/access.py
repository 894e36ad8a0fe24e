"""Sign-in on the command line: which commands need an account, and signing in before them."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ikrar_desktop.errors import (
    CannotRunError,
    PermissionDeniedError,
    UserError,
    ValidationError,
)

OPEN = "open"  # anyone: shows no personal data and changes nothing
ACCOUNT = "account"  # any active account (every command not named in ACCESS)
ADMIN = "admin"  # an admin account, as in the GUI

# Who may run a command ("command" or "command action") while the database requires sign-in.
# A command not named here needs an account, so a command added later is closed by default.
ACCESS: dict[str, str] = {
    "check": OPEN,
    "verify": OPEN,
    "restore": ADMIN,
    "user": ADMIN,  # Kelola pengguna is admin-only in the GUI too
    "employees erase": ADMIN,
    "event reopen": ADMIN,
}
# These need an admin account even while sign-in is off: switching sign-in on from the command
# line proves first that an admin password works, so nobody locks the office out by mistake.
ALWAYS = frozenset({"user signin"})


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """``--user LOGIN`` and ``--password-stdin``, placed before the subcommand like ``--db``."""
    parser.add_argument(
        "--user",
        dest="signin_user",
        metavar="LOGIN",
        help="masuk dengan akun ini (wajib bila database mewajibkan masuk)",
    )
    parser.add_argument(
        "--password-stdin",
        dest="signin_password_stdin",
        action="store_true",
        help="baca kata sandi --user dari baris pertama stdin (tanpa ini: ditanyakan)",
    )


def command_key(args: argparse.Namespace) -> str:
    action = getattr(args, "action", None)
    return f"{args.command} {action}" if isinstance(action, str) else str(args.command)


def access_of(args: argparse.Namespace) -> str:
    """OPEN, ACCOUNT or ADMIN for the parsed command (ACCOUNT unless the table says else)."""
    return ACCESS.get(command_key(args)) or ACCESS.get(str(args.command), ACCOUNT)


@contextmanager
def signed_in(args: argparse.Namespace, db: Path) -> Iterator[None]:
    """Sign in with ``--user`` where needed, then run the command as that account.

    Refuses (exit 1) before the command reads or writes anything. Inside, every connection
    the command opens names the account (audit, attendance log, cases) and carries its role.
    """
    from ikrar_desktop.store.session import acting_as

    level, key = access_of(args), command_key(args)
    login = getattr(args, "signin_user", None)
    if level == OPEN:
        yield
        return
    always = key in ALWAYS
    required = always or signin_required_at(db, lenient=args.command == "restore")
    if login is None:
        if getattr(args, "signin_password_stdin", False):
            raise ValidationError(
                "--password-stdin dipakai tanpa --user.",
                "Tulis --user LOGIN --password-stdin sebelum perintahnya.",
            )
        if required:
            raise PermissionDeniedError(_missing(key, level, always), _HINT)
        yield
        return
    user = _sign_in(args, db, login.strip())
    if level == ADMIN and required and user.role != ADMIN:
        raise PermissionDeniedError(
            f"Perintah '{key}' hanya untuk admin; {user.login} masuk sebagai operator.",
            "Minta admin menjalankannya dengan --user LOGIN_ADMIN.",
        )
    _own_operator(args, user)
    with acting_as(user.name, user.role):
        yield


_HINT = (
    "Tulis --user LOGIN sebelum perintahnya; kata sandi ditanyakan, atau untuk skrip "
    "kirim lewat baris pertama stdin dengan --password-stdin. Contoh: "
    "ikrar-desktop --user admin --password-stdin employees list"
)


def _missing(key: str, level: str, always: bool) -> str:
    if always:
        return f"Perintah '{key}' hanya untuk admin dan perlu masuk dengan akun admin."
    if level == ADMIN:
        return f"Perintah '{key}' hanya untuk admin, dan database ini mewajibkan masuk."
    return f"Database ini mewajibkan masuk: perintah '{key}' perlu akun pengguna."


def signin_required_at(db: Path, *, lenient: bool = False) -> bool:
    """Whether the database at ``db`` requires sign-in (a file that is not there does not).

    Read through a read-only connection; a file that cannot be read that way is opened as
    the command itself would open it, so it either answers or fails with the command's own
    error (fail closed). ``lenient``: restoring a damaged file is the point, so it says no.
    """
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.access import signin_required
    from ikrar_desktop.store.connection import connect

    if not db.is_file():  # not there yet, or a folder: no records to protect
        return False
    try:
        probe = connect(db, readonly=True)
        try:
            return signin_required(probe)
        finally:
            probe.close()
    except (sqlite3.Error, UserError, OSError):
        if lenient:
            return False
    ctx = AppContext.open(db)
    try:
        return signin_required(ctx.conn)
    finally:
        ctx.close()


def _read_password(args: argparse.Namespace, login: str) -> str:
    if getattr(args, "signin_password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Kata sandi {login}: ")
    else:
        raise ValidationError(
            "Kata sandi untuk --user tidak dapat ditanyakan: masukan bukan terminal.",
            "Kirim kata sandi lewat baris pertama stdin dengan --password-stdin.",
        )
    if not password:
        raise ValidationError(
            "Kata sandi kosong; tidak dicoba.", "Kirim kata sandi pada baris pertama stdin."
        )
    return password


def _sign_in(args: argparse.Namespace, db: Path, login: str) -> Any:
    """``access.sign_in`` on the database itself: failures count toward its lockout."""
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import access

    password = _read_password(args, login)
    if not db.is_file():
        raise UserError("Nama pengguna atau kata sandi salah.")
    try:
        ctx = AppContext.open(db)
    except CannotRunError:  # read-only media: a wrong password is refused all the same
        ctx = AppContext.open(db, readonly=True)
    try:
        return access.sign_in(ctx.conn, login, password)
    finally:
        ctx.close()


def _own_operator(args: argparse.Namespace, user: Any) -> None:
    """``--operator`` may only name the signed-in account; records then carry its name."""
    given = getattr(args, "operator", None)
    if given is None:
        return
    if given.strip() not in (user.login, user.name):
        raise ValidationError(
            f"--operator '{given}' bukan pengguna yang masuk ({user.login}).",
            "Catatan selalu memakai nama pengguna yang masuk; hapus --operator, atau masuk "
            "dengan --user sebagai pengguna itu.",
            field="operator",
        )
    args.operator = None
