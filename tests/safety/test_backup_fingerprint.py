"""Backups carry the audit fingerprint in their manifest; restore shows it and checks it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from anchor_rewrite import rewrite_consistently
from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.services import backups
from ikrar_desktop.store import backup as store_backup
from ikrar_desktop.store import backup_manifest


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_backup_manifest_carries_the_fingerprint_and_restore_shows_it(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db_path, "demo", "--employees", "15")[0] == 0
    _, out = run(capsys, db_path, "check", "--json")
    now = json.loads(out)["fingerprint"]
    target = tmp_path / "cadangan.sqlite"
    code, out = run(capsys, db_path, "backup", str(target))
    assert code == 0 and f"Sidik jejak audit cadangan: {now}" in out
    manifest = json.loads(backup_manifest.manifest_path(target).read_text(encoding="utf-8"))
    assert manifest["fingerprint"] == now == backup_manifest.manifest_fingerprint(target)
    assert run(capsys, db_path, "employees", "add", "--nama", "Sesudah Cadangan")[0] == 0
    code, out = run(capsys, db_path, "restore", str(target))
    assert code == 0 and f"Sidik jejak audit cadangan: {now}" in out
    # the restored database still holds the history the manifest vouches for
    code, out = run(capsys, db_path, "check", "--fingerprint", now)
    assert code == 0 and "SIDIK COCOK" in out


def test_a_backup_rewritten_after_it_was_made_is_refused_at_restore(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db_path, "demo", "--employees", "15")[0] == 0
    code, out = run(capsys, db_path, "employees", "add", "--nama", "Budi Santoso", "--json")
    budi = json.loads(out)["id"]
    assert run(capsys, db_path, "employees", "add", "--nama", "Sari Lestari")[0] == 0
    target = tmp_path / "cadangan.sqlite"
    assert run(capsys, db_path, "backup", str(target))[0] == 0
    copied = tmp_path / "salinan.sqlite"  # the same backup, rewritten by someone with a copy
    shutil.copy(target, copied)
    shutil.copy(backup_manifest.manifest_path(target), backup_manifest.manifest_path(copied))
    rewrite_consistently(copied, str(budi), "Budi Santosa")
    with pytest.raises(CannotRunError, match="diubah sesudah dibuat"):
        store_backup.verify_file(copied)
    assert run(capsys, db_path, "employees", "add", "--nama", "Sesudah Cadangan")[0] == 0
    code, out = run(capsys, db_path, "restore", str(copied))
    assert code == 2 and "tidak cocok" in out
    _, out = run(capsys, db_path, "employees", "list", "--json")
    assert "Sesudah Cadangan" in out and "Budi Santosa" not in out  # nothing was restored
    # the untouched backup still restores
    assert store_backup.verify_file(target).fingerprint == backup_manifest.manifest_fingerprint(
        target
    )


def test_older_backups_without_a_fingerprint_still_restore(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db_path, "demo", "--employees", "5")[0] == 0
    target = tmp_path / "lama.sqlite"
    assert run(capsys, db_path, "backup", str(target))[0] == 0
    manifest = backup_manifest.manifest_path(target)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    del data["fingerprint"]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert backup_manifest.manifest_fingerprint(target) == ""
    info = store_backup.verify_file(target)
    assert info.fingerprint  # read from the backup's own chain
    assert backups.restore(db_path, target).info.fingerprint == info.fingerprint
