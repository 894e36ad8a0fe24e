"""Who signs "Mengetahui": unit heads as data, the chain up to the Sekda and the leader."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ikrar_desktop.domain.golongan import GOLONGAN_ORDER, PANGKAT, golongan_label
from ikrar_desktop.domain.names import display_name, split_name
from ikrar_desktop.domain.status import guess_unit_kind
from ikrar_desktop.domain.textfold import fold, fold_unit

if TYPE_CHECKING:
    from ikrar_desktop.documents.model import DocPerson, Signer
    from ikrar_desktop.services.settings import Settings

ACTING = ("Plt.", "Plh.")
SETDA = "Sekretariat Daerah"
# jabatan of a unit's own head, folded; a jabatan must start with one of them
HEAD_STARTS = (
    "kepala dinas", "kepala badan", "kepala satuan", "kepala pelaksana", "kepala kantor",
    "kepala puskesmas", "kepala sekolah", "kepala sd", "kepala smp", "kepala upt", "camat",
    "lurah", "direktur", "sekretaris daerah", "sekretaris dprd", "sekretaris dewan", "inspektur",
)  # fmt: skip
NOT_HEAD = ("inspektur pembantu", "direktur utama")
_ACTING_PREFIX = re.compile(r"^(plt|plh)\s+")
_ATAS_NAMA = re.compile(r"^a\.?\s?n\.?\s", re.IGNORECASE)


def head_title(name: str, kind: str | None) -> str:
    """The head's title of a unit: "Kepala Dinas Kesehatan", "Camat Cibinong", "Inspektur"."""
    kind = kind or guess_unit_kind(name)
    bare = " ".join(name.split())
    if kind == SETDA and is_setda_name(bare):
        return "Sekretaris Daerah"
    if kind == "Sekretariat DPRD":
        return "Sekretaris DPRD"
    if kind == "Inspektorat":
        return "Inspektur"
    if kind == "Kecamatan":
        return "Camat " + re.sub(r"(?i)^kecamatan\s+", "", bare)
    if kind == "Kelurahan":
        return "Lurah " + re.sub(r"(?i)^(kantor\s+)?kelurahan\s+", "", bare)
    if kind == "RSUD":
        return "Direktur " + bare
    return "Kepala " + bare


def is_setda_name(name: str) -> bool:
    key = fold(name)
    return key.startswith("sekretariat daerah") or key in ("setda", "sekda")


def acting_of(jabatan: str) -> str | None:
    """'Plt.' for "Plt. Kepala Dinas …", 'Plh.' for "Plh. …", None for a definitive post."""
    found = _ACTING_PREFIX.match(fold(jabatan))
    return f"{found.group(1).capitalize()}." if found else None


def is_head_jabatan(jabatan: str, unit_name: str = "", kind: str | None = None) -> bool:
    """A jabatan naming the head of a unit (not of a bidang, seksi or sub-unit)."""
    key = _ACTING_PREFIX.sub("", fold(jabatan))
    if any(key.startswith(word) for word in NOT_HEAD):
        return False
    if unit_name and key == fold(head_title(unit_name, kind)):
        return True
    return any(key == start or key.startswith(start + " ") for start in HEAD_STARTS)


def rank(golongan: str | None) -> int:
    """Higher for a higher rank: PNS IV/e on top, then PPPK XVII … I, unknown last."""
    if not golongan or golongan not in GOLONGAN_ORDER:
        return -1
    if golongan in PANGKAT:
        return 100 + GOLONGAN_ORDER.index(golongan)
    return GOLONGAN_ORDER.index(golongan) - len(PANGKAT)


def leader(settings: Settings) -> Signer | None:
    """The regency's leader from the settings: Bupati, Pj. Bupati or an a.n. Bupati signer."""
    from ikrar_desktop.documents.model import PEJABAT, Signer, signer_role

    name, jabatan = settings.pimpinan_nama.strip(), settings.pimpinan_jabatan.strip()
    if not name and not jabatan:
        return None
    jabatan = jabatan or "Bupati"
    if _ATAS_NAMA.match(jabatan):
        return Signer(jabatan, name, settings.pimpinan_pangkat, settings.pimpinan_nip, PEJABAT)
    return Signer(jabatan, name, role=signer_role(jabatan))


@dataclass(slots=True)
class _Unit:
    id: int
    name: str
    kind: str | None
    parent_id: int | None
    head_id: int | None
    acting: str | None
    head: Signer | None


_LEADER = -1  # the step above the Sekretariat Daerah
_UNITS_SQL = """SELECT u.id, u.name, u.kind, u.parent_id, u.head_id, u.head_acting,
       e.gelar_depan, e.nama, e.gelar_belakang, e.nip, e.golongan
FROM units u LEFT JOIN employees e ON e.id = u.head_id"""


class Chain:
    """Heads and parents of every unit, read once per print; answers who acknowledges whom."""

    def __init__(self, conn: sqlite3.Connection, settings: Settings) -> None:
        from ikrar_desktop.documents.model import Signer, signer_role

        self.units: dict[int, _Unit] = {}
        self.by_key: dict[str, int] = {}
        for row in conn.execute(_UNITS_SQL):
            uid, name, kind, parent_id, head_id, acting = row[:6]
            head = None
            if head_id is not None:
                title = head_title(name, kind)
                title = f"{acting} {title}" if acting else title
                shown = display_name(row[6], row[7], row[8])
                head = Signer(title, shown, golongan_label(row[10]), row[9] or "",
                              signer_role(title))  # fmt: skip
            self.units[uid] = _Unit(uid, name, kind, parent_id, head_id, acting, head)
            self.by_key[fold_unit(name)] = uid
        setdas = [u.id for u in self.units.values() if is_setda_name(u.name)]
        self.setda = setdas[0] if setdas else None
        self.leader = leader(settings)
        self.leader_nip = settings.pimpinan_nip

    def _blank(self, uid: int | None, fallback: str) -> Signer:
        from ikrar_desktop.documents.model import Signer

        if uid == _LEADER:
            return Signer(self.leader.jabatan if self.leader else "Bupati")
        if uid is None or uid not in self.units:
            return Signer(fallback)
        unit = self.units[uid]
        return Signer(head_title(unit.name, unit.kind))

    def unit_id(self, unit_name: str) -> int | None:
        return self.by_key.get(fold_unit(unit_name))

    def unit_head(self, unit_name: str) -> Signer:
        """The head of a unit, or its title with a line to sign by hand when not set."""
        uid = self.unit_id(unit_name)
        unit = self.units.get(uid) if uid is not None else None
        if unit is not None and unit.head is not None:
            return unit.head
        return self._blank(uid, "Kepala " + (unit_name or "Unit Kerja"))

    def _above(self, uid: int) -> int | None:
        unit = self.units[uid]
        if unit.parent_id is not None and unit.parent_id in self.units:
            return unit.parent_id
        if uid == self.setda:
            return _LEADER
        return self.setda

    def for_person(
        self,
        employee_id: int,
        nip: str | None,
        unit_name: str,
        unit_id: int | None = None,
        name: str = "",
    ) -> Signer:
        """The "Mengetahui" of one person's pakta: the head of the unit; for that head the head
        of the unit above (a head of an OPD: the Sekda; the Sekda: the leader); never the
        person (``nip`` or ``name`` tell the leader of the settings apart from him). ``unit_id``
        (the event's snapshot) finds a unit renamed since; else ``unit_name`` does."""
        start = unit_id if unit_id in self.units else self.unit_id(unit_name)
        fallback = "Kepala " + (unit_name or "Unit Kerja")
        uid, seen = start, set()
        while uid is not None and uid not in seen:
            if uid == _LEADER:
                found = self.leader
                himself = found is not None and (
                    (bool(nip) and self.leader_nip == nip) or _same_person(found.name, name)
                )
                return found if found is not None and not himself else self._blank(uid, fallback)
            seen.add(uid)
            unit = self.units[uid]
            if unit.head is None:
                return self._blank(uid, fallback)
            if unit.head_id != employee_id:
                return unit.head
            uid = self._above(uid)
        return self._blank(uid, "Sekretaris Daerah" if start is not None else fallback)


def _same_person(a: str, b: str) -> bool:
    return bool(a.strip() and b.strip()) and fold(split_name(a).nama) == fold(split_name(b).nama)


def known(signer: Signer | None) -> bool:
    return signer is not None and bool(signer.name.strip())


def acknowledge(
    kind: str,
    chain: Chain,
    people: list[DocPerson],
    heads: dict[str, Signer],
    unit_ids: dict[int, int | None],
) -> tuple[list[DocPerson], list[str]]:
    """Each pakta's "Mengetahui" (never the signer himself) and the sheets whose signer is
    still unknown: a pakta per person, a daftar hadir section per unit."""
    from dataclasses import replace

    if kind != "pakta":
        return people, [f"Daftar hadir {name}" for name, head in heads.items() if not known(head)]
    out, unknown = [], []
    for p in people:
        ack = chain.for_person(p.employee_id, p.nip, p.unit, unit_ids.get(p.employee_id), p.name)
        if not known(ack):
            unknown.append(f"Pakta {p.name} ({p.unit or '-'}): {ack.jabatan} belum ditetapkan")
        out.append(replace(p, acknowledger=ack))
    return out, unknown


@dataclass(slots=True)
class Suggestion:
    """What the Unit Kerja page proposes for a unit; the clerk confirms before it is stored."""

    unit_id: int
    unit: str
    head_id: int | None = None
    head: str = ""
    acting: str | None = None
    parent_id: int | None = None
    parent: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"unit_id": self.unit_id, "unit": self.unit, "head_id": self.head_id,
                "head": self.head, "acting": self.acting, "parent_id": self.parent_id,
                "parent": self.parent}  # fmt: skip


def suggest_head(
    people: list[tuple[int, str, str, str | None]], unit_name: str, kind: str | None
) -> tuple[int, str | None] | None:
    """(employee id, acting form) of the likeliest head among (id, name, jabatan, golongan):
    a head jabatan of this unit, the highest rank first, the exact title before others."""
    title = fold(head_title(unit_name, kind))
    heads = [p for p in people if is_head_jabatan(p[2], unit_name, kind)]
    if not heads:
        return None
    best = max(heads, key=lambda p: (_ACTING_PREFIX.sub("", fold(p[2])) == title, rank(p[3])))
    return best[0], acting_of(best[2])


def suggest_parent(
    name: str, kind: str | None, units: list[tuple[int, str, str | None]]
) -> int | None:
    """The unit above: Puskesmas → Dinas Kesehatan, SD/SMP → Dinas Pendidikan, Kelurahan X →
    Kecamatan X, anything else → the Sekretariat Daerah (which has none)."""
    if is_setda_name(name):
        return None
    kind = kind or guess_unit_kind(name)
    key = fold(name)

    def first(wanted: str) -> int | None:
        return next((uid for uid, n, _k in units if fold(n).startswith(wanted)), None)

    found = None
    if kind == "Puskesmas" or "puskesmas" in key:
        found = first("dinas kesehatan")
    elif kind == "Sekolah":
        found = first("dinas pendidikan")
    elif kind == "Kelurahan":
        area = re.sub(r"^(kantor )?kelurahan ", "", key)
        found = next((uid for uid, n, _k in units if fold(n) == "kecamatan " + area), None)
    if found is None:
        found = next((uid for uid, n, _k in units if is_setda_name(n)), None)
    return found
