"""A desk conflict record is a function of the whole merged log: the same return files in any
order give the same state and the same conflicts (kind, rows, winner, text), and a decided
conflict whose record changes is reopened with a note (issue 17, point 5)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from desk_helpers import Site, at, no_desk_station, site, state, two_desks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikrar_desktop.cli.main import main
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, desk_conflicts, desk_returns, desk_sync
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.connection import connect

_no_desk_station = pytest.fixture(no_desk_station, autouse=True)
two = pytest.fixture(two_desks, name="two")


def _fresh_main(two: Site) -> sqlite3.Connection:
    """A copy of the main database as it was before any merge."""
    target = connect(":memory:")
    two.main.backup(target)
    return target


def _conflicts(conn: sqlite3.Connection, ev: int) -> list[tuple[object, ...]]:
    listed = desk_store.list_conflicts(conn, ev)
    fields = ("employee_id", "kind", "log_ids", "kept_id", "detail", "state")
    return sorted((tuple(str(c[f]) for f in fields) for c in listed), key=repr)


def _merge(conn: sqlite3.Connection, files: list[Path], ev: int) -> tuple[object, ...]:
    for f in files:
        desk_returns.merge_return(conn, f, now=at(60))
    assert desk_returns.verify_state(conn, ev) == []
    assert verify(conn).ok
    return state(conn, ev), _conflicts(conn, ev)


def _pakta_later(two: Site, unsign: bool) -> tuple[Path, Path, Path]:
    """Meja 1 records Hadir (return 1a), then a pakta signed at the event, or signed and then
    taken back (return 1b); Meja 2 records Izin in between."""
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    siti = two.people[1].id
    if unsign:
        checkin.set_status(a, two.event_id, siti, "hadir", station="Meja 1", now=at(0))
        checkin.toggle_pakta(a, two.event_id, siti, True, station="Meja 1", now=at(1))
        first = two.returned("Meja 1", timedelta(minutes=2))
        checkin.toggle_pakta(a, two.event_id, siti, False, station="Meja 1", now=at(3))
    else:
        checkin.set_status(a, two.event_id, siti, "hadir", station="Meja 1", now=at(0))
        first = two.returned("Meja 1", timedelta(minutes=2))
        checkin.toggle_pakta(a, two.event_id, siti, True, station="Meja 1", now=at(3))
    second = two.returned("Meja 1", timedelta(minutes=4))
    checkin.set_status(b, two.event_id, siti, "izin", station="Meja 2", now=at(2.5))
    return first, second, two.returned("Meja 2", timedelta(minutes=4))


@pytest.mark.parametrize("unsign", [False, True], ids=["pakta-arrives-last", "pakta-taken-back"])
def test_the_pakta_arriving_in_a_later_merge_rewrites_the_status_conflict(
    two: Site, unsign: bool
) -> None:
    m1a, m1b, m2 = _pakta_later(two, unsign)
    orders = [[m1a, m2, m1b], [m1b, m2], [m2, m1b, m1a], [m2, m1a, m1b, m2]]
    results = []
    for files in orders:
        conn = _fresh_main(two)
        results.append(_merge(conn, files, two.event_id))
        conn.close()
    assert all(r == results[0] for r in results[1:])
    rows, conflicts = results[0]
    ((_, kind, _, kept, detail, open_),) = conflicts
    assert (kind, open_) == (dm.STATUS_BEDA, "open")
    siti = next(r for r in rows if r[0] == two.people[1].id)
    if unsign:  # the pakta was taken back: the latest status wins again
        assert (siti[1], siti[3]) == ("izin", 0)
        assert "Yang berlaku yang terakhir: Izin" in str(detail)
    else:
        assert siti[1] == "hadir"
        assert "Yang berlaku: Hadir, karena pakta sudah ditandatangani di acara" in str(detail)
        assert "Izin tetap tercatat" in str(detail)
    assert kept != "None"  # a status row is named as the one kept


def test_a_confirmed_conflict_whose_winner_changes_is_reopened_with_a_note(
    two: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    m1a, m1b, m2 = _pakta_later(two, unsign=False)
    _merge(two.main, [m1a, m2], two.event_id)
    (c,) = desk_store.list_conflicts(two.main, two.event_id)
    assert "Yang berlaku yang terakhir: Izin" in str(c["detail"])
    desk_conflicts.confirm_conflict(two.main, int(str(c["id"])), operator="ani", now=at(30))
    # the same evidence again keeps the clerk's decision
    _merge(two.main, [m1a, m2], two.event_id)
    assert desk_store.list_conflicts(two.main, two.event_id)[0]["state"] == "confirmed"
    _merge(two.main, [m1b], two.event_id)
    (after,) = desk_store.list_conflicts(two.main, two.event_id)
    assert after["id"] == c["id"]  # the same conflict, not a new one
    assert after["state"] == "open" and after["kept_id"] != c["kept_id"]
    assert "Yang berlaku: Hadir" in str(after["detail"])
    assert "Dibuka lagi" in str(after["decision"]) and "ani" in str(after["decision"])
    changed = two.main.execute(
        "SELECT count(*) FROM audit_log WHERE tbl = 'desk_conflicts' AND action = 'update'"
    ).fetchone()[0]
    assert changed >= 2  # the confirmation and the reopening, both in the audit chain
    assert main(["--db", str(two.folder / "main.sqlite"), "desk", "conflicts",
                 str(two.event_id)]) == 0  # fmt: skip
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(f"#{c['id']}"))
    assert "[menunggu]" in line and "Sebelumnya dikonfirmasi oleh ani" in line


def _decided(two: Site, second: str) -> tuple[int, dict[str, object]]:
    """Siti: sakit at Meja 1 (08.08), ``second`` at Meja 2 (08.06), both merged, and the
    conflict decided for ``second`` by ani on the main PC; (her id, the conflict)."""
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    siti = two.people[1].id
    checkin.set_status(a, two.event_id, siti, "sakit", station="Meja 1", now=at(8))
    checkin.set_status(b, two.event_id, siti, second, station="Meja 2", now=at(6))
    _merge(two.main, [two.returned("Meja 1", timedelta(minutes=20)),
                      two.returned("Meja 2", timedelta(minutes=20))], two.event_id)  # fmt: skip
    (c,) = desk_store.list_conflicts(two.main, two.event_id)
    desk_conflicts.resolve_conflict(two.main, int(str(c["id"])), second, operator="ani",
                                    station="PC utama", now=at(40))  # fmt: skip
    return siti, c


def test_a_resolved_conflict_stays_resolved_when_nothing_new_disagrees(two: Site) -> None:
    siti, c = _decided(two, "izin")
    # a later return about her that brings no other status (a PIN) leaves the decision alone
    checkin.toggle_pin(two.desks["Meja 1"], two.event_id, siti, True, station="Meja 1", now=at(45))
    _merge(two.main, [two.returned("Meja 1", timedelta(minutes=50))], two.event_id)
    (after,) = desk_store.list_conflicts(two.main, two.event_id)
    assert (after["id"], after["state"]) == (c["id"], "resolved")
    assert "PC utama" in str(after["detail"])  # the clerk's decision is part of the record


def test_hadir_after_another_status_is_a_change_not_a_second_arrival() -> None:
    def status(i: str, value: str, minute: int, station: str) -> dm.Entry:
        return dm.Entry(i, 1, "status", value, f"2024-01-10T08:{minute:02d}:00+07:00", station)

    log = [status("a", "hadir", 5, "Meja 1"), status("b", "izin", 6, "Meja 2"),
           status("c", "hadir", 7, "Meja 3")]  # fmt: skip
    state = dm.state_from_log(log)[1]
    assert (state["status"], state["status_at"]) == ("hadir", log[2].at)  # not Meja 1's 08.05
    assert [c.kind for c in dm.person_conflicts(1, log)] == [dm.STATUS_BEDA]
    # Hadir again while Hadir holds: the first arrival is kept and that is what the record says
    again = [*log, status("d", "hadir", 9, "Meja 1")]
    (two, _) = sorted(dm.person_conflicts(1, again), key=lambda c: c.kind)
    assert (two.kind, two.kept_id, two.log_ids) == (dm.DUA_MEJA, "c", ["c", "d"])
    assert "kedatangan pertama di Meja 3 pukul 08.07" in two.detail


def test_deciding_hadir_on_the_main_pc_is_not_a_second_arrival(two: Site) -> None:
    siti, _ = _decided(two, "hadir")
    assert [x["kind"] for x in desk_store.list_conflicts(two.main, two.event_id)] == [
        dm.STATUS_BEDA
    ]
    checkin.toggle_pin(two.desks["Meja 2"], two.event_id, siti, True, station="Meja 2", now=at(45))
    _merge(two.main, [two.returned("Meja 2", timedelta(minutes=50))], two.event_id)
    listed = desk_store.list_conflicts(two.main, two.event_id)
    assert [(x["kind"], x["state"]) for x in listed] == [(dm.STATUS_BEDA, "resolved")]


# -- property: one or two people, returns after every action, every merge order --------------

STEP = st.tuples(
    st.integers(0, 2),  # the desk
    st.integers(0, 1),  # the person
    st.sampled_from(["hadir", "izin", "sakit", "pakta", "unpakta", "undo"]),
)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    made = site(tmp_path_factory.mktemp("three"), 3)
    yield made
    made.close()


def _memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    target = connect(":memory:")
    conn.backup(target)
    return target


def _act(conn: sqlite3.Connection, ev: int, person: int, what: str, desk: str, i: int) -> None:
    common = {"station": desk, "now": at(i + 1)}
    try:
        if what == "pakta" or what == "unpakta":
            checkin.toggle_pakta(conn, ev, person, what == "pakta", **common)  # type: ignore[arg-type]
        elif what == "undo":
            checkin.undo_last(conn, ev, reason="uji", **common)  # type: ignore[arg-type]
        else:
            checkin.set_status(conn, ev, person, what, **common)  # type: ignore[arg-type]
    except UserError:
        pass  # refused on the desk: nothing recorded


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(STEP, min_size=2, max_size=8), order=st.randoms(use_true_random=False))
def test_returns_after_every_action_merge_alike_in_any_order(
    three: Site, steps: list[tuple[int, int, str]], order: object
) -> None:
    desks = {name: _memory(conn) for name, conn in three.desks.items()}
    names = sorted(desks)
    files: list[Path] = []
    for i, (d, p, what) in enumerate(steps):
        name = names[d]
        _act(desks[name], three.event_id, three.people[p].id, what, name, i)
        out = three.folder / f"r{i}-{name.replace(' ', '')}.ikrarkembali"
        desk_sync.export_return(desks[name], out, now=at(i + 1.5))
        files.append(out)
    for conn in desks.values():
        conn.close()
    results = []
    for _round in range(3):
        picked = list(files)
        order.shuffle(picked)  # type: ignore[attr-defined]
        main = _memory(three.main)
        results.append(_merge(main, picked, three.event_id))
        main.close()
    assert results[0] == results[1] == results[2]
