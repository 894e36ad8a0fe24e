"""Where the program keeps its database, backups and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ikrar_desktop import APP_ID

DB_FILENAME = "ikrar.sqlite"


def default_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\ikrar-desktop`` on Windows).

    ``IKRAR_DATA_DIR`` overrides it (portable installs, tests).
    """
    override = os.environ.get("IKRAR_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True, slots=True)
class Paths:
    db: Path
    data_dir: Path

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "ikrar-desktop.log"

    @property
    def backups(self) -> Path:
        return self.db.parent / "backups"

    @classmethod
    def for_db(cls, db: str | Path | None) -> Paths:
        data_dir = default_data_dir()
        return cls(db=Path(db) if db else data_dir / DB_FILENAME, data_dir=data_dir)
