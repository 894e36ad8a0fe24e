"""The one context object passed to every part of the program instead of globals."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ikrar_desktop.paths import Paths
from ikrar_desktop.store.schema import open_database

if TYPE_CHECKING:
    from ikrar_desktop.store.lock import DatabaseLock


class Interaction(Protocol):
    """Every question or message to the user goes through here (tests replace it)."""

    def inform(self, title: str, message: str) -> None: ...

    def confirm(self, title: str, message: str) -> bool: ...

    def error(self, title: str, message: str, hint: str = "") -> None: ...


class SilentInteraction:
    """For the CLI and tests: no questions, answers 'no', keeps what it was told."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def inform(self, title: str, message: str) -> None:
        self.messages.append((title, message))

    def confirm(self, title: str, message: str) -> bool:
        self.messages.append((title, message))
        return False

    def error(self, title: str, message: str, hint: str = "") -> None:
        self.messages.append((title, f"{message} {hint}".strip()))


@dataclass
class AppContext:
    conn: sqlite3.Connection
    paths: Paths
    interaction: Interaction
    readonly: bool = False
    lock: DatabaseLock | None = None  # held by the GUI while it has the database open

    @classmethod
    def open(
        cls,
        db: str | Path | None,
        interaction: Interaction | None = None,
        *,
        readonly: bool = False,
        check: bool = True,
    ) -> AppContext:
        paths = Paths.for_db(db)
        conn = open_database(paths.db, readonly=readonly, check=check)
        from ikrar_desktop.store import desk as desk_store

        try:
            if desk_store.setting(conn, desk_store.MODE) == "1":  # a desk database
                from ikrar_desktop.services.desk_sync import use_desk_station

                use_desk_station(conn)
        except BaseException:
            conn.close()
            raise
        return cls(
            conn=conn,
            paths=paths,
            interaction=interaction or SilentInteraction(),
            readonly=readonly,
        )

    def new_connection(self) -> sqlite3.Connection:
        """A separate connection for a background worker."""
        from ikrar_desktop.store.connection import connect, session_of

        conn = connect(self.paths.db, readonly=self.readonly)
        mine, theirs = session_of(self.conn), session_of(conn)
        theirs.operator, theirs.role, theirs.signed_in = mine.operator, mine.role, mine.signed_in
        return conn

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
