"""Tables of the multi-desk merge: packages issued, merges done, conflicts, desk NIK hashes."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ikrar_desktop.store.rows import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def m006_desks(db: Database) -> None:
    """Desk packages issued per event, each merge of a return, conflicts, NIK hashes on desks."""
    db.execute(
        """CREATE TABLE desk_packages (
            package_id TEXT PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            desk TEXT NOT NULL CHECK (trim(desk) <> ''),
            exported_at TEXT NOT NULL,
            people INTEGER NOT NULL DEFAULT 0,
            shift_seconds INTEGER NOT NULL DEFAULT 0,
            merges INTEGER NOT NULL DEFAULT 0,
            received INTEGER NOT NULL DEFAULT 0,
            last_merge_at TEXT,
            last_clock TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX desk_packages_event ON desk_packages (event_id, desk)")
    db.execute(
        """CREATE TABLE desk_merges (
            id INTEGER PRIMARY KEY,
            event_id INTEGER,
            package_id TEXT,
            desk TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '',
            merged_at TEXT NOT NULL,
            desk_clock TEXT,
            shift_seconds INTEGER NOT NULL DEFAULT 0,
            clock TEXT NOT NULL DEFAULT '{}',
            new INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            differing INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            refused TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX desk_merges_event ON desk_merges (event_id, id)")
    db.execute(
        """CREATE TABLE desk_conflicts (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            log_ids TEXT NOT NULL DEFAULT '[]',
            stations TEXT NOT NULL DEFAULT '[]',
            kept_id TEXT,
            detail TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'confirmed', 'resolved', 'obsolete')),
            found_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            decided_at TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, employee_id, kind)
        )"""
    )
    db.execute("CREATE INDEX desk_conflicts_state ON desk_conflicts (event_id, state)")
    db.execute(
        """CREATE TABLE desk_nik (
            employee_id INTEGER PRIMARY KEY,
            nik_hash TEXT NOT NULL,
            nik_masked TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX desk_nik_hash ON desk_nik (nik_hash)")


# -- settings keys ------------------------------------------------------------
SECRET = "desk.secret"
DATABASE_ID = "desk.database_id"
MODE = "desk.mode"
NAME = "desk.name"
EVENT = "desk.event_id"
PACKAGE = "desk.package_id"
MAIN_ID = "desk.main_database_id"
KEY = "desk.key"
NIK_KEY = "desk.nik_key"
BASE_SEQ = "desk.base_seq"
MAIN_EXPORTED = "desk.main_exported_at"
IMPORTED = "desk.imported_at"
FORMAT = "desk.package_version"  # "2" for a desk opened from a sealed package


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def set_settings(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def nik_hash(key: bytes, nik: str) -> str:
    """A keyed hash of a NIK: the desk matches a typed NIK without holding the NIK itself."""
    return hmac.new(key, nik.encode(), hashlib.sha256).hexdigest()


def nik_match(conn: sqlite3.Connection, nik: str) -> tuple[int] | None:
    """On a desk database: the employee whose hashed NIK matches (None elsewhere)."""
    key = setting(conn, NIK_KEY)
    if not key:
        return None
    row = conn.execute(
        "SELECT employee_id FROM desk_nik WHERE nik_hash = ?", (nik_hash(bytes.fromhex(key), nik),)
    ).fetchone()
    return (int(row[0]),) if row else None


# -- packages and merges ------------------------------------------------------------


@dataclass(slots=True)
class DeskPackage:
    package_id: str
    event_id: int
    desk: str
    exported_at: str
    people: int
    shift_seconds: int
    merges: int
    received: int
    last_merge_at: str | None
    last_clock: dict[str, object]

    def as_dict(self) -> dict[str, object]:
        return {
            "package_id": self.package_id, "event_id": self.event_id, "desk": self.desk,
            "exported_at": self.exported_at, "people": self.people,
            "shift_seconds": self.shift_seconds, "merges": self.merges,
            "received": self.received, "last_merge_at": self.last_merge_at,
            "clock": self.last_clock,
        }  # fmt: skip


_PKG = """SELECT package_id, event_id, desk, exported_at, people, shift_seconds, merges, received,
    last_merge_at, last_clock FROM desk_packages"""


def _package(row: Sequence[Any]) -> DeskPackage:
    values = list(row)
    values[9] = json.loads(str(values[9] or "{}"))
    return DeskPackage(*values)


def insert_package(
    conn: sqlite3.Connection, package_id: str, event_id: int, desk: str, at: str, people: int
) -> None:
    conn.execute(
        "INSERT INTO desk_packages (package_id, event_id, desk, exported_at, people) "
        "VALUES (?, ?, ?, ?, ?)",
        (package_id, event_id, desk, at, people),
    )


def package(conn: sqlite3.Connection, package_id: str) -> DeskPackage | None:
    row = conn.execute(f"{_PKG} WHERE package_id = ?", (package_id,)).fetchone()
    return _package(row) if row else None


def packages(conn: sqlite3.Connection, event_id: int) -> list[DeskPackage]:
    rows = conn.execute(f"{_PKG} WHERE event_id = ? ORDER BY desk, exported_at", (event_id,))
    return [_package(r) for r in rows]


def desk_names(conn: sqlite3.Connection, event_id: int) -> set[str]:
    rows = conn.execute("SELECT desk FROM desk_packages WHERE event_id = ?", (event_id,))
    return {str(r[0]) for r in rows}


def record_merge(conn: sqlite3.Connection, values: dict[str, object]) -> int:
    return insert_row(conn, "desk_merges", values)


def note_merge(
    conn: sqlite3.Connection, package_id: str, at: str, new: int, clock: dict[str, object],
    shift_seconds: int,
) -> None:  # fmt: skip
    conn.execute(
        """UPDATE desk_packages SET merges = merges + 1, received = received + ?,
               last_merge_at = ?, last_clock = ?, shift_seconds = ? WHERE package_id = ?""",
        (new, at, json.dumps(clock), shift_seconds, package_id),
    )


def merges(
    conn: sqlite3.Connection, event_id: int | None, limit: int = 200
) -> list[dict[str, object]]:
    cols = (
        "id", "event_id", "package_id", "desk", "file_name", "merged_at", "desk_clock",
        "shift_seconds", "clock", "new", "duplicate", "differing", "conflicts", "refused",
    )  # fmt: skip
    sql = f"SELECT {', '.join(cols)} FROM desk_merges"
    params: list[object] = []
    if event_id is not None:
        sql += " WHERE event_id = ? OR event_id IS NULL"
        params.append(event_id)
    out = []
    for row in conn.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit]):
        item = dict(zip(cols, row, strict=True))
        item["clock"] = json.loads(str(item["clock"] or "{}"))
        out.append(item)
    return out


# -- conflicts ----------------------------------------------------------------------

CONFLICT_COLUMNS = (
    "id", "event_id", "employee_id", "kind", "log_ids", "stations", "kept_id", "detail", "state",
    "found_at", "updated_at", "decided_at", "decided_by", "decision",
)  # fmt: skip


def conflicts_of(
    conn: sqlite3.Connection, event_id: int, employee_ids: Sequence[int]
) -> dict[tuple[int, str], dict[str, object]]:
    out: dict[tuple[int, str], dict[str, object]] = {}
    for start in range(0, len(employee_ids), 500):
        chunk = list(employee_ids[start : start + 500])
        rows = conn.execute(
            f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM desk_conflicts WHERE event_id = ? "
            f"AND employee_id IN ({','.join('?' * len(chunk))})",
            [event_id, *chunk],
        )
        for row in rows:
            item = dict(zip(CONFLICT_COLUMNS, row, strict=True))
            out[(int(row[2]), str(row[3]))] = item
    return out


def list_conflicts(
    conn: sqlite3.Connection,
    event_id: int,
    states: Sequence[str] = ("open", "confirmed", "resolved"),
) -> list[dict[str, object]]:
    marks = ",".join("?" * len(states))
    rows = conn.execute(
        f"""SELECT {", ".join("c." + c for c in CONFLICT_COLUMNS)}, o.display_name, o.unit_name
            FROM desk_conflicts c LEFT JOIN obligations o
              ON o.event_id = c.event_id AND o.employee_id = c.employee_id
            WHERE c.event_id = ? AND c.state IN ({marks})
            ORDER BY c.state <> 'open', o.display_name, c.kind""",
        [event_id, *states],
    )
    out = []
    for row in rows:
        item = dict(zip((*CONFLICT_COLUMNS, "name", "unit"), row, strict=True))
        item["log_ids"] = json.loads(str(item["log_ids"]))
        item["stations"] = json.loads(str(item["stations"]))
        out.append(item)
    return out


def get_conflict(conn: sqlite3.Connection, conflict_id: int) -> dict[str, object] | None:
    row = conn.execute(
        f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM desk_conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()
    return dict(zip(CONFLICT_COLUMNS, row, strict=True)) if row else None


def upsert_conflict(conn: sqlite3.Connection, values: dict[str, object]) -> None:
    """A new conflict, or an existing one (same person and kind, same number) rewritten and
    reopened; ``decision`` (default empty) carries the note of why it was reopened."""
    values = {"decision": "", **values}
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    conn.execute(
        f"""INSERT INTO desk_conflicts ({cols}) VALUES ({marks})
            ON CONFLICT (event_id, employee_id, kind) DO UPDATE SET log_ids = excluded.log_ids,
              stations = excluded.stations, kept_id = excluded.kept_id, detail = excluded.detail,
              state = 'open', updated_at = excluded.updated_at, decided_at = NULL,
              decided_by = '', decision = excluded.decision""",
        list(values.values()),
    )


def set_conflict_state(
    conn: sqlite3.Connection, conflict_id: int, state: str, at: str, by: str, decision: str
) -> None:
    conn.execute(
        "UPDATE desk_conflicts SET state = ?, decided_at = ?, decided_by = ?, decision = ?, "
        "updated_at = ? WHERE id = ?",
        (state, at, by, decision, at, conflict_id),
    )
