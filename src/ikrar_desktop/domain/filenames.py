"""File names safe on Windows: no reserved characters or device names, at most 100 characters."""

from __future__ import annotations

import re
import unicodedata

LIMIT = 100
_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
             *(f"LPT{i}" for i in range(10))}  # fmt: skip


def safe_name(text: str, ext: str = "", *, limit: int = LIMIT, fallback: str = "berkas") -> str:
    """``text`` as a file name with ``ext`` (".pdf"): reserved characters become "-", spaces
    are folded, trailing dots and spaces go, a device name (CON, NUL, COM1…) gets "_", and the
    whole name stays within ``limit`` characters."""
    clean = unicodedata.normalize("NFC", text)
    clean = " ".join(_BAD.sub("-", clean).split()).strip(" .-")
    if not clean:
        clean = fallback
    if clean.split(".")[0].upper() in _RESERVED:
        clean = "_" + clean
    room = max(1, limit - len(ext))
    clean = clean[:room].rstrip(" .")
    return clean + ext


def unique(name: str, taken: set[str], *, limit: int = LIMIT) -> str:
    """``name``, or "name (2).ext", "name (3).ext"… when a folded equal one is taken (Windows
    file names ignore case); adds the result to ``taken``."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    suffix = "." + ext if dot else ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        tail = f" ({n}){suffix}"
        candidate = stem[: limit - len(tail)].rstrip(" .") + tail
    taken.add(candidate.casefold())
    return candidate
