"""Atomic file output: a crash or cancel never leaves a half-written PDF that looks finished."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.os_errors import explain, is_disk_full, reason


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it into place."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = _create_temp(folder, target.name)
    except OSError as exc:
        raise CannotRunError(
            f"Folder {folder} tidak dapat ditulisi ({reason(exc)}).",
            "Pilih folder lain untuk menyimpan berkas PDF.",
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise explain(exc, target) from exc
        if isinstance(exc, OSError):
            raise CannotRunError(
                f"Berkas {target.name} tidak dapat disimpan ({reason(exc)}).",
                "Tutup berkas itu bila sedang dibuka program lain, atau pilih nama lain.",
            ) from exc
        raise
    _fsync_dir(folder)
    return target


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new hidden file beside the target, with the permissions the user's umask gives any
    new file (as the xlsx exports get), not mkstemp's owner-only 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), str(tmp)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
