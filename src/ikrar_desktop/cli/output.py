"""What every CLI command prints (Indonesian text, or one JSON document with --json), and the
database each command opens (read-only for a reading command on read-only media)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def open_context(args: argparse.Namespace) -> Any:
    """The AppContext of a command; read-only when main found the media not writable."""
    from ikrar_desktop.context import AppContext

    return AppContext.open(args.db, readonly=getattr(args, "readonly", False))


def quiet_broken_pipe() -> int:
    """The reader of our output went away (``… | head``): stop without a word, like Unix tools.

    What is still buffered goes to the null device, so Python's flush at exit finds nothing to
    complain about."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until the process ends
    return 0
