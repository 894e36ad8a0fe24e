"""Issue 7: bundle size, and launch → main window shown, frozen bundle beside the source tree.

Both runs are the same real program on the same 50,000-employee database under Xvfb (xcb, as
on a desktop); the clock stops when the main window is mapped and viewable (polled with
``xwininfo`` every ~5 ms), then the process is killed. Needs ``make package`` first.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_db

SIZE = int(os.environ.get("IKRAR_BENCH_EMPLOYEES", "50000"))
ROUNDS = int(os.environ.get("IKRAR_BENCH_ROUNDS", "15"))
BUNDLE = ROOT / "dist" / "ikrar-desktop"
FROZEN = BUNDLE / "ikrar-desktop"
TITLE = re.compile(r'^\s*(0x[0-9a-f]+) "Ikrar Desktop — ', re.M)


def folder_mb(folder: Path) -> float:
    """MiB of regular files, as ``du -sm`` counts them (symlinks to bundled libraries: 0)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def shown_window() -> str | None:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    found = TITLE.search(tree)
    if not found:
        return None
    info = subprocess.run(["xwininfo", "-id", found.group(1)], capture_output=True, text=True)
    return found.group(1) if "IsViewable" in info.stdout else None


def launch_to_shown_ms(argv: list[str], data_dir: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "IKRAR_DATA_DIR": str(data_dir)}
    errors = data_dir / "stderr.txt"
    with errors.open("wb") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    try:
        while shown_window() is None:
            if proc.poll() is not None:
                tail = errors.read_text(errors="replace")[-2000:]
                raise SystemExit(f"bench_package: {argv[0]} exited with {proc.returncode}\n{tail}")
            if time.perf_counter() - start > 30:
                raise SystemExit("bench_package: no window after 30 s")
        return (time.perf_counter() - start) * 1000
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    if not FROZEN.exists():
        print("bench_package: no bundle; run `make package` first (skipped)")
        return
    if not shutil.which("xwininfo"):
        print("bench_package: needs xwininfo (Debian x11-utils) (skipped)")
        return
    if os.environ.get("DISPLAY"):
        measure()
        return
    if not shutil.which("Xvfb"):
        print("bench_package: needs Xvfb or a DISPLAY (skipped)")
        return
    # Our own Xvfb without an auth file: xvfb-run's temporary Xauthority can vanish under a
    # busy shared /tmp, and every later client then fails to connect.
    number = next(n for n in range(170, 400) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        measure()
    finally:
        server.terminate()
        server.wait()


def measure() -> None:
    times: dict[str, list[float]] = {"source": [], "frozen": []}
    with tempfile.TemporaryDirectory() as tmp:
        # A private copy: opening migrates it, and a bundle older than the source tree would
        # then refuse it (rebuild with `make package` right before this benchmark).
        db = Path(tmp) / "demo.sqlite"
        shutil.copyfile(demo_db(SIZE), db)
        source = [sys.executable, "-m", "ikrar_desktop", "--db", str(db)]
        frozen = [str(FROZEN), "--db", str(db)]
        for argv in (source, frozen):  # warm the page cache (and migrate the cached database)
            launch_to_shown_ms(argv, Path(tmp))
        for _ in range(ROUNDS):  # alternate, so drift on a shared machine hits both alike
            times["source"].append(launch_to_shown_ms(source, Path(tmp)))
            times["frozen"].append(launch_to_shown_ms(frozen, Path(tmp)))
    src = statistics.median(times["source"])
    frz = statistics.median(times["frozen"])
    tarballs = sorted((ROOT / "dist").glob("ikrar-desktop-*-linux-x86_64.tar.gz"))
    tar_mb = tarballs[-1].stat().st_size / 2**20 if tarballs else float("nan")
    print("| measure | median | baseline | baseline median | ratio | target |")
    print("|---|---:|---|---:|---:|---|")
    print(
        f"| launch → main window shown, frozen bundle | {frz:.1f} ms | same from the source "
        f"tree (`python -m ikrar_desktop`) | {src:.1f} ms | {frz / src:.2f}× | ≤ 1× |"
    )
    print(
        f"| Linux bundle size (`dist/ikrar-desktop`) | {folder_mb(BUNDLE):.1f} MB | naive "
        f"PyInstaller build (research §3.1) | ~200 MB | {folder_mb(BUNDLE) / 200:.2f}× | "
        "< 180 MB |"
    )
    print(f"| tarball (`.tar.gz`) | {tar_mb:.1f} MB | | | | |")
    print(
        f"\n{SIZE} employees, {ROUNDS} rounds each; all runs (ms): "
        f"source {[round(t) for t in times['source']]}, "
        f"frozen {[round(t) for t in times['frozen']]}"
    )


if __name__ == "__main__":
    main()
