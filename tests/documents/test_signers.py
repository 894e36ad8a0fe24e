"""Who signs "Mengetahui" on a pakta, read back from the printed PDF (issue 18, rules 1 and 3)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from doc_helpers import pdf_pages

from ikrar_desktop.documents.model import DocPerson
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import events, printing
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import units as unit_store

SETDA, DINKES, PKM = "Sekretariat Daerah", "Dinas Kesehatan", "Puskesmas Cibinong"
PMD, KEC, SOS = "Dinas Pemberdayaan Masyarakat dan Desa", "Kecamatan Cibinong", "Dinas Sosial"
# key: (gelar depan, nama, gelar belakang, nip, golongan, jabatan, unit)
PEOPLE = {
    "sekda": ("Dr. H.", "Sekda Wiratama", "M.Si.", "196801011990031001", "IV/d",
              "Sekretaris Daerah", SETDA),
    "analis": ("", "Analis Setda", "S.Sos.", "198001012005011002", "III/b", "Analis Kebijakan",
               SETDA),
    "kadinkes": ("dr.", "Kadinkes Purnama", "M.Kes.", "197001011995031003", "IV/c",
                 "Kepala Dinas Kesehatan", DINKES),
    "kabid": ("", "Kabid Pelayanan", "S.K.M.", "197501012000031004", "IV/a",
              "Kepala Bidang Pelayanan Kesehatan", DINKES),
    "kapus": ("dr.", "Kapus Lestari", "", "198201012008012005", "III/d",
              "Kepala Puskesmas Cibinong", PKM),
    "perawat": ("", "Perawat Sejahtera", "S.Kep.", "199001012015012006", "III/a", "Perawat", PKM),
    "kadis_pmd": ("Drs.", "Kadis Desa", "M.M.", "196901011994031007", "IV/c",
                  "Kepala Dinas Pemberdayaan Masyarakat dan Desa", PMD),
    "camat": ("", "Camat Lama", "S.STP", "197801012000031008", "IV/a", "Camat Cibinong", KEC),
    "sekcam": ("", "Sekcam Pengganti", "S.IP.", "198001012003031009", "III/d",
               "Sekretaris Kecamatan", KEC),
    "staf_kec": ("", "Staf Kecamatan", "", "199201012019031010", "II/c",
                 "Pengadministrasi Umum", KEC),
    "kadis_low": ("", "Kepala Salah Ketik", "", "199301012019031011", "III/a", "Kepala Dinas",
                  SOS),
    "kadis_high": ("", "Kepala Sebenarnya", "", "197101011996031012", "IV/b", "Kepala Dinas",
                   SOS),
}  # fmt: skip


def registry(conn: sqlite3.Connection) -> dict[str, int]:
    ids = {}
    for key, (front, nama, back, nip, gol, jabatan, unit) in PEOPLE.items():
        draft = EmployeeDraft(nama=nama, nip=nip, gelar_depan=front, gelar_belakang=back,
                              status="PNS", golongan=gol, jabatan=jabatan, unit=unit)  # fmt: skip
        ids[key] = add_employee(conn, draft).id
    return ids


def unit_id(conn: sqlite3.Connection, name: str) -> int:
    found = unit_store.find_by_name(conn, name)
    assert found is not None
    return found


def heads_as_data(conn: sqlite3.Connection, ids: dict[str, int]) -> None:
    """Heads and parents stored as a clerk would on the Unit Kerja page."""
    set_unit = unit_service.set_unit
    set_unit(conn, unit_id(conn, SETDA), head_id=ids["sekda"])
    set_unit(conn, unit_id(conn, DINKES), head_id=ids["kadinkes"], parent_id=unit_id(conn, SETDA))
    set_unit(conn, unit_id(conn, PKM), head_id=ids["kapus"], parent_id=unit_id(conn, DINKES))
    set_unit(conn, unit_id(conn, KEC), head_id=ids["sekcam"], acting="Plt.")  # no parent: → Sekda
    settings_service.set_value(conn, "pimpinan_nama", "Dr. Ir. Budi Penjabat, M.T.")
    settings_service.set_value(conn, "pimpinan_jabatan", "Pj. Bupati Contoh")
    settings_service.set_value(conn, "tempat", "Cibinong")


def pakta_blocks(conn: sqlite3.Connection, tmp_path: Path, **kw: object) -> dict[str, str]:
    """Each pakta sheet's "Mengetahui" block (its text up to the signer's own block), by NIP."""
    event_id = events.create_event(
        conn, events.EventDraft(title="Penandatanganan Pakta", date="2026-03-02", kind="pakta")
    ).event.id
    out = tmp_path / "pakta.pdf"
    report = printing.print_document(conn, "pakta", event_id, out, **kw)  # type: ignore[arg-type]
    blocks = {}
    for page in pdf_pages(out.read_bytes()):
        ack = page.split("Mengetahui,")[1].split("Yang membuat pernyataan")[0]
        own = re.search(r"(?:NIP|NIK)\. ([\d ]+)", page.split("Yang membuat pernyataan")[1])
        assert own, page
        blocks[own.group(1).replace(" ", "")] = ack
    assert report.pages == len(blocks)
    return blocks


def test_mengetahui_follows_the_heads_and_parents_never_the_signer(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    ids = registry(conn)
    heads_as_data(conn, ids)
    blocks = pakta_blocks(conn, tmp_path)
    nip = {key: p[3] for key, p in PEOPLE.items()}
    # staff: the head of their own unit, with pangkat and NIP
    assert "Kepala Puskesmas Cibinong" in blocks[nip["perawat"]]
    assert "dr. Kapus Lestari" in blocks[nip["perawat"]]
    assert "NIP. 19820101 200801 2 005" in blocks[nip["perawat"]]
    # the head of a sub-unit: the head of the unit above (Puskesmas → Dinas Kesehatan)
    assert "Kepala Dinas Kesehatan" in blocks[nip["kapus"]]
    assert "dr. Kadinkes Purnama, M.Kes." in blocks[nip["kapus"]]
    # the head of an OPD: the Sekda (name only, Permendagri 1/2023 Pasal 44)
    assert "Sekretaris Daerah" in blocks[nip["kadinkes"]]
    assert "Dr. H. Sekda Wiratama, M.Si." in blocks[nip["kadinkes"]]
    assert "NIP" not in blocks[nip["kadinkes"]]
    # the Sekda: the Pj. Bupati from the settings, without gelar, NIP or pangkat
    assert "Pj. Bupati Contoh" in blocks[nip["sekda"]]
    assert "Budi Penjabat" in blocks[nip["sekda"]] and "Dr. Ir." not in blocks[nip["sekda"]]
    # an acting head is printed as such; his own pakta goes up to the Sekda
    assert "Plt. Camat Cibinong" in blocks[nip["staf_kec"]]
    assert "Sekcam Pengganti" in blocks[nip["staf_kec"]]
    assert "Sekda Wiratama" in blocks[nip["sekcam"]]
    # nobody acknowledges himself
    for key, (_f, nama, _b, own, *_rest) in PEOPLE.items():
        assert nama not in blocks[own], key
        assert own[:8] + " " not in blocks[own], key


def test_a_leader_signing_an_is_never_the_sekda_himself(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    ids = registry(conn)
    heads_as_data(conn, ids)
    sekda = PEOPLE["sekda"]
    settings_service.set_value(conn, "pimpinan_nama", "Dr. H. Sekda Wiratama, M.Si.")
    settings_service.set_value(conn, "pimpinan_jabatan", "a.n. Bupati Contoh, Sekretaris Daerah")
    settings_service.set_value(conn, "pimpinan_nip", sekda[3])
    blocks = pakta_blocks(conn, tmp_path, unit=SETDA)
    assert "Sekda Wiratama" not in blocks[sekda[3]]
    assert "(......" in blocks[sekda[3]]  # a line to sign by hand, and reported
    settings_service.set_value(conn, "pimpinan_nip", "")  # the same man by name alone
    blocks = pakta_blocks(conn, tmp_path, unit=SETDA)
    assert "Sekda Wiratama" not in blocks[sekda[3]] and "(......" in blocks[sekda[3]]


def test_print_report_lists_sheets_without_a_known_acknowledger(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    ids = registry(conn)
    heads_as_data(conn, ids)  # Dinas PMD and Dinas Sosial have no head yet
    event_id = events.create_event(
        conn, events.EventDraft(title="Pakta", date="2026-03-02", kind="pakta")
    ).event.id
    report = printing.print_document(conn, "pakta", event_id, tmp_path / "p.pdf")
    unknown = report.unknown_acknowledger
    assert len(unknown) == 3  # the Kadis PMD and both people of Dinas Sosial
    assert any("Kadis Desa" in s and "Kepala Dinas Pemberdayaan" in s for s in unknown)
    assert not any("Perawat" in s or "Sekda" in s for s in unknown)
    report = printing.print_document(conn, "daftar-hadir", event_id, tmp_path / "d.pdf")
    assert sorted(report.unknown_acknowledger) == [f"Daftar hadir {PMD}", f"Daftar hadir {SOS}"]
    assert report.as_dict()["unknown_acknowledger"] == report.unknown_acknowledger


def test_suggestions_fix_the_old_guess(conn: sqlite3.Connection) -> None:
    ids = registry(conn)

    def person(key: str) -> DocPerson:
        _front, nama, _back, nip, gol, jabatan, unit = PEOPLE[key]
        return DocPerson(ids[key], nama, "PNS", nip, None, gol, jabatan, unit)

    # the head of a Dinas PMD ("desa") and of a Puskesmas were dropped; the lowest rank won
    assert printing.head_of([person("kadis_pmd")]) is not None
    assert printing.head_of([person("kapus"), person("perawat")]).name == "Kapus Lestari"  # type: ignore[union-attr]
    found = printing.head_of([person("kadis_low"), person("kadis_high")])
    assert found is not None and found.name == "Kepala Sebenarnya"
    assert printing.head_of([person("kabid"), person("analis")]) is None
    # the Unit Kerja suggestions: heads and parents, stored only when applied
    by_unit = {s.unit: s for s in unit_service.suggestions(conn)}
    assert by_unit[PMD].head_id == ids["kadis_pmd"]
    assert by_unit[PKM].head_id == ids["kapus"] and by_unit[PKM].parent == DINKES
    assert by_unit[SOS].head_id == ids["kadis_high"]
    assert by_unit[DINKES].head_id == ids["kadinkes"] and by_unit[DINKES].parent == SETDA
    assert by_unit[KEC].head_id == ids["camat"] and by_unit[KEC].parent == SETDA
    assert by_unit[SETDA].head_id == ids["sekda"] and by_unit[SETDA].parent_id is None
    assert unit_store.get(conn, unit_id(conn, PMD)).head_id is None  # type: ignore[union-attr]
    assert unit_service.apply_suggestions(conn, [by_unit[PMD], by_unit[PKM]]) == 2
    pmd = unit_store.get(conn, unit_id(conn, PMD))
    assert pmd is not None and pmd.head_id == ids["kadis_pmd"]
    pkm = unit_store.get(conn, unit_id(conn, PKM))
    assert pkm is not None and pkm.parent_id == unit_id(conn, DINKES)


def test_a_unit_cannot_sit_under_itself(conn: sqlite3.Connection) -> None:
    from ikrar_desktop.errors import ValidationError

    registry(conn)
    unit_service.set_unit(conn, unit_id(conn, PKM), parent_id=unit_id(conn, DINKES))
    with pytest.raises(ValidationError):
        unit_service.set_unit(conn, unit_id(conn, DINKES), parent_id=unit_id(conn, PKM))
    with pytest.raises(ValidationError):
        unit_service.set_unit(conn, unit_id(conn, DINKES), acting="Pj.")


def test_time_zone_and_election_follow_the_regency_and_the_event(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    registry(conn)
    settings_service.set_value(conn, "zona_waktu", "WITA")
    made = events.create_event(
        conn,
        events.EventDraft(title="Apel PSU", date="2029-03-04", kind="pakta", time="07:30",
                          election="psu"),
    )  # fmt: skip
    assert made.event.election == "Pemungutan Suara Ulang"
    printing.print_document(conn, "daftar-hadir", made.event.id, tmp_path / "d.pdf", unit=SETDA)
    text = " ".join(pdf_pages((tmp_path / "d.pdf").read_bytes()))
    assert "07.30 WITA" in text and "WIB" not in text
    printing.print_document(conn, "pakta", made.event.id, tmp_path / "p.pdf", unit=SETDA)
    text = " ".join(pdf_pages((tmp_path / "p.pdf").read_bytes()))
    assert "Pemungutan Suara Ulang Tahun 2029" in text and "2024" not in text
    other = events.create_event(
        conn, events.EventDraft(title="Apel", date="2024-11-20", election="pilkada")
    ).event
    assert "Pemilihan Kepala Daerah Serentak Tahun 2024" in other.pakta_points[0]
    assert "Pemilihan Kepala Daerah Serentak Tahun 2024" in other.ikrar_text
    # a pledge a year ahead names the election's own year when the clerk types it
    ahead = events.create_event(
        conn, events.EventDraft(title="Apel", date="2023-09-18", election="Pemilu 2024")
    ).event
    assert "pelaksanaan Pemilu 2024;" in ahead.pakta_points[0]


def test_cli_print_lists_the_unknown_acknowledgers(
    conn: sqlite3.Connection, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ikrar_desktop.cli.main import main

    ids = registry(conn)
    heads_as_data(conn, ids)
    event_id = events.create_event(
        conn, events.EventDraft(title="Pakta", date="2026-03-02", kind="pakta")
    ).event.id
    capsys.readouterr()
    out = tmp_path / "p.pdf"
    assert main(["--db", str(db_path), "print", "pakta", str(event_id), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Penanda tangan 'Mengetahui' belum diketahui: 3 lembar" in text
    assert f"  - Pakta Drs. Kadis Desa, M.M. ({PMD}): Kepala {PMD} belum ditetapkan" in text


def test_the_demo_prints_every_acknowledger_out_of_the_box(
    demo_event: tuple[sqlite3.Connection, int, int, str], tmp_path: Path
) -> None:
    conn, event_id, _, _ = demo_event
    out = tmp_path / "pakta.pdf"
    report = printing.print_document(conn, "pakta", event_id, out)
    assert report.unknown_acknowledger == []
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == report.people
    sekda_pages = 0
    for page in pages:
        ack, own = page.split("Mengetahui,")[1].split("Yang membuat pernyataan")
        nip = re.search(r"(?:NIP|NIK|NI PPPK)\. ([\d ]+\d)", own)
        assert nip is None or nip.group(1) not in ack, page  # (Non-ASN without NIK: none)
        assert "(....." not in ack
        sekda_pages += "Jabatan : Sekretaris Daerah " in page
        if "Jabatan : Sekretaris Daerah " in page:
            assert "Bupati Sukamakmur" in ack
    assert sekda_pages == 1
