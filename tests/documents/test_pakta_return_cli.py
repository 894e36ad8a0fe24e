"""``pakta receive`` and ``pakta outstanding`` on the command line, from printed sheets."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from doc_helpers import pdf_pages
from scanning import decode

from cli_helpers import add_people
from cli_helpers import run as _run
from ikrar_desktop.domain import paktacode


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert _run(capsys, db_path, "init")[0] == 0  # a missing --db is refused except by init
    add_people(capsys, db_path, "--jabatan", "Pengadministrasi Perkantoran pada Sub Bagian "
               "Umum dan Kepegawaian Sekretariat")  # fmt: skip
    for title in ("Apel Ikrar", "Apel Lain"):
        code, _ = _run(capsys, db_path, "event", "add", "--title", title, "--date", "2024-01-10")
        assert code == 0
    return db_path


def _sheets(capsys: pytest.CaptureFixture[str], db: Path, event: int, tmp: Path) -> list[str]:
    out = tmp / f"pakta-{event}.pdf"
    code, _ = _run(capsys, db, "print", "pakta", str(event), "--out", str(out))
    assert code == 0
    return [data for kind, data in decode(out, first=1, last=4) if kind == "QR-Code"]


def _out(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> dict[str, Any]:
    code, data = _run(capsys, db, "pakta", "outstanding", "1", "--json", *extra)
    assert code == 0
    return dict(data)


def test_receive_from_printed_sheets(capsys: pytest.CaptureFixture[str], db: Path,
                                     tmp_path: Path) -> None:  # fmt: skip
    mine = _sheets(capsys, db, 1, tmp_path)
    foreign = _sheets(capsys, db, 2, tmp_path)
    assert len(mine) == 4 and len(foreign) == 4
    assert _out(capsys, db)["total"] == {
        "unit": "Jumlah",
        "sent": 4,
        "returned": 0,
        "susulan": 0,
        "out": 4,
        "percent_returned": 0.0,
    }
    code, data = _run(capsys, db, "pakta", "receive", "1", mine[0], foreign[0], mine[1],
                      "IKRAR-PAKTA:1:999", "--date", "2024-01-15", "--json")  # fmt: skip
    assert code == 1  # a code was refused ...
    kinds = [(r["code"], r["result"]) for r in data["results"]]
    assert kinds == [(mine[0], "recorded"), (foreign[0], "refused"), (mine[1], "recorded"),
                     ("IKRAR-PAKTA:1:999", "refused")]  # fmt: skip
    assert (data["recorded"], data["already"], data["refused"]) == (2, 0, 2)
    assert "kegiatan lain" in data["results"][1]["message"]
    assert data["results"][0]["where"] == "susulan"
    assert data["results"][0]["received_on"] == "2024-01-15"
    # ... and the valid others are recorded all the same
    left = _out(capsys, db)
    assert (left["total"]["returned"], left["total"]["out"]) == (2, 2)
    still = {p["employee_id"] for u in left["units"] for p in u["people"]}
    assert still == {paktacode.parse(c)[1] for c in mine[2:]}  # type: ignore[index]
    code, data = _run(capsys, db, "pakta", "outstanding", "2", "--json")
    assert data["total"]["returned"] == 0  # the foreign sheet did not touch its own event
    # again: everything already on record, exit 0, nothing new
    code, text = _run(capsys, db, "pakta", "receive", "1", mine[0], f" {mine[1].lower()} ")
    assert code == 0 and text.count("SUDAH TERCATAT") == 2 and "0 tercatat" in text
    code, text = _run(capsys, db, "pakta", "receive", "1", mine[2], "--date", "2024-13-01")
    assert code == 1 and _out(capsys, db)["total"]["returned"] == 2
    code, text = _run(capsys, db, "pakta", "receive", "1", mine[2])
    assert code == 0 and "TERCATAT" in text and "1 tercatat" in text
    _run(capsys, db, "event", "close", "1")
    code, _ = _run(capsys, db, "pakta", "receive", "1", mine[3])
    assert code == 1 and _out(capsys, db)["total"]["returned"] == 3  # closed: nothing recorded


def test_outstanding_per_unit_xlsx_and_pdf(capsys: pytest.CaptureFixture[str], db: Path,
                                           tmp_path: Path) -> None:  # fmt: skip
    from openpyxl import load_workbook

    code, _ = _run(capsys, db, "pakta", "receive", "1", "P-1-1", "P-1-3")
    assert code == 0
    one = _out(capsys, db, "--unit", "dinas  kesehatan")
    assert [u["unit"] for u in one["units"]] == ["Dinas Kesehatan"]
    assert [p["name"] for p in one["units"][0]["people"]] == ["Dewi Lestari"]
    code, _ = _run(capsys, db, "pakta", "outstanding", "1", "--unit", "Dinas Tidak Ada")
    assert code == 1
    xlsx, pdf = tmp_path / "belum.xlsx", tmp_path / "belum.pdf"
    code, text = _run(capsys, db, "pakta", "outstanding", "1", "--xlsx", str(xlsx), "--pdf",
                      str(pdf))  # fmt: skip
    assert code == 0 and "Siti Aminah" in text and "Ahmad Fauzi" not in text.split("Belum")[1]
    book = load_workbook(xlsx, read_only=True)
    rows = list(book["Per OPD"].iter_rows(values_only=True))
    counts = [r for r in rows if len(r) > 1 and r[1] == "Jumlah"]
    assert counts == [(None, "Jumlah", 4, 2, 2, 2, 50.0)]
    names = {r[2] for r in book["Belum Kembali"].iter_rows(min_row=5, values_only=True)}
    assert names == {"Siti Aminah", "Dewi Lestari"}
    book.close()
    pages = pdf_pages(pdf.read_bytes())
    text = " ".join(pages)
    assert "LEMBAR PAKTA INTEGRITAS YANG BELUM KEMBALI" in text
    assert "Siti Aminah" in text and "Dewi Lestari" in text
    assert "Ahmad Fauzi" not in text and "Ahmad Ridwan" not in text
    _geometry_ok(pdf.read_bytes())


def _geometry_ok(data: bytes) -> None:
    """Nothing smaller than 7 pt, no glyph printed over another, everything on the paper."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as doc:
        for page in doc.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            assert min(c["size"] for c in chars) >= 7 - 0.01
            for c in chars:
                assert c["x0"] >= 0 and c["x1"] <= page.width and c["bottom"] <= page.height
            boxes = sorted((c["x0"], c["x1"], c["top"], c["bottom"]) for c in chars)
            for i, (x0, x1, top, bottom) in enumerate(boxes):
                for ox0, _ox1, otop, obottom in boxes[i + 1 :]:
                    if ox0 >= x1 - 0.3:
                        break
                    overlap_y = min(bottom, obottom) - max(top, otop)
                    assert overlap_y < 0.5, f"overprint near ({x0:.0f}, {top:.0f})"
