"""One roster row to a validated employee candidate, or the row's errors in Indonesian."""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ikrar_desktop.domain.dates import parse_date
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.employee_rules import ValidEmployee, validate
from ikrar_desktop.domain.nip import NipInfo, check_digits, clean_id, reject_excel_number
from ikrar_desktop.domain.status import CPNS, PNS, parse_jenis_jabatan, parse_status
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange.roster_cells import (
    RosterColumns,
    UnitMatcher,
    cell_at,
    cell_text,
    gender_of,
    is_empty,
    plain_id,
    text_at,
)

PRECISION = "precision"  # an ID damaged by Excel (number cell, 1,98E+17, trailing zeros)
INVALID = "invalid"
FORMULA = "formula"
DUPLICATE = "duplicate"
CONFLICT = "conflict"

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


Validator = Callable[[EmployeeDraft], ValidEmployee]


@dataclass(slots=True)
class Candidate:
    """A row that passed every rule: the draft, the registry's values, unit name, warnings."""

    row: int
    draft: EmployeeDraft
    values: dict[str, object]
    unit: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Shared:
    """What a row's repeating cells give (``RosterColumns.shared``): texts and warnings."""

    status: str
    golongan: str
    jenis_jabatan: str
    gender: str
    gender_text: str
    gelar_depan: str
    gelar_belakang: str
    notes: tuple[str, ...]  # jenis jabatan, gender: in the order a row reads


class _Reject(Exception):
    def __init__(self, error: RowError) -> None:
        self.error = error


class RowConverter:
    """Converts the rows of one table; caches every per-value parse (rosters repeat values)."""

    def __init__(
        self,
        mapping: cols.ColumnMapping,
        *,
        units: UnitMatcher,
        validator: Validator | None = None,
        formulas: set[tuple[int, int]] | None = None,
        date1904: bool = False,
        default_unit: str | None = None,
    ) -> None:
        self.mapping = mapping
        self.validate = validator or _dated(datetime.date.today())
        self.units = units
        self.formulas = formulas or set()
        self.date1904 = date1904
        self.default_unit = " ".join((default_unit or "").split())
        self.idx = dict(mapping.columns)
        self._at = RosterColumns.of(self.idx)
        self._status: dict[tuple[object, object, object], str] = {}
        self._jenis: dict[str, tuple[str, str | None]] = {}
        self._dates: dict[object, tuple[datetime.date | None, str | None]] = {}
        self._genders: dict[str, str] = {}
        self._units: dict[str | None, tuple[str, str | None]] = {}  # unit cell -> unit, warning
        self._shared: dict[tuple[object, ...], _Shared] = {}
        self._shared_cols = self._at.shared
        # The shared cells of a row in one C call, when the row reaches the last of them.
        self._pick_shared = (
            operator.itemgetter(*self._shared_cols) if len(self._shared_cols) > 1 else None
        )
        self._shared_width = max(self._shared_cols, default=-1) + 1
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

    def _error(self, row: int, name: str, value: object, message: str, kind: str) -> _Reject:
        return _Reject(RowError(row, self.mapping.label(name), cell_text(value), message, kind))

    def _id(
        self, row: int, cells: Sequence[object], at: int | None, name: str, label: str, length: int
    ) -> str:
        if at is None:
            return ""
        raw = cell_at(cells, at)
        if plain_id(raw, length):
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
            cell_at(cells, status_at),
            cell_at(cells, flag_at),
            cell_at(cells, note_at),
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
        shared = self._shared_of(row, cells)
        warnings = list(shared.notes)
        birth: datetime.date | None = None
        raw_birth = cell_at(cells, at.birth_date) if at.birth_date is not None else None
        if raw_birth is not None and not is_empty(raw_birth):
            birth, note = self._date(raw_birth)
            if note:
                warnings.append(note)
        unit, note = self._unit_of(cells)
        if note:
            warnings.append(note)
        draft = EmployeeDraft(
            nama=text_at(cells, at.nama),
            nip=nip,
            nik=nik,
            gelar_depan=shared.gelar_depan,
            gelar_belakang=shared.gelar_belakang,
            status=shared.status,
            golongan=shared.golongan,
            jabatan=text_at(cells, at.jabatan),
            jenis_jabatan=shared.jenis_jabatan,
            unit=unit,
            gender=shared.gender,
            birth_date=birth,
        )
        try:
            valid = self.validate(draft)
        except ValidationError as exc:
            name = _FIELD_COLUMN.get(exc.field, exc.field)
            value = self._cell(cells, name) if name in self.idx else None
            kind = PRECISION if "Excel" in exc.message else INVALID
            raise self._error(row, name, value, _full(exc), kind) from None
        info = valid.nip_info
        if info is not None and (shared.gender or birth):
            self._cross_check(info, shared.gender, shared.gender_text, birth, warnings)
        return Candidate(row, draft, valid.values, valid.unit, warnings)

    def _shared_of(self, row: int, cells: Sequence[object]) -> _Shared:
        """The row's repeating cells read, once per distinct combination of them."""
        if self._pick_shared is not None and len(cells) >= self._shared_width:
            key = self._pick_shared(cells)
        else:
            key = tuple(cell_at(cells, i) for i in self._shared_cols)
        found = self._shared.get(key)
        if found is None:
            found = self._read_shared(row, cells)
            # Only texts are kept: equal keys then mean equal cells (True == 1, yet reads "True").
            if all(c is None or type(c) is str for c in key):
                self._shared[key] = found
        return found

    def _read_shared(self, row: int, cells: Sequence[object]) -> _Shared:
        at = self._at
        status = self._status_of(row, cells)
        notes: list[str] = []
        jenis = text_at(cells, at.jenis_jabatan)
        if jenis:
            jenis, note = self._jenis_jabatan(jenis)
            if note:
                notes.append(note)
        gender_text = text_at(cells, at.gender)
        gender = self._genders.get(gender_text)
        if gender is None:
            gender = self._genders[gender_text] = gender_of(gender_text)
        if gender_text and not gender:
            notes.append(f"Jenis kelamin '{gender_text}' tidak dikenali; diabaikan.")
        return _Shared(
            status=status,
            golongan=text_at(cells, at.golongan) or text_at(cells, at.pangkat),
            jenis_jabatan=jenis,
            gender=gender,
            gender_text=gender_text,
            gelar_depan=text_at(cells, at.gelar_depan),
            gelar_belakang=text_at(cells, at.gelar_belakang),
            notes=tuple(notes),
        )

    def _unit_of(self, cells: Sequence[object]) -> tuple[str, str | None]:
        """:meth:`_read_unit`, once per unit text (a cell of another type is read every time)."""
        raw = cell_at(cells, self._at.unit)
        if raw is not None and type(raw) is not str:
            return self._read_unit(cells)
        found = self._units.get(raw)
        if found is None:
            found = self._units[raw] = self._read_unit(cells)
        return found

    def _read_unit(self, cells: Sequence[object]) -> tuple[str, str | None]:
        """The unit a row names (or the default one) and any warning."""
        text = text_at(cells, self._at.unit) or self.default_unit
        return self.units.match(text) if text else ("", None)

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
        info: NipInfo,
        gender: str,
        gender_text: str,
        birth: datetime.date | None,
        warnings: list[str],
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


def _dated(today: datetime.date) -> Validator:
    """The registry's rules (domain.employee_rules.validate), dated once for the whole roster."""

    def check(draft: EmployeeDraft) -> ValidEmployee:
        return validate(draft, today=today)  # a closure: partial() builds a dict per call

    return check


def _full(exc: ValidationError) -> str:
    return f"{exc.message} {exc.hint}".strip()
