"""The merge report's people: each person in conflict named once, with every desk's actions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.domain.dates import format_time


@dataclass(slots=True)
class PersonConflicts:
    """One person the desks disagree on: who, what each desk recorded, what now holds."""

    employee_id: int
    name: str
    nip: str
    unit: str
    kinds: list[str] = field(default_factory=list)
    desks: dict[str, list[str]] = field(default_factory=dict)
    outcome: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def who(self) -> str:
        return f"{self.name} (NIP {self.nip})" if self.nip else self.name

    def text(self) -> str:
        """One line: the person, each desk's actions, the result and the kinds of conflict."""
        acts = "; ".join(f"{desk}: {', '.join(done)}" for desk, done in self.desks.items())
        labels = ", ".join(dm.CONFLICT_LABELS.get(k, k) for k in self.kinds)
        return f"{self.who} — {acts} → berlaku: {self.outcome} [{labels}]"

    def as_dict(self) -> dict[str, object]:
        return {
            "employee_id": self.employee_id, "name": self.name, "nip": self.nip,
            "unit": self.unit, "kinds": self.kinds, "desks": self.desks,
            "outcome": self.outcome, "details": self.details,
        }  # fmt: skip


def _action(e: dm.Entry) -> str:
    when = format_time(dm.instant(e.at))
    if e.action == rules.ACT_STATUS:
        what = rules.status_label(e.new_value)
    elif e.action == rules.ACT_PAKTA:
        what = "pakta ditandatangani" if e.new_value == "1" else "pakta dibatalkan"
    elif e.action == rules.ACT_PIN:
        what = "PIN diterima" if e.new_value == "1" else "PIN dibatalkan"
    elif e.action == rules.ACT_SUSULAN:
        what = "tanda tangan susulan"
    elif e.action == rules.ACT_UNDO:
        what = "pembatalan"
    else:
        what = rules.ACTION_LABELS.get(e.action, e.action).lower()
    return f"{what} {when}"


def _outcome(row: Sequence[object] | None) -> str:
    if row is None:
        return "tidak ada di daftar (status tidak diubah)"
    status, status_at, signed, where = row
    text = rules.status_label(str(status) if status else None)
    if status_at:
        text += f" {format_time(dm.instant(str(status_at)))}"
    if signed:
        text += ", pakta " + ("susulan" if where == "susulan" else "di acara")
    return text


def people_in_conflict(
    conn: sqlite3.Connection, event_id: int, conflicts: Iterable[dm.Conflict]
) -> list[PersonConflicts]:
    """The conflicts of one event grouped by person (name and NIP once), each with what every
    desk involved recorded about them and the state the merge keeps."""
    from ikrar_desktop.services.desk_returns import entries_of

    by_person: dict[int, list[dm.Conflict]] = {}
    for c in conflicts:
        by_person.setdefault(c.employee_id, []).append(c)
    logs = entries_of(conn, event_id, sorted(by_person))
    out = []
    for person, found in by_person.items():
        who = conn.execute(
            """SELECT coalesce(o.display_name, trim(e.gelar_depan || ' ' || e.nama), '?'),
                      coalesce(o.nip, e.nip, ''), coalesce(o.unit_name, '')
               FROM employees e LEFT JOIN obligations o
                 ON o.employee_id = e.id AND o.event_id = ? WHERE e.id = ?""",
            (event_id, person),
        ).fetchone() or ("?", "", "")
        state = conn.execute(
            "SELECT status, status_at, pakta_signed, pakta_where FROM obligations "
            "WHERE event_id = ? AND employee_id = ?",
            (event_id, person),
        ).fetchone()
        stations = sorted({s for c in found for s in c.stations})
        desks: dict[str, list[str]] = {}
        for e in sorted(logs.get(person, []), key=dm.order_key):
            if e.station in stations and e.action != rules.ACT_EVENT:
                desks.setdefault(e.station or "?", []).append(_action(e))
        out.append(PersonConflicts(
            person, str(who[0]), str(who[1] or ""), str(who[2] or ""),
            sorted({c.kind for c in found}), desks, _outcome(state), [c.detail for c in found],
        ))  # fmt: skip
    return sorted(out, key=lambda p: (p.name.casefold(), p.employee_id))


def merge_people(conn: sqlite3.Connection, reports: Sequence[object]) -> list[PersonConflicts]:
    """Every person in conflict after a merge of several files, each once (a conflict between
    two desks merged together belongs to both files' reports)."""
    per_event: dict[int, dict[tuple[int, str], dm.Conflict]] = {}
    for r in reports:
        event_id = getattr(r, "event_id", None)
        for c in getattr(r, "conflicts", []):
            if event_id is not None:
                per_event.setdefault(int(event_id), {})[(c.employee_id, c.kind)] = c
    out = []
    for event_id, conflicts in per_event.items():
        out += people_in_conflict(conn, event_id, conflicts.values())
    return out
