"""The report upward (laporan pelaksanaan) to the Bupati, BKN and Bawaslu, with its annexes."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import event_attachments, numbering, signers, stored_files
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.events import stamp
from ikrar_desktop.store import event_attachments as attachment_store

if TYPE_CHECKING:
    from ikrar_desktop.documents.laporan import Attachment
    from ikrar_desktop.documents.model import UnitCount
    from ikrar_desktop.services.recap import RecapRow
    from ikrar_desktop.services.settings import Settings

BKN = "Kepala Kantor Regional Badan Kepegawaian Negara"
_ATAS_NAMA = re.compile(r"^a\.?\s?n\.?\s", re.IGNORECASE)


@dataclass(slots=True)
class UpwardReport:
    path: Path
    pages: int
    number: str
    ba_number: str
    new_number: bool
    people: int
    addressees: list[str]
    attachments: list[dict[str, object]] = field(default_factory=list)

    @property
    def flagged(self) -> list[str]:
        """Attachments whose stored bytes no longer match their SHA-256 (left out)."""
        return [str(a["file_name"]) for a in self.attachments if a["state"] == "berubah"]

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "laporan", "path": str(self.path), "pages": self.pages,
            "number": self.number, "numbers": [self.number],
            "numbers_issued": int(self.new_number), "reprints": int(not self.new_number),
            "berita_acara_number": self.ba_number, "people": self.people,
            "addressees": self.addressees, "attachments": self.attachments,
            "flagged": self.flagged,
        }  # fmt: skip


def region(instansi: str) -> str:
    """ "Pemerintah Kabupaten Contoh" → "Kabupaten Contoh"."""
    text = " ".join(instansi.split())
    return re.sub(r"(?i)^pemerintah\s+", "", text) or "Kabupaten"


def addressees(settings: Settings) -> tuple[str, str, str]:
    """The regency's leader (as the settings name him, unless an a.n. signer), the regional
    office of the BKN, and the regency's Bawaslu."""
    area = region(settings.instansi)
    jabatan = settings.pimpinan_jabatan.strip()
    if not jabatan or _ATAS_NAMA.match(jabatan):
        if area.lower().startswith("kota "):
            jabatan = "Wali Kota " + area[5:]
        else:
            jabatan = "Bupati " + re.sub(r"(?i)^kabupaten\s+", "", area)
    return jabatan.strip(), BKN, f"Ketua Bawaslu {area}"


def _count(row: RecapRow) -> UnitCount:
    from ikrar_desktop.documents.model import UnitCount

    excused = row.izin + row.sakit + row.cuti + row.dinas_luar + row.tugas_belajar
    return UnitCount(row.unit, row.obliged, row.hadir, row.signed + row.susulan, excused,
                     row.tanpa_keterangan, row.belum, row.signed, row.susulan)  # fmt: skip


def gather_attachments(
    conn: sqlite3.Connection, event_id: int, paper: str = "A4"
) -> list[Attachment]:
    """Each attachment checked against its SHA-256: a changed one is listed and flagged, never
    shown; a picture is placed in the report, a PDF scan's pages are bound in (fitted to the
    paper) unless it is damaged, encrypted or huge (then listed with the reason), anything
    else enclosed apart."""
    from ikrar_desktop.documents import laporan, scan_pages

    out = []
    for row in event_attachments.list_attachments(conn, event_id):
        item = laporan.Attachment(row.file_name, row.mime, row.size, row.sha256, row.caption,
                                  laporan.CHANGED)  # fmt: skip
        found = attachment_store.blob(conn, row.id)  # read once: checked, then placed
        if found is not None and stored_files.intact(found[1], row.sha256, row.size):
            data = found[1]
            prepared = laporan.prepare_image(data)
            if prepared is not None:
                item = replace(item, state=laporan.EMBEDDED, image=prepared[0],
                               aspect=prepared[1])  # fmt: skip
            elif _is_pdf(row.file_name, row.mime, data):
                scan = scan_pages.prepare(data, paper)
                item = replace(item, state=laporan.EMBEDDED if scan.data else laporan.SEPARATE,
                               scan=scan.data, pages=scan.pages, note=scan.problem)  # fmt: skip
            else:
                item = replace(item, state=laporan.SEPARATE)
        out.append(item)
    return out


def _is_pdf(name: str, mime: str, data: bytes) -> bool:
    return mime == "application/pdf" or name.lower().endswith(".pdf") or data[:5] == b"%PDF-"


def print_report(
    conn: sqlite3.Connection,
    event_id: int,
    out: str | Path,
    *,
    paper: str | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> UpwardReport:
    """The numbered cover letter (a reprint keeps its number and date), the recap per status
    and per OPD, the berita acara (its own register number), the attachments."""
    from ikrar_desktop.documents import laporan
    from ikrar_desktop.documents.model import Options
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.documents.page import paper_size
    from ikrar_desktop.services import printing
    from ikrar_desktop.services.followup import issuer
    from ikrar_desktop.services.recap import recap, recap_by_status
    from ikrar_desktop.store import numbers as number_store
    from ikrar_desktop.store.audit import audit_fingerprint
    from ikrar_desktop.store.disclosure import log_disclosure

    today = today or date.today()
    settings = settings_service.load(conn)
    size = (paper or settings.paper or "A4").upper()
    paper_size(size)
    event = printing.doc_event(conn, event_id)
    data = recap(conn, event_id)
    if not data.total.obliged:
        raise ValidationError("Kegiatan ini belum punya peserta wajib; belum ada yang dilaporkan.")
    chain = signers.Chain(conn, settings)
    own, signer = issuer(chain, settings.unit_name)
    moment = datetime.combine(today, datetime.now().time())
    issued = numbering.issue(conn, "laporan", f"event:{event_id}", today,
                             kode=printing._unit_code(conn, own), unit=own,
                             stamp=stamp(moment))  # fmt: skip
    letter_date = today if issued.new else date.fromisoformat(issued.row.issued_at[:10])
    ba = printing._register_number(conn, event, None, settings.unit_name)
    files = gather_attachments(conn, event_id, size)
    to = addressees(settings)
    content = laporan.Report(
        number=issued.row.number, letter_date=letter_date, addressees=to, issuer=own,
        signer=signer, units=tuple(_count(r) for r in data.units if r.obliged),
        statuses=tuple(_count(r) for r in recap_by_status(conn, event_id)),
        total=_count(data.total), ba_number=ba.row.number, attachments=tuple(files),
        fingerprint=audit_fingerprint(conn),
    )  # fmt: skip
    options = Options(size, printing.kop_spec(conn, "opd"), settings.place, progress, cancel)
    rendered = laporan.render(event, content, options)
    write_atomic(out, rendered.data)
    from ikrar_desktop.store.connection import write

    printed = stamp(datetime.now())
    with write(conn):
        number_store.mark_printed(conn, issued.row.id, printed)
        number_store.mark_printed(conn, ba.row.id, printed)
    log_disclosure(conn, "cetak laporan pelaksanaan", 0, Path(out))
    return UpwardReport(
        Path(out), rendered.pages, issued.row.number, ba.row.number, issued.new,
        data.total.obliged, list(to),
        [{"file_name": f.file_name, "mime": f.mime, "size": f.size, "sha256": f.sha256,
          "caption": f.caption, "state": f.state, "pages": f.pages, "note": f.note}
         for f in files],
    )  # fmt: skip
