"""Opening, migrating and refusing databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.errors import NewerDatabaseError, NotAnIkrarDatabaseError
from ikrar_desktop.store import connection, schema
from ikrar_desktop.store.schema import SCHEMA_VERSION, open_database


def test_new_database_gets_schema_and_pragmas(db_path: Path) -> None:
    conn = open_database(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == connection.BUSY_TIMEOUT_MS
    assert schema.user_version(conn) == SCHEMA_VERSION == len(schema.MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"settings", "units", "employees", "_sqlite_migrations"} <= tables
    conn.close()
    # reopening changes nothing and takes no pre-migration copy
    open_database(db_path).close()
    assert list(db_path.parent.glob("*sebelum-migrasi*")) == []


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(db_path)
    assert "versi Ikrar Desktop yang lebih baru" in info.value.message
    assert info.value.exit_code == 2
    assert db_path.read_bytes() == before


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "catatan.sqlite"
    bogus.write_text("ini bukan database")
    with pytest.raises(NotAnIkrarDatabaseError):
        open_database(bogus)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "lain.sqlite"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE x (a)")
    raw.close()
    with pytest.raises(NotAnIkrarDatabaseError) as info:
        open_database(other)
    assert "bukan milik Ikrar Desktop" in info.value.message


def test_pending_migration_copies_file_first(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path)
    conn.execute("INSERT INTO settings VALUES ('instansi', 'Pemerintah Kabupaten Uji')")
    conn.close()
    base = len(schema.MIGRATIONS)

    def m002_extra(db: object) -> None:
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")  # type: ignore[attr-defined]

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m002_extra])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    conn = open_database(db_path)
    assert schema.user_version(conn) == base + 1
    assert conn.execute("SELECT count(*) FROM extra").fetchone()[0] == 0
    conn.close()
    copies = list(db_path.parent.glob(f"ikrar.sebelum-migrasi-v{base}-*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT value FROM settings").fetchone()[0] == "Pemerintah Kabupaten Uji"
    assert copy.execute("PRAGMA user_version").fetchone()[0] == base
    copy.close()


def test_failed_migration_leaves_database_at_old_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    base = len(schema.MIGRATIONS)

    def m002_broken(db: object) -> None:
        db.execute("CREATE TABLE half (id INTEGER)")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m002_broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(RuntimeError):
        open_database(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == base
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name='half'").fetchone()[0] == 0
    raw.close()


def test_write_rolls_back_on_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError), connection.write(conn):
        conn.execute("INSERT INTO settings VALUES ('a', 'b')")
        raise ValueError("stop")
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_locked_database_gives_clear_message(db_path: Path) -> None:
    from ikrar_desktop.errors import DatabaseLockedError

    conn = open_database(db_path)
    other = connection.connect(db_path)
    other.execute("PRAGMA busy_timeout = 50")
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as info, connection.write(other):
            pass
        assert "sedang dipakai" in info.value.message
    finally:
        conn.execute("ROLLBACK")
        other.close()
        conn.close()


def test_unwritable_folder_is_explained(tmp_path: Path) -> None:
    from ikrar_desktop.errors import CannotRunError

    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    with pytest.raises(CannotRunError) as info:
        open_database(blocker / "sub" / "ikrar.sqlite")
    assert "tidak dapat dibuat" in info.value.message
