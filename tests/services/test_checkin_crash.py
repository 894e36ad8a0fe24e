"""Kill a checking-in child process at random moments: no acknowledged check-in is ever lost.

IKRAR_CRASH_KILLS sets the number of kills (default 100, about 30 s on two cores).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikrar_desktop.services import events
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.schema import open_database

KILLS = int(os.environ.get("IKRAR_CRASH_KILLS", "100"))
PEOPLE = 400

CHILD = """
import random, sys
from ikrar_desktop.services import checkin
from ikrar_desktop.store.schema import open_database

db, event_id, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
nips = [f"19800101{i:010d}" for i in range(int(sys.argv[4]))]
conn = open_database(db)
rnd = random.Random(seed)
out = sys.stdout
out.write("READY\\n")
out.flush()
while True:
    r = checkin.scan(conn, event_id, rnd.choice(nips), operator="uji", station="crash")
    if r.kind == "checked_in":
        out.write(f"C {r.log_id}\\n")
        out.flush()
    elif r.kind == "already" and rnd.random() < 0.5:
        checkin.undo_last(conn, event_id, station="crash", reason="uji")
        out.write("U\\n")
        out.flush()
"""


def _prepare(path: Path) -> int:
    conn = open_database(path)
    rows: list[dict[str, object]] = [
        {"nip": f"19800101{i:010d}", "nama": f"Pegawai {i}", "status": "PNS"} for i in range(PEOPLE)
    ]
    with write(conn):
        emp_store.insert_many(conn, rows)
    made = events.create_event(conn, events.EventDraft("Uji mati mendadak", "2024-01-10"))
    conn.close()
    return made.event.id


def _check(path: Path, acked: set[str], undos: int) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sql = "SELECT id, action, new_value FROM attendance_log WHERE action = 'status'"
        logged = {r[0]: (r[1], r[2]) for r in conn.execute(sql)}
        lost = [a for a in acked if a not in logged]
        assert not lost, f"{len(lost)} acknowledged check-ins lost"
        assert all(logged[a] == ("status", "hadir") for a in acked)
        # the state kept beside the log agrees with the log
        live = {r[0] for r in conn.execute(
            """SELECT l.employee_id FROM attendance_log l WHERE l.action = 'status' AND NOT
               EXISTS (SELECT 1 FROM attendance_log u WHERE u.undoes = l.id)""")}  # fmt: skip
        present = {r[0] for r in conn.execute(
            "SELECT employee_id FROM obligations WHERE status = 'hadir'")}  # fmt: skip
        assert live == present
        assert conn.execute("SELECT count(*) FROM attendance_log WHERE action = 'undo'"
                            ).fetchone()[0] >= undos  # fmt: skip
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_kill_at_random_loses_no_acknowledged_checkin(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    event_id = _prepare(path)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    rnd = random.Random(20240110)
    acked: set[str] = set()
    undos = 0
    started = time.perf_counter()
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), str(event_id), str(kill), str(PEOPLE)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        if rnd.random() < 0.1:
            time.sleep(rnd.uniform(0, 0.15))  # sometimes while it is still starting up
        else:
            assert child.stdout.readline() == "READY\n", child.stderr
            time.sleep(rnd.uniform(0, 0.25))
        child.kill()
        out, err = child.communicate()
        assert child.returncode != 0
        assert "Traceback" not in err, err
        for line in out.splitlines():
            if line.startswith("C "):
                acked.add(line[2:])
            elif line == "U":
                undos += 1
        _check(path, acked, undos)
    elapsed = time.perf_counter() - started
    print(f"{KILLS} kills, {len(acked)} acknowledged check-ins, {undos} undos, {elapsed:.1f} s")
    assert len(acked) > KILLS  # the child really did work between kills


def test_the_check_notices_a_lost_acknowledgement(tmp_path: Path) -> None:
    """Negative control: an acknowledged id missing from the log fails the check."""
    path = tmp_path / "crash.sqlite"
    _prepare(path)
    with pytest.raises(AssertionError, match="lost"):
        _check(path, {"0" * 32}, 0)
