"""One roster import, step by step: file → table → mapping → plan → apply, each step once."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ikrar_desktop import collector
from ikrar_desktop.errors import NotARosterError, UserError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.exchange.roster_table import choose_sheet, find_table
from ikrar_desktop.services.roster_import import ImportResult, apply_import
from ikrar_desktop.services.roster_layouts import resolve_mapping
from ikrar_desktop.services.roster_plan import ImportPlan, build_plan, check_cancel
from ikrar_desktop.services.roster_scope import MissingEmployee
from ikrar_desktop.store import employees_bulk as bulk

Progress = Callable[[str], None]


class RosterImport:
    """The import of one file: each step runs once and keeps its result for the next.

    The wizard reads the file, shows the table found (:meth:`find_table`, again only when the
    clerk picks another sheet) and the mapping (:meth:`map_columns`) for the clerk to adjust
    (:meth:`adjust_mapping`), then plans with that mapping without detecting anything again
    (:meth:`make_plan`) and applies the plan it previewed (:meth:`apply`). The CLI runs the
    same steps in a row (:func:`import_file`). Redoing a step drops what later steps kept.
    """

    def __init__(self, book: RawBook) -> None:
        self.book = book
        self.sheet: RawSheet | None = None
        self.header_index = 0  # 0-based row of the column titles in ``sheet``
        self.mapping: cols.ColumnMapping | None = None
        self.default_unit: str | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None

    @classmethod
    def read(
        cls,
        path: str | Path,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> RosterImport:
        """Step 1, the file: read in the sandboxed reader child."""
        from ikrar_desktop.exchange.sandbox import read_spreadsheet

        return cls(read_spreadsheet(path, cancel=cancel, progress=progress, meanwhile=meanwhile))

    def likely_sheet(self) -> str | None:
        """The sheet that looks most like a roster (None when every sheet is empty)."""
        try:
            return choose_sheet(self.book).name
        except UserError:
            return None

    def find_table(self, sheet: str | None = None) -> RawSheet:
        """Step 2, the table: the sheet named (else the likeliest) and its column-title row."""
        self.sheet, self.header_index = find_table(self.book, sheet)
        self.mapping = self.plan = self.result = None
        return self.sheet

    @property
    def header(self) -> list[object]:
        """The column titles of the table found."""
        return list(self._sheet().rows[self.header_index])

    def map_columns(
        self, conn: sqlite3.Connection, overrides: dict[str, int | None] | None = None
    ) -> cols.ColumnMapping:
        """Step 3, the mapping: the one saved for this layout, else the automatic one; then
        ``overrides`` (the CLI's given mapping)."""
        self.mapping = resolve_mapping(conn, self.header, overrides)
        self.plan = self.result = None
        return self.mapping

    def adjust_mapping(
        self, chosen: dict[str, int | None], default_unit: str | None = None
    ) -> cols.ColumnMapping:
        """The clerk's changes to the mapping shown, and the unit for a file without a unit
        column; nothing is detected again."""
        if self.mapping is None:
            raise RuntimeError("map_columns() first")
        self.mapping = cols.with_overrides(self.mapping, chosen)
        self.default_unit = default_unit or None
        self.plan = self.result = None
        return self.mapping

    def make_plan(
        self,
        conn: sqlite3.Connection,
        *,
        cancel: threading.Event | None = None,
        stored: list[bulk.StoredEmployee] | None = None,
    ) -> ImportPlan:
        """Step 4, the plan: the table's rows checked and compared with the database, with
        the table and mapping kept from steps 2 and 3 (nothing written)."""
        if self.mapping is None:
            raise RuntimeError("map_columns() first")
        self.plan = build_plan(
            conn,
            self.book,
            self._sheet(),
            self.header_index,
            self.mapping,
            default_unit=self.default_unit,
            cancel=cancel,
            stored=stored,
        )
        self.result = None
        return self.plan

    def apply(self, conn: sqlite3.Connection, *, deactivate_missing: bool = False) -> ImportResult:
        """Step 5: the plan written as previewed; with ``deactivate_missing`` exactly the
        plan's one list of missing people (``plan.missing``) is deactivated."""
        if self.plan is None:
            raise RuntimeError("make_plan() first")
        self.result = apply_import(conn, self.plan, deactivate_missing=deactivate_missing)
        return self.result

    def _sheet(self) -> RawSheet:
        if self.sheet is None:
            raise RuntimeError("find_table() first")
        return self.sheet


def plan_import(
    conn: sqlite3.Connection,
    book: RawBook,
    *,
    sheet: str | None = None,
    mapping: dict[str, int | None] | None = None,
    default_unit: str | None = None,
    cancel: threading.Event | None = None,
    stored: list[bulk.StoredEmployee] | None = None,
) -> ImportPlan:
    """Steps 2–4 of :class:`RosterImport` in a row, for a book already read."""
    session = RosterImport(book)
    session.find_table(sheet)
    session.map_columns(conn, mapping)
    session.default_unit = default_unit
    return session.make_plan(conn, cancel=cancel, stored=stored)


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
    """:class:`RosterImport`'s five steps in a row (the CLI): read (sandboxed) → table →
    mapping (detected, or ``mapping`` on top) → plan → apply; every row rejected, or
    ``dry_run``, means nothing is written."""
    with collector.paused():
        preload = _Preload(conn)
        try:
            session = RosterImport.read(
                path, cancel=cancel, progress=progress, meanwhile=preload.start
            )
        finally:
            stored = preload.result()
        check_cancel(cancel)
        if progress:
            progress("Memeriksa baris…")
        session.find_table(sheet)
        session.map_columns(conn, mapping)
        session.default_unit = default_unit
        plan = session.make_plan(conn, cancel=cancel, stored=stored)
    if plan.data_rows == 0:
        raise NotARosterError(
            f"Lembar '{plan.sheet}' tidak berisi baris data pegawai di bawah judul kolom "
            f"(baris {plan.header_row}).",
            hint="Pastikan data pegawai ada di bawah baris judul kolom, atau pilih lembar lain.",
        )
    check_cancel(cancel)
    book = session.book
    if plan.applicable == 0:
        return ImportReport(plan, _counts(plan), "refused", book, deactivate_missing)
    if dry_run:
        return ImportReport(plan, _counts(plan), "dry-run", book, deactivate_missing)
    if progress:
        progress("Menyimpan…")
    result = session.apply(conn, deactivate_missing=deactivate_missing)
    return ImportReport(plan, result, "done", book, deactivate_missing)


def _counts(plan: ImportPlan) -> ImportResult:
    return ImportResult(
        unchanged=len(plan.unchanged), rejected=len(plan.rejected_rows), ignored=len(plan.ignored)
    )
