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


def test_a_job_leaves_the_program_frozen_until_it_is_settled() -> None:
    """The last job's end collects what the jobs made, but the whole-program scan waits for
    settle(): before, unfreezing at once set off a 60–100 ms full collection within a second."""
    held = collector.CollectorHeld()
    before = gc.get_threshold()
    kept = [{"n": i} for i in range(5_000)]  # the program's long-lived objects
    held.enter()
    assert gc.get_freeze_count() >= len(kept)  # not scanned while the job runs
    held.enter()  # a second job meanwhile
    held.exit()
    assert not held.unsettled  # one still runs
    held.exit()
    assert gc.get_threshold() == before  # full collections back, over what was made since
    assert held.unsettled and gc.get_freeze_count() >= len(kept)  # the program still frozen
    held.enter()
    assert not held.settle()  # never while a job runs
    held.exit()
    assert held.settle()
    assert gc.get_freeze_count() == 0 and not held.unsettled
    assert not held.settle()  # once


def test_settling_frees_cycles_that_died_while_frozen() -> None:
    import weakref

    class Node:
        pass

    held = collector.CollectorHeld()
    a, b = Node(), Node()
    a.other, b.other = b, a  # type: ignore[attr-defined]
    gone = weakref.ref(a)
    held.enter()
    held.exit()
    del a, b
    gc.collect()
    assert gone() is not None  # frozen: a full collection does not look at it
    held.settle()
    assert gone() is None
