"""Fixtures the desk tests share: the clerk seam and a DeskPage on a small regency."""

from test_desk import clerk, desk  # noqa: F401
