"""CLI for ``print sertifikat EVENT --split DIR [--zip]``: one PDF per person, a zip per OPD."""

from __future__ import annotations

import argparse
from typing import Any

from ikrar_desktop.cli.args import out_file
from ikrar_desktop.cli.output import emit as _emit


def add_split_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--split", metavar="DIR", type=out_file("--split", folder_ok=True),
                   help="sertifikat: satu PDF per orang (nama berkas NIP / kode kegiatan) di "
                   "folder DIR")  # fmt: skip
    p.add_argument("--zip", action="store_true",
                   help="dengan --split: juga satu berkas zip per OPD")  # fmt: skip
    p.add_argument(
        "--pakaian",
        default="",
        metavar="P",
        help="surat undangan: pakaian, mis. PDH Khaki (bawaan: tidak dicantumkan)",
    )


def cmd_split(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.errors import ValidationError
    from ikrar_desktop.services.certificate_split import split_certificates

    if args.split is None:
        raise ValidationError("--zip hanya dipakai bersama --split DIR.", field="zip")
    if args.kind != "sertifikat":
        raise ValidationError(
            f"--split hanya untuk sertifikat, bukan {args.kind}.",
            "Contoh: ikrar-desktop print sertifikat 3 --split sertifikat-apel --zip",
            field="split",
        )
    if args.out is not None or args.unit:
        raise ValidationError(
            "--split tidak dipakai bersama --out atau --unit.",
            "Semua penanda tangan dibuat per orang; --zip mengelompokkan per OPD.",
            field="split",
        )
    if args.event is None:
        raise ValidationError("Nomor KEGIATAN wajib untuk dokumen ini.", field="event")
    if not args.split.strip():
        raise ValidationError("Folder --split tidak boleh kosong.", field="split")
    ctx: Any = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    try:
        report = split_certificates(ctx.conn, args.event, args.split, make_zip=args.zip,
                                    paper=args.paper)  # fmt: skip
    finally:
        ctx.close()
    lines = [
        f"Sertifikat elektronik tersimpan di {report.folder}: {len(report.files)} berkas PDF"
        + (f", {len(report.zips)} berkas zip per OPD." if report.zips else "."),
    ]
    if report.numbers_issued:
        lines.append(f"Nomor baru dari register: {report.numbers_issued}.")
    if report.reprints:
        lines.append(f"Cetak ulang (nomor tetap): {report.reprints}.")
    lines += [f"  - {name} ({len(members)} berkas)" for name, members in report.zips.items()]
    _emit(args, report.as_dict(), "\n".join(lines))
    return 0
