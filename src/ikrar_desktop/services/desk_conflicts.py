"""The clerk's decisions on desk conflicts, and what the live merge screen shows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.events import Actor, get_event, stamp
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.connection import write


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
    stays the whole truth), then the conflict is closed as resolved."""
    from ikrar_desktop.services.checkin import set_status

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
    with write(conn):
        desk_store.set_conflict_state(
            conn, conflict_id, "resolved", stamp(now), actor.operator,
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
