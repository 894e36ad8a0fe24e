"""The one garbage-collector pause: off in the block, back as the caller had it, however it ends."""

from __future__ import annotations

import gc

import pytest

from ikrar_desktop import collector


def test_collector_paused_only_for_the_block() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested (plan inside import): still off after the inner one
            pass
        assert not gc.isenabled()
        raise RuntimeError("start-up failed")
    assert gc.isenabled()  # back on, however the block ended
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
