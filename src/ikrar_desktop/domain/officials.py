"""Levels of the officials' ceremony: which unit heads sign, derived from unit kind and parent."""

from __future__ import annotations

from collections.abc import Iterable

from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.errors import ValidationError

KEPALA_OPD = "kepala-opd"
# slug → label; the order is the order of the signature sheet (the Sekda first among OPDs)
LEVELS: dict[str, str] = {
    KEPALA_OPD: "Kepala OPD (Sekda, Kepala Dinas/Badan, Inspektur, Sekretaris DPRD…)",
    "camat": "Camat",
    "lurah": "Lurah",
    "kepala-puskesmas": "Kepala Puskesmas",
    "kepala-sekolah": "Kepala Sekolah",
    "kepala-upt": "Kepala UPT / RSUD / unit lain di bawah OPD",
}
# ``event add --officials`` without ``--level``: the heads of every OPD and the camat, as at
# the apel of Pesawaran and Merangin
DEFAULT_LEVELS: tuple[str, ...] = (KEPALA_OPD, "camat")
_BY_KIND = {
    "Kecamatan": "camat",
    "Kelurahan": "lurah",
    "Puskesmas": "kepala-puskesmas",
    "Sekolah": "kepala-sekolah",
}


def level_of(name: str, kind: str | None, *, under_setda_or_top: bool) -> str:
    """The level of a unit's head: camat, lurah, kepala puskesmas and sekolah by the unit's kind
    (or its name); any other unit is an OPD when it has no parent or its parent is the
    Sekretariat Daerah, else a unit under an OPD (UPT, RSUD under the Dinas Kesehatan…)."""
    found = _BY_KIND.get(kind or guess_unit_kind(name) or "")
    if found:
        return found
    return KEPALA_OPD if under_setda_or_top else "kepala-upt"


def parse_levels(slugs: Iterable[str]) -> tuple[str, ...]:
    """Known level slugs in the order of :data:`LEVELS` (duplicates dropped); an unknown one
    is refused with the valid list. Nothing given means :data:`DEFAULT_LEVELS`."""
    wanted = {s.strip().lower() for s in slugs if s.strip()}
    unknown = sorted(wanted - set(LEVELS))
    if unknown:
        raise ValidationError(
            f"Tingkat pejabat '{unknown[0]}' tidak dikenal.",
            "Nilai yang sah: " + ", ".join(LEVELS) + ".",
            field="level",
        )
    if not wanted:
        return DEFAULT_LEVELS
    return tuple(slug for slug in LEVELS if slug in wanted)


def level_rank(slug: str) -> int:
    return list(LEVELS).index(slug) if slug in LEVELS else len(LEVELS)
