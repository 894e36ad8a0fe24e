"""Event use cases: create and edit, who is obliged, walk-ins, tidak wajib, open/close/reopen."""

from __future__ import annotations

import getpass
import os
import platform
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import parse_date
from ikrar_desktop.domain.election import default_ikrar_text, default_pakta_points, election_name
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store import events as ev_store
from ikrar_desktop.store.connection import session_of, write
from ikrar_desktop.store.events import Event, Progress, Witness

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


def default_operator(conn: sqlite3.Connection | None = None) -> str:
    """Who works: the account signed in on ``conn`` (GUI or ``--user``), else the OS user."""
    session = session_of(conn) if conn is not None else None
    if session is not None and session.signed_in:
        return session.operator
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        return ""


def default_station() -> str:
    """The PC name: which desk recorded an action (``IKRAR_STATION`` overrides it; a desk-mode
    database sets it to the desk's name when opened)."""
    return os.environ.get("IKRAR_STATION") or platform.node()


@dataclass(slots=True, frozen=True)
class Actor:
    """Who did it (operator) and where (station), stored on every log row."""

    operator: str
    station: str

    @classmethod
    def of(
        cls, operator: str | None, station: str | None, conn: sqlite3.Connection | None = None
    ) -> Actor:
        return cls(
            default_operator(conn) if operator is None else operator,
            default_station() if station is None else station,
        )


def stamp(now: datetime | None = None) -> str:
    """Local time with its UTC offset, to the millisecond."""
    moment = now or datetime.now()
    return moment.astimezone().isoformat(timespec="milliseconds")


@dataclass(slots=True)
class EventDraft:
    """What the Kegiatan form (or ``event add``) proposes."""

    title: str
    date: date | str
    kind: str = "ikrar"
    time: str = ""
    place: str = ""
    leader_name: str = ""
    leader_jabatan: str = ""
    ikrar_text: str | None = None
    pakta_points: Sequence[str] | None = None
    witnesses: list[Witness] = field(default_factory=list)
    election: str = ""  # pemilu, pilkada, psu or a name; the default texts name it


@dataclass(slots=True)
class Scope:
    """Who is obliged: hand-picked ids, or the active employees of some units (all when empty),
    optionally ASN only."""

    unit_ids: Sequence[int] = ()
    asn_only: bool = False
    employee_ids: Sequence[int] | None = None
    officials: Sequence[str] | None = None  # level slugs: the heads of units (services.officials)


@dataclass(slots=True)
class EventSummary:
    event: Event
    progress: Progress

    def as_dict(self) -> dict[str, object]:
        return {
            **self.event.as_dict(),
            "obliged": self.progress.obliged,
            "present": self.progress.present,
            "signed": self.progress.signed,
        }


def _validate(draft: EventDraft) -> dict[str, object]:
    title = clean_text(draft.title, "judul", "Nama kegiatan", field="title")
    if not title:
        raise ValidationError("Nama kegiatan wajib diisi.", field="title")
    when = draft.date if isinstance(draft.date, date) else parse_date(draft.date)
    if when is None:
        raise ValidationError("Tanggal kegiatan wajib diisi.", field="date")
    time_text = draft.time.strip()
    if time_text:
        match = _TIME.match(time_text)
        if not match:
            raise ValidationError(
                f"Jam '{time_text}' tidak dikenali.", hint="Tulis seperti 08:00.", field="time"
            )
        time_text = f"{int(match[1]):02d}:{match[2]}"
    for w in draft.witnesses:
        if not w.name.strip():
            raise ValidationError("Nama saksi wajib diisi.", field="witnesses")
        clean_text(w.name, "nama", "Nama saksi", field="witnesses")
        clean_text(w.jabatan, "jabatan", "Jabatan saksi", field="witnesses")
        clean_text(w.instansi, "unit", "Instansi saksi", field="witnesses")
    clean_text(draft.ikrar_text, "naskah", "Naskah ikrar", field="ikrar_text")
    election = election_name(draft.election)
    return {
        "election": election,
        "kind": rules.parse_kind(draft.kind),
        "title": title,
        "date": when,
        "time": time_text or None,
        "place": clean_text(draft.place, "tempat", "Tempat", field="place"),
        "leader_name": clean_text(draft.leader_name, "nama", "Nama pimpinan", field="leader"),
        "leader_jabatan": clean_text(
            draft.leader_jabatan, "jabatan", "Jabatan pimpinan", field="leader_jabatan"
        ),
        "ikrar_text": (
            default_ikrar_text(election, when.year)
            if draft.ikrar_text is None
            else draft.ikrar_text.strip()
        ),
        "pakta_points": rules.clean_pakta_points(
            default_pakta_points(election, when.year)
            if draft.pakta_points is None
            else draft.pakta_points
        ),
    }


def _state(conn: sqlite3.Connection, event_id: int) -> tuple[str, str]:
    found = ev_store.state(conn, event_id)
    if found is None:
        raise NotFoundError(f"Kegiatan dengan nomor {event_id} tidak ditemukan.")
    return found


def editable(conn: sqlite3.Connection, event_id: int) -> str:
    """The event's state, refusing a closed (read-only) event; call inside the write."""
    status, title = _state(conn, event_id)
    rules.check_editable(status, title)
    return status


def get_event(conn: sqlite3.Connection, event_id: int) -> Event:
    event = ev_store.get_event(conn, event_id)
    if event is None:
        raise NotFoundError(f"Kegiatan dengan nomor {event_id} tidak ditemukan.")
    return event


def summary(conn: sqlite3.Connection, event_id: int) -> EventSummary:
    event = get_event(conn, event_id)
    row = conn.execute(
        """SELECT count(*) FILTER (WHERE obliged), count(*) FILTER (WHERE obliged AND status =
           'hadir'), count(*) FILTER (WHERE obliged AND pakta_signed)
           FROM obligations WHERE event_id = ?""",
        (event_id,),
    ).fetchone()
    return EventSummary(event, Progress(*row))


def list_events(conn: sqlite3.Connection) -> list[EventSummary]:
    """Every event, newest first, with obliged / present / signed."""
    progress = ev_store.progress(conn)
    return [EventSummary(e, progress.get(e.id, Progress())) for e in ev_store.list_events(conn)]


def create_event(
    conn: sqlite3.Connection,
    draft: EventDraft,
    scope: Scope | None = None,
    *,
    now: datetime | None = None,
) -> EventSummary:
    """A new draft event with its obliged people (default: every active employee)."""
    values = _validate(draft)
    scope = scope or Scope()
    at = stamp(now)
    with write(conn):
        picked = None
        if scope.officials is not None:
            from ikrar_desktop.services import officials

            picked = officials.pick(conn, scope.officials)
            officials.require_someone(picked)
            ids = picked.employee_ids
        elif scope.employee_ids is not None:
            ids = list(scope.employee_ids)
            _check_employees(conn, ids)
        else:
            ids = ev_store.employee_ids(conn, scope.unit_ids, asn_only=scope.asn_only)
        event_id = ev_store.insert_event(conn, values, at)
        ev_store.set_witnesses(conn, event_id, draft.witnesses)
        ev_store.snapshot_obligations(conn, event_id, ids, at)
        if picked is not None:
            officials.save(conn, event_id, picked)
    return summary(conn, event_id)


def update_event(conn: sqlite3.Connection, event_id: int, draft: EventDraft) -> Event:
    """Edit the details (not the list of people); refused when the event is closed."""
    values = _validate(draft)
    with write(conn):
        editable(conn, event_id)
        ev_store.update_event(conn, event_id, values, stamp())
        ev_store.set_witnesses(conn, event_id, draft.witnesses)
    return get_event(conn, event_id)


def delete_event(conn: sqlite3.Connection, event_id: int) -> None:
    """Delete a draft made by mistake; anything with recorded attendance is kept."""
    with write(conn):
        status, title = _state(conn, event_id)
        used = conn.execute(
            "SELECT 1 FROM attendance_log WHERE event_id = ? LIMIT 1", (event_id,)
        ).fetchone()
        if status != rules.DRAFT or used:
            raise UserError(
                f"Kegiatan '{title}' sudah punya catatan kehadiran, jadi tidak dapat dihapus.",
                "Tutup kegiatan itu saja.",
            )
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))


def _check_employees(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        known = {
            r[0] for r in conn.execute(f"SELECT id FROM employees WHERE id IN ({marks})", chunk)
        }
        missing = [i for i in chunk if i not in known]
        if missing:
            raise NotFoundError(f"Pegawai dengan id {missing[0]} tidak ditemukan.")


def add_people(
    conn: sqlite3.Connection,
    event_id: int,
    employee_ids: Sequence[int],
    *,
    walk_in: bool = False,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Late additions (or walk-ins) with today's snapshot; returns the ids actually added."""
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    with write(conn):
        editable(conn, event_id)
        _check_employees(conn, employee_ids)
        added = ev_store.snapshot_obligations(conn, event_id, employee_ids, at, walk_in=walk_in)
        batch = att_store.new_id()
        action = rules.ACT_WALK_IN if walk_in else rules.ACT_ADDED
        for emp_id in added:
            att_store.append(
                conn, event_id=event_id, employee_id=emp_id, action=action, old=None, new="1",
                at=at, operator=actor.operator, station=actor.station, batch=batch,
            )  # fmt: skip
    return added


def set_obliged(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    obliged: bool,
    reason: str = "",
    *,
    operator: str | None = None,
    station: str | None = None,
    now: datetime | None = None,
) -> att_store.Obligation:
    """Mark someone *Tidak wajib* (pensiun, mutasi keluar…, reason required) or wajib again."""
    reason = clean_text(reason, "alasan", "Alasan", field="reason").replace("\n", " ")
    if not obliged and not reason:
        raise ValidationError("Alasan 'tidak wajib' wajib diisi.", field="reason")
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    with write(conn):
        editable(conn, event_id)
        current = att_store.get(conn, event_id, employee_id)
        if current is None:
            raise NotFoundError("Pegawai itu tidak ada di daftar kegiatan ini.")
        if current.obliged != obliged or (not obliged and current.not_obliged_reason != reason):
            group = att_store.FIELD_GROUPS[rules.ACT_OBLIGED]
            att_store.append(
                conn, event_id=event_id, employee_id=employee_id, action=rules.ACT_OBLIGED,
                old="1" if current.obliged else "0", new="1" if obliged else "0", at=at,
                operator=actor.operator, station=actor.station, prior=current.fields(group),
                reason=reason,
            )  # fmt: skip
            att_store.update(
                conn, current.id, {"obliged": int(obliged), "not_obliged_reason": reason}
            )
    found = att_store.get(conn, event_id, employee_id)
    assert found is not None
    return found


def _transition(
    conn: sqlite3.Connection,
    event_id: int,
    target: str,
    reason: str,
    operator: str | None,
    station: str | None,
) -> Event:
    actor = Actor.of(operator, station, conn)
    at = stamp()
    clean_text(reason, "alasan", "Alasan", field="reason")
    with write(conn):
        current, _title = _state(conn, event_id)
        rules.check_transition(current, target, reason)
        ev_store.set_state(
            conn, event_id, target, at,
            closed_at=at if target == rules.CLOSED else None,
            reopen_reason=reason.strip() if current == rules.CLOSED else None,
        )  # fmt: skip
        att_store.append(
            conn, event_id=event_id, employee_id=None, action=rules.ACT_EVENT, old=current,
            new=target, at=at, operator=actor.operator, station=actor.station,
            reason=reason.strip(),
        )  # fmt: skip
    return get_event(conn, event_id)


def open_event(
    conn: sqlite3.Connection,
    event_id: int,
    *,
    operator: str | None = None,
    station: str | None = None,
) -> Event:
    return _transition(conn, event_id, rules.OPEN, "", operator, station)


def close_event(
    conn: sqlite3.Connection,
    event_id: int,
    *,
    operator: str | None = None,
    station: str | None = None,
) -> Event:
    """Closed = read-only: every change is refused until it is reopened with a reason."""
    return _transition(conn, event_id, rules.CLOSED, "", operator, station)


def reopen_event(
    conn: sqlite3.Connection,
    event_id: int,
    reason: str,
    *,
    operator: str | None = None,
    station: str | None = None,
) -> Event:
    from ikrar_desktop.services.access import require_admin

    require_admin(conn)  # reopening a closed event is an admin's decision
    return _transition(conn, event_id, rules.OPEN, reason, operator, station)
