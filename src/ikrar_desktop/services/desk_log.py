"""The desk's memory: undo the station's last action, a person's history, live counters."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_time
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services.desk_state import Person, person_of, primary
from ikrar_desktop.services.events import Actor, editable, stamp
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store.attendance import LogEntry
from ikrar_desktop.store.connection import write


@dataclass(slots=True)
class UndoPreview:
    """What Ctrl+Z would undo: the entries of the last batch (newest first)."""

    entries: list[LogEntry]
    description: str
    age_seconds: float
    needs_reason: bool


@dataclass(slots=True)
class UndoResult:
    undone: int
    message: str
    person: Person | None = None


def _aware(now: datetime | None) -> datetime:
    return (now or datetime.now()).astimezone()


def _name(conn: sqlite3.Connection, entry: LogEntry) -> str:
    row = conn.execute(
        "SELECT display_name FROM obligations WHERE event_id = ? AND employee_id = ?",
        (entry.event_id, entry.employee_id),
    ).fetchone()
    if row:
        return str(row[0])
    row = conn.execute(
        "SELECT trim(gelar_depan || ' ' || nama) FROM employees WHERE id = ?",
        (entry.employee_id,),
    ).fetchone()
    return str(row[0]) if row else "?"


def describe(entry: LogEntry) -> str:
    """ "Status kehadiran: Belum tercatat → Hadir" and the like, for history and undo."""
    label = rules.ACTION_LABELS.get(entry.action, entry.action)
    old, new = entry.old_value, entry.new_value
    if entry.action == rules.ACT_STATUS:
        return f"{label}: {rules.status_label(old)} → {rules.status_label(new)}"
    if entry.action in (rules.ACT_PAKTA, rules.ACT_PIN):
        return f"{label}: {'ya' if new == '1' else 'tidak'}"
    if entry.action == rules.ACT_SUSULAN:
        return f"{label}: {new or '-'}"
    if entry.action == rules.ACT_OBLIGED:
        state = "Wajib" if new == "1" else rules.STATE_LABELS[rules.TIDAK_WAJIB]
        return f"{state}" + (f" ({entry.reason})" if entry.reason else "")
    if entry.action == rules.ACT_EVENT:
        return f"{label}: {rules.EVENT_STATE_LABELS.get(new or '', new)}"
    return label


def peek_undo(
    conn: sqlite3.Connection,
    event_id: int,
    *,
    station: str | None = None,
    now: datetime | None = None,
) -> UndoPreview | None:
    """What :func:`undo_last` would do for this station, without doing it."""
    actor = Actor.of("", station)
    last = att_store.last_undoable(conn, event_id, actor.station)
    if last is None:
        return None
    entries = att_store.batch_entries(conn, last.batch)
    age = (_aware(now) - datetime.fromisoformat(last.at)).total_seconds()
    text = describe(last) if len(entries) == 1 else f"{len(entries)} perubahan sekaligus"
    text = f"{_name(conn, last)} — {text}" if len(entries) == 1 else text
    return UndoPreview(entries, text, age, rules.undo_needs_reason(
        datetime.fromisoformat(last.at), _aware(now)))  # fmt: skip


def _revert(
    conn: sqlite3.Connection, entry: LogEntry, actor: Actor, at: str, batch: str, reason: str
) -> None:
    assert entry.employee_id is not None
    o = att_store.get(conn, entry.event_id, entry.employee_id)
    conflict = UserError(
        f"{_name(conn, entry)}: datanya sudah diubah lagi sesudah itu, jadi tidak dibatalkan.",
        "Ubah langsung status orang itu bila perlu.",
    )
    common: dict[str, Any] = {
        "event_id": entry.event_id, "employee_id": entry.employee_id, "at": at,
        "operator": actor.operator, "station": actor.station, "batch": batch,
        "undoes": entry.id, "reason": reason,
    }  # fmt: skip
    if entry.action in (rules.ACT_WALK_IN, rules.ACT_ADDED):
        if o is None or att_store.live_entries_after(
            conn, entry.event_id, entry.employee_id, entry.seq, entry.batch
        ):
            raise conflict
        att_store.append(conn, action=rules.ACT_UNDO, old="1", new=None, **common)
        att_store.delete(conn, o.id)
        return
    if o is None or primary(entry.action, o) != entry.new_value or entry.prior is None:
        raise conflict
    restored = {k: int(v) if isinstance(v, bool) else v for k, v in entry.prior.items()}
    after = {**{k: getattr(o, k) for k in att_store.OBL_COLUMNS}, **restored}
    # an undo must not leave a pakta signed at the event on someone no longer present
    rules.check_status_after_pakta(
        _name(conn, entry),
        after.get("status"),
        after.get("pakta_signed"),
        after.get("pakta_where"),
    )
    group = att_store.FIELD_GROUPS[entry.action]
    att_store.append(
        conn, action=rules.ACT_UNDO, old=entry.new_value, new=entry.old_value,
        prior=o.fields(group), **common,
    )  # fmt: skip
    att_store.update(conn, o.id, restored)


def undo_last(
    conn: sqlite3.Connection,
    event_id: int,
    *,
    station: str | None = None,
    reason: str | None = None,
    operator: str | None = None,
    now: datetime | None = None,
) -> UndoResult:
    """Undo this station's last action (a bulk action as a whole). Anything older than a
    minute needs a reason; the undo is itself a log row, nothing is erased."""
    actor = Actor.of(operator, station, conn)
    moment = _aware(now)
    at = stamp(moment)
    why = " ".join((reason or "").split())
    with write(conn):
        editable(conn, event_id)
        last = att_store.last_undoable(conn, event_id, actor.station)
        if last is None:
            raise UserError("Belum ada tindakan di meja ini yang dapat dibatalkan.")
        if rules.undo_needs_reason(datetime.fromisoformat(last.at), moment) and not why:
            raise ValidationError(
                "Tindakan terakhir sudah lebih dari satu menit yang lalu.",
                hint="Tuliskan alasan pembatalannya.",
                field="reason",
            )
        entries = att_store.batch_entries(conn, last.batch)
        batch = att_store.new_id()
        for entry in entries:
            _revert(conn, entry, actor, at, batch, why)
        text = describe(last)
        name = _name(conn, last)
        after = att_store.get(conn, event_id, last.employee_id or 0)
    if len(entries) > 1:
        return UndoResult(len(entries), f"Dibatalkan: {len(entries)} perubahan sekaligus.")
    person = person_of(after) if after else None
    return UndoResult(1, f"Dibatalkan: {name} — {text}.", person)


@dataclass(slots=True)
class HistoryItem:
    log_id: str
    at: str
    time: str
    action: str
    text: str
    operator: str
    station: str
    reason: str
    undone: bool


def history(conn: sqlite3.Connection, event_id: int, employee_id: int) -> list[HistoryItem]:
    """Everything recorded about one person at one event, oldest first."""
    entries = att_store.history(conn, event_id, employee_id)
    by_id = {e.id: e for e in entries}
    undone = {e.undoes for e in entries if e.undoes}
    items = []
    for e in entries:
        if e.action == rules.ACT_UNDO and e.undoes in by_id:
            text = f"Pembatalan — {describe(by_id[e.undoes])}"
        else:
            text = describe(e)
        moment = datetime.fromisoformat(e.at)
        items.append(
            HistoryItem(
                e.id,
                e.at,
                format_time(moment),
                e.action,
                text,
                e.operator,
                e.station,
                e.reason,
                e.id in undone,
            )
        )
    return items


@dataclass(slots=True)
class UnitCounter:
    """Live numbers for one OPD (snapshot unit); ``missing`` = TK + not yet recorded."""

    unit: str
    unit_id: int | None
    obliged: int = 0
    present: int = 0
    signed: int = 0
    excused: int = 0
    tanpa_keterangan: int = 0
    belum: int = 0

    @property
    def missing(self) -> int:
        return self.tanpa_keterangan + self.belum

    @property
    def percent_present(self) -> float:
        return rules.percent(self.present, self.obliged)


@dataclass(slots=True)
class Counters:
    units: list[UnitCounter] = field(default_factory=list)
    total: UnitCounter = field(default_factory=lambda: UnitCounter("Jumlah", None))


def counters(conn: sqlite3.Connection, event_id: int) -> Counters:
    """Per OPD obliged / present / signed / excused / missing, and the totals (one query)."""
    out = Counters()
    for row in att_store.unit_counts(conn, event_id):
        unit = _counter(row)
        if not unit.obliged and not unit.present:
            continue
        out.units.append(unit)
        for name in ("obliged", "present", "signed", "excused", "tanpa_keterangan", "belum"):
            setattr(out.total, name, getattr(out.total, name) + getattr(unit, name))
    return out


def _counter(row: tuple[Any, ...]) -> UnitCounter:
    nums = [int(str(v or 0)) for v in row[2:]]
    return UnitCounter(str(row[0] or ""), row[1], *nums)


def unit_counter(conn: sqlite3.Connection, event_id: int, unit: str) -> UnitCounter:
    """One OPD's numbers (by snapshot unit name): the cheap refresh after a scan, since only
    the scanned person's unit changes."""
    return _counter(att_store.one_unit_counts(conn, event_id, unit))
