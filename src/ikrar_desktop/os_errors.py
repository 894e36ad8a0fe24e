"""Failures of the disk and the operating system (full, no permission, read-only) in Indonesian."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from ikrar_desktop.errors import CannotRunError

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
DISK_FULL_HINT = (
    "Kosongkan ruang disk (hapus berkas yang tidak perlu, atau pindahkan cadangan lama ke "
    "media lain), lalu ulangi. Data yang sudah tersimpan tetap utuh."
)
# an import that leaves less than this free (or less than twice the database) is warned about
LOW_SPACE_BYTES = 200 * 1024 * 1024

_REASONS = {
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.EROFS: "media hanya-baca",
    errno.ENOENT: "tidak ditemukan",
    errno.ENOTDIR: "bagian jalurnya bukan folder",
    errno.EISDIR: "itu sebuah folder",
    errno.EIO: "galat baca/tulis disk",
    errno.ENAMETOOLONG: "nama terlalu panjang",
    errno.EEXIST: "sudah ada",
    errno.EBUSY: "sedang dipakai program lain",
}


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def reason(exc: OSError) -> str:
    """Why an operation failed, in a few Indonesian words (never the English strerror)."""
    if is_disk_full(exc):
        return "disk penuh"
    if isinstance(exc, PermissionError):
        return "izin ditolak"
    return _REASONS.get(exc.errno or 0, f"galat sistem {exc.errno or '?'}")


def explain(exc: OSError, path: str | Path | None = None) -> CannotRunError:
    """The clerk-facing error for an OSError (exit 2: the program cannot do its work)."""
    where = str(path or exc.filename or "")
    if is_disk_full(exc):
        target = f" saat menulis {where}" if where else ""
        return CannotRunError(f"Disk penuh{target}: pekerjaan ini tidak selesai.", DISK_FULL_HINT)
    if where:
        message = f"Berkas atau folder {where} tidak dapat dipakai ({reason(exc)})."
    else:
        message = f"Operasi berkas gagal ({reason(exc)})."
    if exc.errno == errno.EROFS or isinstance(exc, PermissionError):
        hint = "Pilih folder yang dapat Anda tulisi (mis. Dokumen), atau periksa hak aksesnya."
    elif exc.errno == errno.EISDIR:
        hint = "Sebutkan nama berkas, bukan folder."
    else:
        hint = "Periksa jalurnya, disk atau flash disk-nya, lalu ulangi."
    return CannotRunError(message, hint)


def low_space_warning(db: Path) -> str:
    """A warning when the disk of ``db`` is nearly full after a write ('' when there is room)."""
    try:
        free = shutil.disk_usage(db.parent if str(db.parent) else Path(".")).free
        size = os.stat(db).st_size if db.exists() else 0
    except OSError:
        return ""
    if free >= LOW_SPACE_BYTES and free >= 2 * size:
        return ""
    return (
        f"Ruang disk hampir habis: tinggal {free / 1024 / 1024:.0f} MB "
        f"(database {size / 1024 / 1024:.0f} MB). Kosongkan ruang disk sebelum pekerjaan "
        "berikutnya; cadangan dan impor berikutnya bisa gagal."
    )
