"""CLI for events: JSON shapes per the contract and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import add_people
from cli_helpers import run as _run
from ikrar_desktop.store.schema import open_database

RECAP_KEYS = {"unit", "obliged", "hadir", "izin", "sakit", "cuti", "dinas_luar", "tugas_belajar",
              "tanpa_keterangan", "belum", "signed", "susulan"}  # fmt: skip


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    open_database(db_path).close()  # a missing --db is refused (issue 17)
    add_people(capsys, db_path)
    return db_path


def test_event_add_and_list(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, made = _run(capsys, db, "event", "add", "--title", "Apel Ikrar", "--date", "2024-01-10",
                      "--kind", "pakta", "--place", "Alun-alun", "--json")  # fmt: skip
    assert code == 0 and made["obliged"] == 4 and isinstance(made["id"], int)
    assert made["kind"] == "pakta" and made["status"] == "draft"
    code, scoped = _run(capsys, db, "event", "add", "--title", "B", "--date", "2024-01-11",
                        "--unit", "Dinas Kesehatan", "--asn-only", "--json")  # fmt: skip
    assert code == 0 and scoped["obliged"] == 1
    code, listed = _run(capsys, db, "event", "list", "--json")
    assert code == 0 and [e["id"] for e in listed] == [scoped["id"], made["id"]]
    code, _ = _run(capsys, db, "event", "add", "--title", "C", "--date", "10/01/2024x")
    assert code == 1
    code, _ = _run(capsys, db, "event", "add", "--title", "C", "--date", "2024-01-11",
                   "--unit", "Dinas Tidak Ada")  # fmt: skip
    assert code == 1


def test_checkin_statuses_and_exit_codes(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    _, made = _run(capsys, db, "event", "add", "--title", "A", "--date", "2024-01-10", "--json")
    ev = str(made["id"])
    code, out = _run(capsys, db, "checkin", ev, "19800101 200501 1 001", "3201014501900001",
                     "--pakta", "--json")  # fmt: skip
    assert code == 0 and out["done"] == 2 and out["failed"] == 0
    assert [r["result"] for r in out["results"]] == ["checked_in", "checked_in"]
    assert out["results"][0]["person"]["pakta_signed"] is True
    code, out = _run(capsys, db, "checkin", ev, "198001012005011001", "--json")
    assert code == 0 and out["results"][0]["result"] == "already"
    code, out = _run(capsys, db, "checkin", ev, "siti", "ahmad", "199999999999999999",
                     "--status", "izin", "--json")  # fmt: skip
    assert code == 1
    assert [r["result"] for r in out["results"]] == ["checked_in", "ambiguous", "not_found"]
    assert len(out["results"][1]["candidates"]) == 2
    code, text = _run(capsys, db, "checkin", ev, "ridwan", "--status", "dinas-luar")
    assert code == 0 and "Dinas Luar" in text
    code, _ = _run(capsys, db, "checkin", ev, "siti", "--status", "telat")
    assert code == 1


def test_recap_json_and_xlsx(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    _, made = _run(capsys, db, "event", "add", "--title", "A", "--date", "2024-01-10", "--json")
    ev = str(made["id"])
    _run(capsys, db, "checkin", ev, "198001012005011001", "--pakta")
    _run(capsys, db, "checkin", ev, "3201014501900001", "--status", "sakit")
    code, data = _run(capsys, db, "recap", ev, "--json")
    assert code == 0
    assert all(set(u) >= RECAP_KEYS for u in data["units"])
    assert set(data["total"]) >= RECAP_KEYS - {"unit"}
    t = data["total"]
    assert (t["obliged"], t["hadir"], t["sakit"], t["belum"], t["signed"]) == (4, 1, 1, 2, 1)
    out = tmp_path / "rekap.xlsx"
    code, data = _run(capsys, db, "recap", ev, "--xlsx", str(out), "--json")
    assert code == 0 and out.exists() and data["xlsx"] == str(out)
    code, _ = _run(capsys, db, "recap", "999")
    assert code == 1


def test_closed_event_refuses_checkin(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    _, made = _run(capsys, db, "event", "add", "--title", "A", "--date", "2024-01-10", "--json")
    ev = str(made["id"])
    code, closed = _run(capsys, db, "event", "close", ev, "--json")
    assert code == 0 and closed["status"] == "closed"
    code, _ = _run(capsys, db, "checkin", ev, "198001012005011001")
    assert code == 1
    code, _ = _run(capsys, db, "event", "reopen", ev, "--reason", "")
    assert code == 1
    code, reopened = _run(capsys, db, "event", "reopen", ev, "--reason", "koreksi", "--json")
    assert code == 0 and reopened["status"] == "open"
    code, _ = _run(capsys, db, "checkin", ev, "198001012005011001")
    assert code == 0


def test_checkin_walk_in_only_on_request(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, made = _run(capsys, db, "event", "add", "--title", "A", "--date", "2024-01-10",
                      "--unit", "Dinas Kesehatan", "--json")  # fmt: skip
    ev = str(made["id"])
    code, out = _run(capsys, db, "checkin", ev, "198001012005011001", "--json")
    assert code == 1 and out["results"][0]["result"] == "not_on_list"
    code, out = _run(capsys, db, "checkin", ev, "198001012005011001", "--walk-in", "--json")
    assert code == 0 and out["results"][0]["person"]["walk_in"] is True
    _, data = _run(capsys, db, "recap", ev, "--json")
    assert data["total"]["obliged"] == 3 and data["total"]["walk_in"] == 1
