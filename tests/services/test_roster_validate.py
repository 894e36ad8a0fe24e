"""RosterValidator gives exactly validate()'s answers: the same values, or the same error."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services.registry import validate
from ikrar_desktop.services.roster_validate import RosterValidator

TODAY = date(2025, 6, 1)
NIPS = ["196803161988072006", "199603242023212017", "198001012005011001", "198001012005011000",
        "19680316 198807 2 006", "'196803161988072006", "198002302005011001", "1968031619880720",
        "  ", "", "x", "199001012019131001", "201012312026011001"]  # fmt: skip
NIKS = ["", "", "1810060706916602", "3201014508900001", "  ", "3201010101800000"]
NAMES = ["Siti", "  Siti   Aminah ", "Dr. H. Ahmad, S.Pd.", "Hj Aminah", "", " ", ", , Budi",
         "Budi SH", "BUDI SH", "Ma'ruf", "José"]  # fmt: skip
STATUSES = ["", "PNS", "CPNS", "PPPK", "PPPK Paruh Waktu", "Non-ASN", "pns", "Honorer"]
GOLONGAN = ["", " ", "III/a", "IIIa", "IX", "IV/f", "Penata Muda", "x"]
JABATAN = ["", "Staf", "  Guru   Kelas "]
JENIS = ["", "Fungsional", "JFT", "Jabatan Antah"]
UNITS = ["", "Dinas Sosial", "Dinas  Sosial "]
GELAR = ["", "", "Dr.", " S.Pd. "]
GENDER = ["", "L", "P"]
BIRTH = [None, date(1968, 3, 16), date(1990, 1, 1)]

drafts = st.builds(
    EmployeeDraft,
    nama=st.sampled_from(NAMES),
    nip=st.sampled_from(NIPS),
    nik=st.sampled_from(NIKS),
    gelar_depan=st.sampled_from(GELAR),
    gelar_belakang=st.sampled_from(GELAR),
    status=st.sampled_from(STATUSES),
    golongan=st.sampled_from(GOLONGAN),
    jabatan=st.sampled_from(JABATAN),
    jenis_jabatan=st.sampled_from(JENIS),
    unit=st.sampled_from(UNITS),
    gender=st.sampled_from(GENDER),
    birth_date=st.sampled_from(BIRTH),
)


def _answer(check: object, draft: EmployeeDraft) -> object:
    try:
        valid = check(draft)  # type: ignore[operator]
    except ValidationError as exc:
        return ("error", exc.message, exc.hint, exc.field)
    return (valid.values, list(valid.values), valid.unit, valid.nip_info)


def assert_same_as_validate(roster: RosterValidator, draft: EmployeeDraft) -> None:
    assert _answer(roster, draft) == _answer(lambda d: validate(d, today=TODAY), draft)


@settings(max_examples=400)
@given(st.lists(drafts, min_size=1, max_size=30))
def test_roster_validator_answers_as_validate(rows: list[EmployeeDraft]) -> None:
    roster = RosterValidator(TODAY)  # one per roster: combinations seen earlier are reused
    for draft in rows:
        assert_same_as_validate(roster, draft)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("golongan", GOLONGAN)
def test_refused_combinations_stay_refused_with_validate_wording(
    status: str, golongan: str
) -> None:
    roster = RosterValidator(TODAY)
    for nip in ["196803161988072006", "199603242023212017", "x"]:
        for _ in range(2):  # the second time the combination is already worked out
            assert_same_as_validate(roster, EmployeeDraft("Siti", nip, status=status,
                                                          golongan=golongan))  # fmt: skip


@pytest.mark.parametrize("nip", ["", "196803161988072006"])
@pytest.mark.parametrize("nik", ["", "1810060706916602", "3201014508900001"])
@pytest.mark.parametrize("gender", GENDER)
@pytest.mark.parametrize("birth", BIRTH)
def test_gender_and_birth_come_from_nip_then_file_then_nik(
    nip: str, nik: str, gender: str, birth: date | None
) -> None:
    roster = RosterValidator(TODAY)
    draft = EmployeeDraft("Siti", nip, nik, gender=gender, birth_date=birth)
    assert_same_as_validate(roster, draft)
