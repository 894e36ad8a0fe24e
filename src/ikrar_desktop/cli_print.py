"""CLI handlers for ``print`` (documents as PDF) and ``verify`` (certificate codes)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

KINDS = ("pakta", "daftar-hadir", "sertifikat", "berita-acara", "rekap")


def add_parsers(sub: Any) -> None:
    """The ``print`` and ``verify`` subcommands (called from cli.build_parser)."""
    p = sub.add_parser("print", help="cetak dokumen kegiatan ke PDF")
    p.add_argument("kind", choices=KINDS, metavar="DOKUMEN", help=" | ".join(KINDS))
    p.add_argument("event", type=int, metavar="KEGIATAN", help="nomor kegiatan")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--unit", metavar="U", help="hanya satu unit kerja (OPD)")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), help="ukuran kertas")
    p.add_argument("--kop", choices=("regency", "opd"), help="kop kabupaten atau kop OPD")
    p.add_argument("--blank-rows", type=int, default=5, metavar="N",
                   help="baris kosong untuk peserta tambahan (daftar hadir)")  # fmt: skip
    p.add_argument("--meterai", action="store_true", help="kotak meterai pada pakta")
    p.add_argument("--nomor", default="", help="nomor berita acara")
    p.add_argument("--json", action="store_true", help="keluaran satu dokumen JSON")
    p = sub.add_parser("verify", help="periksa kode verifikasi sertifikat")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--json", action="store_true", help="keluaran satu dokumen JSON")


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def cmd_print(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.printing import KIND_LABELS, print_document

    ctx = AppContext.open(args.db)
    try:
        report = print_document(
            ctx.conn, args.kind, args.event, args.out, unit=args.unit, paper=args.paper,
            kop=args.kop, blank_rows=args.blank_rows, meterai=args.meterai, number=args.nomor,
        )  # fmt: skip
    finally:
        ctx.close()
    lines = [
        f"{KIND_LABELS[report.kind]} tersimpan: {report.path}",
        f"{report.pages} halaman, {report.people} pegawai.",
    ]
    if report.numbers_issued:
        lines.append(f"Nomor sertifikat baru: {report.numbers_issued}.")
    if report.reprints:
        lines.append(f"Cetak ulang (nomor tetap): {report.reprints}.")
    if report.shrunk:
        lines.append(f"Nama yang diperkecil agar muat: {len(report.shrunk)}")
        lines += [f"  - {name}" for name in report.shrunk[:20]]
    _emit(args, report.as_dict(), "\n".join(lines))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.certificates import UNKNOWN, verify

    ctx = AppContext.open(args.db)
    try:
        result = verify(ctx.conn, args.code)
    finally:
        ctx.close()
    text = result.message
    if result.certificate:
        c = result.certificate
        text += f"\nDiterbitkan: {c.issued_at[:10]} · dicetak {c.prints} kali"
    _emit(args, result.as_dict(), text)
    return 1 if result.status == UNKNOWN else 0
