"""One numbering register: patterns, gap-free per pattern and year, reprints, voids (issue 18)."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest
from doc_helpers import pdf_pages

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import certificates, checkin, events, numbering, printing
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import numbers as number_store
from ikrar_desktop.store import units as unit_store

SEPT = datetime.date(2026, 9, 7)


def test_patterns_fields_widths_and_refusals() -> None:
    fmt = numbering.format_number
    assert fmt("800/{n:3}/{kode}/{bulan_romawi}/{tahun}", 7, SEPT, "DINKES") == (
        "800/007/DINKES/IX/2026"
    )
    assert fmt("{n}/BA/{bulan}/{tahun}", 12, SEPT) == "12/BA/09/2026"
    # the certificate patterns of before keep working and mean the same counter
    assert numbering.validate_pattern("800/{urut:04d}/BKPSDM/{tahun}") == "800/{n:4}/BKPSDM/{tahun}"
    assert numbering.spellings("800/{n:4}/X/{tahun}") == ["800/{n:4}/X/{tahun}",
                                                         "800/{urut:04d}/X/{tahun}"]  # fmt: skip
    for bad in ("800/BA/{tahun}", "800/{n}", "{n}/{n}/{tahun}", "{n}/{nama}/{tahun}",
                "{n:x}/{tahun}", "{n/{tahun}", "{kode:3}/{n}/{tahun}"):  # fmt: skip
        with pytest.raises(ValidationError):
            numbering.validate_pattern(bad)


def _event(conn: sqlite3.Connection, title: str, day: str = "2026-09-07") -> int:
    return events.create_event(conn, events.EventDraft(title=title, date=day)).event.id


def _registry(conn: sqlite3.Connection) -> None:
    for i, unit in enumerate(("Dinas Kesehatan", "Badan Kepegawaian Daerah"), start=1):
        add_employee(conn, EmployeeDraft(nama=f"Pegawai {i}", nip=f"19800101200501100{i}",
                                         status="PNS", unit=unit, jabatan="Staf"))  # fmt: skip


def test_berita_acara_numbered_from_the_register(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _registry(conn)
    first, second = _event(conn, "Apel satu"), _event(conn, "Apel dua")
    pdf = tmp_path / "ba.pdf"
    report = printing.print_document(conn, "berita-acara", first, pdf)
    assert report.numbers == ["800/001/BA/2026"] and report.numbers_issued == 1
    assert "Nomor: 800/001/BA/2026" in " ".join(pdf_pages(pdf.read_bytes()))
    again = printing.print_document(conn, "berita-acara", first, pdf)
    assert again.numbers == ["800/001/BA/2026"] and again.reprints == 1
    assert not again.numbers_issued
    nxt = printing.print_document(conn, "berita-acara", second, pdf)
    assert nxt.numbers == ["800/002/BA/2026"]
    # voiding needs a reason; the number stays used and the next print takes a new one
    with pytest.raises(ValidationError):
        numbering.void(conn, "800/001/BA/2026", "  ", stamp="x")
    numbering.void(conn, "800/001/BA/2026", "Salah tanggal", stamp="2026-09-08")
    assert printing.print_document(conn, "berita-acara", first, pdf).numbers == ["800/003/BA/2026"]
    rows = number_store.list_rows(conn, "berita-acara")
    assert [r.seq for r in rows] == [1, 2, 3]
    assert rows[0].void_reason == "Salah tanggal"
    # the register refuses edits and deletions outside the program, the audit keeps the void
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM number_register WHERE seq = 2")
    audited = conn.execute(
        "SELECT count(*) FROM audit_log WHERE tbl = 'number_register' AND after LIKE ?",
        ("%Salah tanggal%",),
    ).fetchone()[0]
    assert audited >= 1


def test_pattern_with_unit_code_and_a_new_year(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _registry(conn)
    settings_service.set_value(conn, "nomor_berita_acara", "BA/{n:2}/{kode}/{tahun}")
    event_id = _event(conn, "Apel")
    with pytest.raises(UserError, match="belum punya kode"):
        printing.print_document(conn, "berita-acara", event_id, tmp_path / "x.pdf",
                                unit="Dinas Kesehatan")  # fmt: skip
    unit_id = unit_store.find_by_name(conn, "Dinas Kesehatan")
    assert unit_id is not None
    unit_service.set_unit(conn, unit_id, code="DINKES")
    report = printing.print_document(conn, "berita-acara", event_id, tmp_path / "x.pdf",
                                     unit="Dinas Kesehatan")  # fmt: skip
    assert report.numbers == ["BA/01/DINKES/2026"]
    later = _event(conn, "Apel tahun depan", "2027-01-05")
    report = printing.print_document(conn, "berita-acara", later, tmp_path / "y.pdf",
                                     unit="Dinas Kesehatan")  # fmt: skip
    assert report.numbers == ["BA/01/DINKES/2027"]  # the counter restarts each year


def test_certificate_pattern_can_be_changed(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _registry(conn)
    settings_service.save(conn, settings_service.Settings(
        instansi="Kabupaten Contoh", unit_name="Badan Kepegawaian Daerah"))  # fmt: skip
    unit_id = unit_store.find_by_name(conn, "Badan Kepegawaian Daerah")
    assert unit_id is not None
    unit_service.set_unit(conn, unit_id, code="BKD")
    settings_service.set_value(conn, "nomor_sertifikat", "SERT/{n:3}/{kode}/{bulan_romawi}/{tahun}")
    assert certificates.get_pattern(conn) == "SERT/{n:3}/{kode}/{bulan_romawi}/{tahun}"
    event_id = _event(conn, "Apel")
    for (emp_id,) in conn.execute("SELECT id FROM employees").fetchall():
        checkin.set_status(conn, event_id, emp_id, "hadir")
        checkin.toggle_pakta(conn, event_id, emp_id, True)
    report = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s.pdf")
    assert report.numbers == ["SERT/001/BKD/IX/2026", "SERT/002/BKD/IX/2026"]


def test_check_notices_a_dropped_register_guard(conn: sqlite3.Connection) -> None:
    from ikrar_desktop.store.audit_check import AuditReport, verify_triggers

    report = AuditReport()
    verify_triggers(conn, report)
    assert not report.problems
    conn.execute("DROP TRIGGER guard_number_delete")
    verify_triggers(conn, report)
    assert any("guard_number_delete" in p.message for p in report.problems)


def test_a_v8_database_migrates_and_continues_its_certificate_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.store import schema

    path = tmp_path / "lama.sqlite"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:8])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 8)
    old = schema.open_database(path)
    emp = add_employee(old, EmployeeDraft(nama="Pegawai Lama", nip="198001012005011001",
                                          status="PNS", unit="Dinas Kesehatan"))  # fmt: skip
    old.execute("INSERT INTO events (kind, title, date, created_at, updated_at) "
                "VALUES ('pakta', 'Apel lama', '2026-01-05', 'x', 'x')")  # fmt: skip
    old.execute(
        "INSERT INTO certificates (number, pattern, year, seq, event_id, employee_id, name, code, "
        "issued_at) VALUES ('800/0001/BKPSDM/2026', '800/{urut:04d}/BKPSDM/{tahun}', 2026, 1, 1, "
        "?, 'Pegawai Lama', 'AAAA-BBBB-CCCC', 'x')",
        (emp.id,),
    )
    old.close()
    monkeypatch.undo()
    conn = schema.open_database(path)
    try:
        assert schema.user_version(conn) == schema.SCHEMA_VERSION >= 9
        unit = unit_store.get(conn, unit_store.find_by_name(conn, "Dinas Kesehatan") or 0)
        assert unit is not None and unit.head_id is None and unit.head_acting is None
        event_id = _event(conn, "Apel baru")
        checkin.set_status(conn, event_id, emp.id, "hadir")
        checkin.toggle_pakta(conn, event_id, emp.id, True)
        report = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s.pdf")
        assert report.numbers == ["800/0002/BKPSDM/2026"]
    finally:
        conn.close()


def test_two_writers_share_one_gap_free_counter(conn: sqlite3.Connection, db_path: Path) -> None:
    """Two PCs numbering letters and certificates of one shared pattern at the same time."""
    import threading

    from ikrar_desktop.store.connection import connect

    _registry(conn)
    settings_service.set_value(conn, "nomor_berita_acara", "800/{n}/X/{tahun}")
    settings_service.set_value(conn, "nomor_tindak_lanjut", "800/{n}/X/{tahun}")
    errors: list[BaseException] = []

    def writer(doc: str) -> None:
        own = connect(db_path)
        try:
            for i in range(40):
                numbering.issue(own, doc, f"{doc}:{i}", SEPT, stamp="t")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(d,)) for d in ("berita-acara",
                                                                     "tindak-lanjut")]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seqs = sorted(r.seq for r in number_store.list_rows(conn))
    assert seqs == list(range(1, 81))
