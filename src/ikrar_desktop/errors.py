"""Errors meant for the clerk: each carries an Indonesian message and what to do next."""

from __future__ import annotations


class UserError(Exception):
    """A problem the clerk can understand and act on; shown in a normal dialog, never a traceback.

    ``exit_code`` follows the CLI contract: 1 = refused (bad input), 2 = cannot run.
    """

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(UserError):
    """A value the clerk typed or a file supplied breaks a rule (bad NIP, missing name…)."""

    def __init__(self, message: str, hint: str = "", field: str = "") -> None:
        super().__init__(message, hint)
        self.field = field


class NotFoundError(UserError):
    """A record named by the clerk does not exist."""


class CannotRunError(UserError):
    """The program cannot do its work at all: unreadable file, locked database, bad location."""

    exit_code = 2


class DatabaseLockedError(CannotRunError):
    """Another program holds the database."""


class NewerDatabaseError(CannotRunError):
    """The database was written by a newer version of the program."""


class NotAnIkrarDatabaseError(CannotRunError):
    """The file is not a database of this program."""


class FileRejectedError(CannotRunError):
    """An input file (spreadsheet, package) cannot be read; the message says why."""


class NotARosterError(FileRejectedError):
    """A file that reads fine but holds no roster (no header, no rows): refused, exit 1."""

    exit_code = 1


class DamagedDatabaseError(CannotRunError):
    """``quick_check`` failed: the file is kept as it is and a verified backup is offered."""

    def __init__(self, message: str, hint: str = "", path: object = None) -> None:
        super().__init__(message, hint)
        self.path = path


class PermissionDeniedError(UserError):
    """The signed-in operator may not do this; an admin must."""
