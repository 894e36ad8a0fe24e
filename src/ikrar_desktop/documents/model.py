"""Plain inputs of the documents (no SQL, no Qt): event, people, signers, counts, options."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from ikrar_desktop.domain.golongan import golongan_label
from ikrar_desktop.domain.names import split_name
from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import UserError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

REGENCY = "regency"
OPD = "opd"
KOP_LEVELS = (REGENCY, OPD)

# Signer roles (Permendagri 1/2023 Pasal 44).
PEJABAT = "pejabat"  # name (+ gelar), pangkat and NIP
KEPALA_DAERAH = "kepala-daerah"  # Bupati, Wakil Bupati, Sekda: name only
PENJABAT = "penjabat"  # Pj/Pjs/Plt/Plh Bupati or Sekda: no gelar, NIP or pangkat


class PrintCancelled(UserError):
    """The clerk pressed Batal; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Pencetakan dibatalkan; tidak ada berkas yang disimpan.")


@dataclass(frozen=True, slots=True)
class KopSpec:
    """The letterhead: from the settings, at regency or OPD level."""

    instansi: str  # "Pemerintah Kabupaten Contoh"
    unit_name: str = ""  # the OPD line (used at OPD level)
    address_lines: tuple[str, ...] = ()
    logo: bytes = b""
    level: str = OPD


@dataclass(frozen=True, slots=True)
class Signer:
    """A signature block: header words, jabatan, then the name lines per the naming rules."""

    jabatan: str
    name: str = ""  # as recorded, with gelar; "" leaves a line to fill in by hand
    pangkat: str = ""
    nip: str = ""
    role: str = PEJABAT

    def lines(self, *, certificate: bool = False) -> list[str]:
        """Name, then pangkat and "NIP. …" where the rules want them."""
        name = self.name.strip()
        if name and (certificate or self.role == PENJABAT):
            name = split_name(name).nama
        out = [name or "(" + "." * 40 + ")"]
        if self.role == PEJABAT:
            if self.pangkat:
                out.append(self.pangkat)
            out.append(f"NIP. {format_nip(self.nip)}" if self.nip else "NIP. " + "." * 30)
        return out


def signer_role(jabatan: str) -> str:
    """Which naming rule applies to a jabatan ("Pj. Bupati Contoh" → penjabat)."""
    key = fold(jabatan).replace(".", " ").split()
    if key[:2] == ["a", "n"]:  # a.n. Bupati: an official signing for the leader
        return PEJABAT
    top = ("bupati" in key and "staf" not in key) or key[:2] == ["sekretaris", "daerah"]
    if (
        key
        and key[0] in {"pj", "pjs", "plt", "plh"}
        and ("bupati" in key or key[1:3] == ["sekretaris", "daerah"])
    ):
        return PENJABAT
    return KEPALA_DAERAH if top and key[:1] != ["asisten"] else PEJABAT


@dataclass(frozen=True, slots=True)
class DocPerson:
    """One obliged person as snapshotted for the event."""

    employee_id: int
    name: str  # with gelar
    status: str = "PNS"
    nip: str | None = None
    nik: str | None = None
    golongan: str | None = None
    jabatan: str = ""
    unit: str = ""
    attendance: str | None = None  # status slug or None (not yet recorded)
    pakta_signed: bool = False
    pakta_where: str | None = None  # "event" or "susulan"
    acknowledger: Signer | None = None  # "Mengetahui" of this person's pakta, when resolved

    @property
    def id_label(self) -> str:
        if self.nip:
            return "NI PPPK" if self.status.startswith("PPPK") else "NIP"
        return "NIK" if self.nik else "NIP"

    @property
    def id_text(self) -> str:
        """Spaced NIP / NI PPPK, or the full NIK (for the person's own sheet)."""
        if self.nip:
            return format_nip(self.nip)
        return self.nik or "-"

    @property
    def id_list_text(self) -> str:
        """For lists that circulate: NIK masked."""
        if self.nip:
            return format_nip(self.nip)
        return f"NIK {mask_nik(self.nik)}" if self.nik else "-"

    @property
    def golongan_text(self) -> str:
        return golongan_label(self.golongan) or "-"


@dataclass(frozen=True, slots=True)
class DocEvent:
    id: int
    title: str
    date: datetime.date
    kind_label: str = "Ikrar Netralitas"
    place: str = ""
    time: str | None = None
    points: tuple[str, ...] = ()
    leader: Signer | None = None
    witnesses: tuple[Signer, ...] = ()
    zone: str = "WIB"  # printed after times: WIB, WITA or WIT


@dataclass(frozen=True, slots=True)
class DocUnit:
    """The people of one OPD and who signs for it."""

    name: str
    people: tuple[DocPerson, ...]
    head: Signer | None = None


@dataclass(frozen=True, slots=True)
class CertificateEntry:
    person: DocPerson
    number: str
    code: str  # verification code, grouped "ABCD-EFGH-JKLM"


@dataclass(frozen=True, slots=True)
class UnitCount:
    unit: str
    obliged: int
    present: int
    signed: int
    excused: int = 0
    absent: int = 0  # tanpa keterangan
    unrecorded: int = 0
    signed_event: int = 0
    signed_later: int = 0

    @property
    def completion(self) -> float:
        return self.signed / self.obliged if self.obliged else 0.0


@dataclass(frozen=True, slots=True)
class Options:
    """What every document shares: paper, kop, the place for dates."""

    paper: str = "A4"
    kop: KopSpec | None = None
    city: str = ""  # place written before the date ("Cibinong, 18 September 2023")
    progress: Progress | None = None
    cancel: Cancel | None = None


@dataclass(slots=True)
class Rendered:
    data: bytes
    pages: int
    people: int
    shrunk: list[str] = field(default_factory=list)


def tick(options: Options, done: int, total: int) -> None:
    """Report progress and honour cancel every so often."""
    if options.cancel is not None and options.cancel():
        raise PrintCancelled()
    if options.progress is not None:
        options.progress(done, total)
