"""The one way the program opens its SQLite file: pragmas, identity check, write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ikrar_desktop.errors import (
    CannotRunError,
    DatabaseLockedError,
    NotAnIkrarDatabaseError,
)

APPLICATION_ID = 0x494B5244  # "IKRD": marks a file as an Ikrar Desktop database
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def check_is_sqlite(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database at all."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except (FileNotFoundError, NotADirectoryError):
        return  # a new file; the folder check explains what is wrong, if anything
    except PermissionError as exc:
        raise CannotRunError(
            f"Berkas database {path} tidak dapat dibaca (izin ditolak).",
            "Periksa hak akses berkas atau pilih lokasi lain.",
        ) from exc
    if head and head != SQLITE_HEADER:
        raise NotAnIkrarDatabaseError(
            f"Berkas {path.name} bukan database Ikrar Desktop.",
            "Pilih berkas database yang benar (berakhiran .sqlite).",
        )


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` with WAL, ``synchronous=FULL``, foreign keys and a busy timeout.

    The connection is in autocommit mode; every write goes through :func:`write`, which
    opens ``BEGIN IMMEDIATE`` so a writer never deadlocks half-way through.
    """
    db_path = Path(path)
    if str(path) != ":memory:":
        check_is_sqlite(db_path)
        if not readonly:
            ensure_writable_folder(db_path.parent)
    try:
        if readonly:
            uri = db_path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, db_path) from exc
    return conn


def ensure_writable_folder(folder: Path) -> None:
    """Create the database folder, or explain why it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotRunError(
            f"Folder {folder} tidak dapat dibuat atau ditulisi ({exc.strerror}).",
            "Pilih folder lain yang dapat Anda tulisi, misalnya Dokumen.",
        ) from exc


def translate_error(exc: sqlite3.Error, path: Path) -> CannotRunError:
    """Turn an sqlite3 error into a message the clerk can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"Database {path.name} sedang dipakai program lain.",
            "Tutup program lain yang membuka berkas ini, lalu coba lagi.",
        )
    if "not a database" in text or "file is encrypted" in text:
        return NotAnIkrarDatabaseError(
            f"Berkas {path.name} bukan database Ikrar Desktop atau rusak.",
            "Pilih berkas database yang benar, atau pulihkan dari cadangan.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return CannotRunError(
            f"Database {path} tidak dapat dibuka untuk ditulisi.",
            "Periksa hak akses folder, atau salin berkas ke folder yang dapat ditulisi.",
        )
    if "disk" in text and "full" in text:
        return CannotRunError(
            "Disk penuh: perubahan tidak disimpan.",
            "Kosongkan ruang disk, lalu ulangi. Data yang sudah tersimpan tetap utuh.",
        )
    return CannotRunError(f"Database tidak dapat dipakai: {exc}.", "Coba tutup dan buka lagi.")


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise translate_error(exc, Path(database_path(conn) or "database")) from exc
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate_error(exc, Path(database_path(conn) or "database")) from exc


def database_path(conn: sqlite3.Connection) -> str:
    """The file behind ``conn`` ('' for an in-memory database)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""
