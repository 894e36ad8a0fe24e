"""Tamper-evident audit trail: triggers on every data table write hash-chained rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ikrar_desktop.store.connection import GUARD_PREFIX, session_of
from ikrar_desktop.store.session import GENESIS, chain_link

if TYPE_CHECKING:
    from sqlite_utils import Database

AUDIT_TABLE = "audit_log"
# metadata, not records: the migration ledger of sqlite-utils
NOT_AUDITED = frozenset({AUDIT_TABLE, "_sqlite_migrations"})
TRIGGER_PREFIX = "audit_"
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
BLOB_TYPES = ("", "BLOB")
# A batch row (store.audit_bulk) holds a JSON array of row keys in row_key and JSON arrays of
# the rows' states, in the same order, in before/after; the text of each element is exactly
# what the per-row trigger would have written for that record.
BATCH_ACTIONS = {"insert": "bulk insert", "update": "bulk update"}
IS_BATCH = frozenset(BATCH_ACTIONS.values())


def m007_audit_access(db: Database) -> None:
    """The audit chain, disclosure log, users, and the guards on signed pakta and certificates."""
    db.execute(
        """CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL DEFAULT '',
            tbl TEXT NOT NULL,
            row_key TEXT,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            hash TEXT NOT NULL,
            erased TEXT
        )"""
    )
    genesis_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    db.execute(
        "INSERT INTO audit_log (seq, at, tbl, action, hash) VALUES (0, ?, '', 'genesis', ?)",
        [genesis_at, chain_link(GENESIS, 0, genesis_at, "", "", "", None, "genesis", None, None)],
    )
    # erasure on request (UU PDP) may blank personal data, only through the program
    db.execute(
        f"""CREATE TRIGGER guard_audit_update BEFORE UPDATE ON audit_log
        WHEN NOT ikrar_erasing() BEGIN
        SELECT RAISE(ABORT, '{GUARD_PREFIX} jejak audit tidak dapat diubah.'); END"""
    )
    db.execute(
        f"""CREATE TRIGGER guard_audit_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, '{GUARD_PREFIX} jejak audit tidak dapat dihapus.'); END"""
    )
    db.execute(
        """CREATE TABLE disclosure_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            records INTEGER NOT NULL,
            path TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX disclosure_log_at ON disclosure_log (at)")
    db.execute(
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(login) <> ''),
            full_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('admin', 'operator')),
            password TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL
        )"""
    )
    for sql in guard_triggers():
        db.execute(sql)


# A signed pakta changes only right after its log row (pakta, susulan or undo) was appended
# on the same connection in the same transaction: the correction is always on the record.
_LOGGED_CORRECTION = "ikrar_correction(OLD.event_id, OLD.employee_id)"
_CERT_IDENTITY = ("number", "pattern", "year", "seq", "event_id", "employee_id", "name", "code")


def guard_triggers() -> list[str]:
    changed = " OR ".join(
        f"OLD.{c} IS NOT NEW.{c}" for c in ("pakta_signed", "pakta_at", "pakta_where")
    )
    cert_changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (*_CERT_IDENTITY, "issued_at"))
    cert_msg = (
        f"{GUARD_PREFIX} sertifikat yang sudah terbit tidak dapat diubah atau dihapus; "
        "batalkan (void) dengan alasan."
    )
    pakta_msg = f"{GUARD_PREFIX} pakta yang sudah ditandatangani hanya dapat diubah lewat koreksi"
    return [
        f"""CREATE TRIGGER guard_pakta_update BEFORE UPDATE ON obligations
        WHEN OLD.pakta_signed = 1 AND ({changed}) AND NOT {_LOGGED_CORRECTION} BEGIN
        SELECT RAISE(ABORT, '{pakta_msg} yang tercatat.'); END""",
        f"""CREATE TRIGGER guard_pakta_delete BEFORE DELETE ON obligations
        WHEN OLD.pakta_signed = 1 AND NOT {_LOGGED_CORRECTION} BEGIN
        SELECT RAISE(ABORT, '{pakta_msg} yang tercatat.'); END""",
        f"""CREATE TRIGGER guard_certificate_update BEFORE UPDATE ON certificates
        WHEN {cert_changed} OR NEW.prints < OLD.prints OR (OLD.voided_at IS NOT NULL
        AND (NEW.voided_at IS NOT OLD.voided_at OR NEW.void_reason IS NOT OLD.void_reason))
        BEGIN SELECT RAISE(ABORT, '{cert_msg}'); END""",
        f"""CREATE TRIGGER guard_certificate_delete BEFORE DELETE ON certificates BEGIN
        SELECT RAISE(ABORT, '{cert_msg}'); END""",
    ]


GUARD_NAMES = (
    "guard_audit_update",
    "guard_audit_delete",
    "guard_pakta_update",
    "guard_pakta_delete",
    "guard_certificate_update",
    "guard_certificate_delete",
    "guard_number_update",  # store.numbers (m009)
    "guard_number_delete",
)


@dataclass(frozen=True, slots=True)
class TableShape:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, declared type)
    key_columns: tuple[str, ...]

    def key(self, ref: str) -> str:
        if not self.key_columns:
            return f"CAST({ref}.rowid AS TEXT)"
        if len(self.key_columns) == 1:
            return f'CAST({ref}."{self.key_columns[0]}" AS TEXT)'
        return "json_array(" + ", ".join(f'{ref}."{c}"' for c in self.key_columns) + ")"

    def row_json(self, ref: str) -> str:
        parts = []
        for col, kind in self.columns:
            value = f'{ref}."{col}"'
            if kind.upper() in BLOB_TYPES:
                value = f"ikrar_blob({value})"
            parts.append(f"'{col}', {value}")
        return "json_object(" + ", ".join(parts) + ")"


def audited_tables(conn: sqlite3.Connection) -> list[TableShape]:
    """Every data table: not SQLite's own, not the audit log, not virtual or FTS shadow tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    shapes = []
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in NOT_AUDITED or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = tuple((str(r[1]), str(r[2] or "")) for r in info)
        keys = tuple(str(r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5])
        shapes.append(TableShape(name, columns, keys))
    return shapes


def _insert_sql(shape: TableShape, action: str, before: str, after: str, key: str) -> str:
    return f"""INSERT INTO audit_log (seq, at, operator, station, tbl, row_key, action, before,
        after, hash)
    SELECT p.seq + 1, x.at, x.op, x.st, '{shape.name}', x.k, '{action}', x.b, x.a,
        ikrar_chain(p.hash, p.seq + 1, x.at, x.op, x.st, '{shape.name}', x.k, '{action}',
        x.b, x.a)
    FROM (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS p,
        (SELECT {NOW_SQL} AS at, ikrar_operator() AS op, ikrar_station() AS st,
        {key} AS k, {before} AS b, {after} AS a) AS x;"""


def trigger_sql(shape: TableShape) -> dict[str, str]:
    """The three triggers of one table, by name (compared with sqlite_master to spot edits)."""
    t = shape.name
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c, _k in shape.columns)
    new_json, old_json = shape.row_json("NEW"), shape.row_json("OLD")
    return {
        f"{TRIGGER_PREFIX}{t}_insert": f"""CREATE TRIGGER "{TRIGGER_PREFIX}{t}_insert"
AFTER INSERT ON "{t}" BEGIN
{_insert_sql(shape, "insert", "NULL", new_json, shape.key("NEW"))}
END""",
        f"{TRIGGER_PREFIX}{t}_update": f"""CREATE TRIGGER "{TRIGGER_PREFIX}{t}_update"
AFTER UPDATE ON "{t}" WHEN {changed} BEGIN
{_insert_sql(shape, "update", old_json, new_json, shape.key("NEW"))}
END""",
        f"{TRIGGER_PREFIX}{t}_delete": f"""CREATE TRIGGER "{TRIGGER_PREFIX}{t}_delete"
AFTER DELETE ON "{t}" BEGIN
{_insert_sql(shape, "delete", old_json, "NULL", shape.key("OLD"))}
END""",
    }


def existing_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {str(name): str(sql) for name, sql in rows}


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (-1, GENESIS)


def fingerprint_of(seq: int, digest: str) -> str:
    """Record ``seq`` of the chain and the first 64 bits of its hash: "1234 · 9f3a-07c2-…"."""
    short = "-".join(digest[i : i + 4] for i in range(0, 16, 4))
    return f"{seq} · {short}"


def audit_fingerprint(conn: sqlite3.Connection) -> str:
    """The chain head as a fingerprint: printed on recaps, berita acara and backup manifests
    so an inspector can check the paper against the database (``check --fingerprint``)."""
    return fingerprint_of(*head(conn))


def expand(
    conn: sqlite3.Connection, keys: str | None, states: str | None
) -> list[tuple[str, str | None]]:
    """The (key, state) pairs of one batch row; an erased person's state is None."""
    if keys is None:
        return []
    if states is None:
        return [(str(k), None) for k in json.loads(keys)]
    # each array walked once, in order (a JOIN of the two on their index took quadratic time:
    # 15 s for one batch of 3,000 rows); element i of both is the same record
    sql = "SELECT value FROM json_each(?) ORDER BY key"
    found = [str(k) for (k,) in conn.execute(sql, (keys,))]
    texts = [t for (t,) in conn.execute(sql, (states,))]
    return list(zip(found, texts, strict=False))


def join_states(texts: Iterable[str | None]) -> str:
    """The JSON array of a batch row from its elements' exact texts (None → null); the
    inverse of :func:`expand`, which gives the texts back unchanged."""
    return "[" + ",".join("null" if t is None else t for t in texts) + "]"


def last_states(conn: sqlite3.Connection) -> dict[tuple[str, str], str | None]:
    """The last audited state of each row (None = deleted), replayed from the chain."""
    state: dict[tuple[str, str], str | None] = {}
    for tbl, key, action, after in conn.execute(
        "SELECT tbl, row_key, action, after FROM audit_log WHERE seq > 0 ORDER BY seq"
    ).fetchall():
        if action in IS_BATCH:
            for one, after_one in expand(conn, key, after):
                state[(tbl, one)] = after_one
        else:
            state[(tbl, key)] = after
    return state


def append_rows(
    conn: sqlite3.Connection, rows: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    """Chain rows written by the program itself (baseline, erasure facts): tbl, key, action,
    before, after."""
    if not rows:
        return
    session = session_of(conn)
    seq, prev = head(conn)
    at = now_utc()
    out = []
    for tbl, key, action, before, after in rows:
        seq += 1
        digest = chain_link(
            prev, seq, at, session.operator, session.station, tbl, key, action, before, after
        )
        out.append(
            (seq, at, session.operator, session.station, tbl, key, action, before, after, digest)
        )
        prev = digest
    conn.executemany(
        """INSERT INTO audit_log (seq, at, operator, station, tbl, row_key, action, before,
           after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        out,
    )


def install(conn: sqlite3.Connection) -> list[str]:
    """(Re)create the audit triggers of every data table, in the caller's transaction.

    Called at the end of every migration, so tables added or changed by later migrations
    are covered. A table whose triggers were (re)made gets a 'baseline' row for each record
    whose current state the chain does not know yet. Returns the tables touched.
    """
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
        return []
    current = existing_triggers(conn)
    touched = []
    known: dict[tuple[str, str], str | None] | None = None
    for shape in audited_tables(conn):
        wanted = trigger_sql(shape)
        if all(current.get(name) == sql for name, sql in wanted.items()):
            continue
        for name, sql in wanted.items():
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(sql)
        if known is None:
            known = last_states(conn)
        rows = conn.execute(
            f'SELECT {shape.key("t")}, {shape.row_json("t")} FROM "{shape.name}" AS t'
        )
        append_rows(
            conn,
            [
                (shape.name, key, "baseline", None, state)
                for key, state in rows
                if known.get((shape.name, key)) != state
            ],
        )
        touched.append(shape.name)
    return touched
