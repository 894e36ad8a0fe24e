"""The employee record as the rest of the program sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True, kw_only=True)
class EmployeeDraft:
    """What a clerk (or an import row) proposes; validated into a stored :class:`Employee`.

    Built by keyword only: twelve strings in a row are too easy to put in the wrong order.
    """

    nama: str
    nip: str = ""
    nik: str = ""
    gelar_depan: str = ""
    gelar_belakang: str = ""
    status: str = ""
    golongan: str = ""
    jabatan: str = ""
    jenis_jabatan: str = ""
    unit: str = ""
    gender: str = ""
    birth_date: date | None = None


@dataclass(slots=True)
class Employee:
    id: int
    nip: str | None
    nik: str | None
    gelar_depan: str
    nama: str
    gelar_belakang: str
    status: str
    golongan: str | None
    jabatan: str
    jenis_jabatan: str | None
    unit_id: int | None
    unit: str
    gender: str | None
    birth_date: date | None
    active: bool
    inactive_reason: str = ""
    created_at: str = ""
    updated_at: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        from ikrar_desktop.domain.names import display_name

        return display_name(self.gelar_depan, self.nama, self.gelar_belakang)

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready form (the CLI's ``--json`` record)."""
        return {
            "id": self.id,
            "nip": self.nip,
            "nik": self.nik,
            "gelar_depan": self.gelar_depan,
            "nama": self.nama,
            "gelar_belakang": self.gelar_belakang,
            "nama_lengkap": self.display_name,
            "status": self.status,
            "golongan": self.golongan,
            "jabatan": self.jabatan,
            "jenis_jabatan": self.jenis_jabatan,
            "unit": self.unit,
            "gender": self.gender,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "active": self.active,
            "inactive_reason": self.inactive_reason,
        }
