"""``event witness add|list|remove``, ``event attach`` and ``event attachments``."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run as _run
from ikrar_desktop.services import printing
from ikrar_desktop.store.schema import open_database


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert _run(capsys, db_path, "init")[0] == 0  # a missing --db is refused except by init
    code, _ = _run(capsys, db_path, "event", "add", "--title", "Apel", "--date", "2024-01-10")
    assert code == 0
    return db_path


def test_witnesses_add_list_remove(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, a = _run(capsys, db, "event", "witness", "add", "1", "--nama", "H. Ujang Sutisna, S.H.",
                   "--jabatan", "Ketua Bawaslu", "--json")  # fmt: skip
    assert code == 0 and a["added"] and a["position"] == 1
    code, b = _run(capsys, db, "event", "witness", "add", "1", "--nama", "Drs. Asep", "--jabatan",
                   "Ketua KPU", "--instansi", "KPU Kabupaten", "--json")  # fmt: skip
    code, again = _run(capsys, db, "event", "witness", "add", "1", "--nama", "h. ujang  sutisna, "
                       "s.h.", "--jabatan", "ketua bawaslu", "--json")  # fmt: skip
    assert code == 0 and not again["added"] and again["id"] == a["id"]
    code, listed = _run(capsys, db, "event", "witness", "list", "1", "--json")
    assert [(w["name"], w["jabatan"], w["instansi"]) for w in listed] == [
        ("H. Ujang Sutisna, S.H.", "Ketua Bawaslu", ""), ("Drs. Asep", "Ketua KPU", "KPU Kabupaten")
    ]  # fmt: skip
    code, _ = _run(capsys, db, "event", "witness", "remove", "1", str(a["id"]))
    assert code == 0
    code, text = _run(capsys, db, "event", "witness", "list", "1")
    assert "Drs. Asep" in text and "Ujang" not in text and "1 saksi." in text
    code, _ = _run(capsys, db, "event", "witness", "remove", "1", "999")
    assert code == 1
    code, _ = _run(capsys, db, "event", "witness", "add", "1", "--nama", "  ")
    assert code == 1
    conn = open_database(db)
    witnesses = printing.doc_event(conn, 1).witnesses  # what the documents sign with
    conn.close()
    assert [(w.name, w.jabatan) for w in witnesses] == [("Drs. Asep", "Ketua KPU, KPU Kabupaten")]
    assert b["id"] == listed[1]["id"]
    _run(capsys, db, "event", "close", "1")
    code, _ = _run(capsys, db, "event", "witness", "add", "1", "--nama", "Terlambat")
    assert code == 1  # a closed event is read-only, as in the event form


def test_attachments_hash_and_report_changes(capsys: pytest.CaptureFixture[str], db: Path,
                                             tmp_path: Path) -> None:  # fmt: skip
    photo, scan = tmp_path / "apel.jpg", tmp_path / "berita-acara.pdf"
    photo.write_bytes(b"\xff\xd8\xff\xe0 foto apel" + b"x" * 500)
    scan.write_bytes(b"%PDF-1.4 pindaian")
    code, added = _run(capsys, db, "event", "attach", "1", str(photo), str(scan), "--json")
    assert code == 0 and [a["added"] for a in added] == [True, True]
    assert added[0]["mime"] == "image/jpeg" and len(added[0]["sha256"]) == 64
    code, again = _run(capsys, db, "event", "attach", "1", str(photo), "--json")
    assert code == 0 and not again[0]["added"] and again[0]["id"] == added[0]["id"]
    code, data = _run(capsys, db, "event", "attachments", "1", "--json")
    assert code == 0 and [(a["intact"], a["original"]) for a in data["attachments"]] == [
        (True, "sama"), (True, "sama")]  # fmt: skip
    photo.write_bytes(b"\xff\xd8\xff\xe0 foto lain")  # the file on disk is altered
    scan.unlink()
    code, text = _run(capsys, db, "event", "attachments", "1")
    assert code == 0 and "berkas asli BERUBAH" in text and "tidak ada lagi" in text
    assert added[0]["sha256"] in text and "2 lampiran; 0 rusak; 1 berkas asli berubah." in text
    conn = open_database(db)  # the stored copy itself altered (through the program: audited)
    conn.execute("UPDATE event_attachments SET data = ? WHERE id = ?", (b"palsu", added[1]["id"]))
    conn.commit()
    audited = conn.execute(
        "SELECT count(*) FROM audit_log WHERE tbl = 'event_attachments' AND action = 'update'"
    ).fetchone()
    conn.close()
    assert audited == (1,)
    code, data = _run(capsys, db, "event", "attachments", "1", "--json")
    assert code == 1 and [a["intact"] for a in data["attachments"]] == [True, False]
    code, _ = _run(capsys, db, "event", "attach", "1", str(tmp_path / "tidak-ada.jpg"))
    assert code == 1
    code, _ = _run(capsys, db, "event", "attach", "9", str(photo))
    assert code == 1
