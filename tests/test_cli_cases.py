"""CLI for supervision cases: JSON shapes and exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cli_helpers import run_both as _run
from ikrar_desktop.cli.main import main
from ikrar_desktop.store.schema import open_database

CASE_KEYS = {
    "id", "number", "reported_on", "source", "source_ref", "employee_id", "employee", "election",
    "form", "form_kind", "form_text", "description", "step", "step_label", "step_on", "open",
    "due", "overdue", "overdue_days", "sanction", "signed_pakta",
}  # fmt: skip
BUDI = "199003032015031003"


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    open_database(db_path).close()  # a missing --db is refused (issue 17)
    for nama, nip, unit in (("Budi Santoso", BUDI, "Dinas Pendidikan"),
                            ("Ahmad Ridwan", "198805052011011005", "Dinas Kesehatan")):  # fmt: skip
        code, _ = _run(capsys, db_path, "employees", "add", "--nama", nama, "--nip", nip,
                       "--unit", unit)  # fmt: skip
        assert code == 0
    return db_path


def _add(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, Any]:
    return _run(capsys, db, "case", "add", "--nip", "19900303 201503 1 003", "--form", "KE-4",
                "--source", "bkn-sbt", "--reported", "2024-01-05", *extra, "--json")  # fmt: skip


def test_case_add_prints_the_case_with_its_id(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, made = _add(capsys, db, "--ref", "SBT-77", "--description", "Like akun pemenangan",
                      "--election", "Pemilu 2024")  # fmt: skip
    assert code == 0 and isinstance(made["id"], int)
    assert set(made) >= CASE_KEYS
    assert made["step"] == "reported" and made["open"] is True and made["form_kind"] == "kode-etik"
    assert made["employee"]["nip"] == BUDI and made["employee"]["unit"] == "Dinas Pendidikan"
    assert made["source_ref"] == "SBT-77" and made["election"] == "Pemilu 2024"
    assert made["due"] == "2024-01-12" and made["overdue"] is True  # long past by now
    assert [s["step"] for s in made["steps"]] == ["reported"] and made["evidence"] == []


def test_case_add_refusals_exit_1(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out = _run(capsys, db, "case", "add", "--nip", "199912312020121001", "--form", "KE-1",
                     "--source", "bawaslu", "--reported", "2024-01-05", "--json")  # fmt: skip
    assert code == 1 and "tidak ada di registri" in out["error"]
    code, out = _add(capsys, db, "--election", "x")
    assert code == 0
    code, out = _run(capsys, db, "case", "add", "--nip", BUDI, "--form", "KE-9",
                     "--source", "bawaslu", "--reported", "2024-01-05", "--json")  # fmt: skip
    assert code == 1 and "KE-9" in out["error"]
    code, out = _run(capsys, db, "case", "add", "--nip", BUDI, "--form", "KE-1",
                     "--source", "koran", "--reported", "2024-01-05")  # fmt: skip
    assert code == 1 and "Sumber laporan" in out


def test_update_in_order_and_out_of_order(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    _, made = _add(capsys, db)
    case = str(made["id"])
    code, out = _run(capsys, db, "case", "update", case, "--step", "sanction", "--date",
                     "2024-01-08", "--sanction", "R-2")  # fmt: skip
    assert code == 1 and "Sanksi tidak dapat dicatat sebelum ada keputusan PPK" in out
    code, out = _run(capsys, db, "case", "update", case, "--step", "verified", "--date",
                     "2024-01-04", "--json")  # fmt: skip
    assert code == 1 and "lebih awal" in out["error"]
    for step, when, *extra in (
        ("verified", "2024-01-09"),
        ("decision", "2024-01-20", "--sk", "800/1/2024"),
        ("sanction", "2024-01-22", "--sanction", "S-6", "--sk", "800/2/2024", "--note", "TPP"),
    ):
        code, out = _run(capsys, db, "case", "update", case, "--step", step, "--date", when,
                         *extra, "--json")  # fmt: skip
        assert code == 0, out
    # a sanction imposed ends the case (issue 18 rule 6): no longer running, nothing due
    assert out["step"] == "sanction" and out["sanction"] == "S-6" and out["open"] is False
    assert out["due"] is None and out["overdue"] is False
    last = out["steps"][-1]
    assert set(last) == {"step", "date", "note", "sanction", "sk_number", "sk_date", "operator",
                         "recorded_at"}  # fmt: skip
    assert (last["step"], last["date"], last["note"], last["sanction"]) == (
        "sanction", "2024-01-22", "TPP", "S-6",
    )  # fmt: skip
    assert (last["sk_number"], last["sk_date"]) == ("800/2/2024", "2024-01-22")
    code, _ = _run(capsys, db, "case", "update", "999", "--step", "done", "--date", "2024-02-01")
    assert code == 1
    with pytest.raises(SystemExit) as info:  # argparse: not one of the steps
        main(["--db", str(db), "case", "update", case, "--step", "banding", "--date", "2024-02-01"])
    assert info.value.code == 2


def test_list_filters(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    _, first = _add(capsys, db)
    _, second = _run(capsys, db, "case", "add", "--nip", "198805052011011005", "--form", "D-5",
                     "--source", "lapor", "--reported", "2024-02-01", "--json")  # fmt: skip
    _run(capsys, db, "case", "update", str(second["id"]), "--step", "not-proven", "--date",
         "2024-02-02")  # fmt: skip
    _run(capsys, db, "case", "update", str(second["id"]), "--step", "done", "--date", "2024-02-03")
    code, listed = _run(capsys, db, "case", "list", "--json")
    assert code == 0 and [c["id"] for c in listed] == [second["id"], first["id"]]
    assert set(listed[0]) >= CASE_KEYS and "steps" not in listed[0]
    _, open_ = _run(capsys, db, "case", "list", "--open", "--json")
    assert [c["id"] for c in open_] == [first["id"]]
    _, late = _run(capsys, db, "case", "list", "--overdue", "--json")
    assert [c["id"] for c in late] == [first["id"]]
    _, unit = _run(capsys, db, "case", "list", "--unit", "DINAS KESEHATAN", "--json")
    assert [c["id"] for c in unit] == [second["id"]]
    code, text = _run(capsys, db, "case", "list", "--open")
    assert code == 0 and "TERLAMBAT" in text and "1 kasus." in text
    out = tmp_path / "register.xlsx"
    code, exported = _run(capsys, db, "case", "export", str(out), "--json")
    assert code == 0 and exported["cases"] == 2
    assert load_workbook(out)["Register"].max_row == 3
