"""Small display helpers shared by pages."""

from __future__ import annotations


def thousands(n: int) -> str:
    """12345 → '12.345' (Indonesian digit grouping)."""
    return f"{n:,}".replace(",", ".")
