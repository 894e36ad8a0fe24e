"""A printed audit fingerprint ("N · xxxx-xxxx-xxxx-xxxx") checked against the chain in the file."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ikrar_desktop.errors import ValidationError
from ikrar_desktop.store.audit import fingerprint_of, head
from ikrar_desktop.store.audit_check import AuditReport, verify_chain

SHORT, FULL = 16, 64  # hex digits printed on paper; a whole SHA-256 (from --json) also works
HEX = re.compile(r"[0-9a-f]+")
TOKEN = re.compile(r"[0-9a-z]+")
EXPECTED = 'nomor catatan lalu 16 huruf/angka sidik, mis. "1555 · 9f3a-07c2-1b4d-88e0"'
MATCH, CHANGED, BEYOND = "cocok", "berbeda", "melampaui"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    seq: int
    prefix: str  # lower-case hex: the 16 printed digits, or a whole hash

    def __str__(self) -> str:
        return fingerprint_of(self.seq, self.prefix)


def _refuse(message: str) -> ValidationError:
    return ValidationError(
        message,
        f"Ketik sidik persis seperti tercetak: {EXPECTED}. Spasi, titik tengah, tanda hubung "
        "dan huruf besar/kecil boleh diabaikan.",
        field="fingerprint",
    )


def parse_fingerprint(text: str) -> Fingerprint:
    """Read a fingerprint as printed or typed: any separators, any case, a label in front
    ("Sidik jejak audit: …") ignored; the record number N is required ("1.555" is 1555)."""
    lowered = text.lower()
    spans = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(lowered)]
    if not spans:
        raise _refuse("Sidik jejak audit kosong.")
    last, start, _end = spans.pop()
    if len(last) > SHORT and HEX.fullmatch(last):
        # one glued run: the whole hash, or N written straight before the 16 digits
        if len(last) == FULL or (spans and spans[-1][0].isdigit()):
            digits = last  # a number already stands before it: a wrong length is refused
        else:
            digits = last[-SHORT:]
            spans.append((last[:-SHORT], start, start + len(last) - SHORT))
    else:
        digits = last
        while len(digits) < SHORT and spans and HEX.fullmatch(spans[-1][0]):
            if len(digits) + len(spans[-1][0]) > SHORT:
                break
            digits = spans.pop()[0] + digits
    if not HEX.fullmatch(digits) or len(digits) not in (SHORT, FULL):
        raise _refuse(
            f'"{text.strip()}" tidak terbaca sebagai sidik jejak audit: bagian sidiknya harus '
            f"{SHORT} huruf/angka heksadesimal (0–9, a–f)."
        )
    if not spans or not spans[-1][0].isdigit():
        raise _refuse(
            "Nomor catatan pada sidik tidak ada: tanpa nomor itu sidik tidak dapat dicocokkan."
        )
    number, first, _ = spans.pop()
    # thousands written with a dot or comma ("1.555 · …") belong to the same number
    while (
        spans
        and spans[-1][0].isdigit()
        and len(number) % 4 == 3
        and len(spans[-1][0]) <= 3
        and lowered[spans[-1][2] : first] in (".", ",")
    ):
        group, first, _ = spans.pop()
        number = group + "." + number
    return Fingerprint(int(number.replace(".", "")), digits)


@dataclass(frozen=True, slots=True)
class AnchorResult:
    printed: Fingerprint
    status: str  # cocok | berbeda | melampaui
    head_seq: int  # the last record of the chain in the database now
    stored: str  # record N's fingerprint in the database now ("" if it has none)
    first_changed: int | None  # the first record found changed, when the file can tell
    message: str
    hint: str = ""

    @property
    def ok(self) -> bool:
        return self.status == MATCH

    def as_dict(self) -> dict[str, object]:
        return {
            "fingerprint": str(self.printed),
            "seq": self.printed.seq,
            "match": self.ok,
            "status": self.status,
            "head_seq": self.head_seq,
            "stored": self.stored,
            "first_changed": self.first_changed,
            "changed_at_or_before": self.printed.seq if self.status == CHANGED else None,
            "message": self.message,
            "hint": self.hint,
        }


def check_anchor(
    conn: sqlite3.Connection, printed: Fingerprint, checked: AuditReport | None = None
) -> AnchorResult:
    """Whether the chain's record N still has the printed hash, and the links up to it still
    hold. One snapshot; reads only. ``checked``: a whole-chain check of this database just
    made (``check`` does one anyway), whose broken links are used instead of recomputing."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
        return AnchorResult(
            printed, BEYOND, -1, "", None, "Database ini belum memiliki jejak audit."
        )
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        head_seq, _ = head(conn)
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (printed.seq,)).fetchone()
        report = AuditReport()
        if checked is not None:
            report.problems = [
                p for p in checked.problems if p.seq is not None and p.seq <= printed.seq
            ]
        elif printed.seq <= head_seq:
            verify_chain(conn, report, upto=printed.seq, links_only=True)
    finally:
        if began:
            conn.execute("COMMIT")
    return _judge(printed, head_seq, str(row[0]) if row else None, report)


def _judge(
    printed: Fingerprint, head_seq: int, stored_hash: str | None, report: AuditReport
) -> AnchorResult:
    n = printed.seq
    if n > head_seq:
        return AnchorResult(
            printed,
            BEYOND,
            head_seq,
            "",
            None,
            f"Sidik menyebut catatan audit nomor {n}, tetapi jejak audit di database ini hanya "
            f"sampai nomor {head_seq}. Database ini lebih tua daripada kertasnya (misalnya "
            "dipulihkan dari cadangan lama, atau salinan dari komputer lain), atau catatan "
            "terakhirnya telah dihapus.",
            "Pastikan database yang dibuka adalah database yang dipakai saat dokumen dicetak.",
        )
    if stored_hash is None:
        return AnchorResult(
            printed,
            CHANGED,
            head_seq,
            "",
            n,
            f"Catatan audit nomor {n} tidak ada lagi di database (dihapus di luar program).",
            "Pulihkan dari cadangan yang sidiknya cocok, dan laporkan perubahan di luar program.",
        )
    stored = fingerprint_of(n, stored_hash)
    broken = [p for p in report.problems if p.kind == "chain" and p.seq is not None]
    same = stored_hash.startswith(printed.prefix)
    if same and not broken:
        return AnchorResult(
            printed,
            MATCH,
            head_seq,
            stored,
            None,
            f"Catatan audit nomor {n} masih bersidik {printed}. Seluruh jejak audit dari "
            f"catatan awal sampai nomor {n} sama seperti saat sidik itu dicetak.",
        )
    if broken:
        first = min(broken, key=lambda p: p.seq or 0)
        tail = (
            f" Catatan nomor {n} sendiri masih bersidik seperti tercetak, tetapi rantai "
            "sebelumnya tidak lagi utuh."
            if same
            else f" Catatan nomor {n} kini bersidik {stored}, bukan {printed}."
        )
        return AnchorResult(
            printed,
            CHANGED,
            head_seq,
            stored,
            first.seq,
            f"Catatan audit pertama yang berbeda adalah nomor {first.seq}. {first.message}{tail}",
            "Pulihkan dari cadangan yang sidiknya cocok, dan laporkan perubahan di luar program.",
        )
    return AnchorResult(
        printed,
        CHANGED,
        head_seq,
        stored,
        None,
        f"Catatan audit nomor {n} kini bersidik {stored}, bukan {printed}. Rantai "
        "di database tersambung rapi, jadi bila sidik itu terketik benar, jejak audit telah "
        f"ditulis ulang di luar program: sedikitnya satu catatan dari nomor 0 sampai {n} "
        "diubah. Database ini sendiri tidak dapat menunjukkan catatan yang mana.",
        "Periksa dulu ketikan sidik pada kertas. Bila benar: sidik yang tercetak lebih awal "
        "(dokumen lama, manifest cadangan) mempersempit letaknya, dan cadangan yang sidiknya "
        "masih cocok menyimpan isi aslinya.",
    )
