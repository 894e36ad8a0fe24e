"""Command line for events: ``event add|list|open|close|reopen``, ``checkin`` and ``recap``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikrar_desktop.cli.args import out_file, record_id
from ikrar_desktop.cli.output import emit as _emit
from ikrar_desktop.cli.pakta import EVENT_ACTIONS, add_pakta_parsers, cmd_event_paper
from ikrar_desktop.cli.pakta import add_event_parsers as add_paper_parsers
from ikrar_desktop.cli.pakta import cmd_pakta as cmd_pakta  # re-exported for cli.HANDLERS

JsonFlag = Callable[[argparse.ArgumentParser], None]


def add_event_parsers(sub: Any, json_flag: JsonFlag) -> None:
    """Add the ``event``, ``checkin`` and ``recap`` subcommands to the main parser."""
    ev = sub.add_parser("event", help="kegiatan ikrar / pakta integritas")
    ev_sub = ev.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = ev_sub.add_parser("add", help="buat kegiatan baru beserta daftar wajib hadir")
    p.add_argument("--title", required=True, help="nama kegiatan")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--kind", default="ikrar", help="ikrar, pakta, deklarasi, sosialisasi")
    p.add_argument("--time", default="", metavar="HH:MM")
    p.add_argument("--place", default="", metavar="P")
    p.add_argument("--leader", default="", help="nama pimpinan")
    p.add_argument("--leader-jabatan", default="", help="jabatan pimpinan")
    p.add_argument("--unit", action="append", default=[], metavar="U",
                   help="unit kerja yang wajib hadir (boleh berulang; bawaan: semua)")  # fmt: skip
    p.add_argument("--asn-only", action="store_true", help="hanya ASN (tanpa Non-ASN)")
    p.add_argument("--officials", action="store_true",
                   help="kegiatan pejabat: wajib = kepala unit pada tingkat --level")  # fmt: skip
    p.add_argument(
        "--level",
        action="append",
        default=[],
        metavar="L",
        help="tingkat pejabat (boleh berulang; bawaan: kepala-opd, camat): "
        "kepala-opd, camat, lurah, kepala-puskesmas, kepala-sekolah, kepala-upt",
    )
    p.add_argument("--election", default="", metavar="E",
                   help="pemilu, pilkada, psu atau nama lain (naskah bawaan)")  # fmt: skip
    json_flag(p)
    p = ev_sub.add_parser("list", help="daftar kegiatan")
    json_flag(p)
    for name, text in (("open", "buka kegiatan"), ("close", "tutup kegiatan (hanya-baca)")):
        p = ev_sub.add_parser(name, help=text)
        p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
        json_flag(p)
    p = ev_sub.add_parser("reopen", help="buka kembali kegiatan yang sudah ditutup")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument("--reason", required=True, metavar="R")
    json_flag(p)
    add_paper_parsers(ev_sub, json_flag)  # witness add|list|remove, attach, attachments
    add_pakta_parsers(sub, json_flag)  # pakta receive|outstanding

    p = sub.add_parser("checkin", help="catat kehadiran (NIP, NIK atau nama)")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument("ids", nargs="+", metavar="ID_OR_NAME")
    statuses = "hadir, izin, sakit, cuti, dinas-luar, tugas-belajar, tanpa-keterangan"
    p.add_argument("--status", default="hadir", metavar="S", help=statuses)
    p.add_argument("--pakta", action="store_true", help="catat juga pakta sudah ditandatangani")
    p.add_argument("--walk-in", action="store_true",
                   help="tambahkan pegawai registri yang belum ada di daftar")  # fmt: skip
    p.add_argument("--operator", default=None,
                   help="bawaan: pengguna --user, atau nama pengguna OS; bila masuk dengan "
                   "--user hanya boleh pengguna itu")  # fmt: skip
    p.add_argument("--station", default=None, help="bawaan: nama komputer")
    json_flag(p)

    p = sub.add_parser("recap", help="rekap per OPD")
    p.add_argument("event", type=record_id("kegiatan"), metavar="EVENT")
    p.add_argument(
        "--xlsx",
        metavar="OUT",
        type=out_file("--xlsx"),
        help="simpan rekap dan daftar belum TTD ke xlsx",
    )
    json_flag(p)


def _open(args: argparse.Namespace) -> Any:
    from ikrar_desktop.context import AppContext

    return AppContext.open(args.db, readonly=getattr(args, "readonly", False))


def cmd_event(args: argparse.Namespace) -> int:
    from ikrar_desktop.domain.dates import format_date
    from ikrar_desktop.errors import NotFoundError
    from ikrar_desktop.services import events as svc
    from ikrar_desktop.store import units as unit_store

    if args.action in EVENT_ACTIONS:
        return cmd_event_paper(args)
    ctx = _open(args)
    conn = ctx.conn
    if args.action == "add" and (args.officials or args.level):
        from ikrar_desktop.cli.officials import add_officials_event

        return add_officials_event(conn, args)
    if args.action == "add":
        unit_ids = []
        for name in args.unit:
            found = unit_store.find_by_name(conn, name)
            if found is None:
                raise NotFoundError(f"Unit kerja '{name}' tidak ditemukan.")
            unit_ids.append(found)
        draft = svc.EventDraft(
            title=args.title, date=_iso_date(args.date), kind=args.kind, time=args.time,
            place=args.place, leader_name=args.leader, leader_jabatan=args.leader_jabatan,
            election=args.election,
        )  # fmt: skip
        made = svc.create_event(conn, draft, svc.Scope(unit_ids=unit_ids, asn_only=args.asn_only))
        e = made.event
        _emit(args, made.as_dict(),
              f"Kegiatan #{e.id} dibuat: {e.title} ({e.kind_label}), {format_date(e.date)}; "
              f"{made.progress.obliged} pegawai wajib hadir.")  # fmt: skip
        return 0
    if args.action == "list":
        listed = svc.list_events(conn)
        lines = [
            f"#{s.event.id:<4} {s.event.date.isoformat()}  {s.event.status_label:<11} "
            f"{s.event.title}  — wajib {s.progress.obliged}, hadir {s.progress.present}, "
            f"TTD {s.progress.signed}"
            for s in listed
        ]
        lines.append(f"{len(listed)} kegiatan.")
        _emit(args, [s.as_dict() for s in listed], "\n".join(lines))
        return 0
    if args.action == "open":
        event = svc.open_event(conn, args.event)
    elif args.action == "close":
        event = svc.close_event(conn, args.event)
    else:
        event = svc.reopen_event(conn, args.event, args.reason)
    _emit(args, svc.summary(conn, event.id).as_dict(),
          f"Kegiatan #{event.id} '{event.title}': {event.status_label}.")  # fmt: skip
    return 0


def _iso_date(text: str) -> Any:
    from datetime import date

    from ikrar_desktop.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"Tanggal '{text}' tidak dikenali.", hint="Tulis seperti 2024-01-10.", field="date"
        ) from None


def _checkin_one(conn: Any, args: argparse.Namespace, text: str, status: str) -> dict[str, Any]:
    from ikrar_desktop.errors import UserError
    from ikrar_desktop.services import checkin as desk
    from ikrar_desktop.services.desk_state import person_of
    from ikrar_desktop.store import attendance as att_store

    found = desk.lookup(conn, args.event, text)
    out: dict[str, Any] = {"input": text, "ok": False}
    actor = {"operator": args.operator, "station": args.station}
    try:
        if len(found.on_list) == 1:
            emp_id = found.on_list[0]
        elif found.on_list:
            rows = att_store.fetch(conn, args.event, found.on_list)
            people = [person_of(o) for o in rows]
            out.update(result="ambiguous", candidates=[p.as_dict() for p in people],
                       message=f"{len(people)}{'+' if found.more else ''} orang cocok; "
                       "tulis NIP atau nama yang lebih lengkap.")  # fmt: skip
            return out
        elif len(found.off_list) == 1 and args.walk_in:
            emp_id = found.off_list[0]
            desk.add_walk_in(conn, args.event, emp_id, check_in=False, **actor)
        elif found.off_list:
            out.update(result="not_on_list", message="Tidak ada di daftar kegiatan ini"
                       + (" (pakai --walk-in untuk menambahkan)." if len(found.off_list) == 1
                          else f"; {len(found.off_list)} pegawai registri cocok."))  # fmt: skip
            return out
        else:
            out.update(result="not_found", message="Tidak ditemukan di daftar pegawai.")
            return out
        done = desk.set_status(conn, args.event, emp_id, status, **actor)
        person, message = done.person, done.message
        changed = done.changed
        if args.pakta:
            signed = desk.toggle_pakta(conn, args.event, emp_id, True, **actor)
            person, changed = signed.person, changed or signed.changed
            message += " Pakta ditandatangani."
    except UserError as err:
        out.update(result="refused", message=err.message)
        return out
    out.update(ok=True, result="checked_in" if changed else "already", message=message,
               person=person.as_dict())  # fmt: skip
    return out


def cmd_checkin(args: argparse.Namespace) -> int:
    from ikrar_desktop.domain.attendance import check_editable, parse_status
    from ikrar_desktop.services.events import editable

    status = parse_status(args.status)
    ctx = _open(args)
    state = editable(ctx.conn, args.event)  # refuses a closed event before touching anyone
    check_editable(state)
    results = [_checkin_one(ctx.conn, args, text, status) for text in args.ids]
    failed = sum(1 for r in results if not r["ok"])
    lines = [f"{r['input']}: {r['message']}" for r in results]
    lines.append(f"{len(results) - failed} tercatat, {failed} gagal.")
    data = {"event": args.event, "results": results, "done": len(results) - failed,
            "failed": failed}  # fmt: skip
    _emit(args, data, "\n".join(lines))
    return 1 if failed else 0


def cmd_recap(args: argparse.Namespace) -> int:
    from ikrar_desktop.services import recap as svc

    ctx = _open(args)
    data = svc.recap(ctx.conn, args.event)
    out = svc.export_recap_xlsx(ctx.conn, args.event, Path(args.xlsx)) if args.xlsx else None
    header = f"{'Unit kerja':<40} {'Wajib':>6} {'Hadir':>6} {'I/S/C/DL/TB':>12} {'TK':>5} "
    header += f"{'Belum':>6} {'TTD':>6} {'Susulan':>8}"
    lines = [f"Rekap kegiatan #{data.event.id}: {data.event.title}", header]
    for row in [*data.units, data.total]:
        excused = row.izin + row.sakit + row.cuti + row.dinas_luar + row.tugas_belajar
        lines.append(
            f"{row.unit[:40]:<40} {row.obliged:>6} {row.hadir:>6} {excused:>12} "
            f"{row.tanpa_keterangan:>5} {row.belum:>6} {row.signed:>6} {row.susulan:>8}"
        )
    if out:
        lines.append(f"Disimpan: {out}")
    payload = data.as_dict()
    if out:
        payload["xlsx"] = str(out)
    _emit(args, payload, "\n".join(lines))
    return 0
