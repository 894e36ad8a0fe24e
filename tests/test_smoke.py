"""``ikrar-desktop --smoke-test`` from the source tree: a real process, offscreen, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikrar_desktop import smoke


def test_smoke_test_process_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IKRAR_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "ikrar_desktop", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith("OK smoke-test:")
    for step in ("pegawai", "pdf", "xlsx", "jendela"):
        assert step in line
    assert not any(tmp_path.iterdir()), "the smoke test must use its own temporary folder"


def test_a_failing_step_gives_one_line_and_exit_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_db: Path, _path: Path) -> str:
        raise ModuleNotFoundError("No module named 'fpdf.sign'\n(frozen)")

    monkeypatch.setattr(smoke, "write_smoke_pdf", broken)
    monkeypatch.setattr(smoke, "_gui", lambda db, pdf: "skipped")
    assert smoke.run_smoke_test() == 1
    err = capsys.readouterr().err.strip()
    reason = "ModuleNotFoundError: No module named 'fpdf.sign' (frozen)"
    assert err == f"GAGAL smoke-test [pdf]: {reason}"


def test_smoke_restores_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IKRAR_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(smoke, "_run_steps", lambda folder: ["none"])
    assert smoke.run_smoke_test() == 0
    assert os.environ["IKRAR_DATA_DIR"] == str(tmp_path)


def test_without_a_console_the_result_goes_to_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("IKRAR_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(smoke, "_run_steps", lambda folder: ["none"])
    monkeypatch.setattr(sys, "stdout", None)
    assert smoke.run_smoke_test() == 0
    assert (tmp_path / "smoke-test.txt").read_text(encoding="utf-8").startswith("OK smoke-test")


def test_plain_pdf_when_there_is_no_print_service(tmp_path: Path) -> None:
    out = tmp_path / "polos.pdf"
    assert smoke.write_plain_pdf(out).endswith(("ttf", "helvetica"))
    assert out.read_bytes().startswith(b"%PDF-")
