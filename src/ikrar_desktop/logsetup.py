"""Logging to a daily file in the data folder, kept 30 days (never to the clerk's screen)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

KEEP_DAYS = 30
# Past this size a day's file takes only warnings and errors: a runaway loop cannot push the
# day's real error out, and the file stays small enough to open and send.
QUIET_AFTER_BYTES = 5_000_000
OUR_LOGGER = "ikrar_desktop"


class _SizeGuard(logging.Filter):
    """Lets records below WARNING through only while the current file is small."""

    def __init__(self, handler: logging.handlers.TimedRotatingFileHandler) -> None:
        super().__init__()
        self.handler = handler

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        stream = self.handler.stream
        return stream is None or stream.tell() < QUIET_AFTER_BYTES


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path | None:
    """Attach a file handler rotated at midnight that keeps ``KEEP_DAYS`` old files; our own
    modules log at ``level``, libraries (fontTools, PIL, fpdf2 …) only their warnings.
    Returns the file, or None when it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    logging.getLogger(OUR_LOGGER).setLevel(level)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.TimedRotatingFileHandler(
            log_file, when="midnight", backupCount=KEEP_DAYS, encoding="utf-8", delay=False
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_SizeGuard(handler))
    root.addHandler(handler)
    return log_file
