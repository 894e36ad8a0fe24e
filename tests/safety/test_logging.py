"""The log file: no library chatter, one file a day kept 30 days, a runaway day stays readable."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from ikrar_desktop import logsetup
from ikrar_desktop.cli.main import main


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    ours = logging.getLogger(logsetup.OUR_LOGGER).level
    yield tmp_path / "logs" / "ikrar-desktop.log"
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.getLogger(logsetup.OUR_LOGGER).setLevel(ours)


def _handler() -> logging.handlers.TimedRotatingFileHandler:
    found = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.TimedRotatingFileHandler)
    ]
    return found[-1]


def test_printing_leaves_no_font_library_lines_in_the_log(
    tmp_path: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ikrar_desktop.paths.Paths.log_file", property(lambda self: log_file))
    db = str(tmp_path / "x.sqlite")
    assert main(["--db", db, "demo", "--employees", "30"]) == 0
    assert main(["--db", db, "event", "add", "--title", "Apel", "--date", "2024-01-08"]) == 0
    assert main(["--db", db, "print", "pakta", "1", "--out", str(tmp_path / "p.pdf")]) == 0
    logging.getLogger("ikrar_desktop.test").info("ours still logged")
    text = log_file.read_text(encoding="utf-8")
    assert "ours still logged" in text
    assert "fontTools" not in text and "INFO fpdf" not in text and "INFO PIL" not in text
    # a library's warning still gets through
    logging.getLogger("fontTools.subset").warning("a real problem")
    assert "a real problem" in log_file.read_text(encoding="utf-8")


def test_log_rotates_daily_and_keeps_thirty_days(log_file: Path) -> None:
    assert logsetup.setup_logging(log_file) == log_file
    old = [date(2026, 10, 1) + timedelta(days=i) for i in range(40)]
    for day in old:
        log_file.with_name(f"{log_file.name}.{day:%Y-%m-%d}").write_text("old\n")
    logging.getLogger("ikrar_desktop.test").info("before midnight")
    _handler().doRollover()
    kept = sorted(p.name.rsplit(".", 1)[1] for p in log_file.parent.glob(f"{log_file.name}.*"))
    assert len(kept) == logsetup.KEEP_DAYS
    assert kept[-1] == f"{date.today():%Y-%m-%d}"  # today's file, just rotated
    assert kept[0] == f"{old[-29]:%Y-%m-%d}"  # the oldest eleven are gone


def test_a_runaway_day_keeps_its_warnings_and_stays_small(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logsetup, "QUIET_AFTER_BYTES", 4_000)
    logsetup.setup_logging(log_file)
    chatty = logging.getLogger("ikrar_desktop.loop")
    for i in range(2_000):
        chatty.info("tick %d", i)
    chatty.error("the real error")
    _handler().flush()
    text = log_file.read_text(encoding="utf-8")
    assert "the real error" in text
    assert len(text.encode()) < 8_000
    assert "tick 1999" not in text
