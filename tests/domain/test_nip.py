"""NIP / NI PPPK cleaning, validation, decoding and display."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar_desktop.domain.nip import (
    NipInfo,
    _parse_general,
    _parse_plain,
    check_digits,
    clean_id,
    format_nip,
    looks_like_pppk,
    nip_fragment_digits,
    parse_nip,
    reject_excel_number,
)
from ikrar_desktop.errors import ValidationError

TODAY = datetime.date(2025, 6, 1)
PNS_NIP = "198001012005011001"
PPPK_NIP = "199407222022211003"


def parse(raw: object, status: str | None = None) -> NipInfo:
    return parse_nip(raw, status, today=TODAY)


def error_of(raw: object, status: str | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse(raw, status)
    assert info.value.field == "nip"
    return info.value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("198001012005011001", "198001012005011001"),
        ("  19800101 200501 1 001  ", "198001012005011001"),
        ("'198001012005011001", "198001012005011001"),
        ("NIP. 19800101 200501 1 001", "198001012005011001"),
        ("nip.19800101.200501.1.001", "198001012005011001"),
        ("NIP: 19800101-200501-1-001", "198001012005011001"),
        ("NIP : 198001012005011001", "198001012005011001"),
        ("NIP198001012005011001", "198001012005011001"),
        ("NI PPPK 199407222022211003", "199407222022211003"),
        ("NIK 3201014508900001", "3201014508900001"),
        ("'NIP. 19800101\u00a0200501\u00a01\u00a0001", "198001012005011001"),
        ("19800101 200501 1 00A", "19800101200501100A"),
        ("NIPAH 123", "NIPAH123"),
        (198001012005011001, "198001012005011001"),
    ],
)
def test_clean_id(raw: object, expected: str) -> None:
    assert clean_id(raw) == expected


def test_parse_valid_pns_nip() -> None:
    info = parse("NIP. 19800101 200501 1 001")
    assert info == NipInfo(
        nip=PNS_NIP,
        kind="PNS",
        birth_date=datetime.date(1980, 1, 1),
        gender="L",
        sequence=1,
        tmt=datetime.date(2005, 1, 1),
        pppk_year=None,
        pppk_code=None,
    )
    assert info.gender_label == "Laki-laki"
    assert info.display == "19800101 200501 1 001"


def test_parse_valid_pppk_nip() -> None:
    info = parse(PPPK_NIP)
    assert info.kind == "PPPK"
    assert info.birth_date == datetime.date(1994, 7, 22)
    assert (info.pppk_year, info.pppk_code, info.tmt) == (2022, "21", None)
    assert info.sequence == 3


def test_pppk_paruh_waktu_example_is_a_woman() -> None:
    info = parse("199009132025242014", "PPPK Paruh Waktu")
    assert info.kind == "PPPK"
    assert (info.pppk_year, info.pppk_code, info.gender) == (2025, "24", "P")
    assert info.gender_label == "Perempuan"
    assert info.sequence == 14


def test_default_today_is_used_when_not_given() -> None:
    assert parse_nip(PNS_NIP).nip == PNS_NIP


def test_status_pppk_accepts_a_month_like_code() -> None:
    # 202103 reads as a PNS TMT, but the clerk said PPPK: year 2021 and code "03".
    info = parse("199001012021031001", "PPPK")
    assert (info.kind, info.pppk_year, info.pppk_code) == ("PPPK", 2021, "03")
    assert parse("199001012021031001").kind == "PNS"


@pytest.mark.parametrize("status", ["PNS", "CPNS"])
def test_pns_status_rejects_pppk_shape_and_says_it_looks_pppk(status: str) -> None:
    error = error_of(PPPK_NIP, status)
    assert "bulan 21" in error.message
    assert "PPPK" in error.hint


def test_pns_status_with_impossible_month_zero() -> None:
    error = error_of("198001012005001001", "PNS")
    assert "bulan 00" in error.message
    assert "TTTTBB" in error.hint


def test_pppk_status_rejects_a_year_before_2019() -> None:
    error = error_of(PNS_NIP, "PPPK")
    assert "2005" in error.message and "2019" in error.message


def test_status_given_as_roster_text_is_understood() -> None:
    assert parse(PPPK_NIP, "P3K").kind == "PPPK"
    assert parse(PNS_NIP, "").kind == "PNS"
    assert parse(PNS_NIP, "-").kind == "PNS"


def test_non_asn_has_no_nip() -> None:
    assert "Non-ASN" in error_of(PNS_NIP, "Non-ASN").message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("19800101200501100", "NIP harus 18 digit angka; yang diisi 17 digit."),
        ("1980010120050110011", "NIP harus 18 digit angka; yang diisi 19 digit."),
    ],
)
def test_wrong_length(raw: str, expected: str) -> None:
    assert error_of(raw).message == expected


def test_letters_are_named() -> None:
    error = error_of("19800101200501100O")
    assert "18 digit angka" in error.message
    assert "'O'" in error.message


def test_empty_nip() -> None:
    assert error_of("  ").message == "NIP belum diisi."


def test_a_boolean_cell_is_not_a_nip() -> None:
    assert "bukan angka" in error_of(True).message


def test_impossible_birth_date_is_named() -> None:
    error = error_of("198013322005011001")
    assert "tanggal lahir pada NIP (19801332) tidak ada" in error.message


@pytest.mark.parametrize("birth", ["19300101", "20150101"])
def test_implausible_birth_year(birth: str) -> None:
    error = error_of(birth + "200501" + "1001")
    assert "tahun lahir" in error.message
    assert birth[:4] in error.message


def test_tmt_year_before_1960_or_in_the_future() -> None:
    assert "1955" in error_of("194001011955011001").message
    assert "2030" in error_of("199001012030011001").message


def test_tmt_too_soon_after_birth() -> None:
    error = error_of("199001012005011001")
    assert "terlalu dekat" in error.message


def test_pppk_year_too_soon_after_birth() -> None:
    error = error_of("200501012020211001", "PPPK")
    assert "terlalu dekat" in error.message


def test_bad_gender_digit() -> None:
    error = error_of("198001012005013001")
    assert "digit jenis kelamin (ke-15) harus 1 atau 2" in error.message
    assert "3" in error.message


def test_sequence_000_points_at_excel() -> None:
    error = error_of("198001012005011000")
    assert "nomor urut 000 tidak sah — kemungkinan NIP rusak karena Excel" in error.message
    assert "Teks" in error.hint


def test_integer_cell_damaged_by_excel_gets_the_sequence_message() -> None:
    assert "000" in error_of(198001012005011000).message


@pytest.mark.parametrize(
    "raw", ["1.98001E+17", "1,98E+17", "1.98001e17", "'1.98001E+17", 1.98001012005011e17]
)
def test_scientific_notation_tells_to_format_as_text(raw: object) -> None:
    error = error_of(raw)
    assert "Excel" in error.message
    assert "Teks" in error.hint


def test_decimal_tail_is_refused_not_repaired() -> None:
    error = error_of("198001012005011001.0")
    assert "desimal" in error.message


def test_looks_like_pppk_rule() -> None:
    assert looks_like_pppk(PPPK_NIP)
    assert looks_like_pppk("199407222022001003")  # code 00 is not a month either
    assert not looks_like_pppk(PNS_NIP)
    assert not looks_like_pppk("199001012021031001")  # valid as PNS: PNS wins
    assert not looks_like_pppk("199407222018211003")  # before the first PPPK year
    assert not looks_like_pppk("1994072220222110")


def test_format_nip() -> None:
    assert format_nip(PNS_NIP) == "19800101 200501 1 001"
    assert format_nip("12345") == "12345"
    assert format_nip("19800101200501100A") == "19800101200501100A"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("198", "198"),
        ("19800101 2005", "198001012005"),
        (" 1980 ", "1980"),
        ("12", None),
        ("ahmad", None),
        ("1980a", None),
        ("NIP 1980", None),
        ("", None),
    ],
)
def test_nip_fragment_digits(text: str, expected: str | None) -> None:
    assert nip_fragment_digits(text) == expected


@st.composite
def pns_nips(draw: st.DrawFn) -> tuple[str, datetime.date, datetime.date, str, int]:
    born = draw(st.dates(datetime.date(1945, 1, 1), datetime.date(2005, 12, 31)))
    tmt_year = draw(st.integers(max(1960, born.year + 17), TODAY.year))
    tmt = datetime.date(tmt_year, draw(st.integers(1, 12)), 1)
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    nip = f"{born:%Y%m%d}{tmt:%Y%m}{gender}{seq:03d}"
    return nip, born, tmt, gender, seq


@given(pns_nips())
def test_random_valid_pns_nips_decode(
    case: tuple[str, datetime.date, datetime.date, str, int],
) -> None:
    nip, born, tmt, gender, seq = case
    info = parse(nip, "PNS")
    assert (info.birth_date, info.tmt, info.sequence) == (born, tmt, seq)
    assert info.gender == ("L" if gender == "1" else "P")
    assert parse(nip).kind == "PNS"  # auto-detection never calls a valid PNS NIP a PPPK one


@given(pns_nips())
def test_display_form_parses_back(case: tuple[str, datetime.date, datetime.date, str, int]) -> None:
    nip = case[0]
    assert clean_id(format_nip(nip)) == nip
    assert clean_id("'NIP. " + format_nip(nip)) == nip
    assert parse(format_nip(nip)).nip == nip


@given(
    born=st.dates(datetime.date(1960, 1, 1), datetime.date(2000, 12, 31)),
    year=st.integers(2019, TODAY.year),
    code=st.integers(13, 99),
    gender=st.sampled_from("12"),
    seq=st.integers(1, 999),
)
def test_random_pppk_nips_are_detected(
    born: datetime.date, year: int, code: int, gender: str, seq: int
) -> None:
    nip = f"{born:%Y%m%d}{year}{code:02d}{gender}{seq:03d}"
    assert looks_like_pppk(nip)
    info = parse(nip)
    assert (info.kind, info.pppk_year, info.pppk_code, info.tmt) == (
        "PPPK",
        year,
        f"{code:02d}",
        None,
    )


# The fast path for bare 18-digit strings must answer exactly as the full path: the same
# NipInfo, or hand over (None) where the full path refuses, or raise the same error.
STATUSES_TRIED = [None, "", "PNS", "CPNS", "PPPK", "PPPK Paruh Waktu", "Non-ASN", "pns", "P3K",
                  "-", "Honorer", "kontrak x"]  # fmt: skip
TRICKY_NIPS = [
    PNS_NIP, PPPK_NIP, "196803161988072006", "199603242023212017", "199001012019131001",
    "198002302005011001", "193912312000011001", "201012312028011001", "198001012005001001",
    "198001012005131001", "195901011959011001", "198001012027011001", "198001011996011001",
    "198001012005013001", "198001012005010001", "198001012005011000", "198001012018211001",
    "198001012027211001", "200001012016211001", "198001012019121001", "198001012019001001",
    "000000000000000000", "999999999999999999", "198001012005011999", "198002292005011001",
    "198102292005011001", "201001012026011001", "201012312026011001",
]  # fmt: skip


def _answer(parse: Callable[[], NipInfo | None]) -> object:
    try:
        return parse()
    except ValidationError as exc:
        return ("error", exc.message, exc.hint, exc.field)


def assert_fast_path_agrees(nip: str, status: str | None) -> None:
    fast = _answer(lambda: _parse_plain(nip, status, TODAY))
    full = _answer(lambda: _parse_general(nip, status, TODAY))
    if fast is None:
        assert isinstance(full, tuple) and full[0] == "error", (nip, status, full)
    else:
        assert fast == full, (nip, status)
    assert _answer(lambda: parse(nip, status)) == full


@pytest.mark.parametrize("status", STATUSES_TRIED)
@pytest.mark.parametrize("nip", TRICKY_NIPS)
def test_fast_path_agrees_on_tricky_nips(nip: str, status: str | None) -> None:
    assert_fast_path_agrees(nip, status)


@given(
    born=st.integers(1930, 2015),
    month=st.integers(0, 13),
    day=st.integers(0, 32),
    year=st.integers(1950, 2030),
    tmt_month=st.integers(0, 99),
    gender=st.integers(0, 9),
    seq=st.integers(0, 999),
    status=st.sampled_from(STATUSES_TRIED),
)
def test_fast_path_agrees_on_random_nips(
    born: int, month: int, day: int, year: int, tmt_month: int, gender: int, seq: int,
    status: str | None,
) -> None:  # fmt: skip
    assert_fast_path_agrees(
        f"{born}{month:02d}{day:02d}{year}{tmt_month:02d}{gender}{seq:03d}", status
    )


@given(st.from_regex(r"\A[0-9]{18}\Z"), st.sampled_from(STATUSES_TRIED))
def test_fast_path_agrees_on_any_18_digits(nip: str, status: str | None) -> None:
    assert_fast_path_agrees(nip, status)


@pytest.mark.parametrize(
    "text",
    ["198001012005011001", "1980", "１９８０", "١٢٣٤", "", "12a4", "1 34", "19800101200501100"],
)
@pytest.mark.parametrize("length", [4, 18])
def test_check_digits_accepts_exactly_length_ascii_digits(text: str, length: int) -> None:
    exact = len(text) == length and all(c in "0123456789" for c in text)
    try:
        check_digits(text, length, "NIP", "nip")
    except ValidationError:
        assert not exact
    else:
        assert exact


@pytest.mark.parametrize(
    ("raw", "refused"),
    [("198001012005011001", False), ("0", False), ("١٢٣", False), ("1e5", True),
     ("1,98E+17", True), ("198001012005011001.0", True), (1.5, True), (True, False)],
)  # fmt: skip
def test_excel_numbers_are_refused_and_bare_digits_pass(raw: object, refused: bool) -> None:
    try:
        reject_excel_number(raw, "NIP", "nip")
    except ValidationError:
        assert refused
    else:
        assert not refused
