"""Spreadsheet-reader children that misbehave on purpose: the sandbox's tests pass them as ``read``.

Spawned children import this module by name: pytest puts ``tests/exchange`` on ``sys.path`` and
multiprocessing's spawn hands the parent's ``sys.path`` to the child.
"""

from __future__ import annotations

import os
import pickle
import time
from typing import Any

MB = 1024 * 1024


def hang(conn: Any, path: str, fmt: str, max_rows: int, max_cols: int) -> None:
    """Never answers: the time limit or a cancel must end it."""
    time.sleep(3600)


def crash(conn: Any, path: str, fmt: str, max_rows: int, max_cols: int) -> None:
    """Dies as a native reader crash would, without a word."""
    os.abort()


def hog(conn: Any, path: str, fmt: str, max_rows: int, max_cols: int) -> None:
    """Takes memory without end: the memory watch must end it."""
    hoard = []
    while True:
        hoard.append(bytearray(b"\x01") * (8 * MB))
        time.sleep(0.01)


def answer_with_pickle(conn: Any, path: str, fmt: str, max_rows: int, max_cols: int) -> None:
    """A hijacked reader: answers with a pickle that, if unpickled in the app, creates ``path``."""
    conn.send_bytes(pickle.dumps(Touch(path)))
    time.sleep(3600)


class Touch:
    """Unpickling this creates a file: what a hijacked reader could make the app do."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (open, (self.path, "w"))
