"""The registry's validate() for the many rows of one roster: the same answers, sooner."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.golongan import normalize_golongan
from ikrar_desktop.domain.nik import parse_nik
from ikrar_desktop.domain.nip import clean_id, parse_nip
from ikrar_desktop.domain.status import STATUSES, needs_nip, parse_jenis_jabatan
from ikrar_desktop.domain.text import LIMITS, is_clean
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services.registry import (
    ValidEmployee,
    birth_and_gender,
    default_status,
    name_parts,
    validate,
)

NAMA_MAX, GELAR_MAX = LIMITS["nama"], LIMITS["gelar"]


class _Checked(NamedTuple):
    """What a status, golongan and jenis jabatan give once validate() accepts them."""

    asn: bool  # the status needs a NIP, which is then read with the status's layout
    golongan: str | None
    jenis_jabatan: str | None


class RosterValidator:
    """:func:`validate` for the rows of one roster, with exactly its answers.

    Each row takes a short path: validate()'s steps, with what rows repeat (status, golongan
    and jenis jabatan checked together, jabatan and unit tidied) worked out once per value.
    A row the short path does not accept goes through validate() itself, which words the
    error. ``today`` is fixed for the whole roster.
    """

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self._checked: dict[tuple[str, str, str], _Checked | None] = {}
        self._tidy: dict[str, str | None] = {}

    def __call__(self, draft: EmployeeDraft) -> ValidEmployee:
        found = self._short_path(draft)
        return found if found is not None else validate(draft, today=self.today)

    def _short_path(self, draft: EmployeeDraft) -> ValidEmployee | None:
        """validate()'s result for a valid row, step by step as there; None at any refusal."""
        names = draft.nama + draft.gelar_depan + draft.gelar_belakang
        if not (
            len(draft.nama) <= NAMA_MAX
            and len(draft.gelar_depan) <= GELAR_MAX
            and len(draft.gelar_belakang) <= GELAR_MAX
            and names.isprintable()
            and (names.isascii() or is_clean(names, "naskah"))
        ):
            return None  # validate() tidies the texts, then names a character or a length
        gelar_depan, nama, gelar_belakang = name_parts(draft)
        if not nama:
            return None
        nip = clean_id(draft.nip) if draft.nip.strip() else ""
        nik = clean_id(draft.nik) if draft.nik.strip() else ""
        status = draft.status or default_status(nip, nik)
        checked = self._check(status, draft.golongan, draft.jenis_jabatan)
        if checked is None or (checked.asn and not nip):
            return None
        try:
            nip_info = (
                parse_nip(nip, status if checked.asn else None, today=self.today) if nip else None
            )
            nik_info = parse_nik(nik, today=self.today) if nik else None
        except ValidationError:
            return None
        birth_date, gender = birth_and_gender(draft, nip_info, nik_info)
        jabatan, unit = self._tidied(draft.jabatan, "jabatan"), self._tidied(draft.unit, "unit")
        if jabatan is None or unit is None:
            return None
        values: dict[str, object] = {
            "nip": nip_info.nip if nip_info is not None else None,
            "nik": nik or None,
            "gelar_depan": gelar_depan,
            "nama": nama,
            "gelar_belakang": gelar_belakang,
            "status": status,
            "golongan": checked.golongan,
            "jabatan": jabatan,
            "jenis_jabatan": checked.jenis_jabatan,
            "gender": gender,
            "birth_date": birth_date,
        }
        return ValidEmployee(values, unit, nip_info)

    def _check(self, status: str, golongan: str, jenis_jabatan: str) -> _Checked | None:
        """validate()'s checks of these three, once per combination; None when refused."""
        key = (status, golongan, jenis_jabatan)
        try:
            return self._checked[key]
        except KeyError:
            pass
        found = None
        if status in STATUSES:
            try:
                found = _Checked(
                    needs_nip(status),
                    normalize_golongan(golongan, status) if golongan.strip() else None,
                    parse_jenis_jabatan(jenis_jabatan) if jenis_jabatan else None,
                )
            except ValidationError:
                found = None
        self._checked[key] = found
        return found

    def _tidied(self, text: str, kind: str) -> str | None:
        """Single spaces, as validate() writes jabatan and unit; each text tidied once. None
        when domain.text refuses it (validate() then words the refusal)."""
        try:
            return self._tidy[text]
        except KeyError:
            pass
        tidy = " ".join(text.split())
        found = self._tidy[text] = tidy if is_clean(tidy, kind) else None
        return found
