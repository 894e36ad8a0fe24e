"""The one context object passed to every part of the program instead of globals."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ikrar_desktop.paths import Paths
from ikrar_desktop.store.schema import open_database


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

    @classmethod
    def open(cls, db: str | Path | None, interaction: Interaction | None = None) -> AppContext:
        paths = Paths.for_db(db)
        conn = open_database(paths.db)
        from ikrar_desktop.services.desk_sync import use_desk_station

        use_desk_station(conn)
        return cls(conn=conn, paths=paths, interaction=interaction or SilentInteraction())

    def new_connection(self) -> sqlite3.Connection:
        """A separate connection for a background worker."""
        from ikrar_desktop.store.connection import connect

        return connect(self.paths.db)

    def close(self) -> None:
        self.conn.close()
