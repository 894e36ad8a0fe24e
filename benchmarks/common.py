"""Helpers for the benchmark scripts: medians, ratios, a cached demo database, shared set-up."""

from __future__ import annotations

import datetime
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("IKRAR_BENCH_DIR", ROOT / "build" / "bench"))


def median_ms(fn: Callable[[], object], rounds: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def process_ms(argv: list[str], rounds: int = 7, env: dict[str, str] | None = None) -> float:
    """Median wall time from spawning a process to its first line on stdout.

    The child prints when it reaches the measured point (the window shown, the import done);
    its exit and teardown are not counted, for the measure and its baseline alike.
    """
    full_env = {**os.environ, **(env or {})}

    times: list[float] = []
    for round_no in range(rounds + 1):  # the first round only warms the caches
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=full_env, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()
        if round_no:
            times.append((time.perf_counter() - start) * 1000)
        child.wait()
        if child.returncode != 0 or not line:
            raise RuntimeError(f"{argv} failed with exit code {child.returncode}")
    return statistics.median(times)


def demo_db(employees: int) -> Path:
    """A demo regency database of the given size, generated once and reused."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{employees}.sqlite"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ikrar_desktop",
                "--db",
                str(path),
                "demo",
                "--employees",
                str(employees),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def row(name: str, value: float, baseline_name: str, baseline: float, target: str) -> str:
    return (
        f"| {name} | {value:.1f} ms | {baseline_name} | {baseline:.1f} ms | "
        f"{value / baseline:.2f}× | {target} |"
    )


HEADER = (
    "| measure | median | baseline | baseline median | ratio | target |\n"
    "|---|---:|---|---:|---:|---|"
)


def copy_db(src: Path, dest: Path) -> None:
    """Work on a copy (SQLite backup API) so the cached demo database stays as generated."""
    import sqlite3

    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    source.close()
    target.close()


def event_of_nip_holders(conn: Any, size: int, seed: int = 4) -> tuple[int, list[str]]:
    """An event obliging ``size`` random active employees with a NIP; their NIPs, shuffled."""
    import random

    from ikrar_desktop.services import events

    with_nip = [r[0] for r in conn.execute(
        "SELECT id FROM employees WHERE active = 1 AND nip IS NOT NULL")]  # fmt: skip
    picked = random.Random(seed).sample(with_nip, min(size, len(with_nip)))
    made = events.create_event(
        conn, events.EventDraft("Apel Ikrar Netralitas", "2024-01-10"),
        events.Scope(employee_ids=picked),
    )  # fmt: skip
    ev = made.event.id
    nips = [r[0] for r in conn.execute(
        "SELECT nip FROM obligations WHERE event_id = ? ORDER BY random()", (ev,))]  # fmt: skip
    return ev, nips


def scan_baseline(conn: Any, nips: list[str]) -> Callable[[], None]:
    """The floor of one scan: an indexed SELECT by NIP and a one-row INSERT in its own
    transaction, with the same pragmas (the baseline of the check-in benchmarks)."""
    from ikrar_desktop.store.connection import write

    conn.execute("CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, employee_id, at TEXT)")
    queue = iter(nips * 3)

    def baseline() -> None:
        emp = conn.execute("SELECT id FROM employees WHERE nip = ?", (next(queue),)).fetchone()
        with write(conn):
            conn.execute("INSERT INTO bench_baseline (employee_id, at) VALUES (?, ?)",
                         (emp[0], "2024-01-10T08:00:00.000+07:00"))  # fmt: skip

    return baseline


def demo_copy(employees: int, prefix: str = "ikrar-bench-",
              name: str = "bench.sqlite") -> tuple[Path, Path]:  # fmt: skip
    """A fresh work folder and, in it, a copy of the cached demo database: (folder, copy)."""
    import tempfile

    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    path = workdir / name
    copy_db(demo_db(employees), path)
    return workdir, path


def obliged_ids(conn: Any, ev: int, *, shuffled: bool = False) -> list[int]:
    """The employee ids obliged by an event (in random order when ``shuffled``)."""
    sql = "SELECT employee_id FROM obligations WHERE event_id = ?"
    return [r[0] for r in conn.execute(sql + " ORDER BY random()" if shuffled else sql, (ev,))]


DESK_NAMES = ["ahmad", "siti nur", "fauzi ahmad", "wati", "budi s", "dewi", "rahmat hidayat",
              "nur", "agus", "sri"]  # fmt: skip
"""Names typed at the desk by the name-search measures."""


def in_a_row(fn: Callable[[], object], count: int) -> tuple[float, list[float]]:
    """``fn`` run ``count`` times back to back: (seconds in all, each run's ms, sorted)."""
    lat = []
    start = time.perf_counter()
    for _ in range(count):
        t = time.perf_counter()
        fn()
        lat.append((time.perf_counter() - t) * 1000)
    elapsed = time.perf_counter() - start
    lat.sort()
    return elapsed, lat


def latency(lat: list[float]) -> str:
    """p50, p99 and max of sorted latencies, as the benchmarks print them."""
    return (f"latency p50 {lat[len(lat) // 2]:.2f} ms, p99 {lat[int(len(lat) * 0.99)]:.2f} ms, "
            f"max {lat[-1]:.2f} ms")  # fmt: skip


def desk_event(
    employees: int, event_size: int, prefix: str
) -> tuple[Any, int, list[str], Callable[[], None]]:
    """A copy of the demo database opened as the program opens it (an AppContext), an event of
    ``event_size`` NIP holders on it, their NIPs, and the one-scan baseline."""
    from ikrar_desktop.context import AppContext

    _workdir, path = demo_copy(employees, prefix)
    ctx = AppContext.open(path)
    ev, nips = event_of_nip_holders(ctx.conn, event_size)
    return ctx, ev, nips, scan_baseline(ctx.conn, nips)


def desk_page(ctx: Any, ev: int) -> Any:
    """Meja Hadir of ``ev`` shown offscreen at a laptop's size, its beep silenced."""
    from ikrar_desktop.ui.desk.page import DeskPage

    page = DeskPage(ctx)
    page.beeper.beep = lambda: None
    page.resize(1166, 700)
    page.show()
    page.select_event(ev)
    return page


def desk_keys(
    app: Any, page: Any, texts: Iterator[str], times: list[float]
) -> tuple[Callable[[], None], Callable[[], None]]:
    """Two ways of feeding the desk the next of ``texts``: (already in the field, only Enter
    timed into ``times``; typed key by key + Enter). Both insist the desk said ok."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field = page.input

    def enter_only() -> None:
        field.setText(next(texts))  # already typed by the scanner; not timed
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert page.feedback.tone == "ok", page.feedback.text()

    def typed() -> None:
        QTest.keyClicks(field, next(texts))
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()
        assert page.feedback.tone == "ok", page.feedback.text()

    return enter_only, typed


def sealed_returns(
    conn: Any,
    ev: int,
    work: Path,
    desks: int,
    actions: int,
    t0: datetime.datetime,
    *,
    desk_clock: datetime.timedelta = datetime.timedelta(0),
) -> tuple[list[Path], list[list[object]]]:
    """``desks`` return files of ``actions`` 'hadir' actions each, sealed as a desk seals them
    (people drawn with seed 9); the files and all their log rows."""
    import random

    from ikrar_desktop.exchange import desk_package as pkg
    from ikrar_desktop.services import desk_sync
    from ikrar_desktop.store import attendance as att_store
    from ikrar_desktop.store import desk as desk_store

    people = obliged_ids(conn, ev)
    chosen = random.Random(9).sample(people, min(len(people), desks * actions))
    files: list[Path] = []
    all_rows: list[list[object]] = []
    for d in range(desks):
        desk = f"Meja {d + 1}"
        desk_sync.export_package(conn, ev, desk, work / f"{d}.ikrarmeja", now=t0)
        issued = next(p for p in desk_store.packages(conn, ev) if p.desk == desk)
        secret, db_id = desk_sync.main_keys(conn)
        key = desk_sync.desk_key(secret, db_id, ev, desk, issued.package_id)
        rows: list[list[object]] = []
        for i, emp in enumerate(chosen[d * actions : (d + 1) * actions]):
            at = (t0 + datetime.timedelta(seconds=3 * i + d)).isoformat(timespec="milliseconds")
            log_id = att_store.new_id()
            prior = '{"status": null, "status_at": null}'
            rows.append([log_id, log_id, ev, emp, "status", None, "hadir", prior, None, "",
                         "petugas", desk, at])  # fmt: skip
        manifest = {
            "format": pkg.RETURN_FORMAT, "version": pkg.VERSION, "database_id": db_id,
            "package_id": issued.package_id, "event_id": ev, "event_title": "Apel",
            "desk": desk, "main_exported_at": t0.isoformat(),
            "desk_imported_at": t0.isoformat(), "desk_clock": (t0 + desk_clock).isoformat(),
            "rows": len(rows), "log_columns": list(desk_sync.ROW_COLUMNS),
        }  # fmt: skip
        path = work / f"{d}.ikrarkembali"
        pkg.write(path, manifest, {"log": rows}, pkg.return_key(key))  # sealed as a desk does
        files.append(path)
        all_rows += rows
    return files, all_rows
