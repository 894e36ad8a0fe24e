"""This PC's window and dialog memory (not the database's settings): an INI file per user."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ikrar_desktop.paths import default_data_dir

FILE_NAME = "tampilan.ini"


def ui_settings() -> QSettings:
    """Window place and size, the folders last used in file dialogs; kept in the data folder
    beside the log, so a portable install carries it and each test has its own."""
    return QSettings(str(default_data_dir() / FILE_NAME), QSettings.Format.IniFormat)
