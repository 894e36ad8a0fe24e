"""Command line for supervision: ``case add|list|update|show|export|print|register``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ikrar_desktop.cli.args import out_file, record_id
from ikrar_desktop.cli.output import emit as _emit

JsonFlag = Callable[[argparse.ArgumentParser], None]
STEP_CHOICES = ("verified", "not-proven", "recommendation", "decision", "sanction", "done")


def add_case_parsers(sub: Any, json_flag: JsonFlag) -> None:
    """Add the ``case`` subcommand to the main parser."""
    case = sub.add_parser("case", help="register pengawasan pelanggaran netralitas")
    case_sub = case.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = case_sub.add_parser("add", help="catat laporan pelanggaran")
    p.add_argument("--nip", required=True, metavar="NIP", help="NIP (atau NIK) pegawai")
    p.add_argument("--form", required=True, metavar="CODE",
                   help="KE-1…KE-7, D-1…D-12, D-99, lainnya")  # fmt: skip
    p.add_argument("--source", required=True, metavar="SOURCE",
                   help="bawaslu, bkn-sbt, lapor, masyarakat, temuan")  # fmt: skip
    p.add_argument("--reported", required=True, metavar="YYYY-MM-DD", help="tanggal laporan")
    p.add_argument("--ref", default="", metavar="R", help="nomor aduan / surat sumber")
    p.add_argument("--description", default="", metavar="D", help="uraian kejadian")
    p.add_argument("--election", default="", metavar="E", help="mis. 'Pilkada 2024'")
    json_flag(p)
    p = case_sub.add_parser("list", help="daftar kasus")
    p.add_argument("--open", action="store_true", help="hanya yang belum selesai")
    p.add_argument("--overdue", action="store_true", help="hanya yang melewati batas waktu")
    p.add_argument("--unit", default="", metavar="U", help="unit kerja pada saat kejadian")
    p.add_argument("--form", default="", metavar="CODE")
    json_flag(p)
    p = case_sub.add_parser("update", help="catat langkah penanganan berikutnya")
    p.add_argument("case", type=record_id("kasus"), metavar="CASE")
    p.add_argument("--step", required=True, choices=STEP_CHOICES)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="", metavar="N")
    p.add_argument("--sanction", default="", metavar="CODE",
                   help="mis. R-2, S-6, SM-2, PTDH, PDHTAPS")  # fmt: skip
    p.add_argument("--sk", default="", metavar="NUMBER", help="nomor SK keputusan/sanksi")
    json_flag(p)
    p = case_sub.add_parser("show", help="satu kasus beserta riwayat penanganannya")
    p.add_argument("case", type=record_id("kasus"), metavar="CASE")
    json_flag(p)
    p = case_sub.add_parser("export", help="register kasus ke xlsx")
    p.add_argument("out", metavar="OUT.xlsx", type=out_file("OUT"))
    json_flag(p)
    p = case_sub.add_parser("print", help="cetak lembar penanganan satu kasus (PDF)")
    p.add_argument("case", type=record_id("kasus"), metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=out_file("--out"))
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), help="ukuran kertas")
    json_flag(p)
    p = case_sub.add_parser("register", help="cetak register kasus (PDF)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=out_file("--out"))
    p.add_argument("--open", action="store_true", help="hanya yang belum selesai")
    p.add_argument("--overdue", action="store_true", help="hanya yang melewati batas waktu")
    p.add_argument("--unit", default="", metavar="U", help="unit kerja pada saat kejadian")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), help="ukuran kertas")
    json_flag(p)


def _employee_id(conn: Any, ident: str) -> int:
    from ikrar_desktop.domain.nip import clean_id
    from ikrar_desktop.errors import NotFoundError
    from ikrar_desktop.store import employees as emp_store

    digits = clean_id(ident)
    emp = emp_store.find_by_nip(conn, digits) or emp_store.find_by_nik(conn, digits)
    if emp is None:
        raise NotFoundError(
            f"Pegawai dengan NIP/NIK {ident} tidak ada di registri.",
            "Tambahkan pegawainya dulu (employees add) atau periksa nomornya.",
        )
    return emp.id


def _line(data: dict[str, Any]) -> str:
    late = f"  TERLAMBAT {data['overdue_days']} hari" if data["overdue"] else ""
    emp = data["employee"]
    return (
        f"#{data['id']:<4} {data['number']:<9} {data['reported_on']}  {data['form']:<7} "
        f"{emp['name']} ({emp['unit'] or '-'})  [{data['step_label']}]{late}"
    )


def cmd_case(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import cases as svc
    from ikrar_desktop.services.case_export import case_dict, export_register_xlsx

    ctx = AppContext.open(args.db, readonly=getattr(args, "readonly", False))
    conn = ctx.conn
    if args.action == "list":
        flt = svc.CaseFilter(
            open_only=args.open, overdue_only=args.overdue, unit=args.unit, form_code=args.form
        )
        found = [case_dict(i, detail=False) for i in svc.list_cases(conn, flt)]
        _emit(args, found, "\n".join([*map(_line, found), f"{len(found)} kasus."]))
        return 0
    if args.action in ("print", "register"):
        return _print(args, conn)
    if args.action == "export":
        total = export_register_xlsx(conn, args.out)
        _emit(args, {"file": args.out, "cases": total}, f"{total} kasus diekspor ke {args.out}.")
        return 0
    if args.action == "add":
        draft = svc.CaseDraft(
            employee_id=_employee_id(conn, args.nip),
            form_code=args.form,
            source=args.source,
            reported_on=args.reported,
            source_ref=args.ref,
            election=args.election,
            description=args.description,
        )
        case = svc.add_case(conn, draft)
        verb = "Tercatat"
    elif args.action == "update":
        case = svc.update_step(
            conn, args.case, args.step, args.date,
            note=args.note, sanction=args.sanction, sk_number=args.sk,
        )  # fmt: skip
        verb = "Diperbarui"
    else:
        case = svc.get_case(conn, args.case)
        data = case_dict(svc.case_item(conn, case.id))
        _emit(args, data, "\n".join([f"Kasus: {_line(data)}", *_history(data)]))
        return 0
    data = case_dict(svc.case_item(conn, case.id))
    _emit(args, data, f"{verb}: {_line(data)}")
    return 0


def _history(data: dict[str, Any]) -> list[str]:
    """The handling history as ``case show`` prints it: date, from → to, who, note, SK."""
    from datetime import date

    from ikrar_desktop.domain import violations as rules
    from ikrar_desktop.domain.dates import format_short

    lines = ["Riwayat penanganan:"]
    before = "-"
    for step in data["steps"]:
        when = format_short(date.fromisoformat(step["date"]))
        label = rules.step_label(step["step"])
        extra = [step["note"]] if step["note"] else []
        if step["sanction"]:
            found = rules.find_sanction(step["sanction"])
            extra.append(f"sanksi {found.code} {found.label}")
        if step["sk_number"]:
            extra.append(f"SK {step['sk_number']}")
        tail = f" — {'; '.join(extra)}" if extra else ""
        lines.append(f"  {when}  {before} → {label}  oleh {step['operator'] or '-'}{tail}")
        before = label
    if data["open"]:
        due = format_short(date.fromisoformat(data["due"])) if data["due"] else "-"
        late = f", terlambat {data['overdue_days']} hari" if data["overdue"] else ""
        lines.append(f"Batas langkah berikutnya: {due}{late}")
    else:
        lines.append("Kasus telah berakhir.")
    if data["evidence"]:
        lines.append(f"Bukti: {len(data['evidence'])} berkas")
    return lines


def _print(args: argparse.Namespace, conn: Any) -> int:
    from ikrar_desktop.services import case_print

    if args.action == "print":
        report = case_print.print_case(conn, args.case, args.out, paper=args.paper)
        what = "Lembar penanganan"
    else:
        report = case_print.print_register(
            conn, args.out, open_only=args.open, overdue_only=args.overdue, unit=args.unit,
            paper=args.paper,
        )  # fmt: skip
        what = f"Register ({report.people} kasus)"
    text = f"{what} tersimpan: {report.path} ({report.pages} halaman)"
    _emit(args, report.as_dict(), text)
    return 0
