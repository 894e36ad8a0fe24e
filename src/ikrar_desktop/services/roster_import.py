"""The roster import's last step: apply a plan in one transaction (steps: roster_session)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.roster_diff import Change, Duplicate, fold_unit
from ikrar_desktop.services.roster_layouts import save_layout
from ikrar_desktop.services.roster_plan import ImportPlan
from ikrar_desktop.services.roster_scope import MissingEmployee, Scope
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import employees_bulk as bulk
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.bulk_write import BulkWrite, bulk_write

__all__ = [
    "Change",
    "Duplicate",
    "ImportPlan",
    "ImportResult",
    "MissingEmployee",
    "Scope",
    "apply_import",
]


@dataclass(slots=True)
class ImportResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    ignored: int = 0
    deactivated: int = 0
    units_created: int = 0
    backup: str | None = None
    deactivated_ids: list[int] = field(default_factory=list)  # exactly whom this run deactivated


def apply_import(
    conn: sqlite3.Connection,
    plan: ImportPlan,
    *,
    deactivate_missing: bool = False,
    reason: str = "Tidak ada di daftar impor",
) -> ImportResult:
    """Write the plan's new and changed rows in one BEGIN IMMEDIATE transaction, after a backup.

    With ``deactivate_missing`` exactly ``plan.missing`` (the people the preview listed, within
    the file's scope) is deactivated, less anyone who became inactive meanwhile.
    """
    result = ImportResult(
        unchanged=len(plan.unchanged), rejected=len(plan.rejected_rows), ignored=len(plan.ignored)
    )
    to_deactivate = [m.id for m in plan.missing] if deactivate_missing else []
    rows = len(plan.new) + len(plan.changed) + len(to_deactivate)
    try:
        # a backup only when something is written
        with bulk_write(conn, rows=rows, backup="impor" if rows else None) as bw:
            result.backup = str(bw.backup) if bw.backup else None
            _write_plan(bw, plan, result, to_deactivate, reason)
    except sqlite3.IntegrityError as exc:
        raise UserError(
            "Database berubah sejak pratinjau dibuat (NIP/NIK bentrok); tidak ada yang disimpan.",
            hint="Ulangi impor agar pratinjau dihitung ulang.",
        ) from exc
    return result


def _write_plan(
    bw: BulkWrite,
    plan: ImportPlan,
    result: ImportResult,
    to_deactivate: list[int],
    reason: str,
) -> None:
    conn = bw.conn
    unit_ids = dict(unit_store.all_names(conn))

    def unit_id(name: str) -> int | None:
        if not name:
            return None
        key = fold_unit(name)
        if key not in unit_ids:
            unit_ids[key] = unit_store.insert(conn, name, kind=guess_unit_kind(name))
            result.units_created += 1
        return unit_ids[key]

    rows = []
    for c in plan.new:
        values = dict(c.values)
        values["unit_id"] = unit_id(c.unit)
        rows.append(values)
    with bw.insert("employees", len(rows)):
        emp_store.insert_many(conn, rows)
    result.inserted = len(rows)
    groups: dict[tuple[str, ...], list[tuple[int, list[object]]]] = defaultdict(list)
    for change in plan.changed:
        names = tuple(sorted(change.diffs))
        new_values: list[object] = [
            unit_id(change.candidate.unit) if f == "unit" else change.diffs[f][1] for f in names
        ]
        groups[names].append((change.employee_id, new_values))
    touched = [c.employee_id for c in plan.changed] + to_deactivate
    with bw.update("employees", touched):
        for names, items in groups.items():
            fields = ["unit_id" if f == "unit" else f for f in names]
            bulk.update_many(conn, fields, items)
        if to_deactivate:
            still_active = _active_among(conn, to_deactivate)
            result.deactivated = bulk.deactivate_many(conn, still_active, reason)
            result.deactivated_ids = still_active
    result.updated = len(plan.changed)
    save_layout(conn, plan.header, plan.mapping)


def _active_among(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """Which of ``ids`` are still active (in the caller's transaction), in ``ids`` order."""
    active: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        active.update(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM employees WHERE active = 1 AND id IN ({marks})", chunk
            )
        )
    return [i for i in ids if i in active]
