"""Where the database lives: network shares and sync folders break SQLite's locking."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}
)
SYNC_MARKERS = ("onedrive", "google drive", "googledrive", "my drive", "dropbox", "icloud")


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str:
    """The file system type of the mount holding ``path`` (Linux; '' when unknown)."""
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def _windows_remote_drive(path: Path) -> bool:
    if sys.platform != "win32" or not path.drive:
        return False
    import ctypes

    drive_remote = 4
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - Windows only
    return bool(kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote)


def location_warning(db: Path, mounts_file: Path = Path("/proc/mounts")) -> str:
    """A clear warning for a database on a network share or in a sync folder ('' if fine)."""
    text = str(db)
    resolved = db.resolve() if not text.startswith(("\\\\", "//")) else db
    if (
        text.startswith(("\\\\", "//"))
        or _windows_remote_drive(resolved)
        or _mount_type(resolved, mounts_file) in NETWORK_FS
    ):
        where = "folder jaringan"
    elif any(marker in text.lower() for marker in SYNC_MARKERS):
        where = "folder sinkronisasi (OneDrive/Google Drive/Dropbox)"
    else:
        return ""
    return (
        f"Database berada di {where}. Penguncian berkas di sana tidak andal dan data dapat "
        "rusak atau hilang bila dibuka dari dua komputer atau disinkronkan saat terbuka. "
        "Pindahkan database ke disk lokal komputer ini dan simpan cadangannya di tempat lain."
    )


def writable(db: Path) -> bool:
    """Can this program write the database (and its -wal/-shm beside it)?"""
    folder = db.parent
    if db.exists() and not os.access(db, os.W_OK):
        return False
    return os.access(folder, os.W_OK) if folder.exists() else True
