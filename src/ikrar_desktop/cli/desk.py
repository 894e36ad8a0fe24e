"""Command line for several desks: ``desk export|import|return|merge|conflicts|confirm|resolve``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ikrar_desktop.cli.args import MAX_SHIFT, number, out_file, record_id
from ikrar_desktop.cli.output import emit as _emit

JsonFlag = Callable[[argparse.ArgumentParser], None]
# the text output names a conflict's state in Indonesian; --json keeps the slugs
CONFLICT_STATES = {
    "open": "menunggu",
    "confirmed": "dikonfirmasi",
    "resolved": "diselesaikan",
    "obsolete": "usang",
}


def add_desk_parsers(sub: Any, json_flag: JsonFlag) -> None:
    """Add the ``desk`` subcommand and its actions to the main parser."""
    desk = sub.add_parser("desk", help="beberapa meja hadir tanpa jaringan (berkas flashdisk)")
    ds = desk.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = ds.add_parser("export", help="buat paket meja untuk satu kegiatan (di PC utama)")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument("--desk", required=True, metavar="NAMA", help='nama meja, mis. "Meja 1"')
    p.add_argument(
        "--out", required=True, metavar="FILE", type=out_file("--out"), help="berkas .ikrarmeja"
    )
    p.add_argument("--ulang", action="store_true", help="buat ulang paket untuk meja yang sama")
    p.add_argument("--passphrase", metavar="P",
                   help="kata sandi meja (bawaan: dibuatkan dan ditampilkan sekali)")  # fmt: skip
    json_flag(p)
    p = ds.add_parser("import", help="buka paket meja ke database meja ini (di PC meja)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase", metavar="P",
                   help="kata sandi meja dari PC utama (bila tidak diisi: ditanyakan)")  # fmt: skip
    json_flag(p)
    p = ds.add_parser("return", help="buat berkas kembalian dari database meja (di PC meja)")
    p.add_argument(
        "--out", required=True, metavar="FILE", type=out_file("--out"), help="berkas .ikrarkembali"
    )
    json_flag(p)
    p = ds.add_parser("merge", help="gabungkan berkas kembalian meja (di PC utama)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--event", type=record_id("kegiatan"), metavar="EVENT", help="tolak berkas kegiatan lain"
    )
    p.add_argument(
        "--shift-minutes",
        type=number("--shift-minutes", -MAX_SHIFT, MAX_SHIFT),
        metavar="M",
        help="geser waktu tindakan meja sebanyak M menit (bawaan: geseran terakhir)",
    )
    p.add_argument("--tolerance-minutes", type=number("--tolerance-minutes", 0, 1440),
                   default=5.0, metavar="M",
                   help="selisih jam meja yang masih wajar (bawaan 5)")  # fmt: skip
    json_flag(p)
    p = ds.add_parser("conflicts", help="konflik antarmeja suatu kegiatan")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument("--all", action="store_true", help="termasuk yang tidak berlaku lagi")
    json_flag(p)
    p = ds.add_parser("confirm", help="terima hasil gabungan untuk satu konflik")
    p.add_argument("conflict", type=record_id("konflik"), metavar="ID")
    json_flag(p)
    p = ds.add_parser("resolve", help="putuskan status lain untuk satu konflik")
    p.add_argument("conflict", type=record_id("konflik"), metavar="ID")
    p.add_argument("--status", required=True, metavar="S")
    json_flag(p)


def cmd_desk(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import desk_report, desk_returns, desk_sync

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    conn = ctx.conn
    if args.action == "export":
        done = desk_sync.export_package(conn, args.event, args.desk, args.out,
                                        passphrase=args.passphrase, reissue=args.ulang)  # fmt: skip
        text = (f"Paket {done.desk} untuk kegiatan #{done.event_id}: {done.people} pegawai "
                f"(NIK tersamar untuk {done.with_nik} orang tanpa NIP) → {done.file}")  # fmt: skip
        if done.generated:
            text += (
                f"\nKata sandi meja: {done.passphrase}\nCatat dan sampaikan kepada petugas "
                "meja; kata sandi ini tidak ditampilkan lagi dan tidak disimpan. Tanpa kata "
                "sandi paket tidak dapat dibuka (buat paket baru dengan --ulang)."
            )
        _emit(args, done.as_dict(), text)
        return 0
    if args.action == "import":
        info = desk_sync.import_package(conn, args.file, _passphrase(args))
        _emit(args, {**info.as_dict(), "db": str(ctx.paths.db)},
              f"Database meja siap: {info.name} untuk kegiatan '{info.event_title}' "
              f"({ctx.paths.db}). Buka Ikrar Desktop dengan database ini.")  # fmt: skip
        return 0
    if args.action == "return":
        ret = desk_sync.export_return(conn, args.out)
        _emit(args, ret.as_dict(),
              f"Berkas kembalian {ret.desk}: {ret.rows} tindakan → {ret.file}")  # fmt: skip
        return 0
    if args.action == "merge":
        shift = None if args.shift_minutes is None else timedelta(minutes=args.shift_minutes)
        reports = desk_returns.merge_files(
            conn, args.files, event_id=args.event, shift=shift,
            tolerance=timedelta(minutes=args.tolerance_minutes),
        )  # fmt: skip
        conflicts = {(c.employee_id, c.kind): c for r in reports for c in r.conflicts}
        people = desk_report.merge_people(conn, reports)
        data = {
            "new": sum(r.new for r in reports),
            "duplicate": sum(r.duplicate for r in reports),
            "differing": sum(r.differing for r in reports),
            "conflicting": len({i for c in conflicts.values() for i in c.log_ids}),
            "conflicts": [c.as_dict() for c in conflicts.values()],
            "people": [p.as_dict() for p in people],
            "refused": [{"file": r.file, "error": r.refused, "hint": r.hint}
                        for r in reports if r.refused],
            "files": [r.as_dict() for r in reports],
        }  # fmt: skip
        _emit(args, data, _merge_text(reports, people))
        return max((r.exit_code for r in reports), default=0)
    if args.action == "conflicts":
        from ikrar_desktop.store import desk as desk_store

        states = ("open", "confirmed", "resolved", "obsolete") if args.all else (
            "open", "confirmed", "resolved")  # fmt: skip
        found = desk_store.list_conflicts(conn, args.event, states)
        lines = [
            f"#{c['id']:<4} [{CONFLICT_STATES.get(c['state'], c['state'])}] {c['name']}: "
            f"{c['detail']}"
            + (
                f" ({c['decision']})" if c["state"] == "open" and c["decision"] else ""
            )  # a reopened one says what was decided before
            for c in found
        ]
        lines.append(f"{sum(1 for c in found if c['state'] == 'open')} konflik menunggu "
                     "keputusan.")  # fmt: skip
        _emit(args, found, "\n".join(lines))
        return 0
    from ikrar_desktop.services import desk_conflicts

    if args.action == "confirm":
        desk_conflicts.confirm_conflict(conn, args.conflict)
        _emit(args, {"conflict": args.conflict, "state": "confirmed"},
              f"Konflik #{args.conflict} dikonfirmasi.")  # fmt: skip
        return 0
    desk_conflicts.resolve_conflict(conn, args.conflict, args.status)
    _emit(args, {"conflict": args.conflict, "state": "resolved", "status": args.status},
          f"Konflik #{args.conflict} diputuskan: {args.status}.")  # fmt: skip
    return 0


def _passphrase(args: argparse.Namespace) -> str:
    """--passphrase, or asked without echo on a terminal; refused when neither is possible."""
    if args.passphrase is not None:
        return str(args.passphrase)
    import sys

    from ikrar_desktop.errors import UserError

    if not sys.stdin.isatty():
        raise UserError(
            "Kata sandi meja belum diberikan.",
            "Tambahkan --passphrase KATA-SANDI (kata sandi yang ditampilkan saat paket dibuat).",
        )
    from getpass import getpass

    try:
        return getpass("Kata sandi meja: ")
    except EOFError as exc:  # Ctrl+D at the question
        raise UserError("Kata sandi meja tidak diketik; paket tidak dibuka.") from exc


def _merge_text(reports: list[Any], people: list[Any]) -> str:
    lines = []
    for r in reports:
        if r.refused:
            lines.append(f"DITOLAK {r.file}: {r.refused} {r.hint}".rstrip())
            continue
        lines.append(
            f"{r.desk}: {r.new} tindakan baru, {r.duplicate} sudah ada"
            + (f", {r.differing} berbeda isi" if r.differing else "")
            + (f", geser waktu {r.shift_seconds // 60} menit" if r.shift_seconds else "")
        )
        if r.clock is not None and r.clock.flagged:
            lines.append("  PERHATIAN: " + r.clock.message(r.desk))
    if people:
        lines.append(f"Konflik antarmeja, {len(people)} orang (periksa dengan 'desk conflicts'):")
        lines += [f"  {p.text()}" for p in people]
    return "\n".join(lines)
