"""Events: who is obliged (with the day's snapshot), additions, tidak wajib, open/close."""

from __future__ import annotations

import sqlite3

import pytest
from event_helpers import event, regency

from ikrar_desktop.domain.attendance import DEFAULT_PAKTA_POINTS
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.services import checkin, events
from ikrar_desktop.services.registry import set_active
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.events import Witness


def test_default_obliges_every_active_employee(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    set_active(conn, people[-1].id, False, "pensiun")
    made = events.create_event(
        conn,
        events.EventDraft(
            title=" Apel  Ikrar ", date="2024-01-10", kind="pakta", time="7.30", place="Alun-alun",
            leader_name="Pj. Bupati", witnesses=[Witness("Andi", "Bawaslu", "Ketua")],
        ),
    )  # fmt: skip
    assert made.progress.obliged == len(people) - 1
    e = made.event
    assert (e.title, e.kind, e.time, e.status) == ("Apel Ikrar", "pakta", "07:30", "draft")
    assert e.pakta_points == list(DEFAULT_PAKTA_POINTS)
    assert e.witnesses == [Witness("Andi", "Bawaslu", "Ketua")]
    assert made.as_dict()["obliged"] == len(people) - 1


def test_scope_by_unit_asn_only_and_hand_picked(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    kes = unit_store.find_by_name(conn, "Dinas Kesehatan")
    assert kes
    by_unit = events.create_event(
        conn, events.EventDraft("A", "2024-01-10"), events.Scope(unit_ids=[kes])
    )
    assert by_unit.progress.obliged == 3
    asn = events.create_event(
        conn, events.EventDraft("B", "2024-01-10"), events.Scope(unit_ids=[kes], asn_only=True)
    )
    assert asn.progress.obliged == 2
    picked = events.create_event(
        conn, events.EventDraft("C", "2024-01-10"),
        events.Scope(employee_ids=[people[0].id, people[6].id]),
    )  # fmt: skip
    assert picked.progress.obliged == 2
    with pytest.raises(NotFoundError):
        events.create_event(
            conn, events.EventDraft("D", "2024-01-10"), events.Scope(employee_ids=[999])
        )


def test_bad_drafts_are_refused(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValidationError, match="Nama kegiatan"):
        events.create_event(conn, events.EventDraft("  ", "2024-01-10"))
    with pytest.raises(ValidationError, match="Jam"):
        events.create_event(conn, events.EventDraft("X", "2024-01-10", time="25:00"))
    with pytest.raises(ValidationError):
        events.create_event(conn, events.EventDraft("X", "2024-01-10", kind="rapat"))


def test_snapshot_keeps_unit_as_it_was(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    event_id = event(conn)
    other = unit_store.find_by_name(conn, "Kecamatan Cibinong")
    conn.execute("UPDATE employees SET unit_id = ?, jabatan = 'Camat' WHERE id = ?",
                 (other, people[0].id))  # fmt: skip
    o = att_store.get(conn, event_id, people[0].id)
    assert o and (o.unit_name, o.jabatan) == ("Dinas Pendidikan", "Staf")
    assert o.display_name == "Dr. H. Ahmad Fauzi, S.Pd., M.Si."


def test_add_people_later_and_tidak_wajib(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    event_id = event(conn, events.Scope(employee_ids=[people[0].id]))
    added = events.add_people(conn, event_id, [people[1].id, people[0].id], station="S1")
    assert added == [people[1].id]
    with pytest.raises(ValidationError, match="Alasan"):
        events.set_obliged(conn, event_id, people[1].id, False, " ")
    o = events.set_obliged(conn, event_id, people[1].id, False, "mutasi keluar", station="S1")
    assert (o.obliged, o.not_obliged_reason) == (False, "mutasi keluar")
    assert checkin.counters(conn, event_id).total.obliged == 1
    with pytest.raises(NotFoundError):
        events.set_obliged(conn, event_id, people[5].id, False, "x")
    # undo brings the person back as obliged
    checkin.undo_last(conn, event_id, station="S1")
    assert checkin.counters(conn, event_id).total.obliged == 2


def test_close_reopen_and_read_only(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    event_id = event(conn)
    events.open_event(conn, event_id)
    closed = events.close_event(conn, event_id)
    assert closed.status == "closed" and closed.closed_at
    for attempt in (
        lambda: checkin.scan(conn, event_id, people[0].nip or ""),
        lambda: checkin.set_status(conn, event_id, people[0].id, "izin"),
        lambda: checkin.toggle_pin(conn, event_id, people[0].id),
        lambda: checkin.record_susulan(conn, event_id, people[0].id, "2024-01-12", "BKPSDM"),
        lambda: checkin.mark_unit_present(conn, event_id, "Dinas Pendidikan"),
        lambda: checkin.undo_last(conn, event_id),
        lambda: events.add_people(conn, event_id, [people[0].id]),
        lambda: events.set_obliged(conn, event_id, people[0].id, False, "x"),
        lambda: events.update_event(conn, event_id, events.EventDraft("Baru", "2024-01-10")),
    ):
        with pytest.raises(UserError, match="sudah ditutup"):
            attempt()
    with pytest.raises(ValidationError):
        events.reopen_event(conn, event_id, "")
    reopened = events.reopen_event(conn, event_id, "salah catat")
    assert (reopened.status, reopened.reopen_reason) == ("open", "salah catat")
    assert checkin.scan(conn, event_id, people[0].nip or "").kind == "checked_in"


def test_list_events_with_progress_and_delete_draft(conn: sqlite3.Connection) -> None:
    people = regency(conn)
    first = event(conn, title="Satu")
    second = event(conn, title="Dua")
    checkin.scan(conn, first, people[0].nip or "")
    listed = {s.event.id: s.progress for s in events.list_events(conn)}
    assert (listed[first].obliged, listed[first].present) == (7, 1)
    events.delete_event(conn, second)
    with pytest.raises(UserError):
        events.delete_event(conn, first)
    with pytest.raises(NotFoundError):
        events.get_event(conn, second)
