"""Issue 20, start-up part of bench_stall: window shown on a first start of the day (the daily
backup due) and on a normal start, in child processes, and the heartbeat after it is shown."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench_stall import ROUNDS, Figures, Heartbeat, _exit_wait, p99, spin, timed
from common import CACHE, copy_db, demo_db

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))


def start_child(db: str) -> int:
    """The steps of run_gui up to the window shown (printed at once: the parent's clock stops),
    then the heartbeat until the daily backup is done; its gaps on the second line."""
    from ikrar_desktop.ui.shell import application

    with application.collector_paused():
        health = application.begin_health_check(db)
        app: Any = application.create_application()
        window: Any = application.open_window(db, app, health)
        if window is None:
            return 2
        window.show()
        after_shown = getattr(application, "after_shown", None)
        if after_shown is not None:
            after_shown(window)
    app.processEvents()
    print("shown", flush=True)
    beat = Heartbeat()
    beat.start()
    wait = _exit_wait()
    busy = getattr(sys.modules.get("ikrar_desktop.ui.safety.backup_jobs"), "running", lambda: False)
    spin(lambda: not busy())
    gaps = beat.stop()
    print(f"{max(gaps):.1f} {p99(gaps):.1f}", flush=True)
    if wait is not None:
        wait()
    window.ctx.close()
    return 0


def bench_start(work: Path, figures: Figures) -> list[str]:
    from ikrar_desktop.services import backups
    from ikrar_desktop.store.schema import open_database

    db = work / "start.sqlite"
    copy_db(demo_db(SIZE), db)
    folder = work / "backups"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "",
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }

    def spawn(argv: list[str]) -> tuple[float, list[str]]:
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        assert child.stdout is not None
        first = child.stdout.readline()
        wall = (time.perf_counter() - start) * 1000
        rest = child.stdout.read().split()
        if child.wait() != 0 or not first:
            raise RuntimeError(f"{argv} failed with exit code {child.returncode}")
        return wall, rest

    me = [sys.executable, str(Path(__file__).resolve()), str(db)]
    bare_import = [sys.executable, "-c", "import PySide6.QtWidgets; print('imported', flush=True)"]
    spawn(bare_import)
    spawn(me)  # warms the caches (and makes today's backup)
    imports, first, normal, first_gaps, normal_gaps, daily = [], [], [], [], [], []
    for _ in range(ROUNDS):
        imports.append(spawn(bare_import)[0])
        shutil.rmtree(folder, ignore_errors=True)  # no backup today: the first start of a day
        wall, rest = spawn(me)
        assert any(p.name.endswith("-harian.sqlite") for p in folder.iterdir()), "no daily backup"
        first.append(wall)
        first_gaps.append([float(rest[0])] if rest else [0.0])
        wall, rest = spawn(me)
        normal.append(wall)
        normal_gaps.append([float(rest[0])] if rest else [0.0])
        shutil.rmtree(folder, ignore_errors=True)
        c = open_database(db)
        daily.append(timed(lambda c=c: backups.daily_if_due(c)))
        c.close()
    shutil.rmtree(folder, ignore_errors=True)
    # GUI wall here: process start → window shown; bare: the daily backup alone
    figures.add("first start of the day (after shown, until the daily backup is done)", first,
                first_gaps, daily, ratio=False)  # fmt: skip
    figures.add("normal start (after shown)", normal, normal_gaps, daily, ratio=False)
    base = statistics.median(imports)
    return [
        "| measure | median | baseline | baseline median | ratio | target |",
        "|---|---:|---|---:|---:|---|",
        *(
            f"| process start → main window shown, {what} | {statistics.median(ms):.1f} ms "
            f"| `python -c 'import PySide6.QtWidgets'` | {base:.1f} ms "
            f"| {statistics.median(ms) / base:.2f}× | ≤ 3× |"
            for what, ms in (("first start of the day", first), ("normal start", normal))
        ),
        "",
        f"(bare daily backup, `daily_if_due` alone: {statistics.median(daily):.0f} ms; "
        f"day {date.today():%Y-%m-%d})",
    ]


if __name__ == "__main__":
    raise SystemExit(start_child(sys.argv[1]))
