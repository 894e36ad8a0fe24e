"""m013 rebuilds the tables m008 once edited in place: an old file and a new one end alike."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.store import audit_check, schema
from ikrar_desktop.store.check_lists import CHAINED
from ikrar_desktop.store.connection import connect
from ikrar_desktop.store.schema import open_database

OLD = Path(__file__).resolve().parents[1] / "data" / "schema12.sqlite.gz"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """The real file a schema-12 release left (tests/data/make_schema12.py): demo regency,
    an event with its obliged people, a case; CHECK text edited under writable_schema."""
    target = tmp_path / "lama" / "ikrar.sqlite"
    target.parent.mkdir()
    with gzip.open(OLD) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def _master(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def _data(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [*CHAINED, "audit_log", "units"]
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def _sound(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the rebuild
    report = audit_check.verify(conn)
    assert report.ok, report.problems


def test_an_old_file_and_a_new_database_end_with_the_same_schema(
    old_file: Path, tmp_path: Path
) -> None:
    raw = sqlite3.connect(old_file)
    assert schema.user_version(raw) == 12
    edited = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'employees'").fetchone()[0]
    assert edited.startswith("CREATE TABLE employees (") and "status = 'PNS' OR" in edited
    before, old_master = _data(raw), _master(raw)
    raw.close()

    upgraded = open_database(old_file)
    fresh = open_database(tmp_path / "baru.sqlite")
    assert schema.user_version(upgraded) == schema.user_version(fresh) == schema.SCHEMA_VERSION
    assert _master(upgraded) == _master(fresh)
    rebuilt = upgraded.execute("SELECT sql FROM sqlite_master WHERE name = 'employees'")
    assert rebuilt.fetchone()[0].startswith('CREATE TABLE "employees" (')  # written by SQLite
    assert _data(upgraded) == before  # every row and its id kept; not one audit row added
    # nothing else of the schema moved: other tables, and the six's indexes and triggers, are
    # word for word what they were; the six tables' own text differs only in its quoted name
    new_master = _master(upgraded)
    assert [r for r in new_master if r[0] != "table" or r[1] not in CHAINED] == [
        r for r in old_master if r[0] != "table" or r[1] not in CHAINED
    ]
    for name in CHAINED:
        old_sql = next(r[3] for r in old_master if r[1] == name)
        new_sql = next(r[3] for r in new_master if r[1] == name)
        assert new_sql == str(old_sql).replace(f"CREATE TABLE {name} (", f'CREATE TABLE "{name}" (')
    for conn in (upgraded, fresh):
        _sound(conn)
    # the guards and audit triggers came back with the tables: a signed pakta stays signed
    with pytest.raises(sqlite3.IntegrityError, match="jejak audit"):
        upgraded.execute("DELETE FROM audit_log WHERE seq = 1")
    upgraded.execute("UPDATE employees SET jabatan = 'Analis' WHERE id = 1")
    last = upgraded.execute("SELECT tbl, action FROM audit_log ORDER BY seq DESC").fetchone()
    assert last == ("employees", "update")
    _sound(upgraded)
    upgraded.close()
    fresh.close()
    copies = list(old_file.parent.glob("*sebelum-migrasi-v12-*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert schema.user_version(copy) == 12 and _data(copy) == before
    copy.close()


def test_a_new_database_is_built_without_writable_schema(db_path: Path) -> None:
    conn = connect(db_path)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    schema.migrate(conn)
    conn.set_trace_callback(None)
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    said = "\n".join(statements).lower()
    assert "writable_schema" not in said and "update sqlite_master" not in said
    for name in CHAINED:  # the lists are chains, put there by SQLite's own ALTER TABLE
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        assert sql.startswith(f'CREATE TABLE "{name}" (')
    conn.close()


def test_a_rebuild_that_would_break_a_reference_changes_nothing(old_file: Path) -> None:
    raw = sqlite3.connect(old_file)  # foreign keys off: a reference broken behind our back
    for trigger in ("audit_obligations_update", "guard_pakta_update"):
        raw.execute(f"DROP TRIGGER {trigger}")
    raw.execute("UPDATE obligations SET employee_id = 99999 WHERE id = 1")
    raw.commit()
    master = _master(raw)
    raw.close()
    with pytest.raises(sqlite3.IntegrityError, match="foreign_key_check"):
        open_database(old_file)
    raw = sqlite3.connect(old_file)
    assert schema.user_version(raw) == 12
    assert _master(raw) == master  # the whole rebuild was rolled back
    raw.close()
