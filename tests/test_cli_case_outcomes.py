"""CLI for how cases end: `case show` prints the history, PTDH is a sanction, a not-proven case
is not late, a disciplinary form for a Non-ASN is refused with exit 1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run_both as _run

BUDI = "199003032015031003"
DEWI_NIK = "3201014501900001"


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert _run(capsys, db_path, "init")[0] == 0  # a missing --db is refused except by init
    for extra in (
        ("--nama", "Budi Santoso", "--nip", BUDI, "--unit", "Dinas Pendidikan"),
        ("--nama", "Dewi Lestari", "--nik", DEWI_NIK, "--status", "Non-ASN",
         "--unit", "Dinas Kesehatan"),
    ):  # fmt: skip
        code, out = _run(capsys, db_path, "employees", "add", *extra)
        assert code == 0, out
    return db_path


def _add(capsys: pytest.CaptureFixture[str], db: Path, ident: str, form: str) -> tuple[int, Any]:
    return _run(capsys, db, "case", "add", "--nip", ident, "--form", form, "--source", "lapor",
                "--reported", "2024-01-05", "--ref", "LAPOR-9", "--json")  # fmt: skip


def _update(capsys: pytest.CaptureFixture[str], db: Path, case: int, *argv: str) -> tuple[int, Any]:
    return _run(capsys, db, "case", "update", str(case), *argv, "--json")


def test_case_show_prints_the_history(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    _, made = _add(capsys, db, BUDI, "D-5")
    case = made["id"]
    for argv in (("--step", "verified", "--date", "2024-01-08", "--note", "Akun milik terlapor"),
                 ("--step", "decision", "--date", "2024-01-15", "--sk", "800/1/2024"),
                 ("--step", "sanction", "--date", "2024-01-20", "--sanction", "S-6")):  # fmt: skip
        code, out = _update(capsys, db, case, *argv)
        assert code == 0, out
    code, text = _run(capsys, db, "case", "show", str(case))
    assert code == 0
    lines = text.splitlines()
    start = lines.index("Riwayat penanganan:")
    history = lines[start + 1 : start + 5]
    assert history[0].split()[:4] == ["05-01-2024", "-", "→", "Dilaporkan"]
    assert "LAPOR-9" in history[0]
    assert "08-01-2024  Dilaporkan → Terverifikasi" in history[1]
    assert "Akun milik terlapor" in history[1] and " oleh " in history[1]
    assert "Terverifikasi → Keputusan PPK" in history[2] and "SK 800/1/2024" in history[2]
    assert "Keputusan PPK → Sanksi dijatuhkan" in history[3] and "S-6" in history[3]
    assert "Kasus telah berakhir." in text and "TERLAMBAT" not in text


def test_sanction_abbreviation_accepted_unknown_refused(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    _, made = _add(capsys, db, BUDI, "D-5")
    case = made["id"]
    _update(capsys, db, case, "--step", "verified", "--date", "2024-01-08")
    _update(capsys, db, case, "--step", "decision", "--date", "2024-01-15")
    code, text = _run(capsys, db, "case", "update", str(case), "--step", "sanction",
                      "--date", "2024-01-20", "--sanction", "Hukuman-X")  # fmt: skip
    assert code == 1 and "Hukuman-X" in text
    assert "B-4 (PTDH)" in text and "B-3 (PDHTAPS/PDH)" in text and "SM-1" in text
    code, out = _update(capsys, db, case, "--step", "sanction", "--date", "2024-01-20",
                        "--sanction", "PTDH", "--sk", "800/2/2024")  # fmt: skip
    assert code == 0 and out["sanction"] == "B-4" and out["steps"][-1]["sanction"] == "B-4"
    assert "tidak dengan hormat" in out["sanction_label"]


def test_not_proven_case_is_neither_running_nor_late(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    _, late = _add(capsys, db, BUDI, "KE-4")
    _, unproven = _add(capsys, db, BUDI, "KE-1")
    code, out = _update(capsys, db, unproven["id"], "--step", "not-proven", "--date", "2024-01-06")
    assert code == 0 and out["open"] is False and out["overdue"] is False and out["due"] is None
    _, overdue = _run(capsys, db, "case", "list", "--overdue", "--json")
    _, running = _run(capsys, db, "case", "list", "--open", "--json")
    assert [c["id"] for c in overdue] == [c["id"] for c in running] == [late["id"]]
    code, text = _run(capsys, db, "case", "list")
    line = next(x for x in text.splitlines() if x.startswith(f"#{unproven['id']} "))
    assert "[Tidak terbukti]" in line and "TERLAMBAT" not in line


def test_disciplinary_form_for_a_non_asn_exits_1(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out = _add(capsys, db, DEWI_NIK, "D-5")
    assert code == 1 and "Non-ASN" in out["error"] and "PP 94/2021" in out["error"]
    assert "'lainnya'" in out["hint"]
    _, listed = _run(capsys, db, "case", "list", "--json")
    assert listed == []
    code, out = _add(capsys, db, DEWI_NIK, "KE-4")
    assert code == 0 and out["employee"]["status"] == "Non-ASN"
