"""The research's SIGKILL test applied to the program: a child importing 5,000 rows, checking
people in, signing pakta, backing up or migrating is killed at random; after every kill the
file is intact, no import is partial, nothing acknowledged is lost and it reopens in < 5 s.

IKRAR_SAFETY_KILLS sets the number of kills (default 25, about a minute; the issue's full run
is IKRAR_SAFETY_KILLS=200).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikrar_desktop.services import events
from ikrar_desktop.services.backups import list_backups
from ikrar_desktop.services.roster_export import export_employees
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.backup import read_name, verify_file
from ikrar_desktop.store.connection import connect, open_destination, write
from ikrar_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION, open_database

KILLS = int(os.environ.get("IKRAR_SAFETY_KILLS", "25"))
ROSTER = 5000
PEOPLE = 3000
MODES = ("import", "checkin", "pakta", "backup", "migrate")

CHILD = """
import random, sys
from pathlib import Path
def main():
    mode, db, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rnd = random.Random(seed)
    out = sys.stdout
    def say(text):
        out.write(text + "\\n")
        out.flush()
    if mode == "migrate":
        from ikrar_desktop.store.schema import open_database
        say("READY")
        open_database(db).close()
        say("M")
        sys.exit(0)
    from ikrar_desktop.store.schema import open_database
    from ikrar_desktop.services import checkin
    conn = open_database(db)
    event_id = int(sys.argv[4])
    say("READY")
    if mode == "import":
        from ikrar_desktop.services.roster_session import import_file
        files = sys.argv[5:7]
        turn = seed % 2
        while True:
            report = import_file(conn, files[turn])
            assert report.status == "done", report.status
            say("I " + "AB"[turn])
            turn = 1 - turn
    elif mode == "backup":
        from ikrar_desktop.services.backups import backup_now
        while True:
            info = backup_now(conn, "harian")
            say("B " + str(info.path))
    from ikrar_desktop.errors import UserError
    nips = [f"19800101{i:010d}" for i in range(int(sys.argv[5]))]
    while True:
        nip = rnd.choice(nips)
        r = checkin.scan(conn, event_id, nip, operator="uji", station=mode)
        if mode == "checkin" and r.kind == "checked_in":
            say("C " + r.log_id)
        elif mode == "checkin" and r.kind == "already" and rnd.random() < 0.5:
            try:
                checkin.undo_last(conn, event_id, station=mode, reason="uji")
            except UserError:  # checked in by the pakta desk: nothing of ours to undo
                pass
        elif mode == "pakta" and r.person is not None and not r.person.pakta_signed:
            emp = checkin.lookup(conn, event_id, nip).on_list[0]
            checkin.toggle_pakta(conn, event_id, emp, True, operator="uji", station=mode)
            say(f"P {emp}")

if __name__ == '__main__':  # the import's sandbox reader is spawned
    main()
"""


def _roster_files(tmp: Path) -> list[Path]:
    conn = open_database(tmp / "roster-source.sqlite")
    rows: list[dict[str, object]] = [
        {"nip": f"19900202{2010 + i // 999}011{i % 999 + 1:03d}", "nama": f"Pegawai Impor {i}",
         "status": "PNS",
         "jabatan": "Jabatan A"}
        for i in range(ROSTER)
    ]  # fmt: skip
    with write(conn):
        emp_store.insert_many(conn, rows)
    files = []
    for tag in "AB":
        with write(conn):
            conn.execute("UPDATE employees SET jabatan = ?", (f"Jabatan {tag}",))
        path = tmp / f"roster-{tag}.xlsx"
        export_employees(conn, path)
        files.append(path)
    conn.close()
    return files


def _prepare(path: Path) -> int:
    conn = open_database(path)
    rows: list[dict[str, object]] = [
        {"nip": f"19800101{i:010d}", "nama": f"Pegawai {i}", "status": "PNS"} for i in range(PEOPLE)
    ]
    with write(conn):
        emp_store.insert_many(conn, rows)
    made = events.create_event(conn, events.EventDraft("Uji", "2024-01-10", kind="pakta"))
    conn.close()
    return made.event.id


def _old_template(path: Path) -> None:
    """A database one schema version behind (before the audit migration), with 5,000 people."""
    from sqlite_utils import Database, Migrations

    conn = connect(path)
    migrations = Migrations("ikrar_desktop")
    for fn in MIGRATIONS[:-1]:
        migrations()(fn)
    migrations.apply(Database(conn))
    rows: list[dict[str, object]] = [
        {"nip": f"19700303{i:010d}", "nama": f"Lama {i}", "status": "PNS"} for i in range(ROSTER)
    ]
    conn.execute("BEGIN IMMEDIATE")
    emp_store.insert_many(conn, rows)
    conn.execute("PRAGMA application_id = 1229673028")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.execute("COMMIT")
    conn.close()


def _copy(src: Path, dst: Path) -> None:
    for tail in ("", "-wal", "-shm"):
        Path(str(dst) + tail).unlink(missing_ok=True)
    a, b = connect(src, readonly=True), open_destination(dst)
    a.backup(b)
    a.close()
    b.close()


class State:
    def __init__(self) -> None:
        self.imports: list[str] = []
        self.checkins: set[str] = set()
        self.pakta: set[int] = set()
        self.backups: list[Path] = []


def _check_main(path: Path, state: State, full: bool) -> None:
    conn = connect(path, readonly=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        jobs = conn.execute(
            "SELECT jabatan, count(*) FROM employees WHERE nip LIKE '19900202%' GROUP BY jabatan"
        ).fetchall()
        if state.imports:
            assert len(jobs) == 1 and jobs[0][1] == ROSTER, f"partial import: {jobs}"
        else:
            assert not jobs or (len(jobs) == 1 and jobs[0][1] == ROSTER), jobs
        logged = {r[0] for r in conn.execute("SELECT id FROM attendance_log")}
        assert not state.checkins - logged, "acknowledged check-in lost"
        signed = {r[0] for r in conn.execute(
            "SELECT employee_id FROM obligations WHERE pakta_signed = 1")}  # fmt: skip
        assert not state.pakta - signed, "acknowledged pakta lost"
        if full:
            report = verify(conn)
            assert report.ok, report.problems[:3]
    finally:
        conn.close()
    folder = path.parent / "backups"
    present = list_backups(folder, path.stem)
    if state.backups:
        # by the time in the name: "… 07.30 harian (2).sqlite" is newer than "… 07.30 harian"
        made = [read_name(p.name) for p in state.backups]
        newest = max(m.created for m in made if m is not None)
        assert any(b.created >= newest for b in present), "acknowledged backup lost"
    for item in present:
        verify_file(item.path)


def _restart(path: Path) -> float:
    started = time.perf_counter()
    open_database(path).close()
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_sigkill_at_random_points_loses_nothing(tmp_path: Path) -> None:
    files = _roster_files(tmp_path)
    main_db = tmp_path / "ikrar.sqlite"
    event_id = _prepare(main_db)
    template = tmp_path / "lama.sqlite"
    _old_template(template)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    rnd = random.Random(20240601)
    state = State()
    worst_restart = 0.0
    migrations_done = 0
    log_to = os.environ.get("IKRAR_SAFETY_PROGRESS")  # a file to follow a long run
    progress = open(log_to, "a") if log_to else None  # noqa: SIM115
    for kill in range(KILLS):
        mode = MODES[kill % len(MODES)]
        db = tmp_path / "migrasi.sqlite" if mode == "migrate" else main_db
        if mode == "migrate":
            _copy(template, db)
        argv = [sys.executable, str(script), mode, str(db), str(kill), str(event_id)]
        argv += [str(f) for f in files] if mode == "import" else [str(PEOPLE)]
        child = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,  # the import's sandbox reader dies with it
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline() == "READY\n"
        time.sleep(rnd.uniform(0.2, 5.0) if mode == "import" else rnd.uniform(0.0, 1.2))
        child.kill()  # the program first, then its sandbox reader
        child.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        assert "Traceback" not in err, err
        for line in out.splitlines():
            kind, _, value = line.partition(" ")
            if kind == "I":
                state.imports.append(value)
            elif kind == "C":
                state.checkins.add(value)
            elif kind == "P":
                state.pakta.add(int(value))
            elif kind == "B":
                state.backups.append(Path(value))
            elif kind == "M":
                migrations_done += 1
        if mode == "migrate":
            conn = connect(db, readonly=True)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            people = conn.execute("SELECT count(*) FROM employees").fetchone()[0]
            conn.close()
            assert version in (SCHEMA_VERSION - 1, SCHEMA_VERSION) and people == ROSTER
            worst_restart = max(worst_restart, _restart(db))
            conn = connect(db, readonly=True)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert verify(conn).ok
            conn.close()
            continue
        worst_restart = max(worst_restart, _restart(main_db))
        _check_main(main_db, state, full=kill % 25 == 0 or kill == KILLS - 1)
        if progress:
            progress.write(f"{kill + 1} kills ({mode}), slowest restart {worst_restart:.2f} s\n")
            progress.flush()
    print(
        f"{KILLS} kills: {len(state.imports)} imports, {len(state.checkins)} check-ins, "
        f"{len(state.pakta)} pakta, {len(state.backups)} backups, {migrations_done} migrations "
        f"acknowledged; slowest restart {worst_restart:.2f} s"
    )
    if progress:
        progress.close()
    assert worst_restart < 5
