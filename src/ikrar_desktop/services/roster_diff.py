"""Roster import diff: repeats inside the file and matches with stored employees."""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.domain.status import NON_ASN
from ikrar_desktop.domain.textfold import fold_unit as _fold_unit
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.store import employees_bulk as bulk

# Rosters repeat a few dozen unit names over thousands of rows: fold each name once.
fold_unit = functools.lru_cache(maxsize=4096)(_fold_unit)
DIFF_FIELDS = (
    "nip", "nik", "gelar_depan", "nama", "gelar_belakang", "status", "golongan", "jabatan",
    "jenis_jabatan", "unit", "gender", "birth_date",
)  # fmt: skip
_NIP, _NIK, _NAMA, _UNIT = (bulk.AT[f] for f in ("nip", "nik", "nama", "unit_id"))
# C-level getters for whole-list passes (map) over the candidates; validate() always gives
# every field.
_VALUES = operator.attrgetter("values")
_NIP_OF, _NIK_OF = operator.itemgetter("nip"), operator.itemgetter("nik")


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
class Duplicate:
    """The same NIP/NIK (or name + unit) on several rows of the file: none of them applied."""

    key: str
    value: str
    rows: list[int]

    def as_dict(self) -> dict[str, object]:
        return {"key": self.key, "value": self.value, "rows": self.rows}


@dataclass(slots=True)
class Diff:
    """Candidates sorted against the database, with the rows refused on the way."""

    new: list[rv.Candidate] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: list[tuple[rv.Candidate, int]] = field(default_factory=list)
    errors: list[rv.RowError] = field(default_factory=list)
    warnings: list[dict[str, object]] = field(default_factory=list)
    matched: set[int] = field(default_factory=set)  # ids of the changed and unchanged


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _name_key(candidate: rv.Candidate, unit_id_of: dict[str, int]) -> tuple[str, int | None]:
    unit = unit_id_of.get(fold_unit(candidate.unit)) if candidate.unit else None
    return search_key(str(candidate.values["nama"])), unit


def _repeats(values: list[object]) -> bool:
    present = [v for v in values if v]
    return len(set(present)) != len(present)


def _any_repeat(candidates: Sequence[rv.Candidate], unit_id_of: dict[str, int]) -> bool:
    """Whether two candidates share a NIP, a NIK, or (with neither) name and unit."""
    values = list(map(_VALUES, candidates))
    nips, niks = list(map(_NIP_OF, values)), list(map(_NIK_OF, values))
    if _repeats(nips) or _repeats(niks):
        return True
    if all(nips):
        return False  # no row is keyed by name
    nameless = [
        c for c, nip, nik in zip(candidates, nips, niks, strict=True) if not nip and not nik
    ]
    return _repeats([_name_unit(c, unit_id_of) for c in nameless])


def _name_unit(c: rv.Candidate, unit_id_of: dict[str, int]) -> str:
    """What identifies a row without NIP or NIK: "bare name / folded unit"."""
    name, _unit = _name_key(c, unit_id_of)
    return f"{name} / {fold_unit(c.unit)}"


def drop_duplicates(
    candidates: list[rv.Candidate], mapping: cols.ColumnMapping, unit_id_of: dict[str, int]
) -> tuple[list[rv.Candidate], list[Duplicate], list[rv.RowError]]:
    """Rows sharing a NIP, a NIK, or (without either) name + unit: report all, apply none.

    Returns the candidates kept, the duplicate groups and an error per row left out.
    """
    if not _any_repeat(candidates, unit_id_of):  # the usual case, checked with sets
        return list(candidates), [], []
    groups: dict[tuple[str, str], list[rv.Candidate]] = defaultdict(list)
    for c in candidates:
        nip, nik = c.values.get("nip"), c.values.get("nik")
        if nip:
            groups[("NIP", str(nip))].append(c)
        if nik:
            groups[("NIK", str(nik))].append(c)
        if not nip and not nik:
            groups[("nama + unit", _name_unit(c, unit_id_of))].append(c)
    duplicates: list[Duplicate] = []
    errors: list[rv.RowError] = []
    bad: set[int] = set()
    for (key, value), members in groups.items():
        if len(members) < 2:
            continue
        rows = [m.row for m in members]
        duplicates.append(Duplicate(key, value, rows))
        for m in members:
            bad.add(m.row)
            others = ", ".join(str(r) for r in rows if r != m.row)
            column = mapping.label(cols.NIP if key == "NIP" else cols.NIK)
            if key == "nama + unit":
                column = mapping.label(cols.NAMA)
            errors.append(
                rv.RowError(
                    m.row,
                    column,
                    value,
                    f"{key} yang sama juga ada di baris {others}; tidak ada yang diterapkan. "
                    "Perbaiki berkasnya sehingga tiap pegawai hanya satu baris.",
                    rv.DUPLICATE,
                )
            )
    return [c for c in candidates if c.row not in bad], duplicates, errors


Rule = Callable[[dict[str, object], str, tuple[object, ...]], tuple[object, object] | None]


class FieldComparer:
    """The covered fields of a candidate against its stored employee: field -> (old, new).

    One rule per field, built once per import (:meth:`_value_rule`: a blank cell never erases,
    dates compare as text; :meth:`_unit_rule`: units compare folded). Most rows of a re-import
    equal their stored employee: :meth:`equal` settles those with one C-level tuple comparison
    of the plain fields (equal values never differ under any rule) and the same rules for the
    birth date and unit.
    """

    def __init__(self, covered: frozenset[str], unit_name_of: dict[int, str]) -> None:
        self.fields = [f for f in DIFF_FIELDS if f in covered]
        self.unit_name_of = unit_name_of
        self.unit_keys = {uid: fold_unit(name) for uid, name in unit_name_of.items()}
        self._isos: dict[date, str] = {}  # birth dates repeat (the NIP reader shares them)
        self.rules: list[tuple[str, Rule]] = [
            (f, self._unit_rule() if f == "unit" else self._value_rule(f)) for f in self.fields
        ]
        # Fields compared as they are: a plain == over all of them settles most rows at once.
        plain = [f for f in self.fields if f not in ("unit", "birth_date")]
        self.new_of = operator.itemgetter(*plain) if plain else None
        self.old_of = operator.itemgetter(*(bulk.AT[f] for f in plain)) if plain else None
        self.special = [rule for f, rule in self.rules if f in ("unit", "birth_date")]

    def diffs(
        self, c: rv.Candidate, match: bulk.StoredEmployee
    ) -> dict[str, tuple[object, object]]:
        """What changes; most rows of a re-import are settled by :meth:`equal` alone."""
        return {} if self.equal(c.values, c.unit, match.row) else self.field_diffs(c, match)

    def field_diffs(
        self, c: rv.Candidate, match: bulk.StoredEmployee
    ) -> dict[str, tuple[object, object]]:
        """Every covered field through its rule, in :data:`DIFF_FIELDS` order."""
        values, unit, row = c.values, c.unit, match.row
        found: dict[str, tuple[object, object]] = {}
        for f, rule in self.rules:
            change = rule(values, unit, row)
            if change is not None:
                found[f] = change
        return found

    def equal(self, values: dict[str, object], unit: str, row: tuple[object, ...]) -> bool:
        """True only when :meth:`field_diffs` would find nothing (equal values never differ).

        ``values`` and ``unit`` are the candidate's, ``row`` the stored employee's.
        """
        # old_of is set whenever new_of is
        if self.new_of is not None and self.new_of(values) != self.old_of(row):  # type: ignore[misc]
            return False
        for rule in self.special:  # noqa: SIM110 - a loop: all() over a generator costs more
            if rule(values, unit, row) is not None:
                return False
        return True

    def _value_rule(self, f: str) -> Rule:
        """A stored column's rule: a blank cell never erases; dates compare as text."""
        at, isos = bulk.AT[f], self._isos

        def rule(
            values: dict[str, object], unit: str, row: tuple[object, ...]
        ) -> tuple[object, object] | None:
            new = values.get(f)
            if new is None or new == "":
                return None
            text = new
            if isinstance(new, date):
                text = isos.get(new) or isos.setdefault(new, new.isoformat())
            old = row[at]
            return None if (old or None) == (text or None) else (old, new)

        return rule

    def _unit_rule(self) -> Rule:
        """The unit's rule: a blank cell never erases; names compare folded."""
        keys, names = self.unit_keys, self.unit_name_of

        def rule(
            values: dict[str, object], unit: str, row: tuple[object, ...]
        ) -> tuple[object, object] | None:
            if not unit:
                return None
            old_id = row[_UNIT]
            if not isinstance(old_id, int):
                return None if fold_unit(unit) == "" else (None, unit)
            if fold_unit(unit) == keys.get(old_id, ""):
                return None
            return (names.get(old_id, "") or None, unit)

        return rule


def diff(
    candidates: list[rv.Candidate],
    stored: list[bulk.StoredEmployee],
    covered: frozenset[str],
    mapping: cols.ColumnMapping,
    unit_id_of: dict[str, int],
    unit_name_of: dict[int, str],
) -> Diff:
    """Match each candidate (NIP, NIK, or name + unit for Non-ASN) and list what changes."""
    by_nip: dict[object, bulk.StoredEmployee] = {}
    by_nik: dict[object, bulk.StoredEmployee] = {}
    by_name: dict[tuple[str, object], list[bulk.StoredEmployee]] = defaultdict(list)
    for s in stored:  # one pass: 50,000 stored rows are slow to walk
        row = s.row
        if row[_NIP]:
            by_nip[row[_NIP]] = s
        if row[_NIK]:
            by_nik[row[_NIK]] = s
        if not row[_NIP] and not row[_NIK]:
            by_name[(s.search_key, row[_UNIT])].append(s)
    compare = FieldComparer(covered, unit_name_of)
    equal, field_diffs = compare.equal, compare.field_diffs
    out = Diff()
    matched = out.matched
    for c in candidates:
        values = c.values
        nip, nik = values.get("nip"), values.get("nik")
        a = by_nip.get(nip) if nip else None
        b = by_nik.get(nik) if nik else None
        if b is not None and (
            (a is not None and a.id != b.id)
            or (a is None and nip and b.row[_NIP] not in (None, nip))
        ):
            out.errors.append(_owned_by_other(c, b, mapping))
            continue
        match = a or b
        if match is None and not nip and not nik and c.values["status"] == NON_ASN:
            found = by_name.get(_name_key(c, unit_id_of), [])
            if len(found) == 1:
                match = found[0]
        if match is None:
            out.new.append(c)
            continue
        if match.id in matched:
            out.errors.append(
                rv.RowError(
                    c.row,
                    mapping.label(cols.NAMA),
                    str(c.values["nama"]),
                    "Baris ini dan baris lain di berkas cocok dengan pegawai yang sama di "
                    "database; tidak diterapkan.",
                    rv.DUPLICATE,
                )
            )
            continue
        matched.add(match.id)
        if not match.active:
            out.warnings.append(
                {
                    "row": c.row,
                    "message": f"{c.values['nama']} berstatus nonaktif di database; "
                    "tidak diaktifkan otomatis.",
                }
            )
        diffs = {} if equal(values, c.unit, match.row) else field_diffs(c, match)
        if diffs:
            out.changed.append(Change(c, match.id, diffs))
        else:
            out.unchanged.append((c, match.id))
    return out


def _owned_by_other(
    c: rv.Candidate, owner: bulk.StoredEmployee, mapping: cols.ColumnMapping
) -> rv.RowError:
    return rv.RowError(
        c.row,
        mapping.label(cols.NIK),
        str(c.values.get("nik")),
        f"NIK ini sudah terdaftar atas nama pegawai lain ({owner.row[_NAMA]}, "
        f"NIP {owner.row[_NIP] or '-'}); baris tidak diterapkan.",
        rv.CONFLICT,
    )
