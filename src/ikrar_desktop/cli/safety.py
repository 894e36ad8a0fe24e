"""CLI for keeping records safe: backup, restore, check, and the lock around writing commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikrar_desktop.cli.args import out_file, record_id
from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.errors import (
    CannotRunError,
    DamagedDatabaseError,
    UserError,
    ValidationError,
)

# commands (or command + action) that never change records; everything else takes the lock
READ_ONLY = frozenset({"check", "backup", "export", "recap", "verify"})
READ_ONLY_ACTIONS = frozenset({"list", "show"})
LOCK_WAIT_SECONDS = 5.0  # a writer waits this long for another writer to finish before refusing


def add_parsers(sub: Any, json_flag: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("backup", help="buat cadangan terverifikasi sekarang")
    p.add_argument(
        "out",
        nargs="?",
        metavar="OUT",
        type=out_file("OUT", folder_ok=True),
        help="berkas atau folder tujuan",
    )
    json_flag(p)
    p = sub.add_parser("restore", help="pulihkan database dari berkas cadangan")
    p.add_argument("file", metavar="FILE")
    json_flag(p)
    p = sub.add_parser("check", help="periksa keutuhan database dan jejak audit")
    p.add_argument(
        "--fingerprint",
        metavar='"N · xxxx-xxxx-xxxx-xxxx"',
        help="cocokkan sidik jejak audit yang tercetak pada dokumen atau cadangan",
    )
    json_flag(p)
    user = sub.add_parser("user", help="kelola pengguna (admin dan operator)")
    user_sub = user.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = user_sub.add_parser("add", help="tambah pengguna (akun pertama harus admin)")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", default="", metavar="N", help="nama lengkap")
    p.add_argument("--role", choices=("admin", "operator"), default="operator")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="baca kata sandi pengguna baru dari stdin: baris pertama, atau baris kedua bila "
        "--password-stdin global (kata sandi --user) juga dipakai",
    )
    json_flag(p)
    p = user_sub.add_parser("list", help="daftar pengguna")
    json_flag(p)
    p = user_sub.add_parser("signin", help="wajibkan masuk (on) atau tidak (off); hanya admin")
    p.add_argument("state", choices=("on", "off"), metavar="on|off")
    json_flag(p)


def add_erase_parser(emp_sub: Any, json_flag: Callable[[argparse.ArgumentParser], None]) -> None:
    """``employees erase ID --reason R``: erase a person on request (UU 27/2022)."""
    p = emp_sub.add_parser("erase", help="hapus data pribadi pegawai atas permintaannya")
    p.add_argument("id", type=record_id("pegawai"), metavar="ID")
    p.add_argument("--reason", required=True, metavar="R", help="alasan (wajib)")
    json_flag(p)


def _db(args: argparse.Namespace) -> Path:
    from ikrar_desktop.paths import Paths

    return Paths.for_db(args.db).db


def is_read_only(args: argparse.Namespace) -> bool:
    if args.command in READ_ONLY:
        return True
    if getattr(args, "dry_run", False):
        return True
    return getattr(args, "action", None) in READ_ONLY_ACTIONS


def _offer_backup(db: Path) -> str:
    from ikrar_desktop.services.backups import newest_verified
    from ikrar_desktop.store.backup import default_folder

    found = newest_verified(default_folder(db), db.stem)
    if found is None:
        return "Tidak ada cadangan terverifikasi di folder cadangan."
    when = f"{found.created:%d-%m-%Y %H:%M}" if found.created else "?"
    return (
        f"Cadangan terbaru yang utuh: {found.path} (tanggal {when}). "
        f'Pulihkan dengan: ikrar-desktop --db "{db}" restore "{found.path}"'
    )


def run_guarded(args: argparse.Namespace, handler: Callable[[argparse.Namespace], int]) -> int:
    """Run a subcommand as the account of ``--user`` (refused without one when the database
    requires sign-in); a writing one first takes the database (exit 2 if a program has it)."""
    from ikrar_desktop.cli.access import signed_in
    from ikrar_desktop.store import lock
    from ikrar_desktop.store.connection import closed_after
    from ikrar_desktop.store.location import location_warning

    db = _db(args)
    try:
        with closed_after(), signed_in(args, db):
            if is_read_only(args):
                return handler(args)
            warning = location_warning(db)
            if warning:
                print(f"Peringatan: {warning}", file=sys.stderr)
            with lock.acquire(db, wait=LOCK_WAIT_SECONDS) as held:
                if held.warning:
                    print(f"Peringatan: {held.warning}", file=sys.stderr)
                return handler(args)
    except DamagedDatabaseError as err:
        raise DamagedDatabaseError(err.message, _offer_backup(db), path=db) from err


def cmd_backup(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.backups import backup_now

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    try:
        info = backup_now(ctx.conn, "manual", out=Path(args.out) if args.out else None)
    finally:
        ctx.close()
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items() if not k.startswith("_"))
    text = f"Cadangan tersimpan dan terverifikasi: {info.path}\n{counts}"
    if info.fingerprint:
        text += f"\nSidik jejak audit cadangan: {info.fingerprint}"
    _emit(args, info.as_dict(), text)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ikrar_desktop.services.access import signin_required
    from ikrar_desktop.services.backups import restore
    from ikrar_desktop.store.connection import connect
    from ikrar_desktop.store.schema import open_database

    db = _db(args)
    if db.exists():
        try:
            probe = connect(db, readonly=True)
            try:
                locked = signin_required(probe)
            finally:
                probe.close()
        except Exception:  # a damaged file cannot say; restoring it is the point
            locked = False
        if locked and not _admin_signed_in():
            raise UserError(
                "Pemulihan hanya untuk admin, dan database ini mewajibkan masuk.",
                "Masuk sebagai admin: ikrar-desktop --user LOGIN_ADMIN … restore FILE "
                "(atau di aplikasi: Pengaturan → Pulihkan).",
            )
    done = restore(db, Path(args.file))
    open_database(db).close()  # brings an older backup up to the current schema
    info = done.info
    when = f"{info.created:%d-%m-%Y %H:%M}" if info.created else "?"
    data = info.as_dict() | {"kept_aside": str(done.kept_aside or ""), "db": str(db)}
    text = (
        f"Database dipulihkan dari cadangan tanggal {when}: {info.path}\n"
        f"Pegawai {info.counts.get('employees', 0)}, kegiatan {info.counts.get('events', 0)}."
    )
    if info.fingerprint:
        text += f"\nSidik jejak audit cadangan: {info.fingerprint}"
    if done.kept_aside:
        text += f"\nDatabase sebelumnya disimpan sebagai {done.kept_aside}"
    _emit(args, data, text)
    return 0


def _admin_signed_in() -> bool:
    """The command runs as an admin account signed in with ``--user`` (see cli_access)."""
    from ikrar_desktop.store.session import ADMIN, Session

    session = Session.default()
    return session.signed_in and session.role == ADMIN


def cmd_check(args: argparse.Namespace) -> int:
    from ikrar_desktop.store.audit import fingerprint_of
    from ikrar_desktop.store.audit_anchor import check_anchor, parse_fingerprint
    from ikrar_desktop.store.audit_check import verify
    from ikrar_desktop.store.connection import connect

    printed = parse_fingerprint(args.fingerprint) if args.fingerprint is not None else None
    db = _db(args)
    if not db.exists():
        raise CannotRunError(f"Database {db} tidak ditemukan.")
    conn = connect(db, readonly=True)
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
        if rows[0][0] != "ok":
            raise DamagedDatabaseError(
                f"Database {db.name} rusak: {rows[0][0]}. Berkas itu tidak diubah.",
                _offer_backup(db),
                path=db,
            )
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        report = verify(conn)
        anchor = check_anchor(conn, printed, report) if printed is not None else None
    finally:
        conn.close()
    # from the same snapshot as the count, so "N catatan" and "Sidik … N" always agree
    fingerprint = fingerprint_of(report.head_seq, report.head_hash) if report.links else ""
    problems = [p.as_dict() for p in report.problems]
    if fk:
        problems.append({"kind": "foreign_key", "message": f"{len(fk)} rujukan antartabel putus."})
    data: dict[str, object] = {
        "db": str(db),
        "integrity": "ok",
        "audit_links": report.links,
        "audit_records": report.records,
        "audit_head": report.head_seq,
        "fingerprint": fingerprint,
        "ok": not problems and (anchor is None or anchor.ok),
        "problems": problems,
    }
    lines = []
    if anchor is not None:
        data["anchor"] = anchor.as_dict()
        lines.append(("SIDIK COCOK. " if anchor.ok else "SIDIK TIDAK COCOK. ") + anchor.message)
        if anchor.hint:
            lines.append(anchor.hint)
        lines.append("")
    if problems:
        lines.append(f"Ditemukan {len(problems)} masalah pada {db.name}:")
        lines += [f"  - {p['message']}" for p in problems[:30]]
        if len(problems) > 30:
            lines.append(f"  … dan {len(problems) - 30} lagi (lihat --json).")
    elif anchor is not None and not anchor.ok:
        lines.append(
            f"Di dalam berkas sendiri tidak terlihat masalah (jejak audit: {report.records} "
            f"catatan, rantai tersambung).\nSidik jejak audit sekarang: {fingerprint}"
        )
    else:
        lines.append(
            f"Database utuh. Jejak audit: {report.records} catatan, rantai utuh.\n"
            f"Sidik jejak audit: {fingerprint}"
        )
        if anchor is None:
            lines.append(
                "Rantai yang utuh belum membuktikan tidak ada yang menulis ulang seluruhnya; "
                'cocokkan sidik yang tercetak pada dokumen: check --fingerprint "N · …".'
            )
    _emit(args, data, "\n".join(lines))
    return 0 if data["ok"] else 1


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise ValidationError("Kedua kata sandi tidak sama.", field="password")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import access

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    try:
        if args.action == "list":
            users = access.list_users(ctx.conn)
            lines = [
                f"{u.login:<16} {u.role:<9} {'aktif' if u.active else 'nonaktif':<9} "
                f"{u.full_name}" + (f"  (terkunci s.d. {u.locked_until})" if u.locked_until else "")
                for u in users
            ]
            lines.append(f"{len(users)} pengguna.")
            _emit(args, [u.as_dict() for u in users], "\n".join(lines))
            return 0
        if args.action == "signin":
            return _set_signin(args, ctx.conn)
        password = _read_password(args)
        made = access.add_user(ctx.conn, args.login, password, args.role, args.name)
    finally:
        ctx.close()
    _emit(args, made.as_dict(), f"Pengguna {made.login} ({made.role}) ditambahkan.")
    return 0


def _set_signin(args: argparse.Namespace, conn: Any) -> int:
    from ikrar_desktop.services import access

    on = args.state == "on"
    access.set_signin(conn, on)
    text = (
        "Masuk kini diwajibkan: setiap perintah yang membaca data pribadi atau mengubah data "
        "perlu --user LOGIN (check, verify dan --help tetap terbuka)."
        if on
        else "Masuk tidak lagi diwajibkan."
    )
    _emit(args, {"signin_required": on}, text)
    return 0


def cmd_employee_erase(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.privacy import erase_person

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    try:
        erase_person(ctx.conn, args.id, args.reason)
    finally:
        ctx.close()
    _emit(
        args,
        {"erased": args.id},
        f"Data pribadi pegawai id {args.id} dihapus; jejak audit hanya menyimpan faktanya.",
    )
    return 0


HANDLERS = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "user": cmd_user}
