"""Makes schema12.sqlite.gz: run ONCE with the code of a release at schema 12 (m008's edit of the
stored CHECK text included), as the migration tests' real old file. Kept for the record.

    PYTHONPATH=<old checkout>/src python tests/data/make_schema12.py /tmp/schema12.sqlite
    (VACUUM it, then gzip -9 it into tests/data/schema12.sqlite.gz)
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from ikrar_desktop.services import cases, events
from ikrar_desktop.services.demo.generate import generate_demo
from ikrar_desktop.store.schema import SCHEMA_VERSION, open_database


def main(path: Path) -> None:
    if SCHEMA_VERSION != 12:
        raise SystemExit("run with the code of a release at schema 12")
    conn = open_database(path)
    generate_demo(conn, 150, seed=7)
    events.create_event(
        conn,
        events.EventDraft(title="Apel Ikrar", date="2024-01-10", time="08:00"),
        None,
        now=datetime(2024, 1, 10, 8).astimezone(),
    )
    first = conn.execute("SELECT id FROM employees WHERE active = 1 ORDER BY id").fetchone()[0]
    draft = cases.CaseDraft(
        employee_id=first, form_code="KE-4", source="bkn-sbt", reported_on="2024-01-05",
        source_ref="SBT/2024/0012", election="Pemilu 2024",
        description="Menyukai unggahan akun pemenangan bakal calon",
    )  # fmt: skip
    cases.add_case(conn, draft, operator="tester", today=date(2024, 3, 1))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
