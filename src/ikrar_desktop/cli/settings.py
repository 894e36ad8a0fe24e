"""Command line for the regency's settings, its units and numbers: ``settings``, ``unit``,
``nomor``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ikrar_desktop.cli.output import emit as _emit

JsonFlag = Callable[[argparse.ArgumentParser], None]
CLEAR = "-"  # on the command line: empty this part


def add_parsers(sub: Any, json_flag: JsonFlag) -> None:
    """Add the ``settings`` and ``unit`` subcommands to the main parser."""
    st = sub.add_parser(
        "settings", help="pengaturan: instansi, tempat, zona waktu, pimpinan, nomor"
    )
    st_sub = st.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = st_sub.add_parser("list", help="semua pengaturan dan nilainya")
    json_flag(p)
    p = st_sub.add_parser("get", help="nilai satu pengaturan")
    p.add_argument("key", metavar="KEY")
    json_flag(p)
    p = st_sub.add_parser("set", help="ubah satu pengaturan (admin)")
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    json_flag(p)

    un = sub.add_parser("unit", help="unit kerja: kepala, unit induk, kode")
    un_sub = un.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = un_sub.add_parser("list", help="unit kerja dengan kepala, induk dan kode")
    json_flag(p)
    p = un_sub.add_parser("set", help="tetapkan kepala, unit induk atau kode satu unit")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("--head", metavar="NIP", help="NIP kepala unit ('-' mengosongkan)")
    p.add_argument("--acting", metavar="Plt.|Plh.|-", help="kepala sebagai Plt. atau Plh.")
    p.add_argument("--parent", metavar="UNIT", help="unit induk ('-' mengosongkan)")
    p.add_argument("--code", metavar="KODE", help="kode unit untuk nomor surat ('-' mengosongkan)")
    p.add_argument("--suggest", action="store_true",
                   help="terapkan saran kepala dan induk unit ini")  # fmt: skip
    json_flag(p)

    no = sub.add_parser("nomor", help="register nomor berita acara dan surat")
    no_sub = no.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = no_sub.add_parser("list", help="nomor yang sudah terbit")
    p.add_argument("--jenis", metavar="J", help="berita-acara, tindak-lanjut, laporan, undangan")
    json_flag(p)
    p = no_sub.add_parser("void", help="batalkan satu nomor (alasan wajib)")
    p.add_argument("number", metavar="NOMOR")
    p.add_argument("--reason", required=True, metavar="R", help="alasan pembatalan")
    json_flag(p)


def cmd_settings(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import settings as svc

    ctx = AppContext.open(args.db)
    try:
        if args.action == "list":
            rows = svc.list_values(ctx.conn)
            data = {key: value for key, value, _ in rows}
            text = "\n".join(f"{key:<22} {value or '-'}   ({label})" for key, value, label in rows)
            _emit(args, data, text)
        elif args.action == "get":
            value = svc.get_value(ctx.conn, args.key)
            _emit(args, {args.key: value}, value)
        else:
            value = svc.set_value(ctx.conn, args.key, args.value)
            _emit(args, {args.key: value}, f"{args.key} = {value}")
    finally:
        ctx.close()
    return 0


def _unit_rows(conn: Any) -> list[dict[str, object]]:
    from ikrar_desktop.domain.names import display_name
    from ikrar_desktop.services.signers import head_title
    from ikrar_desktop.store import units as unit_store

    units = unit_store.list_units(conn)
    names = {u.id: u.name for u in units}
    people = {
        r[0]: (display_name(r[1], r[2], r[3]), r[4] or "")
        for r in conn.execute(
            "SELECT e.id, e.gelar_depan, e.nama, e.gelar_belakang, e.nip FROM employees e "
            "JOIN units u ON u.head_id = e.id"
        )
    }
    return [
        {
            "name": u.name, "kind": u.kind, "code": u.code,
            "parent": names.get(u.parent_id) if u.parent_id else None,
            "head_title": head_title(u.name, u.kind), "head_acting": u.head_acting,
            "head": people[u.head_id][0] if u.head_id in people else None,
            "head_nip": people[u.head_id][1] if u.head_id in people else None,
            "employees": u.active_employees,
        }
        for u in units
    ]  # fmt: skip


def _unit_text(row: dict[str, object]) -> str:
    head = f"{row['head_acting'] or ''} {row['head_title']}: {row['head']}".strip()
    return f"{row['name']} [{row['code'] or '-'}] · induk: {row['parent'] or '-'} · " + (
        head if row["head"] else "kepala belum ditetapkan"
    )


def cmd_unit(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext

    ctx = AppContext.open(args.db)
    try:
        if args.action == "list":
            rows = _unit_rows(ctx.conn)
            _emit(args, rows, "\n".join(_unit_text(r) for r in rows) or "Belum ada unit kerja.")
            return 0
        return _unit_set(ctx.conn, args)
    finally:
        ctx.close()


def _unit_set(conn: Any, args: argparse.Namespace) -> int:
    from ikrar_desktop.domain.nip import clean_id
    from ikrar_desktop.errors import NotFoundError, ValidationError
    from ikrar_desktop.services import units as svc
    from ikrar_desktop.store import employees as emp_store

    unit = svc.unit_by_name(conn, args.unit)
    if args.suggest:
        chosen = [s for s in svc.suggestions(conn) if s.unit_id == unit.id]
        changed = svc.apply_suggestions(conn, chosen)
        unit = svc.unit_by_name(conn, args.unit)
    elif all(v is None for v in (args.head, args.acting, args.parent, args.code)):
        raise ValidationError(
            "Sebutkan yang diubah.", "Pilihan: --head NIP, --acting Plt.|Plh.|-, "
            "--parent UNIT, --code KODE, --suggest."
        )  # fmt: skip
    else:
        parts: dict[str, Any] = {}
        if args.head is not None:
            if args.head == CLEAR:
                parts["head_id"] = None
            else:
                emp = emp_store.find_by_nip(conn, clean_id(args.head))
                if emp is None:
                    raise NotFoundError(f"Pegawai dengan NIP {args.head} tidak ditemukan.")
                parts["head_id"] = emp.id
        if args.acting is not None:
            acting = "" if args.acting == CLEAR else args.acting.strip().capitalize()
            parts["acting"] = acting if not acting or acting.endswith(".") else acting + "."
        if args.parent is not None:
            parts["parent_id"] = (
                None if args.parent == CLEAR else svc.unit_by_name(conn, args.parent).id
            )
        if args.code is not None:
            parts["code"] = "" if args.code == CLEAR else args.code
        unit = svc.set_unit(conn, unit.id, **parts)
        changed = 1
    row = next(r for r in _unit_rows(conn) if r["name"] == unit.name)
    _emit(args, row | {"changed": changed}, _unit_text(row))
    return 0


def cmd_nomor(args: argparse.Namespace) -> int:
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services import numbering
    from ikrar_desktop.services.events import stamp
    from ikrar_desktop.store import numbers as number_store

    ctx = AppContext.open(args.db)
    try:
        if args.action == "list":
            if args.jenis is not None:
                numbering.pattern_for(ctx.conn, args.jenis)  # refuses an unknown type
            rows = number_store.list_rows(ctx.conn, args.jenis)
            lines = [
                f"{r.number}  {r.doc_type}  {r.subject}  cetak {r.prints}×"
                + (f"  DIBATALKAN: {r.void_reason}" if r.voided_at else "")
                for r in rows
            ]
            _emit(args, [r.as_dict() for r in rows], "\n".join(lines) or "Belum ada nomor.")
        else:
            row = numbering.void(ctx.conn, args.number, args.reason, stamp=stamp())
            _emit(args, row.as_dict(), f"Nomor {row.number} dibatalkan: {row.void_reason}.")
    finally:
        ctx.close()
    return 0
