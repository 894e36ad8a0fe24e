"""The check-in desk (Meja Hadir): scan, statuses, pakta, PIN, susulan, bulk, undo, counters."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import paktacode
from ikrar_desktop.domain.dates import format_date, format_time, parse_date
from ikrar_desktop.domain.nip import clean_id
from ikrar_desktop.domain.tagcode import parse_event_code
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.services.desk_state import (
    ActionResult,
    Person,
    acting_on,
    apply_change,
    begin_action,
    must,
    person_of,
)
from ikrar_desktop.services.events import Actor, stamp
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import events as ev_store
from ikrar_desktop.store.connection import write

CHECKED_IN = "checked_in"
ALREADY = "already"
WALK_IN_OFFER = "walk_in_offer"
NOT_FOUND = "not_found"
AMBIGUOUS = "ambiguous"
MAX_CANDIDATES = 10


@dataclass(slots=True)
class ScanResult:
    """What the desk shows after Enter; ``kind`` is one of the module constants."""

    kind: str
    message: str
    person: Person | None = None
    candidates: list[Person] = field(default_factory=list)
    more: bool = False
    at: datetime | None = None
    log_id: str | None = None
    matched_by: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "result": self.kind, "message": self.message,
            "person": self.person.as_dict() if self.person else None,
            "candidates": [c.as_dict() for c in self.candidates], "more": self.more,
            "time": self.at.isoformat() if self.at else None, "log_id": self.log_id,
        }  # fmt: skip


@dataclass(slots=True)
class Found:
    """Who a typed text names: ``on_list`` / ``off_list`` ids, and how it matched."""

    on_list: list[int]
    off_list: list[int]
    more: bool
    matched_by: str


def lookup(conn: sqlite3.Connection, event_id: int, text: str) -> Found:
    """Resolve a scan or typed text: exact NIP/NIK, a NIP fragment, or name fragments (the
    registry's title-insensitive, word-order-free rules), first within the event's list."""
    raw = text.strip()
    cleaned = clean_id(raw) if raw else ""
    # IKR-<event>-<employee> from an invitation or name tag, or a pakta sheet's code
    tag = parse_event_code(raw) or paktacode.parse(raw)
    if tag is not None or (cleaned.isdigit() and len(cleaned) in (16, 18)):
        column = "kode" if tag else "nip" if len(cleaned) == 18 else "nik"
        row = (
            conn.execute("SELECT id FROM employees WHERE id = ?", (tag[1],)).fetchone()
            if tag
            else conn.execute(f"SELECT id FROM employees WHERE {column} = ?", (cleaned,)).fetchone()
        )
        if row is None and column == "nik":
            row = desk_store.nik_match(conn, cleaned)  # a desk keeps only hashed NIKs
        if row is None:
            return Found([], [], False, column)
        on = conn.execute(
            "SELECT 1 FROM obligations WHERE event_id = ? AND employee_id = ?", (event_id, row[0])
        ).fetchone()
        return Found([row[0]], [], False, column) if on else Found([], [row[0]], False, column)
    if cleaned.isdigit():
        if len(cleaned) < 3:
            return Found([], [], False, "digits")
        raw, how = cleaned, "digits"
    else:
        how = "name"
    if not raw:
        return Found([], [], False, how)
    ids, more = att_store.search(conn, event_id, raw, MAX_CANDIDATES)
    if ids:
        return Found(ids, [], more, how)
    ids, more = att_store.search_registry(conn, raw, MAX_CANDIDATES)
    return Found([], ids, more, how)


def people(conn: sqlite3.Connection, event_id: int, employee_ids: list[int]) -> list[Person]:
    """The desk's view of these people (a table model fetches a screenful at a time; ids come
    from :func:`ikrar_desktop.store.attendance.list_ids`)."""
    found: list[Person] = []
    for start in range(0, len(employee_ids), 500):
        chunk = employee_ids[start : start + 500]
        found += [person_of(o) for o in att_store.fetch(conn, event_id, chunk)]
    return found


def _registry_people(conn: sqlite3.Connection, ids: list[int]) -> list[Person]:
    found = emp_store.fetch(conn, ids)
    return [
        Person(e.id, e.display_name, e.nip, e.nik, e.unit, e.jabatan, False)
        for e in (found[i] for i in ids if i in found)
    ]


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def scan(
    conn: sqlite3.Connection,
    event_id: int,
    text: str,
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
    accept_unique_name: bool = True,
) -> ScanResult:
    """The desk's Enter: an exact NIP/NIK on the list (or a single name match) is marked Hadir
    and committed before this returns; everything else only reports, changing nothing."""
    found = lookup(conn, event_id, text)
    exact = found.matched_by in ("nip", "nik", "kode")
    if len(found.on_list) == 1 and (exact or accept_unique_name):
        result = set_status(
            conn, event_id, found.on_list[0], rules.HADIR,
            operator=operator, station=station, now=now,
        )  # fmt: skip
        person = result.person
        at = _when(person.status_at)
        if not result.changed:
            clock = format_time(at) if at else "-"
            return ScanResult(
                ALREADY, f"{person.name} sudah hadir pukul {clock}.", person, at=at,
                matched_by=found.matched_by,
            )  # fmt: skip
        return ScanResult(
            CHECKED_IN, result.message, person, at=at, log_id=result.log_id,
            matched_by=found.matched_by,
        )  # fmt: skip
    if found.on_list:
        people = [person_of(o) for o in att_store.fetch(conn, event_id, found.on_list)]
        return ScanResult(
            AMBIGUOUS, f"{len(people)}{'+' if found.more else ''} orang cocok dengan "
            f"'{text.strip()}'. Pilih salah satu.", candidates=people, more=found.more,
            matched_by=found.matched_by,
        )  # fmt: skip
    if found.off_list:
        people = _registry_people(conn, found.off_list)
        first = people[0] if len(people) == 1 else None
        message = (
            f"{first.name} ({first.unit or '-'}) tidak ada di daftar kegiatan ini. "
            "Tambahkan sebagai peserta tambahan?"
            if first
            else f"Tidak ada di daftar kegiatan; {len(people)} pegawai di registri cocok."
        )
        return ScanResult(
            WALK_IN_OFFER, message, first, people, found.more, matched_by=found.matched_by
        )
    what = text.strip() or "(kosong)"
    return ScanResult(
        NOT_FOUND, f"'{what}' tidak ditemukan di daftar pegawai.", matched_by=found.matched_by
    )


def set_status(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    status: str,
    *,
    reason: str = "",
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Hadir, Izin, Sakit, Cuti, Dinas Luar, Tugas Belajar or Tanpa Keterangan; the same status
    again changes nothing (and keeps the first time)."""
    slug = rules.parse_status(status)
    with acting_on(conn, event_id, employee_id, operator, station, now) as (actor, at, o):
        if o.status == slug:
            since = _when(o.status_at)
            clock = f" pukul {format_time(since)}" if since else ""
            text = f"{o.display_name} sudah {rules.status_label(slug).lower()}{clock}."
            return ActionResult(False, person_of(o), text)
        rules.check_status_after_pakta(o.display_name, slug, o.pakta_signed, o.pakta_where)
        after, log_id = apply_change(
            conn, o, rules.ACT_STATUS, {"status": slug, "status_at": at}, actor, at, reason=reason
        )
    moment = _when(at)
    clock = format_time(moment) if moment else ""
    note = "" if o.obliged else " (tidak wajib)"
    return ActionResult(
        True, person_of(after),
        f"{o.display_name} — {rules.status_label(slug)} pukul {clock}{note}.", log_id,
    )  # fmt: skip


def toggle_pakta(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    signed: bool | None = None,
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Pakta signed at the event (``None`` flips it); only for people present."""
    with acting_on(conn, event_id, employee_id, operator, station, now) as (actor, at, o):
        target = (not o.pakta_signed) if signed is None else signed
        if target:
            rules.check_pakta_at_event(o.status, target)
        values: dict[str, object] = (
            {"pakta_signed": 1, "pakta_at": at, "pakta_where": "event"}
            if target
            else {"pakta_signed": 0, "pakta_at": None, "pakta_where": None}
        )
        if bool(o.pakta_signed) == target:
            values = {}
        after, log_id = (
            apply_change(conn, o, rules.ACT_PAKTA, values, actor, at) if values else (o, None)
        )
    word = "sudah" if after.pakta_signed else "belum"
    return ActionResult(log_id is not None, person_of(after),
                        f"{o.display_name}: pakta {word} ditandatangani.", log_id)  # fmt: skip


def toggle_pin(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    received: bool | None = None,
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """PIN (lapel badge) handed over; ``None`` flips it."""
    with acting_on(conn, event_id, employee_id, operator, station, now) as (actor, at, o):
        target = (not o.pin) if received is None else received
        values: dict[str, object] = {"pin": int(target), "pin_at": at if target else None}
        after, log_id = (
            apply_change(conn, o, rules.ACT_PIN, values, actor, at)
            if o.pin != target
            else (o, None)
        )
    word = "sudah" if after.pin else "belum"
    return ActionResult(log_id is not None, person_of(after),
                        f"{o.display_name}: PIN {word} diterima.", log_id)  # fmt: skip


def record_susulan(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    when: date | str,
    place: str,
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
    keep_signed: bool = False,
) -> ActionResult:
    """A make-up signing (date, where); the recap counts it apart from signing at the event.
    ``keep_signed``: a pakta already signed (anywhere) is left exactly as it is."""
    day = when if isinstance(when, date) else parse_date(when)
    where = " ".join(place.split())
    if day is None:
        raise ValidationError("Tanggal tanda tangan susulan wajib diisi.", field="date")
    if not where:
        raise ValidationError("Tempat tanda tangan susulan wajib diisi.", field="place")
    with acting_on(conn, event_id, employee_id, operator, station, now) as (actor, at, o):
        if keep_signed and o.pakta_signed:
            return ActionResult(False, person_of(o), f"{o.display_name}: pakta sudah tercatat.")
        if o.pakta_signed and o.pakta_where == "event":
            raise UserError(f"{o.display_name} sudah menandatangani pakta di acara.")
        values: dict[str, object] = {
            "pakta_signed": 1, "pakta_at": at, "pakta_where": "susulan",
            "susulan_date": day.isoformat(), "susulan_place": where,
        }  # fmt: skip
        after, log_id = apply_change(conn, o, rules.ACT_SUSULAN, values, actor, at)
    return ActionResult(
        log_id is not None, person_of(after),
        f"{o.display_name}: tanda tangan susulan {format_date(day)} di {where}.", log_id,
    )  # fmt: skip


def mark_unit_present(
    conn: sqlite3.Connection,
    event_id: int,
    unit: int | str,
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> int:
    """Everyone of a unit (snapshot unit id or name) not yet recorded becomes Hadir, in one
    transaction and one undoable batch; exceptions are keyed afterwards. Returns how many."""
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    column = "unit_id" if isinstance(unit, int) else "unit_name"
    with write(conn):
        begin_action(conn, event_id, actor, at)
        rows = conn.execute(
            f"""SELECT {", ".join(att_store.OBL_COLUMNS)} FROM obligations WHERE event_id = ?
                AND {column} = ? AND obliged = 1 AND status IS NULL""",
            (event_id, unit),
        ).fetchall()
        batch = att_store.new_id()
        for row in rows:
            o = att_store._obligation(row)
            apply_change(conn, o, rules.ACT_STATUS, {"status": rules.HADIR, "status_at": at}, actor,
                   at, batch=batch)  # fmt: skip
    return len(rows)


def add_walk_in(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    *,
    check_in: bool = True,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Accept the walk-in offer: put the person on the list (today's snapshot) and, by
    default, mark them Hadir — one transaction, one undoable batch."""
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    with write(conn):
        begin_action(conn, event_id, actor, at)
        if att_store.get(conn, event_id, employee_id) is not None:
            raise UserError("Pegawai itu sudah ada di daftar kegiatan ini.")
        if not ev_store.snapshot_obligations(conn, event_id, [employee_id], at, walk_in=True):
            raise NotFoundError(f"Pegawai dengan id {employee_id} tidak ditemukan.")
        batch = att_store.new_id()
        log_id = att_store.append(
            conn, event_id=event_id, employee_id=employee_id, action=rules.ACT_WALK_IN,
            old=None, new="1", at=at, operator=actor.operator, station=actor.station, batch=batch,
        )  # fmt: skip
        o = must(conn, event_id, employee_id)
        if check_in:
            o, _ = apply_change(conn, o, rules.ACT_STATUS, {"status": rules.HADIR, "status_at": at},
                          actor, at, batch=batch)  # fmt: skip
    return ActionResult(True, person_of(o), f"{o.display_name} ditambahkan dan hadir.", log_id)


# Undo, history and counters live in desk_log (module size); the desk imports them from here.
from ikrar_desktop.services.desk_log import (  # noqa: E402
    Counters,
    HistoryItem,
    UndoPreview,
    UndoResult,
    UnitCounter,
    counters,
    history,
    peek_undo,
    undo_last,
    unit_counter,
)

__all__ = [
    "ALREADY", "AMBIGUOUS", "CHECKED_IN", "NOT_FOUND", "WALK_IN_OFFER", "ActionResult",
    "Counters", "HistoryItem", "Person", "ScanResult", "UndoPreview", "UndoResult",
    "UnitCounter", "add_walk_in", "counters", "history", "lookup", "mark_unit_present",
    "peek_undo", "people", "record_susulan", "scan", "set_status", "toggle_pakta", "toggle_pin",
    "undo_last", "unit_counter",
]  # fmt: skip
