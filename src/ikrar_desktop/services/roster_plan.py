"""Roster import plan: read table, convert and check rows, diff against the database (no writes)."""

from __future__ import annotations

import contextlib
import functools
import gc
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.domain.nip import clean_id
from ikrar_desktop.domain.status import NON_ASN
from ikrar_desktop.domain.textfold import fold_unit as _fold_unit
from ikrar_desktop.errors import UserError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.exchange.rawbook import RawBook
from ikrar_desktop.exchange.roster_table import IgnoredRow, find_table, locate
from ikrar_desktop.exchange.sandbox import ReadCancelled
from ikrar_desktop.services.registry import validate
from ikrar_desktop.store import employees_bulk as bulk

# Rosters repeat a few dozen unit names over thousands of rows: fold each name once.
fold_unit = functools.lru_cache(maxsize=4096)(_fold_unit)
CHUNK = 2000
DIFF_FIELDS = (
    "nip", "nik", "gelar_depan", "nama", "gelar_belakang", "status", "golongan", "jabatan",
    "jenis_jabatan", "unit", "gender", "birth_date",
)  # fmt: skip


@dataclass(slots=True)
class Change:
    """A matched employee whose covered fields differ: field -> (old, new)."""

    candidate: rv.Candidate
    employee_id: int
    diffs: dict[str, tuple[object, object]]

    def as_dict(self) -> dict[str, object]:
        return {
            "row": self.candidate.row,
            "id": self.employee_id,
            "nama": self.candidate.values["nama"],
            "changes": {
                k: {"old": _plain(o), "new": _plain(n)} for k, (o, n) in self.diffs.items()
            },
        }


@dataclass(slots=True)
class MissingEmployee:
    """In the database, in a unit the file covers, but not in the file."""

    id: int
    nama: str
    nip: str | None
    nik: str | None
    unit: str

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "nama": self.nama,
            "nip": self.nip,
            "nik": self.nik,
            "unit": self.unit,
        }


@dataclass(slots=True)
class Duplicate:
    """The same NIP/NIK (or name + unit) on several rows of the file: none of them applied."""

    key: str
    value: str
    rows: list[int]

    def as_dict(self) -> dict[str, object]:
        return {"key": self.key, "value": self.value, "rows": self.rows}


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
    missing: list[MissingEmployee] = field(default_factory=list)
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


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _same(old: object, new: object) -> bool:
    if isinstance(new, date):
        new = new.isoformat()
    return (old or None) == (new or None)


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ReadCancelled("Impor dibatalkan.")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a roster is processed.

    Tens of thousands of rows, dicts and candidates are allocated and all stay alive, so each
    automatic collection rescans them for nothing (~30% of planning time at 50,000 rows).
    Reference counting still frees everything; the previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    """Read the table, convert and validate rows, and diff against the database (no writes).

    ``stored`` is ``bulk.load_all(conn)`` when the caller already loaded it.
    """
    with paused_gc():
        return _plan(conn, book, sheet, mapping, default_unit, cancel, stored)


def _plan(
    conn: sqlite3.Connection,
    book: RawBook,
    sheet: str | None,
    mapping: dict[str, int | None] | None,
    default_unit: str | None,
    cancel: threading.Event | None,
    stored: list[bulk.StoredEmployee] | None,
) -> ImportPlan:
    raw_sheet, header_index = find_table(book, sheet)
    header = list(raw_sheet.rows[header_index])
    col_map = cols.resolve_mapping(conn, header, mapping)
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
    matcher = rv.UnitMatcher({key: name for _uid, name, key in unit_rows})
    converter = rv.RowConverter(
        col_map,
        validator=validate,
        units=matcher,
        formulas=raw_sheet.formulas,
        date1904=book.date1904,
        default_unit=default_unit,
    )
    candidates: list[rv.Candidate] = []
    seen_ids: set[str] = set()  # every NIP/NIK written in the file, even on rejected rows
    id_cols = [col_map.columns[f] for f in (cols.NIP, cols.NIK) if f in col_map.columns]
    for n, (row_number, cells) in enumerate(table.rows):
        if n % CHUNK == 0:
            check_cancel(cancel)
        for i in id_cols:
            if i < len(cells) and isinstance(cells[i], str):
                seen_ids.add(clean_id(cells[i]))
        result = converter.convert(row_number, cells)
        if isinstance(result, rv.RowError):
            plan.errors.append(result)
        else:
            candidates.append(result)
            plan.warnings.extend({"row": result.row, "message": w} for w in result.warnings)
    check_cancel(cancel)
    candidates = _drop_duplicates(plan, candidates, unit_id_of)
    if stored is None:
        stored = bulk.load_all(conn)
    _diff(plan, candidates, stored, converter.covered, unit_id_of, unit_name_of)
    if "unit" in converter.covered:
        _find_missing(plan, candidates, stored, seen_ids, unit_id_of, unit_name_of)
    used = {fold_unit(c.unit) for c in plan.new} | {
        fold_unit(c.candidate.unit) for c in plan.changed if "unit" in c.diffs
    }
    plan.new_units = sorted(name for key, name in matcher.new.items() if key in used)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def _name_key(candidate: rv.Candidate, unit_id_of: dict[str, int]) -> tuple[str, int | None]:
    unit = unit_id_of.get(fold_unit(candidate.unit)) if candidate.unit else None
    return search_key(str(candidate.values["nama"])), unit


def _drop_duplicates(
    plan: ImportPlan, candidates: list[rv.Candidate], unit_id_of: dict[str, int]
) -> list[rv.Candidate]:
    """Rows sharing a NIP, a NIK, or (without either) name + unit: report all, apply none."""
    groups: dict[tuple[str, str], list[rv.Candidate]] = defaultdict(list)
    for c in candidates:
        nip, nik = c.values.get("nip"), c.values.get("nik")
        if nip:
            groups[("NIP", str(nip))].append(c)
        if nik:
            groups[("NIK", str(nik))].append(c)
        if not nip and not nik:
            name, _unit = _name_key(c, unit_id_of)
            groups[("nama + unit", f"{name} / {fold_unit(c.unit)}")].append(c)
    bad: set[int] = set()
    for (key, value), members in groups.items():
        if len(members) < 2:
            continue
        rows = [m.row for m in members]
        plan.duplicates.append(Duplicate(key, value, rows))
        for m in members:
            bad.add(m.row)
            others = ", ".join(str(r) for r in rows if r != m.row)
            column = plan.mapping.label(cols.NIP if key == "NIP" else cols.NIK)
            if key == "nama + unit":
                column = plan.mapping.label(cols.NAMA)
            plan.errors.append(
                rv.RowError(
                    m.row,
                    column,
                    value,
                    f"{key} yang sama juga ada di baris {others}; tidak ada yang diterapkan. "
                    "Perbaiki berkasnya sehingga tiap pegawai hanya satu baris.",
                    rv.DUPLICATE,
                )
            )
    return [c for c in candidates if c.row not in bad]


def _diff(
    plan: ImportPlan,
    candidates: list[rv.Candidate],
    stored: list[bulk.StoredEmployee],
    covered: frozenset[str],
    unit_id_of: dict[str, int],
    unit_name_of: dict[int, str],
) -> None:
    by_nip = {s.values["nip"]: s for s in stored if s.values["nip"]}
    by_nik = {s.values["nik"]: s for s in stored if s.values["nik"]}
    by_name: dict[tuple[str, int | None], list[bulk.StoredEmployee]] = defaultdict(list)
    for s in stored:
        if not s.values["nip"] and not s.values["nik"]:
            by_name[(s.search_key, s.values["unit_id"])].append(s)  # type: ignore[index]
    fields = [f for f in DIFF_FIELDS if f in covered]
    matched: set[int] = set()
    for c in candidates:
        nip, nik = c.values.get("nip"), c.values.get("nik")
        a = by_nip.get(nip) if nip else None
        b = by_nik.get(nik) if nik else None
        owner = None
        if (a is not None and b is not None and a.id != b.id) or (
            a is None and b is not None and nip and b.values["nip"] not in (None, nip)
        ):
            owner = b
        if owner is not None:
            plan.errors.append(
                rv.RowError(
                    c.row,
                    plan.mapping.label(cols.NIK),
                    str(nik),
                    f"NIK ini sudah terdaftar atas nama pegawai lain ({owner.values['nama']}, "
                    f"NIP {owner.values['nip'] or '-'}); baris tidak diterapkan.",
                    rv.CONFLICT,
                )
            )
            continue
        match = a or b
        if match is None and not nip and not nik and c.values["status"] == NON_ASN:
            found = by_name.get(_name_key(c, unit_id_of), [])
            if len(found) == 1:
                match = found[0]
        if match is None:
            plan.new.append(c)
            continue
        if match.id in matched:
            plan.errors.append(
                rv.RowError(
                    c.row,
                    plan.mapping.label(cols.NAMA),
                    str(c.values["nama"]),
                    "Baris ini dan baris lain di berkas cocok dengan pegawai yang sama di "
                    "database; tidak diterapkan.",
                    rv.DUPLICATE,
                )
            )
            continue
        matched.add(match.id)
        if not match.active:
            plan.warnings.append(
                {
                    "row": c.row,
                    "message": f"{c.values['nama']} berstatus nonaktif di database; "
                    "tidak diaktifkan otomatis.",
                }
            )
        diffs: dict[str, tuple[object, object]] = {}
        for f in fields:
            if f == "unit":
                old_id = match.values["unit_id"]
                old_name = unit_name_of.get(old_id, "") if isinstance(old_id, int) else ""
                if c.unit and fold_unit(c.unit) != fold_unit(old_name):
                    diffs["unit"] = (old_name or None, c.unit)
                continue
            new = c.values.get(f)
            if new in (None, "") or _same(match.values[f], new):
                continue
            diffs[f] = (match.values[f], new)
        if diffs:
            plan.changed.append(Change(c, match.id, diffs))
        else:
            plan.unchanged.append((c, match.id))


def _find_missing(
    plan: ImportPlan,
    candidates: list[rv.Candidate],
    stored: list[bulk.StoredEmployee],
    seen_ids: set[str],
    unit_id_of: dict[str, int],
    unit_name_of: dict[int, str],
) -> None:
    covered_units = {unit_id_of.get(fold_unit(c.unit)) for c in candidates if c.unit}
    covered_units.discard(None)
    if not covered_units:
        return
    matched = {c.employee_id for c in plan.changed} | {i for _c, i in plan.unchanged}
    for s in stored:
        v = s.values
        if not s.active or s.id in matched or v["unit_id"] not in covered_units:
            continue
        if (v["nip"] and v["nip"] in seen_ids) or (v["nik"] and v["nik"] in seen_ids):
            continue  # their row is in the file but was rejected: never treat as gone
        plan.missing.append(
            MissingEmployee(
                s.id,
                str(v["nama"]),
                str(v["nip"]) if v["nip"] else None,
                str(v["nik"]) if v["nik"] else None,
                unit_name_of.get(v["unit_id"], ""),  # type: ignore[arg-type]
            )
        )
