"""Read printed codes back: pdftoppm renders the pages, zbarimg decodes every symbol."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def decode(pdf: Path, *, first: int = 1, last: int = 1, dpi: int = 200) -> list[tuple[str, str]]:
    """(symbology, payload) of every code on those pages, e.g. ("CODE-128", "1980…")."""
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed")
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", str(dpi), "-f", str(first), "-l",
                    str(last), str(pdf), str(stem)], check=True)  # fmt: skip
    found: list[tuple[str, str]] = []
    for png in sorted(pdf.parent.glob(f"{stem.name}-*.png")):
        result = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            kind, _, data = line.partition(":")
            found.append((kind, data))
        png.unlink()
    return found
