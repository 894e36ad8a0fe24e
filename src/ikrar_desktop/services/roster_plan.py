"""Roster import plan: convert and check the table's rows, diff against the database (no writes)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field

from ikrar_desktop import collector
from ikrar_desktop.errors import UserError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.exchange.roster_cells import UnitMatcher
from ikrar_desktop.exchange.roster_table import IgnoredRow, locate
from ikrar_desktop.exchange.sandbox import ReadCancelled
from ikrar_desktop.services.roster_diff import Change, Duplicate, diff, drop_duplicates, fold_unit
from ikrar_desktop.services.roster_scope import (
    MissingEmployee,
    Scope,
    file_scope,
    find_missing,
    in_file,
)
from ikrar_desktop.store import employees_bulk as bulk

CHUNK = 2000


@dataclass(slots=True)
class ImportPlan:
    """What an import would do; computed without writing anything."""

    file: str
    sheet: str
    header_row: int
    header: list[object]
    mapping: cols.ColumnMapping
    data_rows: int = 0
    new: list[rv.Candidate] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: list[tuple[rv.Candidate, int]] = field(default_factory=list)
    missing: list[MissingEmployee] = field(default_factory=list)  # in scope, not in the file
    scope: Scope | None = None  # the kinds and units the file speaks for
    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[rv.RowError] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    warnings: list[dict[str, object]] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    @property
    def applicable(self) -> int:
        return len(self.new) + len(self.changed) + len(self.unchanged)


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ReadCancelled("Impor dibatalkan.")


def build_plan(
    conn: sqlite3.Connection,
    book: RawBook,
    raw_sheet: RawSheet,
    header_index: int,
    col_map: cols.ColumnMapping,
    *,
    default_unit: str | None = None,
    cancel: threading.Event | None = None,
    stored: list[bulk.StoredEmployee] | None = None,
) -> ImportPlan:
    """Convert and validate the rows of the table found, and diff against the database.

    The table (``raw_sheet``, ``header_index``) and the mapping come from the import's earlier
    steps (services.roster_session.RosterImport), which are not run again here. Nothing is
    written. ``stored`` is ``bulk.load_all(conn)`` when the caller already loaded it.
    """
    with collector.paused():
        return _plan(conn, book, raw_sheet, header_index, col_map, default_unit, cancel, stored)


def _plan(
    conn: sqlite3.Connection,
    book: RawBook,
    raw_sheet: RawSheet,
    header_index: int,
    col_map: cols.ColumnMapping,
    default_unit: str | None,
    cancel: threading.Event | None,
    stored: list[bulk.StoredEmployee] | None,
) -> ImportPlan:
    header = list(raw_sheet.rows[header_index])
    if not any(f in col_map.columns for f in cols.IDENTITY_FIELDS):
        raise UserError(
            "Kolom NIP, NIK maupun nama tidak ditemukan; pegawai tidak dapat dikenali.",
            hint="Atur pemetaan kolom: tunjuk kolom yang berisi NIP, NIK atau nama.",
        )
    table = locate(raw_sheet, header_index, col_map)
    plan = ImportPlan(
        file=book.path,
        sheet=raw_sheet.name,
        header_row=table.header_row,
        header=header,
        mapping=col_map,
        data_rows=len(table.rows),
        ignored=table.ignored,
    )
    unit_rows = conn.execute("SELECT id, name, name_key FROM units").fetchall()
    unit_id_of = {key: uid for uid, _name, key in unit_rows}
    unit_name_of = {uid: name for uid, name, _key in unit_rows}
    matcher = UnitMatcher({key: name for _uid, name, key in unit_rows})
    converter = rv.RowConverter(
        col_map,
        units=matcher,
        formulas=raw_sheet.formulas,
        date1904=book.date1904,
        default_unit=default_unit,
    )
    candidates = _convert_rows(plan, table.rows, converter, cancel)
    candidates, plan.duplicates, duplicate_errors = drop_duplicates(candidates, col_map, unit_id_of)
    plan.errors += duplicate_errors
    if stored is None:
        stored = bulk.load_all(conn)
    found = diff(candidates, stored, converter.covered, col_map, unit_id_of, unit_name_of)
    plan.new, plan.changed, plan.unchanged = found.new, found.changed, found.unchanged
    plan.errors += found.errors
    plan.warnings += found.warnings
    if found.errors:  # rows refused by the diff speak for nobody either
        refused = {e.row for e in found.errors}
        candidates = [c for c in candidates if c.row not in refused]
    plan.scope = file_scope(
        candidates, "unit" in converter.covered, default_unit, unit_id_of, unit_name_of
    )
    id_cols = [col_map.columns[f] for f in (cols.NIP, cols.NIK) if f in col_map.columns]
    plan.missing = find_missing(
        plan.scope,
        found.matched,
        stored,
        lambda: in_file(
            table.rows, id_cols, col_map.columns.get(cols.NAMA), set(plan.rejected_rows)
        ),
        unit_name_of,
    )
    used = {fold_unit(u) for u in {c.unit for c in plan.new}} | {
        fold_unit(c.candidate.unit) for c in plan.changed if "unit" in c.diffs
    }
    plan.new_units = sorted(name for key, name in matcher.new.items() if key in used)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def _convert_rows(
    plan: ImportPlan,
    rows: list[tuple[int, list[object]]],
    converter: rv.RowConverter,
    cancel: threading.Event | None,
) -> list[rv.Candidate]:
    """Every data row converted: candidates returned, errors and row warnings into ``plan``."""
    candidates: list[rv.Candidate] = []
    convert, errors, warnings = converter.convert, plan.errors, plan.warnings
    for start in range(0, len(rows), CHUNK):
        check_cancel(cancel)
        for row_number, cells in rows[start : start + CHUNK]:
            result = convert(row_number, cells)
            if isinstance(result, rv.RowError):
                errors.append(result)
                continue
            candidates.append(result)
            if result.warnings:
                warnings.extend({"row": result.row, "message": w} for w in result.warnings)
    check_cancel(cancel)
    return candidates
