"""Pure rules for several desks: state from a log, conflicts between desks, the clock check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_time

# Conflict kinds (desk_conflicts.kind) and their labels for the clerk.
DUA_MEJA = "dua-meja"
STATUS_BEDA = "status-beda"
BATAL_SILANG = "batal-silang"
TIDAK_DI_DAFTAR = "tidak-di-daftar"
CONFLICT_LABELS: dict[str, str] = {
    DUA_MEJA: "Hadir di dua meja",
    STATUS_BEDA: "Status berbeda antarmeja",
    BATAL_SILANG: "Pembatalan lintas meja",
    TIDAK_DI_DAFTAR: "Tidak ada di daftar kegiatan",
}
DEFAULT_CLOCK_TOLERANCE = timedelta(minutes=5)

# The obligation columns a log can change, with their values before any action.
INITIAL: dict[str, object] = {
    "status": None, "status_at": None, "pakta_signed": 0, "pakta_at": None,
    "pakta_where": None, "susulan_date": None, "susulan_place": "", "pin": 0, "pin_at": None,
    "obliged": 1, "not_obliged_reason": "",
}  # fmt: skip
STATE_COLUMNS: tuple[str, ...] = tuple(INITIAL)
_GROUP = {
    rules.ACT_STATUS: "status", rules.ACT_PAKTA: "pakta", rules.ACT_SUSULAN: "pakta",
    rules.ACT_PIN: "pin", rules.ACT_OBLIGED: "obliged",
}  # fmt: skip


@dataclass(slots=True, frozen=True)
class Entry:
    """The part of a log row that decides state and conflicts."""

    id: str
    employee_id: int | None
    action: str
    new_value: str | None
    at: str
    station: str = ""
    undoes: str | None = None
    reason: str = ""


def instant(at: str) -> datetime:
    """A stored time as an aware datetime (naive times are read as local time)."""
    moment = datetime.fromisoformat(at)
    return moment if moment.tzinfo else moment.astimezone()


def order_key(entry: Entry) -> tuple[datetime, str]:
    """Time, then id: one total order whatever order the rows arrived in."""
    return instant(entry.at), entry.id


def _values(entry: Entry, current: Mapping[str, object]) -> dict[str, object]:
    """The columns one action sets, or {} when it would change nothing (as the desk decides)."""
    new, at = entry.new_value, entry.at
    if entry.action == rules.ACT_STATUS:
        # the same status again keeps the first time: the first arrival counts
        return {} if current["status"] == new else {"status": new, "status_at": at}
    if entry.action == rules.ACT_PAKTA:
        signed = new == "1"
        if bool(current["pakta_signed"]) == signed:
            return {}
        if signed:
            return {"pakta_signed": 1, "pakta_at": at, "pakta_where": "event"}
        return {"pakta_signed": 0, "pakta_at": None, "pakta_where": None}
    if entry.action == rules.ACT_PIN:
        on = new == "1"
        if bool(current["pin"]) == on:
            return {}
        return {"pin": int(on), "pin_at": at if on else None}
    if entry.action == rules.ACT_SUSULAN:
        day, _, place = (new or "").partition(" ")
        return {
            "pakta_signed": 1, "pakta_at": at, "pakta_where": "susulan",
            "susulan_date": day or None, "susulan_place": place,
        }  # fmt: skip
    if entry.action == rules.ACT_OBLIGED:
        obliged = new == "1"
        if bool(current["obliged"]) == obliged and (obliged or current["not_obliged_reason"]
                                                    == entry.reason):  # fmt: skip
            return {}
        return {"obliged": int(obliged), "not_obliged_reason": entry.reason}
    return {}


def live(entries: Iterable[Entry]) -> list[Entry]:
    """Entries that change state, in order: undos cancel the action they name, wherever it
    was recorded and whenever the undo arrives."""
    rows = list(entries)
    undone = {e.undoes for e in rows if e.action == rules.ACT_UNDO and e.undoes}
    kept = [e for e in rows if e.action in _GROUP and e.id not in undone]
    return sorted(kept, key=order_key)


def fold(entries: Iterable[Entry], start: Mapping[str, object] | None = None) -> dict[str, object]:
    """One person's state after these actions, from ``start`` (the defaults when omitted),
    always a possible state (see :func:`settle`)."""
    state = dict(INITIAL if start is None else start)
    present_at: object = None  # when the person was present for the pakta signed at the event
    for entry in live(entries):
        changed = _values(entry, state)
        state.update(changed)
        if entry.action == rules.ACT_PAKTA and changed.get("pakta_signed") == 1:
            present_at = state["status_at"] if state["status"] == rules.HADIR else entry.at
    return settle(state, present_at)


def problems(state: Mapping[str, object]) -> list[str]:
    """Why a person's state could not have come from the desk's own rules (empty: possible)."""
    found = []
    if state.get("pakta_signed") and state.get("pakta_where") == "event":
        if state.get("status") != rules.HADIR:
            found.append("pakta ditandatangani di acara tetapi statusnya bukan hadir")
    elif state.get("pakta_signed") and state.get("pakta_where") != "susulan":
        found.append("pakta ditandatangani tanpa tempat")
    if not state.get("pakta_signed") and (state.get("pakta_at") or state.get("pakta_where")):
        found.append("waktu atau tempat pakta tanpa pakta")
    if bool(state.get("status")) != bool(state.get("status_at")):
        found.append("status tanpa waktu, atau waktu tanpa status")
    if bool(state.get("pin")) != bool(state.get("pin_at")):
        found.append("PIN tanpa waktu, atau waktu tanpa PIN")
    return found


def settle(state: dict[str, object], present_at: object = None) -> dict[str, object]:
    """The merge rule that keeps every state possible: a pakta signed at the event is proof of
    presence, so Hadir wins over any other status (or none) a desk recorded; the status at the
    time of the signing is kept (the losing status stays in the conflict record)."""
    if state["pakta_signed"] and state["pakta_where"] == "event" and state["status"] != rules.HADIR:
        state["status"] = rules.HADIR
        state["status_at"] = present_at or state["pakta_at"]
    return state


def state_from_log(entries: Iterable[Entry]) -> dict[int, dict[str, object]]:
    """The obligation columns of every person the log names, from the log alone.

    Union of log rows in any order, any number of times, gives the same result: rows are
    ordered by (time, id), an undo cancels its target, and an action repeating the current
    value changes nothing (so two desks' Hadir keep the earlier time)."""
    by_person: dict[int, list[Entry]] = {}
    for e in {e.id: e for e in entries}.values():
        if e.employee_id is not None:
            by_person.setdefault(e.employee_id, []).append(e)
    return {person: fold(rows) for person, rows in by_person.items()}


@dataclass(slots=True)
class Conflict:
    """Something two desks disagree on, for the clerk to confirm (never silently resolved)."""

    kind: str
    employee_id: int
    log_ids: list[str]
    stations: list[str]
    kept_id: str | None
    detail: str

    @property
    def label(self) -> str:
        return CONFLICT_LABELS.get(self.kind, self.kind)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind, "label": self.label, "employee_id": self.employee_id,
            "log_ids": self.log_ids, "stations": self.stations, "kept_id": self.kept_id,
            "detail": self.detail,
        }  # fmt: skip


def _where(e: Entry) -> str:
    return f"{e.station or '?'} pukul {format_time(instant(e.at))}"


def person_conflicts(employee_id: int, entries: Sequence[Entry]) -> list[Conflict]:
    """Disagreements between stations about one person: Hadir at two desks while Hadir held
    (the first kept), different statuses (the latest kept, or Hadir by a pakta at the event),
    and an undo of something another desk recorded."""
    unique = list({e.id: e for e in entries}.values())
    by_id = {e.id: e for e in unique}
    statuses = [e for e in live(unique) if e.action == rules.ACT_STATUS]
    out: list[Conflict] = []
    runs = _hadir_runs(statuses)
    if runs:
        present = [e for run in runs for e in run]
        out.append(Conflict(
            DUA_MEJA, employee_id, [e.id for e in present], sorted({e.station for e in present}),
            runs[-1][0].id, "; ".join(
                f"Tercatat hadir di {_where(run[0])} dan juga di "
                f"{', '.join(_where(e) for e in run[1:])}; yang dipakai kedatangan pertama di "
                f"{_where(run[0])}" for run in runs
            ) + ".",
        ))  # fmt: skip
    values = {e.new_value for e in statuses}
    if len(values) > 1 and len({e.station for e in statuses}) > 1:
        out.append(_status_conflict(employee_id, unique, statuses))
    undos = sorted((e for e in unique if e.action == rules.ACT_UNDO and e.undoes), key=order_key)
    crossing: list[tuple[Entry, Entry]] = []
    for undo in undos:
        target = by_id.get(undo.undoes or "")
        if target is None:
            continue
        group = _GROUP.get(target.action)
        also = [
            e for e in live(unique)
            if _GROUP.get(e.action) == group and e.station != undo.station
            and e.new_value == target.new_value
        ]  # fmt: skip
        if target.station != undo.station or also:
            crossing.append((undo, target))
    if crossing:
        ids = [i for u, t in crossing for i in (u.id, t.id)]
        parts = []
        for undo, target in crossing:
            what = rules.ACTION_LABELS.get(target.action, target.action).lower()
            parts.append(
                f"{undo.station or '?'} membatalkan {what} ({target.new_value or '-'}) yang "
                f"dicatat di {_where(target)}"
            )
        out.append(Conflict(
            BATAL_SILANG, employee_id, ids, sorted({e.station for u, t in crossing
                                                    for e in (u, t)}),
            None, "; ".join(parts) + ". Periksa apakah pembatalan itu memang dimaksud.",
        ))  # fmt: skip
    return out


def _hadir_runs(statuses: list[Entry]) -> list[list[Entry]]:
    """Hadir recorded again at another station while Hadir already held: each run is the
    arrival in force (kept, see :func:`fold`) and the later ones that changed nothing. A Hadir
    after another status is a change, not a second arrival (a ``status-beda`` lists it)."""
    runs: list[list[Entry]] = []
    for e in statuses:
        if e.new_value != rules.HADIR:
            runs.append([])
        elif runs and runs[-1] and runs[-1][0].new_value == rules.HADIR:
            runs[-1].append(e)
        else:
            runs.append([e])
    return [r for r in runs if len({e.station for e in r}) > 1]


def _status_conflict(employee_id: int, unique: list[Entry], statuses: list[Entry]) -> Conflict:
    """Different statuses: the latest wins, unless a pakta signed at the event makes it Hadir
    (then the other statuses stay here, in the conflict record)."""
    last = statuses[-1]
    listed = "; ".join(f"{rules.status_label(e.new_value)} di {_where(e)}" for e in statuses)
    state = fold(unique)
    ids, stations = [e.id for e in statuses], sorted({e.station for e in statuses})
    if state["status"] == last.new_value:
        return Conflict(STATUS_BEDA, employee_id, ids, stations, last.id,
                        f"{listed}. Yang berlaku yang terakhir: "
                        f"{rules.status_label(last.new_value)}.")  # fmt: skip
    signed = [e for e in live(unique) if e.action == rules.ACT_PAKTA and e.new_value == "1"]
    pakta = signed[-1] if signed else last
    kept = next((e for e in statuses if e.new_value == rules.HADIR and e.at == state["status_at"]),
                pakta)  # fmt: skip
    others = ", ".join(sorted({rules.status_label(e.new_value) for e in statuses
                               if e.new_value != rules.HADIR}))  # fmt: skip
    return Conflict(
        STATUS_BEDA, employee_id, ids, stations, kept.id,
        f"{listed}. Yang berlaku: Hadir, karena pakta sudah ditandatangani di acara "
        f"({_where(pakta)}); {others} tetap tercatat di sini untuk diperiksa.",
    )  # fmt: skip


@dataclass(slots=True, frozen=True)
class ClockCheck:
    """How far the desk clock may be from the main PC's, bounded from both trips of the
    flash drive: desk time minus main time lies within [low, high]."""

    low: timedelta
    high: timedelta
    tolerance: timedelta = DEFAULT_CLOCK_TOLERANCE
    naive: timedelta = field(default=timedelta(0))

    @property
    def flagged(self) -> bool:
        return self.low > self.tolerance or self.high < -self.tolerance

    @property
    def suggested_shift(self) -> timedelta:
        """The shift that brings the desk's times onto the main clock (zero when in bounds)."""
        if self.low > self.tolerance:
            return -self.low
        if self.high < -self.tolerance:
            return -self.high
        return timedelta(0)

    def message(self, desk: str) -> str:
        if not self.flagged:
            return f"Jam {desk} sesuai dengan PC utama."
        minutes = round(-self.suggested_shift.total_seconds() / 60)
        way = "lebih cepat" if minutes > 0 else "lebih lambat"
        return (
            f"Jam {desk} {way} sekitar {abs(minutes)} menit dari jam PC utama; waktu "
            "tindakannya dapat digeser saat digabung."
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "low_seconds": round(self.low.total_seconds()),
            "high_seconds": round(self.high.total_seconds()),
            "difference_seconds": round(self.naive.total_seconds()),
            "tolerance_seconds": round(self.tolerance.total_seconds()),
            "flagged": self.flagged,
            "suggested_shift_seconds": round(self.suggested_shift.total_seconds()),
        }


def clock_check(
    main_exported: datetime,
    desk_imported: datetime,
    desk_exported: datetime,
    main_merged: datetime,
    tolerance: timedelta = DEFAULT_CLOCK_TOLERANCE,
) -> ClockCheck:
    """Both trips only add delay, so desk_imported − main_exported is an upper bound of the
    desk's offset and desk_exported − main_merged a lower one; a long trip widens the range
    but never flags a correct clock."""
    low = desk_exported - main_merged
    high = max(desk_imported - main_exported, low)
    return ClockCheck(low, high, tolerance, desk_exported - main_merged)


def shift_time(at: str, shift: timedelta) -> str:
    """A stored time moved by ``shift``, in the same format (milliseconds, offset)."""
    if not shift:
        return at
    return (instant(at) + shift).isoformat(timespec="milliseconds")
