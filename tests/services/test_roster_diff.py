"""Roster diff shortcuts: each gives the answer of the rule it skips, on random rosters."""

from __future__ import annotations

import sqlite3
from datetime import date
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.services import roster_diff as rd
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import employees_bulk as bulk

MAPPING = cols.auto_map(["NIP", "NIK", "NAMA", "UNIT KERJA"])
UNIT_ID_OF = {"dinas a": 1, "dinas b": 2}
UNIT_NAME_OF = {1: "Dinas A", 2: "Dinas  B", 3: "Dinas C"}
NIPS = [None, "196803161988072006", "197112162007062022", "198001012005011001"]
NIKS = [None, "1810060706916602", "3201014508900001"]
NAMES = ["Siti", "siti", "Budi", "Dr. Budi", "Ma'ruf"]
UNITS = ["", "Dinas A", "DINAS A.", "Dinas B", "Dinas Baru"]
STATUSES = ["PNS", "Non-ASN"]
TEXTS = [None, "", "x", "III/a", "Staf"]
DATES: list[object] = [None, date(1968, 3, 16), date(1971, 12, 16)]


@st.composite
def person_fields(draw: st.DrawFn) -> dict[str, object]:
    """The fields a roster row and a stored employee have alike."""
    return {
        "nip": draw(st.sampled_from(NIPS)),
        "nik": draw(st.sampled_from(NIKS)),
        "gelar_depan": draw(st.sampled_from(["", "Dr."])),
        "nama": draw(st.sampled_from(NAMES)),
        "gelar_belakang": draw(st.sampled_from(["", "S.Pd."])),
        "status": draw(st.sampled_from(STATUSES)),
        "golongan": draw(st.sampled_from(TEXTS)),
        "jabatan": draw(st.sampled_from(TEXTS)),
        "jenis_jabatan": draw(st.sampled_from(TEXTS)),
    }


@st.composite
def candidates(draw: st.DrawFn, row: int) -> rv.Candidate:
    values: dict[str, object] = {
        **draw(person_fields()),
        "gender": draw(st.sampled_from([None, "L", "P"])),
        "birth_date": draw(st.sampled_from(DATES)),
    }
    unit = draw(st.sampled_from(UNITS))
    return rv.Candidate(row, EmployeeDraft(nama=str(values["nama"])), values, unit)


@st.composite
def rosters(draw: st.DrawFn) -> list[rv.Candidate]:
    size = draw(st.integers(0, 8))
    return [draw(candidates(row)) for row in range(2, size + 2)]


@st.composite
def stored_employees(draw: st.DrawFn) -> bulk.StoredEmployee:
    values = {
        **draw(person_fields()),
        "unit_id": draw(st.sampled_from([None, 1, 2, 3, 4])),
        "gender": draw(st.sampled_from([None, "L", "P"])),
        "birth_date": draw(st.sampled_from([None, "", "1968-03-16", "1971-12-16"])),
    }
    row = (*(values[c] for c in bulk.COMPARED), 7, 1, "siti")
    return bulk.StoredEmployee(7, row, True, "siti")


@settings(max_examples=300)
@given(rosters())
def test_duplicates_shortcut_agrees_with_grouping(roster: list[rv.Candidate]) -> None:
    quick = rd.drop_duplicates(roster, MAPPING, UNIT_ID_OF)
    with mock.patch.object(rd, "_any_repeat", lambda *_: True):  # always group, as before
        grouped = rd.drop_duplicates(roster, MAPPING, UNIT_ID_OF)
    assert quick == grouped


COVERED = [
    frozenset(rd.DIFF_FIELDS),
    frozenset({"nip", "gender", "birth_date", "nama", "gelar_depan", "gelar_belakang"}),
    frozenset({"unit"}),
    frozenset({"golongan", "jabatan"}),
    frozenset(),
]


@settings(max_examples=500)
@given(candidates(2), stored_employees(), st.sampled_from(COVERED))
def test_equal_rows_shortcut_agrees_with_field_rules(
    c: rv.Candidate, s: bulk.StoredEmployee, covered: frozenset[str]
) -> None:
    compare = rd.FieldComparer(covered, UNIT_NAME_OF)
    assert compare.diffs(c, s) == compare.field_diffs(c, s)


def test_a_candidate_equal_to_its_stored_row_is_settled_without_field_rules() -> None:
    compare = rd.FieldComparer(frozenset(rd.DIFF_FIELDS), UNIT_NAME_OF)
    values: dict[str, object] = {
        "nip": NIPS[1], "nik": None, "gelar_depan": "", "nama": "Siti", "gelar_belakang": "",
        "status": "PNS", "golongan": "III/a", "jabatan": "Staf", "jenis_jabatan": None,
        "gender": "P", "birth_date": date(1968, 3, 16),
    }  # fmt: skip
    c = rv.Candidate(2, EmployeeDraft(nama="Siti"), values, "DINAS A.")
    stored = {**values, "unit_id": 1, "birth_date": "1968-03-16"}
    row = (*(stored[f] for f in bulk.COMPARED), 7, 1, "siti")
    assert compare.equal(c.values, c.unit, row)
    assert not compare.equal(c.values, c.unit, (*row[:2], "Dr.", *row[3:]))


def test_load_all_rows_read_by_name(conn: sqlite3.Connection) -> None:
    emp = add_employee(
        conn,
        EmployeeDraft(nama="Dr. Siti Aminah", nip="196803161988072006", unit="Dinas A"),
    )
    (stored,) = bulk.load_all(conn)
    assert (stored.id, stored.active, stored.search_key) == (emp.id, True, "siti aminah")
    assert stored.values == {
        "nip": "196803161988072006", "nik": None, "gelar_depan": "Dr.", "nama": "Siti Aminah",
        "gelar_belakang": "", "status": "PNS", "golongan": None, "jabatan": "",
        "jenis_jabatan": None, "unit_id": emp.unit_id, "gender": "P", "birth_date": "1968-03-16",
    }  # fmt: skip
    assert all(stored.row[bulk.AT[f]] == v for f, v in stored.values.items())
