"""The one way the program opens its SQLite file: pragmas, identity check, write transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ikrar_desktop.errors import (
    CannotRunError,
    DatabaseLockedError,
    NotAnIkrarDatabaseError,
    UserError,
)
from ikrar_desktop.store.session import Session, register

APPLICATION_ID = 0x494B5244  # "IKRD": marks a file as an Ikrar Desktop database
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
GUARD_PREFIX = "Ikrar:"  # RAISE(ABORT) messages of the protection triggers, shown to the clerk
_OPENED: ContextVar[list[sqlite3.Connection] | None] = ContextVar("ikrar_opened", default=None)


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


class IkrarConnection(sqlite3.Connection):
    """A connection that knows who works on it and which file it opened."""

    session: Session
    readonly: bool
    identity: tuple[str, int, int] | None  # path, device, inode: noticed if the file moves


def session_of(conn: sqlite3.Connection) -> Session:
    """The session of a factory connection (a default one for anything else)."""
    found = getattr(conn, "session", None)
    return found if isinstance(found, Session) else Session.default()


def _identity(path: Path) -> tuple[str, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (str(path), st.st_dev, st.st_ino)


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
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            uri = db_path.resolve().as_uri() + "?mode=ro"
            if on_read_only_media(db_path):
                uri += "&immutable=1"
            conn = sqlite3.connect(
                uri,
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                factory=IkrarConnection,
            )
        else:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, factory=IkrarConnection
            )
        assert isinstance(conn, IkrarConnection)
        conn.session = Session.default()
        conn.readonly = readonly
        register(conn, conn.session)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise translate_error(exc, db_path) from exc
        raise
    conn.identity = None if str(path) == ":memory:" else _identity(db_path)
    opened = _OPENED.get()
    if opened is not None:
        opened.append(conn)
    return conn


@contextmanager
def closed_after() -> Iterator[None]:
    """Every connection :func:`connect` opens inside is closed on the way out (a command of the
    CLI opens its context and probes, and ends; an unclosed file handle is a leak, and Python
    3.13 says so)."""
    opened: list[sqlite3.Connection] = []
    token = _OPENED.set(opened)
    try:
        yield
    finally:
        _OPENED.reset(token)
        for conn in opened:
            conn.close()


def on_read_only_media(path: Path) -> bool:
    """A database nobody can write here (read-only flash drive, CD, write-protected folder) and
    with no pending WAL: SQLite may read it as immutable, needing no -shm file beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    if os.access(folder, os.W_OK):
        return False
    wal = path.with_name(path.name + "-wal")
    try:
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def open_destination(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A bare connection to a copy (backup, restore, pre-migration copy), read-only to a
    backup being verified, or to the database for a WAL checkpoint. Nothing is written to
    it except through ``Connection.backup`` or a checkpoint, so the audit functions are not
    needed."""
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def locked_by_someone(path: Path) -> bool:
    """Whether a process (this one included) holds a SQLite lock on the file at ``path``: an
    exclusive lock asked for without waiting is refused at once. Unreadable or torn files
    nobody holds answer False."""
    try:
        uri = path.resolve().as_uri() + "?mode=rw"
        probe = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    except sqlite3.DatabaseError:
        return False
    finally:
        probe.close()
    return False


def check_still_there(conn: sqlite3.Connection) -> None:
    """Refuse to write when the database file was deleted or moved while open.

    On Linux the writes would land in an unlinked file and vanish at close; better to stop.
    """
    expected = getattr(conn, "identity", None)
    if not expected:
        return
    now = _identity(Path(expected[0]))
    if now is None or now[1:] != expected[1:]:
        raise CannotRunError(
            f"Berkas database {expected[0]} dihapus atau dipindahkan saat program terbuka; "
            "perubahan ini tidak disimpan.",
            "Kembalikan berkas ke tempatnya (atau pulihkan dari cadangan), lalu buka lagi.",
        )


def ensure_writable_folder(folder: Path) -> None:
    """Create the database folder, or explain why it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from ikrar_desktop.os_errors import reason

        raise CannotRunError(
            f"Folder {folder} tidak dapat dibuat atau ditulisi ({reason(exc)}).",
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
    if "disk i/o error" in text:
        return CannotRunError(
            "Galat baca/tulis disk (disk penuh, rusak, atau dicabut): perubahan tidak disimpan.",
            "Periksa disk dan ruang kosongnya, lalu ulangi. Data yang sudah tersimpan tetap utuh.",
        )
    if "no such function: ikrar_" in text:
        return CannotRunError(
            "Tabel ini dilindungi jejak audit dan hanya dapat diubah lewat Ikrar Desktop.",
            "Gunakan program Ikrar Desktop untuk mengubah data.",
        )
    if "malformed" in text or "corrupt" in text:
        return CannotRunError(
            f"Database {path.name} rusak.",
            "Jangan ubah berkas itu; pulihkan dari cadangan terbaru (Pengaturan → Pulihkan).",
        )
    return CannotRunError(f"Database tidak dapat dipakai: {exc}.", "Coba tutup dan buka lagi.")


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""
    check_still_there(conn)
    session_of(conn).corrections.clear()
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise translate_error(exc, Path(database_path(conn) or "database")) from exc
    try:
        yield conn
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.IntegrityError) and str(exc).startswith(GUARD_PREFIX):
            raise UserError(str(exc)[len(GUARD_PREFIX) :].strip()) from exc
        if isinstance(exc, sqlite3.DatabaseError) and is_fault(exc):
            raise translate_error(exc, Path(database_path(conn) or "database")) from exc
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate_error(exc, Path(database_path(conn) or "database")) from exc


_FAULTS = ("disk", "readonly", "read-only", "malformed", "corrupt", "no such function: ikrar_")


def is_fault(exc: sqlite3.Error) -> bool:
    """Faults of the file or the disk (not of the data): explained to the clerk."""
    if isinstance(exc, sqlite3.IntegrityError):
        return False
    text = str(exc).lower()
    return any(word in text for word in _FAULTS)


def database_path(conn: sqlite3.Connection) -> str:
    """The file behind ``conn`` ('' for an in-memory database)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""
