"""One roster row to a validated employee candidate, or the row's errors in Indonesian."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeGuard

from ikrar_desktop.domain.dates import parse_date
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.nip import check_digits, clean_id, reject_excel_number
from ikrar_desktop.domain.status import CPNS, PNS, parse_jenis_jabatan, parse_status
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.exchange import columns as cols

PRECISION = "precision"  # an ID damaged by Excel (number cell, 1,98E+17, trailing zeros)
INVALID = "invalid"
FORMULA = "formula"
DUPLICATE = "duplicate"
CONFLICT = "conflict"

_EMPTY = frozenset({"", "-", "--", "null", "none", "nan", "n/a", "#n/a", "nil"})
_MALE = frozenset({"l", "lk", "laki", "lakilaki", "pria", "m", "male", "1"})
_FEMALE = frozenset({"p", "pr", "perempuan", "wanita", "w", "f", "female", "2"})
_FORMULA_HINT = (
    "Di Excel, salin kolom itu lalu Tempel Spesial › Nilai (Paste Special › Values), "
    "simpan, lalu impor lagi."
)
_FIELD_COLUMN = {"tanggal": cols.BIRTH_DATE, "reason": cols.KETERANGAN}


@dataclass(slots=True)
class RowError:
    """Why a row was not applied; ``row`` is the 1-based spreadsheet row."""

    row: int
    column: str
    value: str
    message: str
    kind: str = INVALID

    def as_dict(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
            "kind": self.kind,
        }


class Validated(Protocol):
    """What the registry's ``validate()`` returns (services.registry.ValidEmployee)."""

    values: dict[str, object]
    unit: str
    nip_info: Any


Validator = Callable[[EmployeeDraft], Validated]


@dataclass(slots=True)
class Candidate:
    """A row that passed every rule: the draft, the registry's values, unit name, warnings."""

    row: int
    draft: EmployeeDraft
    values: dict[str, object]
    unit: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Columns:
    """0-based column of each field (None when unmapped), looked up once per table."""

    nip: int | None
    nik: int | None
    nama: int | None
    gelar_depan: int | None
    gelar_belakang: int | None
    golongan: int | None
    pangkat: int | None
    jabatan: int | None
    jenis_jabatan: int | None
    gender: int | None
    birth_date: int | None
    unit: int | None
    # status, CPNS/PNS flag and keterangan; the note only speaks when there is no status column
    status: tuple[int | None, int | None, int | None]

    @classmethod
    def of(cls, idx: dict[str, int]) -> _Columns:
        at = idx.get
        note = at(cols.KETERANGAN) if cols.STATUS not in idx else None
        return cls(
            at(cols.NIP), at(cols.NIK), at(cols.NAMA), at(cols.GELAR_DEPAN),
            at(cols.GELAR_BELAKANG), at(cols.GOLONGAN), at(cols.PANGKAT), at(cols.JABATAN),
            at(cols.JENIS_JABATAN), at(cols.GENDER), at(cols.BIRTH_DATE), at(cols.UNIT),
            (at(cols.STATUS), at(cols.CPNS_PNS), note),
        )  # fmt: skip


class _Reject(Exception):
    def __init__(self, error: RowError) -> None:
        self.error = error


def is_empty(cell: object) -> bool:
    """None, blank, "-", "null" and friends."""
    return cell is None or (isinstance(cell, str) and cell.strip().casefold() in _EMPTY)


def _cell_at(cells: Sequence[object], i: int | None) -> object:
    """The cell at ``i``; None when the column is not mapped or the row is shorter."""
    return cells[i] if i is not None and i < len(cells) else None


def _text_at(cells: Sequence[object], i: int | None) -> str:
    """The cell at ``i`` as text, "" when missing or empty (``is_empty`` then ``cell_text``)."""
    if i is None or i >= len(cells):
        return ""
    cell = cells[i]
    if type(cell) is str:
        text = cell.strip()
        # casefold never shortens a string, so only short texts can be an "empty" word
        return "" if len(text) <= 4 and text.casefold() in _EMPTY else text
    return "" if is_empty(cell) else cell_text(cell)


def _plain_id(raw: object, length: int) -> TypeGuard[str]:
    """A bare string of ``length`` ASCII digits: no Excel damage, nothing to clean."""
    return type(raw) is str and len(raw) == length and raw.isdigit() and raw.isascii()


def cell_text(cell: object) -> str:
    """A cell as the clerk would read it (whole floats without ".0")."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return str(int(cell))
    if isinstance(cell, datetime.datetime | datetime.date):
        return cell.strftime("%d-%m-%Y")
    return str(cell).strip()


class UnitMatcher:
    """Folded unit names matched to existing units, with suggestions for near-misses."""

    def __init__(self, existing: dict[str, str]) -> None:
        self.existing = existing  # folded key -> stored name
        self.new: dict[str, str] = {}
        self._cache: dict[str, tuple[str, str | None]] = {}

    def match(self, raw: str) -> tuple[str, str | None]:
        """(unit name to use, warning or None)."""
        found = self._cache.get(raw)
        if found is not None:
            return found
        name = " ".join(raw.split())
        key = fold_unit(name)
        warning = None
        if key in self.existing:
            name = self.existing[key]
        elif key in self.new:
            name = self.new[key]
        else:
            self.new[key] = name
            close = difflib.get_close_matches(key, list(self.existing), n=2, cutoff=0.85)
            if close:
                shown = " atau ".join(f"'{self.existing[k]}'" for k in close)
                warning = f"Unit kerja '{name}' belum ada dan akan dibuat; mirip dengan {shown}."
        self._cache[raw] = (name, warning)
        return name, warning


class RowConverter:
    """Converts the rows of one table; caches every per-value parse (rosters repeat values)."""

    def __init__(
        self,
        mapping: cols.ColumnMapping,
        *,
        validator: Validator,
        units: UnitMatcher,
        formulas: set[tuple[int, int]] | None = None,
        date1904: bool = False,
        default_unit: str | None = None,
    ) -> None:
        self.mapping = mapping
        self.validate = validator
        self.units = units
        self.formulas = formulas or set()
        self.date1904 = date1904
        self.default_unit = " ".join((default_unit or "").split())
        self.idx = dict(mapping.columns)
        self._at = _Columns.of(self.idx)
        self._status: dict[tuple[object, object, object], str] = {}
        self._jenis: dict[str, tuple[str, str | None]] = {}
        self._dates: dict[object, tuple[datetime.date | None, str | None]] = {}
        self._genders: dict[str, str] = {}
        self._formula_cols = {self.idx[f]: f for f in cols.IDENTITY_FIELDS if f in self.idx}
        self.covered = self._covered_fields()

    def _covered_fields(self) -> frozenset[str]:
        """Stored fields this file speaks about (others are never changed by the import)."""
        out: set[str] = set()
        has = self.idx.__contains__
        if has(cols.NAMA):
            out |= {"gelar_depan", "nama", "gelar_belakang"}
        if has(cols.NIP):
            out |= {"nip", "gender", "birth_date"}
        if has(cols.NIK):
            out.add("nik")
        if has(cols.STATUS) or has(cols.CPNS_PNS):
            out.add("status")
        if has(cols.GOLONGAN) or has(cols.PANGKAT):
            out.add("golongan")
        for name in (cols.JABATAN, cols.JENIS_JABATAN, cols.GENDER, cols.BIRTH_DATE):
            if has(name):
                out.add(name)
        if has(cols.UNIT) or self.default_unit:
            out.add("unit")
        return frozenset(out)

    def _cell(self, cells: Sequence[object], name: str) -> object:
        i = self.idx.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    def _text(self, cells: Sequence[object], name: str) -> str:
        return _text_at(cells, self.idx.get(name))

    def _error(self, row: int, name: str, value: object, message: str, kind: str) -> _Reject:
        return _Reject(RowError(row, self.mapping.label(name), cell_text(value), message, kind))

    def _id(
        self, row: int, cells: Sequence[object], at: int | None, name: str, label: str, length: int
    ) -> str:
        raw = _cell_at(cells, at)
        if _plain_id(raw, length):
            return raw
        if is_empty(raw):
            return ""
        try:
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                reject_excel_number(float(raw), label, name)
            reject_excel_number(raw, label, name)
        except ValidationError as exc:
            raise self._error(row, name, raw, _full(exc), PRECISION) from None
        cleaned = clean_id(raw)
        try:
            check_digits(cleaned, length, label, name)
        except ValidationError as exc:
            raise self._error(row, name, raw, _full(exc), INVALID) from None
        return cleaned

    def _status_of(self, row: int, cells: Sequence[object]) -> str:
        status_at, flag_at, note_at = self._at.status
        raw, flag, note = (
            _cell_at(cells, status_at),
            _cell_at(cells, flag_at),
            _cell_at(cells, note_at),
        )
        key = (raw, flag, note)
        known = self._status.get(key)
        if known is not None:
            return known
        try:
            status = parse_status(raw)
        except ValidationError as exc:
            raise self._error(row, cols.STATUS, raw, _full(exc), INVALID) from None
        try:
            kind = parse_status(flag)
        except ValidationError:
            kind = None
        if kind == CPNS and status in (None, PNS):
            status = CPNS
        elif kind == PNS and status is None:
            status = PNS
        if status is None and not is_empty(note):
            try:
                status = parse_status(note)
            except ValidationError:
                status = None
        self._status[key] = status or ""
        return status or ""

    def _jenis_jabatan(self, text: str) -> tuple[str, str | None]:
        found = self._jenis.get(text)
        if found is None:
            try:
                found = (parse_jenis_jabatan(text) or "", None)
            except ValidationError as exc:
                found = ("", f"{exc.message} Kolom jenis jabatan dikosongkan.")
            self._jenis[text] = found
        return found

    def _date(self, raw: object) -> tuple[datetime.date | None, str | None]:
        key = raw if isinstance(raw, str | int | float) else None
        if key is not None and key in self._dates:
            return self._dates[key]
        try:
            found: tuple[datetime.date | None, str | None] = (
                parse_date(raw, datemode_1904=self.date1904),
                None,
            )
        except ValidationError as exc:
            found = (None, f"{exc.message}; tanggal lahir diabaikan.")
        if key is not None:
            self._dates[key] = found
        return found

    def convert(self, row: int, cells: Sequence[object]) -> Candidate | RowError:
        """The candidate for one data row (``row`` is 1-based), or why it is rejected."""
        try:
            return self._convert(row, cells)
        except _Reject as reject:
            return reject.error

    def _convert(self, row: int, cells: Sequence[object]) -> Candidate:
        if self.formulas:
            self._check_formulas(row, cells)
        at = self._at
        nip = self._id(row, cells, at.nip, cols.NIP, "NIP", 18)
        nik = self._id(row, cells, at.nik, cols.NIK, "NIK", 16)
        warnings: list[str] = []
        status = self._status_of(row, cells)
        jenis = _text_at(cells, at.jenis_jabatan)
        if jenis:
            jenis, note = self._jenis_jabatan(jenis)
            if note:
                warnings.append(note)
        gender_text = _text_at(cells, at.gender)
        gender = self._genders.get(gender_text)
        if gender is None:
            gender = self._genders[gender_text] = _gender(gender_text)
        if gender_text and not gender:
            warnings.append(f"Jenis kelamin '{gender_text}' tidak dikenali; diabaikan.")
        birth: datetime.date | None = None
        raw_birth = _cell_at(cells, at.birth_date)
        if not is_empty(raw_birth):
            birth, note = self._date(raw_birth)
            if note:
                warnings.append(note)
        unit_text = _text_at(cells, at.unit) or self.default_unit
        unit = ""
        if unit_text:
            unit, note = self.units.match(unit_text)
            if note:
                warnings.append(note)
        # Positional, in EmployeeDraft's field order: a third of the cost of keywords.
        draft = EmployeeDraft(
            _text_at(cells, at.nama),
            nip,
            nik,
            _text_at(cells, at.gelar_depan),
            _text_at(cells, at.gelar_belakang),
            status,
            _text_at(cells, at.golongan) or _text_at(cells, at.pangkat),
            _text_at(cells, at.jabatan),
            jenis,
            unit,
            gender,
            birth,
        )
        try:
            valid = self.validate(draft)
        except ValidationError as exc:
            name = _FIELD_COLUMN.get(exc.field, exc.field)
            value = self._cell(cells, name) if name in self.idx else None
            kind = PRECISION if "Excel" in exc.message else INVALID
            raise self._error(row, name, value, _full(exc), kind) from None
        info = valid.nip_info
        if info is not None and (gender or birth):
            self._cross_check(info, gender, gender_text, birth, warnings)
        return Candidate(row, draft, valid.values, valid.unit, warnings)

    def _check_formulas(self, row: int, cells: Sequence[object]) -> None:
        for col, name in self._formula_cols.items():
            if (row - 1, col) in self.formulas:
                raise self._error(
                    row,
                    name,
                    self._cell(cells, name),
                    f"Kolom {self.mapping.label(name)} berisi rumus Excel, bukan nilai. "
                    + _FORMULA_HINT,
                    FORMULA,
                )

    @staticmethod
    def _cross_check(
        info: Any, gender: str, gender_text: str, birth: datetime.date | None, warnings: list[str]
    ) -> None:
        """The file's gender and birth date against the NIP's (the NIP's are kept)."""
        if gender and gender != info.gender:
            warnings.append(
                f"Jenis kelamin '{gender_text}' berbeda dengan NIP ({info.gender_label}); "
                "dipakai yang dari NIP."
            )
        if birth and birth != info.birth_date:
            warnings.append(
                f"Tanggal lahir {birth:%d-%m-%Y} berbeda dengan NIP "
                f"({info.birth_date:%d-%m-%Y}); dipakai yang dari NIP."
            )


def _gender(text: str) -> str:
    if not text:
        return ""
    key = cols.header_key(text)
    if key in _MALE:
        return "L"
    if key in _FEMALE:
        return "P"
    return ""


def _full(exc: ValidationError) -> str:
    return f"{exc.message} {exc.hint}".strip()
