"""Employee registry use cases: validate, add, edit, deactivate, delete."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from ikrar_desktop.domain.employee import Employee, EmployeeDraft
from ikrar_desktop.domain.golongan import normalize_golongan
from ikrar_desktop.domain.names import is_plain_name, split_name
from ikrar_desktop.domain.nik import NikInfo, parse_nik
from ikrar_desktop.domain.nip import NipInfo, clean_id, looks_like_pppk, parse_nip
from ikrar_desktop.domain.status import STATUSES, needs_nip, parse_jenis_jabatan
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.store.connection import write


@dataclass(slots=True)
class ValidEmployee:
    """A draft that passed every rule, ready to store; ``unit`` is still a name."""

    values: dict[str, object]
    unit: str
    nip_info: NipInfo | None


def default_status(nip: str, nik: str) -> str:
    if nip:
        return "PPPK" if looks_like_pppk(nip) else "PNS"
    return "Non-ASN"


# the texts of a draft checked by domain.text: (attribute, kind, label)
TEXT_FIELDS = (
    ("nama", "nama", "Nama"),
    ("gelar_depan", "gelar", "Gelar depan"),
    ("gelar_belakang", "gelar", "Gelar belakang"),
    ("jabatan", "jabatan", "Jabatan"),
    ("unit", "unit", "Unit kerja"),
)


def check_texts(draft: EmployeeDraft) -> None:
    """Refuse invisible, bidi and control characters and over-long texts, naming the field."""
    for attr, kind, label in TEXT_FIELDS:
        clean_text(getattr(draft, attr), kind, label, field=attr)


def name_parts(draft: EmployeeDraft) -> tuple[str, str, str]:
    """Gelar depan, nama, gelar belakang: tidied, and split from the name when given in one."""
    gelar_depan, nama, gelar_belakang = (
        draft.gelar_depan.strip(),
        " ".join(draft.nama.split()),
        draft.gelar_belakang.strip(),
    )
    if not gelar_depan.isprintable():  # a tab or line break inside the cell: one space
        gelar_depan = " ".join(gelar_depan.split())
    if not gelar_belakang.isprintable():
        gelar_belakang = " ".join(gelar_belakang.split())
    if not gelar_depan and not gelar_belakang and nama and not is_plain_name(nama):
        parts = split_name(nama)
        gelar_depan, nama, gelar_belakang = parts.gelar_depan, parts.nama, parts.gelar_belakang
    return gelar_depan, nama, gelar_belakang


def birth_and_gender(
    draft: EmployeeDraft, nip_info: NipInfo | None, nik_info: NikInfo | None
) -> tuple[date | None, str | None]:
    """The NIP decides; else what the draft says, completed from the NIK."""
    if nip_info is not None:
        return nip_info.birth_date, nip_info.gender
    birth_date, gender = draft.birth_date, draft.gender or None
    if nik_info is not None:
        birth_date = birth_date or nik_info.birth_date
        gender = gender or nik_info.gender
    return birth_date, gender


def validate(draft: EmployeeDraft, *, today: date | None = None) -> ValidEmployee:
    """Apply the registry's rules to a draft; raise :class:`ValidationError` naming the field.

    ``today`` (default: the current date) dates the NIP/NIK checks; an import fixes it once.
    """
    check_texts(draft)
    gelar_depan, nama, gelar_belakang = name_parts(draft)
    if not nama:
        raise ValidationError("Nama wajib diisi.", field="nama")
    nip = clean_id(draft.nip) if draft.nip.strip() else ""
    nik = clean_id(draft.nik) if draft.nik.strip() else ""
    status = draft.status or default_status(nip, nik)
    if status not in STATUSES:
        raise ValidationError(
            f"Status '{status}' tidak dikenal.",
            hint="Pilih: " + ", ".join(STATUSES),
            field="status",
        )
    nip_info = None
    asn = needs_nip(status)
    if nip:
        try:
            nip_info = parse_nip(nip, status if asn else None, today=today)
        except ValidationError as exc:
            exc.field = "nip"
            raise
    elif asn:
        raise ValidationError(
            f"NIP wajib diisi untuk pegawai berstatus {status}.",
            hint="Hanya pegawai Non-ASN yang boleh tanpa NIP.",
            field="nip",
        )
    nik_info = None
    if nik:
        try:
            nik_info = parse_nik(nik, today=today)
        except ValidationError as exc:
            exc.field = "nik"
            raise
    birth_date, gender = birth_and_gender(draft, nip_info, nik_info)
    try:
        golongan = normalize_golongan(draft.golongan, status) if draft.golongan.strip() else None
    except ValidationError as exc:
        exc.field = "golongan"
        raise
    values: dict[str, object] = {
        "nip": nip_info.nip if nip_info is not None else None,
        "nik": nik or None,
        "gelar_depan": gelar_depan,
        "nama": nama,
        "gelar_belakang": gelar_belakang,
        "status": status,
        "golongan": golongan,
        "jabatan": " ".join(draft.jabatan.split()),
        "jenis_jabatan": parse_jenis_jabatan(draft.jenis_jabatan) if draft.jenis_jabatan else None,
        "gender": gender,
        "birth_date": birth_date,
    }
    return ValidEmployee(values, " ".join(draft.unit.split()), nip_info)


def _check_unique(conn: sqlite3.Connection, values: dict[str, object], own_id: int | None) -> None:
    nip, nik = values.get("nip"), values.get("nik")
    if nip:
        other = emp_store.find_by_nip(conn, str(nip))
        if other and other.id != own_id:
            raise ValidationError(
                f"NIP {nip} sudah terdaftar atas nama {other.display_name} ({other.unit or '-'}).",
                hint="Cari pegawai itu di daftar dan ubah datanya bila perlu.",
                field="nip",
            )
    if nik:
        other = emp_store.find_by_nik(conn, str(nik))
        if other and other.id != own_id:
            raise ValidationError(
                f"NIK sudah terdaftar atas nama {other.display_name}.", field="nik"
            )


def resolve_unit(conn: sqlite3.Connection, name: str) -> int | None:
    """The unit with this (folded) name, created when it does not exist yet."""
    if not name:
        return None
    from ikrar_desktop.domain.status import guess_unit_kind

    return unit_store.find_by_name(conn, name) or unit_store.insert(
        conn, name, kind=guess_unit_kind(name)
    )


def add_employee(conn: sqlite3.Connection, draft: EmployeeDraft) -> Employee:
    valid = validate(draft)
    with write(conn):
        _check_unique(conn, valid.values, None)
        valid.values["unit_id"] = resolve_unit(conn, valid.unit)
        new_id = emp_store.insert(conn, valid.values)
    return _must_get(conn, new_id)


def update_employee(conn: sqlite3.Connection, employee_id: int, draft: EmployeeDraft) -> Employee:
    valid = validate(draft)
    with write(conn):
        _must_get(conn, employee_id)
        _check_unique(conn, valid.values, employee_id)
        valid.values["unit_id"] = resolve_unit(conn, valid.unit)
        emp_store.update(conn, employee_id, valid.values)
    return _must_get(conn, employee_id)


def set_active(
    conn: sqlite3.Connection, employee_id: int, active: bool, reason: str = ""
) -> Employee:
    """Deactivate (mutasi keluar, pensiun…) or reactivate; the record is kept."""
    if not active and not reason.strip():
        raise ValidationError("Alasan penonaktifan wajib diisi.", field="reason")
    with write(conn):
        _must_get(conn, employee_id)
        emp_store.update(
            conn,
            employee_id,
            {"active": 1 if active else 0, "inactive_reason": "" if active else reason.strip()},
        )
    return _must_get(conn, employee_id)


def delete_employee(conn: sqlite3.Connection, employee_id: int) -> None:
    """Delete a record created by mistake (records with history are deactivated instead)."""
    from ikrar_desktop.services.access import require_admin

    require_admin(conn)
    with write(conn):
        _must_get(conn, employee_id)
        try:
            emp_store.delete(conn, employee_id)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                "Pegawai ini sudah punya riwayat kegiatan, jadi tidak dapat dihapus.",
                hint="Nonaktifkan saja (misalnya mutasi keluar atau pensiun).",
            ) from exc


def _must_get(conn: sqlite3.Connection, employee_id: int) -> Employee:
    found = emp_store.get(conn, employee_id)
    if found is None:
        raise NotFoundError(f"Pegawai dengan id {employee_id} tidak ditemukan.")
    return found
