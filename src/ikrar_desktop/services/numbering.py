"""Number patterns per document type and the gap-free register that issues, reprints and voids."""

from __future__ import annotations

import datetime
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ikrar_desktop.domain.dates import roman_month
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.store import numbers as number_store
from ikrar_desktop.store import settings as settings_store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.numbers import NumberRow

# document type → (settings key, default pattern, label)
DOC_TYPES: dict[str, tuple[str, str, str]] = {
    "sertifikat": ("nomor_sertifikat", "800/{n:4}/BKPSDM/{tahun}", "sertifikat"),
    "berita-acara": ("nomor_berita_acara", "800/{n:3}/BA/{tahun}", "berita acara"),
    "tindak-lanjut": ("nomor_tindak_lanjut", "800/{n:3}/TL/{tahun}", "surat tindak lanjut"),
    "laporan": ("nomor_laporan", "800/{n:3}/LAP/{tahun}", "laporan"),
    "undangan": ("nomor_undangan", "005/{n:3}/UND/{tahun}", "surat undangan"),
}
LEGACY_CERTIFICATE_KEY = "certificate_pattern"  # before issue 18
FIELDS = ("n", "kode", "tahun", "bulan", "bulan_romawi")
HINT = (
    "Contoh: 800/{n:3}/{kode}/{tahun} atau 800/{n}/BA/{bulan_romawi}/{tahun}. Bagian yang "
    "dikenal: {n} (nomor urut, {n:3} → 007), {kode} (kode unit), {tahun}, {bulan}, "
    "{bulan_romawi}."
)
_FIELD = re.compile(r"\{([^{}]*)\}")
_WIDTH = re.compile(r"0?(\d)d?")


def _parts(text: str) -> list[tuple[str, str]]:
    """(field, width) of each {…} in a pattern, refusing stray braces and unknown fields."""
    if _FIELD.sub("", text).count("{") or _FIELD.sub("", text).count("}"):
        raise ValidationError(f"Pola nomor '{text}' tidak dapat dibaca.", HINT, "pattern")
    out = []
    for inner in _FIELD.findall(text):
        name, _, spec = inner.partition(":")
        name = "n" if name == "urut" else name  # the certificate patterns of before issue 18
        if name not in FIELDS:
            raise ValidationError(f"Bagian '{{{inner}}}' tidak dikenal.", HINT, "pattern")
        if spec and (name != "n" or not _WIDTH.fullmatch(spec)):
            raise ValidationError(f"Bagian '{{{inner}}}' tidak dapat dipakai.", HINT, "pattern")
        match = _WIDTH.fullmatch(spec) if spec else None
        out.append((name, match.group(1) if match else ""))
    return out


def validate_pattern(pattern: str) -> str:
    """The pattern in its canonical spelling ({urut:04d} → {n:4}); it must hold {n} once and
    {tahun} (the counter restarts each year) and only known fields."""
    text = " ".join(pattern.split())
    names = [name for name, _ in _parts(text)]
    if names.count("n") != 1 or "tahun" not in names:
        raise ValidationError(
            f"Pola nomor '{text}' harus memuat {{n}} tepat sekali dan {{tahun}}.", HINT, "pattern"
        )

    def canonical(match: re.Match[str]) -> str:
        name, _, spec = match.group(1).partition(":")
        if name in ("n", "urut"):
            width = _WIDTH.fullmatch(spec) if spec else None
            return "{n:" + width.group(1) + "}" if width else "{n}"
        return "{" + name + "}"

    return _FIELD.sub(canonical, text)


def spellings(pattern: str) -> list[str]:
    """The canonical pattern and its spelling before issue 18 ({n:4} was {urut:04d}): numbers
    issued under either continue one counter."""

    def legacy(match: re.Match[str]) -> str:
        name, _, width = match.group(1).partition(":")
        if name == "n":
            return "{urut:0" + width + "d}" if width else "{urut}"
        return match.group(0)

    old = _FIELD.sub(legacy, pattern)
    return [pattern] if old == pattern else [pattern, old]


def format_number(pattern: str, seq: int, when: datetime.date, kode: str = "") -> str:
    def field(match: re.Match[str]) -> str:
        name, _, spec = match.group(1).partition(":")
        if name in ("n", "urut"):
            width = _WIDTH.fullmatch(spec) if spec else None
            return str(seq).zfill(int(width.group(1))) if width else str(seq)
        values = {"kode": kode, "tahun": str(when.year), "bulan": f"{when.month:02d}",
                  "bulan_romawi": roman_month(when.month)}  # fmt: skip
        return values[name]

    return _FIELD.sub(field, pattern)


def needs_code(pattern: str) -> bool:
    return "{kode}" in pattern


def _doc(doc_type: str) -> tuple[str, str, str]:
    if doc_type not in DOC_TYPES:
        raise ValidationError(
            f"Jenis dokumen '{doc_type}' tidak dikenal.",
            "Nilai yang sah: " + ", ".join(DOC_TYPES) + ".",
        )
    return DOC_TYPES[doc_type]


def pattern_for(conn: sqlite3.Connection, doc_type: str) -> str:
    key, default, _ = _doc(doc_type)
    raw = settings_store.read_all(conn)
    found = raw.get(key) or (raw.get(LEGACY_CERTIFICATE_KEY) if doc_type == "sertifikat" else "")
    return validate_pattern(found or default)


def next_seq(conn: sqlite3.Connection, pattern: str, year: int) -> int:
    """max+1 over every spelling of the pattern; call inside the write that inserts it."""
    return number_store.max_seq(conn, spellings(pattern), year) + 1


def check_code(pattern: str, kode: str, unit: str) -> None:
    if needs_code(pattern) and not kode:
        raise UserError(
            f"Pola nomor '{pattern}' memakai {{kode}}, tetapi unit '{unit or '-'}' belum "
            "punya kode.",
            f'Isi kodenya di halaman Unit Kerja atau: ikrar-desktop unit set "{unit}" --code KODE',
        )


@dataclass(slots=True)
class Issued:
    row: NumberRow
    new: bool


def issue(
    conn: sqlite3.Connection,
    doc_type: str,
    subject: str,
    when: datetime.date,
    *,
    kode: str = "",
    unit: str = "",
    stamp: str,
) -> Issued:
    """The live number of a document (a reprint keeps it), or the next free one of its
    pattern and year, read and taken in one BEGIN IMMEDIATE transaction."""
    pattern = pattern_for(conn, doc_type)
    with write(conn):
        found = number_store.live(conn, doc_type, subject)
        if found is not None:
            return Issued(found, False)
        check_code(pattern, kode, unit)
        seq = next_seq(conn, pattern, when.year)
        number_store.insert(conn, {
            "doc_type": doc_type, "subject": subject,
            "number": format_number(pattern, seq, when, kode), "pattern": pattern,
            "year": when.year, "seq": seq, "issued_at": stamp,
        })  # fmt: skip
        row = number_store.live(conn, doc_type, subject)
    assert row is not None
    return Issued(row, True)


def mark_printed(conn: sqlite3.Connection, row: NumberRow, stamp: str) -> None:
    with write(conn):
        number_store.mark_printed(conn, row.id, stamp)


def void(conn: sqlite3.Connection, number: str, reason: str, *, stamp: str) -> NumberRow:
    """Void a number with a reason (audited); it stays used and the next print takes a new one."""
    return void_in(conn, number, reason, stamp=stamp, find=number_store.by_number,
                   mark=number_store.void, empty="Alasan pembatalan nomor wajib diisi.",
                   missing=f"Nomor {number} tidak ada di register.")  # fmt: skip


class Voidable(Protocol):
    """A row of a register whose numbers are voided, never deleted."""

    @property
    def id(self) -> int: ...
    @property
    def voided_at(self) -> str | None: ...


Row = TypeVar("Row", bound=Voidable)


def void_in(
    conn: sqlite3.Connection,
    number: str,
    reason: str,
    *,
    stamp: str,
    find: Callable[[sqlite3.Connection, str], Row | None],
    mark: Callable[[sqlite3.Connection, int, str, str], None],
    empty: str,
    missing: str,
) -> Row:
    """Void ``number`` in a register (``find`` reads it, ``mark`` voids it) with a reason;
    voiding a voided number again changes nothing. ``empty`` and ``missing`` say why not."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(empty, field="reason")
    with write(conn):
        row = find(conn, number.strip())
        if row is None:
            raise NotFoundError(missing)
        if row.voided_at is None:
            mark(conn, row.id, reason, stamp)
    found = find(conn, number.strip())
    assert found is not None
    return found
