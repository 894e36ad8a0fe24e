"""Issue 9 target: merge 10 desk returns of 1,000 actions each into a 50,000-employee database,
beside the bare insert of the same 10,000 log rows in one transaction (same run)."""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from common import HEADER, copy_db, demo_copy, obliged_ids, row, sealed_returns

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))
DESKS = 10
ACTIONS = 1000
ROUNDS = int(os.environ.get("IKRAR_BENCH_ROUNDS", "5"))


def main() -> None:
    from ikrar_desktop.services import desk_returns, desk_sync, events
    from ikrar_desktop.store.connection import write
    from ikrar_desktop.store.schema import open_database

    workdir, template = demo_copy(SIZE, "ikrar-bench-desk-", "template.sqlite")
    conn = open_database(template)
    made = events.create_event(conn, events.EventDraft("Apel Ikrar Netralitas", "2024-01-10"))
    ev = made.event.id
    people = obliged_ids(conn, ev)
    t0 = datetime(2024, 1, 10, 7, 30).astimezone()
    files, all_rows = sealed_returns(conn, ev, workdir, DESKS, ACTIONS, t0,
                                     desk_clock=timedelta(hours=1))  # fmt: skip
    conn.close()

    def fresh() -> sqlite3.Connection:
        target = workdir / "round.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        copy_db(template, target)
        return open_database(target)

    def timed(fn: Callable[[sqlite3.Connection], object]) -> float:
        c = fresh()
        start = time.perf_counter()
        fn(c)
        ms = (time.perf_counter() - start) * 1000
        c.close()
        return ms

    def merge(c: sqlite3.Connection) -> None:
        merged_at = t0 + timedelta(hours=1)
        reports = [desk_returns.merge_return(c, f, now=merged_at) for f in files]
        assert sum(r.new for r in reports) == DESKS * ACTIONS

    def merge_together(c: sqlite3.Connection) -> None:
        # what the merge screen and `desk merge FILE…` do with several files: one transaction
        merged_at = t0 + timedelta(hours=1)
        reports = desk_returns.merge_files(c, files, now=merged_at)
        assert sum(r.new for r in reports) == DESKS * ACTIONS

    cols = ", ".join(desk_sync.ROW_COLUMNS)
    marks = ", ".join("?" * len(desk_sync.ROW_COLUMNS))

    def bare(c: sqlite3.Connection) -> None:
        with write(c):
            c.executemany(f"INSERT INTO attendance_log ({cols}) VALUES ({marks})", all_rows)

    def bare_untriggered(c: sqlite3.Connection) -> None:
        # the same, with no audit record at all (the copy is thrown away after the round)
        with write(c):
            c.execute('DROP TRIGGER "audit_attendance_log_insert"')
            c.executemany(f"INSERT INTO attendance_log ({cols}) VALUES ({marks})", all_rows)

    base, plain, merged, together = [], [], [], []
    for _ in range(ROUNDS):
        base.append(timed(bare))
        plain.append(timed(bare_untriggered))
        merged.append(timed(merge))
        together.append(timed(merge_together))
    base_ms, merge_ms = statistics.median(base), statistics.median(merged)
    together_ms, plain_ms = statistics.median(together), statistics.median(plain)
    print(f"Desk merge benchmark: {SIZE} employees, event of {len(people)}, "
          f"{DESKS} returns × "
          f"{ACTIONS} actions, WAL + synchronous=FULL (medians of {ROUNDS})\n")  # fmt: skip
    print(HEADER)
    bare_what = f"bare INSERT of the same {DESKS * ACTIONS} rows, 1 txn"
    what = f"merge {DESKS} returns selected together (1 txn, as the merge screen does)"
    print(row(what, together_ms, bare_what, base_ms, "≤ 3×"))
    plain_what = f"bare INSERT of the same {DESKS * ACTIONS} rows, 1 txn, no audit trigger"
    print(row(what, together_ms, plain_what, plain_ms, "—"))
    what = f"merge {DESKS} returns one by one as they arrive ({DESKS} txns)"
    print(row(what, merge_ms, bare_what, base_ms, "—"))


if __name__ == "__main__":
    main()
