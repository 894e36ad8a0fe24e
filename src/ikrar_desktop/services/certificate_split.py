"""E-certificates: one PDF per person (named by NIP, else the event code), a zip per OPD."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ikrar_desktop.domain import tagcode
from ikrar_desktop.domain.filenames import safe_name, unique
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import certificates as cert_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import signers
from ikrar_desktop.services.events import stamp

SHOWN = 5  # existing files named in the refusal


@dataclass(slots=True)
class SplitReport:
    folder: Path
    files: dict[str, str] = field(default_factory=dict)  # file name → person's name
    zips: dict[str, list[str]] = field(default_factory=dict)  # zip name → file names
    people: int = 0
    numbers_issued: int = 0
    reprints: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "sertifikat", "folder": str(self.folder), "people": self.people,
            "files": sorted(self.files), "zips": {k: v for k, v in sorted(self.zips.items())},
            "numbers_issued": self.numbers_issued, "reprints": self.reprints,
        }  # fmt: skip


def file_name(event_id: int, employee_id: int, nip: str | None) -> str:
    """``<NIP>.pdf``, or ``IKR-<event>-<person>.pdf`` for anyone without one: never a NIK,
    which is not to travel by WhatsApp in a file name."""
    return safe_name(tagcode.payload(event_id, employee_id, nip), ".pdf")


def plan_names(
    event_id: int, people: list[tuple[int, str | None, str]]
) -> tuple[list[str], dict[str, list[str]]]:
    """File name per (employee id, nip, unit) and, per safe unit name, the files it zips."""
    names = [file_name(event_id, emp, nip) for emp, nip, _unit in people]
    taken: set[str] = set()
    zip_of: dict[str, str] = {}
    zips: dict[str, list[str]] = {}
    for name, (_emp, _nip, unit) in zip(names, people, strict=True):
        if unit not in zip_of:
            zip_of[unit] = unique(safe_name(unit or "Tanpa Unit", ".zip"), taken)
        zips.setdefault(zip_of[unit], []).append(name)
    return names, zips


def split_certificates(
    conn: sqlite3.Connection,
    event_id: int,
    folder: str | Path,
    *,
    make_zip: bool = False,
    paper: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    unit: str | None = None,
    employee_ids: Sequence[int] | None = None,
) -> SplitReport:
    """Number (a reprint keeps its number) and write every signer's certificate on its own
    (only ``unit``'s, or only ``employee_ids``, when given); refused, with nothing written,
    when any of the files is already in ``folder``."""
    from ikrar_desktop.documents import sertifikat
    from ikrar_desktop.documents.model import CertificateEntry, DocPerson, Options
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.documents.qr import QrCache
    from ikrar_desktop.services.printing import _unit_code, doc_event, kop_spec
    from ikrar_desktop.store.disclosure import log_disclosure

    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} adalah berkas, bukan folder.", "Pilih folder untuk --split.")
    settings = settings_service.load(conn)
    event = doc_event(conn, event_id)
    rows = conn.execute(
        """SELECT o.employee_id, o.display_name, o.emp_status, o.nip, o.nik, o.golongan,
                  o.jabatan, o.unit_name
           FROM obligations o JOIN employees e ON e.id = o.employee_id
           WHERE o.event_id = ? AND o.obliged = 1 AND o.pakta_signed = 1
           ORDER BY o.unit_name, e.sort_key, o.employee_id""",
        (event_id,),
    ).fetchall()
    wanted_ids = set(employee_ids) if employee_ids is not None else None
    chosen = [r for r in rows if (unit is None or r[7] == unit)
              and (wanted_ids is None or r[0] in wanted_ids)]  # fmt: skip
    if rows and not chosen:
        raise UserError(
            "Belum ada yang menandatangani pakta di antara pegawai yang dipilih.",
            "Sertifikat hanya dibuat untuk yang sudah menandatangani; ubah pilihan OPD atau "
            "pegawai, atau pilih seluruh kegiatan.",
        )
    rows = chosen
    if not rows:
        raise UserError(
            "Belum ada pegawai yang tercatat menandatangani pakta pada kegiatan ini.",
            "Sertifikat hanya dibuat untuk yang sudah menandatangani (di acara atau susulan).",
        )
    people = [DocPerson(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], pakta_signed=True)
              for r in rows]  # fmt: skip
    names, zips = plan_names(event_id, [(p.employee_id, p.nip, p.unit) for p in people])
    _refuse_existing(out, [*names, *(zips if make_zip else ())])
    issuer = settings.unit_name
    wanted = [cert_service.Wanted(p.employee_id, p.name) for p in people]
    issued = cert_service.issue(conn, event_id, wanted, event.date, stamp=stamp(),
                                kode=_unit_code(conn, issuer), unit=issuer)  # fmt: skip
    total = len(people)
    rendering = None if progress is None else (lambda done, _all: progress(done, 2 * total))
    options = Options((paper or settings.paper or "A4").upper(), kop_spec(conn, "regency"),
                      settings.place, rendering, cancel)  # fmt: skip
    signer = event.leader or signers.leader(settings)
    report = SplitReport(out, people=len(people), numbers_issued=issued.new)
    report.reprints = sum(1 for r in issued.rows if r.prints > 0)
    entries = [CertificateEntry(p, row.number, row.code)
               for p, row in zip(people, issued.rows, strict=True)]  # fmt: skip
    # one batch (fonts loaded and subset once), then a page per file: ~20x faster than a
    # document per person (docs/benchmarks.md)
    rendered = sertifikat.render(event, entries, options, signer=signer, qr=QrCache())
    for n, (page, name) in enumerate(zip(_pages(rendered.data), names, strict=True)):
        write_atomic(out / name, page)
        report.files[name] = people[n].name
        if progress is not None:
            progress(total + n + 1, 2 * total)  # rendering was the first half
    if make_zip:
        for zip_name, members in zips.items():
            write_atomic(out / zip_name, _zip(out, members))
            report.zips[zip_name] = members
    cert_service.mark_printed(conn, issued.rows, stamp(datetime.now()))
    log_disclosure(conn, "sertifikat elektronik", len(people), out)
    return report


def _pages(data: bytes) -> Iterator[bytes]:
    """Each page of a PDF as a PDF of its own (sharing the batch's font subsets)."""
    from pypdf import PdfReader, PdfWriter

    for page in PdfReader(io.BytesIO(data)).pages:
        writer = PdfWriter()
        writer.add_page(page)
        writer.add_metadata({"/Title": "Sertifikat", "/Creator": "Ikrar Desktop"})
        buf = io.BytesIO()
        writer.write(buf)
        yield buf.getvalue()


def _zip(folder: Path, members: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in members:
            zf.write(folder / name, name)
    return buf.getvalue()


def _refuse_existing(folder: Path, names: list[str]) -> None:
    found = [n for n in names if (folder / n).exists()] if folder.is_dir() else []
    if found:
        listed = ", ".join(found[:SHOWN]) + (f" dan {len(found) - SHOWN} lainnya"
                                             if len(found) > SHOWN else "")  # fmt: skip
        raise UserError(
            f"Folder {folder} sudah berisi {len(found)} berkas yang akan ditulis: {listed}.",
            "Tidak ada yang ditimpa. Pilih folder kosong atau pindahkan berkas lama dulu.",
        )
