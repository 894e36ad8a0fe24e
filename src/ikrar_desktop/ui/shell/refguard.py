"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on CPython 3.11, which drops a
reference to None on every void method call (QLabel.setText, setVisible, …) and to True on every
Signal.emit: unguarded, the interpreter aborts ("none_dealloc" / "bool_dealloc") after a few
thousand calls, i.e. mid-queue at the desk."""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40  # 10^12 leaked references before it could matter


def keep_singletons_alive() -> None:
    """Raise their reference counts far out of reach (idempotent; a no-op from Python 3.12,
    where they are immortal, PEP 683). Runs with the GIL held, so the update is not raced."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _BOOST // 2:
            count.value += _BOOST
