"""CLI for rosters: import a spreadsheet (with its scoped deactivation) and export to xlsx."""

from __future__ import annotations

import argparse
from typing import Any

from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.cli.output import open_context


def unit_id(conn: Any, name: str | None) -> int | None:
    """The id of the unit named on the command line (None when none is named)."""
    from ikrar_desktop.errors import NotFoundError
    from ikrar_desktop.store import units as unit_store

    if not name:
        return None
    found = unit_store.find_by_name(conn, name)
    if found is None:
        raise NotFoundError(f"Unit kerja '{name}' tidak ditemukan.")
    return found


def _import_text(data: dict[str, Any]) -> str:
    verb = "akan " if data["status"] != "done" else ""
    lines = [
        f"Berkas: {data['file']} — lembar '{data['sheet']}', judul kolom di baris "
        f"{data['header_row']}, {data['data_rows']} baris data.",
        f"Baru {verb}ditambahkan: {data['inserted']}   Diubah: {data['updated']}   "
        f"Tetap: {data['unchanged']}   Ditolak: {data['rejected']}   "
        f"Diabaikan: {data['ignored']}",
    ]
    if data["new_units"]:
        lines.append("Unit kerja baru: " + ", ".join(data["new_units"]))
    lines += _deactivation_lines(data)
    for e in data["errors"][:50]:
        lines.append(f"  baris {e['row']}, kolom {e['column']} ({e['value']}): {e['message']}")
    if len(data["errors"]) > 50:
        lines.append(f"  … dan {len(data['errors']) - 50} galat lain (lihat --json/--errors).")
    for w in data["warnings"][:20]:
        lines.append(f"  peringatan baris {w['row']}: {w['message']}")
    if data["status"] == "refused":
        lines.append("Tidak ada baris yang dapat diterapkan; tidak ada yang disimpan.")
    elif data["status"] == "dry-run":
        lines.append("Pratinjau saja (--dry-run): tidak ada yang disimpan.")
    elif data["rejected"]:
        lines.append(f"Selesai, tetapi {data['rejected']} baris ditolak dan tidak disimpan.")
    else:
        lines.append("Selesai.")
    return "\n".join(lines)


def _deactivation_lines(data: dict[str, Any]) -> list[str]:
    """The file's scope and why, then exactly who is (or would be) deactivated."""
    scope, missing, chosen = data.get("scope"), data["missing"], data["deactivate"]
    if not scope or not (missing or data["deactivate_missing"]):
        return []
    lines = [scope["text"], f"  ({scope['reason']})"]
    if chosen:
        verb = "dinonaktifkan" if data["status"] == "done" else "akan dinonaktifkan"
        lines.append(f"{len(chosen)} pegawai {verb} (tidak ada di berkas; data tidak dihapus):")
        people = chosen
    elif missing:
        lines.append(
            f"{len(missing)} pegawai dalam cakupan itu tidak ada di berkas "
            "(pakai --deactivate-missing untuk menonaktifkan):"
        )
        people = missing
    else:
        return [*lines, "Tidak ada pegawai yang dinonaktifkan."]
    for m in people[:50]:
        ident = (
            f"NIP {m['nip']}" if m["nip"] else f"NIK {m['nik']}" if m["nik"] else "tanpa NIP/NIK"
        )
        lines.append(f"  - {m['nama']} ({ident}; {m['status']}; {m['unit']})")
    if len(people) > 50:
        lines.append(f"  … dan {len(people) - 50} pegawai lain (lihat --json).")
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from ikrar_desktop.services.roster_session import import_file

    ctx = open_context(args)
    report = import_file(
        ctx.conn,
        args.file,
        sheet=args.sheet,
        default_unit=args.unit,
        dry_run=args.dry_run,
        deactivate_missing=args.deactivate_missing,
    )
    data = report.as_dict()
    if args.errors and report.book is not None and report.plan.errors:
        from ikrar_desktop.exchange.roster_export import write_rejected_rows

        write_rejected_rows(report.book, report.plan, args.errors)
        data["errors_file"] = args.errors
    _emit(args, data, _import_text(data))
    return 1 if report.status == "refused" else 0


def cmd_export(args: argparse.Namespace) -> int:
    from ikrar_desktop.services import roster_export

    if args.what == "template":
        path = roster_export.write_template(args.out)
        _emit(args, {"file": str(path)}, f"Templat tersimpan: {path}")
        return 0
    from ikrar_desktop.store.employees import EmployeeFilter

    ctx = open_context(args)
    flt = EmployeeFilter(unit_id=unit_id(ctx.conn, args.unit), active=None if args.all else True)
    if args.per_unit:
        counts = roster_export.export_unit_rosters(ctx.conn, args.out, flt)
        total = sum(counts.values())
        data: dict[str, Any] = {"file": args.out, "employees": total, "sheets": counts}
        _emit(args, data, f"{total} pegawai diekspor ke {args.out} ({len(counts)} lembar).")
        return 0
    total = roster_export.export_employees(ctx.conn, args.out, flt)
    _emit(args, {"file": args.out, "employees": total}, f"{total} pegawai diekspor ke {args.out}.")
    return 0
