"""The officials' papers: the naskah ikrar with its signature sheets, the numbered invitation."""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikrar_desktop.domain.golongan import golongan_label
from ikrar_desktop.domain.officials import DEFAULT_LEVELS
from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import events as events_service
from ikrar_desktop.services import numbering, officials, signers
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.events import stamp
from ikrar_desktop.store import witnesses as witness_store

if TYPE_CHECKING:
    from ikrar_desktop.documents.model import Options, Rendered, Signer
    from ikrar_desktop.documents.naskah_ikrar import Section
    from ikrar_desktop.services.printing import PrintReport

KINDS = ("naskah-ikrar", "surat-undangan")
LABELS = {"naskah-ikrar": "Naskah Ikrar", "surat-undangan": "Surat Undangan"}
SIGNERS = "Pejabat yang Berikrar"
_PEOPLE_SQL = """SELECT o.employee_id, o.display_name, o.nip, o.golongan, o.jabatan,
       o.unit_name, eo.title
FROM obligations o JOIN employees e ON e.id = o.employee_id
LEFT JOIN event_officials eo ON eo.event_id = o.event_id AND eo.employee_id = o.employee_id
WHERE o.event_id = ? AND o.obliged = 1
ORDER BY eo.position IS NULL, eo.position, o.unit_name, e.sort_key, o.employee_id"""


def print_official(
    conn: sqlite3.Connection,
    kind: str,
    event_id: int,
    out_path: str | Path,
    options: Options,
    *,
    unit: str | None = None,
    dress: str = "",
) -> PrintReport:
    """Render one of :data:`KINDS` and write it atomically (the caller logs the disclosure)."""
    from ikrar_desktop.documents.output import write_atomic
    from ikrar_desktop.services.printing import PrintReport

    if unit:
        raise ValidationError(
            f"{LABELS[kind]} dicetak untuk seluruh kegiatan; --unit tidak dipakai.", field="unit"
        )
    report = PrintReport(kind, Path(out_path), 0, 0)
    if kind == "naskah-ikrar":
        rendered = _naskah(conn, event_id, options)
        rendered.people = conn.execute(
            "SELECT count(*) FROM obligations WHERE event_id = ? AND obliged = 1", (event_id,)
        ).fetchone()[0]
    else:
        rendered, drawn, report.unknown_acknowledger = _letter(conn, event_id, options, dress)
    write_atomic(out_path, rendered.data)
    if kind == "surat-undangan":
        numbering.mark_printed(conn, drawn.row, stamp())
        report.numbers = [drawn.row.number]
        report.numbers_issued, report.reprints = int(drawn.new), int(drawn.row.prints > 0)
    report.pages, report.people = rendered.pages, rendered.people
    return report


def official_signer(row: tuple[Any, ...]) -> Signer:
    """An official of the registry on the sheet: title, name as recorded, pangkat and NIP."""
    from ikrar_desktop.documents.model import PEJABAT, Signer

    _emp, name, nip, golongan, jabatan, _unit, title = row
    return Signer(str(title or jabatan or ""), str(name), golongan_label(golongan),
                  str(nip or ""), PEJABAT)  # fmt: skip


def guest_signer(name: str, jabatan: str) -> Signer:
    """Someone outside the registry (Pj. Bupati, Forkopimda, KPU, Bawaslu, BKN): the name only,
    without gelar for a Pj./Plt. Bupati (Permendagri 1/2023)."""
    from ikrar_desktop.documents.model import KEPALA_DAERAH, PENJABAT, Signer, signer_role

    role = PENJABAT if jabatan and signer_role(jabatan) == PENJABAT else KEPALA_DAERAH
    return Signer(jabatan, name, role=role)


def sections(conn: sqlite3.Connection, event_id: int) -> list[Section]:
    """Leader, witnesses and guests, then every obliged official once, in the scope's order."""
    from ikrar_desktop.documents.naskah_ikrar import Block, Section
    from ikrar_desktop.services.printing import doc_event

    event = doc_event(conn, event_id)
    leader = event.leader or signers.leader(settings_service.load(conn))
    out = []
    if leader is not None:
        out.append(Section("Pemimpin Apel", (Block(("Pemimpin Apel,", f"{leader.jabatan},"),
                                                   leader),)))  # fmt: skip
    guests = []
    for w in witness_store.rows(conn, event_id):
        post = w.jabatan
        if w.instansi and fold(w.instansi) not in fold(w.jabatan):
            post = f"{w.jabatan}, {w.instansi}" if w.jabatan else w.instansi
        guests.append(Block((post or "Saksi",), guest_signer(w.name, w.jabatan)))
    if guests:
        out.append(Section("Saksi dan Tamu Pimpinan", tuple(guests)))
    people = conn.execute(_PEOPLE_SQL, (event_id,)).fetchall()
    heads = tuple(
        Block((f"{n}. {official_signer(r).jabatan}",), official_signer(r))
        for n, r in enumerate(people, 1)
    )
    if heads:  # an event of another scope: everyone obliged signs as a participant
        scoped = officials.levels_of(conn, event_id) is not None
        out.append(Section(SIGNERS if scoped else "Peserta yang Berikrar", heads))
    return out


def _naskah(conn: sqlite3.Connection, event_id: int, options: Options) -> Rendered:
    from ikrar_desktop.documents import naskah_ikrar
    from ikrar_desktop.services.printing import doc_event

    ev = events_service.get_event(conn, event_id)
    parts = sections(conn, event_id)
    if not parts or parts[-1].title not in (SIGNERS, "Peserta yang Berikrar"):
        raise UserError(
            "Belum ada pejabat atau peserta yang wajib pada kegiatan ini.",
            "Buat kegiatan pejabat (event add --officials) atau tambahkan pesertanya.",
        )
    return naskah_ikrar.render(doc_event(conn, event_id), ev.ikrar_text, parts, options)


def sekda(conn: sqlite3.Connection) -> tuple[Signer, str, str, int | None]:
    """(signer, unit name, unit code, employee id) of the Sekretariat Daerah's head, as a
    naskah dinas signer with name, pangkat and NIP; a blank line when no head is set."""
    from ikrar_desktop.documents.model import PEJABAT, PENJABAT, Signer

    chain = signers.Chain(conn, settings_service.load(conn))
    unit = chain.units.get(chain.setda) if chain.setda is not None else None
    code = ""
    if unit is not None:
        row = conn.execute("SELECT code FROM units WHERE id = ?", (unit.id,)).fetchone()
        code = str(row[0] or "") if row else ""
    if unit is None or unit.head is None:
        return Signer("Sekretaris Daerah"), unit.name if unit else signers.SETDA, code, None
    # a letter is a naskah dinas: the Sekda signs with pangkat and NIP; a Plt./Plh. Sekda keeps
    # the penjabat form (name without gelar, NIP or pangkat)
    role = PENJABAT if unit.head.role == PENJABAT else PEJABAT
    return replace(unit.head, role=role), unit.name, code, unit.head_id


def _letter(
    conn: sqlite3.Connection, event_id: int, options: Options, dress: str
) -> tuple[Rendered, numbering.Issued, list[str]]:
    from ikrar_desktop.documents import surat_undangan
    from ikrar_desktop.documents.sertifikat import jabatan_upper
    from ikrar_desktop.services.printing import doc_event

    event = doc_event(conn, event_id)
    signer, setda, code, signer_id = sekda(conn)
    today = datetime.date.today()
    drawn = numbering.issue(conn, "undangan", f"event:{event_id}/surat-undangan", today,
                            kode=code, unit=setda, stamp=stamp())  # fmt: skip
    dated = datetime.date.fromisoformat(drawn.row.issued_at[:10])
    scoped = officials.officials_of(conn, event_id)
    is_officials = bool(scoped)
    rows = [r for r in scoped or officials.pick(conn, DEFAULT_LEVELS).rows
            if r.employee_id != signer_id]  # the Sekda signs the letter  # fmt: skip
    shown = _shown_names(conn, [r.employee_id for r in rows])
    invitees = tuple((r.title, shown.get(r.employee_id, "")) for r in rows)
    # a letter of the Pemerintah Daerah under the regency's emblem, signed by the Sekda as
    # such (a letter a.n. Bupati would take the Bupati's Garuda kop, which is not bundled)
    header = (f"{jabatan_upper(signer.jabatan)},",)
    opening = (
        f"Dalam rangka pelaksanaan {event.title}, dengan hormat kami mengundang Saudara untuk "
        + ("hadir dan menandatangani Naskah Ikrar pada:" if is_officials
           else "hadir beserta pegawai di lingkungan unit kerja Saudara pada:")
    )  # fmt: skip
    letter = surat_undangan.Letter(
        event=event, number=drawn.row.number, date=dated, perihal=f"Undangan {event.title}",
        addressee="Kepala Perangkat Daerah", opening=opening, invitees=invitees, signer=signer,
        signer_header=header, dress=" ".join(dress.split()),
    )  # fmt: skip
    unknown = [] if signer.name else ["Surat undangan: Sekretaris Daerah belum ditetapkan"]
    return surat_undangan.render(letter, options), drawn, unknown


def _shown_names(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    from ikrar_desktop.domain.names import display_name

    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for emp_id, front, nama, back in conn.execute(
            f"SELECT id, gelar_depan, nama, gelar_belakang FROM employees WHERE id IN ({marks})",
            chunk,
        ):
            out[emp_id] = display_name(front, nama, back)
    return out
