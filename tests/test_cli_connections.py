"""A command closes every database connection it opened (Python 3.13 reports any it leaves)."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main


def _open_connections() -> set[int]:
    found = set()
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            try:
                obj.total_changes  # noqa: B018 - raises once the connection is closed
            except sqlite3.ProgrammingError:
                continue
            found.add(id(obj))
    return found


@pytest.mark.parametrize(
    "argv",
    [
        ["employees", "list"],
        ["event", "add", "--title", "Apel", "--date", "2024-01-08"],
        ["recap", "1"],
        ["check"],
        ["backup"],
        ["employees", "list", "--unit", "Tidak Ada"],  # refused: exit 1
    ],
)
def test_each_command_leaves_no_connection_open(tmp_path: Path, argv: list[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    assert main(["--db", db, "demo", "--employees", "20"]) == 0
    main(["--db", db, "event", "add", "--title", "Apel", "--date", "2024-01-08"])
    before = _open_connections()
    main(["--db", db, *argv])
    assert _open_connections() - before == set()
