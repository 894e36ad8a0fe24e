"""Test helper: rewrite the audit chain consistently from outside, as a capable forger would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ikrar_desktop.store.session import chain_link


def rewrite_consistently(db: Path, budi: str, new_name: str) -> int:
    """What a capable outsider does with the sqlite3 shell: drop the triggers in the way,
    change Budi's record and the audit JSON of its state, recompute every hash after it,
    put the triggers back exactly as they were. Returns the first rewritten record."""
    raw = sqlite3.connect(db)
    try:
        triggers = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND (name = 'guard_audit_update' OR tbl_name = 'employees')"
        ).fetchall()
        for name, _sql in triggers:
            raw.execute(f'DROP TRIGGER "{name}"')
        seqs = [
            r[0]
            for r in raw.execute(
                "SELECT seq FROM audit_log WHERE tbl = 'employees' AND row_key = ?", (budi,)
            )
        ]
        assert len(seqs) == 1, "Budi has one audit row: his insert"
        first = seqs[0]
        raw.execute("UPDATE employees SET nama = ? WHERE id = ?", (new_name, int(budi)))
        raw.execute(
            "UPDATE audit_log SET after = json_set(after, '$.nama', ?) WHERE seq = ?",
            (new_name, first),
        )
        prev = raw.execute("SELECT hash FROM audit_log WHERE seq = ?", (first - 1,)).fetchone()[0]
        rows = raw.execute(
            "SELECT seq, at, operator, station, tbl, row_key, action, before, after "
            "FROM audit_log WHERE seq >= ? ORDER BY seq",
            (first,),
        ).fetchall()
        for seq, *fields in rows:
            prev = chain_link(prev, seq, *fields)
            raw.execute("UPDATE audit_log SET hash = ? WHERE seq = ?", (prev, seq))
        for _name, sql in triggers:
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()
    return int(first)
