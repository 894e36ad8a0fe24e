"""Roster column mapping: header aliases, automatic mapping, a layout's signature and overrides."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ikrar_desktop.domain.textfold import fold

# Fields a roster column can feed. "ignore" marks known columns that carry nothing we keep.
NIP = "nip"
NIK = "nik"
NAMA = "nama"
GELAR_DEPAN = "gelar_depan"
GELAR_BELAKANG = "gelar_belakang"
STATUS = "status"
CPNS_PNS = "cpns_pns"
GOLONGAN = "golongan"
PANGKAT = "pangkat"
JABATAN = "jabatan"
JENIS_JABATAN = "jenis_jabatan"
UNIT = "unit"
SUB_UNIT = "sub_unit"
GENDER = "gender"
BIRTH_DATE = "birth_date"
KETERANGAN = "keterangan"
IGNORE = "ignore"

FIELD_LABELS: dict[str, str] = {
    NIP: "NIP / NI PPPK",
    NIK: "NIK",
    NAMA: "Nama",
    GELAR_DEPAN: "Gelar depan",
    GELAR_BELAKANG: "Gelar belakang",
    STATUS: "Status pegawai",
    CPNS_PNS: "Status CPNS/PNS",
    GOLONGAN: "Golongan",
    PANGKAT: "Pangkat",
    JABATAN: "Jabatan",
    JENIS_JABATAN: "Jenis jabatan",
    UNIT: "Unit kerja (OPD)",
    SUB_UNIT: "Sub-unit (tidak disimpan)",
    GENDER: "Jenis kelamin",
    BIRTH_DATE: "Tanggal lahir",
    KETERANGAN: "Keterangan",
}
IDENTITY_FIELDS = (NIP, NIK, NAMA)

_ALIASES: dict[str, tuple[str, ...]] = {
    NIP: (
        "nip",
        "nipbaru",
        "nip18",
        "nippns",
        "nipasn",
        "nipnippppk",
        "nipnipppk",
        "nippppk",
        "nipppk",
        "nomorindukpegawai",
        "nomornip",
    ),
    IGNORE: (
        "niplama",
        "no",
        "nomor",
        "nourut",
        "nourt",
        "pnsid",
        "idpns",
        "keterangangalat",
        "ttd",
        "tandatangan",
        "paraf",
        "foto",
        "tempatlahir",
        "tempattanggallahir",
        "ttl",
        "agama",
        "alamat",
        "nohp",
        "telepon",
        "email",
        "pendidikan",
        "tmtcpns",
        "tmtpns",
        "tmtgolongan",
        "tmtjabatan",
        "masakerja",
        "eselon",
        "instansiinduknama",
        "instansikerjanama",
        "lokasikerja",
        "kpkn",
    ),
    NIK: ("nik", "noktp", "nomorktp", "nomorindukkependudukan", "nikktp"),
    NAMA: (
        "nama",
        "namalengkap",
        "namapegawai",
        "namagelar",
        "namadangelar",
        "namalengkapgelar",
        "namaasn",
        "namapns",
    ),
    GELAR_DEPAN: ("gelardepan",),
    GELAR_BELAKANG: ("gelarbelakang",),
    STATUS: (
        "jenispegawainama",
        "jenispegawai",
        "statuspegawai",
        "status",
        "statuskepegawaian",
        "kedudukanhukum",
        "statusasn",
    ),
    CPNS_PNS: ("statuscpnspns", "cpnspns"),
    GOLONGAN: (
        "golakhirnama",
        "golakhir",
        "golruang",
        "golru",
        "gol",
        "golongan",
        "golonganruang",
        "pangkatgol",
        "pangkatgolongan",
        "pangkatgolru",
        "pangkatgolruang",
        "golonganpppk",
    ),
    PANGKAT: ("pangkat",),
    JABATAN: ("jabatannama", "jabatan", "namajabatan", "jabatanterakhir"),
    JENIS_JABATAN: ("jenisjabatannama", "jenisjabatan"),
    # Listed from the OPD level down: the first one present is the unit, lower ones are
    # sub-units (recaps go per OPD, so a "Sub Bagian Umum …" must not become a unit).
    UNIT: (
        "satuankerjainduknama",
        "satuankerjainduk",
        "satkerinduk",
        "opd",
        "skpd",
        "perangkatdaerah",
        "unitkerja",
        "unitkerjaopd",
        "satker",
        "satuankerja",
        "satuankerjanama",
        "instansi",
        "unornama",
        "unor",
        "unitorganisasi",
        "subunit",
        "unitkerjasub",
    ),
    GENDER: ("jeniskelamin", "jk", "lp", "kelamin", "sex", "gender"),
    BIRTH_DATE: ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr"),
    KETERANGAN: ("ket", "keterangan", "catatan"),
}
ALIASES: dict[str, str] = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}
_UNIT_RANK = {alias: rank for rank, alias in enumerate(_ALIASES[UNIT])}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(cell: object) -> str:
    """Case-, space- and punctuation-free form of a header cell: "GOL. RUANG" -> "golruang"."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return _NON_ALNUM.sub("", fold(str(cell)))


def header_label(cell: object, index: int) -> str:
    """What a column is called in messages: its header text, or its letter."""
    text = " ".join(str(cell).split()) if cell is not None else ""
    return text or f"kolom {column_letter(index)}"


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB"."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def field_for(cell: object) -> str | None:
    """The field a header cell names, or None when it is unknown."""
    return ALIASES.get(header_key(cell))


def header_score(row: Sequence[object]) -> int:
    """How many distinct known fields a row names (used to find the header row)."""
    found = {field_for(c) for c in row if isinstance(c, str)}
    found.discard(None)
    found.discard(IGNORE)
    return len(found) + (1 if found & set(IDENTITY_FIELDS) else 0)


@dataclass(slots=True)
class ColumnMapping:
    """field -> 0-based column index; ``source`` says where it came from ("auto"/"saved"/…)."""

    columns: dict[str, int]
    header: list[str]
    source: str = "auto"
    unmapped: list[int] = field(default_factory=list)

    def index(self, name: str) -> int | None:
        return self.columns.get(name)

    def label(self, name: str) -> str:
        idx = self.columns.get(name)
        return self.header[idx] if idx is not None and idx < len(self.header) else name

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "columns": {f: self.header[i] for f, i in self.columns.items() if i < len(self.header)},
            "unmapped": [self.header[i] for i in self.unmapped if i < len(self.header)],
        }


def auto_map(header: Sequence[object]) -> ColumnMapping:
    """Map header cells to fields by alias; the first column wins when two name one field."""
    labels = [header_label(c, i) for i, c in enumerate(header)]
    columns: dict[str, int] = {}
    unit_choice: tuple[int, int] | None = None  # (rank, index)
    sub_units: list[int] = []
    unmapped: list[int] = []
    for index, cell in enumerate(header):
        key = header_key(cell)
        name = ALIASES.get(key)
        if name is None:
            if key:
                unmapped.append(index)
            continue
        if name == UNIT:
            rank = _UNIT_RANK[key]
            if unit_choice is None or rank < unit_choice[0]:
                if unit_choice is not None:
                    sub_units.append(unit_choice[1])
                unit_choice = (rank, index)
            else:
                sub_units.append(index)
            continue
        if name != IGNORE:
            columns.setdefault(name, index)
    if unit_choice is not None:
        columns[UNIT] = unit_choice[1]
        if sub_units:
            columns[SUB_UNIT] = min(sub_units)
    if PANGKAT in columns and GOLONGAN not in columns:
        columns[GOLONGAN] = columns.pop(PANGKAT)
    return ColumnMapping(columns=columns, header=labels, unmapped=unmapped)


def with_overrides(base: ColumnMapping, overrides: dict[str, int | None]) -> ColumnMapping:
    """The clerk's edits on top of a mapping (None removes a field)."""
    columns = dict(base.columns)
    for name, index in overrides.items():
        if index is None:
            columns.pop(name, None)
            continue
        for other, idx in list(columns.items()):
            if idx == index and other != name:
                del columns[other]
        columns[name] = index
    return ColumnMapping(columns=columns, header=list(base.header), source="manual")


def layout_signature(header: Sequence[object]) -> str:
    """The shape of a source layout: its folded header cells, trailing blanks dropped."""
    keys = [header_key(c) for c in header]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)


def saved_mapping(header: Sequence[object], saved: object) -> ColumnMapping | None:
    """A remembered ``field -> column`` mapping (decoded JSON) fitted to this header; None when
    there is none or it does not read as one. Columns beyond the header are dropped."""
    if not isinstance(saved, dict):
        return None
    try:
        columns = {str(k): int(v) for k, v in saved.items() if 0 <= int(v) < len(header)}
    except (ValueError, TypeError):
        return None
    labels = [header_label(c, i) for i, c in enumerate(header)]
    return ColumnMapping(columns=columns, header=labels, source="saved")


def choose_mapping(
    header: Sequence[object],
    overrides: dict[str, int | None] | None,
    saved: ColumnMapping | None = None,
) -> ColumnMapping:
    """The saved mapping for this layout, else the automatic one; then the clerk's overrides."""
    base = saved if saved is not None else auto_map(header)
    return with_overrides(base, overrides) if overrides else base
