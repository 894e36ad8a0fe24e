"""Filling a new desk database from an opened desk package."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from ikrar_desktop.domain.names import search_key
from ikrar_desktop.store.events import EVENT_FIELDS


def fill_desk(
    conn: sqlite3.Connection,
    event_id: int,
    members: dict[str, Any],
    state: Sequence[str],
    row_columns: Sequence[str],
) -> None:
    """Within the caller's write: the event, its units, people, NIK hashes, obligations and
    log rows from an opened package (KeyError/TypeError/ValueError on a malformed one)."""
    event = members["event.json"]
    cols = (*EVENT_FIELDS, "status", "created_at", "updated_at")
    values = [event[c] for c in cols]
    conn.execute(
        f"INSERT INTO events (id, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
        [event_id, *values],
    )
    people: list[dict[str, Any]] = members["people.json"]
    units = {int(p["unit_id"]): str(p["unit_name"]) for p in people if p.get("unit_id")}
    keys: set[str] = set()
    kept: set[int] = set()
    for unit_id, unit_name in units.items():
        key = f"{unit_id}:{search_key(unit_name)}"  # unique even when two units share a name
        if key not in keys:
            keys.add(key)
            kept.add(unit_id)
            conn.execute(
                "INSERT INTO units (id, name, name_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (unit_id, unit_name or "-", key, event["created_at"], event["created_at"]),
            )
    conn.executemany(
        """INSERT INTO employees (id, nip, gelar_depan, nama, gelar_belakang, status, jabatan,
               unit_id, search_key, sort_key, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (p["employee_id"], p["nip"], p["gelar_depan"], p["nama"], p["gelar_belakang"],
             p["emp_status"], p["jabatan"], p["unit_id"] if p.get("unit_id") in kept else None,
             search_key(str(p["nama"])), search_key(str(p["nama"])), p["added_at"], p["added_at"])
            for p in people
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO desk_nik (employee_id, nik_hash, nik_masked) VALUES (?, ?, ?)",
        [(p["employee_id"], p["nik_hash"], p["nik_masked"]) for p in people if p.get("nik_hash")],
    )
    obl = ("employee_id", "unit_id", "unit_name", "jabatan", "emp_status", "display_name", "nip")
    conn.executemany(
        f"""INSERT INTO obligations (event_id, nik, {", ".join(obl + tuple(state))})
            VALUES (?, ?, {", ".join("?" * len(obl + tuple(state)))})""",
        [[event_id, p.get("nik_masked"), *(p[c] for c in obl + tuple(state))] for p in people],
    )
    rows = members["log.json"]
    conn.executemany(
        f"INSERT INTO attendance_log ({', '.join(row_columns)}) "
        f"VALUES ({', '.join('?' * len(row_columns))})",
        [list(r) for r in rows],
    )
