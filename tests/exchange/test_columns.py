"""Header aliases, automatic mapping, the OPD choice and fitting a saved mapping to a header."""

from __future__ import annotations

from ikrar_desktop.exchange import columns as cols

SIASN = [
    "PNS ID",
    "NIP BARU",
    "NIP LAMA",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TANGGAL LAHIR",
    "JENIS KELAMIN",
    "NIK",
    "JENIS PEGAWAI NAMA",
    "STATUS CPNS PNS",
    "GOL AKHIR NAMA",
    "JENIS JABATAN NAMA",
    "JABATAN NAMA",
    "UNOR NAMA",
    "SATUAN KERJA INDUK NAMA",
]


def test_header_key_ignores_case_space_and_punctuation() -> None:
    assert cols.header_key("  Gol. Ruang ") == cols.header_key("GOLRUANG") == "golruang"
    assert cols.header_key("Nama / Gelar") == "namagelar"
    assert cols.header_key(None) == ""
    assert cols.header_key(3.0) == "3"


def test_siasn_export_maps_every_field_and_prefers_the_opd_level() -> None:
    m = cols.auto_map(SIASN)
    assert m.columns[cols.NIP] == 1  # NIP BARU, not NIP LAMA
    assert m.columns[cols.UNIT] == 15  # SATUAN KERJA INDUK NAMA is the OPD
    assert m.columns[cols.SUB_UNIT] == 14  # UNOR NAMA kept out of the unit
    assert m.columns[cols.STATUS] == 9 and m.columns[cols.CPNS_PNS] == 10
    assert m.columns[cols.GOLONGAN] == 11 and m.columns[cols.JENIS_JABATAN] == 12
    assert m.columns[cols.BIRTH_DATE] == 6 and m.columns[cols.GENDER] == 7
    assert 2 not in m.columns.values() and 0 not in m.columns.values()


def test_unor_alone_is_the_unit() -> None:
    m = cols.auto_map(["NIP BARU", "NAMA", "UNOR NAMA"])
    assert m.columns[cols.UNIT] == 2 and cols.SUB_UNIT not in m.columns


def test_bkpsdm_variants() -> None:
    m = cols.auto_map(["No.", "NAMA LENGKAP", "NIP", "GOLRU", "JABATAN", "SATKER", "KET.", "L/P",
                       "TGL. LAHIR", "Kolom Aneh"])  # fmt: skip
    assert m.columns == {
        cols.NAMA: 1, cols.NIP: 2, cols.GOLONGAN: 3, cols.JABATAN: 4, cols.UNIT: 5,
        cols.KETERANGAN: 6, cols.GENDER: 7, cols.BIRTH_DATE: 8,
    }  # fmt: skip
    assert m.unmapped == [9]
    assert cols.auto_map(["NIP", "NAMA", "PANGKAT"]).columns[cols.GOLONGAN] == 2


def test_overrides_move_and_remove_fields() -> None:
    m = cols.auto_map(["NIP", "NAMA", "UNIT KERJA", "LOKASI"])
    edited = cols.with_overrides(m, {cols.UNIT: 3, cols.NIP: None})
    assert edited.columns == {cols.NAMA: 1, cols.UNIT: 3}
    assert edited.source == "manual"


def test_saved_mapping_fits_the_header_and_refuses_what_does_not_read() -> None:
    header = ["Nomor Pegawai", "Nama", "Tempat Tugas"]
    fitted = cols.saved_mapping(header, {cols.NIP: 0, cols.UNIT: 2, cols.NAMA: 7})
    assert fitted is not None
    assert (fitted.columns, fitted.source) == ({cols.NIP: 0, cols.UNIT: 2}, "saved")
    assert fitted.header == header
    for unreadable in (None, [0, 1], {cols.NIP: "A"}, {cols.NIP: None}, "nip"):
        assert cols.saved_mapping(header, unreadable) is None


def test_choose_mapping_prefers_the_saved_one_then_applies_overrides() -> None:
    header = ["NIP", "Nama", "Tempat Tugas"]
    assert cols.choose_mapping(header, None).columns == {cols.NIP: 0, cols.NAMA: 1}
    saved = cols.ColumnMapping({cols.NAMA: 1, cols.UNIT: 2}, list(header), source="saved")
    assert cols.choose_mapping(header, None, saved) is saved
    chosen = cols.choose_mapping(header, {cols.NIP: 0}, saved)
    assert (chosen.columns, chosen.source) == ({cols.NAMA: 1, cols.UNIT: 2, cols.NIP: 0}, "manual")


def test_header_score_needs_identity() -> None:
    assert cols.header_score(["NIP", "NAMA", "JABATAN"]) == 4
    assert cols.header_score(["JABATAN", "UNIT KERJA"]) == 2
    assert cols.header_score(["Pemerintah Kabupaten"]) == 0
