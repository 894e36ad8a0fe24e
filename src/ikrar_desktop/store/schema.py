"""Schema migrations (append-only) and opening a database at the current schema version."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.errors import CannotRunError, NewerDatabaseError, NotAnIkrarDatabaseError
from ikrar_desktop.store.connection import APPLICATION_ID, connect

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

MIGRATION_SET = "ikrar_desktop"


def m001_registry(db: Database) -> None:
    """Settings, units and employees."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            name_key TEXT NOT NULL UNIQUE,
            kind TEXT,
            parent_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            code TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            nip TEXT UNIQUE CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
            nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
            gelar_depan TEXT NOT NULL DEFAULT '',
            nama TEXT NOT NULL CHECK (trim(nama) <> ''),
            gelar_belakang TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL
                CHECK (status IN ('PNS', 'CPNS', 'PPPK', 'PPPK Paruh Waktu', 'Non-ASN')),
            golongan TEXT,
            jabatan TEXT NOT NULL DEFAULT '',
            jenis_jabatan TEXT,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            gender TEXT CHECK (gender IS NULL OR gender IN ('L', 'P')),
            birth_date TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            inactive_reason TEXT NOT NULL DEFAULT '',
            search_key TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX employees_sort ON employees (sort_key)")
    db.execute("CREATE INDEX employees_unit ON employees (unit_id, sort_key)")
    db.execute("CREATE INDEX employees_name_unit ON employees (search_key, unit_id)")


MIGRATIONS: list[Callable[[Database], None]] = [m001_registry]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id != APPLICATION_ID and not _is_empty(conn):
        raise NotAnIkrarDatabaseError(
            f"Berkas {path.name} adalah database SQLite, tetapi bukan milik Ikrar Desktop.",
            "Pilih berkas database Ikrar Desktop yang benar.",
        )
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"Database {path.name} dibuat oleh versi Ikrar Desktop yang lebih baru "
            f"(skema {version}, program ini mengenal sampai {SCHEMA_VERSION}).",
            "Pasang versi Ikrar Desktop yang terbaru; berkas ini tidak diubah.",
        )


def copy_before_migration(conn: sqlite3.Connection, path: Path) -> Path:
    """Take a consistent copy with SQLite's backup API before the schema changes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.sebelum-migrasi-v{user_version(conn)}-{stamp}.sqlite")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("copied %s to %s before migrating", path, target)
    return target


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations through sqlite-utils; return the names applied."""
    from sqlite_utils import Database, Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        migrations()(fn)
    db = Database(conn)
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    with db.atomic():
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return pending


def open_database(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) and bring the schema up to date.

    sqlite-utils is imported only when a migration is pending, to keep start-up fast.
    """
    db_path = Path(path)
    conn = connect(db_path, readonly=readonly)
    try:
        _check_identity(conn, db_path)
        if user_version(conn) < SCHEMA_VERSION:
            if readonly:
                raise CannotRunError(
                    f"Database {db_path.name} perlu diperbarui, tetapi dibuka hanya-baca.",
                    "Buka berkas dari folder yang dapat ditulisi.",
                )
            if not _is_empty(conn):
                copy_before_migration(conn, db_path)
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
