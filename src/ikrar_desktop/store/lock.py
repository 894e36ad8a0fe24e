"""One program per database: a lock file beside it (who, which PC, since when) held by an
OS-level lock that dies with the process, so a crash never leaves a stale lock behind.

The holder's note is written in one write (JSON ended by a NUL) and never emptied first, and a
reader retries a note it catches half-written, so nobody is ever named "?" with PID 0. (A
temporary file renamed over the lock file is no option: the OS lock belongs to the file, and
a renamed-in file would be a second, unlocked one.)"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ikrar_desktop.errors import DatabaseLockedError
from ikrar_desktop.store.session import os_user

# The lock covers one byte far past the JSON so other programs can still read who holds it
# (Windows forbids reading a locked range).
LOCK_OFFSET = 1 << 20
POLL_SECONDS = 0.1
READ_TRIES = 10  # a note caught half-written is read again, up to ~0.2 s


@dataclass(frozen=True, slots=True)
class Holder:
    user: str
    pc: str
    pid: int
    since: str

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = self.since
        who = self.user or "pengguna tak dikenal"
        where = f" di komputer {self.pc}" if self.pc else ""
        pid = f" (PID {self.pid})" if self.pid > 0 else ""
        return f"{who}{where}{pid}" + (f" sejak {when}" if when else "")


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    # flock belongs to the open file, so a second open in the same process is refused too
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _parse(raw: bytes) -> Holder | None:
    """The note in the lock file; None while it is empty or caught half-written."""
    try:
        data = json.loads(raw.split(b"\0", 1)[0])
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    try:
        pid = int(data.get("pid", 0) or 0)
    except (TypeError, ValueError):
        return None
    if pid <= 0:
        return None
    return Holder(str(data.get("user", "")), str(data.get("pc", "")), pid,
                  str(data.get("since", "")))  # fmt: skip


def read_holder(db: Path, tries: int = READ_TRIES) -> Holder | None:
    """Who holds ``db`` according to its lock file, read again briefly when the note is being
    written; None when nobody can be named."""
    for attempt in range(max(tries, 1)):
        try:
            found = _parse(lock_path(db).read_bytes())
        except OSError:
            return None
        if found is not None:
            return found
        if attempt + 1 < tries:
            time.sleep(0.02)
    return None


class DatabaseLock:
    """Held while a program works on the database; released on close or process death."""

    def __init__(self, db: Path, fh: IO[bytes], holder: Holder, warning: str = "") -> None:
        self.db = db
        self.holder = holder
        self.warning = warning  # e.g. the note could not be written (disk full); lock still held
        self._fh: IO[bytes] | None = fh

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            fh.seek(0)
            fh.truncate(0)  # the next reader sees nobody, even before the file is removed
            fh.flush()
        except OSError:
            pass
        _unlock(fh)
        fh.close()
        with contextlib.suppress(OSError):  # another program may have it open; harmless
            lock_path(self.db).unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(db: Path, wait: float = 0.0) -> DatabaseLock:
    """Take the database for this process, or raise :class:`DatabaseLockedError` naming the
    holder. ``wait`` seconds are given to a holder about to finish (a CLI writer waits a
    moment rather than being refused at once). A lock file left by a crashed program is taken
    over at once."""
    path = lock_path(db)
    try:
        # read-write without append (the note is written at offset 0) and without emptying it
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fh = os.fdopen(os.open(path, flags, 0o644), "r+b")
    except OSError:
        return DatabaseLock(db, open(os.devnull, "a+b"), _me())  # read-only folder: no lock file
    deadline = time.monotonic() + max(wait, 0.0)
    while not _try_lock(fh):
        if time.monotonic() >= deadline:
            fh.close()
            raise _locked_error(db)
        time.sleep(POLL_SECONDS)
    me = _me()
    return DatabaseLock(db, fh, me, _write_note(fh, me))


def _locked_error(db: Path) -> DatabaseLockedError:
    holder = read_holder(db)
    who = holder.describe() if holder else "program lain"
    err = DatabaseLockedError(
        f"Database {db.name} sedang dibuka oleh {who}.",
        "Tutup program itu dulu, atau buka database ini hanya-baca.",
    )
    err.holder = holder  # type: ignore[attr-defined]  # for the read-only banner
    return err


def _write_note(fh: IO[bytes], me: Holder) -> str:
    """Write who holds the lock in one write, then drop any longer old note behind it.

    A failed write (disk full) leaves the lock held, only unnamed: returns the warning."""
    data = json.dumps(_as_dict(me)).encode() + b"\0"
    try:
        fh.flush()
        written = (
            os.pwrite(fh.fileno(), data, 0) if hasattr(os, "pwrite") else _seek_write(fh, data)
        )
        if written != len(data):
            raise OSError(errno.ENOSPC, "short write")
        fh.truncate(len(data))
    except OSError as exc:
        from ikrar_desktop.os_errors import DISK_FULL_HINT, is_disk_full, reason

        if is_disk_full(exc):
            return f"Disk penuh: catatan pemegang database tidak dapat ditulis. {DISK_FULL_HINT}"
        return f"Catatan pemegang database tidak dapat ditulis ({reason(exc)})."
    return ""


def _seek_write(fh: IO[bytes], data: bytes) -> int:
    fd = fh.fileno()
    os.lseek(fd, 0, os.SEEK_SET)
    return os.write(fd, data)


def _me() -> Holder:
    return Holder(os_user(), platform.node(), os.getpid(), datetime.now().isoformat("T", "seconds"))


def _as_dict(holder: Holder) -> dict[str, object]:
    return {"user": holder.user, "pc": holder.pc, "pid": holder.pid, "since": holder.since}


def is_held(db: Path) -> Holder | None:
    """Who holds the database right now (None when nobody does); takes nothing."""
    path = lock_path(db)
    if not path.exists():
        return None
    try:
        fh = open(path, "rb+")  # noqa: SIM115
    except OSError:
        return None
    try:
        if _try_lock(fh):
            _unlock(fh)
            return None  # a stale file from a crashed program
        return read_holder(db) or Holder("", "", 0, "")  # held, but not (yet) named
    finally:
        fh.close()
