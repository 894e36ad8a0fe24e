"""Bulk writes chained as one audit row: still verified, still tamper-evident, still erasable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.services import privacy
from ikrar_desktop.services.roster_session import import_file
from ikrar_desktop.store import audit_bulk
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import employees_bulk as bulk
from ikrar_desktop.store.audit import existing_triggers, last_states, trigger_sql
from ikrar_desktop.store.audit_bulk import batch_insert, batch_update, shape_of
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.connection import write

# names that would come back different from a careless JSON round trip
NAMES = ['Dra. "Ani" Wijaya', "Back\\slash Putra", "Ñoño Üçğ 😀", "Tab\tdan\u2028Baris", "O'Brien"]


def _rows(n: int, start: int = 0) -> list[dict[str, object]]:
    return [
        {"nip": f"19800101200501{(start + i) % 2 + 1}{start + i:03d}",
         "nama": NAMES[i % len(NAMES)] + f" {start + i}", "status": "PNS"}
        for i in range(n)
    ]  # fmt: skip


def _insert(conn: sqlite3.Connection, rows: list[dict[str, object]]) -> None:
    with write(conn), batch_insert(conn, "employees"):
        emp_store.insert_many(conn, rows)


def _audit_rows(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT action, row_key FROM audit_log WHERE tbl = 'employees' ORDER BY seq"
    ).fetchall()


def test_a_bulk_insert_is_one_chained_row_and_verifies(conn: sqlite3.Connection) -> None:
    _insert(conn, _rows(40))
    rows = _audit_rows(conn)
    assert [r[0] for r in rows] == ["bulk insert"]
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM employees ORDER BY id")]
    assert rows[0][1] == "[" + ",".join(f'"{i}"' for i in ids) + "]"
    report = verify(conn)
    assert report.ok, report.problems
    # the per-row trigger is back, exactly as it was, for the next single change
    shape = shape_of(conn, "employees")
    assert all(existing_triggers(conn)[n] == sql for n, sql in trigger_sql(shape).items())
    with write(conn):
        emp_store.update(conn, int(ids[0]), {"jabatan": "Analis"})
    assert _audit_rows(conn)[-1] == ("update", ids[0])
    assert verify(conn).ok


def test_each_record_of_a_batch_replays_to_its_exact_stored_text(
    conn: sqlite3.Connection,
) -> None:
    _insert(conn, _rows(len(NAMES) * 3))
    shape = shape_of(conn, "employees")
    states = last_states(conn)
    stored = conn.execute(
        f"SELECT {shape.key('t')}, {shape.row_json('t')} FROM employees AS t"
    ).fetchall()
    assert stored and all(states[("employees", key)] == text for key, text in stored)


def test_a_bulk_update_records_only_changed_rows_with_before_and_after(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _insert(conn, _rows(10))
    ids = [r[0] for r in conn.execute("SELECT id FROM employees ORDER BY id")]
    # the same second as the insert: else a clock tick between them changes every updated_at
    stamp = conn.execute("SELECT updated_at FROM employees LIMIT 1").fetchone()[0]
    monkeypatch.setattr(bulk, "now_iso", lambda: stamp)
    with write(conn), batch_update(conn, "employees", ids):
        bulk.update_many(conn, ["jabatan"], [(i, ["Analis"]) for i in ids[:4]])
        bulk.update_many(conn, ["jabatan"], [(i, [""]) for i in ids[4:]])  # unchanged
    action, keys, before, after = conn.execute(
        "SELECT action, row_key, before, after FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert action == "bulk update"
    assert keys == "[" + ",".join(f'"{i}"' for i in ids[:4]) + "]"
    assert before.count('"jabatan":""') == 4 and after.count('"jabatan":"Analis"') == 4
    assert verify(conn).ok


def test_a_changed_byte_in_a_batch_row_or_a_batched_record_is_found(
    conn: sqlite3.Connection, db_path: Path
) -> None:
    _insert(conn, _rows(20))
    seq = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    victim = conn.execute("SELECT id FROM employees ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0]
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER guard_audit_update")
    raw.execute("DROP TRIGGER audit_employees_update")
    raw.execute("UPDATE employees SET jabatan = 'Kepala' WHERE id = ?", (victim,))
    raw.commit()
    report = verify(conn)
    assert any(p.kind == "row" and p.key == str(victim) for p in report.problems)
    raw.execute("UPDATE audit_log SET after = replace(after, 'Wijaya', 'Wijayo') WHERE seq = ?",
                (seq,))  # fmt: skip
    raw.commit()
    raw.close()
    report = verify(conn)
    chain = [p for p in report.problems if p.kind == "chain"]
    assert chain and chain[0].seq == seq and "20 baris sekaligus" in chain[0].message


def test_a_person_imported_in_bulk_can_be_erased(conn: sqlite3.Connection, db_path: Path) -> None:
    _insert(conn, _rows(6))
    ids = [r[0] for r in conn.execute("SELECT id FROM employees ORDER BY id")]
    with write(conn), batch_update(conn, "employees", ids):
        bulk.update_many(conn, ["jabatan"], [(i, ["Analis"]) for i in ids])
    nip = conn.execute("SELECT nip FROM employees WHERE id = ?", (ids[2],)).fetchone()[0]
    privacy.erase_person(conn, ids[2], "permintaan yang bersangkutan")
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    assert nip.encode() not in raw
    others = conn.execute("SELECT nip FROM employees").fetchall()
    assert len(others) == 5 and all(n.encode() in raw for (n,) in others)
    report = verify(conn)
    assert report.ok, report.problems
    # erasing a second person of the same batches keeps the digests of the original texts
    privacy.erase_person(conn, ids[4], "permintaan yang bersangkutan")
    report = verify(conn)
    assert report.ok, report.problems


def test_a_failed_batch_rolls_back_with_its_trigger(conn: sqlite3.Connection) -> None:
    _insert(conn, _rows(3))
    before = existing_triggers(conn)
    clash = _rows(2, start=100) + _rows(1)  # the last NIP is already stored
    with pytest.raises(sqlite3.IntegrityError), write(conn), batch_insert(conn, "employees"):
        emp_store.insert_many(conn, clash)
    assert existing_triggers(conn) == before
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 3
    assert verify(conn).ok


def test_rows_kept_after_a_caught_error_are_still_audited(conn: sqlite3.Connection) -> None:
    clash = _rows(2) + _rows(1)
    with write(conn):
        try:
            with batch_insert(conn, "employees"):
                emp_store.insert_many(conn, clash)
        except sqlite3.IntegrityError:
            pass  # a caller that goes on and commits what was written
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 2
    assert verify(conn).ok


def test_a_batch_needs_a_write_transaction(conn: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError, match="transaction"), batch_insert(conn, "employees"):
        pass
    assert set(trigger_sql(shape_of(conn, "employees"))) <= set(existing_triggers(conn))


def test_a_roster_import_is_audited_in_batches(
    conn: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_bulk, "BATCH_MIN", 30)
    source = tmp_path / "roster.csv"
    lines = ["NIP;NAMA;JABATAN"] + [
        f"19800101200501{i % 2 + 1}{i + 1:03d};{NAMES[i % 3]} {i};Staf" for i in range(30)
    ]
    source.write_text("\n".join(lines), encoding="utf-8")
    assert import_file(conn, source).result.inserted == 30
    source.write_text("\n".join(lines).replace(";Staf", ";Analis", 5), encoding="utf-8")
    assert import_file(conn, source).result.updated == 5
    # 30 new rows are one batch; 5 changed rows (under the threshold) are chained one by one
    assert [r[0] for r in _audit_rows(conn)] == ["bulk insert"] + ["update"] * 5
    report = verify(conn)
    assert report.ok, report.problems


def test_the_check_replays_a_big_batch_in_seconds(conn: sqlite3.Connection) -> None:
    import time

    many = [
        {"nama": f"Pegawai {i}", "status": "Non-ASN", "nik": f"320101150885{i + 1:04d}"}
        for i in range(8000)
    ]
    _insert(conn, many)
    start = time.perf_counter()
    report = verify(conn)
    assert report.ok, report.problems
    # each record of the batch paired once (it took ~100 s when the two arrays were joined)
    assert time.perf_counter() - start < 20
    assert len([k for (_t, k) in last_states(conn) if _t == "employees"]) == 8000
