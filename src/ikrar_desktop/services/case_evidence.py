"""Evidence files kept inside the database with each case, checked by SHA-256 on every read."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ikrar_desktop.errors import NotFoundError, UserError
from ikrar_desktop.services import stored_files
from ikrar_desktop.services.events import default_operator
from ikrar_desktop.services.stored_files import sha256
from ikrar_desktop.store import cases as store
from ikrar_desktop.store.cases import EvidenceRow
from ikrar_desktop.store.clock import now_iso
from ikrar_desktop.store.connection import write

MAX_EVIDENCE_BYTES = stored_files.MAX_BYTES


class EvidenceTamperedError(UserError):
    """The stored bytes no longer match the hash recorded when the file was added."""


@dataclass(slots=True)
class EvidenceCheck:
    evidence: EvidenceRow
    ok: bool
    actual: str


def add_evidence(
    conn: sqlite3.Connection,
    case_id: int,
    file_name: str,
    data: bytes,
    mime: str = "",
    operator: str | None = None,
) -> EvidenceRow:
    """Store one file (scan, screenshot, PDF) with its size and hash."""
    name, kind = stored_files.checked(
        file_name, data, mime, what="berkas bukti", limit=MAX_EVIDENCE_BYTES
    )
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
    return add_evidence(conn, case_id, source.name, stored_files.read(source, MAX_EVIDENCE_BYTES))


def _blob(conn: sqlite3.Connection, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    return stored_files.found(store.evidence_blob(conn, evidence_id),
                              f"Berkas bukti dengan id {evidence_id} tidak ditemukan.")  # fmt: skip


def read_evidence(conn: sqlite3.Connection, evidence_id: int) -> tuple[EvidenceRow, bytes]:
    """The file's bytes, refused when they do not match the hash recorded at upload."""
    return stored_files.untouched(
        _blob(conn, evidence_id),
        EvidenceTamperedError,
        "Berkas bukti {name} tidak cocok dengan sidik (SHA-256) yang dicatat saat diunggah: "
        "isinya telah diganti atau rusak.",
    )


def verify_evidence(conn: sqlite3.Connection, case_id: int) -> list[EvidenceCheck]:
    """Recompute every file's hash of one case."""
    out = []
    for row in store.list_evidence(conn, case_id):
        data = _blob(conn, row.id)[1]
        out.append(EvidenceCheck(row, stored_files.intact(data, row.sha256, row.size),
                                 sha256(data)))  # fmt: skip
    return out


def matches_file(conn: sqlite3.Connection, evidence_id: int, path: str | Path) -> bool:
    """Whether a file on disk is the one stored (e.g. the original scan the clerk still has)."""
    row = _blob(conn, evidence_id)[0]
    return stored_files.compare_on_disk(path, row.sha256) == stored_files.SAME
