"""The registry's rules for one employee: a draft checked and tidied into storable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.golongan import normalize_golongan
from ikrar_desktop.domain.names import is_plain_name, split_name
from ikrar_desktop.domain.nik import NikInfo, parse_nik
from ikrar_desktop.domain.nip import NipInfo, clean_id, looks_like_pppk, parse_nip
from ikrar_desktop.domain.status import STATUSES, needs_nip, parse_jenis_jabatan
from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import ValidationError


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


class _Tidied(dict[str, str]):
    """One field's texts as :func:`clean_text` tidies them, each distinct text worked out once.

    Gelar, jabatan and unit repeat down a roster of thousands of rows, so a lookup answers
    most of them. A refused text raises and is never stored: it is refused afresh every time.
    """

    LIMIT = 8192  # distinct texts kept per field

    def __init__(self, kind: str, label: str, field: str) -> None:
        super().__init__()
        self.kind, self.label, self.field = kind, label, field

    def __missing__(self, text: str) -> str:
        tidy = clean_text(text, self.kind, self.label, field=self.field)
        if len(self) >= self.LIMIT:
            self.clear()
        self[text] = tidy
        return tidy


_GELAR_DEPAN = _Tidied("gelar", "Gelar depan", "gelar_depan")
_GELAR_BELAKANG = _Tidied("gelar", "Gelar belakang", "gelar_belakang")
_JABATAN = _Tidied("jabatan", "Jabatan", "jabatan")
_UNIT = _Tidied("unit", "Unit kerja", "unit")
TIDIED = (_GELAR_DEPAN, _GELAR_BELAKANG, _JABATAN, _UNIT)


def check_texts(draft: EmployeeDraft) -> tuple[str, str, str]:
    """Refuse invisible, bidi and control characters and over-long texts, naming the field.

    Checked in this order: nama, gelar depan, gelar belakang, jabatan, unit. Returns nama,
    jabatan and unit tidied (single spaces).
    """
    nama = clean_text(draft.nama, "nama", "Nama", field="nama")
    _GELAR_DEPAN[draft.gelar_depan]  # the lookup checks (and raises)
    _GELAR_BELAKANG[draft.gelar_belakang]
    return nama, _JABATAN[draft.jabatan], _UNIT[draft.unit]


def name_parts(draft: EmployeeDraft, nama: str) -> tuple[str, str, str]:
    """Gelar depan, nama, gelar belakang: tidied, and split from the name when given in one.

    ``nama`` is the draft's name as :func:`check_texts` tidied it (single spaces).
    """
    gelar_depan, gelar_belakang = draft.gelar_depan.strip(), draft.gelar_belakang.strip()
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
    The one rule set for a clerk's form and for each row of a 50,000-row roster: what rows
    repeat (gelar, jabatan, unit, golongan, jenis jabatan) is worked out once per distinct value
    by the caches of this module and of domain.golongan / domain.status.
    """
    nama, jabatan, unit = check_texts(draft)
    gelar_depan, nama, gelar_belakang = name_parts(draft, nama)
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
        "jabatan": jabatan,
        "jenis_jabatan": parse_jenis_jabatan(draft.jenis_jabatan) if draft.jenis_jabatan else None,
        "gender": gender,
        "birth_date": birth_date,
    }
    return ValidEmployee(values, unit, nip_info)
