"""Issue 19 target: 1,000 returned pakta sheets scanned in a row (service call → committed),
beside the bare check-in scan of bench_checkin.py measured in the same run; and the per-OPD
outstanding list of a 10,000-person event."""

from __future__ import annotations

import os
import statistics
from datetime import datetime, timedelta

from common import (
    HEADER,
    demo_copy,
    event_of_nip_holders,
    in_a_row,
    latency,
    median_ms,
    obliged_ids,
    row,
)

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))
EVENT_SIZE = int(os.environ.get("IKRAR_BENCH_EVENT", "10000"))
SHEETS = 1000


def main() -> None:
    from ikrar_desktop.domain import paktacode
    from ikrar_desktop.services import checkin, pakta_outstanding, pakta_receive
    from ikrar_desktop.store.schema import open_database

    _workdir, path = demo_copy(SIZE)
    conn = open_database(path)
    ev, _nips = event_of_nip_holders(conn, EVENT_SIZE)
    ids = obliged_ids(conn, ev, shuffled=True)
    # the check-in desk scans one half of the list, the sheets of the other half come back
    checked = set(ids[: len(ids) // 2])
    nip_of = dict(conn.execute("SELECT employee_id, nip FROM obligations WHERE event_id = ?",
                               (ev,)).fetchall())  # fmt: skip
    scan_queue = iter([nip_of[i] for i in ids if i in checked])
    # what a scanner sends: the QR's text, sometimes in lower case, with the Enter it appends
    codes = [
        paktacode.payload(ev, i).lower() + "\r\n" if n % 3 else paktacode.payload(ev, i)
        for n, i in enumerate(i for i in ids if i not in checked)
    ]
    sheet_queue = iter(codes)
    later = datetime.now() - timedelta(minutes=5)  # received after the event day: susulan

    def check_in() -> None:
        result = checkin.scan(conn, ev, next(scan_queue), operator="bench", station="M1")
        assert result.kind == checkin.CHECKED_IN, result.message

    def receive() -> None:
        got = pakta_receive.receive(conn, ev, next(sheet_queue), operator="bench", station="M2",
                                    now=later)  # fmt: skip
        assert got.kind == pakta_receive.RECORDED, got.message

    def receive_and_counter() -> None:
        got = pakta_receive.receive(conn, ev, next(sheet_queue), operator="bench", station="M2",
                                    now=later)  # fmt: skip
        assert got.person is not None
        checkin.unit_counter(conn, ev, got.person.unit)

    base1 = median_ms(check_in, rounds=300, warmup=10)
    elapsed, lat = in_a_row(receive, SHEETS)
    base2 = median_ms(check_in, rounds=300, warmup=10)
    shown_ms = median_ms(receive_and_counter, rounds=300, warmup=5)
    again = iter(codes[:200])
    already_ms = median_ms(lambda: pakta_receive.receive(conn, ev, next(again)), rounds=190)
    out_ms = median_ms(lambda: pakta_outstanding.outstanding(conn, ev), rounds=7, warmup=1)
    numbers_ms = median_ms(lambda: pakta_outstanding.outstanding(conn, ev, people=False),
                           rounds=15, warmup=1)  # fmt: skip
    baseline = statistics.median([base1, base2])
    data = pakta_outstanding.outstanding(conn, ev)

    one = "check-in scan → committed (bench_checkin)"
    print(f"Pakta receiving benchmark: {SIZE} employees, event of {len(ids)}, WAL + "
          "synchronous=FULL (medians)\n")  # fmt: skip
    print(HEADER)
    print(row(f"sheet scan → committed ({SHEETS} in a row)", statistics.median(lat), one,
              baseline, "< 30 ms"))  # fmt: skip
    print(row("sheet scan → committed → that OPD's counter", shown_ms, one, baseline, "< 30 ms"))
    print(row("same sheet again (already on record)", already_ms, one, baseline, "—"))
    print(row("outstanding per OPD with names, whole event", out_ms, one, baseline, "—"))
    print(row("outstanding per OPD, numbers only", numbers_ms, one, baseline, "—"))
    print(f"\nIn a row: {SHEETS} sheets in {elapsed:.2f} s = {SHEETS / elapsed:.0f} sheets/s; "
          f"{latency(lat)}; {data.total.returned} of {data.total.sent} sheets back, "
          f"{data.total.out} out.")  # fmt: skip
    conn.close()


if __name__ == "__main__":
    main()
