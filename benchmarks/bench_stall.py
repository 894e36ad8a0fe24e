"""Issue 20: the longest the GUI thread is blocked (a 10 ms heartbeat) while the GUI imports,
prints, backs up, merges desk returns and starts on the first start of a day, each beside the
bare work (the service call alone, no GUI) measured in the same run.

Smaller sizes for a quick run: IKRAR_BENCH_EMPLOYEES, IKRAR_BENCH_ROWS (import),
IKRAR_BENCH_SHEETS (pakta), IKRAR_BENCH_DESKS / IKRAR_BENCH_ACTIONS (merge),
IKRAR_BENCH_ROUNDS, IKRAR_BENCH_ONLY (comma-separated: idle,import,print,backup,merge,start).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import CACHE, copy_db, demo_db, event_of_nip_holders, sealed_returns

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))
ROWS = int(os.environ.get("IKRAR_BENCH_ROWS", str(SIZE)))
SHEETS = int(os.environ.get("IKRAR_BENCH_SHEETS", "3000"))
DESKS = int(os.environ.get("IKRAR_BENCH_DESKS", "10"))
ACTIONS = int(os.environ.get("IKRAR_BENCH_ACTIONS", "1000"))
ROUNDS = int(os.environ.get("IKRAR_BENCH_ROUNDS", "3"))
ONLY = set(filter(None, os.environ.get("IKRAR_BENCH_ONLY", "").split(",")))
# The heartbeat goes on this long after an action is done: what a job sets off afterwards (a
# garbage collection of the whole program) is a stall the clerk feels too.
TAIL_MS = int(os.environ.get("IKRAR_BENCH_TAIL_MS", "1000"))
BEAT_MS = 10
TARGET_MS = 100.0


# --- the heartbeat -------------------------------------------------------------------------------
class Heartbeat:
    """A QTimer every 10 ms on the GUI thread; the gaps between its beats are how long the
    thread was busy elsewhere (a gap of 10 ms is a free thread)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.beats: list[float] = []

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.beats.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.beats, self.beats[1:], strict=False)]


def p99(gaps: list[float]) -> float:
    ordered = sorted(gaps)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def spin(done: Callable[[], bool]) -> None:
    """Run the event loop until ``done()`` (checked every 5 ms by a timer of its own)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()


def during(action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, list[float]]:
    """Wall time of ``action`` until ``done()`` in the running GUI, and the heartbeat's gaps."""
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    action()
    spin(done)
    wall = (time.perf_counter() - start) * 1000
    tail_end = time.perf_counter() + TAIL_MS / 1000
    spin(lambda: time.perf_counter() >= tail_end)
    return wall, beat.stop()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


class Figures:
    def __init__(self) -> None:
        self.rows: list[tuple[str, list[float], list[float], list[float], list[float], bool]] = []

    def add(self, name: str, walls: list[float], gaps: list[list[float]], bare: list[float],
            ratio: bool = True) -> None:  # fmt: skip
        maxima, p99s = [max(g) for g in gaps], [p99(g) for g in gaps]
        self.rows.append((name, walls, maxima, p99s, bare, ratio))
        print(f"  {name}: longest gap {max(max(g) for g in gaps):.0f} ms", file=sys.stderr)

    def table(self) -> str:
        lines = [
            "| GUI action | longest gap (worst / median) | p99 gap | GUI wall | bare work "
            "| ratio | target |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for name, walls, maxima, p99s, bare, ratio in self.rows:
            wall, base = statistics.median(walls), statistics.median(bare)
            times = f"{wall / base:.2f}×" if ratio else "—"
            ok = "ok" if max(maxima) <= TARGET_MS else "**over**"
            lines.append(
                f"| {name} | {max(maxima):.0f} / {statistics.median(maxima):.0f} ms "
                f"| {statistics.median(p99s):.0f} ms | {wall:.0f} ms | {base:.0f} ms "
                f"| {times} | ≤ {TARGET_MS:.0f} ms: {ok} |"
            )
        return "\n".join(lines)


def window_on(db: Path) -> Any:
    from ikrar_desktop.context import AppContext, SilentInteraction
    from ikrar_desktop.ui.shell.main_window import MainWindow

    ctx = AppContext.open(db, SilentInteraction())
    window = MainWindow(ctx)
    window.show()
    spin(lambda: True)
    return window


def close_window(window: Any) -> None:
    wait = _exit_wait()
    if wait is not None:
        wait()
    window.close()
    window.ctx.close()
    window.deleteLater()


def _exit_wait() -> Callable[[], object] | None:
    try:
        from ikrar_desktop.ui import backup_jobs  # type: ignore[attr-defined]
    except ImportError:  # the code before issue 20: every backup ran on the GUI thread
        return None
    return backup_jobs.wait_for_backups  # type: ignore[no-any-return]


def fresh(template: Path, work: Path, name: str) -> Path:
    target = work / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(work / "backups", ignore_errors=True)
    copy_db(template, target)
    return target


# --- import ----------------------------------------------------------------------------------
def bench_import(work: Path, figures: Figures) -> None:
    from bench_import import _rows, _xlsxwriter
    from ikrar_desktop.exchange import sandbox
    from ikrar_desktop.services.roster_import import apply_import
    from ikrar_desktop.services.roster_session import RosterImport
    from ikrar_desktop.store.schema import open_database
    from ikrar_desktop.ui.importing.wizard import ImportWizard

    source = CACHE / f"roster-stall-{ROWS}.xlsx"
    if not source.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        _xlsxwriter(source, _rows()[:ROWS])
    template = work / "empty.sqlite"
    conn = open_database(template)
    session = RosterImport(sandbox.read_spreadsheet(source))
    session.find_table()
    session.map_columns(conn)
    plan = session.make_plan(conn)
    conn.close()

    walls, gaps, bare = [], [], []
    for _ in range(ROUNDS):
        db = fresh(template, work, "import.sqlite")
        c = open_database(db)
        bare.append(timed(lambda c=c: apply_import(c, plan)))
        c.close()
        window = window_on(fresh(template, work, "import.sqlite"))
        wizard = ImportWizard(window.ctx, window.employees)
        wizard.imported.connect(lambda _r, w=window: w.employees._after_change(None))
        wizard.session, wizard.plan = session, plan
        wizard.show()
        spin(lambda: True)
        page = wizard.result_page
        wall, g = during(page.initializePage, page.isComplete)
        assert window.employees.model.rowCount() == len(plan.new), "import not shown"
        walls.append(wall)
        gaps.append(g)
        wizard.done(0)
        close_window(window)
    figures.add(f"import {ROWS} rows (wizard's apply step)", walls, gaps, bare)


# --- print ----------------------------------------------------------------------------------
def bench_print(work: Path, figures: Figures) -> None:
    from ikrar_desktop.store.schema import open_database
    from ikrar_desktop.ui.printing.jobs import run_print

    template = work / "print.sqlite"
    copy_db(demo_db(SIZE), template)
    conn = open_database(template)
    ev, _nips = event_of_nip_holders(conn, SHEETS)
    conn.close()
    window = window_on(template)
    page = window.printing
    window.show_page("cetak")
    page.choose("pakta", ev)
    spin(lambda: True)
    choice = page.choice()
    saves, save_gaps, previews, preview_gaps, bare = [], [], [], [], []
    for n in range(ROUNDS):
        c = window.ctx.new_connection()
        out = work / f"bare-{n}.pdf"
        bare.append(timed(lambda c=c, out=out: run_print(c, choice, out, lambda d, t: None,
                                                         threading.Event())))  # fmt: skip
        c.close()
        page.preview_path = page.preview_choice = None
        target = work / f"saved-{n}.pdf"
        wall, g = during(lambda t=target: page.save_to(t), lambda: not page.busy)
        assert target.exists()
        saves.append(wall)
        save_gaps.append(g)
        page.preview_path = page.preview_choice = None
        wall, g = during(page.make_preview, lambda: not page.busy)
        assert page.preview_path is not None
        previews.append(wall)
        preview_gaps.append(g)
    figures.add(f"print {SHEETS} pakta sheets (Cetak: Simpan PDF)", saves, save_gaps, bare)
    figures.add(f"print {SHEETS} pakta sheets (Cetak: Pratinjau)", previews, preview_gaps, bare)
    settle_once_idle(figures)
    close_window(window)


def settle_once_idle(figures: Figures) -> None:
    """The whole-program collection a job leaves for later (ui/common/idle.py), when it comes:
    once nobody has typed or clicked for its idle time; a stall nobody waits on, shown apart."""
    from ikrar_desktop.ui.common import background

    held = getattr(background, "collector", None)
    if held is None or not hasattr(held, "settle"):
        return  # code from before the settle
    walls, gaps = [], []
    if held.unsettled:
        wall, g = during(lambda: None, lambda: not held.unsettled)
        walls.append(wall)
        gaps.append(g)
    if gaps:
        figures.add("  (after the last print: whole-program collection once idle)", walls, gaps,
                    walls, ratio=False)  # fmt: skip


# --- backup ----------------------------------------------------------------------------------
def bench_backup(work: Path, figures: Figures) -> None:
    from ikrar_desktop.services import backups

    template = work / "backup.sqlite"
    copy_db(demo_db(SIZE), template)
    window = window_on(template)
    window.show_page("pengaturan")
    panel = window.settings.safety
    spin(lambda: True)
    walls, gaps, bare = [], [], []
    for _ in range(ROUNDS):
        c = window.ctx.new_connection()
        bare.append(timed(lambda c=c: backups.backup_now(c, "manual")))
        c.close()
        panel.status.setText("")
        wall, g = during(
            panel.backup_button.click, lambda: "sudah diperiksa" in panel.status.text()
        )
        walls.append(wall)
        gaps.append(g)
    figures.add("backup (Pengaturan: Cadangkan sekarang)", walls, gaps, bare)
    close_window(window)


# --- merge ----------------------------------------------------------------------------------
def make_returns(template: Path, work: Path) -> tuple[int, list[Path]]:
    """DESKS sealed return files of ACTIONS 'hadir' actions each, as bench_desk_merge makes."""
    from ikrar_desktop.services import events
    from ikrar_desktop.store.schema import open_database

    conn = open_database(template)
    ev = events.create_event(conn, events.EventDraft("Apel Ikrar", "2024-01-10")).event.id
    t0 = datetime(2024, 1, 10, 7, 30).astimezone()
    files, _rows = sealed_returns(conn, ev, work, DESKS, ACTIONS, t0)
    conn.close()
    return ev, files


def bench_merge(work: Path, figures: Figures) -> None:
    from ikrar_desktop.services import desk_returns
    from ikrar_desktop.store.schema import open_database
    from ikrar_desktop.ui.desk.mode import open_merge

    template = work / "merge-template.sqlite"
    copy_db(demo_db(SIZE), template)
    ev, files = make_returns(template, work)
    names = [str(f) for f in files]
    walls, gaps, bare = [], [], []
    for _ in range(ROUNDS):
        c = open_database(fresh(template, work, "merge.sqlite"))
        bare.append(timed(lambda c=c: desk_returns.merge_files(c, names, event_id=ev)))
        c.close()
        window = window_on(fresh(template, work, "merge.sqlite"))
        dialog: Any = open_merge(window, ev)
        spin(lambda: True)
        wall, g = during(lambda d=dialog: d.merge(names),
                         lambda d=dialog: "tindakan baru" in d.message.text())  # fmt: skip
        walls.append(wall)
        gaps.append(g)
        dialog.close()
        close_window(window)
    figures.add(f"merge {DESKS} desk returns × {ACTIONS} (merge screen)", walls, gaps, bare)


# --- idle ----------------------------------------------------------------------------------------
def bench_idle(work: Path, figures: Figures) -> None:
    """The floor: the same heartbeat while the GUI does nothing (a shared, busy machine
    delays a free thread too), for as long as ROUNDS × 2 s."""
    walls, gaps = [], []
    for _ in range(ROUNDS):
        until = time.perf_counter() + 2.0
        wall, g = during(lambda: None, lambda until=until: time.perf_counter() >= until)
        walls.append(wall)
        gaps.append(g)
    figures.add("idle (nothing running: the machine's own noise)", walls, gaps, walls, ratio=False)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    work = Path(tempfile.mkdtemp(prefix="ikrar-bench-stall-"))
    figures = Figures()
    start_lines: list[str] = []
    steps = (("idle", bench_idle), ("import", bench_import), ("print", bench_print),
             ("backup", bench_backup), ("merge", bench_merge))  # fmt: skip
    for key, step in steps:
        if not ONLY or key in ONLY:
            print(f"{key}…", file=sys.stderr)
            (work / key).mkdir()
            step(work / key, figures)
    if not ONLY or "start" in ONLY:
        print("start…", file=sys.stderr)
        (work / "start").mkdir()
        from stall_start import bench_start

        start_lines = bench_start(work / "start", figures)
    print(f"Stall benchmark: {SIZE} employees, heartbeat every {BEAT_MS} ms, "
          f"{ROUNDS} rounds (GUI wall and bare work: medians)\n")  # fmt: skip
    print(figures.table())
    if start_lines:
        print()
        print("\n".join(start_lines))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
