"""The CLI in tests: one call with its output read back (JSON when asked), four employees."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from ikrar_desktop.cli.main import main

PEOPLE = [
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan", "PNS"),
    ("Siti Aminah", "198502022010012002", "Dinas Pendidikan", "PNS"),
    ("Ahmad Ridwan", "198805052011011005", "Dinas Kesehatan", "PNS"),
    ("Dewi Lestari", "3201014501900001", "Dinas Kesehatan", "Non-ASN"),
]


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    """Exit code and stdout of ``--db DB ARGV…`` (parsed when ``--json`` is among them)."""
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv else out


def add_people(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> None:
    """PEOPLE added with ``employees add`` (NIP or NIK, unit, status, then ``extra``)."""
    for nama, ident, unit, status in PEOPLE:
        flag = "--nip" if len(ident) == 18 else "--nik"
        code, _ = run(capsys, db, "employees", "add", "--nama", nama, flag, ident,
                      "--unit", unit, "--status", status, *extra)  # fmt: skip
        assert code == 0


def run_both(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, Any]:
    """Like :func:`run`, but without ``--json`` the text is stdout and stderr together."""
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    if "--json" in argv:
        return code, json.loads(captured.out)
    return code, captured.out + captured.err


def run_stdin(
    db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``--db DB ARGV…`` reading ``stdin`` (e.g. a password)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err
