"""CLI ``case print`` and ``case register``: exit codes and the PDF written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.store.schema import open_database

BUDI = "199003032015031003"


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    if "--json" in argv and code == 0:
        return code, json.loads(captured.out)
    return code, captured.out + captured.err


@pytest.fixture
def case_id(capsys: pytest.CaptureFixture[str], db_path: Path) -> int:
    open_database(db_path).close()  # a missing --db is refused (issue 17)
    code, _ = _run(capsys, db_path, "employees", "add", "--nama", "Budi Santoso", "--nip", BUDI,
                   "--unit", "Dinas Pendidikan")  # fmt: skip
    assert code == 0
    code, made = _run(capsys, db_path, "case", "add", "--nip", BUDI, "--form", "KE-4",
                      "--source", "bawaslu", "--reported", "2024-01-05", "--json")  # fmt: skip
    assert code == 0
    return int(made["id"])


def test_case_print_writes_the_sheet(
    capsys: pytest.CaptureFixture[str], db_path: Path, case_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "kasus.pdf"
    code, data = _run(capsys, db_path, "case", "print", str(case_id), "--out", str(out),
                      "--paper", "f4", "--json")  # fmt: skip
    assert code == 0 and data["kind"] == "lembar-kasus" and data["pages"] == 1
    assert out.read_bytes().startswith(b"%PDF")
    code, text = _run(capsys, db_path, "case", "print", str(case_id), "--out", str(out))
    assert code == 0 and "Lembar penanganan tersimpan" in text


def test_case_print_refusals(
    capsys: pytest.CaptureFixture[str], db_path: Path, case_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    code, text = _run(capsys, db_path, "case", "print", "999", "--out", str(out))
    assert code == 1 and "tidak ditemukan" in text and not out.exists()
    with pytest.raises(SystemExit) as exc:  # argparse: missing --out, bad paper
        main(["--db", str(db_path), "case", "print", str(case_id)])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "case", "print", str(case_id), "--out", str(out),
              "--paper", "a3"])  # fmt: skip
    capsys.readouterr()


def test_case_register_with_filters(
    capsys: pytest.CaptureFixture[str], db_path: Path, case_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "register.pdf"
    code, data = _run(capsys, db_path, "case", "register", "--out", str(out), "--open",
                      "--overdue", "--unit", "Dinas Pendidikan", "--json")  # fmt: skip
    assert code == 0 and data["kind"] == "register-kasus" and data["people"] == 1
    assert out.read_bytes().startswith(b"%PDF")
    code, data = _run(capsys, db_path, "case", "register", "--out", str(out), "--unit",
                      "Dinas Lain", "--json")  # fmt: skip
    assert code == 0 and data["people"] == 0
    code, text = _run(capsys, db_path, "case", "register", "--out", str(out), "--paper", "F4")
    assert code == 0 and "Register (1 kasus) tersimpan" in text
