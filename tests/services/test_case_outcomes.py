"""How a case ends: not proven or sanctioned is never late; sanction abbreviations; who a
disciplinary form (PP 94/2021, PP 49/2018) can be recorded against."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from event_helpers import regency

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.case_export import case_dict
from ikrar_desktop.services.registry import add_employee

TODAY = date(2024, 6, 1)


def _case(conn: sqlite3.Connection, employee_id: int, form: str = "KE-4", **kw: str) -> int:
    draft = svc.CaseDraft(employee_id, form, "bawaslu", kw.pop("reported", "2024-01-05"), **kw)
    return svc.add_case(conn, draft, operator="tester", today=TODAY).id


def _steps(conn: sqlite3.Connection, case_id: int, *steps: tuple[str, str, str]) -> None:
    for step, when, sanction in steps:
        svc.update_step(conn, case_id, step, when, sanction=sanction, today=TODAY)


def test_not_proven_and_sanctioned_cases_are_ended_not_late(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    running = _case(conn, people[0].id)
    not_proven = _case(conn, people[1].id, reported="2024-01-02")
    _steps(conn, not_proven, ("not-proven", "2024-01-05", ""))
    sanctioned = _case(conn, people[3].id, "D-5")
    _steps(conn, sanctioned, ("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""),
           ("sanction", "2024-01-20", "R-2"))  # fmt: skip
    done = _case(conn, people[6].id)
    _steps(conn, done, ("not-proven", "2024-01-06", ""), ("done", "2024-01-07", ""))

    items = {i.case.id: i for i in svc.list_cases(conn, today=TODAY)}
    for ended in (not_proven, sanctioned, done):
        assert items[ended].due is None and items[ended].overdue_days == 0
        assert case_dict(items[ended])["open"] is False
    assert items[running].overdue_days > 100

    def ids(**kw: object) -> list[int]:
        return [i.case.id for i in svc.list_cases(conn, svc.CaseFilter(**kw), TODAY)]  # type: ignore[arg-type]

    assert ids(overdue_only=True) == [running]
    assert ids(open_only=True) == [running]
    # (unit, cases, still running): Dinas Pendidikan has the running case and the not-proven one
    assert ("Dinas Pendidikan", 2, 1) in svc.counts(list(items.values()), "unit")
    assert ("Dinas Kesehatan", 1, 0) in svc.counts(list(items.values()), "unit")
    # filing an ended case ("Selesai") stays possible
    _steps(conn, not_proven, ("done", "2024-05-01", ""))
    assert svc.get_case(conn, not_proven).step == "done"


def test_ended_case_stays_on_time_even_with_deadlines_saved_for_its_step(
    conn: sqlite3.Connection,
) -> None:
    """An older version let the clerk set days for 'not-proven' and 'sanction'; ignored now."""
    people = regency(conn)
    cid = _case(conn, people[0].id)
    _steps(conn, cid, ("not-proven", "2024-01-06", ""))
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        (svc.DEADLINES_KEY, '{"reported": 7, "not-proven": 1, "sanction": 1}'),
    )
    assert "not-proven" not in svc.load_deadlines(conn)
    assert not svc.case_item(conn, cid, TODAY).overdue


@pytest.mark.parametrize(
    ("typed", "stored"), [("PTDH", "B-4"), ("pdhtaps", "B-3"), ("PDH", "B-3"), ("r-2", "R-2")]
)
def test_sanction_abbreviation_is_stored_as_its_code(
    conn: sqlite3.Connection, typed: str, stored: str
) -> None:
    people = regency(conn)
    cid = _case(conn, people[0].id, "D-5")
    _steps(conn, cid, ("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""),
           ("sanction", "2024-01-20", typed))  # fmt: skip
    case = svc.get_case(conn, cid)
    assert case.sanction_code == stored and case.steps[-1].sanction_code == stored


def test_unknown_sanction_is_refused_with_the_valid_ones(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    cid = _case(conn, people[0].id, "D-5")
    _steps(conn, cid, ("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""))
    with pytest.raises(ValidationError, match="'pecat' tidak dikenal") as info:
        svc.update_step(conn, cid, "sanction", "2024-01-20", sanction="pecat", today=TODAY)
    assert "B-4 (PTDH)" in info.value.hint
    assert svc.get_case(conn, cid).step == "decision"


def test_disciplinary_form_for_a_non_asn_is_refused_with_nothing_stored(
    conn: sqlite3.Connection,
) -> None:
    people = regency(conn)
    dewi = people[5]  # Non-ASN, identified by NIK
    assert dewi.status == "Non-ASN"
    with pytest.raises(ValidationError, match="Non-ASN tidak tunduk") as info:
        _case(conn, dewi.id, "D-5")
    assert info.value.field == "form" and "PP 94/2021" in info.value.message
    assert svc.list_cases(conn) == []
    assert svc.get_case(conn, _case(conn, dewi.id, "KE-4")).form_code == "KE-4"


@pytest.mark.parametrize("status", ["PPPK", "PPPK Paruh Waktu", "CPNS"])
def test_disciplinary_form_for_pppk_and_cpns_is_accepted(
    conn: sqlite3.Connection, status: str
) -> None:
    ident = {"nip": "199003032019032003"} if status.startswith("PPPK") else {
        "nip": "199003032023031003"}  # fmt: skip
    emp = add_employee(conn, EmployeeDraft(nama="Rina", unit="Dinas Sosial", status=status,
                                           **ident))  # fmt: skip
    assert svc.get_case(conn, _case(conn, emp.id, "D-12")).emp_status == status


def test_disciplinary_sanction_for_a_non_asn_is_refused(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    cid = _case(conn, people[5].id, "KE-4")
    _steps(conn, cid, ("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""))
    with pytest.raises(ValidationError, match="Non-ASN tidak dapat dijatuhi"):
        svc.update_step(conn, cid, "sanction", "2024-01-20", sanction="PTDH", today=TODAY)
    assert svc.get_case(conn, cid).step == "decision"
    _steps(conn, cid, ("sanction", "2024-01-20", "SM-2"))
    with pytest.raises(ValidationError, match="hanya untuk PPPK"):
        pns = _case(conn, people[0].id, "D-5")
        _steps(conn, pns, ("verified", "2024-01-08", ""), ("decision", "2024-01-15", ""),
               ("sanction", "2024-01-20", "P-1"))  # fmt: skip
