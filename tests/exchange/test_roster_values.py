"""Row values: IDs as text, Excel damage, formulas, names, statuses, dates, units, cross-checks."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_values as rv
from ikrar_desktop.services.registry import validate

NIP_P = "196803161988072006"  # PNS, female, born 16-03-1968
NIP_PPPK = "199603242023212017"
NIK = "1810060706916602"


def _conv(header: list[object], **kw: object) -> rv.RowConverter:
    units = rv.UnitMatcher({"dinas sosial": "Dinas Sosial", "dinas kesehatan": "Dinas Kesehatan"})
    return rv.RowConverter(cols.auto_map(header), validator=validate, units=units, **kw)  # type: ignore[arg-type]


def _ok(result: rv.Candidate | rv.RowError) -> rv.Candidate:
    assert isinstance(result, rv.Candidate), result
    return result


def _err(result: rv.Candidate | rv.RowError) -> rv.RowError:
    assert isinstance(result, rv.RowError), result
    return result


BASIC = ["NIP", "NAMA", "STATUS", "GOL", "UNIT KERJA"]


@pytest.mark.parametrize(
    "raw", [NIP_P, f"'{NIP_P}", "NIP. 19680316 198807 2 006", "19680316-198807-2-006"]
)
def test_id_decorations_are_stripped(raw: str) -> None:
    c = _ok(_conv(BASIC).convert(2, [raw, "Siti", "PNS", "III/a", "Dinas Sosial"]))
    assert c.values["nip"] == NIP_P


@pytest.mark.parametrize("raw", [1.98111032009101e17, 196803161988072006, "1,98111E+17",
                                 "198111032009101000", "196803161988072006.0"])  # fmt: skip
def test_excel_damaged_ids_are_rejected_with_how_to_fix(raw: object) -> None:
    e = _err(_conv(BASIC).convert(7, [raw, "Siti", "PNS", "III/a", "Dinas Sosial"]))
    assert (e.row, e.column, e.kind) == (7, "NIP", rv.PRECISION)
    assert "Excel" in e.message and "Teks" in e.message


def test_bad_nip_is_invalid() -> None:
    e = _err(_conv(BASIC).convert(3, ["19680316198807200", "Siti", "PNS", "", ""]))
    assert e.kind == rv.INVALID and "17 digit" in e.message


def test_formula_in_identity_column_rejects_the_row() -> None:
    conv = _conv(BASIC, formulas={(4, 1)})
    e = _err(conv.convert(5, [NIP_P, "Siti", "PNS", "III/a", "Dinas Sosial"]))
    assert (e.kind, e.column) == (rv.FORMULA, "NAMA")
    _ok(conv.convert(6, [NIP_P, "Siti", "PNS", "III/a", "Dinas Sosial"]))


def test_asn_without_nip_is_rejected_and_non_asn_is_not() -> None:
    conv = _conv(["NIP", "NIK", "NAMA", "STATUS"])
    e = _err(conv.convert(2, ["-", "", "Budi", "PNS"]))
    assert e.column == "NIP" and "wajib" in e.message
    c = _ok(conv.convert(3, ["null", NIK, "Budi", "Honorer"]))
    assert c.values["status"] == "Non-ASN" and c.values["nip"] is None


def test_statuses_and_the_cpns_flag() -> None:
    conv = _conv(["NIP", "NAMA", "JENIS PEGAWAI NAMA", "STATUS CPNS PNS"])
    assert _ok(conv.convert(2, [NIP_P, "A", "PNS Daerah", "C"])).values["status"] == "CPNS"
    assert _ok(conv.convert(3, [NIP_P, "A", "PNS Daerah", "P"])).values["status"] == "PNS"
    assert _ok(conv.convert(4, [NIP_PPPK, "A", "PPPK", "null"])).values["status"] == "PPPK"
    e = _err(conv.convert(5, [NIP_P, "A", "Pegawai Kontrak X", ""]))
    assert e.column == "JENIS PEGAWAI NAMA"


def test_without_status_column_status_follows_the_id() -> None:
    conv = _conv(["NIP", "NIK", "NAMA"])
    assert _ok(conv.convert(2, [NIP_P, "", "A"])).values["status"] == "PNS"
    assert _ok(conv.convert(3, [NIP_PPPK, "", "A"])).values["status"] == "PPPK"
    assert _ok(conv.convert(4, ["", NIK, "A"])).values["status"] == "Non-ASN"


def test_single_name_column_is_split_and_golongan_normalised() -> None:
    c = _ok(_conv(BASIC).convert(2, [NIP_P, "Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "P", "IIIa", ""]))
    assert (c.values["gelar_depan"], c.values["nama"], c.values["gelar_belakang"]) == (
        "Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si.",
    )  # fmt: skip
    assert c.values["golongan"] == "III/a"


def test_dates_serials_and_1904() -> None:
    header = ["NIK", "NAMA", "TGL LAHIR"]
    conv = _conv(header)
    assert _ok(conv.convert(2, [NIK, "A", "07-06-1991"])).values["birth_date"] == datetime.date(
        1991, 6, 7
    )
    assert _ok(conv.convert(3, [NIK, "A", 33396.0])).values["birth_date"] == datetime.date(
        1991, 6, 7
    )
    conv1904 = _conv(header, date1904=True)
    assert _ok(conv1904.convert(4, [NIK, "A", 31934.0])).values["birth_date"] == datetime.date(
        1991, 6, 7
    )
    c = _ok(conv.convert(5, [NIK, "A", "31-02-1991"]))
    assert c.warnings and "tidak ada di kalender" in c.warnings[0]


def test_units_match_folded_suggest_near_misses_and_list_new_ones() -> None:
    conv = _conv(BASIC)
    assert _ok(conv.convert(2, [NIP_P, "A", "PNS", "", "DINAS  SOSIAL."])).unit == "Dinas Sosial"
    c = _ok(conv.convert(3, [NIP_P, "A", "PNS", "", "Dinas Kesehatn"]))
    assert c.unit == "Dinas Kesehatn" and "mirip dengan 'Dinas Kesehatan'" in c.warnings[0]
    _ok(conv.convert(4, [NIP_P, "A", "PNS", "", "Dinas Baru"]))
    assert set(conv.units.new.values()) == {"Dinas Kesehatn", "Dinas Baru"}


def test_default_unit_when_no_unit_column() -> None:
    conv = _conv(["NIP", "NAMA"], default_unit="Dinas Sosial")
    assert _ok(conv.convert(2, [NIP_P, "A"])).unit == "Dinas Sosial"
    assert "unit" in conv.covered
    assert "unit" not in _conv(["NIP", "NAMA"]).covered


def test_gender_and_birth_date_cross_checked_against_nip() -> None:
    conv = _conv(["NIP", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR"])
    c = _ok(conv.convert(2, [NIP_P, "A", "Pria", "17-03-1968"]))
    assert len(c.warnings) == 2
    assert c.values["gender"] == "P"
    assert not _ok(conv.convert(3, [NIP_P, "A", "Wanita", "16-03-1968"])).warnings


def test_null_and_dash_are_empty_and_unknown_jenis_jabatan_is_a_warning() -> None:
    conv = _conv(["NIP", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "JENIS JABATAN"])
    c = _ok(conv.convert(2, [NIP_P, "Siti", "null", "-", "Jabatan Antah"]))
    assert c.values["gelar_depan"] == "" and c.values["jenis_jabatan"] is None
    assert "jenis jabatan" in c.warnings[0].lower()


def test_golongan_rule_from_registry_rejects_row() -> None:
    e = _err(_conv(BASIC).convert(9, [NIP_PPPK, "A", "PPPK", "III/a", ""]))
    assert e.column == "GOL" and e.row == 9


# A row's repeating cells are read once per distinct combination; that must never change
# a result, also when cells differ only in type (True == 1 == 1.0, yet they read differently).
FULL = ["NIP", "NIK", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "STATUS", "STATUS CPNS PNS",
        "GOL", "PANGKAT", "JABATAN", "JENIS JABATAN", "UNIT KERJA", "JENIS KELAMIN",
        "TANGGAL LAHIR", "KETERANGAN"]  # fmt: skip
SHARED_CELLS: list[object] = [
    None, "", "-", "null", " III/a ", "III/a", "IX", "Penata Muda", "PNS", "CPNS", "C", "P",
    "PPPK", "Honorer", "L", "Wanita", "x", "JFT", "Jabatan Antah", "Dinas Sosial",
    "DINAS  SOSIAL.", "Dinas Kesehatn", "Staf", "Dr.", "S.Pd.", True, False, 1, 0, 1.0, 2.0,
    9, 9.0, datetime.date(2020, 1, 1),
]  # fmt: skip
ID_CELLS: list[object] = [NIP_P, NIP_PPPK, None, "", "-", NIK, "19680316198807200", 1.5]


def _converters() -> tuple[rv.RowConverter, rv.RowConverter]:
    plain = _conv(FULL)
    plain._shared_of = plain._read_shared  # type: ignore[method-assign]  # read every row anew
    plain._unit_of = plain._read_unit  # type: ignore[method-assign]
    return _conv(FULL), plain


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ID_CELLS),
            st.sampled_from(ID_CELLS),
            st.sampled_from(["Siti", "Dr. Budi, S.Pd.", "", None]),
            st.lists(st.sampled_from(SHARED_CELLS), min_size=12, max_size=12),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_shared_cells_read_once_give_the_same_rows(
    rows: list[tuple[object, object, object, list[object]]],
) -> None:
    memo, plain = _converters()
    for n, (nip, nik, nama, shared) in enumerate(rows, start=2):
        gd, gb, status, flag, gol, pangkat, jabatan, jenis, unit, gender, birth, note = shared
        cells = [nip, nik, nama, gd, gb, status, flag, gol, pangkat, jabatan, jenis, unit,
                 gender, birth, note]  # fmt: skip
        assert memo.convert(n, cells) == plain.convert(n, cells)
        assert memo.convert(n, cells[:6]) == plain.convert(n, cells[:6])  # a short row
    assert memo.units.new == plain.units.new


@pytest.mark.parametrize(("first", "then"), [(1, True), (0, False), (1.0, True), (True, 1),
                                             (2, 2.0), ("1", 1), (None, "")])  # fmt: skip
@pytest.mark.parametrize("column", range(3, 15))
def test_cells_equal_in_value_but_not_in_type_are_read_apart(
    first: object, then: object, column: int
) -> None:
    memo, plain = _converters()
    cells: list[object] = [NIP_P, "", "Siti", *[None] * 12]
    for n, value in enumerate([first, then, first], start=2):
        cells[column] = value
        assert memo.convert(n, cells) == plain.convert(n, cells)


def test_warnings_follow_the_columns_jenis_gender_birth_unit_then_nip_cross_check() -> None:
    c = _ok(_conv(FULL).convert(2, [NIP_P, "", "Siti", None, None, "PNS", None, "III/a", None,
                                    "Staf", "Jabatan Antah", "Dinas Kesehatn", "X", "31-02-1968",
                                    None]))  # fmt: skip
    assert [w.split()[0] for w in c.warnings] == ["Jenis", "Jenis", "Tanggal", "Unit"]
    assert "jenis jabatan" in c.warnings[0].lower() and "kelamin" in c.warnings[1]
