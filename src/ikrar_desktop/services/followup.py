"""Follow-up per OPD: numbered letters with who has not signed and their pakta sheets, replies."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.domain.textfold import fold, fold_unit
from ikrar_desktop.errors import NotFoundError, UserError, ValidationError
from ikrar_desktop.services import numbering, signers
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.events import default_operator, get_event, stamp
from ikrar_desktop.store import followup as store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.followup import LetterRow, ReplyRow

if TYPE_CHECKING:
    from ikrar_desktop.documents.model import DocPerson, Signer
    from ikrar_desktop.documents.tindak_lanjut import Letter

DEFAULT_DAYS = 7
"""The deadline when the clerk sets none: a week after the letter's date."""


@dataclass(slots=True)
class LetterInfo:
    unit: str
    addressee: str
    head_name: str
    number: str
    letter_date: date
    deadline: date
    people: list[str]
    new_number: bool
    path: Path | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit, "addressee": self.addressee, "head_name": self.head_name,
            "number": self.number, "letter_date": self.letter_date.isoformat(),
            "deadline": self.deadline.isoformat(), "people": len(self.people),
            "names": self.people, "new_number": self.new_number,
            "path": str(self.path) if self.path else None,
        }  # fmt: skip


@dataclass(slots=True)
class FollowUpReport:
    path: Path
    per_unit: bool
    letters: list[LetterInfo] = field(default_factory=list)
    nothing_outstanding: list[str] = field(default_factory=list)
    own_unit: list[str] = field(default_factory=list)  # the issuing unit writes to nobody
    pages: int = 0
    people: int = 0
    shrunk: list[str] = field(default_factory=list)
    unknown_acknowledger: list[str] = field(default_factory=list)

    @property
    def numbers_issued(self) -> int:
        return sum(1 for letter in self.letters if letter.new_number)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "tindak-lanjut", "path": str(self.path), "per_unit": self.per_unit,
            "pages": self.pages, "people": self.people,
            "letters": [letter.as_dict() for letter in self.letters],
            "numbers_issued": self.numbers_issued,
            "numbers": [letter.number for letter in self.letters],
            "reprints": len(self.letters) - self.numbers_issued,
            "nothing_outstanding": self.nothing_outstanding, "own_unit": self.own_unit,
            "shrunk": self.shrunk, "unknown_acknowledger": self.unknown_acknowledger,
        }  # fmt: skip


def wants_folder(out: str | Path) -> bool:
    """``--out DIR/`` (or an existing folder): one PDF per OPD inside it."""
    text = str(out)
    return text.endswith(("/", "\\")) or Path(text).is_dir()


def issuer(chain: signers.Chain, unit_name: str) -> tuple[str, Signer]:
    """The unit that writes (the organising unit of the settings, else the Sekretariat Daerah)
    and its head, who signs."""
    from ikrar_desktop.documents.model import Signer

    if unit_name:
        return unit_name, chain.unit_head(unit_name)
    if chain.setda is not None:
        name = chain.units[chain.setda].name
        return name, chain.unit_head(name)
    return "", Signer("Sekretaris Daerah")


def _outstanding(
    conn: sqlite3.Connection, event_id: int, unit: str | None
) -> tuple[dict[str, list[DocPerson]], list[str]]:
    """Who has not signed, per OPD (snapshot unit), and the OPDs where everyone has."""
    from ikrar_desktop.services.printing import _people

    groups: dict[str, list[DocPerson]] = {}
    for person in _people(conn, event_id, None):
        if unit is None or fold_unit(person.unit) == fold_unit(unit):
            groups.setdefault(person.unit, []).append(person)
    if unit is not None and not groups:
        raise NotFoundError(f"Unit kerja '{unit}' tidak ada di daftar kegiatan ini.")
    out = {name: [p for p in people if not p.pakta_signed] for name, people in groups.items()}
    done = [name or "(tanpa unit)" for name, people in out.items() if not people]
    return {name: people for name, people in out.items() if people}, done


def print_followup(
    conn: sqlite3.Connection,
    event_id: int,
    out: str | Path,
    *,
    unit: str | None = None,
    paper: str | None = None,
    deadline: date | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> FollowUpReport:
    """One letter per OPD with people outstanding (numbered from the register; a reprint keeps
    its number and date), each followed by those people's pakta sheets. ``out``: one file, or
    a folder (``DIR/``) for one PDF per OPD."""
    from ikrar_desktop.documents import tindak_lanjut
    from ikrar_desktop.documents.model import DocUnit, Options
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.documents.page import paper_size
    from ikrar_desktop.services import printing
    from ikrar_desktop.store.disclosure import log_disclosure

    today = today or date.today()
    if deadline is not None and deadline < today:
        raise ValidationError(
            f"Batas waktu {deadline.isoformat()} sebelum tanggal surat {today.isoformat()}.",
            hint="Pilih tanggal batas waktu sesudah tanggal surat.", field="deadline",
        )  # fmt: skip
    per_unit = wants_folder(out)
    folder = Path(out)
    if per_unit and not folder.is_dir():
        raise ValidationError(f"Folder {folder} tidak ada.", hint="Buat folder itu dulu; program "
                              "tidak membuat folder sendiri.", field="out")  # fmt: skip
    settings = settings_service.load(conn)
    size = (paper or settings.paper or "A4").upper()
    paper_size(size)
    event = printing.doc_event(conn, event_id)
    groups, done = _outstanding(conn, event_id, unit)
    chain = signers.Chain(conn, settings)
    own, signer = issuer(chain, settings.unit_name)
    report = FollowUpReport(folder, per_unit, nothing_outstanding=done)
    if own and fold_unit(own) in {fold_unit(name) for name in groups}:
        report.own_unit = [next(n for n in groups if fold_unit(n) == fold_unit(own))]
        groups.pop(report.own_unit[0])
    if not groups:
        raise UserError(
            "Tidak ada OPD yang perlu disurati: semua pegawai wajib sudah menandatangani pakta.",
            "OPD tanpa pegawai yang belum menandatangani tidak dikirimi surat.",
        )
    snapshot = dict(conn.execute(
        "SELECT employee_id, unit_id FROM obligations WHERE event_id = ?", (event_id,)
    ).fetchall())  # fmt: skip
    heads = {name: chain.unit_head(name) for name in groups}
    letters: list[Letter] = []
    drawn: list[numbering.Issued] = []
    kode = printing._unit_code(conn, own)
    for name, people in groups.items():
        people, unknown = signers.acknowledge("pakta", chain, people, heads, snapshot)
        report.unknown_acknowledger += unknown
        issued = numbering.issue(conn, "tindak-lanjut", subject(event_id, name), today,
                                 kode=kode, unit=own, stamp=stamp())  # fmt: skip
        kept = store.letter(conn, event_id, name)
        same = kept is not None and kept.number == issued.row.number
        letter_date = date.fromisoformat(kept.letter_date) if same and kept else today
        until = deadline or (date.fromisoformat(kept.deadline) if same and kept else
                             letter_date + timedelta(days=DEFAULT_DAYS))  # fmt: skip
        if until < letter_date:
            raise ValidationError(f"Batas waktu sebelum tanggal surat {name}.", field="deadline")
        head = heads[name]
        letters.append(tindak_lanjut.Letter(DocUnit(name or "(tanpa unit)", tuple(people), head),
                                            head.jabatan, issued.row.number, letter_date,
                                            until))  # fmt: skip
        drawn.append(issued)
        report.letters.append(LetterInfo(name or "(tanpa unit)", head.jabatan, head.name,
                                         issued.row.number, letter_date, until,
                                         [p.name for p in people], issued.new))  # fmt: skip
    letter_options = Options(size, printing.kop_spec(conn, "opd"), settings.place, progress,
                             cancel)  # fmt: skip
    sheet_options = Options(size, printing.kop_spec(conn, "regency"), settings.place)
    batches = [[letter] for letter in letters] if per_unit else [letters]
    used: set[str] = set()
    for batch, info in zip(batches, report.letters if per_unit else [None] * len(batches),
                           strict=True):  # fmt: skip
        rendered = tindak_lanjut.render(event, batch, letter_options, sheet_options,
                                        issuer=own, signer=signer)  # fmt: skip
        target = folder / file_name(batch[0].unit.name, used) if per_unit else folder
        write_atomic(target, rendered.data)
        if info is not None:
            info.path = target
        report.pages += rendered.pages
        report.people += rendered.people
        report.shrunk += rendered.shrunk
    printed = stamp(datetime.now())
    with write(conn):
        for issued, info in zip(drawn, report.letters, strict=True):
            from ikrar_desktop.store import numbers as number_store

            number_store.mark_printed(conn, issued.row.id, printed)
            store.save_letter(conn, {
                "event_id": event_id, "unit_name": _unit_key(groups, info.unit),
                "number": info.number, "letter_date": info.letter_date.isoformat(),
                "deadline": info.deadline.isoformat(), "listed": len(info.people),
                "printed_at": printed,
            })  # fmt: skip
    log_disclosure(conn, "cetak surat tindak lanjut", report.people, folder)
    return report


def _unit_key(groups: dict[str, list[DocPerson]], shown: str) -> str:
    return "" if shown == "(tanpa unit)" and "" in groups else shown


def subject(event_id: int, unit: str) -> str:
    return f"event:{event_id}/tindak-lanjut:{fold_unit(unit)}"


def file_name(unit: str, used: set[str]) -> str:
    """``tindak-lanjut-dinas-pendidikan.pdf``; a second OPD of the same spelling gets ``-2``."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(unit)).strip("-")[:80] or "tanpa-unit"
    name, n = f"tindak-lanjut-{slug}.pdf", 2
    while name in used:
        name, n = f"tindak-lanjut-{slug}-{n}.pdf", n + 1
    used.add(name)
    return name


# -- replies ------------------------------------------------------------------------------------


@dataclass(slots=True)
class LetterStatus:
    """One OPD's letter as the Tindak lanjut list shows it."""

    letter: LetterRow
    reply: ReplyRow | None
    still_out: int  # people of this OPD still without a signed pakta now
    overdue: bool  # no reply, and the deadline has passed

    def as_dict(self) -> dict[str, object]:
        r = self.reply
        return {
            "unit": self.letter.unit_name or "(tanpa unit)", "number": self.letter.number,
            "letter_date": self.letter.letter_date, "deadline": self.letter.deadline,
            "listed": self.letter.listed, "still_out": self.still_out, "overdue": self.overdue,
            "reply": None if r is None else {
                "date": r.reply_date, "number": r.reply_number, "completed": r.completed,
                "note": r.note, "operator": r.operator,
            },
        }  # fmt: skip


def letter_status(
    conn: sqlite3.Connection, event_id: int, today: date | None = None
) -> list[LetterStatus]:
    """Every follow-up letter of the event: number, deadline, latest reply, overdue marker."""
    get_event(conn, event_id)
    today = today or date.today()
    out_now = dict(conn.execute(
        "SELECT unit_name, count(*) FROM obligations WHERE event_id = ? AND obliged = 1 "
        "AND pakta_signed = 0 GROUP BY unit_name", (event_id,),
    ).fetchall())  # fmt: skip
    rows = []
    for letter in store.letters(conn, event_id):
        got = store.replies(conn, letter.id)
        reply = got[-1] if got else None
        late = reply is None and today > date.fromisoformat(letter.deadline)
        rows.append(LetterStatus(letter, reply, int(out_now.get(letter.unit_name, 0)), late))
    return rows


def record_reply(
    conn: sqlite3.Connection,
    event_id: int,
    unit: str,
    *,
    reply_date: date,
    number: str,
    completed: int,
    note: str = "",
    operator: str | None = None,
) -> LetterStatus:
    """Record an OPD's reply letter (date, its number, how many sheets it completed)."""
    number = clean_text(number, "nomor", "Nomor surat balasan", field="nomor")
    note = clean_text(note, "catatan", "Catatan", field="note")
    if not number:
        raise ValidationError("Nomor surat balasan wajib diisi.", field="nomor")
    if completed < 0:
        raise ValidationError("Jumlah yang selesai tidak boleh negatif.", field="selesai")
    with write(conn):
        get_event(conn, event_id)
        letter = next((row for row in store.letters(conn, event_id)
                       if fold_unit(row.unit_name) == fold_unit(unit)), None)  # fmt: skip
        if letter is None:
            raise NotFoundError(
                f"Belum ada surat tindak lanjut kegiatan ini untuk unit '{unit}'.",
                "Cetak dulu suratnya: ikrar-desktop print tindak-lanjut EVENT --out F.pdf",
            )
        if reply_date < date.fromisoformat(letter.letter_date):
            raise ValidationError(
                f"Tanggal balasan {reply_date.isoformat()} sebelum tanggal surat "
                f"{letter.letter_date}.", field="date",
            )  # fmt: skip
        if completed > letter.listed:
            raise ValidationError(
                f"Jumlah selesai ({completed}) melebihi jumlah pegawai di surat ({letter.listed}).",
                field="selesai",
            )  # fmt: skip
        store.add_reply(conn, {
            "letter_id": letter.id, "reply_date": reply_date.isoformat(),
            "reply_number": number, "completed": completed, "note": note,
            "operator": default_operator(conn) if operator is None else operator,
            "recorded_at": stamp(),
        })  # fmt: skip
    return next(s for s in letter_status(conn, event_id, reply_date) if s.letter.id == letter.id)
