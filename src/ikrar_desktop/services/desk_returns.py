"""Merging desk returns on the main PC: a union of log rows by id, state recomputed from the
log, conflicts recorded for the clerk, desk clocks checked."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.errors import UserError
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.exchange.desk_package import PackageRefusedError
from ikrar_desktop.services.desk_conflicts import store_conflicts
from ikrar_desktop.services.desk_state import begin_action
from ikrar_desktop.services.desk_sync import ROW_COLUMNS, _refuse_on_desk, desk_key
from ikrar_desktop.services.events import Actor, stamp
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.bulk_write import bulk_write, inserting, updating
from ikrar_desktop.store.connection import session_of, write

_ID, _EMP, _ACTION, _NEW, _UNDOES, _REASON, _STATION, _AT = (
    ROW_COLUMNS.index(c)
    for c in ("id", "employee_id", "action", "new_value", "undoes", "reason", "station", "at")
)
_SAME = ("employee_id", "action", "new_value", "undoes", "at")


@dataclass(slots=True)
class MergeReport:
    """One return file merged (or refused, with why)."""

    file: str
    desk: str = ""
    event_id: int | None = None
    new: int = 0
    duplicate: int = 0
    differing: int = 0
    conflicts: list[dm.Conflict] = field(default_factory=list)
    clock: dm.ClockCheck | None = None
    shift_seconds: int = 0
    refused: str = ""
    hint: str = ""
    exit_code: int = 0
    error: UserError | None = None

    @property
    def conflicting(self) -> int:
        return len({i for c in self.conflicts for i in c.log_ids})

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file, "desk": self.desk, "event_id": self.event_id, "new": self.new,
            "duplicate": self.duplicate, "differing": self.differing,
            "conflicting": self.conflicting, "conflicts": [c.as_dict() for c in self.conflicts],
            "clock": self.clock.as_dict() if self.clock else None,
            "clock_message": self.clock.message(self.desk) if self.clock else "",
            "shift_seconds": self.shift_seconds, "refused": self.refused, "hint": self.hint,
        }  # fmt: skip


def _aware(now: datetime | None) -> datetime:
    return (now or datetime.now()).astimezone()


def _entry(row: Sequence[Any]) -> dm.Entry:
    return dm.Entry(
        str(row[_ID]), row[_EMP], str(row[_ACTION]),
        row[_NEW], str(row[_AT]), str(row[_STATION] or ""),
        row[_UNDOES], str(row[_REASON] or ""),
    )  # fmt: skip


def _verified(conn: sqlite3.Connection, path: Path, event_id: int | None) -> tuple[Any, ...]:
    found = pkg.read(path)
    name = path.name
    m = found.manifest
    if found.kind == pkg.PACKAGE_FORMAT:
        raise PackageRefusedError(
            f"{name} adalah paket meja (untuk dibuka di PC meja), bukan berkas kembalian.",
            "Di PC meja: menu Meja › Buat berkas kembalian, lalu gabungkan berkas itu di sini.",
        )
    secret = desk_store.setting(conn, desk_store.SECRET)
    db_id = desk_store.setting(conn, desk_store.DATABASE_ID)
    if not secret or str(m.get("database_id")) != db_id:
        raise PackageRefusedError(
            f"{name} berasal dari paket meja database lain, bukan dari database ini.",
            "Gabungkan berkas ini di PC utama yang membuat paket mejanya.",
        )
    try:
        ev, desk, package_id = int(m["event_id"]), str(m["desk"]), str(m["package_id"])
    except (KeyError, ValueError) as exc:
        raise pkg.tampered(name) from exc
    if event_id is not None and ev != event_id:
        raise PackageRefusedError(
            f"{name} berisi catatan {desk} untuk kegiatan '{m.get('event_title', '?')}' "
            f"(nomor {ev}), bukan untuk kegiatan yang sedang digabung (nomor {event_id}).",
            "Gabungkan berkas itu pada kegiatannya sendiri.",
        )
    # only a file sealed with this desk's key opens: the key is derived again here from the
    # database secret, never read from a file
    payload = pkg.open_return(found, desk_key(bytes.fromhex(secret), db_id, ev, desk, package_id))
    issued = desk_store.package(conn, package_id)
    if issued is None or issued.event_id != ev or issued.desk != desk:
        raise PackageRefusedError(
            f"Paket meja untuk {name} tidak tercatat di database ini.",
            "Gabungkan berkas ini di PC utama yang membuat paket mejanya.",
        )
    rows = payload.get("log") if isinstance(payload, dict) else None
    if not isinstance(rows, list) or any(
        not isinstance(r, list) or len(r) != len(ROW_COLUMNS) or r[ROW_COLUMNS.index("event_id")]
        != ev for r in rows
    ):  # fmt: skip
        raise pkg.tampered(name)
    return found, issued, rows


def _clock(
    issued: desk_store.DeskPackage, m: dict[str, Any], now: datetime, tolerance: timedelta
) -> dm.ClockCheck | None:
    try:
        return dm.clock_check(
            dm.instant(issued.exported_at), dm.instant(str(m["desk_imported_at"])),
            dm.instant(str(m["desk_clock"])), now, tolerance,
        )  # fmt: skip
    except (KeyError, ValueError):
        return None


def merge_return(conn: sqlite3.Connection, path: str | Path, **options: Any) -> MergeReport:
    """Merge one return file (options as :func:`merge_files`); raises with the reason when the
    file is refused (the refusal is still noted in the merge history)."""
    (report,) = merge_files(conn, [path], **options)
    if report.error is not None:
        raise report.error
    return report


@dataclass(slots=True)
class _Accepted:
    report: MergeReport
    found: pkg.Sealed
    issued: desk_store.DeskPackage
    rows: list[list[object]]
    shift: timedelta
    people: set[int] = field(default_factory=set)


def merge_files(
    conn: sqlite3.Connection,
    paths: Iterable[str | Path],
    *,
    event_id: int | None = None,
    shift: timedelta | None = None,
    tolerance: timedelta = dm.DEFAULT_CLOCK_TOLERANCE,
    operator: str | None = None,
    now: datetime | None = None,
) -> list[MergeReport]:
    """Merge return files: each is verified on its own (a refused one is reported with why and
    the rest go on), then all accepted ones in one transaction. The same files again, or in
    another order, give the same state; conflicts are recorded, never silently resolved.
    ``shift`` moves the desks' times (default: each desk's last shift)."""
    moment = _aware(now)
    at = stamp(moment)
    reports: list[MergeReport] = []
    accepted: list[_Accepted] = []
    for path in paths:
        source = Path(path)
        report = MergeReport(str(source))
        reports.append(report)
        try:
            _refuse_on_desk(conn, "berkas kembalian digabung")
            found, issued, rows = _verified(conn, source, event_id)
            report.desk, report.event_id = issued.desk, issued.event_id
            report.clock = _clock(issued, found.manifest, moment, tolerance)
            offset = shift if shift is not None else timedelta(seconds=issued.shift_seconds)
            report.shift_seconds = round(offset.total_seconds())
            accepted.append(_Accepted(report, found, issued, rows, offset))
        except UserError as err:
            _refused(report, err)
    try:
        if accepted:
            _merge_accepted(conn, accepted, Actor.of(operator, None, conn), at)
    except UserError as err:
        for item in accepted:
            _refused(item.report, err)
            item.report.new = item.report.duplicate = item.report.differing = 0
    refused = [r for r in reports if r.error is not None]
    if refused:
        with write(conn):
            for r in refused:
                desk_store.record_merge(conn, {
                    "event_id": r.event_id or event_id, "desk": r.desk,
                    "file_name": Path(r.file).name, "merged_at": at, "refused": r.refused,
                })  # fmt: skip
    return reports


def _refused(report: MergeReport, err: UserError) -> None:
    report.refused, report.hint, report.exit_code, report.error = (
        err.message, err.hint, err.exit_code, err,
    )  # fmt: skip


def _merge_accepted(
    conn: sqlite3.Connection, accepted: list[_Accepted], actor: Actor, at: str
) -> None:
    with bulk_write(conn, rows=sum(len(item.rows) for item in accepted)):
        affected: dict[int, set[int]] = {}
        for item in accepted:
            ev = item.issued.event_id
            if ev not in affected:
                begin_action(conn, ev, actor, at)
                affected[ev] = set()
            item.people = _apply(conn, item.rows, item.shift, item.report)
            affected[ev] |= item.people
        found = {ev: recompute(conn, ev, sorted(people), at) for ev, people in affected.items()}
        for item in accepted:
            r, issued = item.report, item.issued
            r.conflicts = [c for c in found[issued.event_id] if c.employee_id in item.people]
            clock = r.clock.as_dict() if r.clock else {}
            desk_store.record_merge(conn, {
                "event_id": issued.event_id, "package_id": issued.package_id,
                "desk": issued.desk, "file_name": Path(r.file).name,
                "file_sha256": item.found.sha256, "merged_at": at,
                "desk_clock": str(item.found.manifest.get("desk_clock", "")),
                "shift_seconds": r.shift_seconds, "clock": json.dumps(clock), "new": r.new,
                "duplicate": r.duplicate, "differing": r.differing, "conflicts": len(r.conflicts),
            })  # fmt: skip
            desk_store.note_merge(conn, issued.package_id, at, r.new, clock, r.shift_seconds)


def _apply(
    conn: sqlite3.Connection, rows: list[list[object]], shift: timedelta, report: MergeReport
) -> set[int]:
    """Insert the rows not yet in the log; returns the people they name."""
    if shift:
        for r in rows:
            r[_AT] = dm.shift_time(str(r[_AT]), shift)
    unique = list({str(r[_ID]): r for r in rows}.values())
    stored: dict[str, tuple[object, ...]] = {}
    ids = [str(r[_ID]) for r in unique]
    cols = ", ".join(_SAME)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for found in conn.execute(
            f"SELECT id, {cols} FROM attendance_log WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            stored[str(found[0])] = tuple(found[1:])
    fresh = []
    for r in unique:
        old = stored.get(str(r[_ID]))
        if old is None:
            fresh.append(r)
        elif old != tuple(r[ROW_COLUMNS.index(c)] for c in _SAME):
            report.differing += 1  # kept as first merged; a changed shift is the usual cause
        else:
            report.duplicate += 1
    report.duplicate += len(rows) - len(unique)
    with inserting(conn, "attendance_log", len(fresh)):
        conn.executemany(
            f"INSERT INTO attendance_log ({', '.join(ROW_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ROW_COLUMNS))})",
            fresh,
        )
    report.new = len(fresh)
    return {int(str(r[_EMP])) for r in fresh if r[_EMP] is not None}


def recompute(
    conn: sqlite3.Connection, event_id: int, employee_ids: Sequence[int], at: str
) -> list[dm.Conflict]:
    """Within the caller's write: set these people's obligation columns from their whole log
    and refresh their conflicts from it too (so any order of the same files gives the same
    records). Returns the conflicts that now hold for them."""
    entries: dict[int, list[dm.Entry]] = {i: [] for i in employee_ids}
    current: dict[int, tuple[object, ...]] = {}
    row_ids: dict[int, int] = {}
    cols = ", ".join(dm.STATE_COLUMNS)
    select = ", ".join(ROW_COLUMNS)
    for start in range(0, len(employee_ids), 500):
        chunk = list(employee_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {select} FROM attendance_log WHERE event_id = ? AND employee_id IN ({marks})",
            [event_id, *chunk],
        ):
            entries[int(row[_EMP])].append(_entry(row))
        for row in conn.execute(
            f"SELECT employee_id, id, {cols} FROM obligations WHERE event_id = ? "
            f"AND employee_id IN ({marks})",
            [event_id, *chunk],
        ):
            current[int(row[0])] = tuple(row[2:])
            row_ids[int(row[0])] = int(row[1])
    updates = []
    found: list[dm.Conflict] = []
    for person, rows in entries.items():
        if person not in current:
            ids = sorted(e.id for e in rows)
            found.append(dm.Conflict(
                dm.TIDAK_DI_DAFTAR, person, ids, sorted({e.station for e in rows}), None,
                "Ada catatan meja untuk pegawai yang tidak ada di daftar kegiatan ini; "
                "catatannya disimpan, statusnya tidak diubah.",
            ))  # fmt: skip
            continue
        state = dm.fold(rows)
        values = tuple(state[c] for c in dm.STATE_COLUMNS)
        if values != current[person]:
            updates.append([*values, row_ids[person], person])
        # conflicts need two stations or an undo; a lone desk's plain actions have none
        if len({e.station for e in rows}) > 1 or any(e.action == rules.ACT_UNDO for e in rows):
            found += dm.person_conflicts(person, rows)
    if updates:
        # state recomputed from merged log rows is a logged correction (store/audit guards)
        session_of(conn).corrections.update((event_id, int(str(u[-1]))) for u in updates)
        sets = ", ".join(f"{c} = ?" for c in dm.STATE_COLUMNS)
        # by rowid, in rowid order: each table page is visited once, no unique-index probe
        updates.sort(key=lambda u: int(str(u[-2])))
        rowids = [int(str(u[-2])) for u in updates]
        with updating(conn, "obligations", rowids):
            conn.executemany(
                f"UPDATE obligations SET {sets} WHERE id = ?", [u[:-1] for u in updates]
            )
    store_conflicts(conn, event_id, employee_ids, found, at)
    return found


def entries_of(
    conn: sqlite3.Connection, event_id: int, employee_ids: Sequence[int]
) -> dict[int, list[dm.Entry]]:
    """These people's whole log at one event (every station), for reports."""
    out: dict[int, list[dm.Entry]] = {i: [] for i in employee_ids}
    select = ", ".join(ROW_COLUMNS)
    for start in range(0, len(employee_ids), 500):
        chunk = list(employee_ids[start : start + 500])
        for row in conn.execute(
            f"SELECT {select} FROM attendance_log WHERE event_id = ? "
            f"AND employee_id IN ({','.join('?' * len(chunk))})",
            [event_id, *chunk],
        ):
            out[int(row[_EMP])].append(_entry(row))
    return out


def verify_state(conn: sqlite3.Connection, event_id: int) -> list[int]:
    """People whose stored state differs from what their log says, or is not a possible state
    (empty when consistent)."""
    cols = ", ".join(dm.STATE_COLUMNS)
    rows = conn.execute(
        f"SELECT employee_id, {cols} FROM obligations WHERE event_id = ?", (event_id,)
    ).fetchall()
    logs = entries_of(conn, event_id, [int(r[0]) for r in rows])
    wrong = []
    for row in rows:
        state = dm.fold(logs[int(row[0])])
        stored = dict(zip(dm.STATE_COLUMNS, row[1:], strict=True))
        if tuple(state[c] for c in dm.STATE_COLUMNS) != tuple(row[1:]) or dm.problems(stored):
            wrong.append(int(row[0]))
    return wrong
