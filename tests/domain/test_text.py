"""Texts that reach official paper (issue 17, point 7): invisible, bidi and control characters
refused with the field and the character named, length limits per kind, whitespace tidied,
ordinary Indonesian text untouched, in every service that stores a name or a text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from ikrar_desktop.cli.main import main
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.domain.text import LIMITS, clean_text, is_clean
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import access, cases, events, units
from ikrar_desktop.services.registry import add_employee, validate
from ikrar_desktop.services.roster_session import import_file
from ikrar_desktop.store.events import Witness

NORMAL = [
    "Ni Luh Putu Ayu Dewi",
    "Siti Nur'aini",
    "Drs. H. Abd. Rahman, M.Si.",
    "Lalu Muh. Zainul-Arifin",
    "Stéphanie Görtz",
    "I Gusti Ngurah Rai, S.H., M.H.",
    "Dinas Pekerjaan Umum & Penataan Ruang (PUPR)",
]
REFUSED = {
    "\u202e": "pengatur arah teks",  # right-to-left override
    "\u2067": "pengatur arah teks",  # right-to-left isolate
    "\u200f": "pengatur arah teks",  # right-to-left mark
    "\u200b": "tak terlihat",  # zero-width space
    "\u200d": "tak terlihat",  # zero-width joiner
    "\ufeff": "tak terlihat",  # byte order mark
    "\u3164": "tak terlihat",  # Hangul filler (a blank letter)
    "\x07": "kendali",  # bell
    "\x1b": "kendali",  # escape
}


@pytest.mark.parametrize("text", NORMAL)
def test_ordinary_indonesian_text_passes_unchanged(text: str) -> None:
    assert clean_text(text, "unit", "Unit kerja") == text
    assert is_clean(text, "unit")


@pytest.mark.parametrize(("char", "why"), REFUSED.items())
def test_hidden_characters_are_refused_with_field_and_code_point(char: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_text(f"Budi{char}Santoso", "nama", "Nama")
    message = info.value.message
    assert message.startswith("Nama memuat") and why in message
    assert f"U+{ord(char):04X}" in message
    assert not is_clean(f"Budi{char}Santoso", "nama")


def test_whitespace_is_tidied_not_refused() -> None:
    assert clean_text("  Budi\tSantoso\n ", "nama", "Nama") == "Budi Santoso"
    assert clean_text("Budi\u00a0Santoso", "nama", "Nama") == "Budi Santoso"
    assert clean_text("baris satu\r\n\tbaris  dua", "uraian", "Uraian") == "baris satu\nbaris dua"


def test_length_limits_name_the_limit() -> None:
    with pytest.raises(ValidationError) as info:
        clean_text("A" * 10_000, "nama", "Nama")
    assert "terlalu panjang" in info.value.message and str(LIMITS["nama"]) in info.value.message
    assert clean_text("A" * LIMITS["nama"], "nama", "Nama") == "A" * LIMITS["nama"]


def test_registry_refuses_a_look_alike_name(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValidationError) as info:
        add_employee(conn, EmployeeDraft(nama="Budi\u202eotnaS", nik=""))
    assert info.value.field == "nama" and "U+202E" in info.value.message
    with pytest.raises(ValidationError) as info:
        add_employee(conn, EmployeeDraft(nama="Budi", jabatan="Staf\u200b", nik=""))
    assert info.value.field == "jabatan"
    with pytest.raises(ValidationError) as info:
        add_employee(conn, EmployeeDraft(nama="Budi", gelar_belakang="S.Pd.\x00", nik=""))
    assert info.value.field == "gelar_belakang"
    with pytest.raises(ValidationError):
        add_employee(conn, EmployeeDraft(nama="B" * 10_000, nik=""))
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
    made = add_employee(conn, EmployeeDraft(nama="Siti\tNur'aini", gelar_belakang="S.Pd.\t M.Si."))
    assert made.nama == "Siti Nur'aini" and made.gelar_belakang == "S.Pd. M.Si."


@pytest.mark.parametrize(
    ("draft", "field", "says"),
    [
        (EmployeeDraft(nama="Budi\u200bSantoso"), "nama", "U+200B"),
        (EmployeeDraft(nama="Budi", unit="Dinas\u202eX"), "unit", "U+202E"),
        (EmployeeDraft(nama="Budi", jabatan="J" * 300), "jabatan", "terlalu panjang"),
        (EmployeeDraft(nama="Budi", gelar_depan="Dr.\u2066"), "gelar_depan", "U+2066"),
    ],
)
def test_one_rule_set_refuses_a_hidden_character_every_time(
    draft: EmployeeDraft, field: str, says: str
) -> None:
    for _ in range(2):  # the second time through the rules' caches: still refused
        with pytest.raises(ValidationError) as info:
            validate(draft)
        assert info.value.field == field and says in info.value.message


def test_one_rule_set_tidies_tabs_and_line_breaks_every_time() -> None:
    draft = EmployeeDraft(nama="Budi\tSantoso", unit="Dinas\nPendidikan")
    for _ in range(2):
        got = validate(draft)
        assert (got.values["nama"], got.unit) == ("Budi Santoso", "Dinas Pendidikan")


def test_roster_row_with_a_hidden_character_is_rejected_by_row_number(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIK", "NAMA", "JABATAN", "UNIT KERJA"])
    sheet.append(["", "Ahmad Fauzi", "Staf", "Dinas Pendidikan"])
    sheet.append(["", "Budi\u202eotnaS", "Staf", "Dinas Pendidikan"])
    sheet.append(["", "Citra\tLestari", "Staf\nPelaksana", "Dinas Pendidikan"])
    path = tmp_path / "honorer.xlsx"
    book.save(path)
    report = import_file(conn, path)
    assert [(e.row, "U+202E" in e.message) for e in report.plan.errors] == [(3, True)]
    names = {r[0]: r[1] for r in conn.execute("SELECT nama, jabatan FROM employees")}
    assert names == {"Ahmad Fauzi": "Staf", "Citra Lestari": "Staf Pelaksana"}


def test_units_events_witnesses_cases_users_refuse_hidden_characters(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(ValidationError, match="U\\+200B"):
        units.add_unit(conn, "Dinas\u200bPendidikan")
    with pytest.raises(ValidationError, match="Nama kegiatan memuat"):
        events.create_event(conn, events.EventDraft(title="Apel\u202eIkrar", date="2024-01-10"))
    with pytest.raises(ValidationError, match="Nama saksi memuat"):
        events.create_event(conn, events.EventDraft(
            title="Apel", date="2024-01-10", witnesses=[Witness("Budi\u200d")]))  # fmt: skip
    with pytest.raises(ValidationError, match="Tempat terlalu panjang"):
        events.create_event(conn, events.EventDraft(title="Apel", date="2024-01-10",
                                                    place="x" * 5000))  # fmt: skip
    emp = add_employee(conn, EmployeeDraft(nama="Budi Santoso", nip="196803161988071002"))
    with pytest.raises(ValidationError, match="Uraian memuat karakter kendali"):
        cases.add_case(conn, cases.CaseDraft(emp.id, "KE-4", "bawaslu", "2024-01-05",
                                             description="foto\x1b[31m"))  # fmt: skip
    with pytest.raises(ValidationError, match="Nama lengkap memuat"):
        access.add_user(conn, "admin", "rahasia-sekali-123", access.ADMIN, "Admin\u202e")
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0


def test_cli_add_refuses_with_exit_1(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    assert main(["--db", str(db_path), "employees", "add", "--nama", "Budi\u200bSantoso"]) == 1
    err = capsys.readouterr().err
    assert "Nama memuat karakter tak terlihat (U+200B)" in err
