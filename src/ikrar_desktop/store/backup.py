"""Backups with SQLite's backup API (never a file copy), verified after writing."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.store.audit import audit_fingerprint
from ikrar_desktop.store.backup_manifest import manifest_fingerprint, manifest_path
from ikrar_desktop.store.connection import (
    APPLICATION_ID,
    database_path,
    locked_by_someone,
    open_destination,
)

if TYPE_CHECKING:
    from ikrar_desktop.store.audit_anchor import AnchorResult

log = logging.getLogger(__name__)

FOLDER_SETTING = "backup_folder"
# "ikrar 2026-12-07 06.41 sebelum pemulihan.sqlite", "… harian (2).sqlite" for a second
# backup of the same kind within the minute: readable, sorted by time in Explorer, no
# character Windows refuses
NAME = re.compile(
    r"^(?P<stem>.+) (?P<day>\d{4}-\d{2}-\d{2}) (?P<hm>\d{2}\.\d{2}) "
    r"(?P<label>[a-z][a-z0-9 ]*?)(?: \((?P<n>\d+)\))?\.sqlite$"
)
# names before 2026-12: "ikrar-20261207-064106-822801-sebelum-pulih.sqlite" (still rotated)
OLD_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d{6})?-(?P<reason>[a-z0-9-]+)\.sqlite$"
)
# why a backup was made (the reason kept in its manifest) and the words in its file name
LABELS = {
    "harian": "harian",
    "manual": "manual",
    "keluar": "saat keluar",
    "impor": "sebelum impor",
    "sebelum-pulih": "sebelum pemulihan",
    "pulih": "pemulihan",
    "migrasi": "sebelum pembaruan",
    "hapus": "sebelum penghapusan",
}
REASONS = {label: reason for reason, label in LABELS.items()}


@dataclass(slots=True)
class BackupInfo:
    path: Path
    created: datetime | None
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    schema: int = 0
    size: int = 0
    fingerprint: str = ""  # the audit chain head inside the backup ("N · xxxx-…")

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "created": self.created.isoformat(sep=" ", timespec="seconds") if self.created else "",
            "reason": self.reason,
            "counts": self.counts,
            "schema": self.schema,
            "size": self.size,
            "fingerprint": self.fingerprint,
        }


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


@dataclass(frozen=True, slots=True)
class BackupName:
    """What a backup's file name says: the database's stem, when and why it was made."""

    stem: str
    created: datetime  # a second backup within the minute is a microsecond later, to sort
    reason: str


def read_name(name: str) -> BackupName | None:
    """The parts of a backup file name, new or old style; None for any other file. Builds
    the time from digits (``strptime`` costs milliseconds on first use, at start-up)."""
    try:
        found = NAME.match(name)
        if found:
            y, m, d = (int(x) for x in found["day"].split("-"))
            hour, minute = (int(x) for x in found["hm"].split("."))
            n = int(found["n"] or 1) - 1
            label = found["label"]
            reason = REASONS.get(label, label.replace(" ", "-"))
            return BackupName(found["stem"], datetime(y, m, d, hour, minute, 0, n), reason)
        old = OLD_NAME.match(name)
        if old:
            stamp = old["stamp"]
            moment = datetime(
                int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]),
                int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]),
            )  # fmt: skip
            return BackupName(old["stem"], moment, old["reason"])
    except ValueError:
        return None  # digits that are no date or time: not a backup name after all
    return None


def parse_name(path: Path) -> tuple[datetime | None, str]:
    found = read_name(path.name)
    return (found.created, found.reason) if found else (None, "")


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fault(target: Path, exc: BaseException) -> CannotRunError:
    folder = target.parent
    if not folder.exists():
        return CannotRunError(
            f"Folder cadangan {folder} tidak ditemukan (flash disk dicabut atau folder dihapus?). "
            "Cadangan tidak dibuat.",
            "Pasang kembali flash disk atau pilih folder cadangan lain di Pengaturan. "
            "Database dan cadangan lama tidak diubah.",
        )
    text = str(exc).lower()
    if "full" in text or "space" in text or "too large" in text or "i/o" in text:
        reason = "disk penuh atau galat tulis"
    elif "permission" in text or "readonly" in text or "read-only" in text:
        reason = "izin ditolak"
    else:
        reason = str(exc)
    return CannotRunError(
        f"Cadangan tidak dapat ditulis ke {folder} ({reason}).",
        "Periksa ruang kosong dan hak akses folder cadangan, lalu ulangi. "
        "Database dan cadangan lama tidak diubah.",
    )


def backup_to(conn: sqlite3.Connection, target: Path, reason: str = "") -> BackupInfo:
    """Write a consistent copy of ``conn`` to ``target`` through ``target.part``; it gets its
    final name only after ``quick_check`` and the row counts per table match the source."""
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        own_snapshot = not conn.in_transaction
        if own_snapshot:
            conn.execute("BEGIN")  # counts and copy from one snapshot
        try:
            expected = table_counts(conn)
            partial.unlink(missing_ok=True)
            dest = open_destination(partial)
            try:
                conn.backup(dest)
                # a backup is one self-contained file: no -wal/-shm beside it
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            if own_snapshot:
                conn.execute("COMMIT")
        _fsync(partial)
        info = verify_file(partial, expected=expected)
        manifest = manifest_path(target)
        manifest.unlink(missing_ok=True)  # an older backup's manifest must not describe this one
        partial.replace(target)
        info.path, info.created, info.reason = target, datetime.now(), reason
        manifest.write_text(json.dumps(info.as_dict(), ensure_ascii=False, indent=1))
        _fsync(target.parent)
    except CannotRunError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # the drive is gone; the half file goes with it
            partial.unlink(missing_ok=True)
        log.warning("backup to %s failed: %s", target, exc)
        raise _fault(target, exc) from exc
    log.info("backup written and verified: %s", target)
    return info


def verify_file(path: Path, expected: dict[str, int] | None = None) -> BackupInfo:
    """Open a backup, run ``quick_check`` and compare row counts; raise if anything is off."""
    created, reason = parse_name(path)
    if not path.is_file():
        raise CannotRunError(f"Berkas cadangan {path} tidak ditemukan.")
    try:
        conn = open_destination(path, readonly=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            counts = table_counts(conn) if check == "ok" else {}
            mark, anchored = _anchor(conn, path) if check == "ok" else ("", None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CannotRunError(
            f"Berkas {path.name} bukan cadangan yang dapat dibaca ({exc}).",
            "Pilih berkas cadangan lain.",
        ) from exc
    if check != "ok":
        raise CannotRunError(f"Cadangan {path.name} rusak ({check}).", "Pilih cadangan lain.")
    if app_id != APPLICATION_ID:
        raise CannotRunError(
            f"Berkas {path.name} bukan cadangan database Ikrar Desktop.",
            "Pilih berkas cadangan yang benar.",
        )
    if anchored is not None and not anchored.ok:
        raise CannotRunError(
            f"Cadangan {path.name} tidak sama dengan yang ditulis: manifesnya mencatat sidik "
            f"jejak audit {anchored.printed}, tetapi isi berkasnya tidak cocok "
            f"({anchored.message})",
            "Berkas cadangan ini diubah sesudah dibuat; pilih cadangan lain.",
        )
    if expected is not None and counts != expected:
        differ = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
        raise CannotRunError(
            f"Cadangan {path.name} tidak sama dengan database (tabel {', '.join(differ)}).",
            "Ulangi pencadangan.",
        )
    return BackupInfo(path, created, reason, counts, schema, path.stat().st_size, mark)


def _anchor(conn: sqlite3.Connection, path: Path) -> tuple[str, AnchorResult | None]:
    """The backup's own chain head, and its check against the fingerprint in its manifest."""
    from ikrar_desktop.errors import ValidationError
    from ikrar_desktop.store.audit_anchor import check_anchor, parse_fingerprint

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
        return "", None
    mark = audit_fingerprint(conn)
    recorded = manifest_fingerprint(path)
    if not recorded:
        return mark, None
    try:
        printed = parse_fingerprint(recorded)
    except ValidationError:
        return mark, None
    return mark, check_anchor(conn, printed)


def configured_folder(conn: sqlite3.Connection) -> Path | None:
    """The folder the clerk chose in Pengaturan (a flash drive, say), if any."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (FOLDER_SETTING,)).fetchone()
    except sqlite3.Error:
        return None
    return Path(row[0]) if row and row[0] else None


def default_folder(db: Path) -> Path:
    return db.parent / "backups"


def folder_for(conn: sqlite3.Connection) -> Path | None:
    source = database_path(conn)
    if not source:
        return None
    return configured_folder(conn) or default_folder(Path(source))


def backup_name(db: Path, reason: str, now: datetime | None = None, n: int = 1) -> str:
    """``ikrar 2026-12-07 06.41 sebelum pemulihan.sqlite`` (`` (2)`` before the suffix for
    the second of its kind within the minute)."""
    moment = now or datetime.now()
    label = LABELS.get(reason, reason.replace("-", " "))
    count = f" ({n})" if n > 1 else ""
    return f"{db.stem} {moment:%Y-%m-%d %H.%M} {label}{count}.sqlite"


def backup_path(folder: Path, db: Path, reason: str, now: datetime | None = None) -> Path:
    """A free name in ``folder`` for a new backup: never one that exists or is being
    written (its ``.part``)."""
    moment = now or datetime.now()
    n = 1
    while True:
        target = folder / backup_name(db, reason, moment, n)
        if not target.exists() and not target.with_name(target.name + PART).exists():
            return target
        n += 1


def backup_before(conn: sqlite3.Connection, reason: str) -> Path | None:
    """A verified backup before a risky change (None for an in-memory database)."""
    folder = folder_for(conn)
    if folder is None:
        return None
    source = Path(database_path(conn))
    return backup_to(conn, backup_path(folder, source, reason), reason).path


# -- leftovers of a killed backup or restore -----------------------------------------------------

PART = ".part"
RESTORE_PART = ".pulih.part"  # the restored copy staged beside the database (services.backups)
STALE_PART_SECONDS = 3600.0
_COMPANIONS = ("-journal", "-wal", "-shm")


def _with_companions(part: Path) -> list[Path]:
    return [part, *(part.with_name(part.name + tail) for tail in _COMPANIONS)]


def _newest_change(part: Path) -> float | None:
    times = []
    for path in _with_companions(part):
        with contextlib.suppress(OSError):
            times.append(path.stat().st_mtime)
    return max(times) if times else None


def part_in_use(part: Path) -> bool:
    """Whether some process (this one included) is copying into ``part`` or verifying it: SQLite
    holds a lock on a file it writes or reads, so an exclusive lock is refused at once."""
    return part.is_file() and locked_by_someone(part)
    return False


def backup_parts(folder: Path, stem: str) -> list[Path]:
    """The ``.part`` files backups of database ``stem`` were written through in ``folder``,
    also those of which only a journal is left."""
    if not folder.is_dir():
        return []
    found: set[Path] = set()
    for path in folder.glob(f"{stem}*.sqlite{PART}*"):
        name = next((path.name[: -len(t)] for t in _COMPANIONS if path.name.endswith(t)), path.name)
        parsed = read_name(name[: -len(PART)]) if name.endswith(PART) else None
        if parsed and parsed.stem == stem:
            found.add(path.with_name(name))
    return sorted(found)


def restore_part(db: Path) -> Path:
    """Where a restore stages its copy of the backup before it replaces ``db``."""
    return db.with_name(db.name + RESTORE_PART)


def remove_stale_parts(
    parts: list[Path], *, now: float | None = None, age: float = STALE_PART_SECONDS
) -> list[Path]:
    """Remove what a killed backup or restore left: each ``.part`` (with its SQLite journal)
    unchanged for ``age`` seconds and held by no process. A part being written right now is
    never touched: its writer keeps changing it or holds SQLite's lock on it."""
    moment = time.time() if now is None else now
    removed = []
    for part in parts:
        changed = _newest_change(part)
        if changed is None or moment - changed < age or part_in_use(part):
            continue
        try:
            for path in reversed(_with_companions(part)):  # the part itself last
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove leftover %s: %s", part, exc)
            continue
        log.info("removed the leftover of an interrupted backup or restore: %s", part)
        removed.append(part)
    return removed
