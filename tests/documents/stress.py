"""Stress inputs for the document geometry tests: the longest OPD names, names and jabatan an
office really has, the heads who sign, and sections of every size so every remainder occurs."""

from __future__ import annotations

import datetime

from ikrar_desktop.documents.case_register import RegisterRow, RegisterSpec
from ikrar_desktop.documents.case_sheet import CaseSheet, SheetEvidence, SheetStep
from ikrar_desktop.documents.model import (
    DocEvent,
    DocPerson,
    DocUnit,
    KopSpec,
    Options,
    Signer,
    UnitCount,
)
from ikrar_desktop.domain.attendance import DEFAULT_PAKTA_POINTS

OPD_88 = (  # "88 characters" in the issue; 93 as the name is really written
    "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"
)
OPD_150 = (
    "Dinas Pemberdayaan Masyarakat, Desa, Pengendalian Penduduk, Keluarga Berencana, "
    "Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sukamakmur Raya"
)
PMD = "Dinas Pemberdayaan Masyarakat dan Desa"
# six gelar, front and back, 120 characters
NAME_120 = (
    "Prof. Dr. dr. Raden Ajeng Siti Nurhalimah Kusumawardhani Prawiranegara "
    "Sosrodiningrat Kinanti, Sp.PD-KGEH, M.Kes., M.Sc."
)
JABATAN_LONG = (
    "Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat Dinas "
    "Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"
)
SURNAMES = ("Wiradinata", "Suryadarma", "Kartasasmita", "Natawijaya", "Puspitasari",
            "Rahmawati", "Hidayatullah", "Kusnandar", "Permadi", "Sulistyowati")  # fmt: skip

assert len(OPD_88) >= 88 and len(OPD_150) == 150 and len(NAME_120) == 120


def _nip(n: int) -> str:
    return f"19{70 + n % 25:02d}0{1 + n % 9}1{5 + n % 4}200{n % 10}0{1 + n % 2}1{n % 1000:03d}"


def person(n: int, unit: str, *, name: str = "", jabatan: str = "", kind: str = "PNS") -> DocPerson:
    base = name or f"{SURNAMES[n % len(SURNAMES)]} Anggraeni Saputra{n:03d}, S.Sos."
    if kind == "Non-ASN":
        return DocPerson(n, base, kind, None, f"3219014101{n % 10000:06d}", None,
                         jabatan or "Pramubakti", unit)  # fmt: skip
    return DocPerson(n, base, kind, _nip(n), None, "III/b" if kind == "PNS" else "IX",
                     jabatan or "Pengadministrasi Umum", unit)  # fmt: skip


def head(jabatan: str, name: str, n: int, role: str = "pejabat") -> Signer:
    return Signer(jabatan, name, "Pembina Utama Muda, IV/c" if role == "pejabat" else "",
                  _nip(n) if role == "pejabat" else "", role)  # fmt: skip


HEADS = {
    OPD_88: head(f"Kepala {OPD_88}", "Dra. Hj. Euis Komariah Kartasasmita, M.Si.", 901),
    OPD_150: head(f"Plt. Kepala {OPD_150}", NAME_120, 902),
    PMD: head(f"Kepala {PMD}", "Drs. H. Asep Saepudin Natawijaya, M.M.", 903),
    "Sekretariat Daerah": head(
        "Sekretaris Daerah", "Dr. H. Iwan Setiawan, M.Si.", 904, "kepala-daerah"
    ),
    "Kecamatan Sukamakmur": head("Camat Sukamakmur", "Dadang Suryadarma, S.STP., M.Si.", 905),
    "Puskesmas Sukamakmur": head("Kepala Puskesmas Sukamakmur", "dr. Rina Puspitasari", 906),
}
NAMES_OF_HEADS = [s.name for s in HEADS.values()]


def units(sizes: range | list[int], *, long_every: int = 4) -> list[DocUnit]:
    """One unit per size; the names of the units cycle through the long ones, and every
    ``long_every``-th person has the 120-character name or the long jabatan."""
    names = list(HEADS)
    out: list[DocUnit] = []
    n = 0
    for i, size in enumerate(sizes):
        unit = names[i % len(names)] if i < 2 * len(names) else f"Unit Kerja Nomor {i}"
        people = []
        for k in range(size):
            n += 1
            kind = ("PNS", "PPPK", "Non-ASN")[n % 3]
            name = NAME_120 if k % long_every == 1 else ""
            jabatan = JABATAN_LONG if k % long_every == 2 else ""
            if k == 0 and unit in HEADS:  # the head is on the list too
                h = HEADS[unit]
                people.append(DocPerson(n, h.name, "PNS", h.nip or _nip(n), None, "IV/c",
                                        h.jabatan, unit))  # fmt: skip
                continue
            people.append(person(n, unit, name=name, jabatan=jabatan, kind=kind))
        out.append(DocUnit(unit, tuple(people), HEADS.get(unit)))
    return out


def event() -> DocEvent:
    return DocEvent(
        id=7, title="Ikrar Netralitas dan Penandatanganan Pakta Integritas Aparatur Sipil Negara "
        "pada Pemilihan Umum dan Pemilihan Kepala Daerah Serentak Tahun 2024",
        date=datetime.date(2024, 9, 18), place=f"Aula {OPD_88}", time="08:00",
        points=DEFAULT_PAKTA_POINTS,
        leader=Signer("Pj. Bupati Sukamakmur", "Dr. H. Bambang Sutrisno, M.Si.", role="penjabat"),
        witnesses=(Signer("Ketua Bawaslu Kabupaten Sukamakmur", "H. Ujang Sutisna, S.H."),
                   Signer(f"Kepala {OPD_150}", NAME_120)),
    )  # fmt: skip


def options(paper: str, *, level: str = "opd") -> Options:
    from doc_helpers import logo

    kop = KopSpec("Pemerintah Kabupaten Sukamakmur", OPD_150,
                  ("Jalan Raya Pemda Nomor 17, Komplek Perkantoran Pemerintah Kabupaten "
                   "Sukamakmur, Sukamakmur 43251",), logo(), level)  # fmt: skip
    return Options(paper, kop, "Sukamakmur")


def counts(units_: list[DocUnit]) -> tuple[list[UnitCount], UnitCount]:
    rows = [UnitCount(u.name, len(u.people) * 1237, len(u.people) * 1100, len(u.people) * 998,
                      37, 100, 0, 900, 98) for u in units_]  # fmt: skip
    total = UnitCount("Jumlah", *(sum(getattr(r, f) for r in rows) for f in (
        "obliged", "present", "signed", "excused", "absent", "unrecorded", "signed_event",
        "signed_later")))  # fmt: skip
    return rows, total


def register(rows: int) -> RegisterSpec:
    day = datetime.date(2024, 3, 4)
    out = []
    for i in range(rows):
        out.append(RegisterRow(
            number=f"NET-2024-{i + 1:04d}", reported_on=day, name=NAME_120 if i % 3 else
            f"Dadang Suryadarma{i}", id_text=_nip(i), unit=(OPD_150, OPD_88, PMD)[i % 3],
            form="KE-4", step="Pemeriksaan oleh Pejabat Pembina Kepegawaian", step_on=day,
            due=day if i % 2 else None, overdue_days=12 if i % 2 else 0,
            sanction="SM-2 Pernyataan secara terbuka (sanksi moral)" if i % 4 == 0 else "",
            open=bool(i % 4),
        ))  # fmt: skip
    return RegisterSpec(tuple(out), f"Masih berjalan · OPD: {OPD_150}", day)


def case(steps: int) -> CaseSheet:
    day = datetime.date(2024, 3, 4)
    return CaseSheet(
        number="NET-2024-0001", reported_on=day, source="Bawaslu", source_ref="001/PP/2024",
        name=NAME_120, id_label="NIP", id_text="19720915 200603 2 983", golongan="IV/c",
        jabatan=JABATAN_LONG, unit=OPD_150, election="Pemilihan Kepala Daerah Serentak 2024",
        form="KE-4 — Membuat posting, comment, share, like, bergabung/follow dalam grup/akun "
        "pemenangan bakal calon", form_kind="Kampanye", description="Uraian kejadian. " * 40,
        step="Pemeriksaan", step_on=day, due=day, overdue_days=3,
        steps=tuple(SheetStep(f"Tahap {i}", day, "Catatan tindak lanjut " * (i % 5 + 1),
                              operator="Petugas Pencatat Panjang") for i in range(steps)),
        evidence=tuple(SheetEvidence(f"bukti-{OPD_88}-{i}.jpg", 123456, "ab" * 32, "05-03-2024")
                       for i in range(4)),
        printed_on=day, status="PNS",
    )  # fmt: skip
