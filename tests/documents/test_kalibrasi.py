"""Calibration page and the ``print undangan|kartu|kalibrasi`` command line."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from doc_helpers import pdf_pages

from ikrar_desktop.cli.main import main
from ikrar_desktop.documents import kalibrasi

Demo = tuple[sqlite3.Connection, int, int, str]


def _title_origin(data: bytes) -> tuple[float, float]:
    from pypdf import PdfReader

    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if "HALAMAN KALIBRASI" in text:
            spots.append((tm[4], tm[5]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return spots[0]


def test_calibration_page_rulers_and_offset() -> None:
    plain = kalibrasi.render("F4")
    text = pdf_pages(plain.data)[0]
    assert plain.pages == 1 and "Kertas F4 (215 × 330 mm)" in text and "100 mm" in text
    assert "200" in text and "320" in text  # ruler labels in mm from the paper's edge
    moved = kalibrasi.render("F4", (-1.5, 2.0))
    (x0, y0), (x1, y1) = _title_origin(plain.data), _title_origin(moved.data)
    assert x1 - x0 == pytest.approx(-1.5 * 72 / 25.4, abs=0.01)
    assert y0 - y1 == pytest.approx(2.0 * 72 / 25.4, abs=0.01)
    assert "geser X -1.5 mm" in pdf_pages(moved.data)[0]


def test_cli_print_labels(
    demo_event: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn, event_id, _, unit = demo_event
    db = conn.execute("PRAGMA database_list").fetchone()[2]
    conn.commit()
    out = tmp_path / "u.pdf"
    assert main(["--db", db, "print", "undangan", str(event_id), "--out", str(out),
                 "--unit", unit, "--paper", "f4"]) == 0  # fmt: skip
    assert "Undangan tersimpan" in capsys.readouterr().out and out.exists()
    assert main(["--db", db, "print", "kalibrasi", "--set-offset", "1.5", "-2"]) == 0
    assert "X +1.5 mm, Y -2 mm" in capsys.readouterr().out
    cal = tmp_path / "cal.pdf"
    assert main(["--db", db, "print", "kalibrasi", "--out", str(cal), "--with-offset"]) == 0
    assert "geser X +1.5 mm" in pdf_pages(cal.read_bytes())[0]
    capsys.readouterr()
    tags = tmp_path / "k.pdf"
    assert main(["--db", db, "print", "kartu", str(event_id), "--out", str(tags), "--unit",
                 unit, "--layout", "4", "--offset-x", "0", "--json"]) == 0  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "kartu" and data["people"] > 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"kertas": "A4", "baris": 2}', encoding="utf-8")
    assert main(["--db", db, "print", "kartu", str(event_id), "--out", str(tmp_path / "x.pdf"),
                 "--layout", str(bad)]) == 1  # fmt: skip
    assert "'kolom' wajib" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["--db", db, "print", "kartu", "--out", str(tmp_path / "y.pdf")]) == 1
