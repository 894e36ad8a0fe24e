"""Property: desks merged in any order, any number of times, equal one database doing it all."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from desk_helpers import PASSPHRASE, export, state
from event_helpers import T0, event, regency
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, desk_returns, desk_sync, recap
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.connection import connect
from ikrar_desktop.store.schema import open_database

MAX_DESKS = 10
PEOPLE = 7


@dataclass
class Template:
    folder: Path
    main: Path
    desks: list[Path]
    event_id: int
    people: list[int]


@pytest.fixture(scope="module")
def template() -> Iterator[Template]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        main = open_database(folder / "main.sqlite")
        people = [e.id for e in regency(main)]
        event_id = event(main)
        desks = []
        for n in range(1, MAX_DESKS + 1):
            export(main, event_id, f"Meja {n}", folder / f"{n}.pkg")
            path = folder / f"desk{n}.sqlite"
            conn = open_database(path)
            desk_sync.import_package(conn, folder / f"{n}.pkg", PASSPHRASE, now=T0)
            conn.close()
            desks.append(path)
        main.close()
        yield Template(folder, folder / "main.sqlite", desks, event_id, people)


def copy(path: Path) -> sqlite3.Connection:
    target = connect(":memory:")
    try:
        with closing(connect(path, readonly=True)) as source:
            source.backup(target)
    except BaseException:
        target.close()
        raise
    return target


ACTION = st.tuples(
    st.integers(0, PEOPLE - 1),
    st.sampled_from(["status", "status", "status", "pin", "pakta", "undo"]),
    st.sampled_from(rules.STATUSES),
    st.booleans(),
)


def perform(
    conn: sqlite3.Connection, ev: int, person: int, action: tuple, desk: str, i: int
) -> None:
    _, op, status, flag = action
    now = T0 + timedelta(seconds=7 * (i + 1))
    common = {"station": desk, "operator": "uji", "now": now}
    try:
        if op == "status":
            checkin.set_status(conn, ev, person, status, **common)  # type: ignore[arg-type]
        elif op == "pin":
            checkin.toggle_pin(conn, ev, person, flag, **common)  # type: ignore[arg-type]
        elif op == "pakta":
            checkin.toggle_pakta(conn, ev, person, flag, **common)  # type: ignore[arg-type]
        else:
            checkin.undo_last(conn, ev, reason="uji", **common)  # type: ignore[arg-type]
    except UserError:
        pass  # refused the same way on the desk and on the one database


def outcome(conn: sqlite3.Connection, ev: int) -> tuple[object, ...]:
    r = recap.recap(conn, ev)
    return state(conn, ev), [u.as_dict() for u in r.units], r.total.as_dict()


def run_desks(
    t: Template, desks: int, actions: list[tuple], owner: list[int], name: str
) -> tuple[list[Path], sqlite3.Connection]:
    """Each action at its person's desk (``owner``), and the same actions on one database;
    every desk exports a return half-way and at the end."""
    with ExitStack() as opened:  # a failing example (hypothesis tries many) leaks nothing
        conns = [opened.enter_context(closing(copy(t.desks[d]))) for d in range(desks)]
        single = opened.enter_context(closing(copy(t.main)))
        files: list[Path] = []
        half = len(actions) // 2
        for i, action in enumerate(actions):
            if i == half:
                files += _returns(t, conns, f"{name}-half", i)
            d = owner[i]
            person = t.people[action[0]]
            perform(conns[d], t.event_id, person, action, f"Meja {d + 1}", i)
            perform(single, t.event_id, person, action, f"Meja {d + 1}", i)
        files += _returns(t, conns, f"{name}-end", len(actions))
        opened.pop_all()
    for c in conns:
        c.close()
    return files, single


def _returns(t: Template, conns: list[sqlite3.Connection], tag: str, i: int) -> list[Path]:
    out = []
    for d, conn in enumerate(conns):
        path = t.folder / f"{tag}-{d}.ret"
        desk_sync.export_return(conn, path, now=T0 + timedelta(seconds=7 * i + 1))
        out.append(path)
    return out


def merged(t: Template, files: list[Path]) -> sqlite3.Connection:
    main = copy(t.main)
    try:
        for f in files:
            desk_returns.merge_return(main, f, now=T0 + timedelta(hours=1))
        assert desk_returns.verify_state(main, t.event_id) == []
        assert verify(main).ok
    except BaseException:
        main.close()
        raise
    return main


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    desks=st.integers(2, MAX_DESKS),
    actions=st.lists(ACTION, min_size=1, max_size=30),
    order=st.randoms(use_true_random=False),
)
def test_merge_in_any_order_equals_one_database(template: Template, desks: int, actions: list,
                                                order: object) -> None:  # fmt: skip
    # a person queues at one desk, so a desk's view of them is the whole truth
    owner = [a[0] % desks for a in actions]
    files, single = run_desks(template, desks, actions, owner, "own")
    with closing(single):
        expected = outcome(single, template.event_id)
    for _round in range(2):
        picked = files + [order.choice(files) for _ in range(3)]  # type: ignore[attr-defined]
        order.shuffle(picked)  # type: ignore[attr-defined]
        with closing(merged(template, picked)) as main:
            assert outcome(main, template.event_id) == expected


def _conflicts(conn: sqlite3.Connection, ev: int) -> list[tuple[object, ...]]:
    return sorted(
        (c["employee_id"], c["kind"], tuple(c["log_ids"]), c["kept_id"], c["detail"])  # type: ignore[arg-type]
        for c in desk_store.list_conflicts(conn, ev, ("open",))
    )


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    desks=st.integers(2, MAX_DESKS),
    actions=st.lists(st.tuples(ACTION, st.integers(0, MAX_DESKS - 1)), min_size=1, max_size=30),
    order=st.randoms(use_true_random=False),
)
def test_overlapping_desks_merge_to_one_state_and_one_conflict_list(
    template: Template, desks: int, actions: list, order: object
) -> None:
    owner = [d % desks for _, d in actions]
    files, single = run_desks(template, desks, [a for a, _ in actions], owner, "mix")
    single.close()
    results = []
    for _round in range(3):
        picked = files + [order.choice(files) for _ in range(2)]  # type: ignore[attr-defined]
        order.shuffle(picked)  # type: ignore[attr-defined]
        with closing(merged(template, picked)) as main:
            results.append((outcome(main, template.event_id), _conflicts(main, template.event_id)))
    assert results[0] == results[1] == results[2]
