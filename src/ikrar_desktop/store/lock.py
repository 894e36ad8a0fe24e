"""One program per database: a lock file beside it (who, which PC, since when) held by an
OS-level lock that dies with the process, so a crash never leaves a stale lock behind."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ikrar_desktop.errors import DatabaseLockedError
from ikrar_desktop.store.session import os_user

# The lock covers one byte far past the JSON so other programs can still read who holds it
# (Windows forbids reading a locked range).
LOCK_OFFSET = 1 << 20


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
        return f"{self.user or '?'} di komputer {self.pc or '?'} (PID {self.pid}) sejak {when}"


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


def read_holder(db: Path) -> Holder | None:
    try:
        data = json.loads(lock_path(db).read_bytes().split(b"\0", 1)[0] or b"{}")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return Holder(
        str(data.get("user", "")),
        str(data.get("pc", "")),
        int(data.get("pid", 0) or 0),
        str(data.get("since", "")),
    )


class DatabaseLock:
    """Held while a program works on the database; released on close or process death."""

    def __init__(self, db: Path, fh: IO[bytes], holder: Holder) -> None:
        self.db = db
        self.holder = holder
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


def acquire(db: Path) -> DatabaseLock:
    """Take the database for this process, or raise :class:`DatabaseLockedError` naming the
    holder. A lock file left by a crashed program is taken over at once."""
    path = lock_path(db)
    try:
        fh = open(path, "a+b")  # noqa: SIM115 - kept open for as long as the lock is held
    except OSError:
        return DatabaseLock(db, open(os.devnull, "a+b"), _me())  # read-only folder: no lock file
    if not _try_lock(fh):
        fh.close()
        holder = read_holder(db)
        who = holder.describe() if holder else "program lain"
        err = DatabaseLockedError(
            f"Database {db.name} sedang dibuka oleh {who}.",
            "Tutup program itu dulu, atau buka database ini hanya-baca.",
        )
        err.holder = holder  # type: ignore[attr-defined]
        raise err
    me = _me()
    fh.seek(0)
    fh.truncate(0)
    fh.write(json.dumps(_as_dict(me)).encode())
    fh.flush()
    return DatabaseLock(db, fh, me)


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
        return read_holder(db) or Holder("", "", 0, "")
    finally:
        fh.close()
