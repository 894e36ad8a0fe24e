"""Certificate numbers from a gap-free register and verification codes checked offline."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import re
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ikrar_desktop.services import numbering
from ikrar_desktop.store import certificates as cert_store
from ikrar_desktop.store import settings as settings_store
from ikrar_desktop.store.certificates import CertificateRow
from ikrar_desktop.store.connection import write

DEFAULT_PATTERN = numbering.DOC_TYPES["sertifikat"][1]
SECRET_KEY = "certificate_secret"
CODE_LENGTH = 12  # 60 bits of HMAC: short enough to type, far too many to guess
VALID, VOID, UNKNOWN = "valid", "void", "unknown"
_TYPO = str.maketrans({"0": "O", "1": "I", "8": "B"})  # digits base32 never uses


def validate_pattern(pattern: str) -> str:
    """The pattern's canonical spelling (see :mod:`services.numbering`)."""
    return numbering.validate_pattern(pattern)


def format_number(pattern: str, seq: int, when: datetime.date, kode: str = "") -> str:
    return numbering.format_number(pattern, seq, when, kode)


def get_pattern(conn: sqlite3.Connection) -> str:
    return numbering.pattern_for(conn, "sertifikat")


def _secret(conn: sqlite3.Connection) -> bytes:
    """The per-database HMAC key; created inside the caller's write transaction if missing."""
    found = settings_store.read_all(conn).get(SECRET_KEY)
    if not found:
        found = secrets.token_hex(32)
        settings_store.write_all(conn, {SECRET_KEY: found})
    return bytes.fromhex(found)


def make_code(secret: bytes, number: str, event_id: int, employee_id: int, name: str) -> str:
    message = f"{number}|{event_id}|{employee_id}|{name}".encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    raw = base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(typed: str) -> str:
    """What the clerk typed or the scanner read → "ABCD-EFGH-JKLM" (or "" if not a code)."""
    text = typed.strip().upper()
    text = text.removeprefix("IKRAR-SERT:")
    raw = re.sub(r"[^A-Z0-9]", "", text).translate(_TYPO)
    if len(raw) != CODE_LENGTH or not re.fullmatch(r"[A-Z2-7]+", raw):
        return ""
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


@dataclass(slots=True)
class Wanted:
    """Someone who should hold a certificate of the event."""

    employee_id: int
    name: str


@dataclass(slots=True)
class Issued:
    rows: list[CertificateRow]
    new: int  # numbers issued by this call


def issue(
    conn: sqlite3.Connection,
    event_id: int,
    people: Sequence[Wanted],
    when: datetime.date,
    *,
    stamp: str,
    kode: str = "",
    unit: str = "",
) -> Issued:
    """The live certificate of each person, numbering those without one.

    max(seq)+1 is read inside the same BEGIN IMMEDIATE transaction as the inserts, so two
    PCs (or two windows) never take the same number and no number is skipped.
    """
    pattern = get_pattern(conn)
    with write(conn):
        live = cert_store.live_for_event(conn, event_id)
        missing = [p for p in people if p.employee_id not in live]
        if missing:
            numbering.check_code(pattern, kode, unit)
            secret = _secret(conn)
            seq = numbering.next_seq(conn, pattern, when.year) - 1
            for person in missing:
                seq += 1
                number = format_number(pattern, seq, when, kode)
                code = make_code(secret, number, event_id, person.employee_id, person.name)
                cert_store.insert(conn, {
                    "number": number, "pattern": pattern, "year": when.year, "seq": seq,
                    "event_id": event_id, "employee_id": person.employee_id,
                    "name": person.name, "code": code, "issued_at": stamp,
                })  # fmt: skip
            live = cert_store.live_for_event(conn, event_id)
    return Issued([live[p.employee_id] for p in people], len(missing))


def mark_printed(conn: sqlite3.Connection, rows: Sequence[CertificateRow], stamp: str) -> None:
    """Count a print; the second and later prints are reprints with the same number."""
    with write(conn):
        cert_store.mark_printed(conn, [r.id for r in rows], stamp)


def void(conn: sqlite3.Connection, number: str, reason: str, *, stamp: str) -> CertificateRow:
    """Void a certificate; its number stays used and a new print gets a new number."""
    return numbering.void_in(conn, number, reason, stamp=stamp, find=cert_store.by_number,
                             mark=cert_store.void,
                             empty="Alasan pembatalan sertifikat wajib diisi.",
                             missing=f"Sertifikat nomor {number} tidak ditemukan.")  # fmt: skip


@dataclass(slots=True)
class Verification:
    status: str  # valid / void / unknown
    code: str
    certificate: CertificateRow | None = None
    event_title: str = ""

    @property
    def message(self) -> str:
        if self.status == VALID and self.certificate:
            return (
                f"SAH: sertifikat {self.certificate.number} atas nama {self.certificate.name}"
                f" ({self.event_title})."
            )
        if self.status == VOID and self.certificate:
            return (
                f"DIBATALKAN: sertifikat {self.certificate.number} atas nama "
                f"{self.certificate.name} dibatalkan ({self.certificate.void_reason})."
            )
        return "TIDAK DIKENAL: kode ini tidak tercatat di database ini."

    def as_dict(self) -> dict[str, object]:
        cert = self.certificate.as_dict() if self.certificate else None
        return {"status": self.status, "code": self.code, "message": self.message,
                "event_title": self.event_title, "certificate": cert}  # fmt: skip


def verify(conn: sqlite3.Connection, typed: str) -> Verification:
    """Check a scanned or typed code against the register; a changed character or an edited
    row (number, person, name) makes it unknown."""
    code = normalize_code(typed)
    row = cert_store.by_code(conn, code) if code else None
    if row is None:
        return Verification(UNKNOWN, code or typed.strip())
    found = settings_store.read_all(conn).get(SECRET_KEY, "")
    expected = make_code(bytes.fromhex(found), row.number, row.event_id, row.employee_id, row.name)
    if not hmac.compare_digest(expected, code):
        return Verification(UNKNOWN, code)
    title_row = conn.execute("SELECT title FROM events WHERE id = ?", (row.event_id,)).fetchone()
    title = str(title_row[0]) if title_row else ""
    return Verification(VALID if row.voided_at is None else VOID, code, row, title)
