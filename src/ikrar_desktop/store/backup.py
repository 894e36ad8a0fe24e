"""Backups with SQLite's backup API (never a file copy), verified after writing."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.store.connection import database_path


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``conn`` to ``target`` and check it (quick_check)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise CannotRunError(f"Cadangan {target.name} gagal diperiksa ({ok}).")
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise CannotRunError(
            f"Cadangan database tidak dapat ditulis ke {target.parent}: {exc}.",
            "Periksa ruang disk dan hak akses folder cadangan; data Anda tidak diubah.",
        ) from exc
    return target


def backup_before(conn: sqlite3.Connection, reason: str) -> Path | None:
    """A backup in ``backups/`` beside the database before a risky change (None in memory)."""
    source = database_path(conn)
    if not source:
        return None
    folder = Path(source).parent / "backups"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_to(conn, folder / f"{Path(source).stem}-{stamp}-{reason}.sqlite")
