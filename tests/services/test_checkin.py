"""The check-in desk: scans, statuses, pakta, PIN, susulan, bulk, walk-ins, undo, counters."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from event_helpers import T0, event, regency

from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import checkin, events
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store.connection import connect

NIP_FAUZI = "198001012005011001"


@pytest.fixture
def setup(conn: sqlite3.Connection) -> tuple[sqlite3.Connection, list, int]:
    people = regency(conn)
    # everyone but Joko (Kecamatan Cibinong) is on the list
    return conn, people, event(conn, events.Scope(employee_ids=[p.id for p in people[:6]]))


def test_scan_nip_marks_present_and_is_durable_before_return(setup, db_path: Path) -> None:
    conn, people, ev = setup
    result = checkin.scan(conn, ev, "19800101 200501 1 001", operator="ani", station="M1",
                          now=T0 + timedelta(minutes=3))  # fmt: skip
    assert result.kind == checkin.CHECKED_IN
    assert result.person and result.person.name == "Dr. H. Ahmad Fauzi, S.Pd., M.Si."
    assert result.person.unit == "Dinas Pendidikan"
    assert "pukul 08.03" in result.message
    other = connect(db_path)  # a second connection sees it: the commit happened
    row = other.execute(
        "SELECT status FROM obligations WHERE event_id = ? AND employee_id = ?", (ev, people[0].id)
    ).fetchone()
    log = other.execute("SELECT action, new_value, operator, station, at FROM attendance_log "
                        "WHERE id = ?", (result.log_id,)).fetchone()  # fmt: skip
    other.close()
    assert row == ("hadir",)
    assert log[:4] == ("status", "hadir", "ani", "M1")
    assert len(result.log_id or "") == 32 and "." in log[4] and "+" in log[4]
    assert events.get_event(conn, ev).status == "open"  # the first scan opened the draft


def test_second_scan_says_already_and_changes_nothing(setup) -> None:
    conn, _people, ev = setup
    checkin.scan(conn, ev, NIP_FAUZI, station="M1", now=T0 + timedelta(minutes=3))
    before = conn.execute("SELECT count(*) FROM attendance_log").fetchone()[0]
    again = checkin.scan(conn, ev, f"NIP. {NIP_FAUZI}", station="M2", now=T0 + timedelta(hours=1))
    assert again.kind == checkin.ALREADY
    assert "sudah hadir pukul 08.03" in again.message
    assert conn.execute("SELECT count(*) FROM attendance_log").fetchone()[0] == before


def test_nik_name_fragments_and_ambiguity(setup) -> None:
    conn, people, ev = setup
    assert checkin.scan(conn, ev, "3201014501900001").person.employee_id == people[5].id
    by_name = checkin.scan(conn, ev, "fauzi dr AHMAD")
    assert by_name.kind == checkin.CHECKED_IN and by_name.matched_by == "name"
    both = checkin.scan(conn, ev, "ahmad")
    assert both.kind == checkin.AMBIGUOUS
    assert {c.employee_id for c in both.candidates} == {people[0].id, people[4].id}
    cautious = checkin.scan(conn, ev, "ridwan", accept_unique_name=False)
    assert cautious.kind == checkin.AMBIGUOUS and len(cautious.candidates) == 1
    assert checkin.scan(conn, ev, "199900000000000000").kind == checkin.NOT_FOUND
    assert checkin.scan(conn, ev, "zzz qqq").kind == checkin.NOT_FOUND
    assert checkin.scan(conn, ev, "  ").kind == checkin.NOT_FOUND


def test_walk_in_offer_then_accept_and_undo(setup) -> None:
    conn, people, ev = setup
    offer = checkin.scan(conn, ev, "198106062006041006", station="M1")
    assert offer.kind == checkin.WALK_IN_OFFER and offer.person
    assert offer.person.name == "Joko Widodo" and not offer.person.on_list
    assert checkin.scan(conn, ev, "joko").kind == checkin.WALK_IN_OFFER
    added = checkin.add_walk_in(conn, ev, people[6].id, station="M1")
    assert added.person.walk_in and added.person.status == "hadir"
    assert checkin.counters(conn, ev).total.obliged == 7
    with pytest.raises(UserError):
        checkin.add_walk_in(conn, ev, people[6].id, station="M1")
    assert checkin.undo_last(conn, ev, station="M1").undone == 2
    assert att_store.get(conn, ev, people[6].id) is None
    assert checkin.counters(conn, ev).total.obliged == 6


def test_statuses_pakta_pin_and_susulan(setup) -> None:
    conn, people, ev = setup
    fauzi, siti = people[0].id, people[1].id
    assert checkin.set_status(conn, ev, siti, "Dinas Luar").person.status == "dinas-luar"
    with pytest.raises(ValidationError):
        checkin.set_status(conn, ev, siti, "telat")
    with pytest.raises(UserError, match="hadir"):
        checkin.toggle_pakta(conn, ev, siti)
    checkin.scan(conn, ev, NIP_FAUZI)
    assert checkin.toggle_pakta(conn, ev, fauzi).person.pakta_signed
    assert not checkin.toggle_pakta(conn, ev, fauzi).person.pakta_signed
    assert not checkin.toggle_pakta(conn, ev, fauzi, False).changed
    assert checkin.toggle_pin(conn, ev, fauzi).person.pin
    done = checkin.record_susulan(conn, ev, siti, "2024-01-15", "Kantor Dinas Pendidikan")
    assert done.person.pakta_signed and done.person.pakta_where == "susulan"
    assert "15 Januari 2024" in done.message
    checkin.toggle_pakta(conn, ev, fauzi, True)
    with pytest.raises(UserError, match="di acara"):
        checkin.record_susulan(conn, ev, fauzi, "2024-01-15", "x")
    with pytest.raises(ValidationError):
        checkin.record_susulan(conn, ev, siti, "2024-01-15", " ")
    c = checkin.counters(conn, ev).total
    assert (c.present, c.signed, c.excused, c.belum, c.missing) == (1, 2, 1, 4, 4)


def test_undo_last_per_station_and_reason_rule(setup) -> None:
    conn, people, ev = setup
    checkin.scan(conn, ev, NIP_FAUZI, station="M1", now=T0)
    checkin.set_status(conn, ev, people[1].id, "izin", station="M2", now=T0)
    preview = checkin.peek_undo(conn, ev, station="M1", now=T0 + timedelta(seconds=30))
    assert preview and not preview.needs_reason and "Hadir" in preview.description
    late = T0 + timedelta(seconds=61)
    with pytest.raises(ValidationError, match="satu menit"):
        checkin.undo_last(conn, ev, station="M1", now=late)
    undone = checkin.undo_last(conn, ev, station="M1", reason="salah orang", now=late)
    assert undone.person and undone.person.status is None
    assert att_store.get(conn, ev, people[1].id).status == "izin"  # M2's action untouched
    with pytest.raises(UserError, match="Belum ada"):
        checkin.undo_last(conn, ev, station="M1", now=late)
    items = checkin.history(conn, ev, people[0].id)
    assert [i.action for i in items] == ["status", "undo"]
    assert items[0].undone and items[1].reason == "salah orang"
    assert items[0].time == "08.00"


def test_undo_refuses_when_changed_later_elsewhere(setup) -> None:
    conn, people, ev = setup
    checkin.scan(conn, ev, NIP_FAUZI, station="M1", now=T0)
    checkin.set_status(conn, ev, people[0].id, "sakit", station="M2", now=T0)
    with pytest.raises(UserError, match="diubah lagi"):
        checkin.undo_last(conn, ev, station="M1", now=T0)
    assert att_store.get(conn, ev, people[0].id).status == "sakit"


def test_mark_unit_present_is_one_batch(setup) -> None:
    conn, people, ev = setup
    checkin.set_status(conn, ev, people[1].id, "cuti", station="M1")
    assert checkin.mark_unit_present(conn, ev, "Dinas Pendidikan", station="M1") == 2
    pend = {u.unit: u for u in checkin.counters(conn, ev).units}["Dinas Pendidikan"]
    assert (pend.obliged, pend.present, pend.excused) == (3, 2, 1)
    unit_id = pend.unit_id
    assert unit_id is not None
    assert checkin.mark_unit_present(conn, ev, unit_id, station="M1") == 0
    assert checkin.undo_last(conn, ev, station="M1").undone == 2
    assert checkin.counters(conn, ev).total.present == 0


def test_log_is_append_only(setup) -> None:
    conn, _people, ev = setup
    checkin.scan(conn, ev, NIP_FAUZI)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE attendance_log SET new_value = 'izin'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM attendance_log")


def test_tidak_wajib_person_can_still_be_checked_in(setup) -> None:
    conn, people, ev = setup
    events.set_obliged(conn, ev, people[2].id, False, "tugas di luar daerah")
    result = checkin.scan(conn, ev, "199003032015031003")
    assert result.kind == checkin.CHECKED_IN and "tidak wajib" in result.message
    assert checkin.counters(conn, ev).total.present == 0  # not counted: not obliged


def test_people_list_filters_for_the_desk_table(setup) -> None:
    conn, people, ev = setup
    checkin.scan(conn, ev, NIP_FAUZI)
    checkin.set_status(conn, ev, people[1].id, "izin")
    events.set_obliged(conn, ev, people[5].id, False, "kontrak berakhir")
    ids = att_store.list_ids(conn, ev)
    assert len(ids) == 6
    assert att_store.list_ids(conn, ev, state="hadir") == [people[0].id]
    assert att_store.list_ids(conn, ev, state="tidak-wajib") == [people[5].id]
    assert set(att_store.list_ids(conn, ev, state="belum")) == {people[2].id, people[3].id,
                                                                people[4].id}  # fmt: skip
    assert att_store.list_ids(conn, ev, unit="Dinas Pendidikan", text="siti") == [people[1].id]
    shown = checkin.people(conn, ev, ids[:2])
    assert [p.employee_id for p in shown] == ids[:2]
