"""Reading roster cells: where each field is, empty markers, cell text, gender, unit names."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeGuard

from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.exchange import columns as cols

_EMPTY = frozenset({"", "-", "--", "null", "none", "nan", "n/a", "#n/a", "nil"})
_MALE = frozenset({"l", "lk", "laki", "lakilaki", "pria", "m", "male", "1"})
_FEMALE = frozenset({"p", "pr", "perempuan", "wanita", "w", "f", "female", "2"})


@dataclass(frozen=True, slots=True)
class RosterColumns:
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

    @property
    def shared(self) -> list[int]:
        """Columns with a handful of values down a whole roster (status, golongan, gelar…).

        Jabatan and unit repeat too, but each has hundreds of values: together with the others
        they would make nearly every row a new combination.
        """
        found = (*self.status, self.golongan, self.pangkat, self.jenis_jabatan, self.gender,
                 self.gelar_depan, self.gelar_belakang)  # fmt: skip
        return [i for i in found if i is not None]

    @classmethod
    def of(cls, idx: dict[str, int]) -> RosterColumns:
        at = idx.get
        note = at(cols.KETERANGAN) if cols.STATUS not in idx else None
        return cls(
            at(cols.NIP), at(cols.NIK), at(cols.NAMA), at(cols.GELAR_DEPAN),
            at(cols.GELAR_BELAKANG), at(cols.GOLONGAN), at(cols.PANGKAT), at(cols.JABATAN),
            at(cols.JENIS_JABATAN), at(cols.GENDER), at(cols.BIRTH_DATE), at(cols.UNIT),
            (at(cols.STATUS), at(cols.CPNS_PNS), note),
        )  # fmt: skip


def is_empty(cell: object) -> bool:
    """None, blank, "-", "null" and friends."""
    return cell is None or (isinstance(cell, str) and cell.strip().casefold() in _EMPTY)


def cell_at(cells: Sequence[object], i: int | None) -> object:
    """The cell at ``i``; None when the column is not mapped or the row is shorter."""
    return cells[i] if i is not None and i < len(cells) else None


def text_at(cells: Sequence[object], i: int | None) -> str:
    """The cell at ``i`` as text, "" when missing or empty (``is_empty`` then ``cell_text``)."""
    if i is None or i >= len(cells):
        return ""
    cell = cells[i]
    if type(cell) is str:
        text = cell.strip()
        # casefold never shortens a string, so only short texts can be an "empty" word
        return "" if len(text) <= 4 and text.casefold() in _EMPTY else text
    return "" if is_empty(cell) else cell_text(cell)


def plain_id(raw: object, length: int) -> TypeGuard[str]:
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


def gender_of(text: str) -> str:
    """ "L", "P", or "" when the text does not say (Laki-laki, P, Wanita, 1…)."""
    if not text:
        return ""
    key = cols.header_key(text)
    if key in _MALE:
        return "L"
    if key in _FEMALE:
        return "P"
    return ""


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
