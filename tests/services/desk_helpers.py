"""A main database with an event and desk databases made from its packages, for desk tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from event_helpers import T0, event, regency

from ikrar_desktop.domain.employee import Employee
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.services import desk_sync
from ikrar_desktop.store.schema import open_database

PASSPHRASE = "UJI7-MEJA-K3RT-9WHP"
FAST_KDF = 10  # scrypt 2**10 in tests; the shipped cost (2**17) is checked on its own
NIP_FAUZI = "198001012005011001"


def at(minutes: float) -> datetime:
    """A moment of the event day: ``minutes`` after the event's start (T0)."""
    return T0 + timedelta(minutes=minutes)


def no_desk_station(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixture body (autouse in the desk tests): this machine is no desk station."""
    monkeypatch.delenv("IKRAR_STATION", raising=False)


def export(
    main: sqlite3.Connection, event_id: int, name: str, out: Path, now: datetime = T0
) -> desk_sync.ExportResult:
    """A desk package under the test passphrase, with a cheap scrypt (the import reads the
    cost from the package, so nothing else changes)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pkg, "KDF_LOG2_N", FAST_KDF)
        return desk_sync.export_package(main, event_id, name, out, passphrase=PASSPHRASE, now=now)


@dataclass
class Site:
    """The main PC and its desks, all in one temporary folder."""

    folder: Path
    main: sqlite3.Connection
    people: list[Employee]
    event_id: int
    desks: dict[str, sqlite3.Connection] = field(default_factory=dict)

    def add_desk(self, name: str, clock: timedelta = timedelta(0)) -> sqlite3.Connection:
        slug = name.replace(" ", "")
        package = self.folder / f"{slug}.ikrarmeja"
        export(self.main, self.event_id, name, package)
        conn = open_database(self.folder / f"{slug}.sqlite")
        self.desks[name] = conn  # closed with the site, even if the import below fails
        desk_sync.import_package(conn, package, PASSPHRASE, now=T0 + timedelta(minutes=2) + clock)
        return conn

    def returned(self, name: str, at: timedelta, clock: timedelta = timedelta(0)) -> Path:
        out = self.folder / f"{name.replace(' ', '')}-{at.total_seconds():.0f}.ikrarkembali"
        desk_sync.export_return(self.desks[name], out, now=T0 + at + clock)
        return out

    def close(self) -> None:
        for conn in self.desks.values():
            conn.close()
        self.main.close()


def site(folder: Path, desks: int = 2) -> Site:
    main = open_database(folder / "main.sqlite")
    made = Site(folder, main, [], 0)
    try:
        made.people = regency(main)
        made.event_id = event(main)
        for number in range(1, desks + 1):
            made.add_desk(f"Meja {number}")
    except BaseException:
        made.close()  # nothing half-built stays open
        raise
    return made


def one_desk(tmp_path: Path) -> Iterator[Site]:
    """Fixture body: the main PC with Meja 1, closed afterwards."""
    made = site(tmp_path, 1)
    yield made
    made.close()


def two_desks(tmp_path: Path) -> Iterator[Site]:
    """Fixture body: the main PC with Meja 1 and Meja 2, closed afterwards."""
    made = site(tmp_path, 2)
    yield made
    made.close()


STATE_SQL = """SELECT employee_id, status, status_at, pakta_signed, pakta_at, pakta_where, pin,
    pin_at, obliged FROM obligations WHERE event_id = ? ORDER BY employee_id"""


def state(conn: sqlite3.Connection, event_id: int) -> list[tuple[object, ...]]:
    return conn.execute(STATE_SQL, (event_id,)).fetchall()
