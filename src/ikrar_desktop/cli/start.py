"""Before and after a CLI command: the --db path checked, read-only media, a nearly full disk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikrar_desktop.errors import CannotRunError, UserError

# commands that set up a database where there is none yet (restore and desk import bring one)
CREATES_DATABASE = frozenset({"init", "demo", "restore"})


def _creates(args: argparse.Namespace) -> bool:
    if args.command in CREATES_DATABASE:
        return True
    return args.command == "desk" and getattr(args, "action", None) == "import"


def _needs_no_database(args: argparse.Namespace) -> bool:
    return args.command == "export" and getattr(args, "what", None) == "template"


def check_database_path(args: argparse.Namespace) -> None:
    """Refuse a ``--db`` that is a folder or a file that is not there (a typo, an unplugged flash
    drive) instead of silently starting an empty database; mark reading commands on read-only
    media ``args.readonly`` so they open the file read-only, as the GUI does."""
    from ikrar_desktop.cli.safety import is_read_only
    from ikrar_desktop.paths import Paths
    from ikrar_desktop.store.location import writable

    db = Paths.for_db(args.db).db
    args.readonly = False
    if _needs_no_database(args):
        return
    if db.is_dir():
        raise CannotRunError(
            f"{db} adalah folder, bukan berkas database.",
            f'Sebutkan berkasnya, mis. --db "{db / "ikrar.sqlite"}".',
        )
    if db.exists():
        args.readonly = is_read_only(args) and not writable(db)
        return
    if not args.db:
        return  # the default database is made on first use
    folder = db.parent if str(db.parent) else Path(".")
    if not folder.is_dir():
        raise CannotRunError(
            f"Folder {folder} tidak ada, jadi database {db.name} tidak dapat dibuka atau dibuat.",
            "Periksa penulisan jalur --db dan apakah flash disk/folder jaringannya terpasang; "
            "buat foldernya dulu bila memang database baru.",
        )
    if not _creates(args):
        raise CannotRunError(
            f"Database {db} tidak ditemukan.",
            "Periksa penulisan jalur --db dan apakah flash disk/folder jaringannya terpasang. "
            f'Untuk membuat database baru: ikrar-desktop --db "{db}" init',
        )


def warn_low_space(args: argparse.Namespace, code: int) -> None:
    """After a command that wrote (an import above all), warn when the disk is nearly full."""
    from ikrar_desktop.cli.safety import is_read_only
    from ikrar_desktop.os_errors import low_space_warning
    from ikrar_desktop.paths import Paths

    if code != 0 or is_read_only(args) or _needs_no_database(args):
        return
    warning = low_space_warning(Paths.for_db(args.db).db)
    if warning:
        print(f"Peringatan: {warning}", file=sys.stderr)


def storage_fault(exc: BaseException, args: argparse.Namespace) -> UserError | None:
    """An SQLite error outside a write transaction that is a fault of the disk or the file
    (full, read-only, damaged), worded for the clerk; None for anything else (a bug)."""
    import sqlite3

    from ikrar_desktop.paths import Paths
    from ikrar_desktop.store.connection import is_fault, translate_error

    if isinstance(exc, sqlite3.DatabaseError) and is_fault(exc):
        return translate_error(exc, Paths.for_db(args.db).db)
    return None
