"""An argparse parser that speaks Indonesian: usage, help and every error of argparse's own."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

# argparse's own strings (Python 3.11–3.13) → Indonesian; anything not listed stays as it is.
MESSAGES: dict[str, str] = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "pilihan",
    "subcommands": "perintah",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (bawaan: %(default)s)",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: peringatan: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s tidak jelas, bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unexpected option string: %s": "pilihan tak terduga: %s",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
    "option '%(option)s' is deprecated": "pilihan '%(option)s' sudah usang",
    "argument '%(argument_name)s' is deprecated": "argumen '%(argument_name)s' sudah usang",
    "command '%(parser_name)s' is deprecated": "perintah '%(parser_name)s' sudah usang",
}


def translate(text: str) -> str:
    return MESSAGES.get(text, text)


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


@contextmanager
def indonesian() -> Iterator[None]:
    """argparse looks its strings up through its module's ``_``/``ngettext`` at call time: point
    them at the table while a parser is built, parses or prints, then put them back."""
    saved: dict[str, Callable[..., str]] = {
        name: getattr(argparse, name) for name in ("_", "ngettext")
    }
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = _ntranslate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for name, func in saved.items():
            setattr(argparse, name, func)


class IkrarParser(argparse.ArgumentParser):
    """Builds, parses and prints in Indonesian; subcommand parsers are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with indonesian():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        with indonesian():
            return super().add_argument(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with indonesian():
            return super().parse_args(args, namespace)

    def format_help(self) -> str:
        with indonesian():
            return super().format_help()

    def format_usage(self) -> str:
        with indonesian():
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        with indonesian():
            self.print_usage(sys.stderr)
            self.exit(2, translate("%(prog)s: error: %(message)s\n") % {
                "prog": self.prog, "message": message
            })  # fmt: skip
