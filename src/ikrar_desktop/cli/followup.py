"""Command line of the follow-up: ``print tindak-lanjut|laporan``, ``tindak-lanjut reply|list``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ikrar_desktop.cli.args import MAX_LIMIT, count, record_id
from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.cli.output import open_context

KINDS = ("tindak-lanjut", "laporan")
"""``print`` kinds handled here (cli_print hands them over)."""
OUT_HELP = (
    "tindak-lanjut: --out F.pdf satu berkas gabungan, atau --out FOLDER/ satu PDF per OPD "
    "(folder harus sudah ada)"
)


def add_print_options(p: argparse.ArgumentParser) -> None:
    """The options of ``print`` that only these kinds use."""
    p.add_argument(
        "--deadline", metavar="YYYY-MM-DD",
        help="tindak-lanjut: batas waktu (bawaan: 7 hari setelah tanggal surat)",
    )  # fmt: skip


def add_parsers(sub: Any, json_flag: Callable[[argparse.ArgumentParser], None]) -> None:
    """``tindak-lanjut reply`` and ``tindak-lanjut list``."""
    tl = sub.add_parser("tindak-lanjut", help="surat tindak lanjut per OPD dan balasannya")
    tl_sub = tl.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = tl_sub.add_parser("reply", help="catat surat balasan OPD")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument("--unit", required=True, metavar="U", help="unit kerja (OPD) yang membalas")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="tanggal surat balasan")
    p.add_argument("--nomor", required=True, metavar="N", help="nomor surat balasan")
    p.add_argument("--selesai", required=True, type=count("--selesai", 0, MAX_LIMIT),
                   metavar="K", help="jumlah lembar pakta yang sudah ditandatangani")  # fmt: skip
    p.add_argument("--catatan", default="", metavar="C")
    json_flag(p)
    p = tl_sub.add_parser("list", help="surat tindak lanjut: nomor, batas waktu, balasan")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    json_flag(p)


def print_kind(conn: Any, args: argparse.Namespace) -> int:
    """``print tindak-lanjut|laporan EVENT --out …`` on an open connection."""
    from ikrar_desktop.cli.events import _iso_date
    from ikrar_desktop.errors import ValidationError

    if args.kind == "laporan":
        from ikrar_desktop.services.report_upward import print_report

        if args.unit:
            raise ValidationError("--unit tidak berlaku untuk laporan (laporan mencakup semua "
                                  "OPD).", field="unit")  # fmt: skip
        report = print_report(conn, args.event, args.out, paper=args.paper)
        lines = [f"Laporan pelaksanaan tersimpan: {report.path}",
                 f"{report.pages} halaman; nomor {report.number}"
                 + ("" if report.new_number else " (cetak ulang, nomor tetap)") + ".",
                 f"Kepada: {'; '.join(report.addressees)}."]  # fmt: skip
        lines += [f"PERINGATAN: lampiran {name} tidak cocok dengan SHA-256-nya; tidak dimuat."
                  for name in report.flagged]  # fmt: skip
        lines += [f"CATATAN: lampiran {a['file_name']} {a['note']}; sertakan terpisah."
                  for a in report.attachments if a["note"]]  # fmt: skip
        _emit(args, report.as_dict(), "\n".join(lines))
        return 0
    from ikrar_desktop.services.followup import print_followup

    deadline = _iso_date(args.deadline) if args.deadline else None
    done = print_followup(conn, args.event, args.out, unit=args.unit, paper=args.paper,
                          deadline=deadline)  # fmt: skip
    where = "satu PDF per OPD di" if done.per_unit else "satu berkas"
    lines = [f"Surat tindak lanjut: {len(done.letters)} OPD, {where} {done.path}",
             f"{done.pages} halaman, {done.people} pegawai belum menandatangani.",
             f"Nomor baru dari register: {done.numbers_issued}; cetak ulang (nomor tetap): "
             f"{len(done.letters) - done.numbers_issued}."]  # fmt: skip
    lines += [f"  {x.number}  {x.addressee} — {len(x.people)} orang, batas "
              f"{x.deadline.isoformat()}" for x in done.letters]  # fmt: skip
    if done.nothing_outstanding:
        lines.append(f"Tanpa surat (semua sudah menandatangani): {len(done.nothing_outstanding)}"
                     " OPD")  # fmt: skip
        lines += [f"  - {name}" for name in done.nothing_outstanding]
    if done.own_unit:
        lines.append(f"Unit penerbit surat sendiri (tanpa surat): {', '.join(done.own_unit)}")
    _emit(args, done.as_dict(), "\n".join(lines))
    return 0


def cmd_followup(args: argparse.Namespace) -> int:
    from ikrar_desktop.services import followup as svc

    ctx = open_context(args)
    try:
        if args.action == "reply":
            from ikrar_desktop.cli.events import _iso_date

            got = svc.record_reply(ctx.conn, args.event, args.unit, reply_date=_iso_date(args.date),
                                   number=args.nomor, completed=args.selesai,
                                   note=args.catatan)  # fmt: skip
            text = (f"Balasan {got.letter.unit_name} tercatat: nomor {args.nomor}, "
                    f"{args.selesai} dari {got.letter.listed} lembar selesai; masih belum "
                    f"menandatangani sekarang: {got.still_out}.")  # fmt: skip
            _emit(args, got.as_dict(), text)
            return 0
        rows = svc.letter_status(ctx.conn, args.event)
    finally:
        ctx.close()
    lines = [f"{'Unit kerja':<38} {'Nomor':<20} {'Batas':<10} Balasan"]
    for s in rows:
        reply = (f"{s.reply.reply_date} {s.reply.reply_number} ({s.reply.completed} selesai)"
                 if s.reply else ("TERLAMBAT" if s.overdue else "belum"))  # fmt: skip
        lines.append(f"{(s.letter.unit_name or '(tanpa unit)')[:38]:<38} "
                     f"{s.letter.number:<20} {s.letter.deadline:<10} {reply}")  # fmt: skip
    if not rows:
        lines = ["Belum ada surat tindak lanjut untuk kegiatan ini."]
    _emit(args, {"event": args.event, "letters": [s.as_dict() for s in rows]}, "\n".join(lines))
    return 0
