"""Roster import scope: the kinds of employee and units a file speaks for, and who it misses."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.domain.nip import clean_id
from ikrar_desktop.domain.status import ASN_STATUSES, NON_ASN, STATUSES
from ikrar_desktop.domain.textfold import fold_unit
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.store import employees_bulk as bulk

_NIP, _NIK, _NAMA, _UNIT, _STATUS = (
    bulk.AT[f] for f in ("nip", "nik", "nama", "unit_id", "status")
)
# How the kinds were told: every accepted row had a status, none had, or some had.
FROM_STATUS, FROM_IDENTITY, FROM_BOTH = "status", "identity", "mixed"
# Where the units come from: the accepted rows, the unit given for the whole file, or nowhere.
UNITS_FROM_ROWS, UNITS_FROM_DEFAULT, UNITS_NONE = "rows", "default", "none"
_DRAFT_STATUS, _UNIT_OF = operator.attrgetter("draft.status"), operator.attrgetter("unit")
NAMED_UNITS = 3  # up to this many units are named in the description, more are counted


@dataclass(frozen=True, slots=True)
class Scope:
    """Who a roster file speaks for: its kinds of employee (statuses) in its units.

    Only active employees with one of ``statuses`` in one of ``unit_ids`` can be "missing from
    the file"; everyone else is never touched by the import's deactivation.
    """

    statuses: tuple[str, ...]
    units: tuple[str, ...]  # names of the stored units covered, sorted
    unit_ids: frozenset[int]
    kinds_from: str
    units_from: str
    default_unit: str = ""

    @property
    def empty(self) -> bool:
        return not self.statuses or not self.unit_ids

    def describe(self) -> str:
        """ "Non-ASN di 12 unit kerja" (units named when there are a few)."""
        if self.empty:
            return "tidak ada pegawai"
        kinds = ", ".join(self.statuses)
        if len(self.units) <= NAMED_UNITS:
            return f"{kinds} di {', '.join(self.units)}"
        return f"{kinds} di {len(self.units)} unit kerja"

    def reason(self) -> str:
        """Why the scope is what it is, for the clerk."""
        kinds = {
            FROM_STATUS: "jenis pegawai menurut kolom status",
            FROM_IDENTITY: "berkas tanpa status: baris ber-NIP dianggap ASN (PNS, CPNS, PPPK, "
            "PPPK Paruh Waktu), baris tanpa NIP dianggap Non-ASN",
            FROM_BOTH: "jenis pegawai menurut kolom status; baris tanpa status: ber-NIP "
            "dianggap ASN, tanpa NIP dianggap Non-ASN",
        }.get(self.kinds_from, "")
        units = {
            UNITS_FROM_ROWS: "unit kerja menurut baris yang diterima",
            UNITS_FROM_DEFAULT: f"unit kerja dibatasi ke {self.default_unit}",
            UNITS_NONE: "berkas tidak menyebut unit kerja",
        }[self.units_from]
        return f"{kinds}; {units}" if kinds else units

    def sentence(self) -> str:
        """The line import output shows: what the file covers and that nobody else is touched."""
        if self.units_from == UNITS_NONE:
            return (
                "Berkas tidak menyebut unit kerja: tidak ada pegawai yang dianggap hilang "
                "dan tidak ada yang dinonaktifkan."
            )
        if self.empty:
            return (
                "Berkas tidak mencakup pegawai yang sudah ada di database; "
                "tidak ada yang dinonaktifkan."
            )
        return f"Berkas mencakup: {self.describe()}; pegawai lain tidak disentuh."

    def as_dict(self) -> dict[str, object]:
        return {
            "statuses": list(self.statuses),
            "units": list(self.units),
            "kinds_from": self.kinds_from,
            "units_from": self.units_from,
            "text": self.sentence(),
            "reason": self.reason(),
        }


@dataclass(slots=True)
class MissingEmployee:
    """Active, within the file's scope (kind and unit), yet on no row of the file."""

    id: int
    nama: str
    nip: str | None
    nik: str | None
    unit: str
    status: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "nama": self.nama,
            "nip": self.nip,
            "nik": self.nik,
            "unit": self.unit,
            "status": self.status,
        }


def file_scope(
    candidates: Sequence[rv.Candidate],
    covers_unit: bool,
    default_unit: str | None,
    unit_id_of: dict[str, int],
    unit_name_of: dict[int, str],
) -> Scope:
    """The kinds and units the accepted rows (``candidates``) speak for.

    Kinds: the status a row gives; a row without one is ASN (all four ASN statuses) when it
    has a NIP and Non-ASN otherwise. Units: the stored units of the rows, and only the unit
    given for the whole file (``default_unit``) when there is one. Set passes over plain
    attributes: about 10 ms at 50,000 rows.
    """
    stated = set(map(_DRAFT_STATUS, candidates))  # the canonical status, "" when none given
    given = stated - {""}
    by_identity: set[bool] = set()  # True: a row without status has a NIP, False: it has not
    if "" in stated:
        by_identity = {bool(c.values["nip"]) for c in candidates if not c.draft.status}
    unit_names = set(map(_UNIT_OF, candidates))
    statuses = set(given)
    if True in by_identity:
        statuses.update(ASN_STATUSES)
    if False in by_identity:
        statuses.add(NON_ASN)
    kinds_from = FROM_BOTH if given and by_identity else FROM_STATUS if given else FROM_IDENTITY
    unit_keys = {fold_unit(u) for u in unit_names if u}
    wanted = " ".join((default_unit or "").split())
    units_from = UNITS_FROM_ROWS if covers_unit else UNITS_NONE
    if wanted and covers_unit:
        units_from = UNITS_FROM_DEFAULT
        unit_keys &= {fold_unit(wanted)}
    ids = frozenset(unit_id_of[k] for k in unit_keys if k in unit_id_of) if covers_unit else None
    return Scope(
        statuses=tuple(s for s in STATUSES if s in statuses),
        units=tuple(sorted(unit_name_of[i] for i in ids or ())),
        unit_ids=ids or frozenset(),
        kinds_from=kinds_from,
        units_from=units_from,
        default_unit=wanted,
    )


@dataclass(slots=True)
class InFile:
    """What a file names, rejected rows included: every NIP/NIK, and rejected rows' names."""

    ids: set[str]
    names: set[str]  # search keys of the names on rejected rows


def in_file(
    rows: Sequence[tuple[int, Sequence[object]]],
    id_cols: Sequence[int],
    name_col: int | None,
    rejected: set[int],
) -> InFile:
    """Every NIP/NIK written in the file (cleaned) and the names on its rejected rows."""
    ids: set[str] = set()
    names: set[str] = set()
    add = ids.add
    for _row_number, cells in rows:
        width = len(cells)
        for i in id_cols:
            if i < width:
                value = cells[i]
                if type(value) is str:
                    add(clean_id(value))
                elif isinstance(value, int) and not isinstance(value, bool):
                    add(str(value))  # an ID typed as a number: its row was rejected
    if name_col is not None and rejected:
        for row_number, cells in rows:
            if row_number in rejected and name_col < len(cells):
                name = cells[name_col]
                if isinstance(name, str) and name.strip():
                    names.add(search_key(" ".join(name.split())))
    ids.discard("")
    names.discard("")
    return InFile(ids, names)


def find_missing(
    scope: Scope,
    matched: set[int],
    stored: Sequence[bulk.StoredEmployee],
    named_in_file: Callable[[], InFile],
    unit_name_of: dict[int, str],
) -> list[MissingEmployee]:
    """Active employees of the file's kinds and units that no row matched.

    ``named_in_file`` is only called when someone is otherwise missing: a person whose NIP or
    NIK is written anywhere in the file, or whose name is on a rejected row, is in the file
    and never counted missing.
    """
    if scope.empty:
        return []
    units, statuses = scope.unit_ids, frozenset(scope.statuses)
    seen: InFile | None = None
    missing: list[MissingEmployee] = []
    for s in stored:
        row = s.row
        if s.id in matched or not s.active or row[_UNIT] not in units:
            continue
        if row[_STATUS] not in statuses:
            continue
        if seen is None:
            seen = named_in_file()
        nip, nik = row[_NIP], row[_NIK]
        if (nip and nip in seen.ids) or (nik and nik in seen.ids) or s.search_key in seen.names:
            continue  # their row is in the file but was rejected: never treat as gone
        missing.append(
            MissingEmployee(
                s.id,
                str(row[_NAMA]),
                str(nip) if nip else None,
                str(nik) if nik else None,
                unit_name_of.get(row[_UNIT], ""),  # type: ignore[call-overload]  # a unit id
                str(row[_STATUS] or ""),
            )
        )
    missing.sort(key=lambda m: (m.unit, m.nama, m.id))
    return missing
