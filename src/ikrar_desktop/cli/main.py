"""Command line: the GUI by default, and the same services headless (see design.md)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ikrar_desktop import APP_NAME, __version__
from ikrar_desktop.cli.access import add_global_options as add_signin_options
from ikrar_desktop.cli.args import MAX_DEMO_EMPLOYEES, MAX_LIMIT, count, out_file
from ikrar_desktop.cli.cases import add_case_parsers, cmd_case
from ikrar_desktop.cli.desk import add_desk_parsers, cmd_desk
from ikrar_desktop.cli.events import add_event_parsers, cmd_checkin, cmd_event, cmd_pakta, cmd_recap
from ikrar_desktop.cli.followup import add_parsers as add_followup_parsers
from ikrar_desktop.cli.followup import cmd_followup
from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.cli.output import open_context, quiet_broken_pipe
from ikrar_desktop.cli.parser import IkrarParser
from ikrar_desktop.cli.printing import add_parsers as add_print_parsers
from ikrar_desktop.cli.printing import cmd_print, cmd_verify
from ikrar_desktop.cli.roster import cmd_export, cmd_import, unit_id
from ikrar_desktop.cli.safety import HANDLERS as SAFETY_HANDLERS
from ikrar_desktop.cli.safety import add_erase_parser, cmd_employee_erase, run_guarded
from ikrar_desktop.cli.safety import add_parsers as add_safety_parsers
from ikrar_desktop.cli.settings import add_parsers as add_settings_parsers
from ikrar_desktop.cli.settings import cmd_nomor, cmd_settings, cmd_unit
from ikrar_desktop.cli.start import check_database_path, storage_fault, warn_low_space
from ikrar_desktop.errors import UserError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="keluaran satu dokumen JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = IkrarParser(
        prog="ikrar-desktop",
        description=f"{APP_NAME}: registri pegawai, ikrar netralitas dan pakta integritas ASN.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="berkas database (bawaan: folder data pengguna)"
    )
    add_signin_options(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="tampilkan versi program lalu keluar",
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="uji cepat seluruh program lalu keluar"
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    p = sub.add_parser("init", help="siapkan database dan nama instansi")
    p.add_argument("--instansi", default="", help='mis. "Pemerintah Kabupaten Bogor"')
    p.add_argument("--tempat", default="", help="nama tempat untuk tanggal surat")
    _json_flag(p)

    p = sub.add_parser("demo", help="isi database dengan kabupaten contoh")
    p.add_argument(
        "--employees", type=count("--employees", 1, MAX_DEMO_EMPLOYEES), default=2000, metavar="N"
    )
    p.add_argument("--seed", type=count("--seed", 0, 2**32 - 1), default=2024)
    _json_flag(p)

    emp = sub.add_parser("employees", help="daftar dan tambah pegawai")
    emp_sub = emp.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = emp_sub.add_parser("list", help="daftar pegawai")
    p.add_argument("--unit", metavar="U")
    p.add_argument("--search", metavar="Q", default="")
    p.add_argument("--status", metavar="S")
    p.add_argument("--all", action="store_true", help="termasuk pegawai nonaktif")
    p.add_argument("--limit", type=count("--limit", 1, MAX_LIMIT), metavar="N")
    _json_flag(p)
    p = emp_sub.add_parser("add", help="tambah satu pegawai")
    p.add_argument("--nama", required=True)
    ident = p.add_mutually_exclusive_group()
    ident.add_argument("--nip", default="")
    ident.add_argument("--nik", default="")
    p.add_argument("--gelar-depan", default="")
    p.add_argument("--gelar-belakang", default="")
    p.add_argument("--status", default="", metavar="S", help="PNS, CPNS, PPPK, PPPK-PW, Non-ASN")
    p.add_argument("--unit", default="")
    p.add_argument("--golongan", default="")
    p.add_argument("--jabatan", default="")
    _json_flag(p)
    add_erase_parser(emp_sub, _json_flag)

    p = sub.add_parser("import", help="impor daftar pegawai dari xlsx/xls/ods/csv")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="S", help="nama lembar (bawaan: dipilih otomatis)")
    p.add_argument("--unit", metavar="U", help="unit kerja untuk seluruh berkas")
    p.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak menyimpan")
    p.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        type=out_file("--errors"),
        help="simpan baris yang ditolak ke berkas ini",
    )
    p.add_argument(
        "--deactivate-missing",
        action="store_true",
        help="nonaktifkan pegawai yang tidak ada di berkas, hanya dari jenis pegawai dan "
        "unit kerja yang dicakup berkas",
    )
    _json_flag(p)

    exp = sub.add_parser("export", help="ekspor daftar pegawai atau templat ke xlsx")
    exp_sub = exp.add_subparsers(dest="what", metavar="APA", required=True)
    p = exp_sub.add_parser("employees", help="daftar pegawai (satu lembar)")
    p.add_argument("out", metavar="OUT.xlsx", type=out_file("OUT"))
    p.add_argument("--unit", metavar="U")
    p.add_argument("--all", action="store_true", help="termasuk pegawai nonaktif")
    p.add_argument("--per-unit", action="store_true", help="satu lembar per unit kerja")
    _json_flag(p)
    p = exp_sub.add_parser("template", help="templat daftar pegawai kosong")
    p.add_argument("out", metavar="OUT.xlsx", type=out_file("OUT"))
    _json_flag(p)
    add_event_parsers(sub, _json_flag)
    add_print_parsers(sub)
    add_followup_parsers(sub, _json_flag)
    add_safety_parsers(sub, _json_flag)
    add_case_parsers(sub, _json_flag)
    add_desk_parsers(sub, _json_flag)
    add_settings_parsers(sub, _json_flag)
    return parser


def _open(args: argparse.Namespace) -> Any:
    return open_context(args)


def cmd_init(args: argparse.Namespace) -> int:
    from ikrar_desktop.services import settings as settings_service

    ctx = _open(args)
    current = settings_service.load(ctx.conn)
    if args.instansi:
        current.instansi = args.instansi
    if args.tempat:
        current.place = args.tempat
    saved = settings_service.save(ctx.conn, current)
    _emit(
        args,
        {"db": str(ctx.paths.db), "instansi": saved.instansi, "place": saved.place},
        f"Database siap: {ctx.paths.db}\nInstansi: {saved.instansi or '(belum diisi)'}",
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ikrar_desktop.services.demo import generate_demo

    if args.employees < 1:
        raise UserError("Jumlah pegawai contoh harus minimal 1.")
    ctx = _open(args)
    summary = generate_demo(ctx.conn, args.employees, seed=args.seed)
    _emit(
        args,
        {"units": summary.units, "employees": summary.employees, "by_status": summary.by_status},
        f"Kabupaten contoh dibuat: {summary.employees} pegawai di {summary.units} unit kerja.",
    )
    return 0


def cmd_employees(args: argparse.Namespace) -> int:
    from ikrar_desktop.domain.employee import EmployeeDraft
    from ikrar_desktop.domain.nip import format_nip
    from ikrar_desktop.domain.status import status_from_slug
    from ikrar_desktop.services.registry import add_employee
    from ikrar_desktop.store.employees import EmployeeFilter, list_employees

    if args.action == "erase":
        return cmd_employee_erase(args)
    ctx = _open(args)
    if args.action == "list":
        flt = EmployeeFilter(
            text=args.search,
            unit_id=unit_id(ctx.conn, args.unit),
            status=status_from_slug(args.status) if args.status else None,
            active=None if args.all else True,
            limit=args.limit,
        )
        found = list_employees(ctx.conn, flt)
        lines = [
            f"{format_nip(e.nip) if e.nip else '-':<22} {e.display_name}  [{e.status}] {e.unit}"
            for e in found
        ]
        lines.append(f"{len(found)} pegawai.")
        _emit(args, [e.as_dict() for e in found], "\n".join(lines))
        return 0
    draft = EmployeeDraft(
        nama=args.nama,
        nip=args.nip,
        nik=args.nik,
        gelar_depan=args.gelar_depan,
        gelar_belakang=args.gelar_belakang,
        status=status_from_slug(args.status) if args.status else "",
        unit=args.unit,
        golongan=args.golongan,
        jabatan=args.jabatan,
    )
    emp = add_employee(ctx.conn, draft)
    _emit(args, emp.as_dict(), f"Tersimpan: {emp.display_name} ({emp.status}, {emp.unit or '-'})")
    return 0


HANDLERS: dict[str, Handler] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "employees": cmd_employees,
    "import": cmd_import,
    "export": cmd_export,
    "event": cmd_event,
    "checkin": cmd_checkin,
    "recap": cmd_recap,
    "print": cmd_print,
    "verify": cmd_verify,
    "case": cmd_case,
    "desk": cmd_desk,
    "pakta": cmd_pakta,
    "settings": cmd_settings,
    "unit": cmd_unit,
    "nomor": cmd_nomor,
    "tindak-lanjut": cmd_followup,
    **SAFETY_HANDLERS,
}


def _report_error(err: UserError, as_json: bool) -> None:
    if as_json:
        json.dump({"error": err.message, "hint": err.hint}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"Galat: {err.message}", file=sys.stderr)
    if err.hint:
        print(err.hint, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UserError as err:  # an argument type (cli_args) refused a value: nothing was opened
        _report_error(err, "--json" in (sys.argv[1:] if argv is None else argv))
        return err.exit_code
    if args.smoke_test:
        from ikrar_desktop.smoke import run_smoke_test

        return run_smoke_test()
    if args.command is None:
        from ikrar_desktop.app import run_gui

        return run_gui(args.db)
    from ikrar_desktop.logsetup import setup_logging
    from ikrar_desktop.paths import Paths

    setup_logging(Paths.for_db(args.db).log_file)
    try:
        check_database_path(args)
        code = run_guarded(args, HANDLERS[args.command])
        warn_low_space(args, code)
        sys.stdout.flush()  # a closed pipe shows here, not as Python's complaint at exit
        return code
    except BrokenPipeError:  # output piped into `head` and cut off: stop quietly
        return quiet_broken_pipe()
    except UserError as err:
        _report_error(err, getattr(args, "json", False))
        return err.exit_code
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 2
    except OSError as exc:  # disk full, no permission, read-only media: said plainly
        from ikrar_desktop.os_errors import explain

        log.warning("%s in %s", exc, args.command, exc_info=True)
        _report_error(explain(exc), getattr(args, "json", False))
        return 2
    except Exception as exc:  # a bug: log it whole, tell the clerk plainly
        known = storage_fault(exc, args)  # … unless SQLite met a full disk or a damaged file
        if known is not None:
            log.warning("%s in %s", exc, args.command, exc_info=True)
            _report_error(known, getattr(args, "json", False))
            return known.exit_code
        log.exception("unexpected error in %s", args.command)
        print(
            "Galat tak terduga. Detailnya tercatat di berkas log "
            f"{Paths.for_db(args.db).log_file}.",
            file=sys.stderr,
        )
        return 2
