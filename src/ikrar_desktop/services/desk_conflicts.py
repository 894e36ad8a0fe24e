"""Desk conflict records kept in step with the log, the clerk's decisions on them, and what
the live merge screen shows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.events import Actor, get_event, stamp
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.connection import write

DECIDED = {"confirmed": "dikonfirmasi", "resolved": "diputuskan"}


def _record(c: dm.Conflict) -> dict[str, object]:
    """What a conflict record says, as stored: a function of the person's whole log."""
    return {
        "log_ids": json.dumps(sorted(c.log_ids)), "stations": json.dumps(c.stations),
        "kept_id": c.kept_id, "detail": c.detail,
    }  # fmt: skip


def _reopened(old: dict[str, object]) -> str:
    """The note on a decided conflict that a later merge changed: what was decided, on what."""
    by = f" oleh {old['decided_by']}" if old["decided_by"] else ""
    said = f" ({old['decision']})" if old["decision"] else ""
    return (
        f"Dibuka lagi: catatan yang masuk kemudian mengubah konflik ini. Sebelumnya "
        f"{DECIDED[str(old['state'])]}{by}{said} untuk: {old['detail']}"
    )


def store_conflicts(
    conn: sqlite3.Connection,
    event_id: int,
    employee_ids: Sequence[int],
    found: Iterable[dm.Conflict],
    at: str,
) -> None:
    """Within the caller's write: make these people's conflict records say what ``found`` (from
    their whole log) says. One record per person and kind keeps its number; an unchanged one
    keeps the clerk's decision; a decided one whose rows, winner or text changed is reopened
    with a note of the earlier decision; one that no longer holds becomes obsolete."""
    before = desk_store.conflicts_of(conn, event_id, employee_ids)
    now_keys = set()
    for c in found:
        key = (c.employee_id, c.kind)
        now_keys.add(key)
        old = before.get(key)
        record = _record(c)
        if (
            old is not None
            and old["state"] != "obsolete"
            and all(old[k] == v for k, v in record.items())
        ):
            continue
        note = ""  # a new or revived conflict; an open one keeps its note of being reopened
        if old is not None and str(old["state"]) in DECIDED:
            note = _reopened(old)
        elif old is not None and old["state"] == "open":
            note = str(old["decision"])
        desk_store.upsert_conflict(conn, {
            "event_id": event_id, "employee_id": c.employee_id, "kind": c.kind, **record,
            "found_at": at, "updated_at": at,
            "decision": note,
        })  # fmt: skip
    for key, old in before.items():
        if key not in now_keys and old["state"] != "obsolete":
            desk_store.set_conflict_state(
                conn, int(str(old["id"])), "obsolete", at, "", "tidak berlaku lagi"
            )


def confirm_conflict(
    conn: sqlite3.Connection, conflict_id: int, *, operator: str | None = None,
    now: datetime | None = None,
) -> None:  # fmt: skip
    """The clerk accepts what the merge kept (first arrival / latest status)."""
    actor = Actor.of(operator, None, conn)
    with write(conn):
        found = desk_store.get_conflict(conn, conflict_id)
        if found is None:
            raise UserError(f"Konflik nomor {conflict_id} tidak ditemukan.")
        desk_store.set_conflict_state(
            conn, conflict_id, "confirmed", stamp(now), actor.operator, "hasil gabungan diterima"
        )


def resolve_conflict(
    conn: sqlite3.Connection, conflict_id: int, status: str, *, operator: str | None = None,
    station: str | None = None, now: datetime | None = None,
) -> None:  # fmt: skip
    """The clerk decides another status: recorded as a normal action on this PC (so the log
    stays the whole truth), the person's conflict records refreshed from that log (so a later
    merge that brings nothing new keeps the decision), then the conflict closed as resolved."""
    from ikrar_desktop.services.checkin import set_status
    from ikrar_desktop.services.desk_returns import recompute

    found = desk_store.get_conflict(conn, conflict_id)
    if found is None:
        raise UserError(f"Konflik nomor {conflict_id} tidak ditemukan.")
    slug = rules.parse_status(status)
    set_status(
        conn, int(str(found["event_id"])), int(str(found["employee_id"])), slug,
        reason=f"Keputusan konflik meja nomor {conflict_id}", operator=operator, station=station,
        now=now,
    )  # fmt: skip
    actor = Actor.of(operator, station, conn)
    at = stamp(now)
    event_id, employee_id = int(str(found["event_id"])), int(str(found["employee_id"]))
    with write(conn):
        recompute(conn, event_id, [employee_id], at)
        desk_store.set_conflict_state(
            conn, conflict_id, "resolved", at, actor.operator,
            f"diputuskan: {rules.status_label(slug)}",
        )  # fmt: skip


@dataclass(slots=True)
class Overview:
    """What the live merge screen shows for one event."""

    event_id: int
    title: str
    desks: list[desk_store.DeskPackage]
    merges: list[dict[str, object]]
    conflicts: list[dict[str, object]]

    @property
    def open_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if c["state"] == "open")


def overview(conn: sqlite3.Connection, event_id: int) -> Overview:
    event = get_event(conn, event_id)
    return Overview(
        event_id, event.title, desk_store.packages(conn, event_id),
        desk_store.merges(conn, event_id), desk_store.list_conflicts(conn, event_id),
    )  # fmt: skip
