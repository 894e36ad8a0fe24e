"""Merged desks give possible states only (a pakta at the event means Hadir), and the merge
report names each person once with what every desk recorded."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from desk_helpers import NIP_FAUZI, Site, at, no_desk_station, two_desks
from event_helpers import T0
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar_desktop.cli.main import main
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, desk_report, desk_returns
from ikrar_desktop.store import desk as desk_store

_no_desk_station = pytest.fixture(no_desk_station, autouse=True)
two = pytest.fixture(two_desks, name="two")


def _row(s: Site, person: int) -> tuple[object, ...]:
    return tuple(s.main.execute(
        "SELECT status, status_at, pakta_signed, pakta_where FROM obligations "
        "WHERE event_id = ? AND employee_id = ?", (s.event_id, person),
    ).fetchone())  # fmt: skip


# -- the rule, pure: any log of any desks folds to a possible state ----------------------

STATIONS = ("Meja 1", "Meja 2", "Meja 3", "PC utama")
ACTIONS = st.one_of(
    st.tuples(st.just(rules.ACT_STATUS), st.sampled_from(rules.STATUSES)),
    st.tuples(
        st.sampled_from([rules.ACT_PAKTA, rules.ACT_PIN, rules.ACT_OBLIGED]),
        st.sampled_from(["0", "1"]),
    ),
    st.tuples(st.just(rules.ACT_SUSULAN), st.just("2024-01-12 Dinas Kesehatan")),
    st.tuples(st.just(rules.ACT_UNDO), st.integers(0, 40)),
)


@st.composite
def logs(draw: st.DrawFn) -> list[dm.Entry]:
    out: list[dm.Entry] = []
    for i, (action, value) in enumerate(draw(st.lists(ACTIONS, min_size=1, max_size=40))):
        when = (T0 + timedelta(seconds=draw(st.integers(0, 900)))).isoformat()
        station = draw(st.sampled_from(STATIONS))
        if action == rules.ACT_UNDO:
            if not out:
                continue
            target = out[int(value) % len(out)]
            out.append(dm.Entry(f"e{i:02d}", 1, action, None, when, station, undoes=target.id))
        else:
            out.append(dm.Entry(f"e{i:02d}", 1, action, str(value), when, station))
    return out


@settings(max_examples=300, deadline=None)
@given(entries=logs(), seed=st.integers(0, 2**16))
def test_any_merge_of_any_desks_gives_a_possible_state(entries: list[dm.Entry], seed: int) -> None:
    state = dm.state_from_log(entries).get(1, dm.INITIAL)
    assert dm.problems(state) == []
    shuffled = entries + entries[: len(entries) // 2]
    random.Random(seed).shuffle(shuffled)
    assert (
        dm.state_from_log(shuffled).get(1, dm.INITIAL) == state
    )  # the same rows in any order, any repeat
    dm.person_conflicts(1, entries)  # describing the conflicts never fails


@pytest.mark.parametrize("other", [s for s in rules.STATUSES if s != rules.HADIR])
def test_pakta_at_the_event_keeps_hadir_against_any_other_status(other: str) -> None:
    hadir = dm.Entry("a", 1, rules.ACT_STATUS, rules.HADIR, "2024-01-10T08:00:00+07:00", "Meja 1")
    pakta = dm.Entry("b", 1, rules.ACT_PAKTA, "1", "2024-01-10T08:01:00+07:00", "Meja 1")
    later = dm.Entry("c", 1, rules.ACT_STATUS, other, "2024-01-10T08:05:00+07:00", "Meja 2")
    state = dm.state_from_log([later, pakta, hadir])[1]
    assert (state["status"], state["status_at"], state["pakta_signed"]) == (
        rules.HADIR, hadir.at, 1,
    )  # fmt: skip
    (c,) = dm.person_conflicts(1, [hadir, pakta, later])
    assert c.kind == dm.STATUS_BEDA and c.kept_id == "a"
    assert f"{rules.status_label(other)} tetap tercatat" in c.detail
    # without the pakta the latest status wins, as before
    plain = dm.state_from_log([hadir, later])[1]
    assert plain["status"] == other and dm.problems(plain) == []


# -- the rule through the services -------------------------------------------------------


def test_hadir_and_pakta_at_one_desk_izin_at_another(two: Site) -> None:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    siti = two.people[1].id
    checkin.set_status(a, two.event_id, siti, "hadir", station="Meja 1", now=at(5))
    checkin.toggle_pakta(a, two.event_id, siti, True, station="Meja 1", now=at(6))
    checkin.set_status(b, two.event_id, siti, "izin", station="Meja 2", now=at(9))
    files = [two.returned("Meja 2", timedelta(20)), two.returned("Meja 1", timedelta(20))]
    for f in files:
        desk_returns.merge_return(two.main, f, now=at(30))
    status, status_at, signed, where = _row(two, siti)
    assert (status, signed, where) == ("hadir", 1, "event")
    assert str(status_at).startswith("2024-01-10T08:05")
    assert desk_returns.verify_state(two.main, two.event_id) == []
    (c,) = desk_store.list_conflicts(two.main, two.event_id)
    assert c["kind"] == dm.STATUS_BEDA and "Izin tetap tercatat" in str(c["detail"])
    assert "Izin di Meja 2 pukul 08.09" in str(c["detail"])


def test_the_desk_itself_keeps_a_signed_pakta_present(two: Site) -> None:
    a = two.desks["Meja 1"]
    siti = two.people[1].id
    checkin.set_status(a, two.event_id, siti, "hadir", station="Meja 1", now=at(5))
    checkin.toggle_pakta(a, two.event_id, siti, True, station="Meja 2", now=at(6))
    with pytest.raises(UserError, match="statusnya tetap Hadir"):
        checkin.set_status(a, two.event_id, siti, "izin", station="Meja 1", now=at(7))
    with pytest.raises(UserError, match="statusnya tetap Hadir"):  # Meja 1's last action
        checkin.undo_last(a, two.event_id, station="Meja 1", reason="salah", now=at(8))
    checkin.toggle_pakta(a, two.event_id, siti, False, station="Meja 1", now=at(9))
    assert checkin.set_status(a, two.event_id, siti, "izin", station="Meja 1", now=at(10)).changed


# -- the report names each person once ------------------------------------------------------


def _two_conflicts(two: Site) -> list[str]:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    siti = two.people[1].id
    checkin.scan(a, two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    checkin.scan(b, two.event_id, NIP_FAUZI, station="Meja 2", now=at(7))
    checkin.set_status(a, two.event_id, siti, "hadir", station="Meja 1", now=at(5))
    checkin.toggle_pakta(a, two.event_id, siti, True, station="Meja 1", now=at(6))
    checkin.set_status(b, two.event_id, siti, "izin", station="Meja 2", now=at(9))
    return [str(two.returned(n, timedelta(20))) for n in ("Meja 1", "Meja 2")]


def test_merge_report_names_each_person_once(two: Site) -> None:
    files = _two_conflicts(two)
    reports = desk_returns.merge_files(two.main, files, now=at(30))
    people = desk_report.merge_people(two.main, reports)
    assert [(p.name, p.nip) for p in people] == [
        ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", NIP_FAUZI),
        ("Siti Aminah, S.E.", "198502022010012002"),
    ]
    fauzi, siti = people
    assert fauzi.desks == {"Meja 1": ["Hadir 08.05"], "Meja 2": ["Hadir 08.07"]}
    assert fauzi.outcome == "Hadir 08.05" and fauzi.kinds == [dm.DUA_MEJA]
    assert siti.desks == {"Meja 1": ["Hadir 08.05", "pakta ditandatangani 08.06"],
                          "Meja 2": ["Izin 08.09"]}  # fmt: skip
    assert siti.outcome == "Hadir 08.05, pakta di acara"


def test_cli_merge_text_names_each_person_once(
    two: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _two_conflicts(two)
    db = two.folder / "main.sqlite"
    two.close()
    assert main(["--db", str(db), "desk", "merge", *files]) == 0
    text = capsys.readouterr().out
    assert text.count("Ahmad Fauzi") == 1 and f"NIP {NIP_FAUZI}" in text
    assert text.count("Siti") == 1
    line = next(x for x in text.splitlines() if "Siti" in x)
    assert "Meja 1: Hadir 08.05, pakta ditandatangani 08.06; Meja 2: Izin 08.09" in line
    assert "berlaku: Hadir 08.05, pakta di acara" in line
