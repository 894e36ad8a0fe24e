"""Opening a database at the current schema version: identity, health, the pending migrations."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from ikrar_desktop.errors import CannotRunError, NewerDatabaseError, NotAnIkrarDatabaseError
from ikrar_desktop.store.connection import APPLICATION_ID, connect, open_destination
from ikrar_desktop.store.migrations import MIGRATION_SET, MIGRATIONS, REBUILDS, SCHEMA_VERSION

log = logging.getLogger(__name__)

__all__ = ["MIGRATIONS", "MIGRATION_SET", "REBUILDS", "SCHEMA_VERSION", "open_database"]


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_empty(conn: sqlite3.Connection) -> bool:
    return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0


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
    dest = open_destination(target)
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
    from ikrar_desktop.store.rebuild import apply_migrations

    apply_migrations(conn, db, migrations, REBUILDS)
    from ikrar_desktop.store.audit import install as install_audit

    with db.atomic():
        install_audit(conn)  # covers tables added or changed by any migration above
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return pending


def check_health(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check`` at every start; a damaged file is left exactly as it is."""
    from ikrar_desktop.errors import DamagedDatabaseError

    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        rows = [(str(exc),)]
    if rows and rows[0][0] != "ok":
        log.error("quick_check failed on %s: %s", path, rows)
        raise DamagedDatabaseError(
            f"Database {path.name} rusak ({rows[0][0]}). Berkas itu tidak diubah.",
            "Pulihkan dari cadangan terbaru yang sudah diperiksa (ikrar-desktop restore).",
            path=path,
        )


def check_file_health(path: Path) -> None:
    """``check_health`` on a connection of its own, so the GUI can run it beside its start-up
    (SQLite releases the GIL while it checks); a missing file has nothing to check."""
    if not path.exists():
        return
    conn = connect(path, readonly=True)
    try:
        check_health(conn, path)
    finally:
        conn.close()


def open_database(
    path: str | Path, *, readonly: bool = False, check: bool = True
) -> sqlite3.Connection:
    """Open (creating if needed) and bring the schema up to date.

    sqlite-utils is imported only when a migration is pending, to keep start-up fast.
    ``check=False`` only when the caller runs :func:`check_file_health` itself.
    """
    db_path = Path(path)
    conn = connect(db_path, readonly=readonly)
    try:
        _check_identity(conn, db_path)
        if check:
            check_health(conn, db_path)
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
