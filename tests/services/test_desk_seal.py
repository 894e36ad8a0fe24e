"""Sealed desk packages: a lost flash drive gives away no key, no NIK and no forged return."""

from __future__ import annotations

import hmac
import json
import math
import re
import zipfile
from contextlib import closing
from datetime import timedelta
from hashlib import sha256
from pathlib import Path

import pytest
from desk_helpers import PASSPHRASE, Site, export, no_desk_station, one_desk
from event_helpers import T0

from ikrar_desktop.errors import ValidationError
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.exchange.desk_package import PackageRefusedError
from ikrar_desktop.services import desk_returns, desk_sync
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.attendance import new_id
from ikrar_desktop.store.schema import open_database

NIK_DEWI = "3201014501900001"
HEX64 = re.compile(rb"[0-9a-f]{64}")


_no_desk_station = pytest.fixture(no_desk_station, autouse=True)
one = pytest.fixture(one_desk, name="one")


def _contents(path: Path) -> list[bytes]:
    """Every byte an attacker sees: the file itself and each member unzipped."""
    with zipfile.ZipFile(path) as zf:
        return [path.read_bytes(), *(zf.read(n) for n in zf.namelist())]


def _keys_of(s: Site, package_id: str) -> tuple[bytes, bytes]:
    secret = bytes.fromhex(desk_store.setting(s.main, desk_store.SECRET) or "")
    db_id = desk_store.setting(s.main, desk_store.DATABASE_ID) or ""
    issued = desk_store.package(s.main, package_id)
    assert issued is not None
    desk = desk_sync.desk_key(secret, db_id, issued.event_id, issued.desk, package_id)
    return desk, desk_sync.nik_key(secret, db_id, package_id)


def test_nik_brute_force_over_the_package_finds_nothing(one: Site, tmp_path: Path) -> None:
    out = tmp_path / "hilang.ikrarmeja"
    done = export(one.main, one.event_id, "Meja 9", out)
    desk_key, nik_key = _keys_of(one, done.package_id)
    real_hash = desk_store.nik_hash(nik_key, NIK_DEWI)
    seen = _contents(out)
    for secret in (desk_key, nik_key, real_hash.encode(), bytes.fromhex(real_hash)):
        assert not any(secret in blob or secret.hex().encode() in blob for blob in seen)
    for personal in (b"Dewi", b"3201********0001", b"198001012005011001", b"Dinas Kesehatan"):
        assert not any(personal in blob for blob in seen)
    # the attack of issue 17: every 64-hex string as a key, every one as a hash, the NIK's
    # district and birth date known, the serial guessed (here a window round the real one)
    found = {m for blob in seen for m in HEX64.findall(blob)}
    guesses = [f"{NIK_DEWI[:12]}{n:04d}" for n in range(0, 200)]
    hits = [
        nik for key in found for nik in guesses
        if hmac.new(bytes.fromhex(key.decode()), nik.encode(), sha256).hexdigest().encode()
        in found
    ]  # fmt: skip
    assert hits == []
    # with the passphrase the desk gets exactly what it needs to recognise the typed NIK
    opened = pkg.open_package(pkg.read(out), PASSPHRASE)
    dewi = next(p for p in opened["people"] if p["nama"] == "Dewi Lestari")
    assert dewi["nik_hash"] == real_hash and dewi["nik_masked"] == "3201********0001"


def test_a_return_forged_from_the_package_alone_is_refused(one: Site, tmp_path: Path) -> None:
    package = tmp_path / "Meja1.ikrarmeja"  # what a found flash drive holds
    issued = desk_store.packages(one.main, one.event_id)[0]
    absent = one.people[4].id
    before = one.main.execute("SELECT count(*) FROM attendance_log").fetchone()[0]
    seen = _contents(package)
    candidates = [bytes.fromhex(m.decode()) for b in seen for m in HEX64.findall(b)]
    assert candidates == []  # a clear package carried the desk key here
    tries = [*candidates, bytes(32), pkg.derive_key(b"tebakan", "desk")]
    for n, key in enumerate(tries):
        at = (T0 + timedelta(minutes=1)).isoformat(timespec="milliseconds")
        rows = [
            [new_id(), "b", one.event_id, absent, action, None, value, None, None, "",
             "petugas", "Meja 1", at]
            for action, value in (("status", "hadir"), ("pakta", "1"))
        ]  # fmt: skip
        manifest = {
            "format": pkg.RETURN_FORMAT, "version": pkg.VERSION,
            "database_id": desk_store.setting(one.main, desk_store.DATABASE_ID),
            "package_id": issued.package_id, "event_id": one.event_id, "event_title": "Apel",
            "desk": "Meja 1", "main_exported_at": issued.exported_at,
            "desk_imported_at": issued.exported_at, "desk_clock": at, "rows": 2,
            "log_columns": list(desk_sync.ROW_COLUMNS),
        }  # fmt: skip
        forged = tmp_path / f"palsu{n}.ikrarkembali"
        pkg.write(forged, manifest, {"log": rows}, pkg.return_key(key))
        with pytest.raises(PackageRefusedError, match="segel tidak cocok"):
            desk_returns.merge_return(one.main, forged, now=T0 + timedelta(minutes=30))
    assert one.main.execute("SELECT count(*) FROM attendance_log").fetchone()[0] == before
    row = one.main.execute(
        "SELECT status, pakta_signed FROM obligations WHERE employee_id = ?", (absent,)
    ).fetchone()
    assert tuple(row) == (None, 0)
    # the real desk's return (sealed with the key from the opened package) still merges
    real = one.returned("Meja 1", timedelta(minutes=20))
    assert desk_returns.merge_return(one.main, real, now=T0 + timedelta(minutes=30)).error is None


def test_wrong_passphrase_imports_nothing(one: Site, tmp_path: Path) -> None:
    package = tmp_path / "Meja1.ikrarmeja"
    desk = open_database(tmp_path / "baru.sqlite")
    with pytest.raises(PackageRefusedError, match=r"Kata sandi meja .* salah") as caught:
        desk_sync.import_package(desk, package, "UJI7-MEJA-K3RT-9WHQ")
    assert caught.value.exit_code == 1
    assert desk_sync.desk_info(desk) is None
    assert desk.execute(
        "SELECT (SELECT count(*) FROM employees) + (SELECT count(*) FROM events) "
        "+ (SELECT count(*) FROM desk_nik)"
    ).fetchone()[0] == 0  # fmt: skip
    with pytest.raises(PackageRefusedError, match=r"Kata sandi meja .* salah"):
        desk_sync.import_package(desk, package, "UJI7")
    # case, spaces and dashes as the clerk types them do not matter
    info = desk_sync.import_package(desk, package, " uji7 meja k3rt 9whp ")
    assert info.name == "Meja 1"
    desk.close()


def test_passphrase_made_up_once_and_strong_scrypt(one: Site, tmp_path: Path) -> None:
    made = [
        desk_sync.export_package(one.main, one.event_id, f"Meja {n}", tmp_path / f"{n}.pkg")
        for n in (7, 8)
    ]
    phrases = [m.passphrase for m in made]
    assert all(m.generated for m in made) and phrases[0] != phrases[1]
    for phrase in phrases:
        assert re.fullmatch(r"([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}", phrase)
    assert len(phrases[0].replace("-", "")) * math.log2(len(set(pkg.ALPHABET))) >= 70
    assert "passphrase" not in json.dumps(desk_store.packages(one.main, one.event_id)[0].as_dict())
    stored = " ".join(str(v) for (v,) in one.main.execute("SELECT value FROM settings"))
    assert phrases[0] not in stored  # shown once, never kept
    found = pkg.read(tmp_path / "7.pkg")
    kdf = found.manifest["kdf"]
    assert kdf["name"] == "scrypt" and kdf["log2_n"] >= 17 and kdf["r"] >= 8
    assert len(bytes.fromhex(kdf["salt"])) >= 16
    assert set(found.manifest) == {
        "format", "version", "package_id", "event_title", "desk", "created_at", "kdf",
        "cipher", "nonce",
    }  # fmt: skip
    assert pkg.open_package(found, phrases[0])["desk"] == "Meja 7"


def test_too_short_passphrase_is_refused_before_anything(one: Site, tmp_path: Path) -> None:
    out = tmp_path / "pendek.ikrarmeja"
    with pytest.raises(ValidationError, match="terlalu pendek"):
        desk_sync.export_package(one.main, one.event_id, "Meja 5", out, passphrase="rahasia-1")
    assert not out.exists() and "Meja 5" not in desk_store.desk_names(one.main, one.event_id)


def _old_file(path: Path, fmt: str) -> None:
    manifest = {"format": fmt, "version": 1, "desk_key": "00" * 32, "nik_key": "11" * 32}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(pkg.MANIFEST, json.dumps(manifest))
        zf.writestr("signature.json", json.dumps({"desk": "0" * 64}))
        zf.writestr("people.json", "[]")


def test_old_clear_packages_and_their_returns_are_refused(one: Site, tmp_path: Path) -> None:
    old = tmp_path / "lama.ikrarmeja"
    _old_file(old, pkg.PACKAGE_FORMAT)
    with (
        closing(open_database(tmp_path / "m.sqlite")) as fresh,
        pytest.raises(PackageRefusedError, match="versi lama tanpa kata sandi") as caught,
    ):
        desk_sync.import_package(fresh, old, PASSPHRASE)
    assert "buat paket baru" in caught.value.hint
    ret = tmp_path / "lama.ikrarkembali"
    _old_file(ret, pkg.RETURN_FORMAT)
    with pytest.raises(PackageRefusedError, match="versi lama"):
        desk_returns.merge_return(one.main, ret)


def test_a_package_asking_for_absurd_scrypt_memory_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rakus.ikrarmeja"
    kdf = {"name": "scrypt", "salt": "00" * 16, "log2_n": 24, "r": 32, "p": 4}
    manifest = {"format": pkg.PACKAGE_FORMAT, "version": pkg.VERSION, "kdf": kdf}
    pkg.write(path, manifest, {}, bytes(32))
    with pytest.raises(PackageRefusedError, match="telah diubah"):
        pkg.open_package(pkg.read(path), PASSPHRASE)
