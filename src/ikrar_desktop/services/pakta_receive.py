"""Signed pakta sheets coming back: a scanned sheet code records that person's pakta, once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import paktacode
from ikrar_desktop.domain.dates import format_date
from ikrar_desktop.domain.nip import clean_id
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import checkin
from ikrar_desktop.services.desk_log import UndoResult
from ikrar_desktop.services.desk_state import Person, person_of
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store.attendance import Obligation

RECORDED = "recorded"
ALREADY = "already"
REFUSED = "refused"
TONES = {RECORDED: "green", ALREADY: "amber", REFUSED: "red"}
"""What the desk shows: green = recorded now, amber = already on record, red = refused."""
WHERE_LABELS = {"event": "di acara", "susulan": "susulan"}


@dataclass(slots=True)
class Receipt:
    """The answer to one scanned sheet; ``undo_token`` is the log id a desk can undo."""

    code: str
    kind: str
    message: str
    person: Person | None = None
    event_id: int | None = None
    employee_id: int | None = None
    where: str | None = None  # "event" or "susulan" once the pakta is on record
    received_on: date | None = None
    undo_token: str | None = None
    hint: str = ""

    @property
    def tone(self) -> str:
        return TONES[self.kind]

    @property
    def ok(self) -> bool:
        """Recorded now or already: nothing left to do for this sheet."""
        return self.kind != REFUSED

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code, "result": self.kind, "tone": self.tone, "ok": self.ok,
            "message": self.message, "hint": self.hint, "event_id": self.event_id,
            "employee_id": self.employee_id,
            "person": self.person.as_dict() if self.person else None, "where": self.where,
            "received_on": self.received_on.isoformat() if self.received_on else None,
            "undo_token": self.undo_token,
        }  # fmt: skip


def _event_row(conn: sqlite3.Connection, event_id: int) -> tuple[str, str, date] | None:
    row = conn.execute(
        "SELECT status, title, date FROM events WHERE id = ?", (event_id,)
    ).fetchone()
    return (str(row[0]), str(row[1]), date.fromisoformat(str(row[2]))) if row else None


def _obligation(conn: sqlite3.Connection, event_id: int, employee_id: int) -> Obligation | None:
    """The person's row as the checks before the write see it (the write re-reads it)."""
    return att_store.get(conn, event_id, employee_id)


def _where_text(o: Obligation) -> str:
    if o.pakta_where == "susulan" and o.susulan_date:
        return f"susulan, {format_date(date.fromisoformat(o.susulan_date))}"
    return WHERE_LABELS.get(o.pakta_where or "", "")


def _target(conn: sqlite3.Connection, event_id: int | None, code: str) -> tuple[int, int] | Receipt:
    """(event, employee) named by the code, or the refusal to give back."""
    parsed = paktacode.parse(code)
    if parsed is None:
        digits = clean_id(code.strip())
        if event_id is not None and digits.isdigit() and len(digits) in (16, 18):
            found = checkin.lookup(conn, event_id, digits)  # a sheet whose QR will not scan
            if found.on_list:
                return event_id, found.on_list[0]
            if found.off_list:
                return event_id, found.off_list[0]
            return Receipt(code, REFUSED, f"NIP/NIK {digits} tidak ada di daftar pegawai.",
                           event_id=event_id)  # fmt: skip
        what = "Kode lembar pakta rusak atau terpotong" if paktacode.looks_like_pakta(code) else (
            f"'{code.strip() or '(kosong)'}' bukan kode lembar pakta")  # fmt: skip
        return Receipt(
            code, REFUSED, f"{what}; tidak ada yang dicatat.", event_id=event_id,
            hint="Pindai QR di pojok kiri bawah lembar pakta, atau ketik kode lembarnya "
            "(mis. P-3-45) atau NIP pegawai.",
        )  # fmt: skip
    sheet_event, employee_id = parsed
    if event_id is not None and sheet_event != event_id:
        other = _event_row(conn, sheet_event)
        name = f"'{other[1]}'" if other else "yang tidak ada di database ini"
        return Receipt(
            code, REFUSED,
            f"Lembar ini milik kegiatan lain (#{sheet_event} {name}); tidak dicatat.",
            event_id=event_id, employee_id=employee_id,
            hint="Pilih kegiatan yang benar, atau pisahkan lembar itu.",
        )  # fmt: skip
    return sheet_event, employee_id


def receive(
    conn: sqlite3.Connection,
    event_id: int | None,
    code: str,
    *,
    on: date | None = None,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Record the pakta of the sheet's person as signed, committed before this returns.

    ``event_id`` is the event being received for (None: the one the code names); ``on`` the
    day the sheet came back (default: today). A sheet of someone checked in, received by the
    event day, counts as signed at the event; any other as susulan on the receiving day.
    Refusals (another event, unknown code, not obliged, closed event) record nothing.
    """
    moment = now or datetime.now()
    day = on or moment.date()
    if day > moment.date():
        raise ValidationError(
            f"Tanggal terima {format_date(day)} belum terjadi.", field="date",
            hint="Tanggal terima lembar tidak boleh sesudah hari ini.",
        )  # fmt: skip
    target = _target(conn, event_id, code)
    if isinstance(target, Receipt):
        return target
    ev, employee_id = target
    event = _event_row(conn, ev)
    if event is None:
        return Receipt(code, REFUSED, f"Kode lembar menunjuk kegiatan #{ev} yang tidak ada; "
                       "tidak dicatat.", event_id=ev, employee_id=employee_id)  # fmt: skip
    status, title, event_day = event
    o = _obligation(conn, ev, employee_id)

    def answer(kind: str, message: str, **extra: Any) -> Receipt:
        return Receipt(code, kind, message, event_id=ev, employee_id=employee_id, **extra)

    if o is None:
        name = conn.execute(
            "SELECT trim(gelar_depan || ' ' || nama) FROM employees WHERE id = ?", (employee_id,)
        ).fetchone()
        return answer(REFUSED, (
            f"{name[0]} tidak ada di daftar wajib kegiatan '{title}'; lembarnya tidak dicatat."
            if name
            else f"Kode lembar tidak dikenal: pegawai #{employee_id} tidak ada di database ini."
        ))  # fmt: skip
    person = person_of(o)
    if not o.obliged:
        why = f" ({o.not_obliged_reason})" if o.not_obliged_reason else ""
        return answer(REFUSED, f"{o.display_name} tidak wajib pada kegiatan ini{why}; "
                      "lembarnya tidak dicatat.", person=person)  # fmt: skip
    if o.pakta_signed:
        return answer(ALREADY, f"{o.display_name}: pakta sudah tercatat ({_where_text(o)}).",
                      person=person, where=o.pakta_where)  # fmt: skip
    if status == rules.CLOSED:
        return answer(
            REFUSED,
            f"Kegiatan '{title}' sudah ditutup; lembar tidak dicatat.",
            person=person,
            hint="Buka kembali kegiatan itu (dengan alasan) bila memang perlu.",
        )
    try:
        if day <= event_day and o.status == rules.HADIR:
            done = checkin.toggle_pakta(conn, ev, employee_id, True, operator=operator,
                                        station=station, now=now)  # fmt: skip
        else:
            place = f"Lembar kembali dari {o.unit_name}" if o.unit_name else "Lembar kembali"
            done = checkin.record_susulan(conn, ev, employee_id, day, place, keep_signed=True,
                                          operator=operator, station=station, now=now)  # fmt: skip
    except UserError as err:
        return answer(REFUSED, err.message, person=person, hint=err.hint)
    after = done.person
    if not done.changed:
        return answer(ALREADY, f"{o.display_name}: pakta sudah tercatat.", person=after,
                      where=after.pakta_where)  # fmt: skip
    text = (
        f"{o.display_name} — pakta tercatat, ditandatangani di acara."
        if after.pakta_where == "event"
        else f"{o.display_name} — pakta susulan tercatat, lembar diterima {format_date(day)}."
    )
    return answer(RECORDED, text, person=after, where=after.pakta_where, received_on=day,
                  undo_token=done.log_id)  # fmt: skip


def receive_many(
    conn: sqlite3.Connection,
    event_id: int | None,
    codes: Iterable[str],
    *,
    on: date | None = None,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> list[Receipt]:
    """Each sheet in its own transaction: a refused code leaves the valid others recorded."""
    return [
        receive(conn, event_id, c, on=on, operator=operator, station=station, now=now)
        for c in codes
    ]


def undo_receipt(
    conn: sqlite3.Connection,
    event_id: int,
    token: str,
    *,
    station: str | None = None,
    reason: str | None = None,
    operator: str | None = None,
    now: datetime | None = None,
) -> UndoResult:
    """Undo a receipt through the desk's own undo (Ctrl+Z): only while it is this station's
    last action; older than a minute needs a reason, and the undo is logged like any other."""
    preview = checkin.peek_undo(conn, event_id, station=station, now=now)
    if preview is None or all(e.id != token for e in preview.entries):
        raise UserError(
            "Penerimaan lembar itu bukan tindakan terakhir di meja ini, jadi tidak dibatalkan.",
            "Batalkan dulu tindakan yang lebih baru, atau ubah langsung catatan orang itu.",
        )
    return checkin.undo_last(conn, event_id, station=station, reason=reason, operator=operator,
                             now=now)  # fmt: skip
