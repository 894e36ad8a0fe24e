"""Optional sign-in: admin and operator accounts, scrypt passwords, lockout, admin-only actions."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import (
    NotFoundError,
    PermissionDeniedError,
    UserError,
    ValidationError,
)
from ikrar_desktop.store.connection import session_of, write
from ikrar_desktop.store.session import ADMIN as ADMIN  # the roles, for the users dialog
from ikrar_desktop.store.session import OPERATOR as OPERATOR

# OWASP: scrypt N=2^16, r=8, p=1. It needs 64 MiB, above OpenSSL's 32 MiB default, so maxmem
# is raised (measured: 0.47 s per hash on the development machine).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
SCRYPT_MAXMEM = 128 * 1024 * 1024
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
IDLE_LOCK_MINUTES = 10
SIGNIN_SETTING = "signin_required"
MIN_PASSWORD = 8


def hash_password(password: str, *, n: int | None = None) -> str:
    """PHC-style ``scrypt$ln=16,r=8,p=1$salt$hash`` with a fresh 16-byte salt.

    ``n`` defaults to :data:`SCRYPT_N` as it is when called (tests lower it for speed; the
    stored hash names its own cost, so checking follows whatever made it).
    """
    n = n or SCRYPT_N
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM
    )
    enc = base64.b64encode
    params = f"ln={n.bit_length() - 1},r={SCRYPT_R},p={SCRYPT_P}"
    return f"scrypt${params}${enc(salt).decode()}${enc(key).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, params, salt_b64, key_b64 = stored.split("$")
        values = dict(part.split("=") for part in params.split(","))
        n, r, p = 2 ** int(values["ln"]), int(values["r"]), int(values["p"])
        salt, key = base64.b64decode(salt_b64), base64.b64decode(key_b64)
    except (ValueError, KeyError):
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=len(key)
    )
    return hmac.compare_digest(got, key)


@dataclass(slots=True)
class User:
    id: int
    login: str
    full_name: str
    role: str
    active: bool
    locked_until: str | None = None

    @property
    def name(self) -> str:
        return self.full_name or self.login

    def as_dict(self) -> dict[str, Any]:
        """Everything but the password hash (for ``user list --json``)."""
        return {
            "id": self.id,
            "login": self.login,
            "full_name": self.full_name,
            "role": self.role,
            "active": self.active,
            "locked_until": self.locked_until,
        }


def signin_required(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SIGNIN_SETTING,)).fetchone()
    return bool(row and row[0] == "1")


def require_admin(target: Any) -> None:
    """Refuse unless sign-in is off or the signed-in operator is an admin.

    ``target`` is a connection or anything with a ``conn`` (the AppContext).
    """
    conn: sqlite3.Connection = getattr(target, "conn", target)
    if not signin_required(conn):
        return
    session = session_of(conn)
    if not (session.signed_in and session.role == ADMIN):
        raise PermissionDeniedError(
            "Tindakan ini hanya untuk admin.",
            "Minta admin masuk (di aplikasi: Ganti pengguna; di baris perintah: "
            "--user LOGIN_ADMIN) untuk melakukannya.",
        )


def list_users(conn: sqlite3.Connection) -> list[User]:
    rows = conn.execute(
        "SELECT id, login, full_name, role, active, locked_until FROM users ORDER BY login"
    )
    return [User(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


def has_active_admin(conn: sqlite3.Connection) -> bool:
    return any(u.role == ADMIN and u.active for u in list_users(conn))


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            f"Kata sandi minimal {MIN_PASSWORD} karakter.",
            "Pakai kalimat pendek yang mudah diingat tetapi sulit ditebak.",
            field="password",
        )


def _user_id(conn: sqlite3.Connection, login: str) -> int:
    row = conn.execute("SELECT id FROM users WHERE login = ?", (login.strip(),)).fetchone()
    if row is None:
        raise NotFoundError(f"Pengguna '{login}' tidak ditemukan.")
    return int(row[0])


def reset_password(conn: sqlite3.Connection, login: str, password: str) -> None:
    """Admin only: a new password; also lifts a lockout and clears the failure count."""
    require_admin(conn)
    user_id = _user_id(conn, login)
    _check_new_password(password)
    stored = hash_password(password)
    with write(conn):
        conn.execute(
            "UPDATE users SET password = ?, failures = 0, locked_until = NULL WHERE id = ?",
            (stored, user_id),
        )


def set_user_active(conn: sqlite3.Connection, login: str, active: bool) -> None:
    """Admin only: deactivate (cannot sign in; kept for the audit trail) or reactivate.

    The last active admin cannot be deactivated while sign-in is required.
    """
    require_admin(conn)
    user_id = _user_id(conn, login)
    with write(conn):
        if not active and signin_required(conn):
            others = conn.execute(
                "SELECT count(*) FROM users WHERE role = ? AND active = 1 AND id <> ?",
                (ADMIN, user_id),
            ).fetchone()[0]
            is_admin = conn.execute(
                "SELECT role = ? FROM users WHERE id = ?", (ADMIN, user_id)
            ).fetchone()[0]
            if is_admin and not others:
                raise ValidationError(
                    "Ini admin aktif terakhir; tanpa admin tidak ada yang dapat mengelola "
                    "pengguna atau pengaturan.",
                    "Buat atau aktifkan admin lain dulu, atau matikan kewajiban masuk.",
                )
        conn.execute(
            "UPDATE users SET active = ?, failures = 0, locked_until = NULL WHERE id = ?",
            (1 if active else 0, user_id),
        )


def add_user(
    conn: sqlite3.Connection, login: str, password: str, role: str = OPERATOR, full_name: str = ""
) -> User:
    """The first account must be an admin and may be made by anyone; later ones by an admin."""
    login = login.strip()
    login = clean_text(login, "login", "Nama pengguna", field="login")
    full_name = clean_text(full_name, "nama", "Nama lengkap", field="full_name")
    if role not in (ADMIN, OPERATOR):
        raise ValidationError(f"Peran '{role}' tidak dikenal (admin atau operator).")
    if not login:
        raise ValidationError("Nama pengguna wajib diisi.", field="login")
    _check_new_password(password)
    first = conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None
    if first and role != ADMIN:
        raise ValidationError("Akun pertama harus admin.")
    if not first:
        require_admin(conn)
    stored = hash_password(password)
    with write(conn):
        try:
            cur = conn.execute(
                "INSERT INTO users (login, full_name, role, password, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (login, full_name.strip(), role, stored, datetime.now().isoformat("T", "seconds")),
            )
        except sqlite3.IntegrityError as exc:
            raise ValidationError(f"Nama pengguna '{login}' sudah dipakai.") from exc
    return User(int(cur.lastrowid or 0), login, full_name.strip(), role, True)


def set_signin(conn: sqlite3.Connection, required: bool) -> None:
    """Turn sign-in on (needs an admin account) or off; admin only once it is on."""
    require_admin(conn)
    if required and not has_active_admin(conn):
        raise ValidationError(
            "Belum ada akun admin yang aktif; buat dulu akun admin sebelum mewajibkan masuk.",
            "Pakai tombol Kelola pengguna… di bawah ini.",
        )
    with write(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SIGNIN_SETTING, "1" if required else "0"),
        )


def sign_in(
    conn: sqlite3.Connection, login: str, password: str, *, now: datetime | None = None
) -> User:
    """Check the password; after 5 failures the account is locked for 5 minutes."""
    moment = now or datetime.now()
    row = conn.execute(
        "SELECT id, login, full_name, role, active, password, failures, locked_until "
        "FROM users WHERE login = ?",
        (login.strip(),),
    ).fetchone()
    wrong = UserError("Nama pengguna atau kata sandi salah.")
    if row is None or not row[4]:
        check_password(password, hash_password("x", n=2**10))  # similar time either way
        raise wrong
    user_id, locked_until = row[0], row[7]
    if locked_until and datetime.fromisoformat(locked_until) > moment:
        raise UserError(
            "Akun ini dikunci sementara karena terlalu banyak salah kata sandi.",
            f"Coba lagi setelah pukul {datetime.fromisoformat(locked_until):%H:%M}.",
        )
    if not check_password(password, row[5]):
        failures = int(row[6]) + 1
        until = (moment + LOCKOUT).isoformat("T", "seconds") if failures >= MAX_FAILURES else None
        with write(conn):
            conn.execute(
                "UPDATE users SET failures = ?, locked_until = ? WHERE id = ?",
                (0 if until else failures, until, user_id),
            )
        raise wrong
    if row[6] or locked_until:
        with write(conn):
            conn.execute(
                "UPDATE users SET failures = 0, locked_until = NULL WHERE id = ?", (user_id,)
            )
    user = User(user_id, row[1], row[2], row[3], True)
    apply_session(conn, user)
    return user


def apply_session(conn: sqlite3.Connection, user: User | None) -> None:
    """Every audit row written on ``conn`` from now on names this user."""
    session = session_of(conn)
    if user is None:
        from ikrar_desktop.store.session import os_user

        session.operator, session.role, session.signed_in = os_user(), ADMIN, False
        return
    session.operator, session.role, session.signed_in = user.name, user.role, True


def sign_out(conn: sqlite3.Connection) -> None:
    session = session_of(conn)
    session.signed_in = False
    session.role = OPERATOR
