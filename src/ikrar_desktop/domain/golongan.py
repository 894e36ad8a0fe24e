"""PNS golongan ruang with pangkat names, and PPPK golongan I–XVII."""

from __future__ import annotations

import functools
import re

from ikrar_desktop.domain.status import NON_ASN, PNS_STATUSES, PPPK_STATUSES
from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import ValidationError

PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

_ROMAN = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip
PPPK_GOLONGAN: tuple[str, ...] = _ROMAN
GOLONGAN_ORDER: list[str] = [*PANGKAT, *PPPK_GOLONGAN]

_ROMAN_VALUE = {roman: number for number, roman in enumerate(_ROMAN, start=1)}
_PNS_ROMAN = dict(zip(("1", "2", "3", "4", "I", "II", "III", "IV"), _ROMAN[:4] * 2, strict=True))
_BY_PANGKAT = {fold(name): gol for gol, name in PANGKAT.items()}
_EMPTY = frozenset({"", "-", "--", "null", "none", "nan", "n/a"})

_PNS_SHAPE = re.compile(r"^(IV|III|II|I|[1-4])\s*[/\-.\\]?\s*([A-E])\.?$")
_BARE = re.compile(r"^(?:GOLONGAN|GOL)?\s*\.?\s*([IVX]+|\d{1,2})\.?$")
_PREFIX = re.compile(r"^(?:GOLONGAN\s+RUANG|GOL\.?\s*RUANG|GOLRU|GOLONGAN|GOL)\s*\.?\s*:?\s*")
_PARENS = re.compile(r"\(([^)]*)\)")


def _unknown(raw: object, why: str = "") -> ValidationError:
    return ValidationError(
        f"Golongan '{str(raw).strip()}' tidak dikenal{why}.",
        hint="Tulis seperti III/a untuk PNS/CPNS, atau IX untuk PPPK.",
        field="golongan",
    )


def _candidate(text: str) -> str:
    """The golongan part of "Penata Muda, III/a", "Penata Muda (III/a)", "Gol. IX"."""
    inside = _PARENS.search(text)
    if inside:
        text = inside.group(1)
    elif "," in text:
        text = text.rsplit(",", 1)[1]
    return _PREFIX.sub("", text.strip().upper()).strip()


def _from_pangkat_name(text: str) -> str | None:
    key = re.sub(r"\btk\b", "tingkat", fold(text))
    return _BY_PANGKAT.get(key)


def normalize_golongan(raw: object, status: str | None = None) -> str | None:
    """Canonical golongan ("III/a" or PPPK "IX") from roster spellings; empty -> None."""
    if raw is None:
        return None
    if type(raw) is str:
        return _normalize_text(raw, status)  # rosters repeat a handful of spellings
    return _normalize(raw, status)


def _normalize(raw: object, status: str | None) -> str | None:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip().lstrip("'")
    if text.casefold() in _EMPTY:
        return None
    found = _parse(text, raw)
    if status == NON_ASN:
        raise ValidationError(
            f"Pegawai Non-ASN tidak memiliki golongan (tertulis '{text}').",
            hint="Kosongkan kolom golongan untuk pegawai Non-ASN.",
            field="golongan",
        )
    is_pns_golongan = found in PANGKAT
    if status in PPPK_STATUSES and is_pns_golongan:
        raise ValidationError(
            f"Golongan {found} adalah golongan PNS; PPPK memakai golongan I–XVII tanpa huruf.",
            hint="Periksa golongan atau status pegawai ini.",
            field="golongan",
        )
    if status in PNS_STATUSES and not is_pns_golongan:
        raise ValidationError(
            f"Golongan '{text}' tidak lengkap untuk PNS/CPNS: huruf ruang belum ada "
            "(contoh III/a).",
            hint="Golongan PNS ditulis dengan huruf ruang a–e; tanpa huruf hanya untuk PPPK.",
            field="golongan",
        )
    return found


# Errors are raised, and lru_cache never stores a call that raised: only results are kept.
_normalize_text = functools.lru_cache(maxsize=4096)(_normalize)


def _parse(text: str, raw: object) -> str:
    by_name = _from_pangkat_name(text)
    if by_name:
        return by_name
    candidate = _candidate(text)
    pns = _PNS_SHAPE.match(candidate)
    if pns:
        roman = _PNS_ROMAN[pns.group(1)]
        code = f"{roman}/{pns.group(2).lower()}"
        if code not in PANGKAT:
            raise _unknown(raw, f": ruang {pns.group(2).lower()} hanya ada pada golongan IV")
        return code
    bare = _BARE.match(candidate)
    if bare:
        value = bare.group(1)
        number = int(value) if value.isdigit() else _ROMAN_VALUE.get(value, 0)
        if 1 <= number <= len(_ROMAN):
            return _ROMAN[number - 1]
    raise _unknown(raw)


def is_pppk_golongan(golongan: str) -> bool:
    """True for the PPPK golongan I–XVII."""
    return golongan in _ROMAN_VALUE


def pangkat(golongan: str) -> str:
    """Pangkat name of a PNS golongan ("III/a" -> "Penata Muda"); "" for PPPK or empty."""
    found = normalize_golongan(golongan)
    return PANGKAT.get(found, "") if found else ""


def golongan_label(golongan: str | None) -> str:
    """ "Penata Muda, III/a" for PNS, "Golongan IX" for PPPK, "" when empty."""
    found = normalize_golongan(golongan)
    if not found:
        return ""
    if found in PANGKAT:
        return f"{PANGKAT[found]}, {found}"
    return f"Golongan {found}"


def golongan_rank(golongan: str) -> int:
    """Position in :data:`GOLONGAN_ORDER` (for sorting); unknown values sort last."""
    try:
        return GOLONGAN_ORDER.index(golongan)
    except ValueError:
        return len(GOLONGAN_ORDER)
