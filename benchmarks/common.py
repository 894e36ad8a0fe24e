"""Helpers for the benchmark scripts: medians, ratios, a cached 50,000-employee database."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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
