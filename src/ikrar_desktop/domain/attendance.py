"""Attendance vocabulary, event kinds and states, default pledge texts and the desk's rules."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import UserError, ValidationError

# Attendance statuses (CLI slugs), their labels and the short codes used on paper.
HADIR = "hadir"
IZIN = "izin"
SAKIT = "sakit"
CUTI = "cuti"
DINAS_LUAR = "dinas-luar"
TUGAS_BELAJAR = "tugas-belajar"
TANPA_KETERANGAN = "tanpa-keterangan"

STATUSES: tuple[str, ...] = (
    HADIR, IZIN, SAKIT, CUTI, DINAS_LUAR, TUGAS_BELAJAR, TANPA_KETERANGAN,
)  # fmt: skip
EXCUSED: tuple[str, ...] = (IZIN, SAKIT, CUTI, DINAS_LUAR, TUGAS_BELAJAR)
STATUS_LABELS: dict[str, str] = {
    HADIR: "Hadir",
    IZIN: "Izin",
    SAKIT: "Sakit",
    CUTI: "Cuti",
    DINAS_LUAR: "Dinas Luar",
    TUGAS_BELAJAR: "Tugas Belajar",
    TANPA_KETERANGAN: "Tanpa Keterangan",
}
STATUS_CODES: dict[str, str] = {
    HADIR: "H",
    IZIN: "I",
    SAKIT: "S",
    CUTI: "C",
    DINAS_LUAR: "DL",
    TUGAS_BELAJAR: "TB",
    TANPA_KETERANGAN: "TK",
}
# The two states beside the statuses: signed later at the unit, and not obliged at all.
SUSULAN = "susulan"
TIDAK_WAJIB = "tidak-wajib"
STATE_LABELS: dict[str, str] = {SUSULAN: "Susulan", TIDAK_WAJIB: "Tidak wajib"}
BELUM_LABEL = "Belum tercatat"

# Event kinds and states.
KIND_LABELS: dict[str, str] = {
    "ikrar": "Ikrar Netralitas",
    "pakta": "Penandatanganan Pakta Integritas",
    "deklarasi": "Deklarasi",
    "sosialisasi": "Sosialisasi",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)
DRAFT = "draft"
OPEN = "open"
CLOSED = "closed"
EVENT_STATES: tuple[str, ...] = (DRAFT, OPEN, CLOSED)
EVENT_STATE_LABELS: dict[str, str] = {DRAFT: "Draf", OPEN: "Berlangsung", CLOSED: "Ditutup"}

# Log actions (attendance_log.action).
ACT_STATUS = "status"
ACT_PAKTA = "pakta"
ACT_PIN = "pin"
ACT_SUSULAN = "susulan"
ACT_OBLIGED = "obliged"
ACT_WALK_IN = "walk-in"
ACT_ADDED = "added"
ACT_UNDO = "undo"
ACT_EVENT = "event"
ACTION_LABELS: dict[str, str] = {
    ACT_STATUS: "Status kehadiran",
    ACT_PAKTA: "Pakta ditandatangani",
    ACT_PIN: "PIN diterima",
    ACT_SUSULAN: "Tanda tangan susulan",
    ACT_OBLIGED: "Wajib/tidak wajib",
    ACT_WALK_IN: "Ditambahkan di meja hadir",
    ACT_ADDED: "Ditambahkan ke daftar",
    ACT_UNDO: "Pembatalan",
    ACT_EVENT: "Status kegiatan",
}

UNDO_FREE_SECONDS = 60
"""An action older than this may only be undone with a written reason."""

DEFAULT_IKRAR_TEXT = (
    "Dalam rangka menyukseskan pelaksanaan Pemilu dan Pemilihan Tahun 2024, kami berikrar:\n"
    "1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN di instansi masing-masing dalam "
    "melaksanakan fungsi pelayanan publik baik sebelum, selama, maupun sesudah pelaksanaan "
    "Pemilu dan Pemilihan Tahun 2024;\n"
    "2. Menghindari konflik kepentingan, tidak melakukan praktik-praktik intimidasi dan ancaman "
    "kepada Pegawai ASN dan seluruh elemen masyarakat serta tidak memihak kepada pasangan calon "
    "tertentu;\n"
    "3. Menggunakan media sosial secara bijak, tidak dipergunakan untuk kepentingan calon "
    "tertentu, dan tidak menyebarkan ujaran kebencian serta berita bohong;\n"
    "4. Menolak politik uang dan segala jenis pemberian dalam bentuk apa pun.\n"
    "Demikian ikrar ini kami buat dan dilaksanakan dengan penuh integritas dan rasa tanggung "
    "jawab dalam rangka mewujudkan netralitas Pegawai ASN yang bermartabat, beretika dan "
    "demokratis demi terwujudnya persatuan dan kesatuan NKRI."
)
DEFAULT_PAKTA_POINTS: tuple[str, ...] = (
    "Menjaga dan menegakkan prinsip netralitas Pegawai ASN di instansi masing-masing dalam "
    "melaksanakan fungsi pelayanan publik baik sebelum, selama, maupun sesudah pelaksanaan "
    "Pemilu dan Pemilihan Tahun 2024;",
    "Menghindari konflik kepentingan, tidak melakukan praktik-praktik intimidasi dan ancaman "
    "kepada Pegawai ASN dan seluruh elemen masyarakat serta tidak memihak kepada pasangan calon "
    "tertentu;",
    "Menggunakan media sosial secara bijak, tidak dipergunakan untuk kepentingan calon tertentu, "
    "dan tidak menyebarkan ujaran kebencian serta berita bohong;",
    "Menolak politik uang dan segala jenis pemberian dalam bentuk apa pun.",
)


def _key(raw: str) -> str:
    return fold(raw).replace(" ", "").replace("-", "").replace("_", "")


_STATUS_KEYS: dict[str, str] = {}
for _slug in STATUSES:
    for _alias in (_slug, STATUS_LABELS[_slug], STATUS_CODES[_slug]):
        _STATUS_KEYS[_key(_alias)] = _slug


def parse_status(raw: str) -> str:
    """A status slug from a slug, label or code ("dinas-luar", "Dinas Luar", "DL"), any case."""
    found = _STATUS_KEYS.get(_key(raw))
    if found is None:
        raise ValidationError(
            f"Status kehadiran '{raw}' tidak dikenal.",
            hint="Pilih salah satu: " + ", ".join(STATUSES) + ".",
            field="status",
        )
    return found


def status_label(status: str | None) -> str:
    """ "Dinas Luar"; "Belum tercatat" for no status yet."""
    return STATUS_LABELS[status] if status else BELUM_LABEL


def parse_kind(raw: str) -> str:
    """An event kind slug from a slug or its label ("pakta", "Penandatanganan Pakta…")."""
    key = _key(raw)
    for slug, label in KIND_LABELS.items():
        if key in (_key(slug), _key(label)):
            return slug
    raise ValidationError(
        f"Jenis kegiatan '{raw}' tidak dikenal.",
        hint="Pilih salah satu: " + ", ".join(KINDS) + ".",
        field="kind",
    )


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def check_transition(current: str, target: str, reason: str = "") -> None:
    """draft → open → closed, and closed → open only with a written reason."""
    if target == current:
        raise UserError(f"Kegiatan sudah berstatus {EVENT_STATE_LABELS[current]}.")
    if current == CLOSED and target == OPEN:
        if not reason.strip():
            raise ValidationError("Alasan membuka kembali kegiatan wajib diisi.", field="reason")
        return
    allowed = {(DRAFT, OPEN), (OPEN, CLOSED), (DRAFT, CLOSED)}
    if (current, target) not in allowed:
        raise UserError(
            f"Kegiatan berstatus {EVENT_STATE_LABELS[current]} tidak dapat diubah menjadi "
            f"{EVENT_STATE_LABELS[target]}."
        )


def check_editable(state: str, title: str = "") -> None:
    """A closed event is read-only: every change is refused until it is reopened."""
    if state == CLOSED:
        name = f" '{title}'" if title else ""
        raise UserError(
            f"Kegiatan{name} sudah ditutup; data kehadirannya tidak dapat diubah.",
            "Buka kembali kegiatan itu (dengan alasan) bila memang perlu diperbaiki.",
        )


def state_after_attendance(state: str) -> str:
    """Recording attendance on a draft event opens it; an open event stays open."""
    check_editable(state)
    return OPEN


def check_pakta_at_event(status: str | None, signed: bool) -> None:
    """Signing at the event needs the person present; others sign later (susulan)."""
    if signed and status != HADIR:
        raise UserError(
            "Pakta di tempat hanya dapat dicatat untuk pegawai yang hadir.",
            "Catat kehadirannya dulu, atau catat sebagai tanda tangan susulan.",
        )


def check_status_after_pakta(
    name: str, status: str | None, pakta_signed: object, pakta_where: str | None
) -> None:
    """A pakta signed at the event proves presence: the status stays Hadir until the pakta
    itself is taken back (the same rule the desk merge applies)."""
    if status != HADIR and pakta_signed and pakta_where == "event":
        raise UserError(
            f"{name} sudah menandatangani pakta di acara, jadi statusnya tetap Hadir.",
            "Bila orang itu memang tidak hadir, batalkan dulu tanda pakta di tempatnya, lalu "
            "ubah statusnya.",
        )


def undo_needs_reason(action_at: datetime.datetime, now: datetime.datetime) -> bool:
    """Undoing anything older than the last minute needs a reason (logged with the undo)."""
    return (now - action_at).total_seconds() > UNDO_FREE_SECONDS


def clean_pakta_points(points: Sequence[str]) -> list[str]:
    """Points as edited: trimmed, blank ones dropped; at least one is required."""
    kept = [" ".join(p.split()) for p in points if p.strip()]
    if not kept:
        raise ValidationError("Pakta integritas harus berisi minimal satu butir.", field="pakta")
    return kept


def percent(part: int, whole: int) -> float:
    """Share in percent with one decimal (0.0 when nobody is obliged)."""
    return round(100.0 * part / whole, 1) if whole else 0.0
