"""Evidence files kept inside the database with each case, checked by SHA-256 on every read."""

from __future__ import annotations

import hashlib
import mimetypes
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.services.events import default_operator
from ikrar_desktop.store import cases as store
from ikrar_desktop.store.cases import EvidenceRow
from ikrar_desktop.store.clock import now_iso
from ikrar_desktop.store.connection import write

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class EvidenceTamperedError(UserError):
    """The stored bytes no longer match the hash recorded when the file was added."""


@dataclass(slots=True)
class EvidenceCheck:
    evidence: EvidenceRow
    ok: bool
    actual: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        f"Berkas {name} terlalu besar ({size / 1024 / 1024:.1f} MB; paling besar "
        f"{MAX_EVIDENCE_BYTES // 1024 // 1024} MB).",
        hint="Perkecil hasil pindaian (mis. 150 dpi, hitam-putih) atau bagi menjadi "
        "beberapa berkas.",
        field="file_name",
    )


def add_evidence(
    conn: sqlite3.Connection,
    case_id: int,
    file_name: str,
    data: bytes,
    mime: str = "",
    operator: str | None = None,
) -> EvidenceRow:
    """Store one file (scan, screenshot, PDF) with its size and hash."""
    name = Path(file_name).name.strip()
    if not name:
        raise ValidationError("Nama berkas bukti wajib diisi.", field="file_name")
    if not data:
        raise ValidationError(f"Berkas {name} kosong.", hint="Pilih berkas bukti yang berisi.")
    if len(data) > MAX_EVIDENCE_BYTES:
        raise _too_big(name, len(data))
    kind = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with write(conn):
        if store.get_case(conn, case_id) is None:
            raise NotFoundError(f"Kasus dengan id {case_id} tidak ditemukan.")
        new_id = store.insert_evidence(
            conn,
            {
                "case_id": case_id,
                "file_name": name,
                "mime": kind,
                "size": len(data),
                "sha256": sha256(data),
                "data": data,
                "operator": default_operator(conn) if operator is None else operator,
                "added_at": now_iso(),
            },
        )
    return _blob(conn, new_id)[0]


def add_evidence_file(conn: sqlite3.Connection, case_id: int, path: str | Path) -> EvidenceRow:
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise _too_big(source.name, size)
        data = source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Berkas {source.name} tidak dapat dibaca ({exc.strerror}).",
            hint="Periksa berkasnya, atau salin dulu ke folder Dokumen.",
        ) from exc
    return add_evidence(conn, case_id, source.name, data)


def _blob(conn: sqlite3.Connection, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    found = store.evidence_blob(conn, evidence_id)
    if found is None:
        raise NotFoundError(f"Berkas bukti dengan id {evidence_id} tidak ditemukan.")
    return found


def read_evidence(conn: sqlite3.Connection, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    """The file's bytes, refused when they do not match the hash recorded at upload."""
    row, data = _blob(conn, evidence_id)
    if sha256(data) != row.sha256 or len(data) != row.size:
        raise EvidenceTamperedError(
            f"Berkas bukti {row.file_name} tidak cocok dengan sidik (SHA-256) yang dicatat "
            "saat diunggah: isinya telah diganti atau rusak.",
            hint="Laporkan ke pengelola data; pulihkan dari cadangan bila perlu.",
        )
    return row, data


def verify_evidence(conn: sqlite3.Connection, case_id: int) -> list[EvidenceCheck]:
    """Recompute every file's hash of one case."""
    out = []
    for row in store.list_evidence(conn, case_id):
        data = _blob(conn, row.id)[1]
        actual = sha256(data)
        out.append(EvidenceCheck(row, actual == row.sha256 and len(data) == row.size, actual))
    return out


def matches_file(conn: sqlite3.Connection, evidence_id: int, path: str | Path) -> bool:
    """Whether a file on disk is the one stored (e.g. the original scan the clerk still has)."""
    row = _blob(conn, evidence_id)[0]
    return sha256(Path(path).read_bytes()) == row.sha256
