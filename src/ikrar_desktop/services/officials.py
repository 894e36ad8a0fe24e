"""The officials' ceremony: the unit heads at chosen levels, picked from the Unit Kerja data."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from ikrar_desktop.domain.officials import level_of, level_rank, parse_levels
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.signers import head_title, is_setda_name
from ikrar_desktop.store import officials as store
from ikrar_desktop.store.officials import OfficialRow

_UNITS_SQL = """SELECT u.id, u.name, u.kind, u.parent_id, u.head_id, u.head_acting,
       coalesce(e.active, 0)
FROM units u LEFT JOIN employees e ON e.id = u.head_id"""


@dataclass(slots=True)
class Picked:
    """Who the chosen levels oblige, and the units at those levels still without a head."""

    levels: tuple[str, ...]
    rows: list[OfficialRow]
    headless: list[str] = field(default_factory=list)  # unit names
    inactive: list[str] = field(default_factory=list)  # units whose head is no longer active

    @property
    def employee_ids(self) -> list[int]:
        return [r.employee_id for r in self.rows]


def unit_levels(conn: sqlite3.Connection) -> dict[int, str]:
    """The level of every unit's head (whether or not a head is set)."""
    units = conn.execute("SELECT id, name, kind, parent_id FROM units").fetchall()
    setdas = {uid for uid, name, _k, _p in units if is_setda_name(name)}
    return {
        uid: level_of(name, kind, under_setda_or_top=parent is None or parent in setdas
                      or uid in setdas)
        for uid, name, kind, parent in units
    }  # fmt: skip


def pick(conn: sqlite3.Connection, levels: Sequence[str] = ()) -> Picked:
    """The active heads of the units at ``levels`` (slugs; none = the defaults), each person
    once (a head of two units, e.g. a Plt., gets both titles), the Sekda first, then by level
    and unit name."""
    chosen = parse_levels(levels)
    level_by_unit = unit_levels(conn)
    found: dict[int, list[tuple[tuple[int, int, str], str, int, str, str]]] = {}
    headless: list[str] = []
    inactive: list[str] = []
    for uid, name, kind, _parent, head_id, acting, active in conn.execute(_UNITS_SQL):
        level = level_by_unit[uid]
        if level not in chosen:
            continue
        if head_id is None or not active:
            (headless if head_id is None else inactive).append(name)
            continue
        title = head_title(name, kind)
        title = f"{acting} {title}" if acting else title
        key = (level_rank(level), 0 if is_setda_name(name) else 1, fold_unit(name))
        found.setdefault(head_id, []).append((key, level, uid, name, title))
    heads = sorted((sorted(posts), emp_id) for emp_id, posts in found.items())
    rows = [
        OfficialRow(emp_id, n, posts[0][1], posts[0][2], posts[0][3],
                    " / ".join(p[4] for p in posts))
        for n, (posts, emp_id) in enumerate(heads, 1)
    ]  # fmt: skip
    return Picked(chosen, rows, sorted(headless, key=fold_unit), sorted(inactive, key=fold_unit))


def require_someone(picked: Picked) -> None:
    if not picked.rows:
        raise UserError(
            "Belum ada kepala unit pada tingkat yang dipilih, jadi tidak ada pejabat yang wajib.",
            "Tetapkan kepala unit di halaman Unit Kerja (atau: ikrar-desktop unit set UNIT "
            "--head NIP), lalu buat kegiatan lagi.",
        )


def save(conn: sqlite3.Connection, event_id: int, picked: Picked) -> None:
    """Store the scope with the event; call inside the write that creates it."""
    store.save(conn, event_id, picked.levels, picked.rows)


def officials_of(conn: sqlite3.Connection, event_id: int) -> list[OfficialRow]:
    """The heads picked for an event when it was made (empty for other events)."""
    return store.rows(conn, event_id)


def levels_of(conn: sqlite3.Connection, event_id: int) -> list[str] | None:
    return store.levels(conn, event_id)
