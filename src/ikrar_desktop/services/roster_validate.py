"""The registry's validate() for the many rows of one roster: the same answers, sooner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.golongan import normalize_golongan
from ikrar_desktop.domain.names import is_plain_name, split_name
from ikrar_desktop.domain.nip import clean_id, parse_nip
from ikrar_desktop.domain.status import STATUSES, needs_nip, parse_jenis_jabatan
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services.registry import ValidEmployee, default_status, validate

SharedKey = tuple[str, str, str, str, str]  # status, golongan, jabatan, jenis jabatan, unit


@dataclass(frozen=True, slots=True)
class _Shared:
    """The checked values a status, golongan, jabatan, jenis jabatan and unit give."""

    asn: bool  # the status needs a NIP, which is then read with the status's layout
    golongan: str | None
    jabatan: str
    jenis_jabatan: str | None
    unit: str


class RosterValidator:
    """:func:`validate` for the rows of one roster, with exactly its answers.

    The common row (a NIP, no NIK) takes a short path: the values that depend only on
    status, golongan, jabatan, jenis jabatan and unit are worked out once per combination, the
    name and NIP per row, as validate() does them. Every other row, and any row the short path
    does not accept, goes through validate(), which also words the error. ``today`` is fixed
    for the whole roster.
    """

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self._shared: dict[SharedKey, _Shared | None] = {}

    def __call__(self, draft: EmployeeDraft) -> ValidEmployee:
        found = self._short_path(draft)
        return found if found is not None else validate(draft, today=self.today)

    def _short_path(self, draft: EmployeeDraft) -> ValidEmployee | None:
        """validate()'s result for a common, valid row; None for anything else."""
        if draft.nik or not draft.nip:
            return None
        nip = clean_id(draft.nip)
        status = draft.status or default_status(nip, "")
        key = (status, draft.golongan, draft.jabatan, draft.jenis_jabatan, draft.unit)
        try:
            shared = self._shared[key]
        except KeyError:
            shared = self._work_out(key)
        if shared is None:
            return None
        gelar_depan, nama, gelar_belakang = (
            draft.gelar_depan.strip(),
            " ".join(draft.nama.split()),
            draft.gelar_belakang.strip(),
        )
        if not gelar_depan and not gelar_belakang and nama and not is_plain_name(nama):
            parts = split_name(nama)
            gelar_depan, nama, gelar_belakang = parts.gelar_depan, parts.nama, parts.gelar_belakang
        if not nama:
            return None
        try:
            info = parse_nip(nip, status if shared.asn else None, today=self.today)
        except ValidationError:
            return None
        values: dict[str, object] = {
            "nip": info.nip,
            "nik": None,
            "gelar_depan": gelar_depan,
            "nama": nama,
            "gelar_belakang": gelar_belakang,
            "status": status,
            "golongan": shared.golongan,
            "jabatan": shared.jabatan,
            "jenis_jabatan": shared.jenis_jabatan,
            "gender": info.gender,
            "birth_date": info.birth_date,
        }
        return ValidEmployee(values, shared.unit, info)

    def _work_out(self, key: SharedKey) -> _Shared | None:
        """The shared values of a combination, None (kept too) when validate() refuses it."""
        status, golongan, jabatan, jenis, unit = key
        shared = None
        if status in STATUSES:
            try:
                checked = normalize_golongan(golongan, status) if golongan.strip() else None
                shared = _Shared(
                    needs_nip(status),
                    checked,
                    " ".join(jabatan.split()),
                    parse_jenis_jabatan(jenis) if jenis else None,
                    " ".join(unit.split()),
                )
            except ValidationError:
                shared = None
        self._shared[key] = shared
        return shared
