"""CLI for ``event add … --officials [--level L]…``: an event for the heads of units."""

from __future__ import annotations

import argparse
import sqlite3
from datetime import date

from ikrar_desktop.cli.output import emit as _emit


def add_officials_event(conn: sqlite3.Connection, args: argparse.Namespace) -> int:
    """Create the event for the heads at the chosen levels; say which units have no head."""
    from ikrar_desktop.domain.dates import format_date
    from ikrar_desktop.domain.officials import LEVELS, parse_levels
    from ikrar_desktop.errors import ValidationError
    from ikrar_desktop.services import events as svc
    from ikrar_desktop.services import officials

    if not args.officials:
        raise ValidationError("--level hanya dipakai bersama --officials.", field="level")
    if args.unit or args.asn_only:
        raise ValidationError(
            "--officials tidak dipakai bersama --unit atau --asn-only.",
            "Kegiatan pejabat memilih kepala unit menurut tingkat (--level).",
            field="officials",
        )
    levels = parse_levels(args.level)
    try:
        when = date.fromisoformat(args.date.strip())
    except ValueError:
        raise ValidationError(
            f"Tanggal '{args.date}' tidak dikenali.", hint="Tulis seperti 2024-01-10.",
            field="date",
        ) from None  # fmt: skip
    draft = svc.EventDraft(
        title=args.title, date=when, kind=args.kind, time=args.time, place=args.place,
        leader_name=args.leader, leader_jabatan=args.leader_jabatan, election=args.election,
    )  # fmt: skip
    made = svc.create_event(conn, draft, svc.Scope(officials=levels))
    picked = officials.pick(conn, levels)
    e = made.event
    lines = [
        f"Kegiatan pejabat #{e.id} dibuat: {e.title} ({e.kind_label}), {format_date(e.date)}; "
        f"{made.progress.obliged} pejabat wajib hadir.",
        "Tingkat: " + ", ".join(LEVELS[slug] for slug in levels) + ".",
    ]
    if picked.headless:
        lines.append(f"Unit tanpa kepala (tidak ikut): {len(picked.headless)} — tetapkan "
                     "dengan: ikrar-desktop unit set UNIT --head NIP")  # fmt: skip
        lines += [f"  - {name}" for name in picked.headless[:30]]
    data = made.as_dict() | {
        "levels": list(levels),
        "officials": [r.as_dict() for r in officials.officials_of(conn, e.id)],
        "headless_units": picked.headless,
        "inactive_heads": picked.inactive,
    }
    _emit(args, data, "\n".join(lines))
    return 0
