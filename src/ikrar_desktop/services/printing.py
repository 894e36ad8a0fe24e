"""Print batches: fill the document models from the event's snapshot, render, write atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.golongan import golongan_label
from ikrar_desktop.domain.names import display_name, split_name
from ikrar_desktop.domain.textfold import fold, fold_unit
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.services import events as events_service
from ikrar_desktop.services import labels, numbering, signers
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.events import stamp
from ikrar_desktop.services.signers import Chain

if TYPE_CHECKING:
    from ikrar_desktop.documents.model import (
        DocEvent,
        DocPerson,
        DocUnit,
        KopSpec,
        Options,
        Rendered,
        Signer,
        UnitCount,
    )

KINDS: tuple[str, ...] = ("pakta", "daftar-hadir", "sertifikat", "berita-acara", "rekap",
                          "undangan", "kartu")  # fmt: skip
KIND_LABELS = {
    "pakta": "Pakta Integritas",
    "daftar-hadir": "Daftar Hadir",
    "sertifikat": "Sertifikat",
    "berita-acara": "Berita Acara",
    "rekap": "Rekapitulasi",
    "undangan": "Undangan",
    "kartu": "Kartu Peserta",
    "kalibrasi": "Halaman Kalibrasi",
}
DEFAULT_KOP = {"pakta": "regency", "daftar-hadir": "opd", "sertifikat": "regency",
               "berita-acara": "opd", "rekap": "opd", "undangan": "regency",
               "kartu": "regency"}  # fmt: skip
# the officials' papers (services.official_papers)
KINDS += ("naskah-ikrar", "surat-undangan")
KIND_LABELS |= {"naskah-ikrar": "Naskah Ikrar", "surat-undangan": "Surat Undangan"}
DEFAULT_KOP |= {"naskah-ikrar": "regency", "surat-undangan": "regency"}


@dataclass(slots=True)
class PrintReport:
    kind: str
    path: Path
    pages: int
    people: int
    shrunk: list[str] = field(default_factory=list)
    numbers_issued: int = 0
    numbers: list[str] = field(default_factory=list)
    reprints: int = 0
    unknown_acknowledger: list[str] = field(default_factory=list)  # sheets without a signer

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind, "path": str(self.path), "pages": self.pages,
            "people": self.people, "shrunk": self.shrunk,
            "numbers_issued": self.numbers_issued, "numbers": self.numbers,
            "reprints": self.reprints, "unknown_acknowledger": self.unknown_acknowledger,
        }  # fmt: skip


_PEOPLE_SQL = """SELECT o.employee_id, o.display_name, o.emp_status, o.nip, o.nik, o.golongan,
       o.jabatan, o.unit_name, o.status, o.pakta_signed, o.pakta_where, o.obliged
FROM obligations o JOIN employees e ON e.id = o.employee_id
WHERE o.event_id = ?"""


def _people(
    conn: sqlite3.Connection, event_id: int, employee_ids: Sequence[int] | None
) -> list[DocPerson]:
    from ikrar_desktop.documents.model import DocPerson

    sql = _PEOPLE_SQL + " AND o.obliged = 1"
    rows = conn.execute(sql + " ORDER BY o.unit_name, e.sort_key, o.employee_id", (event_id,))
    wanted = set(employee_ids) if employee_ids is not None else None
    return [
        DocPerson(
            employee_id=r[0], name=r[1], status=r[2], nip=r[3], nik=r[4], golongan=r[5],
            jabatan=r[6], unit=r[7], attendance=r[8], pakta_signed=bool(r[9]),
            pakta_where=r[10],
        )
        for r in rows
        if wanted is None or r[0] in wanted
    ]  # fmt: skip


def head_of(people: Sequence[DocPerson]) -> Signer | None:
    """A SUGGESTION only (the clerk confirms it on the Unit Kerja page): the likeliest head
    among the people of one unit, by jabatan, the highest rank first."""
    from ikrar_desktop.documents.model import Signer, signer_role
    from ikrar_desktop.services.signers import suggest_head

    unit = people[0].unit if people else ""
    found = suggest_head([(p.employee_id, p.name, p.jabatan, p.golongan) for p in people], unit,
                         None)  # fmt: skip
    if found is None:
        return None
    best = next(p for p in people if p.employee_id == found[0])
    return Signer(
        jabatan=best.jabatan, name=best.name, pangkat=golongan_label(best.golongan),
        nip=best.nip or "", role=signer_role(best.jabatan),
    )  # fmt: skip


def _group(people: Sequence[DocPerson], heads: Mapping[str, Signer | None]) -> list[DocUnit]:
    from ikrar_desktop.documents.model import DocUnit

    groups: dict[str, list[DocPerson]] = {}
    for person in people:
        groups.setdefault(person.unit, []).append(person)
    return [DocUnit(name or "(tanpa unit)", tuple(g), heads.get(name)) for name, g in
            groups.items()]  # fmt: skip


def _leader(conn: sqlite3.Connection, name: str, jabatan: str) -> Signer | None:
    """The event leader as a signer; pangkat and NIP come from the registry when the name is
    found there exactly once."""
    from ikrar_desktop.documents.model import PEJABAT, Signer, signer_role

    if not name and not jabatan:
        return None
    role = signer_role(jabatan)
    nip, pangkat = "", ""
    if role == PEJABAT and name:
        bare = split_name(name).nama
        rows = conn.execute(
            "SELECT gelar_depan, nama, gelar_belakang, nip, golongan FROM employees "
            "WHERE search_key = ? AND active = 1 LIMIT 2",
            (fold(bare),),
        ).fetchall()
        if len(rows) == 1:
            nip, pangkat = rows[0][3] or "", golongan_label(rows[0][4])
            name = name or display_name(rows[0][0], rows[0][1], rows[0][2])
    return Signer(jabatan=jabatan, name=name, pangkat=pangkat, nip=nip, role=role)


def doc_event(conn: sqlite3.Connection, event_id: int) -> DocEvent:
    from ikrar_desktop.documents.model import DocEvent, Signer

    ev = events_service.get_event(conn, event_id)
    witnesses = tuple(
        Signer(jabatan=", ".join(p for p in (w.jabatan, w.instansi) if p), name=w.name)
        for w in ev.witnesses
    )
    return DocEvent(
        id=ev.id, title=ev.title, date=ev.date, kind_label=rules.kind_label(ev.kind),
        place=ev.place, time=ev.time, points=tuple(ev.pakta_points),
        leader=_leader(conn, ev.leader_name, ev.leader_jabatan), witnesses=witnesses,
        zone=settings_service.load(conn).zona_waktu,
    )  # fmt: skip


def settings_unit(conn: sqlite3.Connection) -> str:
    return settings_service.load(conn).unit_name


def kop_spec(conn: sqlite3.Connection, level: str) -> KopSpec:
    from ikrar_desktop.documents.model import KopSpec

    s = settings_service.load(conn)
    return KopSpec(s.instansi or "Pemerintah Kabupaten", s.unit_name, tuple(s.address_lines),
                   s.logo, level)  # fmt: skip


def print_document(
    conn: sqlite3.Connection,
    kind: str,
    event_id: int,
    out_path: str | Path,
    *,
    unit: str | None = None,
    paper: str | None = None,
    employee_ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    kop: str | None = None,
    blank_rows: int = 5,
    meterai: bool = False,
    number: str = "",
    layout: str = "8",
    offset: tuple[float | None, float | None] = (None, None),
    dress: str = "",
) -> PrintReport:
    """Render one batch and write it atomically; certificates are numbered on first print."""
    from ikrar_desktop.documents.model import KOP_LEVELS, Options
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.documents.page import paper_size

    if kind not in KINDS:
        raise ValidationError(f"Jenis dokumen '{kind}' tidak dikenal ({', '.join(KINDS)}).")
    level = kop or DEFAULT_KOP[kind]
    if level not in KOP_LEVELS:
        raise ValidationError("Kop harus 'regency' (kabupaten) atau 'opd'.", field="kop")
    settings = settings_service.load(conn)
    paper = (paper or settings.paper or "A4").upper()
    paper_size(paper)
    if kind in ("naskah-ikrar", "surat-undangan"):
        from ikrar_desktop.services.official_papers import print_official

        opts = Options(paper, kop_spec(conn, level), settings.place, progress, cancel)
        return _disclosed(conn, print_official(conn, kind, event_id, out_path, opts, unit=unit,
                                               dress=dress))  # fmt: skip
    event = doc_event(conn, event_id)
    people = _people(conn, event_id, employee_ids)
    if unit:
        people = [p for p in people if fold_unit(p.unit) == fold_unit(unit)]
        if not people:
            raise NotFoundError(f"Unit kerja '{unit}' tidak ada di daftar kegiatan ini.")
    chain = Chain(conn, settings)
    heads = {name: chain.unit_head(name) for name in dict.fromkeys(p.unit for p in people)}
    options = Options(paper, kop_spec(conn, level), settings.place, progress, cancel)
    report = PrintReport(kind, Path(out_path), 0, 0)
    if kind in ("pakta", "daftar-hadir", "berita-acara"):
        snapshot = dict(conn.execute(
            "SELECT employee_id, unit_id FROM obligations WHERE event_id = ?", (event_id,)
        ).fetchall()) if kind == "pakta" else {}  # fmt: skip
        people, report.unknown_acknowledger = signers.acknowledge(
            kind, chain, people, heads, snapshot
        )
    if kind == "sertifikat":
        return _disclosed(conn, _certificates(conn, event, people, options, report))
    drawn = None
    if kind == "berita-acara" and not number:
        drawn = _register_number(conn, event, unit, settings.unit_name)
        number = drawn.row.number
    if kind in labels.KINDS:
        units = _group(people, heads)
        rendered = labels.render(conn, kind, event, units, options, layout=layout, offset=offset)
        write_atomic(out_path, rendered.data)
        report.pages, report.people = rendered.pages, rendered.people
        report.shrunk = rendered.shrunk
        return _disclosed(conn, report)
    if kind == "pakta" and not people:
        raise UserError("Tidak ada pegawai yang wajib pada kegiatan ini untuk dicetak.")
    rendered = _render(conn, kind, event, people, heads, options, blank_rows, meterai, number)
    write_atomic(out_path, rendered.data)
    if drawn is not None:
        numbering.mark_printed(conn, drawn.row, stamp(datetime.now()))
        report.numbers = [drawn.row.number]
        report.numbers_issued, report.reprints = int(drawn.new), int(drawn.row.prints > 0)
    report.pages, report.people, report.shrunk = rendered.pages, rendered.people, rendered.shrunk
    return _disclosed(conn, report)


def _unit_code(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute(
        "SELECT code FROM units WHERE name_key = ?", (fold_unit(name),)
    ).fetchone() if name else None  # fmt: skip
    return str(row[0] or "") if row else ""


def _register_number(
    conn: sqlite3.Connection, event: DocEvent, unit: str | None, own_unit: str
) -> numbering.Issued:
    """The berita acara's number from the register: issued on first print, kept on reprints."""
    issuer = unit or own_unit
    issued = numbering.issue(
        conn, "berita-acara", f"event:{event.id}/unit:{fold_unit(unit or '')}", event.date,
        kode=_unit_code(conn, issuer), unit=issuer, stamp=stamp(),
    )  # fmt: skip
    return issued


def _disclosed(conn: sqlite3.Connection, report: PrintReport) -> PrintReport:
    """Every print of personal data is logged (who, when, how many, which file)."""
    from ikrar_desktop.store.disclosure import log_disclosure

    log_disclosure(conn, f"cetak {report.kind}", report.people, report.path)
    return report


def _render(
    conn: sqlite3.Connection,
    kind: str,
    event: DocEvent,
    people: list[DocPerson],
    heads: Mapping[str, Signer | None],
    options: Options,
    blank_rows: int,
    meterai: bool,
    number: str,
) -> Rendered:
    from ikrar_desktop.documents import berita_acara, daftar_hadir, pakta, rekap
    from ikrar_desktop.documents.model import DocUnit

    units = _group(people, heads)
    if not units and kind == "daftar-hadir":
        # nobody on the list yet: a blank sheet to fill in by hand at the door
        units = [DocUnit(settings_unit(conn), ())]
        blank_rows = max(blank_rows, 20)
    result: Rendered
    if kind == "pakta":
        result = pakta.render(event, units, options, meterai=meterai)
    elif kind == "daftar-hadir":
        result = daftar_hadir.render(event, units, options, blank_rows=blank_rows)
    else:
        from ikrar_desktop.store.audit import audit_fingerprint

        counts, total = unit_counts(conn, event.id)
        mark = audit_fingerprint(conn)
        if kind == "berita-acara":
            result = berita_acara.render(
                event, total, units, options, number=number, fingerprint=mark
            )
        else:
            missing = [p for p in people if not p.pakta_signed]
            result = rekap.render(event, counts, total, missing, options, fingerprint=mark)
    return result


def unit_counts(conn: sqlite3.Connection, event_id: int) -> tuple[list[UnitCount], UnitCount]:
    """The recap service's numbers as document rows (per OPD, and the total)."""
    from ikrar_desktop.documents.model import UnitCount
    from ikrar_desktop.services.recap import RecapRow, recap

    def convert(row: RecapRow) -> UnitCount:
        excused = row.izin + row.sakit + row.cuti + row.dinas_luar + row.tugas_belajar
        return UnitCount(
            row.unit, row.obliged, row.hadir, row.signed + row.susulan, excused,
            row.tanpa_keterangan, row.belum, row.signed, row.susulan,
        )  # fmt: skip

    data = recap(conn, event_id)
    return [convert(r) for r in data.units if r.obliged], convert(data.total)


def _certificates(
    conn: sqlite3.Connection,
    event: DocEvent,
    people: list[DocPerson],
    options: Options,
    report: PrintReport,
) -> PrintReport:
    """Everyone who signed the pakta (at the event or susulan) gets a numbered certificate."""
    from ikrar_desktop.documents import sertifikat
    from ikrar_desktop.documents.model import CertificateEntry
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.services import certificates as cert_service

    signed = [p for p in people if p.pakta_signed]
    if not signed:
        raise UserError(
            "Belum ada pegawai yang tercatat menandatangani pakta pada kegiatan ini.",
            "Sertifikat hanya dicetak untuk yang sudah menandatangani (di acara atau susulan).",
        )
    wanted = [cert_service.Wanted(p.employee_id, p.name) for p in signed]
    issuer = settings_service.load(conn).unit_name
    issued = cert_service.issue(conn, event.id, wanted, event.date, stamp=stamp(),
                                kode=_unit_code(conn, issuer), unit=issuer)  # fmt: skip
    entries = [
        CertificateEntry(p, row.number, row.code) for p, row in zip(signed, issued.rows,
                                                                    strict=True)
    ]  # fmt: skip
    # the event's leader signs; without one, the regency's leader from the settings
    signer = event.leader or signers.leader(settings_service.load(conn))
    rendered = sertifikat.render(event, entries, options, signer=signer)
    write_atomic(report.path, rendered.data)
    cert_service.mark_printed(conn, issued.rows, stamp(datetime.now()))
    report.pages, report.people, report.shrunk = rendered.pages, rendered.people, rendered.shrunk
    report.numbers_issued = issued.new
    report.numbers = [r.number for r in issued.rows]
    report.reprints = sum(1 for r in issued.rows if r.prints > 0)
    return report


def print_calibration(
    conn: sqlite3.Connection,
    out_path: str | Path,
    *,
    paper: str | None = None,
    with_offset: bool = False,
) -> PrintReport:
    """The printer calibration page (no event); ``with_offset`` checks the saved offsets."""
    from ikrar_desktop.documents.output import write_atomic

    paper = (paper or settings_service.load(conn).paper or "A4").upper()
    rendered = labels.render_calibration(conn, paper, with_offset=with_offset)
    write_atomic(out_path, rendered.data)
    return PrintReport("kalibrasi", Path(out_path), rendered.pages, 0)
