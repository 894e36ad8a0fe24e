"""Register kasus (issue 18 rule 6): a case not proven or sanctioned has ended, is never late."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from doc_helpers import pdf_pages

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import case_print
from ikrar_desktop.services import cases as svc
from ikrar_desktop.services.registry import add_employee

TODAY = date(2024, 6, 30)


def _case(conn: sqlite3.Connection, n: int, *steps: tuple[str, str, str]) -> int:
    emp = add_employee(conn, EmployeeDraft(nama=f"Pegawai Kasus {n}", unit="Dinas Kesehatan",
                                           nip=f"19800101200501100{n}"))  # fmt: skip
    case = svc.add_case(conn, svc.CaseDraft(emp.id, "D-5", "bawaslu", "2024-01-05"), today=TODAY)
    for step, when, sanction in steps:
        svc.update_step(conn, case.id, step, when, sanction=sanction, today=TODAY)
    return case.id


def _count(text: str, what: str) -> int:
    found = re.search(rf"{what} (\d+)", text)
    assert found, text
    return int(found[1])


def test_register_counts_not_proven_and_sanctioned_as_ended(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    _case(conn, 1)  # still at 'Dilaporkan' half a year later: late
    _case(conn, 2, ("not-proven", "2024-01-10", ""))
    _case(conn, 3, ("verified", "2024-01-10", ""), ("decision", "2024-01-20", ""),
          ("sanction", "2024-02-01", "B-4"))  # fmt: skip
    _case(conn, 4, ("not-proven", "2024-01-10", ""), ("done", "2024-01-11", ""))
    out = tmp_path / "register.pdf"
    assert case_print.print_register(conn, out, today=TODAY).people == 4
    text = " ".join(pdf_pages(out.read_bytes()))
    assert _count(text, "masih berjalan") == 1 and _count(text, "terlambat") == 1
    assert _count(text, "selesai") == 3 and _count(text, "dijatuhi sanksi") == 1
    assert len(re.findall(r"\b\d+ hari\b", text)) == 1  # only case 1 shows days late

    running = case_print.print_register(conn, out, open_only=True, today=TODAY)
    late = case_print.print_register(conn, tmp_path / "late.pdf", overdue_only=True, today=TODAY)
    assert running.people == late.people == 1
    assert "Pegawai Kasus 1" in " ".join(pdf_pages(out.read_bytes()))
