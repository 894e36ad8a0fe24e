"""Audit chain: every change recorded; outside edits of audit or pakta rows are found."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import checkin, events
from ikrar_desktop.services.registry import add_employee, update_employee
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.audit import audit_fingerprint, install
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.connection import connect, session_of, write
from ikrar_desktop.store.schema import open_database

TRIALS = 100


def _event_with_signed(conn: sqlite3.Connection, people: int = 5) -> int:
    rows: list[dict[str, object]] = [
        {"nip": f"19800101{i:010d}", "nama": f"Pegawai {i}", "status": "PNS"} for i in range(people)
    ]
    with write(conn):
        emp_store.insert_many(conn, rows)
    event_id = events.create_event(
        conn, events.EventDraft("Pakta", "2024-01-10", kind="pakta")
    ).event.id
    for i in range(people):
        checkin.scan(conn, event_id, f"19800101{i:010d}", operator="uji", station="M1")
        person = checkin.lookup(conn, event_id, f"19800101{i:010d}").on_list[0]
        checkin.toggle_pakta(conn, event_id, person, True, operator="uji", station="M1")
    return event_id


def test_changes_are_chained_with_who_and_what(conn: sqlite3.Connection) -> None:
    session_of(conn).operator = "Siti (operator)"
    emp = add_employee(conn, EmployeeDraft(nama="Budi Santoso", nip="198001012005011001"))
    update_employee(conn, emp.id, EmployeeDraft(nama="Budi Santosa", nip="198001012005011001"))
    rows = conn.execute(
        "SELECT operator, action, before, after FROM audit_log WHERE tbl = 'employees'"
    ).fetchall()
    assert [r[1] for r in rows] == ["insert", "update"]
    assert rows[0][0] == "Siti (operator)"
    assert '"nama":"Budi Santoso"' in rows[1][2] and '"nama":"Budi Santosa"' in rows[1][3]
    report = verify(conn)
    assert report.ok, report.problems
    assert audit_fingerprint(conn).startswith(f"{report.head_seq} · ")


def test_signed_pakta_cannot_be_altered_without_a_logged_correction(
    conn: sqlite3.Connection,
) -> None:
    event_id = _event_with_signed(conn, 1)
    with pytest.raises(UserError, match="koreksi"), write(conn):
        conn.execute(
            "UPDATE obligations SET pakta_at = '2000-01-01' WHERE event_id = ?", (event_id,)
        )
    # the desk's own correction (undo is a logged row) is allowed
    checkin.undo_last(conn, event_id, station="M1", reason="salah orang")
    assert conn.execute("SELECT pakta_signed FROM obligations").fetchone()[0] == 0
    assert verify(conn).ok


def test_outside_tool_without_the_functions_cannot_write(db_path: Path) -> None:
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.OperationalError, match="ikrar_"):
        raw.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    raw.close()


def _tamper(path: Path, rnd: random.Random, target: str) -> tuple[str, str]:
    """An outside sqlite3 connection changes one byte (dropping any trigger in its way)."""
    raw = sqlite3.connect(path)
    try:
        raw.execute("DROP TRIGGER IF EXISTS guard_audit_update")
        for name in [
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='obligations'"
            )
        ]:
            raw.execute(f'DROP TRIGGER "{name}"')  # fmt: skip
        if target == "audit":
            seq, text = rnd.choice(raw.execute(
                "SELECT seq, after FROM audit_log WHERE after IS NOT NULL").fetchall())  # fmt: skip
            i = rnd.randrange(len(text))
            changed = text[:i] + chr(ord(text[i]) ^ 1) + text[i + 1 :]
            raw.execute("UPDATE audit_log SET after = ? WHERE seq = ?", (changed, seq))
            raw.commit()
            return "audit_log", str(seq)
        oid, at = rnd.choice(raw.execute(
            "SELECT id, pakta_at FROM obligations WHERE pakta_signed = 1").fetchall())  # fmt: skip
        i = rnd.randrange(len(at))
        changed = at[:i] + chr(ord(at[i]) ^ 1) + at[i + 1 :]
        raw.execute("UPDATE obligations SET pakta_at = ? WHERE id = ?", (changed, oid))
        raw.commit()
        return "obligations", str(oid)
    finally:
        raw.close()


def test_one_changed_byte_is_found_every_time(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    conn = open_database(template)
    _event_with_signed(conn, 8)
    conn.close()
    rnd = random.Random(6)
    found = 0
    for trial in range(TRIALS):
        path = tmp_path / f"t{trial % 2}.sqlite"
        src, dst = connect(template), connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        table, key = _tamper(path, rnd, "audit" if trial % 2 else "pakta")
        conn = connect(path)
        report = verify(conn)
        conn.close()
        if table == "audit_log":
            hit = any(p.kind == "chain" and str(p.seq) == key for p in report.problems)
        else:
            hit = any(
                p.table == "obligations" and p.key == key and p.kind == "row"
                for p in report.problems
            )
        found += hit
    assert found == TRIALS


def test_tables_added_later_get_triggers_and_a_baseline(conn: sqlite3.Connection) -> None:
    with write(conn):
        conn.execute("CREATE TABLE later (id INTEGER PRIMARY KEY, note TEXT, data BLOB)")
        conn.execute("INSERT INTO later (note, data) VALUES ('sebelum', x'00ff')")
        assert install(conn) == ["later"]
        conn.execute("INSERT INTO later (note, data) VALUES ('sesudah', x'01')")
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE tbl = 'later'")]
    assert actions == ["baseline", "insert"]
    assert "blob:2:" in conn.execute("SELECT after FROM audit_log WHERE tbl='later'").fetchone()[0]
    assert verify(conn).ok
