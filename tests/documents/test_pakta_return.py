"""Signed pakta sheets come back: printed QR codes, read back with zbarimg, received once."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from scanning import decode

from ikrar_desktop.domain import paktacode
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, events, pakta_outstanding, pakta_receive, printing
from ikrar_desktop.services.registry import add_employee

T0 = datetime(2024, 1, 10, 8, 0).astimezone()
DAY = date(2024, 1, 10)
PEOPLE = [
    ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "198001012005011001", "Dinas Pendidikan", "PNS"),
    ("Siti Aminah, S.E.", "198502022010012002", "Dinas Pendidikan", "PNS"),
    ("Budi Santoso", "199003032015031003", "Dinas Pendidikan", "PNS"),
    ("Hj. Rina Marlina", "197804042003122004", "Dinas Kesehatan", "PNS"),
    ("Dewi Lestari", "3201014501900001", "Dinas Kesehatan", "Non-ASN"),
    ("Joko Widodo", "198106062006041006", "Kecamatan Cibinong", "PNS"),
]


def _regency(conn: sqlite3.Connection) -> list[int]:
    ids = []
    for nama, ident, unit, status in PEOPLE:
        draft = EmployeeDraft(nama=nama, unit=unit, status=status, jabatan="Staf")
        if len(ident) == 18:
            draft.nip = ident
        else:
            draft.nik = ident
        ids.append(add_employee(conn, draft).id)
    return ids


def _event(conn: sqlite3.Connection, ids: list[int], title: str, day: str = "2024-01-10") -> int:
    made = events.create_event(
        conn, events.EventDraft(title=title, date=day, time="08:00"),
        events.Scope(employee_ids=ids), now=T0,
    )  # fmt: skip
    return made.event.id


@pytest.fixture
def loop(conn: sqlite3.Connection) -> tuple[sqlite3.Connection, list[int], int, int]:
    """Five of six people obliged at event A (Joko is not); event B obliges everyone."""
    ids = _regency(conn)
    return conn, ids, _event(conn, ids[:5], "Apel Ikrar"), _event(conn, ids, "Apel Lain")


def _printed_codes(conn: sqlite3.Connection, event_id: int, out: Path, pages: int) -> list[str]:
    """Print the event's pakta sheets and read every QR back from the rendered pages."""
    report = printing.print_document(conn, "pakta", event_id, out)
    found = decode(out, first=1, last=min(pages, report.pages))
    return [data for kind, data in found if kind == "QR-Code"]


def _log_rows(conn: sqlite3.Connection) -> int:
    """Rows about people (the first action on a draft also logs the event opening)."""
    sql = "SELECT count(*) FROM attendance_log WHERE employee_id IS NOT NULL"
    return int(conn.execute(sql).fetchone()[0])


def _who_is_out(conn: sqlite3.Connection, event_id: int) -> set[int]:
    data = pakta_outstanding.outstanding(conn, event_id)
    return {o.employee_id for u in data.units for o in u.people}


def test_scanned_sheets_are_recorded_once_as_susulan(loop, tmp_path: Path) -> None:
    conn, ids, ev, _other = loop
    codes = _printed_codes(conn, ev, tmp_path / "pakta.pdf", pages=5)
    assert sorted(paktacode.parse(c) for c in codes) == [(ev, i) for i in ids[:5]]
    assert _who_is_out(conn, ev) == set(ids[:5])
    before = _log_rows(conn)
    later = T0 + timedelta(days=3)
    done = [
        pakta_receive.receive(conn, ev, c, on=later.date(), station="M1", now=later)
        for c in codes[:3]
    ]
    assert [r.kind for r in done] == [pakta_receive.RECORDED] * 3
    assert all(r.tone == "green" and r.where == "susulan" and r.undo_token for r in done)
    got = {r.employee_id for r in done}
    rows = conn.execute(
        "SELECT employee_id, pakta_signed, pakta_where, susulan_date FROM obligations "
        "WHERE event_id = ? AND pakta_signed = 1",
        (ev,),
    ).fetchall()
    assert set(rows) == {(e, 1, "susulan", "2024-01-13") for e in got}
    assert _log_rows(conn) == before + 3  # one log row per sheet, nothing else
    assert _who_is_out(conn, ev) == set(ids[:5]) - got
    outstanding = pakta_outstanding.outstanding(conn, ev)
    assert (outstanding.total.sent, outstanding.total.returned, outstanding.total.out) == (5, 3, 2)
    # the audit chain shows the receipt: the log row and the obligation's change
    audit = conn.execute(
        "SELECT tbl, action, after FROM audit_log WHERE tbl IN ('attendance_log', 'obligations') "
        "AND after LIKE '%susulan%' AND after LIKE '%2024-01-13%'"
    ).fetchall()
    assert {(t, a) for t, a, _ in audit} == {
        ("attendance_log", "insert"), ("obligations", "update")
    }  # fmt: skip
    # receiving the same sheets again (noisy scanner) changes nothing
    again = pakta_receive.receive(conn, ev, f"  {codes[0].lower()}\r\n", station="M1", now=later)
    assert again.kind == pakta_receive.ALREADY and again.tone == "amber"
    assert "sudah tercatat" in again.message and "13 Januari 2024" in again.message
    assert _log_rows(conn) == before + 3


def test_other_event_unknown_and_not_obliged_sheets_record_nothing(loop, tmp_path: Path) -> None:
    conn, ids, ev, other = loop
    foreign = _printed_codes(conn, other, tmp_path / "lain.pdf", pages=1)[0]
    events.set_obliged(conn, ev, ids[1], False, "pensiun", now=T0)
    before = _log_rows(conn)
    results = pakta_receive.receive_many(
        conn, ev, [foreign, paktacode.payload(ev, ids[5]), paktacode.payload(ev, 99999),
                   paktacode.payload(ev, ids[1]), "IKRAR-PAKTA:1x", "bukan kode"],
    )  # fmt: skip
    assert [r.kind for r in results] == [pakta_receive.REFUSED] * 6
    assert all(r.tone == "red" for r in results)
    assert "kegiatan lain" in results[0].message and "Apel Lain" in results[0].message
    assert "Joko Widodo tidak ada di daftar wajib" in results[1].message
    assert "tidak dikenal" in results[2].message
    assert "tidak wajib" in results[3].message and "pensiun" in results[3].message
    assert "rusak" in results[4].message and "bukan kode lembar pakta" in results[5].message
    assert _log_rows(conn) == before
    signed = conn.execute("SELECT count(*) FROM obligations WHERE pakta_signed = 1").fetchone()
    assert signed == (0,)
    # the same foreign sheet is accepted when received for its own event
    mine = pakta_receive.receive(conn, None, foreign)
    assert mine.kind == pakta_receive.RECORDED and mine.event_id == other


def test_checked_in_person_on_the_day_signed_at_the_event(loop, tmp_path: Path) -> None:
    conn, ids, ev, _other = loop
    codes = {paktacode.parse(c): c for c in _printed_codes(conn, ev, tmp_path / "p.pdf", 5)}
    # the check-in desk resolves a pakta sheet's code to its person and checks them in
    code = codes[(ev, ids[0])]
    assert checkin.lookup(conn, ev, code).on_list == [ids[0]]
    assert checkin.lookup(conn, ev, paktacode.short_code(ev, ids[0])).on_list == [ids[0]]
    scanned = checkin.scan(conn, ev, code, station="M1", now=T0)
    assert scanned.kind == checkin.CHECKED_IN and scanned.matched_by == "kode"
    at_event = pakta_receive.receive(conn, ev, code, on=DAY, station="M1", now=T0)
    assert at_event.kind == pakta_receive.RECORDED and at_event.where == "event"
    # someone not checked in who hands the sheet in on the day signs as susulan of that day
    absent = pakta_receive.receive(conn, ev, codes[(ev, ids[3])], on=DAY, station="M1", now=T0)
    assert absent.where == "susulan" and absent.person and absent.person.pakta_signed


def test_undo_goes_through_the_desk_undo(loop, tmp_path: Path) -> None:
    conn, ids, ev, _other = loop
    code = paktacode.payload(ev, ids[2])
    now = T0 + timedelta(days=1)
    first = pakta_receive.receive(conn, ev, code, station="M1", now=now)
    assert first.undo_token and ids[2] not in _who_is_out(conn, ev)
    with pytest.raises(UserError, match="bukan tindakan terakhir"):
        pakta_receive.undo_receipt(conn, ev, "0" * 32, station="M1", now=now)
    undone = pakta_receive.undo_receipt(conn, ev, first.undo_token, station="M1", now=now)
    assert undone.undone == 1 and ids[2] in _who_is_out(conn, ev)
    kinds = [e.action for e in checkin.history(conn, ev, ids[2])]
    assert kinds == ["susulan", "undo"]  # the undo is itself on the record
    assert pakta_receive.receive(conn, ev, code, station="M1", now=now).kind == "recorded"


def test_closed_event_and_future_date_are_refused(loop) -> None:
    conn, ids, ev, _other = loop
    with pytest.raises(UserError, match="belum terjadi"):
        tomorrow = date.today() + timedelta(days=1)
        pakta_receive.receive(conn, ev, paktacode.payload(ev, ids[0]), on=tomorrow)
    events.close_event(conn, ev)
    before = _log_rows(conn)
    closed = pakta_receive.receive(conn, ev, paktacode.payload(ev, ids[0]))
    assert closed.kind == pakta_receive.REFUSED and "ditutup" in closed.message
    assert _log_rows(conn) == before


def test_a_nip_typed_for_a_sheet_whose_qr_will_not_scan(loop) -> None:
    conn, ids, ev, _other = loop
    typed = pakta_receive.receive(conn, ev, "19850202 201001 2 002", now=T0 + timedelta(days=2))
    assert typed.kind == pakta_receive.RECORDED and typed.employee_id == ids[1]
    assert pakta_receive.receive(conn, None, "198502022010012002").kind == pakta_receive.REFUSED


def test_two_desks_receiving_the_same_sheet_record_it_once(
    loop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk M2 read the person before desk M1's receipt committed: its write re-reads the
    person inside the transaction and leaves the signed pakta as it is."""
    conn, ids, ev, _other = loop
    code = paktacode.payload(ev, ids[4])
    stale = pakta_receive.att_store.get(conn, ev, ids[4])
    first = pakta_receive.receive(conn, ev, code, station="M1", now=T0 + timedelta(days=1))
    assert first.kind == pakta_receive.RECORDED
    before = _log_rows(conn)
    monkeypatch.setattr(pakta_receive, "_obligation", lambda *_a: stale)
    second = pakta_receive.receive(conn, ev, code, station="M2", now=T0 + timedelta(days=2))
    assert second.kind == pakta_receive.ALREADY and _log_rows(conn) == before
    monkeypatch.undo()
    row = conn.execute(
        "SELECT susulan_date FROM obligations WHERE event_id = ? AND employee_id = ?",
        (ev, ids[4]),
    ).fetchone()
    assert row == ("2024-01-11",)  # the first receipt's date stands
    numbers = pakta_outstanding.outstanding(conn, ev, people=False)
    assert (numbers.total.returned, numbers.units[0].people) == (1, [])
