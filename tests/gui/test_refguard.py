"""The None/True refcount guard: active where PySide6 6.12 needs it (CPython 3.11), idle where the
singletons are immortal (3.12+, the Python the shipped program is built on)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ikrar_desktop.ui.shell import refguard

py311 = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")


@py311
def test_pyside_still_drops_a_reference_to_none_per_void_call(qtbot: QtBot) -> None:
    """The defect the guard exists for, measured: if a PySide6 update fixes it, this fails and
    the guard can go."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    assert before - sys.getrefcount(None) >= 1_900


@py311
def test_guard_is_active_on_311_and_keeps_none_far_from_zero() -> None:
    refguard.keep_singletons_alive()
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) >= refguard._BOOST // 2
    boosted = sys.getrefcount(None)
    refguard.keep_singletons_alive()  # idempotent: a second call adds nothing
    assert abs(sys.getrefcount(None) - boosted) < 1_000


@pytest.mark.skipif(sys.version_info < (3, 12), reason="only the immortal singletons")
def test_guard_leaves_immortal_singletons_alone_on_312_and_later() -> None:
    before = sys.getrefcount(None)
    refguard.keep_singletons_alive()
    assert sys.getrefcount(None) == before < refguard._BOOST // 2
