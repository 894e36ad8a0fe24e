"""Shared fixtures: headless Qt, a fresh database per test, GUI tests auto-marked."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("IKRAR_DATA_DIR", str(Path(__file__).parent / ".data-unused"))

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.store.schema import open_database
from ikrar_desktop.ui.shell.refguard import keep_singletons_alive

keep_singletons_alive()  # the whole GUI suite makes far more Qt calls than one desk session

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _collector_settled() -> Iterator[None]:
    """A job leaves the program frozen until the clerk is idle (ui/common/idle.py); a test's
    objects are settled when it ends, so the next test's collections see them as usual."""
    yield
    background = sys.modules.get("ikrar_desktop.ui.common.background")
    if background is not None:
        background.collector.settle()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and default files of every test stay inside its own temporary folder."""
    monkeypatch.setenv("IKRAR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ikrar.sqlite"


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(db_path)
    yield connection
    connection.close()


@pytest.fixture
def ctx(db_path: Path) -> Iterator[AppContext]:
    with AppContext.open(db_path, SilentInteraction()) as context:
        yield context


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
