"""Supervision cases: workflow order and dates, overdue, the unit snapshot, evidence, export."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from event_helpers import event, regency
from openpyxl import load_workbook

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services import case_evidence, checkin
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.case_export import case_dict, export_register_xlsx
from ikrar_desktop.services.registry import update_employee

TODAY = date(2024, 3, 1)


def _case(conn: sqlite3.Connection, employee_id: int, **kw: object) -> int:
    values: dict[str, object] = {
        "employee_id": employee_id, "form_code": "KE-4", "source": "bkn-sbt",
        "reported_on": "2024-01-05", "source_ref": "SBT/2024/0012", "election": "Pemilu 2024",
        "description": "Menyukai unggahan akun pemenangan bakal calon",
    }  # fmt: skip
    values.update(kw)
    return svc.add_case(conn, svc.CaseDraft(**values), operator="tester", today=TODAY).id  # type: ignore[arg-type]


def test_add_case_keeps_a_snapshot_and_a_reported_step(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    case = svc.get_case(conn, _case(conn, people[2].id))
    assert case.number == "001/2024" and case.step == "reported"
    assert (case.emp_name, case.emp_unit, case.emp_nip) == (
        "Budi Santoso", "Dinas Pendidikan", "199003032015031003",
    )  # fmt: skip
    assert [(s.step, s.on_date, s.operator) for s in case.steps] == [
        ("reported", date(2024, 1, 5), "tester")
    ]
    assert "BKN (SBT)" in case.steps[0].note and "SBT/2024/0012" in case.steps[0].note
    assert svc.get_case(conn, _case(conn, people[3].id)).number == "002/2024"


def test_snapshot_of_unit_survives_a_transfer(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    budi = people[2]
    case_id = _case(conn, budi.id)
    moved = EmployeeDraft(
        nama="Budi Santoso", nip=budi.nip or "", unit="Dinas Kesehatan", jabatan="Kepala Seksi"
    )
    update_employee(conn, budi.id, moved)
    case = svc.get_case(conn, case_id)
    assert case.emp_unit == "Dinas Pendidikan" and case.emp_jabatan == "Staf"
    assert [i.case.id for i in svc.list_cases(conn, svc.CaseFilter(unit="dinas pendidikan"))] == [
        case_id
    ]
    assert svc.list_cases(conn, svc.CaseFilter(unit="Dinas Kesehatan")) == []


def test_bad_reports_are_refused(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    with pytest.raises(ValidationError, match="harus diuraikan"):
        _case(conn, people[0].id, form_code="lainnya", description="")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        _case(conn, people[0].id, source="koran")
    with pytest.raises(ValidationError, match="belum terjadi"):
        _case(conn, people[0].id, reported_on="2024-03-02")
    with pytest.raises(NotFoundError):
        _case(conn, 999)
    other = svc.get_case(conn, _case(conn, people[0].id, form_code="lainnya",
                                     description="Foto salam dua jari"))  # fmt: skip
    assert other.form_other == "Foto salam dua jari"


def test_full_workflow_and_order_rules(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    cid = _case(conn, people[2].id)

    def step(name: str, when: str, **kw: str) -> None:
        svc.update_step(conn, cid, name, when, operator="op", today=TODAY, **kw)

    with pytest.raises(ValidationError, match="Sanksi tidak dapat dicatat sebelum ada keputusan"):
        step("sanction", "2024-01-08", sanction="R-2")
    with pytest.raises(ValidationError, match="lebih awal dari tanggal langkah sebelumnya"):
        step("verified", "2024-01-04")
    step("verified", "2024-01-09", note="Terbukti dari tangkapan layar")
    step("recommendation", "2024-01-20", note="Rekomendasi BKN: sanksi moral")
    with pytest.raises(ValidationError, match="hanya dicatat pada langkah"):
        step("decision", "2024-01-25", sanction="SM-2")
    with pytest.raises(ValidationError, match="Nomor SK hanya"):
        step("recommendation", "2024-01-25", sk_number="1")
    step("decision", "2024-01-25", sk_number="800/12/BKPSDM/2024")
    with pytest.raises(ValidationError, match="Pilih sanksi"):
        step("sanction", "2024-01-26")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        step("sanction", "2024-01-26", sanction="X-1")
    step("sanction", "2024-01-26", sanction="sm-2", sk_number="800/13/BKPSDM/2024")
    step("done", "2024-02-10", note="Diverifikasi BKN")
    case = svc.get_case(conn, cid)
    assert case.step == "done" and case.sanction_code == "SM-2"
    assert [s.step for s in case.steps] == [
        "reported", "verified", "recommendation", "decision", "sanction", "done",
    ]  # fmt: skip
    sanction = case.steps[4]
    assert (sanction.sk_number, sanction.sk_date) == ("800/13/BKPSDM/2024", date(2024, 1, 26))
    with pytest.raises(ValidationError, match="sudah selesai"):
        step("verified", "2024-02-11")


def test_overdue_and_filters_with_injected_today(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    late = _case(conn, people[0].id, reported_on="2024-01-05")
    fresh = _case(conn, people[4].id, reported_on="2024-02-28", form_code="D-5")
    closed = _case(conn, people[6].id, reported_on="2024-01-02")
    svc.update_step(conn, closed, "not-proven", "2024-01-05", today=TODAY)
    svc.update_step(conn, closed, "done", "2024-01-06", today=TODAY)

    items = {i.case.id: i for i in svc.list_cases(conn, today=TODAY)}
    assert items[late].due == date(2024, 1, 12) and items[late].overdue_days == 49
    assert not items[fresh].overdue and items[fresh].due == date(2024, 3, 6)
    assert not items[closed].overdue and items[closed].due is None
    ids = lambda **kw: [i.case.id for i in svc.list_cases(conn, svc.CaseFilter(**kw), TODAY)]  # noqa: E731
    assert ids(overdue_only=True) == [late]
    assert sorted(ids(open_only=True)) == sorted([late, fresh])
    assert ids(form_code="d-5") == [fresh]
    assert ids(kind="kode-etik", open_only=True) == [late]
    assert ids(text="budi") == [] and ids(text="fauzi") == [late]
    assert [i.case.id for i in svc.list_cases(conn, today=date(2024, 1, 10))
            if i.overdue] == []  # fmt: skip

    svc.save_deadlines(conn, {"reported": 60})
    assert ids(overdue_only=True) == []
    with pytest.raises(ValidationError):
        svc.save_deadlines(conn, {"reported": 400})


def test_counts_per_opd_and_form(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    for p, form in ((people[0], "KE-4"), (people[1], "KE-4"), (people[3], "D-5")):
        _case(conn, p.id, form_code=form)
    items = svc.list_cases(conn, today=TODAY)
    assert svc.counts(items, "unit") == [("Dinas Pendidikan", 2, 2), ("Dinas Kesehatan", 1, 1)]
    assert svc.counts(items, "form") == [("KE-4", 2, 2), ("D-5", 1, 1)]


def test_employee_history_joins_pledges_and_cases(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    fauzi = people[0].id
    ev = event(conn, title="Apel Ikrar Netralitas")
    checkin.set_status(conn, ev, fauzi, "hadir")
    checkin.toggle_pakta(conn, ev, fauzi)
    cid = _case(conn, fauzi)
    hist = svc.history(conn, fauzi)
    assert hist.name.startswith("Dr. H. Ahmad Fauzi")
    assert [(p.title, p.status, p.pakta_signed) for p in hist.pledges] == [
        ("Apel Ikrar Netralitas", "hadir", True)
    ]
    assert hist.signed_pakta and [c.id for c in hist.cases] == [cid]
    assert svc.case_item(conn, cid, TODAY).signed_pakta
    budi = svc.history(conn, people[2].id)
    assert not budi.signed_pakta and budi.cases == []


def test_elections_default_and_clerk_added(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    assert svc.elections(conn) == ["Pemilu 2024", "Pilkada 2024"]
    _case(conn, people[0].id, election="pilkada  2024")
    _case(conn, people[0].id, election="Pemilihan Kepala Desa 2025")
    assert svc.elections(conn) == ["Pemilu 2024", "Pilkada 2024", "Pemilihan Kepala Desa 2025"]
    assert svc.add_election(conn, "PEMILIHAN kepala desa 2025") == "Pemilihan Kepala Desa 2025"


def test_evidence_hash_check_detects_a_swapped_blob(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    people = regency(conn)
    cid = _case(conn, people[0].id)
    scan = tmp_path / "tangkapan-layar.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"bukti" * 100)
    ev = case_evidence.add_evidence_file(conn, cid, scan)
    assert (ev.file_name, ev.mime, ev.size) == ("tangkapan-layar.png", "image/png", 508)
    _row, data = case_evidence.read_evidence(conn, ev.id)
    assert data == scan.read_bytes() and case_evidence.matches_file(conn, ev.id, scan)
    assert [c.ok for c in case_evidence.verify_evidence(conn, cid)] == [True]

    conn.execute(
        "UPDATE case_evidence SET data = ? WHERE id = ?", (b"\x89PNG palsu" + b"x" * 497, ev.id)
    )
    with pytest.raises(case_evidence.EvidenceTamperedError, match="telah diganti"):
        case_evidence.read_evidence(conn, ev.id)
    assert [c.ok for c in case_evidence.verify_evidence(conn, cid)] == [False]
    assert case_evidence.matches_file(conn, ev.id, scan)  # the recorded hash is unchanged


def test_evidence_size_limit_and_empty_file(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = regency(conn)
    cid = _case(conn, people[0].id)
    monkeypatch.setattr(case_evidence, "MAX_EVIDENCE_BYTES", 1000)
    with pytest.raises(ValidationError, match="terlalu besar"):
        case_evidence.add_evidence(conn, cid, "scan.pdf", b"x" * 1001)
    with pytest.raises(ValidationError, match="kosong"):
        case_evidence.add_evidence(conn, cid, "scan.pdf", b"")
    assert case_evidence.add_evidence(conn, cid, "scan.pdf", b"%PDF-1.4").mime == "application/pdf"


def test_export_has_zero_formula_cells_and_ids_as_text(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    people = regency(conn)
    _case(conn, people[0].id, description="=HYPERLINK(\"http://x\",\"klik\")",
          source_ref="+62 811 000", form_code="lainnya")  # fmt: skip
    _case(conn, people[5].id, description="@SUM(A1)")  # Non-ASN with NIK only
    out = tmp_path / "register.xlsx"
    assert export_register_xlsx(conn, out, today=TODAY) == 2
    wb = load_workbook(out)
    formulas = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row
                if c.data_type == "f"]  # fmt: skip
    assert formulas == []
    ws = wb["Register"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    idents = {r[6] for r in values}
    assert idents == {"19800101 200501 1 001", "3201014501900001"}
    assert all(isinstance(r[6], str) for r in values)
    assert any(r[14] == '=HYPERLINK("http://x","klik")' for r in values)
    assert wb["Per OPD"]["A2"].value in {"Dinas Pendidikan", "Dinas Kesehatan"}


def test_case_dict_shape(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    cid = _case(conn, people[0].id)
    data = case_dict(svc.case_item(conn, cid, TODAY))
    assert data["id"] == cid and data["form"] == "KE-4" and data["form_kind"] == "kode-etik"
    assert data["overdue"] is True and data["due"] == "2024-01-12" and data["open"] is True
    assert data["employee"]["unit"] == "Dinas Pendidikan"  # type: ignore[index]
    assert [s["step"] for s in data["steps"]] == ["reported"]  # type: ignore[attr-defined]
