"""Roster import: apply a plan (one transaction) and the whole chain read → plan → apply."""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ikrar_desktop import collector
from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.errors import NotARosterError, UserError
from ikrar_desktop.exchange.rawbook import RawBook
from ikrar_desktop.services.roster_layouts import save_layout
from ikrar_desktop.services.roster_plan import (
    Change,
    Duplicate,
    ImportPlan,
    check_cancel,
    fold_unit,
    plan_import,
)
from ikrar_desktop.services.roster_scope import MissingEmployee, Scope
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import employees_bulk as bulk
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.bulk_write import BulkWrite, bulk_write

__all__ = [
    "Change",
    "Duplicate",
    "ImportPlan",
    "ImportReport",
    "ImportResult",
    "MissingEmployee",
    "Scope",
    "apply_import",
    "import_file",
    "plan_import",
]

Progress = Callable[[str], None]


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


@dataclass(slots=True)
class ImportReport:
    """The whole run: plan, what was written, and the JSON-ready summary."""

    plan: ImportPlan
    result: ImportResult
    status: str  # "done", "dry-run" or "refused"
    book: RawBook | None = None
    deactivate_missing: bool = False

    @property
    def deactivate(self) -> list[MissingEmployee]:
        """Whom this run deactivated, or (dry run) would deactivate: the same plan list."""
        if self.status == "done":
            done = set(self.result.deactivated_ids)
            return [m for m in self.plan.missing if m.id in done]
        if self.status == "dry-run" and self.deactivate_missing:
            return list(self.plan.missing)
        return []

    def as_dict(self) -> dict[str, Any]:
        p, r = self.plan, self.result
        dry = self.status != "done"
        deactivate = self.deactivate
        return {
            "file": p.file,
            "sheet": p.sheet,
            "header_row": p.header_row,
            "status": self.status,
            "dry_run": self.status == "dry-run",
            "data_rows": p.data_rows,
            "inserted": len(p.new) if dry else r.inserted,
            "updated": len(p.changed) if dry else r.updated,
            "unchanged": len(p.unchanged),
            "rejected": len(p.rejected_rows),
            "ignored": len(p.ignored),
            "deactivated": len(deactivate) if dry else r.deactivated,
            "deactivate_missing": self.deactivate_missing,
            "deactivate": [m.as_dict() for m in deactivate],
            "scope": p.scope.as_dict() if p.scope else None,
            "errors": [e.as_dict() for e in p.errors],
            "duplicates": [d.as_dict() for d in p.duplicates],
            "changed": [c.as_dict() for c in p.changed],
            "new_units": p.new_units,
            "missing": [m.as_dict() for m in p.missing],
            "ignored_rows": [i.as_dict() for i in p.ignored],
            "warnings": p.warnings,
            "mapping": p.mapping.as_dict(),
            "backup": r.backup,
        }


class _Preload(threading.Thread):
    """Loads the stored employees while the sandboxed child reads the file.

    The parent only waits on a pipe meanwhile, so this costs no wall time; on any error the
    plan simply loads them itself.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(name="ikrar-import-preload", daemon=True)
        self.conn = conn
        self.stored: list[bulk.StoredEmployee] | None = None

    def run(self) -> None:
        try:
            self.stored = bulk.load_all(self.conn)
        except sqlite3.Error:  # e.g. a connection bound to its thread: plan_import loads
            self.stored = None

    def result(self) -> list[bulk.StoredEmployee] | None:
        if self.ident is None:  # the read failed before it began: nothing to wait for
            return None
        self.join()
        return self.stored


def import_file(
    conn: sqlite3.Connection,
    path: str | Path,
    *,
    sheet: str | None = None,
    default_unit: str | None = None,
    mapping: dict[str, int | None] | None = None,
    dry_run: bool = False,
    deactivate_missing: bool = False,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read (sandboxed) → plan → apply; every row rejected means nothing is written."""
    from ikrar_desktop.exchange.sandbox import read_spreadsheet

    with collector.paused():
        preload = _Preload(conn)
        try:
            book = read_spreadsheet(path, cancel=cancel, progress=progress, meanwhile=preload.start)
        finally:
            stored = preload.result()
        check_cancel(cancel)
        if progress:
            progress("Memeriksa baris…")
        plan = plan_import(
            conn,
            book,
            sheet=sheet,
            mapping=mapping,
            default_unit=default_unit,
            cancel=cancel,
            stored=stored,
        )
    if plan.data_rows == 0:
        raise NotARosterError(
            f"Lembar '{plan.sheet}' tidak berisi baris data pegawai di bawah judul kolom "
            f"(baris {plan.header_row}).",
            hint="Pastikan data pegawai ada di bawah baris judul kolom, atau pilih lembar lain.",
        )
    check_cancel(cancel)
    if plan.applicable == 0:
        return ImportReport(plan, _counts(plan), "refused", book, deactivate_missing)
    if dry_run:
        return ImportReport(plan, _counts(plan), "dry-run", book, deactivate_missing)
    if progress:
        progress("Menyimpan…")
    result = apply_import(conn, plan, deactivate_missing=deactivate_missing)
    return ImportReport(plan, result, "done", book, deactivate_missing)


def _counts(plan: ImportPlan) -> ImportResult:
    return ImportResult(
        unchanged=len(plan.unchanged), rejected=len(plan.rejected_rows), ignored=len(plan.ignored)
    )
