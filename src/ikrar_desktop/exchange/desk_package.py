"""Desk package and return files: a zip of JSON members, a manifest and keyed signatures."""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ikrar_desktop.errors import FileRejectedError, UserError

PACKAGE_FORMAT = "ikrar-desk-package"
RETURN_FORMAT = "ikrar-desk-return"
VERSION = 1
PACKAGE_SUFFIX = ".ikrarmeja"
RETURN_SUFFIX = ".ikrarkembali"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # 100,000 people with their log fit many times over
MAX_MEMBERS = 8


class PackageRefusedError(UserError):
    """A package or return that is readable but must not be used (exit code 1)."""


@dataclass(slots=True)
class Package:
    """What a package or return file holds once its signature has been checked."""

    manifest: dict[str, Any]
    members: dict[str, Any]
    signature: dict[str, str]
    sha256: str

    @property
    def kind(self) -> str:
        return str(self.manifest.get("format", ""))


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def derive_key(secret: bytes, *parts: object) -> bytes:
    """A key for one purpose (a desk of an event, NIK hashes…) from the database secret."""
    return hmac.new(secret, "|".join(str(p) for p in parts).encode(), hashlib.sha256).digest()


def _dump(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def write(
    path: str | Path, manifest: dict[str, Any], members: dict[str, Any], keys: dict[str, bytes]
) -> str:
    """Write the zip; the manifest lists each member's SHA-256 and every key in ``keys`` signs
    the manifest bytes. Returns the file's SHA-256."""
    blobs = {name: _dump(value) for name, value in members.items()}
    manifest = {**manifest, "members": {n: hashlib.sha256(b).hexdigest() for n, b in blobs.items()}}
    head = _dump(manifest)
    signature = {name: mac(key, head) for name, key in keys.items()}
    target = Path(path)
    temp = target.with_name(target.name + ".tmp")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, head)
            zf.writestr(SIGNATURE, _dump(signature))
            for name, blob in blobs.items():
                zf.writestr(name, blob)
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FileRejectedError(
            f"Berkas {target.name} tidak dapat ditulis ({exc.strerror}).",
            "Periksa flashdisk atau folder tujuan, lalu ulangi.",
        ) from exc
    return hashlib.sha256(target.read_bytes()).hexdigest()


def read(path: str | Path) -> tuple[Package, bytes]:
    """Read a package without trusting it yet: returns it and the raw manifest bytes that the
    caller verifies with :func:`verify` once it knows which key applies."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise FileRejectedError(
            f"Berkas {source.name} tidak dapat dibaca ({exc.strerror}).",
            "Periksa flashdisk dan nama berkasnya.",
        ) from exc
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS or any(i.file_size > MAX_MEMBER_BYTES for i in infos):
                raise PackageRefusedError(
                    f"Berkas {source.name} bukan paket meja Ikrar Desktop (isinya tidak wajar).",
                    "Pakai berkas yang dibuat oleh Ikrar Desktop.",
                )
            names = {i.filename for i in infos}
            if MANIFEST not in names or SIGNATURE not in names:
                raise PackageRefusedError(
                    f"Berkas {source.name} bukan paket meja Ikrar Desktop.",
                    "Pakai berkas .ikrarmeja atau .ikrarkembali yang dibuat oleh Ikrar Desktop.",
                )
            head = zf.read(MANIFEST)
            blobs = {n: zf.read(n) for n in names - {MANIFEST, SIGNATURE}}
            signature = json.loads(zf.read(SIGNATURE))
            manifest = json.loads(head)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise FileRejectedError(
            f"Berkas {source.name} rusak atau bukan berkas zip paket meja.",
            "Salin ulang berkas dari PC asalnya; bisa jadi penyalinan ke flashdisk terputus.",
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageRefusedError(
            f"Isi berkas {source.name} telah diubah atau rusak (bukan JSON yang sah).",
            "Minta berkas baru dari PC asalnya.",
        ) from exc
    if not isinstance(manifest, dict) or not isinstance(signature, dict):
        raise PackageRefusedError(f"Berkas {source.name} bukan paket meja Ikrar Desktop.")
    if manifest.get("format") not in (PACKAGE_FORMAT, RETURN_FORMAT):
        raise PackageRefusedError(
            f"Berkas {source.name} bukan paket meja Ikrar Desktop.",
            "Pakai berkas .ikrarmeja atau .ikrarkembali yang dibuat oleh Ikrar Desktop.",
        )
    if int(manifest.get("version", 0)) > VERSION:
        raise PackageRefusedError(
            f"Berkas {source.name} dibuat oleh versi Ikrar Desktop yang lebih baru.",
            "Pasang versi yang sama di semua PC.",
        )
    listed = manifest.get("members") or {}
    if set(listed) != set(blobs):
        raise _tampered(source.name)
    for name, blob in blobs.items():
        if hashlib.sha256(blob).hexdigest() != listed[name]:
            raise _tampered(source.name)
    try:
        members = {n: json.loads(b) for n, b in blobs.items()}
    except ValueError as exc:
        raise _tampered(source.name) from exc
    digest = hashlib.sha256(raw).hexdigest()
    return Package(manifest, members, {str(k): str(v) for k, v in signature.items()}, digest), head


def _tampered(name: str) -> PackageRefusedError:
    return PackageRefusedError(
        f"Isi berkas {name} telah diubah sesudah dibuat (tanda tangan tidak cocok); "
        "berkas ini tidak dipakai.",
        "Minta berkas yang asli dari PC asalnya. Jangan membuka atau menyunting berkas ini.",
    )


def verify(name: str, head: bytes, signature: dict[str, str], which: str, key: bytes) -> None:
    """Refuse unless the manifest carries a valid signature ``which`` under ``key``."""
    given = signature.get(which, "")
    if not given or not hmac.compare_digest(given, mac(key, head)):
        raise _tampered(name)
