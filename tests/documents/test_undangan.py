"""Invitation slips: every printed code decodes back to its own person at the desk."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from doc_helpers import pdf_pages
from scanning import decode

from ikrar_desktop.documents import code128
from ikrar_desktop.documents.sheet import SheetPDF
from ikrar_desktop.domain.tagcode import event_code, parse_event_code, payload
from ikrar_desktop.services import checkin, printing

Demo = tuple[sqlite3.Connection, int, int, str]


def expected(conn: sqlite3.Connection, event_id: int, unit: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT employee_id, nip FROM obligations WHERE event_id = ? AND unit_name = ? "
        "AND obliged = 1",
        (event_id, unit),
    ).fetchall()
    return {payload(event_id, emp, nip): emp for emp, nip in rows}


def test_every_slip_code_reaches_its_person_at_the_desk(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, longest, unit = demo_event
    out = tmp_path / "undangan.pdf"
    report = printing.print_document(conn, "undangan", event_id, out, unit=unit)
    wanted = expected(conn, event_id, unit)
    assert report.people == len(wanted) and report.pages == -(-len(wanted) // 6)
    pages = pdf_pages(out.read_bytes())
    assert all(f"UNDANGAN · {unit}" in page for page in pages)
    found = decode(out, first=1, last=report.pages)
    kinds = Counter(kind for kind, _ in found)
    assert kinds["QR-Code"] == kinds["CODE-128"] == len(wanted)
    assert {data for _, data in found} == set(wanted)
    for data, employee in wanted.items():
        hit = checkin.lookup(conn, event_id, data)
        assert hit.on_list == [employee], data
    # and the scanner's Enter checks the person in
    data = next(d for d, e in wanted.items() if e == longest)
    assert checkin.scan(conn, event_id, data).kind in (checkin.CHECKED_IN, checkin.ALREADY)


def test_non_asn_gets_an_event_code_the_desk_accepts(demo_event: Demo) -> None:
    conn, event_id, _, _ = demo_event
    emp = conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND nip IS NULL LIMIT 1",
        (event_id,),
    ).fetchone()[0]
    code = payload(event_id, emp, None)
    assert code == event_code(event_id, emp) and parse_event_code(code.lower()) == (event_id, emp)
    assert payload(event_id, emp, "3201014101900001") == code  # a NIK is never a code
    result = checkin.scan(conn, event_id, f" {code} ")
    assert result.matched_by == "kode" and result.person and result.person.employee_id == emp
    assert checkin.lookup(conn, event_id, "IKR-1-99999999").on_list == []
    assert parse_event_code("IKR-1-") is None and parse_event_code("XIKR-1-2") is None


def test_longest_demo_names_fit(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, longest, _ = demo_event
    names = [r[0] for r in conn.execute(
        "SELECT display_name FROM obligations WHERE event_id = ? ORDER BY length(display_name) "
        "DESC LIMIT 10", (event_id,))]  # fmt: skip
    ids = [r[0] for r in conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? ORDER BY length(display_name) "
        "DESC LIMIT 10", (event_id,))]  # fmt: skip
    assert longest in ids  # the demo's own longest name (DemoSummary.longest_names[0])
    for kind in ("undangan", "kartu"):
        out = tmp_path / f"{kind}.pdf"
        report = printing.print_document(conn, kind, event_id, out, employee_ids=ids)
        text = " ".join(pdf_pages(out.read_bytes()))
        for name in names:
            assert all(word in text for word in name.split()), (kind, name)
        assert names[0] in report.shrunk


def test_code128_every_symbol_decodes(tmp_path: Path) -> None:
    """All of set B and all 100 digit pairs of set C, read back by zbar."""
    samples = ["".join(chr(c) for c in range(start, min(start + 16, 127)))
               for start in range(32, 127, 16)]  # fmt: skip
    samples += ["".join(f"{n:02d}" for n in range(k, k + 20)) for k in range(0, 100, 20)]
    samples += ["12345", "197209152006032983", "IKR-3-125"]
    pdf = SheetPDF(210, 297)
    pdf.add_page()
    for i, data in enumerate(samples):
        pdf.set_fill_color(0)
        code128.draw(pdf, 10, 10 + i * 14, code128.bars(data), module=0.33, height=10)
    out = tmp_path / "bars.pdf"
    out.write_bytes(bytes(pdf.output()))
    found = {data for kind, data in decode(out, dpi=300) if kind == "CODE-128"}
    assert found == set(samples)
    assert code128.values("12345")[:3] == [code128.START_B, ord("1") - 32, code128.CODE_C]
