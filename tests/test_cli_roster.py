"""CLI import/export: JSON summary per the contract, exit codes, real-world files end cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.roster_session import import_file
from ikrar_desktop.store.schema import open_database

CONTRACT_KEYS = {"file", "sheet", "header_row", "inserted", "updated", "unchanged", "rejected",
                 "ignored", "errors"}  # fmt: skip


@pytest.fixture(autouse=True)
def _database(db_path: Path) -> None:
    open_database(db_path).close()  # a missing --db is refused (issue 17)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv else {"text": out}


@pytest.mark.parametrize("name", ["daftar-nominatif.xlsx", "siasn-export.xlsx", "honorer.csv"])
def test_samples_through_the_cli(
    capsys: pytest.CaptureFixture[str], shared_dir: Path, db_path: Path, name: str
) -> None:
    path = shared_dir / "samples" / name
    expected = json.loads(path.with_suffix(".expected.json").read_text())
    code, data = _run(capsys, "--db", str(db_path), "import", str(path), "--json")
    assert code == 0 and set(data) >= CONTRACT_KEYS
    assert data["inserted"] == expected["valid_count"]
    errors = data["errors"]
    assert isinstance(errors, list)
    assert {str(e["row"]): e["kind"] for e in errors} == expected["rejected_rows"]
    assert all(set(e) >= {"row", "column", "value", "message"} for e in errors)
    conn = open_database(db_path)
    col = "nip" if "valid_nips" in expected else "nik"
    stored = {r[0] for r in conn.execute(f"SELECT {col} FROM employees WHERE {col} IS NOT NULL")}
    conn.close()
    assert stored == set(expected.get("valid_nips") or expected["valid_niks"])
    code, again = _run(capsys, "--db", str(db_path), "import", str(path), "--json")
    assert code == 0 and (again["inserted"], again["updated"]) == (0, 0)


def test_text_output_dry_run_unit_and_errors_file(
    capsys: pytest.CaptureFixture[str], shared_dir: Path, db_path: Path, tmp_path: Path
) -> None:
    path = shared_dir / "samples" / "daftar-nominatif.xlsx"
    errors = tmp_path / "galat.xlsx"
    code, data = _run(capsys, "--db", str(db_path), "import", str(path), "--dry-run",
                      "--errors", str(errors))  # fmt: skip
    assert code == 0 and "Pratinjau saja" in str(data["text"]) and errors.exists()
    assert "baris 13, kolom NIP" in str(data["text"])
    csv = tmp_path / "r.csv"
    csv.write_text("NIP;NAMA\n196803161988072006;Siti\n", encoding="utf-8")
    code, data = _run(
        capsys, "--db", str(db_path), "import", str(csv), "--unit", "Dinas X", "--json"
    )
    assert code == 0 and data["new_units"] == ["Dinas X"]


def test_exit_codes(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("NIP;NAMA\n123;Siti\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(bad)]) == 1  # every row rejected
    assert main(["--db", str(db_path), "import", str(bad), "--sheet", "Nope"]) == 1
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a spreadsheet at all" * 10)
    assert main(["--db", str(db_path), "import", str(junk), "--json"]) == 2
    assert "error" in json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_export_commands(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text("NIP;NAMA;UNIT KERJA\n196803161988072006;Siti;Dinas A\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(csv)]) == 0
    capsys.readouterr()
    out = tmp_path / "p.xlsx"
    code, data = _run(capsys, "--db", str(db_path), "export", "employees", str(out), "--json")
    assert code == 0 and data["employees"] == 1
    code, data = _run(capsys, "--db", str(db_path), "export", "employees", str(out), "--unit",
                      "Dinas A", "--all", "--json")  # fmt: skip
    assert data["employees"] == 1
    code, data = _run(capsys, "--db", str(db_path), "export", "template", str(tmp_path / "t.xlsx"))
    assert code == 0 and (tmp_path / "t.xlsx").exists()
    code, data = _run(capsys, "--db", str(db_path), "import", str(out), "--json")
    assert (data["inserted"], data["updated"], data["unchanged"]) == (0, 0, 1)


def _real_world() -> list[Path]:
    folder = Path(__file__).resolve().parents[2] / "shared" / "samples" / "real-world"
    return sorted(p for p in folder.glob("*") if p.name != "MANIFEST.txt")


@pytest.mark.parametrize("path", _real_world(), ids=lambda p: p.name)
def test_real_world_file_imports_or_gets_a_specific_message(path: Path, tmp_path: Path) -> None:
    conn = open_database(tmp_path / "rw.sqlite")
    try:
        report = import_file(conn, path, dry_run=True)
    except UserError as err:
        assert err.message and "Galat tak terduga" not in err.message
        return
    finally:
        conn.close()
    data = report.as_dict()
    assert data["data_rows"] > 0  # never a zero-row success
    assert data["status"] in ("dry-run", "refused")
