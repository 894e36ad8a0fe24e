"""Backups for the clerk: now, daily, on exit; rotation; restore that keeps the current file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ikrar_desktop.errors import CannotRunError, NewerDatabaseError
from ikrar_desktop.store import backup as store
from ikrar_desktop.store.connection import connect, database_path, open_destination, write

log = logging.getLogger(__name__)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
KEEP_RISK_PER_DAY = 3  # beyond the daily one; a day of many imports must not fill the disk
# backups made by hand or right before a risky change are all kept for the daily window
RISK_REASONS = frozenset(
    {"manual", "impor", "import", "pulih", "sebelum-pulih", "migrasi", "hapus"}
)
Clock = Callable[[], datetime]


@dataclass(slots=True)
class Found:
    path: Path
    created: datetime
    reason: str


def list_backups(folder: Path, stem: str) -> list[Found]:
    """This database's backups in ``folder``, newest first (other files are left alone)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}*.sqlite"):  # "ikrar 2026-…" and the older "ikrar-2026…"
        parsed = store.read_name(path.name)
        if parsed is not None and parsed.stem == stem:
            found.append(Found(path, parsed.created, parsed.reason))
    return sorted(found, key=lambda f: (f.created, f.path.name), reverse=True)


def plan_rotation(
    backups: list[Found],
    now: datetime,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> tuple[list[Found], list[Found]]:
    """Grandfather-father-son, newest first (like Anki): the newest backup of each of the last
    ``daily`` days, then of ``weekly`` older weeks, then of ``monthly`` older months."""
    keep: list[Found] = []
    drop: list[Found] = []
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    n_weekly = n_monthly = 0
    extra: dict[date, int] = {}
    for item in sorted(backups, key=lambda f: (f.created, f.path.name), reverse=True):
        day = item.created.date()
        iso = item.created.isocalendar()
        week = (iso.year, iso.week)
        month = (item.created.year, item.created.month)
        recent = now - item.created <= timedelta(days=daily)
        if day in days:
            if recent and item.reason in RISK_REASONS and extra.get(day, 0) < KEEP_RISK_PER_DAY:
                extra[day] = extra.get(day, 0) + 1
                keep.append(item)
            else:
                drop.append(item)
            continue
        if len(days) < daily:
            pass
        elif week not in weeks and n_weekly < weekly:
            n_weekly += 1
        elif month not in months and n_monthly < monthly:
            n_monthly += 1
        else:
            drop.append(item)
            continue
        keep.append(item)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return keep, drop


def rotate(folder: Path, stem: str, now: datetime) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns them. The ``.part`` files of
    backups killed half-way go too, once stale (:func:`store.remove_stale_parts`)."""
    store.remove_stale_parts(store.backup_parts(folder, stem))
    _keep, drop = plan_rotation(list_backups(folder, stem), now)
    removed = []
    for item in drop:
        try:
            item.path.unlink()
            item.path.with_name(item.path.name + ".json").unlink(missing_ok=True)
            removed.append(item.path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", item.path, exc)
    return removed


def backup_now(
    conn: sqlite3.Connection,
    reason: str = "manual",
    *,
    out: Path | None = None,
    clock: Clock = datetime.now,
) -> store.BackupInfo:
    """A verified backup into the backup folder (or to ``out``), then rotation."""
    source = Path(database_path(conn))
    if out is not None:
        is_folder = out.is_dir() or out.suffix.lower() not in (".sqlite", ".db", ".sqlite3")
        target = store.backup_path(out, source, reason, clock()) if is_folder else out
        return store.backup_to(conn, target, reason)
    folder = store.folder_for(conn)
    if folder is None:
        raise CannotRunError("Database di memori tidak dapat dicadangkan.")
    info = store.backup_to(conn, store.backup_path(folder, source, reason, clock()), reason)
    rotate(folder, source.stem, clock())
    store.remove_stale_parts([store.restore_part(source)])
    return info


def daily_if_due(conn: sqlite3.Connection, clock: Clock = datetime.now) -> store.BackupInfo | None:
    """The first start of the day makes a backup (nothing when one exists for today). Every
    start also removes what a killed backup or restore left, once stale."""
    folder = store.folder_for(conn)
    if folder is None:
        return None
    db = Path(database_path(conn))
    stem = db.stem
    store.remove_stale_parts([store.restore_part(db), *store.backup_parts(folder, stem)])
    if _has_backup_of(folder, stem, clock().date()):
        return None
    return backup_now(conn, "harian", clock=clock)


def daily_due(conn: sqlite3.Connection, clock: Clock = datetime.now) -> bool:
    """Whether :func:`daily_if_due` would make a backup now (none of this database today)."""
    folder = store.folder_for(conn)
    if folder is None:
        return False
    return not _has_backup_of(folder, Path(database_path(conn)).stem, clock().date())


def _has_backup_of(folder: Path, stem: str, day: date) -> bool:
    """Whether ``folder`` holds a backup of this database made on ``day`` (as
    :func:`list_backups` names them, new or old style). Runs at every start, so it reads
    only that day's names."""
    if not folder.is_dir():
        return False
    for pattern in (f"{stem} {day:%Y-%m-%d} *.sqlite", f"{stem}-{day:%Y%m%d}-*.sqlite"):
        for path in folder.glob(pattern):
            parsed = store.read_name(path.name)
            if parsed is not None and parsed.stem == stem and parsed.created.date() == day:
                return True
    return False


def newest_verified(folder: Path, stem: str) -> store.BackupInfo | None:
    """The newest backup that opens and passes ``quick_check`` (damaged ones are skipped)."""
    for item in list_backups(folder, stem):
        try:
            return store.verify_file(item.path)
        except CannotRunError as err:
            log.warning("skipping backup %s: %s", item.path, err)
    return None


def set_folder(conn: sqlite3.Connection, folder: str) -> None:
    from ikrar_desktop.services.access import require_admin

    require_admin(conn)
    with write(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (store.FOLDER_SETTING, folder.strip()),
        )


@dataclass(slots=True)
class Restored:
    info: store.BackupInfo
    kept_aside: Path | None
    safety_backup: Path | None


def _move_aside(db: Path, stamp: str) -> Path | None:
    if not db.exists():
        return None
    aside = db.with_name(f"{db.stem}.sebelum-pulih-{stamp}{db.suffix}")
    n = 1
    while aside.exists():  # never overwrite a file kept aside earlier
        aside = db.with_name(f"{db.stem}.sebelum-pulih-{stamp}-{n}{db.suffix}")
        n += 1
    db.replace(aside)
    for tail in ("-wal", "-shm"):
        extra = db.with_name(db.name + tail)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + tail))
    return aside


def restore(
    db: Path, source: Path, *, schema_version: int | None = None, clock: Clock = datetime.now
) -> Restored:
    """Put ``source`` in place of ``db``. Every connection to ``db`` must be closed.

    The backup is verified first; the current file gets a safety backup (when it is healthy)
    and is then renamed aside with a timestamp, never overwritten.
    """
    from ikrar_desktop.store.checkpoint import wait_for_checkpoints
    from ikrar_desktop.store.schema import SCHEMA_VERSION

    wait_for_checkpoints()  # their connections to ``db`` must be gone too
    info = store.verify_file(source)
    if info.schema > (schema_version or SCHEMA_VERSION):
        raise NewerDatabaseError(
            f"Cadangan {source.name} dibuat oleh versi Ikrar Desktop yang lebih baru.",
            "Pasang versi terbaru sebelum memulihkan cadangan ini.",
        )
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    safety = _safety_backup(db, clock)
    staged = db.with_name(db.name + ".pulih.part")
    try:
        with (
            closing(open_destination(source, readonly=True)) as src,
            closing(open_destination(staged)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        store.verify_file(staged, expected=info.counts)
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        raise CannotRunError(
            f"Cadangan tidak dapat disalin ke {db.parent}: {exc}.",
            "Periksa ruang disk dan hak akses; database sekarang tidak diubah.",
        ) from exc
    aside = _move_aside(db, stamp)
    try:
        staged.replace(db)
    except OSError as exc:
        if aside is not None:
            aside.replace(db)
        raise CannotRunError(f"Pemulihan gagal: {exc}.", "Database sekarang tidak diubah.") from exc
    log.info("restored %s from %s (current kept as %s)", db, source, aside)
    return Restored(info, aside, safety)


def _safety_backup(db: Path, clock: Clock) -> Path | None:
    """A backup of the current file before it is replaced, when it is healthy enough."""
    if not db.exists():
        return None
    try:
        conn = connect(db)
    except CannotRunError:
        return None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        folder = store.folder_for(conn) or store.default_folder(db)
        target = store.backup_path(folder, db, "sebelum-pulih", clock())
        # no rotation here: it could remove the very backup being restored
        return store.backup_to(conn, target, "sebelum-pulih").path
    except (CannotRunError, sqlite3.DatabaseError) as exc:
        log.warning("no safety backup before restore: %s", exc)
        return None
    finally:
        conn.close()
