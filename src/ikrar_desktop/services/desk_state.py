"""Shared desk state: the person shown, action results and the one logged-write helper."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.errors import NotFoundError
from ikrar_desktop.services.events import Actor, editable, stamp
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store import events as ev_store
from ikrar_desktop.store.attendance import Obligation
from ikrar_desktop.store.connection import write


@dataclass(slots=True, frozen=True)
class Person:
    """One person as the desk shows them (snapshot values when on the event's list)."""

    employee_id: int
    name: str
    nip: str | None
    nik: str | None
    unit: str
    jabatan: str
    on_list: bool
    obliged: bool = True
    walk_in: bool = False
    status: str | None = None
    status_at: str | None = None
    pakta_signed: bool = False
    pakta_where: str | None = None
    pin: bool = False

    @property
    def status_label(self) -> str:
        if self.on_list and not self.obliged:
            return rules.STATE_LABELS[rules.TIDAK_WAJIB]
        return rules.status_label(self.status)

    def as_dict(self) -> dict[str, object]:
        return {
            "employee_id": self.employee_id, "name": self.name, "nip": self.nip,
            "unit": self.unit, "jabatan": self.jabatan, "on_list": self.on_list,
            "obliged": self.obliged, "walk_in": self.walk_in, "status": self.status,
            "status_at": self.status_at, "pakta_signed": self.pakta_signed,
            "pakta_where": self.pakta_where, "pin": self.pin,
        }  # fmt: skip


def person_of(o: Obligation) -> Person:
    return Person(
        o.employee_id, o.display_name, o.nip, o.nik, o.unit_name, o.jabatan, True,
        bool(o.obliged), bool(o.walk_in), o.status, o.status_at, bool(o.pakta_signed),
        o.pakta_where, bool(o.pin),
    )  # fmt: skip


@dataclass(slots=True)
class ActionResult:
    changed: bool
    person: Person
    message: str
    log_id: str | None = None


def begin_action(conn: sqlite3.Connection, event_id: int, actor: Actor, at: str) -> None:
    """Inside the write: refuse a closed event; the first action on a draft opens it."""
    if editable(conn, event_id) == rules.DRAFT:
        ev_store.set_state(conn, event_id, rules.OPEN, at)
        att_store.append(
            conn, event_id=event_id, employee_id=None, action=rules.ACT_EVENT, old=rules.DRAFT,
            new=rules.OPEN, at=at, operator=actor.operator, station=actor.station,
        )  # fmt: skip


@contextmanager
def acting_on(
    conn: sqlite3.Connection,
    event_id: int,
    employee_id: int,
    operator: str | None,
    station: str | None,
    now: datetime | None,
) -> Iterator[tuple[Actor, str, Obligation]]:
    """One desk action on one person: who and when, the write transaction, the event opened
    when this is its first action, and the person's row as it is now."""
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    with write(conn):
        begin_action(conn, event_id, actor, at)
        yield actor, at, must(conn, event_id, employee_id)


def must(conn: sqlite3.Connection, event_id: int, employee_id: int) -> Obligation:
    found = att_store.get(conn, event_id, employee_id)
    if found is None:
        raise NotFoundError(
            "Pegawai itu tidak ada di daftar kegiatan ini.",
            "Tambahkan dulu sebagai peserta tambahan.",
        )
    return found


def primary(action: str, o: Obligation) -> str | None:
    """The one value an action of this kind sets (logged as old → new, checked by undo)."""
    if action == rules.ACT_STATUS:
        return o.status
    if action == rules.ACT_PAKTA:
        return "1" if o.pakta_signed else "0"
    if action == rules.ACT_SUSULAN:
        if o.pakta_where != "susulan":
            return None
        return f"{o.susulan_date} {o.susulan_place}".strip()
    if action == rules.ACT_PIN:
        return "1" if o.pin else "0"
    return "1" if o.obliged else "0"


def apply_change(
    conn: sqlite3.Connection,
    o: Obligation,
    action: str,
    values: dict[str, object],
    actor: Actor,
    at: str,
    *,
    batch: str | None = None,
    reason: str = "",
) -> tuple[Obligation, str | None]:
    """Log one change and store the new state in the caller's transaction."""
    group = att_store.FIELD_GROUPS[action]
    prior = o.fields(group)
    after = Obligation(**{**{k: getattr(o, k) for k in att_store.OBL_COLUMNS}, **values})
    old, new = primary(action, o), primary(action, after)
    if old == new and all(prior[k] == getattr(after, k) for k in group):
        return o, None
    log_id = att_store.append(
        conn, event_id=o.event_id, employee_id=o.employee_id, action=action, old=old, new=new,
        at=at, operator=actor.operator, station=actor.station, batch=batch, prior=prior,
        reason=reason,
    )  # fmt: skip
    att_store.update(conn, o.id, {k: values[k] for k in values})
    return after, log_id


@dataclass(slots=True, frozen=True)
class Inactive:
    """A deactivated employee as the desk names them: the reason and the day it was recorded."""

    reason: str
    since: str  # ISO date of the record's last change (its deactivation), "" when unknown


def inactive_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Inactive]:
    """Which of these employees are deactivated in the registry (a read, no transaction)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT id, inactive_reason, updated_at FROM employees"
        f" WHERE active = 0 AND id IN ({marks})",
        ids,
    ).fetchall()
    return {int(r[0]): Inactive(str(r[1] or ""), str(r[2] or "")[:10]) for r in rows}
