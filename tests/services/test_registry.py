"""Adding, editing, deactivating and finding employees through the registry service."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.names import split_name
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services import registry
from ikrar_desktop.store.employees import EmployeeFilter, list_employees, search_ids

NIP = "198001012005011001"


def add(conn: sqlite3.Connection, nama: str, **kw: str) -> int:
    return registry.add_employee(conn, EmployeeDraft(nama=nama, **kw)).id


def test_add_splits_titles_and_reads_the_nip(conn: sqlite3.Connection) -> None:
    emp = registry.add_employee(
        conn,
        EmployeeDraft(
            nama="Dr. H. Ahmad Fauzi, S.Pd., M.Si.",
            nip="19800101 200501 1 001",
            unit="Dinas  Pendidikan",
            golongan="IIIa",
        ),
    )
    assert (emp.gelar_depan, emp.nama, emp.gelar_belakang) == (
        "Dr. H.",
        "Ahmad Fauzi",
        "S.Pd., M.Si.",
    )
    assert emp.nip == NIP and emp.status == "PNS" and emp.golongan == "III/a"
    assert emp.birth_date == date(1980, 1, 1) and emp.gender == "L"
    assert emp.unit == "Dinas Pendidikan"
    # a second spelling of the same unit goes to the same unit
    other = registry.add_employee(
        conn, EmployeeDraft(nama="Siti", nip="198502022010012002", unit="DINAS PENDIDIKAN")
    )
    assert other.unit_id == emp.unit_id


@pytest.mark.parametrize(
    ("nip", "words"),
    [
        ("19800101200501100", "18 digit"),
        ("198013012005011001", "tanggal lahir"),
        ("198001012005013001", "jenis kelamin"),
        ("198001012005011000", "000"),
    ],
)
def test_invalid_nip_is_refused_with_the_reason(
    conn: sqlite3.Connection, nip: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        add(conn, "Budi", nip=nip)
    assert words in str(info.value)
    assert info.value.field == "nip"
    assert list_employees(conn, EmployeeFilter(active=None)) == []


def test_asn_needs_a_nip_but_non_asn_does_not(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValidationError, match="NIP wajib"):
        add(conn, "Budi", status="PNS")
    emp = registry.add_employee(conn, EmployeeDraft(nama="Joko Honorer"))
    assert emp.status == "Non-ASN" and emp.nip is None


def test_duplicate_nip_names_the_holder(conn: sqlite3.Connection) -> None:
    add(conn, "Ahmad Fauzi", nip=NIP, unit="Dinas Kesehatan")
    with pytest.raises(ValidationError) as info:
        add(conn, "Orang Lain", nip=NIP)
    assert "Ahmad Fauzi" in str(info.value) and "Dinas Kesehatan" in str(info.value)


def test_pppk_nip_gets_pppk_status(conn: sqlite3.Connection) -> None:
    emp = registry.add_employee(conn, EmployeeDraft(nama="Rina", nip="199407222022212003"))
    assert emp.status == "PPPK"


def test_search_ignores_titles_case_accents_and_word_order(conn: sqlite3.Connection) -> None:
    target = add(conn, "Dr. H. Ahmad Fauzi, S.Pd., M.Si.", nip=NIP)
    add(conn, "Ahmad Fauzan", nip="198502022010012002")
    add(conn, "Fauzi Rahman", nip="197003032000031003")
    for text in ("ahmad fauzi", "FAUZI AHMAD", "Dr. Ahmad Fauzi", "ahmád fáuzi", "fauzi  Dr ahmad"):
        assert search_ids(conn, EmployeeFilter(text=text)) == [target], text
    assert search_ids(conn, EmployeeFilter(text="19800101 2005")) == [target]
    assert (
        search_ids(conn, EmployeeFilter(text="fauz"))
        and len(search_ids(conn, EmployeeFilter(text="fauz"))) == 3
    )
    assert search_ids(conn, EmployeeFilter(text="100% _")) == []


def test_deactivate_keeps_the_record_and_hides_it(conn: sqlite3.Connection) -> None:
    emp_id = add(conn, "Budi Santoso", nip=NIP)
    with pytest.raises(ValidationError):
        registry.set_active(conn, emp_id, False, "  ")
    emp = registry.set_active(conn, emp_id, False, "Pensiun")
    assert not emp.active and emp.inactive_reason == "Pensiun"
    assert search_ids(conn, EmployeeFilter(text="budi")) == []
    assert search_ids(conn, EmployeeFilter(text="budi", active=False)) == [emp_id]
    assert registry.set_active(conn, emp_id, True).active


def test_edit_and_delete(conn: sqlite3.Connection) -> None:
    emp_id = add(conn, "Budi Santoso", nip=NIP)
    edited = registry.update_employee(
        conn, emp_id, EmployeeDraft(nama="Budi Santosa", nip=NIP, jabatan="Analis  SDM")
    )
    assert edited.nama == "Budi Santosa" and edited.jabatan == "Analis SDM"
    registry.delete_employee(conn, emp_id)
    with pytest.raises(NotFoundError):
        registry.delete_employee(conn, emp_id)


_NAME_PIECES = st.sampled_from(
    ["Ahmad", "siti", "H", "Hj", "Dr.", "dr", "Drs", "Ir.", "KH", "Prof", "SH", "S.Pd.,", "ST",
     "M.Si", "MA", "Ma'ruf", "Müller", ",", "  ", "\t"]
)  # fmt: skip


@given(
    words=st.lists(_NAME_PIECES, min_size=1, max_size=5),
    front=st.sampled_from(["", "", "Dr."]),
    back=st.sampled_from(["", "", "S.Pd."]),
)
def test_validate_splits_names_exactly_as_split_name(
    words: list[str], front: str, back: str
) -> None:
    """The registry skips split_name for plain names; the parts must be the same as splitting."""
    nama = " ".join(words)
    tidy = " ".join(nama.split())
    if not tidy:
        return
    if front or back:
        expected = (front, tidy, back)
    else:
        parts = split_name(tidy)
        expected = (parts.gelar_depan, parts.nama, parts.gelar_belakang)
    draft = EmployeeDraft(nama=nama, gelar_depan=front, gelar_belakang=back, status="Non-ASN")
    if not expected[1]:  # nothing left once the titles are off (", , Ahmad")
        with pytest.raises(ValidationError, match="Nama wajib"):
            registry.validate(draft)
        return
    values = registry.validate(draft).values
    assert (values["gelar_depan"], values["nama"], values["gelar_belakang"]) == expected


def test_validate_dates_nip_checks_by_the_given_day() -> None:
    draft = EmployeeDraft(nama="Budi", nip="200801012027011001")
    with pytest.raises(ValidationError):
        registry.validate(draft, today=date(2025, 6, 1))  # TMT 2027: not yet possible in 2025
    assert registry.validate(draft, today=date(2027, 6, 1)).values["nip"] == draft.nip
