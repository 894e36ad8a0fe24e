"""CLI import --deactivate-missing: the dry run names exactly whom the real run deactivates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.store.schema import open_database

GONE_NIKS = ("1810071705935160", "1810076603818972", "1810105502919300")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _inactive(db_path: Path) -> dict[int, str]:
    conn = open_database(db_path)
    try:
        return dict(conn.execute("SELECT id, status FROM employees WHERE active = 0"))
    finally:
        conn.close()


def test_honorer_dry_run_and_real_run_deactivate_the_same_people(
    capsys: pytest.CaptureFixture[str], shared_dir: Path, db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(db_path)]
    assert _run(capsys, *db, "init")[0] == 0  # a missing --db is refused except by init
    samples = shared_dir / "samples"
    for name in ("siasn-export.xlsx", "honorer.csv"):
        assert _run(capsys, *db, "import", str(samples / name))[0] == 0
    # The whole honorer list again: the 240 PNS/PPPK are not its kind, nobody goes.
    code, out = _run(capsys, *db, "import", str(samples / "honorer.csv"), "--deactivate-missing")
    assert code == 0 and _inactive(db_path) == {}
    assert "Berkas mencakup: Non-ASN di 13 unit kerja; pegawai lain tidak disentuh." in out
    assert "Tidak ada pegawai yang dinonaktifkan." in out

    lines = (samples / "honorer.csv").read_bytes().splitlines(keepends=True)
    shorter = tmp_path / "honorer-baru.csv"
    shorter.write_bytes(
        b"".join(ln for ln in lines if not any(n.encode() in ln for n in GONE_NIKS))
    )
    flags = ("import", str(shorter), "--deactivate-missing")
    code, out = _run(capsys, *db, *flags, "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["dry_run"] and _inactive(db_path) == {}
    assert dry["deactivated"] == 3 and sorted(p["nik"] for p in dry["deactivate"]) == sorted(
        GONE_NIKS
    )
    assert dry["scope"]["statuses"] == ["Non-ASN"] and len(dry["scope"]["units"]) == 13
    code, text = _run(capsys, *db, *flags, "--dry-run")
    assert "3 pegawai akan dinonaktifkan" in text
    assert all(p["nama"] in text for p in dry["deactivate"])
    code, out = _run(capsys, *db, *flags, "--json")
    real = json.loads(out)
    assert code == 0 and real["deactivate"] == dry["deactivate"] and real["deactivated"] == 3
    inactive = _inactive(db_path)
    assert set(inactive) == {p["id"] for p in dry["deactivate"]}
    assert set(inactive.values()) == {"Non-ASN"}


def test_unit_flag_scopes_the_deactivation(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = ["--db", str(db_path)]
    assert _run(capsys, *db, "init")[0] == 0  # a missing --db is refused except by init
    full = tmp_path / "full.csv"
    full.write_text(
        "NIP;NAMA;UNIT KERJA\n196803161988072006;Siti;Dinas A\n198309022021081002;Hadi;Dinas A\n"
        "197112162007062022;Budi;Dinas B\n199001012015031001;Eko;Dinas B\n",
        encoding="utf-8",
    )
    assert _run(capsys, *db, "import", str(full))[0] == 0
    part = tmp_path / "part.csv"  # Siti's unit left blank, Budi of Dinas B listed, Eko not
    part.write_text(
        "NIP;NAMA;UNIT KERJA\n196803161988072006;Siti;\n197112162007062022;Budi;Dinas B\n",
        encoding="utf-8",
    )
    code, out = _run(capsys, *db, "import", str(part), "--unit", "Dinas A",
                     "--deactivate-missing", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and list(_inactive(db_path).values()) == ["PNS"]  # Hadi only, not Eko
    assert [p["nama"] for p in data["deactivate"]] == ["Hadi"]
    assert data["scope"]["units"] == ["Dinas A"]
