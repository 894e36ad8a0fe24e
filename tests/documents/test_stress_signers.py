"""The stress regency built in a database, its pakta and daftar hadir printed through the
print service on A4 and F4, and who signs "Mengetahui" read back from the PDF (issue 18)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import geometry
import pytest
from stress import JABATAN_LONG, NAME_120, OPD_88, OPD_150, PMD, SURNAMES

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import events, printing
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import units as unit_store

SETDA, DINKES, PKM = "Sekretariat Daerah", "Dinas Kesehatan", "Puskesmas Sukamakmur"
KEC, KEL, SOS = "Kecamatan Sukamakmur", "Kelurahan Sukamaju", "Dinas Sosial"
LEADER_TITLE, LEADER = "Pj. Bupati Sukamakmur", "Dr. H. Bambang Sutrisno, M.Si."


@dataclass(frozen=True, slots=True)
class Head:
    front: str
    nama: str
    back: str
    title: str  # how the head's post is printed over his name ("Plt. Kepala …")
    acting: str | None = None

    @property
    def shown(self) -> str:
        front = " ".join(p for p in (self.front, self.nama) if p)
        return f"{front}, {self.back}" if self.back else front


# unit: (its head or None, the unit above or None) — as a clerk sets them on the Unit Kerja page
UNITS: dict[str, tuple[Head | None, str | None]] = {
    SETDA: (Head("Dr. H.", "Iwan Setiawan", "M.Si.", "Sekretaris Daerah"), None),
    OPD_88: (Head("Dra. Hj.", "Euis Komariah Kartasasmita", "M.Si.", f"Kepala {OPD_88}"), SETDA),
    OPD_150: (Head("Prof. Dr. dr.", NAME_120.split(", ")[0].removeprefix("Prof. Dr. dr. "),
                   "Sp.PD-KGEH, M.Kes., M.Sc.", f"Plt. Kepala {OPD_150}", "Plt."), SETDA),
    PMD: (Head("Drs. H.", "Asep Saepudin Natawijaya", "M.M.", f"Kepala {PMD}"), SETDA),
    DINKES: (Head("dr.", "Hendra Kusnandar", "M.Kes.", f"Kepala {DINKES}"), SETDA),
    PKM: (Head("dr.", "Rina Puspitasari", "", f"Kepala {PKM}"), DINKES),
    KEC: (Head("", "Dadang Suryadarma", "S.STP., M.Si.", "Camat Sukamakmur"), SETDA),
    KEL: (Head("", "Yayat Hidayatullah", "S.IP.", "Lurah Sukamaju"), KEC),
    SOS: (None, SETDA),  # no head set yet
}  # fmt: skip
assert UNITS[OPD_150][0] is not None and UNITS[OPD_150][0].shown == NAME_120  # six gelar
STAFF = {KEL: 24}  # people besides the head: 2 in every unit, a section over two pages here
PAPERS = ("A4", "F4")


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    shown: str
    nip: str
    unit: str
    head: Head | None  # the head of his unit when he is that head


def _nip(n: int) -> str:
    """A valid PNS NIP: born 1960-1979, appointed 2005-2014, a sequence of its own."""
    return f"19{60 + n % 20}0{1 + n % 9}1{n % 9}20{5 + n % 10:02d}0{1 + n % 9}1{n:03d}"


def head_nip(unit: str) -> str:
    """The NIP of a unit's head as set up below (the Sekda signs by name alone)."""
    return "" if unit == SETDA else _nip(1 + list(UNITS).index(unit))


def build(conn: sqlite3.Connection) -> dict[str, Person]:
    """The registry, the heads, the parents and the leader; people by NIP."""
    people: dict[str, Person] = {}
    heads: dict[str, int] = {}
    n = 100  # the staff's NIPs; the heads' follow their unit's place in UNITS
    for i, (unit, (head, _parent)) in enumerate(UNITS.items(), 1):
        if head is not None:
            draft = EmployeeDraft(nama=head.nama, nip=_nip(i), gelar_depan=head.front,
                                  gelar_belakang=head.back, status="PNS", golongan="IV/c",
                                  jabatan=head.title, unit=unit)  # fmt: skip
            heads[unit] = add_employee(conn, draft).id
            people[draft.nip] = Person(heads[unit], head.shown, draft.nip, unit, head)
        for k in range(STAFF.get(unit, 2)):
            n += 1
            nama = f"{SURNAMES[n % len(SURNAMES)]} Anggraeni Saputra{n:03d}"
            jabatan = JABATAN_LONG if k % 2 else "Pengadministrasi Umum"
            draft = EmployeeDraft(nama=nama, nip=_nip(n), gelar_belakang="S.Sos.", status="PNS",
                                  golongan="III/b", jabatan=jabatan, unit=unit)  # fmt: skip
            people[draft.nip] = Person(add_employee(conn, draft).id, f"{nama}, S.Sos.", draft.nip,
                                       unit, None)  # fmt: skip
    for unit, (head, parent) in UNITS.items():
        uid = unit_store.find_by_name(conn, unit)
        assert uid is not None, unit
        parent_id = unit_store.find_by_name(conn, parent) if parent else None
        unit_service.set_unit(conn, uid, head_id=heads.get(unit), parent_id=parent_id,
                              acting=head.acting if head else None)  # fmt: skip
    settings_service.set_value(conn, "pimpinan_nama", LEADER)
    settings_service.set_value(conn, "pimpinan_jabatan", LEADER_TITLE)
    settings_service.set_value(conn, "tempat", "Sukamakmur")
    return people


def expected(person: Person) -> tuple[str, str, str] | None:
    """Rule 1 from the data above: (title, name, NIP) of the acknowledger; None when unknown.
    The Sekda and the Pj. sign by name alone (Permendagri 1/2023), the other heads with NIP."""
    head, parent = UNITS[person.unit]
    if person.head is None:
        return (head.title, head.shown, head_nip(person.unit)) if head else None
    if parent is None:  # the Sekda: the leader, a Pj. without gelar
        return LEADER_TITLE, "Bambang Sutrisno", ""
    above = UNITS[parent][0]
    if above is None:
        return None
    return above.title, above.shown, head_nip(parent)


def shown_nip(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


SIGNER_NIP = re.compile(r"Yang membuat pernyataan, .* NIP\. (\d{8} \d{6} \d \d{3})$")
ROW_NIP = re.compile(r"\d{8} \d{6} \d \d{3}")


def printed(
    conn: sqlite3.Connection, kind: str, paper: str, tmp_path: Path, unit: str | None = None
) -> tuple[printing.PrintReport, list[geometry.Page]]:
    event_id = events.create_event(
        conn, events.EventDraft(title="Penandatanganan Pakta Integritas", date="2026-03-02",
                                kind="pakta")
    ).event.id  # fmt: skip
    out = tmp_path / f"{kind}-{paper}.pdf"
    report = printing.print_document(conn, kind, event_id, out, paper=paper, unit=unit)
    return report, geometry.read(out.read_bytes(), f"{kind} {paper}")


def names(people: dict[str, Person]) -> list[str]:
    return [p.shown for p in people.values()] + [LEADER]


def acknowledger_block(left: str, ack: tuple[str, str, str] | None, unit: str) -> None:
    """The "Mengetahui" column names exactly ``ack`` (or a line to sign by hand)."""
    if ack is None:
        title = UNITS[unit][0]
        assert title is None
        assert left.startswith(f"Mengetahui, Kepala {unit}, (......"), left
        return
    title, name, nip = ack
    assert (left + " ").startswith(f"Mengetahui, {title}, {name} "), left
    found = re.findall(r"NIP\. ([\d ]+\d)", left)
    assert found == ([shown_nip(nip)] if nip else []), left


@pytest.mark.parametrize("paper", PAPERS)
def test_pakta_mengetahui_is_who_rule_1_says_never_the_signer(
    conn: sqlite3.Connection, tmp_path: Path, paper: str
) -> None:
    people = build(conn)
    report, pages = printed(conn, "pakta", paper, tmp_path)
    sheets: dict[str, str] = {}
    for page in pages:
        blocks = geometry.signature_blocks(page)
        assert len(blocks) == 2, (page.name, blocks)
        left, right = blocks
        own = SIGNER_NIP.search(right)
        assert own is not None, (page.name, right)
        person = next(p for p in people.values() if shown_nip(p.nip) == own.group(1))
        assert person.nip not in sheets, f"two sheets for {person.shown}"
        sheets[person.nip] = left
        acknowledger_block(left, expected(person), person.unit)
        # never the signer himself: not his name, not his NIP
        assert person.shown not in left and own.group(1) not in left, (page.name, left)
    assert sorted(sheets) == sorted(people)
    # the heads of every level were on the list: Sekda, OPD heads, the Plt., Camat, Lurah …
    assert {p.unit for p in people.values() if p.head} == {u for u, (h, _) in UNITS.items() if h}
    unknown = sorted(p.shown for p in people.values() if expected(p) is None)
    assert len(unknown) == 2
    assert sorted(s.split(" (")[0].removeprefix("Pakta ") for s in report.unknown_acknowledger) \
        == unknown  # fmt: skip
    assert all(f"({SOS}): Kepala {SOS} belum ditetapkan" in s for s in report.unknown_acknowledger)
    assert geometry.problems(pages, names(people)) == []


@pytest.mark.parametrize("paper", PAPERS)
def test_daftar_hadir_mengetahui_is_the_head_of_each_section(
    conn: sqlite3.Connection, tmp_path: Path, paper: str
) -> None:
    people = build(conn)
    by_nip = {shown_nip(p.nip): p for p in people.values()}
    report, pages = printed(conn, "daftar-hadir", paper, tmp_path)
    closed: list[str] = []
    unit = ""
    for page in pages:
        rows = " ".join(w.text for w in geometry.content(page))
        on_page = {by_nip[n].unit for n in ROW_NIP.findall(rows)}
        assert len(on_page) <= 1, (page.name, on_page)  # one section per page at most
        unit = on_page.pop() if on_page else unit
        blocks = geometry.signature_blocks(page)
        if not blocks:
            continue
        left, right = blocks
        assert right.endswith("Petugas Pencatat, (........................................)")
        head, _parent = UNITS[unit]
        ack = (head.title, head.shown, head_nip(unit)) if head else None
        acknowledger_block(left, ack, unit)
        closed.append(unit)
    assert sorted(closed) == sorted(UNITS)  # every section closes once, with its own head
    assert len(pages) > len(UNITS)  # and the long section ran over a page without a block
    assert report.unknown_acknowledger == [f"Daftar hadir {SOS}"]
    assert geometry.problems(pages, names(people)) == []


@pytest.mark.parametrize(
    ("title", "name", "printed_name"),
    [
        ("Pj. Bupati Sukamakmur", "Dr. H. Bambang Sutrisno, M.Si.", "Bambang Sutrisno"),
        ("Plt. Bupati Sukamakmur", "H. Ujang Sutisna, S.H.", "Ujang Sutisna"),
        ("Bupati Sukamakmur", "H. Ahmad Fauzi, S.E.", "Ahmad Fauzi"),
    ],
)
def test_the_sekda_is_acknowledged_by_the_leader_of_the_settings(
    conn: sqlite3.Connection, tmp_path: Path, title: str, name: str, printed_name: str
) -> None:
    people = build(conn)
    settings_service.set_value(conn, "pimpinan_nama", name)
    settings_service.set_value(conn, "pimpinan_jabatan", title)
    _report, pages = printed(conn, "pakta", "A4", tmp_path, unit=SETDA)
    sekda = next(p for p in people.values() if p.unit == SETDA and p.head)
    found = [b[0] for b in map(geometry.signature_blocks, pages) if shown_nip(sekda.nip) in b[1]]
    assert len(found) == 1
    left = found[0]
    assert left.startswith(f"Mengetahui, {title}, ") and printed_name in left, left
    assert "NIP" not in left and sekda.shown not in left and "Iwan Setiawan" not in left
    if not title.startswith("Bupati"):  # a Pj. or Plt. signs without gelar
        assert name not in left and "H." not in left.split(title)[1], left


def test_a_unit_whose_head_is_cleared_is_reported_and_never_names_the_signer(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    people = build(conn)
    kelurahan = unit_store.find_by_name(conn, KEL)
    assert kelurahan is not None
    unit_service.set_unit(conn, kelurahan, head_id=None)  # the Lurah moved; none named yet
    report, pages = printed(conn, "pakta", "A4", tmp_path, unit=KEL)
    on_list = [p for p in people.values() if p.unit == KEL]
    assert len(pages) == len(on_list) == len(report.unknown_acknowledger)
    for page in pages:
        left, right = geometry.signature_blocks(page)
        assert left.startswith("Mengetahui, Lurah Sukamaju, (......"), left
        own = SIGNER_NIP.search(right)
        assert own is not None and own.group(1) not in left, right
        assert "Yayat Hidayatullah" not in left and "NIP. 1" not in left
    assert geometry.problems(pages, names(people)) == []
    lurah = next(p for p in on_list if p.head)
    assert f"Pakta {lurah.shown} ({KEL}): Lurah Sukamaju belum ditetapkan" in (
        report.unknown_acknowledger
    )
    report, pages = printed(conn, "daftar-hadir", "A4", tmp_path, unit=KEL)
    assert report.unknown_acknowledger == [f"Daftar hadir {KEL}"]
    assert geometry.signature_blocks(pages[-1])[0].startswith("Mengetahui, Lurah Sukamaju, (....")
    assert geometry.problems(pages, names(people)) == []


def test_a_camat_who_is_also_plt_lurah_never_acknowledges_himself(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    people = build(conn)
    camat = next(p for p in people.values() if p.unit == KEC and p.head)
    kelurahan = unit_store.find_by_name(conn, KEL)
    assert kelurahan is not None
    unit_service.set_unit(conn, kelurahan, head_id=camat.id, acting="Plt.")
    sheets: list[str] = []
    for unit in (KEL, KEC):
        report, pages = printed(conn, "pakta", "F4", tmp_path, unit=unit)
        assert report.unknown_acknowledger == []
        for page in pages:
            left, right = geometry.signature_blocks(page)
            sheets.append(right)
            if shown_nip(camat.nip) in right:  # the Camat's own sheet: up to the Sekda
                assert left.startswith("Mengetahui, Sekretaris Daerah, Dr. H. Iwan Setiawan"), left
            elif unit == KEL:  # the Kelurahan (and its former Lurah): the Plt. Lurah
                want = f"Mengetahui, Plt. Lurah Sukamaju, {camat.shown} "
                assert left.startswith(want), left
            else:  # the Kecamatan's staff: the Camat
                assert left.startswith(f"Mengetahui, Camat Sukamakmur, {camat.shown} "), left
            own = SIGNER_NIP.search(right)
            assert own is not None and own.group(1) not in left, (left, right)
    assert sum(shown_nip(camat.nip) in b for b in sheets) == 1
