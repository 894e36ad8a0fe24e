"""End to end through the printing service: a demo event, the register, verification, CLI."""

from __future__ import annotations

import datetime
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from doc_helpers import pdf_pages

from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import certificates as certs
from ikrar_desktop.services import checkin, printing
from ikrar_desktop.store.connection import connect

Demo = tuple[sqlite3.Connection, int, int, str]


def test_pakta_and_daftar_hadir_for_every_obliged_person(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, _, unit = demo_event
    people = conn.execute(
        "SELECT display_name, nip, unit_name FROM obligations WHERE event_id = ? AND obliged = 1 "
        "AND unit_name = ?",
        (event_id, unit),
    ).fetchall()
    report = printing.print_document(conn, "pakta", event_id, tmp_path / "p.pdf", unit=unit)
    pages = pdf_pages((tmp_path / "p.pdf").read_bytes())
    assert report.pages == len(pages) == len(people) == report.people
    for name, nip, _ in people:
        own = [p for p in pages if name in p and (nip is None or p.count(nip[:8]) >= 1)]
        assert own, name
    report = printing.print_document(conn, "daftar-hadir", event_id, tmp_path / "d.pdf",
                                     unit=unit, blank_rows=3)  # fmt: skip
    text = " ".join(pdf_pages((tmp_path / "d.pdf").read_bytes()))
    for name, _, _ in people:
        assert text.count(name) >= 1, name


def test_certificates_gap_free_reprint_void_and_verify(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, _, _ = demo_event
    signed = conn.execute(
        "SELECT count(*) FROM obligations WHERE event_id = ? AND obliged AND pakta_signed",
        (event_id,),
    ).fetchone()[0]
    first = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s1.pdf")
    assert first.numbers_issued == signed == first.pages and first.reprints == 0
    assert certs.cert_store.all_numbers(conn, certs.DEFAULT_PATTERN, 2023) == list(
        range(1, signed + 1)
    )
    assert first.numbers[0].endswith("/BKPSDM/2023") and "/0001/" in " ".join(first.numbers)
    again = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s2.pdf")
    assert again.numbers == first.numbers and again.numbers_issued == 0
    assert again.reprints == signed
    rows = certs.cert_store.live_for_event(conn, event_id)
    assert {r.prints for r in rows.values()} == {2}
    # every printed code verifies; a changed character does not
    text = " ".join(pdf_pages((tmp_path / "s1.pdf").read_bytes()))
    for row in rows.values():
        assert row.code in text and row.number in text
        assert certs.verify(conn, row.code).status == certs.VALID
        assert certs.verify(conn, "ikrar-sert:" + row.code.lower()).status == certs.VALID
    code = next(iter(rows.values())).code
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert certs.verify(conn, tampered).status == certs.UNKNOWN
    # an edited register row no longer verifies
    victim = next(iter(rows.values()))
    conn.execute("DROP TRIGGER guard_certificate_update")  # an outside tool could do this
    conn.execute("UPDATE certificates SET name = 'Orang Lain' WHERE id = ?", (victim.id,))
    assert certs.verify(conn, victim.code).status == certs.UNKNOWN
    conn.execute("UPDATE certificates SET name = ? WHERE id = ?", (victim.name, victim.id))
    # void keeps the number used; the next print gives a new one
    with pytest.raises(ValidationError):
        certs.void(conn, victim.number, "  ", stamp="x")
    certs.void(conn, victim.number, "Salah nama", stamp="2023-09-19")
    assert certs.verify(conn, victim.code).status == certs.VOID
    third = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s3.pdf")
    assert third.numbers_issued == 1 and victim.number not in third.numbers
    assert certs.cert_store.all_numbers(conn, certs.DEFAULT_PATTERN, 2023) == list(
        range(1, signed + 2)
    )


def test_two_writers_never_duplicate_or_skip(demo_event: Demo, db_path: Path) -> None:
    conn, event_id, _, _ = demo_event
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    ids = [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ?", (event_id,))]  # fmt: skip
    errors: list[BaseException] = []

    def writer(part: list[int]) -> None:
        own = connect(path)
        try:
            for emp in part:
                certs.issue(own, event_id, [certs.Wanted(emp, f"n{emp}")],
                            datetime.date(2030, 1, 5), stamp="t")  # fmt: skip
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(ids[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert certs.cert_store.all_numbers(conn, certs.DEFAULT_PATTERN, 2030) == list(
        range(1, len(ids) + 1)
    )


def test_pattern_validation() -> None:
    assert certs.validate_pattern("800/{urut:03d}/{bulan_romawi}/{tahun}")
    assert certs.format_number("800/{urut}/{bulan_romawi}/{tahun}", 7,
                               datetime.date(2023, 9, 1)) == "800/7/IX/2023"  # fmt: skip
    for bad in ("800/{tahun}", "800/{urut}", "{urut}/{nama}/{tahun}", "{urut:zz}/{tahun}",
                "{urut}/{urut}/{tahun}", "{urut/{tahun}"):  # fmt: skip
        with pytest.raises(ValidationError):
            certs.validate_pattern(bad)


def test_susulan_gets_a_certificate_and_unsigned_does_not(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, _, _ = demo_event
    unsigned = [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND NOT pakta_signed "
        "ORDER BY employee_id", (event_id,))]  # fmt: skip
    later = unsigned[0]
    checkin.record_susulan(conn, event_id, later, "2023-09-20", "Kantor", operator="t",
                           station="t")  # fmt: skip
    report = printing.print_document(conn, "sertifikat", event_id, tmp_path / "s.pdf")
    holders = set(certs.cert_store.live_for_event(conn, event_id))
    assert later in holders and not holders & set(unsigned[1:])
    assert report.people == len(holders)


def test_cli_print_and_verify(
    demo_event: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn, event_id, _, _ = demo_event
    db = conn.execute("PRAGMA database_list").fetchone()[2]
    for kind in ("rekap", "berita-acara", "sertifikat"):
        out = tmp_path / f"{kind}.pdf"
        code = main(["--db", db, "print", kind, str(event_id), "--out", str(out), "--paper",
                     "f4", "--json"])  # fmt: skip
        data = json.loads(capsys.readouterr().out)
        assert code == 0 and out.exists() and data["pages"] >= 1
    cert = next(iter(certs.cert_store.live_for_event(conn, event_id).values()))
    assert main(["--db", db, "verify", cert.code, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "valid"
    assert main(["--db", db, "verify", "AAAA-AAAA-AAAA"]) == 1
    assert "TIDAK DIKENAL" in capsys.readouterr().out
    assert main(["--db", db, "print", "pakta", "999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_empty_event_gives_a_blank_daftar_hadir(conn: sqlite3.Connection, tmp_path: Path) -> None:
    from ikrar_desktop.errors import UserError
    from ikrar_desktop.services.events import EventDraft, create_event

    event = create_event(conn, EventDraft(title="Kosong", date="2024-01-02")).event
    report = printing.print_document(conn, "daftar-hadir", event.id, tmp_path / "d.pdf")
    pages = pdf_pages((tmp_path / "d.pdf").read_bytes())
    assert report.pages == len(pages) and report.people == 0
    text = " ".join(pages)
    assert "20." in text and "21." not in text and "Petugas Pencatat" in pages[-1]
    with pytest.raises(UserError):
        printing.print_document(conn, "pakta", event.id, tmp_path / "p.pdf")
    with pytest.raises(UserError):
        printing.print_document(conn, "sertifikat", event.id, tmp_path / "s.pdf")


def test_recap_and_berita_acara_carry_the_audit_chain_head(
    demo_event: Demo, tmp_path: Path
) -> None:
    from ikrar_desktop.store.audit import audit_fingerprint

    conn, event_id, _, _ = demo_event
    # the first print draws the berita acara's number (a logged write); a reprint keeps it
    printing.print_document(conn, "berita-acara", event_id, tmp_path / "first.pdf")
    for kind in ("rekap", "berita-acara"):
        head = audit_fingerprint(conn)  # each print is itself logged, so the head moves on
        printing.print_document(conn, kind, event_id, tmp_path / f"{kind}.pdf")
        text = " ".join(pdf_pages((tmp_path / f"{kind}.pdf").read_bytes()))
        assert head.split(" · ")[1] in text, kind
