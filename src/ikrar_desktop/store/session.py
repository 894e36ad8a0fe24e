"""Who is working on a connection (operator, PC, role) and the SQL functions triggers call."""

from __future__ import annotations

import getpass
import hashlib
import json
import platform
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

GENESIS = hashlib.sha256(b"ikrar-desktop audit genesis").hexdigest()
ADMIN = "admin"
OPERATOR = "operator"
# (operator, role) of the account the command line signed in with, while its command runs
_ACTING: ContextVar[tuple[str, str] | None] = ContextVar("ikrar_acting", default=None)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        return ""


@dataclass(slots=True)
class Session:
    """Mutable on purpose: sign-in changes it, and the registered SQL functions read it."""

    operator: str
    station: str
    role: str = ADMIN
    signed_in: bool = False
    erasing: bool = False  # set only while a person's data is erased on request (UU PDP)
    # (event, employee) whose signed pakta may change in this transaction: a pakta, susulan
    # or undo row was just appended to the attendance log (cleared at every BEGIN)
    corrections: set[tuple[int, int]] = field(default_factory=set)

    @classmethod
    def default(cls) -> Session:
        """The OS user; inside :func:`acting_as`, the account signed in on the command line."""
        acting = _ACTING.get()
        if acting is not None:
            return cls(acting[0], platform.node(), role=acting[1], signed_in=True)
        return cls(os_user(), platform.node())


@contextmanager
def acting_as(operator: str, role: str) -> Iterator[None]:
    """Every connection opened inside starts signed in as this account.

    The command line signs in once, then its command may open several connections (the
    context, a restore's reopen, a probe); each carries the account for the audit rows,
    the attendance log and ``require_admin``.
    """
    token = _ACTING.set((operator, role))
    try:
        yield
    finally:
        _ACTING.reset(token)


def chain_link(
    prev: str | None,
    seq: int,
    at: str | None,
    operator: str | None,
    station: str | None,
    table: str | None,
    key: str | None,
    action: str | None,
    before: str | None,
    after: str | None,
) -> str:
    """hash_i = sha256(hash_{i-1} | this row), over a canonical JSON of every field.

    The before/after texts enter through their own SHA-256, so erasing personal data later
    (keeping those digests) leaves the chain verifiable.
    """
    return link_digests(
        prev, seq, at, operator, station, table, key, action, digest(before), digest(after)
    )


def digest(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_digests(
    prev: str | None,
    seq: int,
    at: str | None,
    operator: str | None,
    station: str | None,
    table: str | None,
    key: str | None,
    action: str | None,
    before_digest: str | None,
    after_digest: str | None,
) -> str:
    body = json.dumps(
        [prev, seq, at, operator, station, table, key, action, before_digest, after_digest],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def blob_digest(value: str | bytes | int | float | None) -> str | int | float | None:
    """A BLOB in an audit row is recorded by length and SHA-256, not copied."""
    if isinstance(value, bytes):
        return f"blob:{len(value)}:{hashlib.sha256(value).hexdigest()}"
    return value


def register(conn: sqlite3.Connection, session: Session) -> None:
    """The functions the audit triggers call; a tool without them cannot write audited tables."""
    conn.create_function("ikrar_chain", 10, chain_link, deterministic=False)
    conn.create_function("ikrar_operator", 0, lambda: session.operator, deterministic=False)
    conn.create_function("ikrar_station", 0, lambda: session.station, deterministic=False)
    conn.create_function("ikrar_blob", 1, blob_digest, deterministic=True)
    conn.create_function(
        "ikrar_correction",
        2,
        lambda ev, emp: int((ev, emp) in session.corrections),
        deterministic=False,
    )
    conn.create_function("ikrar_erasing", 0, lambda: int(session.erasing), deterministic=False)
