"""A fingerprint printed on paper anchors the audit chain: a consistent rewrite is caught."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from anchor_rewrite import rewrite_consistently
from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.store.audit_anchor import check_anchor, parse_fingerprint
from ikrar_desktop.store.connection import connect

PRINTED = re.compile(r"\d+\s*\S\s*[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}")


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *argv])
    return code, capsys.readouterr().out


def check_json(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out = run(capsys, db, "check", "--json", *extra)
    return code, json.loads(out)


def printed_fingerprint(pdf: Path) -> str:
    """The fingerprint as a reader of the paper would copy it."""
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    found = PRINTED.search(text)
    assert found, "the document carries no audit fingerprint"
    return found.group()


@pytest.fixture
def office(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """A month of work: demo registry, Budi added, an event, check-ins, a recap printed."""
    assert run(capsys, db_path, "demo", "--employees", "20")[0] == 0
    _, before_budi = check_json(capsys, db_path)
    code, out = run(capsys, db_path, "employees", "add", "--nama", "Budi Santoso", "--json")
    assert code == 0
    budi = json.loads(out)["id"]
    code, out = run(
        capsys, db_path, "event", "add", "--title", "Apel Ikrar", "--date", "2024-01-08", "--json"
    )
    assert code == 0
    event = str(json.loads(out)["id"])
    assert run(capsys, db_path, "checkin", event, "Budi Santoso", "--status", "hadir")[0] == 0
    pdf = tmp_path / "rekap.pdf"
    assert run(capsys, db_path, "print", "rekap", event, "--out", str(pdf))[0] == 0
    paper = printed_fingerprint(pdf)
    # the office keeps working after the paper was filed
    assert run(capsys, db_path, "employees", "add", "--nama", "Sari Lestari")[0] == 0
    return {
        "budi": str(budi),
        "event": event,
        "paper": paper,
        "before_budi": str(before_budi["fingerprint"]),
    }


def test_untouched_database_matches_the_fingerprint_printed_on_a_recap(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, db_path, "check", "--fingerprint", office["paper"])
    assert code == 0, out
    assert "SIDIK COCOK" in out
    seq = parse_fingerprint(office["paper"]).seq
    code, data = check_json(capsys, db_path, "--fingerprint", office["paper"])
    assert code == 0 and data["ok"] and data["anchor"]["match"]
    assert data["anchor"]["seq"] == seq < data["audit_head"]  # records were appended since


def test_fingerprint_still_matches_after_many_more_records(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(5):
        assert run(capsys, db_path, "employees", "add", "--nama", f"Pegawai Baru {i}")[0] == 0
    assert run(capsys, db_path, "checkin", office["event"], "Budi Santoso", "--pakta")[0] == 0
    for fingerprint in (office["paper"], office["before_budi"]):
        code, data = check_json(capsys, db_path, "--fingerprint", fingerprint)
        assert code == 0 and data["anchor"]["status"] == "cocok", data


def test_consistent_rewrite_passes_check_but_the_printed_fingerprint_catches_it(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    first = rewrite_consistently(db_path, office["budi"], "Budi Santosa")
    code, out = run(capsys, db_path, "employees", "list", "--json")
    assert "Budi Santosa" in out and "Budi Santoso" not in out  # the forgery took hold
    # the documented limit: a chain kept in the same file, rewritten whole, looks intact
    code, out = run(capsys, db_path, "check")
    assert code == 0 and "rantai utuh" in out
    # the paper printed before the rewrite catches it
    seq = parse_fingerprint(office["paper"]).seq
    assert first <= seq
    code, out = run(capsys, db_path, "check", "--fingerprint", office["paper"])
    assert code == 1
    assert "SIDIK TIDAK COCOK" in out and f"nomor {seq} " in out
    assert f"nomor 0 sampai {seq}" in out  # says what it can: some record up to N changed
    code, data = check_json(capsys, db_path, "--fingerprint", office["paper"])
    anchor = data["anchor"]
    assert code == 1 and not data["ok"] and data["problems"] == []
    assert anchor["status"] == "berbeda" and anchor["changed_at_or_before"] == seq
    assert anchor["first_changed"] is None  # a consistent rewrite cannot be pinned further
    assert anchor["stored"] != anchor["fingerprint"]
    # and, honestly, a paper printed before the changed record cannot see it
    code, data = check_json(capsys, db_path, "--fingerprint", office["before_budi"])
    assert code == 0 and data["anchor"]["match"]


def test_an_edit_without_recomputing_is_named_by_its_record(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER guard_audit_update")
    seq = raw.execute(
        "SELECT seq FROM audit_log WHERE tbl = 'employees' AND row_key = ?", (office["budi"],)
    ).fetchone()[0]
    raw.execute("UPDATE audit_log SET after = json_set(after, '$.nama', 'X') WHERE seq = ?", (seq,))
    raw.commit()
    raw.close()
    code, data = check_json(capsys, db_path, "--fingerprint", office["paper"])
    assert code == 1
    assert data["anchor"]["first_changed"] == seq
    assert f"nomor {seq}" in data["anchor"]["message"]
    # the same answer without a whole-chain check beforehand (Verifikasi page, restore)
    conn = connect(db_path, readonly=True)
    try:
        alone = check_anchor(conn, parse_fingerprint(office["paper"]))
    finally:
        conn.close()
    assert alone.as_dict() == data["anchor"]


def test_a_fingerprint_beyond_the_chain_says_the_database_is_older(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, data = check_json(capsys, db_path)
    head = data["audit_head"]
    later = f"{head + 40} · 0123-4567-89ab-cdef"
    code, out = run(capsys, db_path, "check", "--fingerprint", later)
    assert code == 1
    assert f"hanya sampai nomor {head}" in out and "lebih tua" in out
    _, data = check_json(capsys, db_path, "--fingerprint", later)
    assert data["anchor"]["status"] == "melampaui"


@pytest.mark.parametrize(
    "typed",
    [
        "{n} · {h}",
        "{n}·{H}",
        "  {n} . {h_spaced}  ",
        "Sidik jejak audit: {n} · {h}",
        "{n}{h_bare}",
        "#{n}: {H_bare}",
    ],
)
def test_fingerprint_is_read_leniently(
    db_path: Path, office: dict[str, str], capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    exact = parse_fingerprint(office["paper"])
    h = str(exact).split(" · ")[1]
    text = typed.format(
        n=exact.seq,
        h=h,
        H=h.upper(),
        h_spaced=h.replace("-", " "),
        h_bare=h.replace("-", ""),
        H_bare=h.replace("-", "").upper(),
    )
    code, data = check_json(capsys, db_path, "--fingerprint", text)
    assert code == 0 and data["anchor"]["seq"] == exact.seq, text


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("9f3a-07c2-1b4d-88e0", "Nomor catatan"),
        ("1555 · 9f3a-07c2-1b4d-88e", "16 huruf/angka"),
        ("1555 · 9f3a-07c2-1b4d-88e0a", "16 huruf/angka"),
        ("1555 · 9f3a-07c2-1b4d-88g0", "16 huruf/angka"),
        ("   ", "kosong"),
    ],
)
def test_a_fingerprint_that_cannot_be_read_is_refused_with_the_expected_form(
    db_path: Path, capsys: pytest.CaptureFixture[str], typed: str, says: str
) -> None:
    with pytest.raises(ValidationError, match=says):
        parse_fingerprint(typed)
    assert main(["--db", str(db_path), "init"]) == 0  # a missing --db is refused first
    capsys.readouterr()
    assert main(["--db", str(db_path), "check", "--fingerprint", typed]) == 1
    err = capsys.readouterr().err
    assert says in err and "1555 · 9f3a-07c2-1b4d-88e0" in err


def test_check_count_and_fingerprint_number_agree(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db_path, "demo", "--employees", "12")[0] == 0
    code, out = run(capsys, db_path, "check")
    assert code == 0
    count = re.search(r"Jejak audit: (\d+) catatan", out)
    number = re.search(r"Sidik jejak audit: (\d+) ·", out)
    assert count and number, out
    assert count.group(1) == number.group(1)
    _, data = check_json(capsys, db_path)
    assert data["audit_records"] == data["audit_head"] == int(number.group(1))
    assert data["audit_links"] == data["audit_records"] + 1  # the genesis row, number 0


def test_thousands_dots_and_a_whole_hash_are_read() -> None:
    whole = "9f3a07c21b4d88e0" + "ab" * 24
    assert parse_fingerprint("1.555 · 9f3a-07c2-1b4d-88e0").seq == 1555
    assert parse_fingerprint("12.345.678 · 9f3a-07c2-1b4d-88e0").seq == 12345678
    read = parse_fingerprint(f"1555 {whole.upper()}")
    assert (read.seq, read.prefix) == (1555, whole)
    assert str(read) == "1555 · 9f3a-07c2-1b4d-88e0"


def test_a_lawful_erasure_after_the_paper_keeps_the_fingerprint_matching(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db_path, "demo", "--employees", "8")[0] == 0
    code, out = run(capsys, db_path, "employees", "add", "--nama", "Rina Wulandari", "--json")
    rina = str(json.loads(out)["id"])
    paper = check_json(capsys, db_path)[1]["fingerprint"]  # Rina's insert is before it
    assert run(capsys, db_path, "employees", "add", "--nama", "Sesudah Kertas")[0] == 0
    erase = ("employees", "erase", rina, "--reason", "permintaan yang bersangkutan")
    assert run(capsys, db_path, *erase)[0] == 0
    code, data = check_json(capsys, db_path, "--fingerprint", paper)
    assert code == 0 and data["anchor"]["match"], data
    conn = connect(db_path, readonly=True)
    try:
        assert check_anchor(conn, parse_fingerprint(paper)).ok
        erased = conn.execute(
            "SELECT count(*) FROM audit_log WHERE erased IS NOT NULL AND seq <= ?",
            (parse_fingerprint(paper).seq,),
        ).fetchone()[0]
    finally:
        conn.close()
    assert erased >= 1  # the erasure did blank audit rows covered by the paper
