"""Name tags: codes decode to the right person, custom sheets are validated, offsets shift."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from doc_helpers import logo
from scanning import decode

from ikrar_desktop.documents import kartu
from ikrar_desktop.documents.model import DocEvent, DocUnit, Options
from ikrar_desktop.domain.tagcode import payload
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import checkin, labels, printing

Demo = tuple[sqlite3.Connection, int, int, str]
AVERY = {"nama": "Label 63,5 × 38,1", "kertas": "A4", "baris": 7, "kolom": 3,
         "margin": {"atas": 15.15, "bawah": 15.15, "kiri": 7.2, "kanan": 7.2},
         "jarak": {"kolom": 2.5}}  # fmt: skip


@pytest.mark.parametrize("layout", ["4", "custom"])
def test_tag_codes_reach_their_person(demo_event: Demo, tmp_path: Path, layout: str) -> None:
    conn, event_id, _, unit = demo_event
    if layout == "custom":
        layout = str(tmp_path / "avery.json")
        Path(layout).write_text(json.dumps(AVERY), encoding="utf-8")
    labels.save_image(conn, logo())
    out = tmp_path / "kartu.pdf"
    report = printing.print_document(conn, "kartu", event_id, out, unit=unit, layout=layout)
    rows = conn.execute(
        "SELECT employee_id, nip FROM obligations WHERE event_id = ? AND unit_name = ? "
        "ORDER BY employee_id", (event_id, unit)).fetchall()  # fmt: skip
    wanted = {payload(event_id, e, n): e for e, n in rows}
    assert report.people == len(wanted)
    per_page = 4 if layout == "4" else 21
    found = decode(out, first=1, last=min(report.pages, 2), dpi=300 if per_page > 4 else 200)
    shown = min(len(wanted), 2 * per_page)
    assert sum(1 for kind, _ in found if kind == "QR-Code") == shown
    assert sum(1 for kind, _ in found if kind == "CODE-128") == shown
    for _, data in found:
        assert checkin.lookup(conn, event_id, data).on_list == [wanted[data]]


def test_custom_sheet_validation() -> None:
    sheet = kartu.sheet_from_json(json.dumps(AVERY))
    assert (sheet.grid.rows, sheet.grid.cols) == (7, 3)
    assert sheet.grid.cell_w == pytest.approx(63.53, abs=0.01)
    assert sheet.grid.cell_h == pytest.approx(38.1, abs=0.01)
    bad = [
        ("{", "bukan JSON yang sah"),
        ("[1]", "satu objek JSON"),
        (json.dumps({**AVERY, "barsi": 2}), "tidak dikenal di berkas tata letak: barsi"),
        (json.dumps({k: v for k, v in AVERY.items() if k != "kolom"}), "'kolom' wajib"),
        (json.dumps({**AVERY, "kertas": "Letter"}), "Kertas 'Letter' tidak dikenal"),
        (json.dumps({**AVERY, "baris": 0}), "bilangan bulat 1 sampai 30"),
        (json.dumps({**AVERY, "baris": 2.5}), "bilangan bulat"),
        (json.dumps({**AVERY, "margin": {"atas": "5"}}), "harus berupa angka"),
        (json.dumps({**AVERY, "margin": {"atas": -1}}), "tidak boleh kurang dari 0"),
        (json.dumps({**AVERY, "margin": {"top": 1}}), "tidak dikenal: top"),
        (json.dumps({**AVERY, "kolom": 4}), "terlalu kecil"),
        (json.dumps({**AVERY, "kertas": {"lebar": 100}}), "'lebar' dan 'tinggi'"),
        (json.dumps({**AVERY, "kertas": {"lebar": 9000, "tinggi": 100}}), "antara 50 dan 500"),
    ]
    for text, message in bad:
        with pytest.raises(ValidationError, match=message):
            kartu.sheet_from_json(text)
    with pytest.raises(ValidationError, match="tidak dikenal"):
        labels.sheet_for("12")


def _name_origin(data: bytes, name: str) -> tuple[float, float]:
    from pypdf import PdfReader

    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if name in text:
            spots.append((tm[4], tm[5]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert spots, name
    return spots[0]


def test_offsets_shift_every_label(event: DocEvent, units: list[DocUnit], options: Options) -> None:
    sheet = kartu.preset("8")
    name = units[1].people[0].name
    plain = kartu.render(event, units, options, sheet)
    moved = kartu.render(event, units, options, sheet, offset=(3.0, -2.0))
    (x0, y0), (x1, y1) = _name_origin(plain.data, name), _name_origin(moved.data, name)
    pt = 72 / 25.4
    assert x1 - x0 == pytest.approx(3.0 * pt, abs=0.01)
    assert y1 - y0 == pytest.approx(2.0 * pt, abs=0.01)  # PDF y grows upwards


def test_saved_offset_used_and_overridden(demo_event: Demo, tmp_path: Path) -> None:
    conn, event_id, _, unit = demo_event
    with pytest.raises(ValidationError, match="tidak wajar"):
        labels.save_offset(conn, 25, 0)
    assert labels.save_offset(conn, 1.25, -0.5).offset_x == pytest.approx(1.2, abs=0.06)
    assert labels.load(conn).offset_y == -0.5
    out = tmp_path / "k.pdf"
    printing.print_document(conn, "kartu", event_id, out, unit=unit, layout="1",
                            offset=(0.0, None))  # fmt: skip
    assert out.stat().st_size > 0
    with pytest.raises(ValidationError, match="terlalu besar"):
        labels.save_image(conn, b"x" * (labels.MAX_IMAGE_BYTES + 1))
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        labels.save_image(conn, b"not an image")
    assert labels.save_image(conn, b"").image == b""


def test_qr_symbol_is_segnos_own() -> None:
    """The faster mask choice gives exactly segno's symbol: same mask, same modules."""
    import random

    import segno

    from ikrar_desktop.documents import qr

    rng = random.Random(10)
    payloads = [f"19{rng.randrange(10**16):016d}" for _ in range(400)]
    payloads += [f"IKR-{rng.randint(1, 999)}-{rng.randrange(10 ** rng.randint(1, 9))}"
                 for _ in range(400)]  # fmt: skip
    payloads += ["x" * k for k in (60, 150, 300)] + ["IKRAR-SERT:ABCD-EFGH-JKLM"]  # versions 4–13
    for data in payloads:
        ours, theirs = qr.symbol(data), segno.make(data, error="m", micro=False)
        rows = tuple("".join(str(v) for v in row) for row in theirs.matrix)
        assert (ours.mask, ours.rows) == (theirs.mask, rows), data


@pytest.mark.parametrize("kind", ["8", "undangan"])
def test_every_code_of_many_tags_decodes(
    event: DocEvent, options: Options, tmp_path: Path, kind: str
) -> None:
    """A few hundred tags, read back whole-page at two resolutions: every QR and every Code 128
    (varied NIPs and event codes, so many different masks and versions)."""
    from ikrar_desktop.documents import undangan
    from ikrar_desktop.documents.model import DocPerson

    def nip(i: int) -> str | None:  # 18 digits; every fifth person has none (an IKR- code)
        return f"19{(i * 7919) % 10**6:06d}20{i % 100:02d}0{i % 9 + 1}1{i:03d}" if i % 5 else None

    people = tuple(
        DocPerson(100 + i, f"Pegawai {i:03d}", "PNS" if i % 5 else "Non-ASN", nip(i), None,
                  "III/a", "Pengadministrasi Umum", "Kecamatan Cibinong")
        for i in range(200)
    )  # fmt: skip
    data = [DocUnit("Kecamatan Cibinong", people, None)]
    if kind == "undangan":
        rendered = undangan.render(event, data, options)
    else:
        rendered = kartu.render(event, data, options, kartu.preset(kind))
    wanted = {payload(event.id, p.employee_id, p.nip) for p in people}
    assert len(wanted) == len(people)
    out = tmp_path / "tags.pdf"
    out.write_bytes(rendered.data)
    for dpi in (150, 200):
        found = decode(out, first=1, last=rendered.pages, dpi=dpi)
        for symbology in ("QR-Code", "CODE-128"):
            got = [data for kind_, data in found if kind_ == symbology]
            assert sorted(got) == sorted(wanted), (dpi, symbology, len(got))
