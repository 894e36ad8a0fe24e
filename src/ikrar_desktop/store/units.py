"""Units (unit kerja / OPD): rows, counts, rename and merge."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ikrar_desktop.domain.names import display_name
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.store.clock import now_iso


@dataclass(slots=True)
class Unit:
    id: int
    name: str
    kind: str | None
    parent_id: int | None
    code: str | None
    employees: int = 0
    active_employees: int = 0
    head_id: int | None = None
    head_acting: str | None = None


def list_units(conn: sqlite3.Connection) -> list[Unit]:
    """Every unit with its employee counts, by name."""
    counts = {
        unit_id: (total, active)
        for unit_id, total, active in conn.execute(
            "SELECT unit_id, count(*), sum(active) FROM employees GROUP BY unit_id"
        )
    }
    units = []
    rows = conn.execute(
        "SELECT id, name, kind, parent_id, code, head_id, head_acting FROM units ORDER BY name_key"
    )
    for unit_id, name, kind, parent_id, code, head_id, acting in rows:
        total, active = counts.get(unit_id, (0, 0))
        units.append(Unit(unit_id, name, kind, parent_id, code, total, active, head_id, acting))
    return units


def names(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, name) of every unit by name: cheap enough for every combo box."""
    return conn.execute("SELECT id, name FROM units ORDER BY name_key").fetchall()


def head_names(conn: sqlite3.Connection) -> dict[int, str]:
    """Display name (with titles) of every employee set as the head of some unit, by id."""
    rows = conn.execute(
        "SELECT e.id, e.gelar_depan, e.nama, e.gelar_belakang FROM employees e "
        "WHERE e.id IN (SELECT head_id FROM units WHERE head_id IS NOT NULL)"
    )
    return {r[0]: display_name(r[1], r[2], r[3]) for r in rows}


def get(conn: sqlite3.Connection, unit_id: int) -> Unit | None:
    row = conn.execute(
        """SELECT u.id, u.name, u.kind, u.parent_id, u.code,
                  count(e.id), coalesce(sum(e.active), 0), u.head_id, u.head_acting
           FROM units u LEFT JOIN employees e ON e.unit_id = u.id
           WHERE u.id = ? GROUP BY u.id""",
        (unit_id,),
    ).fetchone()
    return Unit(*row) if row else None


def find_by_name(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM units WHERE name_key = ?", (fold_unit(name),)).fetchone()
    return int(row[0]) if row else None


def insert(
    conn: sqlite3.Connection,
    name: str,
    kind: str | None = None,
    code: str | None = None,
    parent_id: int | None = None,
) -> int:
    stamp = now_iso()
    cur = conn.execute(
        """INSERT INTO units (name, name_key, kind, parent_id, code, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (name.strip(), fold_unit(name), kind, parent_id, code, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def update(
    conn: sqlite3.Connection, unit_id: int, name: str, kind: str | None, code: str | None
) -> None:
    conn.execute(
        "UPDATE units SET name = ?, name_key = ?, kind = ?, code = ?, updated_at = ? WHERE id = ?",
        (name.strip(), fold_unit(name), kind, code, now_iso(), unit_id),
    )


def set_links(
    conn: sqlite3.Connection,
    unit_id: int,
    head_id: int | None,
    head_acting: str | None,
    parent_id: int | None,
    code: str | None,
) -> None:
    """Who heads the unit (and whether acting), the unit above it, its code for numbers."""
    conn.execute(
        "UPDATE units SET head_id = ?, head_acting = ?, parent_id = ?, code = ?, updated_at = ? "
        "WHERE id = ?",
        (head_id, head_acting, parent_id, code, now_iso(), unit_id),
    )


def move_employees(conn: sqlite3.Connection, from_id: int, to_id: int) -> int:
    cur = conn.execute(
        "UPDATE employees SET unit_id = ?, updated_at = ? WHERE unit_id = ?",
        (to_id, now_iso(), from_id),
    )
    return cur.rowcount


def delete(conn: sqlite3.Connection, unit_id: int) -> None:
    conn.execute("UPDATE units SET parent_id = NULL WHERE parent_id = ?", (unit_id,))
    conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))


def all_names(conn: sqlite3.Connection) -> dict[str, int]:
    """Folded name → id, for matching imported unit names."""
    return {key: uid for uid, key in conn.execute("SELECT id, name_key FROM units")}
