"""Verify the audit chain, its triggers, and that every record matches its last audited state."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from ikrar_desktop.store.audit import (
    GUARD_NAMES,
    IS_BATCH,
    audited_tables,
    existing_triggers,
    expand,
    head,
    trigger_sql,
)
from ikrar_desktop.store.session import GENESIS, digest, link_digests


@dataclass(slots=True)
class Problem:
    kind: str  # chain | trigger | row
    message: str
    table: str = ""
    key: str | None = None
    seq: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "message": self.message,
            "table": self.table,
            "key": self.key,
            "seq": self.seq,
        }


@dataclass(slots=True)
class AuditReport:
    links: int = 0  # rows read, the genesis row (number 0) included
    records: int = 0  # rows after the genesis row: equals ``head_seq`` when nothing is missing
    head_seq: int = -1
    head_hash: str = GENESIS
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _digests(
    before: str | None, after: str | None, erased: str | None
) -> tuple[str | None, str | None]:
    if erased:
        kept = json.loads(erased)
        return kept[0], kept[1]
    return digest(before), digest(after)


def _rows_label(action: str, key: str | None) -> str:
    if action in IS_BATCH and key:
        try:
            return f"{len(json.loads(key))} baris sekaligus"
        except ValueError:
            return "sekaligus (daftar barisnya rusak)"
    return key or "-"


def verify_chain(
    conn: sqlite3.Connection, report: AuditReport, upto: int | None = None, links_only: bool = False
) -> dict[tuple[str, str], str | None]:
    """Recompute every link (or those up to number ``upto``); return the last audited state of
    each row on the way (nothing with ``links_only``: batch rows are not unpacked)."""
    prev = GENESIS
    expected_seq = 0
    states: dict[tuple[str, str], str | None] = {}
    erased_keys: set[tuple[str, str]] = set()
    erasures: set[tuple[str, str]] = set()
    rows = conn.execute(
        """SELECT seq, at, operator, station, tbl, row_key, action, before, after, hash, erased
           FROM audit_log WHERE seq <= ? ORDER BY seq""",
        (upto if upto is not None else 2**63 - 1,),
    )
    for seq, at, op, st, tbl, key, action, before, after, stored, erased in rows:
        report.links += 1
        report.records += int(seq != 0)
        if seq != expected_seq:
            report.problems.append(
                Problem(
                    "chain",
                    f"Jejak audit terputus: setelah nomor {expected_seq - 1} langsung "
                    f"nomor {seq} (ada catatan yang dihapus).",
                    tbl,
                    key,
                    seq,
                )
            )
        before_d, after_d = _digests(before, after, erased)
        if link_digests(prev, seq, at, op, st, tbl, key, action, before_d, after_d) != stored:
            report.problems.append(
                Problem(
                    "chain",
                    f"Catatan audit nomor {seq} ({tbl or 'awal'}, "
                    f"baris {_rows_label(action, key)}) telah diubah di luar program: "
                    "tautan rantainya tidak cocok.",
                    tbl,
                    key,
                    seq,
                )
            )
        if links_only:
            pass
        elif action in IS_BATCH:
            for one, state in expand(conn, key, after):
                states[(tbl, one)] = state
                if erased and state is None:
                    erased_keys.add((tbl, one))
        else:
            if erased:
                erased_keys.add((tbl, key))
            if action == "erase":
                erasures.add((tbl, key))
            states[(tbl, key)] = None if action == "erase" else after
        prev = stored
        expected_seq = seq + 1
    if upto is not None or links_only:  # an erased row's erasure record may come after upto
        return states
    for tbl, key in sorted(erased_keys - erasures, key=str):
        report.problems.append(
            Problem(
                "chain",
                f"Isi catatan audit {tbl} baris {key} dikosongkan tanpa catatan penghapusan.",
                tbl,
                key,
            )
        )
    return states


def verify_triggers(conn: sqlite3.Connection, report: AuditReport) -> None:
    present = existing_triggers(conn)
    for name in GUARD_NAMES:
        if name not in present:
            report.problems.append(
                Problem("trigger", f"Pemicu pelindung {name} hilang (dihapus di luar program).")
            )
    for shape in audited_tables(conn):
        for name, sql in trigger_sql(shape).items():
            if present.get(name) != sql:
                report.problems.append(
                    Problem(
                        "trigger",
                        f"Pemicu audit {name} hilang atau diubah di luar program.",
                        shape.name,
                    )
                )


def verify_rows(
    conn: sqlite3.Connection, report: AuditReport, states: dict[tuple[str, str], str | None]
) -> None:
    """Each record must equal the state the chain last recorded for it."""
    for shape in audited_tables(conn):
        seen: set[str] = set()
        rows = conn.execute(
            f'SELECT {shape.key("t")}, {shape.row_json("t")} FROM "{shape.name}" AS t'
        )
        for key, now in rows:
            seen.add(key)
            was = states.get((shape.name, key))
            if was == now:
                continue
            what = "ditambahkan" if was is None else "diubah"
            report.problems.append(
                Problem(
                    "row",
                    f"Baris {shape.name} {key} {what} di luar program "
                    "(tidak sama dengan jejak audit terakhir).",
                    shape.name,
                    key,
                )
            )
        for (tbl, key), state in states.items():
            if tbl == shape.name and state is not None and key not in seen:
                report.problems.append(
                    Problem(
                        "row",
                        f"Baris {tbl} {key} dihapus di luar program (masih ada di jejak audit).",
                        tbl,
                        key,
                    )
                )


def verify(conn: sqlite3.Connection) -> AuditReport:
    """The whole audit check behind ``ikrar-desktop check``."""
    report = AuditReport()
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
        report.problems.append(Problem("chain", "Database ini belum memiliki jejak audit."))
        return report
    conn.execute("BEGIN")  # one snapshot for the chain and the rows
    try:
        states = verify_chain(conn, report)
        verify_triggers(conn, report)
        verify_rows(conn, report, states)
        report.head_seq, report.head_hash = head(conn)
    finally:
        conn.execute("COMMIT")
    return report
