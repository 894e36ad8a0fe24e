"""E-certificates (issue 19 point 5): one PDF per person named by NIP / event code, zip per OPD."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from doc_helpers import pdf_pages
from scanning import decode

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.filenames import safe_name, unique
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, events
from ikrar_desktop.services.certificate_split import split_certificates
from ikrar_desktop.services.registry import add_employee

LONG_UNIT = ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
             "Keluarga Berencana: Bidang <Data> / Informasi?")  # fmt: skip
PEOPLE = (  # nama, nip / nik, status, unit
    ("Dr. H. Ahmad Fauzi, M.Si.", "198001012005011001", "PNS", "Dinas Pendidikan"),
    ("Siti Aminah, S.E.", "198502022010012002", "PNS", "Dinas Pendidikan"),
    ("Budi Santoso, S.Pd.", "199403122024211004", "PPPK", LONG_UNIT),
    ("Dewi Lestari", "3201014501900001", "Non-ASN", LONG_UNIT),
    ("Joko Susilo", "198106062006041006", "PNS", "Kecamatan Cibinong"),  # not signed
)


def signed_event(conn: sqlite3.Connection) -> tuple[int, list[int]]:
    ids = []
    for nama, ident, status, unit in PEOPLE:
        draft = EmployeeDraft(nama=nama, status=status, unit=unit, jabatan="Staf")
        if len(ident) == 18:
            draft.nip = ident
        else:
            draft.nik = ident
        ids.append(add_employee(conn, draft).id)
    made = events.create_event(conn, events.EventDraft(title="Apel Ikrar", date="2024-09-18"))
    for emp in ids[:4]:
        checkin.set_status(conn, made.event.id, emp, "hadir")
        checkin.toggle_pakta(conn, made.event.id, emp, True)
    return made.event.id, ids


def test_one_pdf_per_signer_named_by_nip_else_event_code_and_a_zip_per_opd(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    event_id, ids = signed_event(conn)
    folder = tmp_path / "kirim"
    report = split_certificates(conn, event_id, folder, make_zip=True)
    code = f"IKR-{event_id}-{ids[3]}"
    wanted = {f"{PEOPLE[0][1]}.pdf", f"{PEOPLE[1][1]}.pdf", f"{PEOPLE[2][1]}.pdf", f"{code}.pdf"}
    assert set(report.files) == wanted
    zips = {p.name for p in folder.glob("*.zip")}
    assert set(report.zips) == zips and len(zips) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(wanted | zips)
    assert not any(PEOPLE[3][1] in p.name for p in folder.iterdir())  # never the NIK
    for name in zips:  # safe on Windows
        assert len(name) <= 100 and not set(name) & set('<>:"/\\|?*'), name
    long_zip = next(z for z in zips if z.startswith("Dinas Pemberdayaan"))
    with zipfile.ZipFile(folder / long_zip) as zf:
        assert sorted(zf.namelist()) == sorted([f"{PEOPLE[2][1]}.pdf", f"{code}.pdf"])
        assert zf.read(f"{code}.pdf") == (folder / f"{code}.pdf").read_bytes()
    numbers = {}
    for name in wanted:  # each file one certificate whose QR verifies its own number
        pages = pdf_pages((folder / name).read_bytes())
        assert len(pages) == 1
        found = [data for kind, data in decode(folder / name) if kind == "QR-Code"]
        assert len(found) == 1 and found[0].startswith("IKRAR-SERT:")
        row = conn.execute("SELECT number FROM certificates WHERE code = ?",
                           (found[0].removeprefix("IKRAR-SERT:"),)).fetchone()  # fmt: skip
        assert row is not None and row[0] in pages[0]
        numbers[name] = row[0]
    assert len(set(numbers.values())) == 4 and report.numbers_issued == 4
    logged = conn.execute("SELECT kind, records FROM disclosure_log").fetchall()
    assert ("sertifikat elektronik", 4) in logged


def test_a_reprint_keeps_the_numbers_and_an_existing_file_is_never_overwritten(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    event_id, _ids = signed_event(conn)
    first = split_certificates(conn, event_id, tmp_path / "a")
    before = conn.execute("SELECT employee_id, number FROM certificates ORDER BY 1").fetchall()
    again = split_certificates(conn, event_id, tmp_path / "b", make_zip=True)
    after = conn.execute("SELECT employee_id, number FROM certificates ORDER BY 1").fetchall()
    assert before == after and again.numbers_issued == 0 and again.reprints == 4
    assert set(first.files) == set(again.files)
    stamp = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()}
    with pytest.raises(UserError, match="sudah berisi 4 berkas"):
        split_certificates(conn, event_id, tmp_path / "a")
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()} == stamp
    # a folder holding only other files is fine
    other = tmp_path / "c"
    other.mkdir()
    (other / "catatan.txt").write_text("x")
    assert len(split_certificates(conn, event_id, other).files) == 4


def test_nobody_signed_is_refused(conn: sqlite3.Connection, tmp_path: Path) -> None:
    add_employee(conn, EmployeeDraft(nama="Budi", nip="198001012005011001", unit="Dinas A"))
    event_id = events.create_event(conn, events.EventDraft(title="A", date="2024-09-18")).event.id
    with pytest.raises(UserError, match="menandatangani"):
        split_certificates(conn, event_id, tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_file_names_are_safe_on_windows() -> None:
    assert safe_name('Bidang <Data>: "A/B" | C?*', ".zip") == "Bidang -Data- -A-B- - C.zip"
    assert safe_name("CON", ".zip") == "_CON.zip" and safe_name("nul.txt") == "_nul.txt"
    assert safe_name("   ...  ", ".pdf") == "berkas.pdf"
    assert len(safe_name("x" * 300, ".zip")) == 100 and safe_name("a. ", "") == "a"
    taken: set[str] = set()
    assert [unique(n, taken) for n in ("Dinas A.zip", "dinas a.zip", "Dinas A.zip")] == [
        "Dinas A.zip", "dinas a (2).zip", "Dinas A (3).zip"]  # fmt: skip
