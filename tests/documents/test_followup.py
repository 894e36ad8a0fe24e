"""Follow-up per OPD: a numbered letter to each head with its outstanding people and their
pakta sheets; replies recorded; the command line."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from doc_helpers import pdf_pages
from followup_geometry import geometry_ok

from ikrar_desktop.cli.main import main
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services import checkin, events, followup, numbering
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import units as unit_store

T0 = datetime(2024, 1, 10, 8, 0).astimezone()
LETTER_DAY = date(2024, 1, 15)
BKD, DIK, KES, KEC = ("Badan Kepegawaian Daerah", "Dinas Pendidikan", "Dinas Kesehatan",
                      "Kecamatan Cibinong")  # fmt: skip
PEOPLE = {  # key: nama, nip / nik, unit, jabatan, golongan
    "kaban": ("Drs. Hendra Kusuma, M.Si.", "197001011995031001", BKD, "Kepala Badan", "IV/c"),
    "kadis": ("Dr. Ahmad Fauzi, M.Pd.", "197102021996031002", DIK, "Kepala Dinas Pendidikan",
              "IV/c"),
    "guru1": ("Budi Santoso, S.Pd.", "198503122010011004", DIK, "Guru Ahli Muda", "III/c"),
    "guru2": ("Citra Lestari, S.Pd.", "198604132011012005", DIK, "Guru Ahli Pertama", "III/b"),
    "guru3": ("Dedi Supriadi", "198705142012011006", DIK, "Pengadministrasi Umum", "II/c"),
    "kadinkes": ("dr. Rina Marlina", "197203031997032003", KES, "Plt. Kepala Dinas Kesehatan",
                 "IV/b"),
    "bidan": ("Dewi Lestari", "3201014501900001", KES, "Bidan", ""),
    "camat": ("Joko Prasetyo, S.STP.", "198106062006041007", KEC, "Camat Cibinong", "IV/a"),
    "staf_kec": ("Eka Saputra", "199001012015031008", KEC, "Pengadministrasi Umum", "II/b"),
    "staf_bkd": ("Fajar Nugraha", "199102022016031009", BKD, "Analis SDM", "III/a"),
}  # fmt: skip


def _unit_id(conn: sqlite3.Connection, name: str) -> int:
    found = unit_store.find_by_name(conn, name)
    assert found is not None
    return found


def regency(
    conn: sqlite3.Connection, extra: dict[str, tuple[str, str, str, str, str, str]] | None = None
) -> tuple[dict[str, int], int]:
    """The people (and ``extra`` ones: … golongan, status), heads as data, the issuing unit
    with its code, and one event where the Kecamatan has signed in full, Dinas Pendidikan in
    part and Dinas Kesehatan not at all."""
    ids = {}
    everyone = {k: (*v, "PNS" if len(v[1]) == 18 else "Non-ASN") for k, v in PEOPLE.items()}
    for key, (nama, ident, unit, jabatan, gol, status) in (everyone | (extra or {})).items():
        draft = EmployeeDraft(nama=nama, unit=unit, jabatan=jabatan, golongan=gol,
                              status=status)  # fmt: skip
        if len(ident) == 18:
            draft.nip = ident
        else:
            draft.nik = ident
        ids[key] = add_employee(conn, draft).id
    unit_service.set_unit(conn, _unit_id(conn, BKD), head_id=ids["kaban"], code="BKD")
    unit_service.set_unit(conn, _unit_id(conn, DIK), head_id=ids["kadis"])
    unit_service.set_unit(conn, _unit_id(conn, KES), head_id=ids["kadinkes"], acting="Plt.")
    unit_service.set_unit(conn, _unit_id(conn, KEC), head_id=ids["camat"])
    for key, value in (
        ("instansi", "Pemerintah Kabupaten Contoh"),
        ("unit_penyelenggara", BKD),
        ("tempat", "Cibinong"),
        ("nomor_tindak_lanjut", "800/{n:3}/{kode}/{tahun}"),
        ("pimpinan_jabatan", "Bupati Contoh"),
        ("pimpinan_nama", "H. Bupati"),
    ):
        settings_service.set_value(conn, key, value)  # fmt: skip
    made = events.create_event(
        conn, events.EventDraft(title="Apel Ikrar Netralitas ASN", date="2024-01-10",
                                time="08:00", place="Lapangan"), now=T0,
    )  # fmt: skip
    ev = made.event.id
    for key in ("kadis", "guru1", "camat", "staf_kec", "kaban", "staf_bkd", "kadinkes"):
        checkin.set_status(conn, ev, ids[key], "hadir", now=T0)
        if key != "kadinkes":
            checkin.toggle_pakta(conn, ev, ids[key], True, now=T0)
    checkin.set_status(conn, ev, ids["guru3"], "sakit", now=T0)
    return ids, ev


@pytest.fixture
def world(conn: sqlite3.Connection) -> tuple[sqlite3.Connection, dict[str, int], int]:
    ids, ev = regency(conn)
    return conn, ids, ev


def _letters(data: bytes) -> list[tuple[int, str]]:
    """(first page, text of that page) for each letter in a combined PDF."""
    return [(i, t) for i, t in enumerate(pdf_pages(data)) if "Nomor :" in t and "Yth." in t]


def test_letters_only_where_people_are_outstanding(world, tmp_path: Path) -> None:
    conn, _ids, ev = world
    out = tmp_path / "tl.pdf"
    report = followup.print_followup(conn, ev, out, today=LETTER_DAY)
    assert [x.unit for x in report.letters] == [KES, DIK]  # by name within the event order
    assert report.nothing_outstanding == [BKD, KEC] and report.own_unit == []
    assert [x.number for x in report.letters] == ["800/001/BKD/2024", "800/002/BKD/2024"]
    assert [x.addressee for x in report.letters] == ["Plt. Kepala Dinas Kesehatan",
                                                     "Kepala Dinas Pendidikan"]  # fmt: skip
    assert [x.deadline for x in report.letters] == [date(2024, 1, 22)] * 2  # 7 days
    pages = pdf_pages(out.read_bytes())
    letters = _letters(out.read_bytes())
    # letter, then exactly its people's pakta sheets: Kesehatan 2 (+1 letter), Pendidikan 2
    assert [i for i, _ in letters] == [0, 3] and len(pages) == 6
    kes, dik = pages[0], pages[3]
    assert "Yth. Plt. Kepala Dinas Kesehatan" in kes and "800/001/BKD/2024" in kes
    assert "dr. Rina Marlina" in kes and "Dewi Lestari" in kes and "NIK 3201" in kes
    assert "Yth. Kepala Dinas Pendidikan" in dik
    assert "Citra Lestari" in dik and "Dedi Supriadi" in dik and "Sakit" in dik
    assert "Budi Santoso" not in dik and "Ahmad Fauzi, M.Pd. 1971" not in dik
    assert "22 Januari 2024" in dik and "Cibinong, 15 Januari 2024" in dik
    assert "Drs. Hendra Kusuma, M.Si." in dik  # the head of the issuing unit signs
    geometry_ok(out.read_bytes(), [0, 3])
    sheets = [p for p in pages if p.startswith("PEMERINTAH") and "PAKTA INTEGRITAS" in p
              and "Nomor :" not in p]  # fmt: skip
    assert len(sheets) == 4

    def signer(page: str) -> str:
        return page.split("Yang membuat pernyataan, ")[1].split(" NI")[0]

    assert [signer(p) for p in pages[1:3]] == report.letters[0].people
    assert set(report.letters[0].people) == {"dr. Rina Marlina", "Dewi Lestari"}
    assert [signer(p) for p in pages[4:6]] == ["Citra Lestari, S.Pd.", "Dedi Supriadi"]
    # the Plt. head's own sheet is acknowledged above her unit, never by herself
    assert "Mengetahui" in pages[1]


def test_reprint_keeps_numbers_and_dates_register_stays_gap_free(world, tmp_path: Path) -> None:
    conn, ids, ev = world
    first = followup.print_followup(conn, ev, tmp_path / "a.pdf", today=LETTER_DAY)
    checkin.set_status(conn, ev, ids["guru2"], "hadir", now=T0)
    checkin.toggle_pakta(conn, ev, ids["guru2"], True, now=T0)
    again = followup.print_followup(conn, ev, tmp_path / "b.pdf", today=date(2024, 1, 18))
    assert [x.number for x in again.letters] == [x.number for x in first.letters]
    assert again.numbers_issued == 0 and first.numbers_issued == 2
    assert [x.letter_date for x in again.letters] == [LETTER_DAY] * 2
    assert again.letters[1].people == ["Dedi Supriadi"]  # the list follows the record
    rows = conn.execute("SELECT seq, prints FROM number_register WHERE doc_type = "
                        "'tindak-lanjut' ORDER BY seq").fetchall()  # fmt: skip
    assert rows == [(1, 2), (2, 2)]
    # a new deadline on a reprint is kept; one before the letter is refused
    later = followup.print_followup(conn, ev, tmp_path / "c.pdf", today=date(2024, 1, 18),
                                    deadline=date(2024, 1, 31))  # fmt: skip
    assert [x.deadline for x in later.letters] == [date(2024, 1, 31)] * 2
    with pytest.raises(ValidationError):
        followup.print_followup(conn, ev, tmp_path / "d.pdf", today=date(2024, 1, 18),
                                deadline=date(2024, 1, 17))  # fmt: skip
    # a voided number: the next print takes the next free number, dated that day
    numbering.void(conn, "800/002/BKD/2024", "salah kirim", stamp="2024-01-19T08:00:00+07:00")
    third = followup.print_followup(conn, ev, tmp_path / "e.pdf", today=date(2024, 1, 19))
    assert [(x.number, x.letter_date) for x in third.letters] == [
        ("800/001/BKD/2024", LETTER_DAY), ("800/003/BKD/2024", date(2024, 1, 19))]  # fmt: skip
    assert third.letters[1].deadline == date(2024, 1, 26)


def test_one_pdf_per_opd_in_a_folder(world, tmp_path: Path) -> None:
    from pypdf import PdfReader

    conn, _ids, ev = world
    folder = tmp_path / "surat"
    folder.mkdir()
    report = followup.print_followup(conn, ev, str(folder) + "/", today=LETTER_DAY)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["tindak-lanjut-dinas-kesehatan.pdf", "tindak-lanjut-dinas-pendidikan.pdf"]
    assert all(x.path is not None and x.path.parent == folder for x in report.letters)
    assert len(PdfReader(folder / names[1]).pages) == 3
    with pytest.raises(ValidationError):
        followup.print_followup(conn, ev, str(tmp_path / "nope") + "/", today=LETTER_DAY)


def test_issuing_unit_writes_no_letter_to_itself(world, tmp_path: Path) -> None:
    conn, ids, ev = world
    checkin.toggle_pakta(conn, ev, ids["staf_bkd"], False, now=T0)
    report = followup.print_followup(conn, ev, tmp_path / "tl.pdf", today=LETTER_DAY)
    assert report.own_unit == [BKD] and BKD not in [x.unit for x in report.letters]


def test_recording_a_reply(world, tmp_path: Path) -> None:
    conn, _ids, ev = world
    with pytest.raises(NotFoundError):
        followup.record_reply(conn, ev, DIK, reply_date=LETTER_DAY, number="1/DIK", completed=1)
    followup.print_followup(conn, ev, tmp_path / "tl.pdf", today=LETTER_DAY)
    rows = followup.letter_status(conn, ev, today=date(2024, 1, 23))
    assert [(s.letter.unit_name, s.overdue, s.reply) for s in rows] == [
        (KES, True, None), (DIK, True, None)]  # fmt: skip
    got = followup.record_reply(conn, ev, "dinas  pendidikan", reply_date=date(2024, 1, 20),
                                number="800/77/DISDIK/2024", completed=2)  # fmt: skip
    assert got.reply is not None and (got.reply.reply_number, got.reply.completed) == (
        "800/77/DISDIK/2024", 2)  # fmt: skip
    rows = followup.letter_status(conn, ev, today=date(2024, 1, 23))
    assert [(s.letter.unit_name, s.overdue) for s in rows] == [(KES, True), (DIK, False)]
    for bad in ({"completed": 3}, {"reply_date": date(2024, 1, 14)}, {"number": "  "}):
        args: dict[str, Any] = {"reply_date": date(2024, 1, 20), "number": "9/X",
                                "completed": 1} | bad  # fmt: skip
        with pytest.raises(ValidationError):
            followup.record_reply(conn, ev, KES, **args)
    audited = conn.execute("SELECT count(*) FROM audit_log WHERE tbl = "
                           "'followup_replies'").fetchone()[0]  # fmt: skip
    assert audited == 1


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv and code == 0 else out


def test_command_line(capsys: pytest.CaptureFixture[str], db_path: Path, conn, tmp_path) -> None:
    _ids, ev = regency(conn)
    out = tmp_path / "tl.pdf"
    code, data = _run(capsys, db_path, "print", "tindak-lanjut", str(ev), "--out", str(out),
                      "--deadline", "2030-01-31", "--json")  # fmt: skip
    assert code == 0 and data["numbers_issued"] == 2 and data["nothing_outstanding"] == [BKD, KEC]
    assert [x["deadline"] for x in data["letters"]] == ["2030-01-31"] * 2
    folder = tmp_path / "per"
    folder.mkdir()
    code, text = _run(capsys, db_path, "print", "tindak-lanjut", str(ev), "--out", str(folder),
                      "--unit", "dinas kesehatan")  # fmt: skip
    assert code == 0 and "Kepala Dinas Kesehatan" in text and "nomor tetap): 1" in text
    assert [p.name for p in folder.iterdir()] == ["tindak-lanjut-dinas-kesehatan.pdf"]
    code, _ = _run(capsys, db_path, "print", "pakta", str(ev), "--out", str(folder))
    assert code == 1  # a folder is for tindak-lanjut only
    code, _ = _run(capsys, db_path, "print", "tindak-lanjut", str(ev), "--out", str(out),
                   "--deadline", "31-01-2030")  # fmt: skip
    assert code == 1
    reply = ("tindak-lanjut", "reply", str(ev), "--unit", DIK, "--date", "2030-01-20",
             "--nomor", "800/5/DISDIK", "--selesai")  # fmt: skip
    code, text = _run(capsys, db_path, *reply, "2")
    assert code == 0 and "tercatat" in text
    code, _ = _run(capsys, db_path, *reply, "9")
    assert code == 1
    code, data = _run(capsys, db_path, "tindak-lanjut", "list", str(ev), "--json")
    replies = {x["unit"]: x["reply"] for x in data["letters"]}
    assert replies[KES] is None and replies[DIK]["number"] == "800/5/DISDIK"


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_long_letter_geometry(conn, tmp_path: Path, paper: str) -> None:
    """A letter listing 45 people runs over pages: the table repeats its head, names stay
    ≥ 8 pt, and the signature never stands alone on a page."""
    import pdfplumber

    ids, ev = regency(conn)
    long_name = "Dr. dr. Hj. Raden Ajeng Siti Nurhalimah Kusumawardhani Prawiranegara, Sp.PD-KGEH"
    more = [add_employee(conn, EmployeeDraft(
        nama=f"{long_name} {i}" if i % 7 == 0 else f"Pegawai Pendidikan Nomor {i:02d}",
        nip=f"199001012015011{i + 1:03d}", unit=DIK, jabatan="Pengadministrasi Perkantoran pada "
        "Sub Bagian Umum dan Kepegawaian", status="PNS", golongan="II/c")).id
        for i in range(45)]  # fmt: skip
    scope = events.Scope(employee_ids=[*ids.values(), *more])
    ev = events.create_event(conn, events.EventDraft(title="Apel Kedua", date="2024-01-11"),
                             scope, now=T0).event.id  # fmt: skip
    out = tmp_path / "tl.pdf"
    followup.print_followup(conn, ev, out, unit=DIK, paper=paper, today=LETTER_DAY)
    data = out.read_bytes()
    pages = pdf_pages(data)
    letter = [i for i, t in enumerate(pages) if "Surat 800/" in t]  # the letter's own footers
    assert len(letter) >= 2 and letter == list(range(len(letter)))
    geometry_ok(data, letter)
    mm = 72 / 25.4
    left = (25 + 10) * mm  # the Nama column: after the left margin and "No."
    right = left + (52 + (5 if paper == "F4" else 0)) * mm
    with pdfplumber.open(io.BytesIO(data)) as doc:
        small = [c for n in letter for c in doc.pages[n].chars if c["text"].strip()
                 and left <= c["x0"] < right and c["size"] < 8 - 0.01]  # fmt: skip
        words = " ".join(w["text"] for w in doc.pages[letter[-1]].extract_words())
    assert small == []  # names are never set below 8 pt
    assert "Demikian" in words and "Hendra" in words  # the closing stays with the signature
    listed = " ".join(pages[: len(letter)])
    assert listed.count("Pegawai Pendidikan Nomor") == 45 - 7
    heads = listed.count("Nama NIP / NIK Jabatan Kehadiran")  # repeated on each table page
    assert 2 <= heads <= len(letter)
