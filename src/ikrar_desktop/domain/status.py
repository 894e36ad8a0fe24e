"""Employment statuses, kinds of position (jenis jabatan) and kinds of unit."""

from __future__ import annotations

import functools
import re

from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import ValidationError

PNS = "PNS"
CPNS = "CPNS"
PPPK = "PPPK"
PPPK_PW = "PPPK Paruh Waktu"
NON_ASN = "Non-ASN"

STATUSES: tuple[str, ...] = (PNS, CPNS, PPPK, PPPK_PW, NON_ASN)
ASN_STATUSES: tuple[str, ...] = (PNS, CPNS, PPPK, PPPK_PW)
PNS_STATUSES: tuple[str, ...] = (PNS, CPNS)
PPPK_STATUSES: tuple[str, ...] = (PPPK, PPPK_PW)

_SLUGS: dict[str, str] = {
    PNS: "PNS",
    CPNS: "CPNS",
    PPPK: "PPPK",
    PPPK_PW: "PPPK-PW",
    NON_ASN: "Non-ASN",
}
_EMPTY = frozenset({"", "-", "null", "none", "nan", "n/a"})


def _key(raw: object) -> str:
    """Fold and remove spaces so "Non ASN", "NON-ASN" and "nonasn" compare equal."""
    return fold(str(raw)).replace(" ", "")


def _is_empty(raw: object) -> bool:
    return raw is None or str(raw).strip().casefold() in _EMPTY or not fold(str(raw))


def is_asn(status: str | None) -> bool:
    """True for PNS, CPNS, PPPK and PPPK Paruh Waktu."""
    return status in ASN_STATUSES


def needs_nip(status: str | None) -> bool:
    """Every ASN has a NIP / NI PPPK; Non-ASN staff are identified by NIK."""
    return is_asn(status)


def is_pppk(status: str | None) -> bool:
    """True for PPPK and PPPK Paruh Waktu."""
    return status in PPPK_STATUSES


def is_pns(status: str | None) -> bool:
    """True for PNS and CPNS."""
    return status in PNS_STATUSES


def status_slug(status: str) -> str:
    """CLI slug of a canonical status: "PPPK Paruh Waktu" -> "PPPK-PW"."""
    try:
        return _SLUGS[status]
    except KeyError:
        raise ValidationError(
            f"Status '{status}' tidak dikenal.",
            hint="Status yang sah: " + ", ".join(STATUSES) + ".",
            field="status",
        ) from None


def status_from_slug(slug: str) -> str:
    """Canonical status from a CLI slug (PNS, CPNS, PPPK, PPPK-PW, Non-ASN), any case."""
    wanted = slug.strip().casefold().replace("_", "-")
    for status, known in _SLUGS.items():
        if wanted in (known.casefold(), status.casefold()):
            return status
    raise ValidationError(
        f"Status '{slug}' tidak dikenal.",
        hint="Pilih salah satu: " + ", ".join(_SLUGS.values()) + ".",
        field="status",
    )


_STATUS_WORDS: dict[str, str] = {
    "p": PNS,
    "pns": PNS,
    "pegawainegerisipil": PNS,
    "c": CPNS,
    "cpns": CPNS,
    "calonpns": CPNS,
    "calonpegawainegerisipil": CPNS,
    "pppk": PPPK,
    "p3k": PPPK,
    "pppkpenuhwaktu": PPPK,
    "p3kpenuhwaktu": PPPK,
    "pegawaipemerintahdenganperjanjiankerja": PPPK,
    "pppkparuhwaktu": PPPK_PW,
    "p3kparuhwaktu": PPPK_PW,
    "pppkpw": PPPK_PW,
    "p3kpw": PPPK_PW,
    "paruhwaktu": PPPK_PW,
    "nonasn": NON_ASN,
    "nonpns": NON_ASN,
    "ppnpn": NON_ASN,
    "honorer": NON_ASN,
    "tenagahonorer": NON_ASN,
    "guruhonorer": NON_ASN,
    "honor": NON_ASN,
    "honordaerah": NON_ASN,
    "honda": NON_ASN,
    "thl": NON_ASN,
    "tenagaharianlepas": NON_ASN,
    "tenagakontrak": NON_ASN,
    "kontrak": NON_ASN,
    "outsourcing": NON_ASN,
    "alihdaya": NON_ASN,
    "tenagaalihdaya": NON_ASN,
    "tks": NON_ASN,
    "tenagakerjasukarela": NON_ASN,
    "sukarela": NON_ASN,
    "ptt": NON_ASN,
    "pegawaitidaktetap": NON_ASN,
    "gtt": NON_ASN,
    "gurutidaktetap": NON_ASN,
}


def parse_status(raw: object) -> str | None:
    """Canonical status from a roster value ("PNS Daerah", "P3K", "Honorer"…); empty -> None."""
    if _is_empty(raw):
        return None
    key = _key(raw)
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    # SIASN "JENIS PEGAWAI NAMA" carries variants such as "PNS PUSAT DPK" or "PNS DAERAH".
    if key.startswith("cpns"):
        return CPNS
    if key.startswith("pns"):
        return PNS
    if key.startswith(("pppk", "p3k")):
        return PPPK_PW if "paruh" in key else PPPK
    raise ValidationError(
        f"Status pegawai '{str(raw).strip()}' tidak dikenal.",
        hint="Gunakan PNS, CPNS, PPPK, PPPK Paruh Waktu atau Non-ASN (honorer, PPNPN, THL).",
        field="status",
    )


JPT_PRATAMA = "JPT Pratama"
ADMINISTRATOR = "Administrator"
PENGAWAS = "Pengawas"
FUNGSIONAL = "Fungsional"
PELAKSANA = "Pelaksana"

JENIS_JABATAN: tuple[str, ...] = (JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA)

_JABATAN_WORDS: dict[str, str] = {
    "jptpratama": JPT_PRATAMA,
    "jpt": JPT_PRATAMA,
    "jabatanpimpinantinggipratama": JPT_PRATAMA,
    "pimpinantinggipratama": JPT_PRATAMA,
    "jabatanpimpinantinggi": JPT_PRATAMA,
    "pimpinantinggi": JPT_PRATAMA,
    "pejabatpimpinantinggipratama": JPT_PRATAMA,
    "administrator": ADMINISTRATOR,
    "jabatanadministrator": ADMINISTRATOR,
    "pejabatadministrator": ADMINISTRATOR,
    "pengawas": PENGAWAS,
    "jabatanpengawas": PENGAWAS,
    "pejabatpengawas": PENGAWAS,
    "fungsional": FUNGSIONAL,
    "jf": FUNGSIONAL,
    "jft": FUNGSIONAL,
    "jabatanfungsional": FUNGSIONAL,
    "fungsionaltertentu": FUNGSIONAL,
    "jabatanfungsionaltertentu": FUNGSIONAL,
    "pejabatfungsional": FUNGSIONAL,
    "pelaksana": PELAKSANA,
    "jabatanpelaksana": PELAKSANA,
    "jfu": PELAKSANA,
    "fungsionalumum": PELAKSANA,
    "jabatanfungsionalumum": PELAKSANA,
    "staf": PELAKSANA,
    "staff": PELAKSANA,
}
# Old eselon levels map onto the UU ASN kinds: II -> JPT Pratama, III -> Administrator,
# IV (and the abolished V) -> Pengawas.
_ESELON = re.compile(r"^(?:jabatan)?(?:struktural)?(?:eselon)?(ii|iii|iv|v|2|3|4|5)[ab12]?$")
_ESELON_KIND = {
    "ii": JPT_PRATAMA,
    "2": JPT_PRATAMA,
    "iii": ADMINISTRATOR,
    "3": ADMINISTRATOR,
    "iv": PENGAWAS,
    "4": PENGAWAS,
    "v": PENGAWAS,
    "5": PENGAWAS,
}
# Values that say "no kind applies / cannot tell" rather than being wrong: bare "Struktural"
# (SIASN) may be JPT, Administrator or Pengawas, and non-ASN staff hold no ASN position.
_JABATAN_UNKNOWN = frozenset(
    {"struktural", "jabatanstruktural", "nonasn", "honorer", "ppnpn", "nonjabatan"}
)


def parse_jenis_jabatan(raw: object) -> str | None:
    """Jenis jabatan from roster text ("JFT", "Jabatan Fungsional Umum", "Eselon III.a"…).

    Returns None for empty values and for a bare "Struktural", whose kind cannot be told
    without the eselon.
    """
    if type(raw) is str:
        return _jenis_of_text(raw)  # a roster repeats a handful of spellings
    return _parse_jenis_jabatan(raw)


def _parse_jenis_jabatan(raw: object) -> str | None:
    if _is_empty(raw):
        return None
    key = _key(raw)
    if key in _JABATAN_WORDS:
        return _JABATAN_WORDS[key]
    if key in _JABATAN_UNKNOWN:
        return None
    match = _ESELON.match(key)
    if match and ("eselon" in key or "struktural" in key):
        return _ESELON_KIND[match.group(1)]
    raise ValidationError(
        f"Jenis jabatan '{str(raw).strip()}' tidak dikenal.",
        hint="Gunakan " + ", ".join(JENIS_JABATAN) + ".",
        field="jenis_jabatan",
    )


# lru_cache keeps results only; a spelling that raises is parsed (and raises) every time.
_jenis_of_text = functools.lru_cache(maxsize=1024)(_parse_jenis_jabatan)

UNIT_KINDS: tuple[str, ...] = (
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Inspektorat",
    "Dinas",
    "Badan",
    "Satpol PP",
    "Kecamatan",
    "Kelurahan",
    "RSUD",
    "Puskesmas",
    "UPT",
    "Sekolah",
)

_UPT = r"(?:upt|uptd)(?: satuan pendidikan)?"
# Checked in order: the more specific kinds (a Puskesmas or a school run as an UPT) first.
_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Puskesmas", re.compile(rf"^(?:{_UPT} )?puskesmas\b")),
    ("RSUD", re.compile(rf"^(?:{_UPT} )?(?:rsud|rumah sakit)\b")),
    (
        "Sekolah",
        re.compile(
            rf"^(?:{_UPT} )?(?:sekolah|sd|sdn|sdit|smp|smpn|smpit|sma|sman|smk|smkn|slb|slbn"
            r"|tk|tkn|paud|mi|min|mts|mtsn)\b"
        ),
    ),
    ("Satpol PP", re.compile(r"\b(?:satpol|satuan polisi pamong praja)\b")),
    (
        "Sekretariat DPRD",
        re.compile(r"^(?:sekretariat (?:dprd|dewan)|setwan|sekwan|setdprd)\b"),
    ),
    (
        "Sekretariat Daerah",
        re.compile(r"^(?:sekretariat daerah|setda|sekda|bagian|asisten|staf ahli)\b"),
    ),
    ("Inspektorat", re.compile(r"^inspektorat\b")),
    ("UPT", re.compile(rf"^{_UPT}\b")),
    ("Kelurahan", re.compile(r"^(?:kantor )?kelurahan\b")),
    ("Kecamatan", re.compile(r"\bkecamatan\b")),
    ("Dinas", re.compile(r"\b(?:dinas|disdik|dinkes|dispendik|disdukcapil|dukcapil)\b")),
    (
        "Badan",
        re.compile(
            r"\b(?:badan|bappeda|bapenda|bappelitbangda|bkpsdm|bkpp|bkd|bpkad|bpbd|kesbangpol"
            r"|bkpsdmd)\b"
        ),
    ),
)


def guess_unit_kind(name: str) -> str | None:
    """Best guess of the kind of a unit from its name, or None when the name does not tell."""
    key = fold(name)
    for kind, pattern in _UNIT_RULES:
        if pattern.search(key):
            return kind
    return None
