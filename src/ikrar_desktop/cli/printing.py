"""CLI handlers for ``print`` (documents as PDF) and ``verify`` (certificate codes)."""

from __future__ import annotations

import argparse
from typing import Any

from ikrar_desktop.cli.args import MAX_BLANK_ROWS, MAX_MM, count, number, out_file, record_id
from ikrar_desktop.cli.followup import KINDS as FOLLOWUP_KINDS
from ikrar_desktop.cli.followup import OUT_HELP, add_print_options
from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.cli.split import add_split_arguments, cmd_split

KINDS = ("pakta", "daftar-hadir", "sertifikat", "berita-acara", "rekap", "undangan", "kartu",
         "kalibrasi", *FOLLOWUP_KINDS)  # fmt: skip
KINDS += ("naskah-ikrar", "surat-undangan")  # the officials' papers


def add_parsers(sub: Any) -> None:
    """The ``print`` and ``verify`` subcommands (called from cli.build_parser)."""
    p = sub.add_parser("print", help="cetak dokumen kegiatan ke PDF")
    p.add_argument("kind", choices=KINDS, metavar="DOKUMEN", help=" | ".join(KINDS))
    p.add_argument("event", type=record_id("kegiatan"), nargs="?", metavar="KEGIATAN",
                   help="nomor kegiatan (tidak untuk kalibrasi)")  # fmt: skip
    p.add_argument("--out", metavar="FILE.pdf", type=out_file("--out", folder_ok=True),
                   help=OUT_HELP)  # fmt: skip
    p.add_argument("--unit", metavar="U", help="hanya satu unit kerja (OPD)")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), help="ukuran kertas")
    p.add_argument("--kop", choices=("regency", "opd"), help="kop kabupaten atau kop OPD")
    p.add_argument("--blank-rows", type=count("--blank-rows", 0, MAX_BLANK_ROWS), default=5,
                   metavar="N",
                   help="baris kosong untuk peserta tambahan (daftar hadir)")  # fmt: skip
    p.add_argument("--meterai", action="store_true", help="kotak meterai pada pakta")
    p.add_argument("--nomor", default="",
                   help="nomor dari agenda lain (bawaan: dari register)")  # fmt: skip
    p.add_argument("--layout", default="8", metavar="1|4|8|FILE.json",
                   help="kartu per A4 (1, 4, 8) atau berkas JSON lembar label")  # fmt: skip
    p.add_argument(
        "--offset-x",
        type=number("--offset-x", -MAX_MM, MAX_MM),
        metavar="MM",
        help="geser X kartu kali ini (mm)",
    )
    p.add_argument(
        "--offset-y",
        type=number("--offset-y", -MAX_MM, MAX_MM),
        metavar="MM",
        help="geser Y kartu kali ini (mm)",
    )
    p.add_argument("--set-image", metavar="FILE", help='simpan gambar kartu ("" menghapus)')
    p.add_argument("--set-offset", type=number("--set-offset", -MAX_MM, MAX_MM), nargs=2,
                   metavar=("X", "Y"),
                   help="simpan geser printer hasil kalibrasi (mm)")  # fmt: skip
    p.add_argument("--with-offset", action="store_true",
                   help="kalibrasi: cetak dengan geser tersimpan untuk memeriksanya")  # fmt: skip
    add_split_arguments(p)  # sertifikat --split DIR [--zip], surat-undangan --pakaian
    add_print_options(p)
    p.add_argument("--json", action="store_true", help="keluaran satu dokumen JSON")
    p = sub.add_parser("verify", help="periksa kode verifikasi sertifikat")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--json", action="store_true", help="keluaran satu dokumen JSON")


def cmd_print(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.errors import ValidationError
    from ikrar_desktop.services.printing import KIND_LABELS, print_calibration, print_document

    if args.split is not None or args.zip:
        return cmd_split(args)
    saved = []
    _folder_only_for_followup(args)
    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    try:
        saved = _label_settings(ctx.conn, args)
        if args.out is None and not saved:
            raise ValidationError("Tentukan berkas keluaran dengan --out FILE.pdf.", field="out")
        if args.out is None:
            _emit(args, {"saved": saved}, "\n".join(saved))
            return 0
        if args.kind == "kalibrasi":
            report = print_calibration(ctx.conn, args.out, paper=args.paper,
                                       with_offset=args.with_offset)  # fmt: skip
        elif args.event is None:
            raise ValidationError("Nomor KEGIATAN wajib untuk dokumen ini.", field="event")
        elif args.kind in FOLLOWUP_KINDS:
            from ikrar_desktop.cli.followup import print_kind

            return print_kind(ctx.conn, args)
        else:
            report = print_document(
                ctx.conn, args.kind, args.event, args.out, unit=args.unit, paper=args.paper,
                kop=args.kop, blank_rows=args.blank_rows, meterai=args.meterai,
                number=args.nomor, layout=args.layout, offset=(args.offset_x, args.offset_y),
                dress=args.pakaian,
            )  # fmt: skip
    finally:
        ctx.close()
    lines = [
        *saved,
        f"{KIND_LABELS[report.kind]} tersimpan: {report.path}",
        f"{report.pages} halaman, {report.people} pegawai.",
    ]
    if report.numbers_issued:
        lines.append(f"Nomor baru dari register: {report.numbers_issued}.")
    if report.kind in ("berita-acara", "surat-undangan") and report.numbers:
        lines.append(f"Nomor {KIND_LABELS[report.kind].lower()}: {report.numbers[0]}.")
    if report.reprints:
        lines.append(f"Cetak ulang (nomor tetap): {report.reprints}.")
    if report.unknown_acknowledger:
        lines.append(
            f"Penanda tangan 'Mengetahui' belum diketahui: {len(report.unknown_acknowledger)}"
            " lembar (tetapkan kepala unit: ikrar-desktop unit set UNIT --head NIP)"
        )
        lines += [f"  - {sheet}" for sheet in report.unknown_acknowledger[:50]]
    if report.shrunk:
        lines.append(f"Nama yang diperkecil agar muat: {len(report.shrunk)}")
        lines += [f"  - {name}" for name in report.shrunk[:20]]
    _emit(args, report.as_dict() | {"saved": saved}, "\n".join(lines))
    return 0


def _folder_only_for_followup(args: argparse.Namespace) -> None:
    """``--out FOLDER`` is for ``tindak-lanjut`` (one PDF per OPD); any other kind wants a file."""
    from pathlib import Path

    from ikrar_desktop.errors import ValidationError

    if args.out is not None and args.kind != "tindak-lanjut" and Path(args.out).is_dir():
        raise ValidationError(
            f"--out: {args.out} adalah folder, bukan nama berkas.",
            hint="Tulis nama berkasnya juga, mis. " + str(Path(args.out) / "hasil"), field="--out",
        )  # fmt: skip


def _label_settings(conn: Any, args: argparse.Namespace) -> list[str]:
    """Store ``--set-offset`` / ``--set-image`` before printing; what was saved, as lines."""
    from pathlib import Path

    from ikrar_desktop.errors import UserError
    from ikrar_desktop.services import labels

    done: list[str] = []
    if args.set_offset is not None:
        s = labels.save_offset(conn, *args.set_offset)
        done.append(f"Geser printer tersimpan: X {s.offset_x:+g} mm, Y {s.offset_y:+g} mm.")
    if args.set_image is not None:
        try:
            data = Path(args.set_image).read_bytes() if args.set_image else b""
        except OSError as exc:
            raise UserError(f"Gambar {args.set_image} tidak dapat dibaca.") from exc
        labels.save_image(conn, data)
        done.append("Gambar kartu tersimpan." if data else "Gambar kartu dihapus.")
    return done


def cmd_verify(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.certificates import UNKNOWN, verify

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
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
