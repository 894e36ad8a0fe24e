"""Files kept inside the database (case evidence, event attachments): size limit, SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Protocol, TypeVar

from ikrar_desktop.errors import NotFoundError, UserError, ValidationError

MAX_BYTES = 20 * 1024 * 1024
SAME, CHANGED, MISSING = "sama", "berubah", "tidak ada"
"""How a file on disk compares with the stored copy it was added from."""


class StoredRow(Protocol):
    """What a stored file's row tells about its bytes."""

    @property
    def file_name(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...


Row = TypeVar("Row", bound=StoredRow)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def too_big(name: str, size: int, limit: int = MAX_BYTES) -> ValidationError:
    return ValidationError(
        f"Berkas {name} terlalu besar ({size / 1024 / 1024:.1f} MB; paling besar "
        f"{limit // 1024 // 1024} MB).",
        hint="Perkecil hasil pindaian (mis. 150 dpi, hitam-putih) atau bagi menjadi "
        "beberapa berkas.",
        field="file_name",
    )


def checked(file_name: str, data: bytes, mime: str = "", *, what: str = "berkas",
            limit: int = MAX_BYTES) -> tuple[str, str]:  # fmt: skip
    """(bare name, MIME type) of a file about to be stored, or why it cannot be."""
    name = Path(file_name).name.strip()
    if not name:
        raise ValidationError(f"Nama {what} wajib diisi.", field="file_name")
    if not data:
        raise ValidationError(f"Berkas {name} kosong.", hint=f"Pilih {what} yang berisi.")
    if len(data) > limit:
        raise too_big(name, len(data), limit)
    return name, mime or mimetypes.guess_type(name)[0] or "application/octet-stream"


def read(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, refusing one over the limit before reading it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > limit:
            raise too_big(source.name, size, limit)
        return source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Berkas {source.name} tidak dapat dibaca ({exc.strerror}).",
            hint="Periksa berkasnya, atau salin dulu ke folder Dokumen.",
        ) from exc


def intact(data: bytes, digest: str, size: int) -> bool:
    """Whether stored bytes are still the ones hashed when they were added."""
    return len(data) == size and sha256(data) == digest


def compare_on_disk(path: str | Path, digest: str) -> str:
    """``sama`` / ``berubah`` / ``tidak ada`` for a file on disk against a recorded hash."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError:
        return MISSING
    return SAME if sha256(data) == digest else CHANGED


def found(blob: tuple[Row, bytes] | None, missing: str) -> tuple[Row, bytes]:
    """A stored file's row and bytes, or ``missing`` as the NotFoundError."""
    if blob is None:
        raise NotFoundError(missing)
    return blob


def untouched(blob: tuple[Row, bytes], error: type[UserError], message: str) -> tuple[Row, bytes]:
    """The row and bytes, refused with ``error(message)`` (``{name}``: the file's name) when
    they no longer match the hash recorded when the file was added."""
    row, data = blob
    if not intact(data, row.sha256, row.size):
        hint = "Laporkan ke pengelola data; pulihkan dari cadangan bila perlu."
        raise error(message.format(name=row.file_name), hint=hint)
    return blob
