"""Command line for the paper loop: ``pakta receive|outstanding`` and the event's witnesses and
attachments (``event witness add|list|remove``, ``event attach``, ``event attachments``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikrar_desktop.cli.output import emit as _emit

JsonFlag = Callable[[argparse.ArgumentParser], None]
EVENT_ACTIONS = ("witness", "attach", "attachments")
"""``event`` actions handled here (cli_events hands them over)."""


def add_pakta_parsers(sub: Any, json_flag: JsonFlag) -> None:
    """``pakta receive`` and ``pakta outstanding``."""
    pk = sub.add_parser("pakta", help="lembar pakta yang kembali dan yang belum")
    pk_sub = pk.add_subparsers(dest="action", metavar="AKSI", required=True)
    p = pk_sub.add_parser("receive", help="catat lembar pakta bertanda tangan dari kode QR-nya")
    p.add_argument("event", type=int, metavar="EVENT")
    p.add_argument("codes", nargs="+", metavar="CODE",
                   help="isi QR lembar (IKRAR-PAKTA:…), kode lembar P-…, atau NIP")  # fmt: skip
    p.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal terima (bawaan: hari ini)")
    p.add_argument("--operator", default=None, help="bawaan: nama pengguna OS")
    p.add_argument("--station", default=None, help="bawaan: nama komputer")
    json_flag(p)
    p = pk_sub.add_parser("outstanding", help="lembar dikirim, kembali dan belum kembali per OPD")
    p.add_argument("event", type=int, metavar="EVENT")
    p.add_argument("--unit", metavar="U", help="hanya unit kerja ini")
    p.add_argument("--xlsx", metavar="OUT", help="simpan juga ke xlsx")
    p.add_argument("--pdf", metavar="OUT", help="simpan juga daftar cetak (PDF)")
    p.add_argument("--paper", metavar="a4|f4", help="ukuran kertas PDF (bawaan: pengaturan)")
    json_flag(p)


def add_event_parsers(ev_sub: Any, json_flag: JsonFlag) -> None:
    """``event witness add|list|remove``, ``event attach``, ``event attachments``."""
    wit = ev_sub.add_parser("witness", help="saksi dan tamu kegiatan (KPU, Bawaslu, BKN…)")
    wit_sub = wit.add_subparsers(dest="witness_action", metavar="AKSI", required=True)
    p = wit_sub.add_parser("add", help="tambah saksi")
    p.add_argument("event", type=int, metavar="EVENT")
    p.add_argument("--nama", required=True, metavar="N")
    p.add_argument("--jabatan", default="", metavar="J")
    p.add_argument("--instansi", default="", metavar="I")
    json_flag(p)
    p = wit_sub.add_parser("list", help="daftar saksi")
    p.add_argument("event", type=int, metavar="EVENT")
    json_flag(p)
    p = wit_sub.add_parser("remove", help="hapus saksi (id dari 'event witness list')")
    p.add_argument("event", type=int, metavar="EVENT")
    p.add_argument("id", type=int, metavar="ID")
    json_flag(p)
    p = ev_sub.add_parser("attach", help="simpan foto/pindaian bersama kegiatan (SHA-256)")
    p.add_argument("event", type=int, metavar="EVENT")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--caption", default="", metavar="K", help="keterangan")
    json_flag(p)
    p = ev_sub.add_parser("attachments", help="daftar lampiran kegiatan dan keutuhannya")
    p.add_argument("event", type=int, metavar="EVENT")
    json_flag(p)


def _open(args: argparse.Namespace) -> Any:
    from ikrar_desktop.context import AppContext

    return AppContext.open(args.db)


def cmd_pakta(args: argparse.Namespace) -> int:
    if args.action == "receive":
        return _receive(args)
    return _outstanding(args)


def _receive(args: argparse.Namespace) -> int:
    from ikrar_desktop.cli.events import _iso_date
    from ikrar_desktop.services import pakta_receive as svc
    from ikrar_desktop.services.events import editable

    day = _iso_date(args.date) if args.date is not None else None
    ctx = _open(args)
    editable(ctx.conn, args.event)  # a closed event refuses every sheet, as checkin does
    done = svc.receive_many(ctx.conn, args.event, args.codes, on=day, operator=args.operator,
                            station=args.station)  # fmt: skip
    counts = {k: sum(1 for r in done if r.kind == k) for k in (svc.RECORDED, svc.ALREADY,
                                                                svc.REFUSED)}  # fmt: skip
    marks = {svc.RECORDED: "TERCATAT", svc.ALREADY: "SUDAH TERCATAT", svc.REFUSED: "DITOLAK"}
    lines = [f"{r.code.strip()}: {marks[r.kind]} — {r.message}" for r in done]
    lines.append(
        f"{counts[svc.RECORDED]} tercatat, {counts[svc.ALREADY]} sudah tercatat sebelumnya, "
        f"{counts[svc.REFUSED]} ditolak"
        + (" (yang ditolak tidak dicatat; yang lain tetap tercatat)." if counts[svc.REFUSED]
           else ".")
    )  # fmt: skip
    data = {"event": args.event, "results": [r.as_dict() for r in done], **counts}
    _emit(args, data, "\n".join(lines))
    return 1 if counts[svc.REFUSED] else 0


def _outstanding(args: argparse.Namespace) -> int:
    from ikrar_desktop.services import pakta_outstanding as svc

    ctx = _open(args)
    data = svc.outstanding(ctx.conn, args.event, args.unit)
    payload: dict[str, Any] = data.as_dict()
    lines = [f"Lembar pakta kegiatan #{data.event.id}: {data.event.title}",
             f"{'Unit kerja':<40} {'Dikirim':>8} {'Kembali':>8} {'Belum':>6}"]  # fmt: skip
    for row in [*data.units, data.total]:
        lines.append(f"{row.unit[:40]:<40} {row.sent:>8} {row.returned:>8} {row.out:>6}")
    for row in data.units:
        if row.people:
            lines.append(f"\nBelum kembali — {row.unit} ({row.out}):")
            lines += [f"  {i}. {o.display_name} ({o.nip or o.jabatan or '-'})"
                      for i, o in enumerate(row.people, 1)]  # fmt: skip
    if args.xlsx:
        payload["xlsx"] = str(svc.export_xlsx(ctx.conn, args.event, Path(args.xlsx), args.unit))
        lines.append(f"Disimpan: {payload['xlsx']}")
    if args.pdf:
        report = svc.print_pdf(ctx.conn, args.event, args.pdf, unit=args.unit, paper=args.paper)
        payload["pdf"] = str(report.path)
        lines.append(f"Disimpan: {report.path} ({report.pages} halaman)")
    _emit(args, payload, "\n".join(lines))
    return 0


def cmd_event_paper(args: argparse.Namespace) -> int:
    """The ``event`` actions of this module."""
    ctx = _open(args)
    if args.action == "witness":
        return _witness(args, ctx.conn)
    if args.action == "attach":
        return _attach(args, ctx.conn)
    return _attachments(args, ctx.conn)


def _witness_line(w: Any) -> str:
    parts = ", ".join(p for p in (w.jabatan, w.instansi) if p)
    return f"#{w.id:<4} {w.name}" + (f" — {parts}" if parts else "")


def _witness(args: argparse.Namespace, conn: Any) -> int:
    from ikrar_desktop.services import witnesses as svc

    if args.witness_action == "add":
        row, added = svc.add_witness(conn, args.event, args.nama, args.jabatan, args.instansi)
        word = "ditambahkan" if added else "sudah ada, tidak ditambah lagi"
        _emit(args, {**row.as_dict(), "added": added}, f"Saksi {word}: {_witness_line(row)}")
        return 0
    if args.witness_action == "remove":
        row = svc.remove_witness(conn, args.event, args.id)
        _emit(args, row.as_dict(), f"Saksi dihapus: {_witness_line(row)}")
        return 0
    rows = svc.list_witnesses(conn, args.event)
    lines = [_witness_line(w) for w in rows] + [f"{len(rows)} saksi."]
    _emit(args, [w.as_dict() for w in rows], "\n".join(lines))
    return 0


def _attach(args: argparse.Namespace, conn: Any) -> int:
    from ikrar_desktop.services import event_attachments as svc

    out = []
    for name in args.files:
        row, added = svc.attach_file(conn, args.event, name, caption=args.caption)
        out.append({**row.as_dict(), "added": added})
    lines = [
        f"#{r['id']} {r['file_name']} ({r['size']} bita) SHA-256 {r['sha256']}"
        + ("" if r["added"] else " — sudah dilampirkan, tidak ditambah lagi")
        for r in out
    ]
    _emit(args, out, "\n".join(lines))
    return 0


def _attachments(args: argparse.Namespace, conn: Any) -> int:
    from ikrar_desktop.services import event_attachments as svc
    from ikrar_desktop.services.stored_files import CHANGED, MISSING

    checks = svc.check_attachments(conn, args.event)
    lines = []
    for c in checks:
        a = c.attachment
        state = "utuh" if c.intact else "RUSAK: isi tersimpan tidak cocok dengan SHA-256-nya"
        lines.append(f"#{a.id} {a.file_name} ({a.size} bita, {a.added_at}) — {state}")
        lines.append(f"    SHA-256 {a.sha256}")
        if c.original == CHANGED:
            lines.append(f"    berkas asli BERUBAH sejak dilampirkan: {a.source_path}")
        elif c.original == MISSING:
            lines.append(f"    berkas asli tidak ada lagi di {a.source_path}")
    damaged = sum(1 for c in checks if not c.intact)
    changed = sum(1 for c in checks if c.original == CHANGED)
    lines.append(f"{len(checks)} lampiran; {damaged} rusak; {changed} berkas asli berubah.")
    _emit(args, {"event": args.event, "attachments": [c.as_dict() for c in checks],
                 "damaged": damaged, "changed": changed}, "\n".join(lines))  # fmt: skip
    return 1 if damaged else 0
