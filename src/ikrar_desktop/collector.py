"""Python's cyclic garbage collector held off around work that makes many long-lived objects."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection in the block; the previous state back however it ends.

    For work that allocates tens of thousands of objects that all stay alive (a roster's rows,
    dicts and candidates; the imports and Qt enum types of start-up): each automatic collection
    rescans them for almost nothing to free (~30% of planning 50,000 rows, ~10 ms of start-up).
    Reference counting still frees everything else. Nested use is fine: only the outermost
    block that found the collector on turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class CollectorHeld:
    """While jobs run, Python's full (oldest-generation) garbage collections wait; the scan of
    the whole program that would follow waits further, until the clerk is idle.

    A full collection scans every object of the process with the GIL held, so the GUI thread
    cannot run a line of Python meanwhile: printing 1,000 pakta sheets set off collections of
    120–250 ms each in the worker (its fonts and pages stay alive, and each collection scanned
    them and the whole program again). So while any job runs, the objects that existed before
    it are frozen (never scanned) and the oldest generation is not collected; the young
    generations still free short-lived cycles, reference counting frees the rest as always.
    The last job to end collects once what the jobs made, in its own thread.

    The program stays frozen after that (:attr:`unsettled`): unfreezing at once hands the
    collector hundreds of thousands of objects it believes are new, and its next full
    collection — a whole-program scan of 60–100 ms — came within a second of the job's end,
    while the clerk was reading the preview. :meth:`settle` does that scan when the shell
    sees nobody typing or clicking (``ui/shell/idle.py``), or at exit.
    """

    FULL_NEVER = 1 << 30

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.jobs = 0
        self.thresholds: tuple[int, int, int] | None = None
        self.unsettled = False

    def enter(self) -> None:
        with self.lock:
            self.jobs += 1
            if self.jobs == 1:
                self.thresholds = gc.get_threshold()
                young, middle, _old = self.thresholds
                gc.freeze()  # also what was made since an earlier job, if not yet settled
                gc.set_threshold(young, middle, self.FULL_NEVER)

    def exit(self) -> None:
        with self.lock:
            self.jobs -= 1
            if self.jobs == 0:
                if gc.isenabled():
                    gc.collect()  # what the jobs left, not the whole program (still frozen)
                if self.thresholds is not None:
                    gc.set_threshold(*self.thresholds)
                self.unsettled = True

    def settle(self) -> bool:
        """Unfreeze and collect the whole program once, if a job left it frozen and none runs.

        Returns whether it did. Cycles among the frozen objects wait for this to be freed."""
        with self.lock:
            if self.jobs or not self.unsettled:
                return False
            gc.unfreeze()
            if gc.isenabled():
                gc.collect()
            self.unsettled = False
            return True
