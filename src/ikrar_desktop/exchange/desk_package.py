"""Desk package and return files: a clear manifest and one AEAD-sealed payload in a zip."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ikrar_desktop.errors import FileRejectedError, UserError, ValidationError

PACKAGE_FORMAT = "ikrar-desk-package"
RETURN_FORMAT = "ikrar-desk-return"
VERSION = 2
"""2: sealed (no key or personal data in clear). 1 held the desk and NIK keys in clear."""
PACKAGE_SUFFIX = ".ikrarmeja"
RETURN_SUFFIX = ".ikrarkembali"
MANIFEST = "manifest.json"
SEALED = "sealed.bin"
CIPHER = "AES-256-GCM"
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # 100,000 people with their log fit many times over
MAX_MEMBERS = 8
MAX_MANIFEST_BYTES = 64 * 1024

# scrypt for the desk passphrase: 2**17 × 8 × 128 B = 128 MiB and ~0.4 s per try
KDF_LOG2_N = 17
KDF_R = 8
KDF_P = 1
MAX_KDF_MEMORY = 512 * 1024 * 1024  # a package asking for more is refused before deriving
MIN_PASSPHRASE = 12
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed without doubt
GROUPS, GROUP_SIZE = 4, 4  # 16 symbols of 31: ≈ 79 bits


class PackageRefusedError(UserError):
    """A package or return that is readable but must not be used (exit code 1)."""


@dataclass(slots=True)
class Sealed:
    """A package or return as read from disk: its clear manifest and the sealed payload."""

    name: str
    manifest: dict[str, Any]
    head: bytes
    blob: bytes
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


# -- passphrases --------------------------------------------------------------------


def new_passphrase() -> str:
    """A random desk passphrase such as ``K7QM-3XRT-9WHP-B4ND`` (≈ 79 bits)."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def normalize_passphrase(raw: str) -> str:
    """The passphrase as the key is derived from it: case, spaces and dashes do not count.
    Refuses one shorter than :data:`MIN_PASSPHRASE` characters."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(ch for ch in text if not ch.isspace() and ch != "-").casefold()
    if len(text) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Kata sandi meja terlalu pendek (paling sedikit {MIN_PASSPHRASE} huruf/angka, "
            "tanpa menghitung spasi dan tanda hubung).",
            "Biarkan program membuatkan kata sandi (tanpa --passphrase), atau pakai yang lebih "
            "panjang.",
            field="passphrase",
        )
    return text


def _kdf_params() -> dict[str, object]:
    return {"name": "scrypt", "salt": secrets.token_hex(16), "log2_n": KDF_LOG2_N,
            "r": KDF_R, "p": KDF_P}  # fmt: skip


def passphrase_key(passphrase: str, kdf: object, name: str = "") -> bytes:
    """The 256-bit sealing key of a package from its passphrase and the manifest's scrypt
    parameters (refused when they are not scrypt or would take unreasonable memory)."""
    try:
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise ValueError("not scrypt")
        salt = bytes.fromhex(str(kdf["salt"]))
        log2_n, r, p = int(kdf["log2_n"]), int(kdf["r"]), int(kdf["p"])
        if not (len(salt) >= 16 and 1 <= log2_n <= 24 and 1 <= r <= 32 and 1 <= p <= 4):
            raise ValueError("out of range")
        if 128 * r * (2**log2_n) * p > MAX_KDF_MEMORY:
            raise ValueError("too much memory")
    except (KeyError, ValueError, TypeError) as exc:
        raise tampered(name) from exc
    scrypt = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return scrypt.derive(normalize_passphrase(passphrase).encode())


def return_key(desk_key: bytes) -> bytes:
    """The key a desk seals its returns with, from its desk key (only the main PC can derive
    the desk key again)."""
    return derive_key(desk_key, "ikrar-desk-return", VERSION)


# -- writing and reading ------------------------------------------------------------


def write(path: str | Path, manifest: dict[str, Any], payload: object, key: bytes) -> str:
    """Write the zip: ``manifest`` stays readable and is bound as associated data; ``payload``
    is compressed JSON sealed with AES-256-GCM under ``key``. Returns the file's SHA-256."""
    nonce = os.urandom(12)
    head = _dump({**manifest, "cipher": CIPHER, "nonce": nonce.hex()})
    blob = AESGCM(key).encrypt(nonce, zlib.compress(_dump(payload), 6), head)
    target = Path(path)
    temp = target.with_name(target.name + ".tmp")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, head)
            zf.writestr(SEALED, blob)
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FileRejectedError(
            f"Berkas {target.name} tidak dapat ditulis ({exc.strerror}).",
            "Periksa flashdisk atau folder tujuan, lalu ulangi.",
        ) from exc
    return hashlib.sha256(target.read_bytes()).hexdigest()


def package_key(passphrase: str) -> tuple[dict[str, object], bytes]:
    """Fresh scrypt parameters (a random salt) and the key they give for ``passphrase``; the
    parameters go into the package's manifest (see :func:`seal_package`)."""
    kdf = _kdf_params()
    return kdf, passphrase_key(passphrase, kdf)


def seal_package(
    path: str | Path,
    manifest: dict[str, Any],
    payload: object,
    sealing: tuple[dict[str, object], bytes],
) -> str:
    """Write a desk package sealed under a key from :func:`package_key` (derived before the
    caller's transaction: scrypt takes a noticeable moment)."""
    kdf, key = sealing
    return write(path, {**manifest, "kdf": kdf}, payload, key)


def read(path: str | Path) -> Sealed:
    """Read a package or return without opening its seal (see :func:`open_package` and
    :func:`open_return`)."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise FileRejectedError(
            f"Berkas {source.name} tidak dapat dibaca ({exc.strerror}).",
            "Periksa flashdisk dan nama berkasnya.",
        ) from exc
    not_ours = PackageRefusedError(
        f"Berkas {source.name} bukan paket meja Ikrar Desktop.",
        "Pakai berkas .ikrarmeja atau .ikrarkembali yang dibuat oleh Ikrar Desktop.",
    )
    try:
        with zipfile.ZipFile(source) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            if len(infos) > MAX_MEMBERS or any(
                i.file_size > MAX_MEMBER_BYTES for i in infos.values()
            ):
                raise PackageRefusedError(
                    f"Berkas {source.name} bukan paket meja Ikrar Desktop (isinya tidak wajar).",
                    "Pakai berkas yang dibuat oleh Ikrar Desktop.",
                )
            if MANIFEST not in infos or infos[MANIFEST].file_size > MAX_MANIFEST_BYTES:
                raise not_ours
            head = zf.read(MANIFEST)
            manifest = json.loads(head)
            blob = zf.read(SEALED) if SEALED in infos else b""
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise FileRejectedError(
            f"Berkas {source.name} rusak atau bukan berkas zip paket meja.",
            "Salin ulang berkas dari PC asalnya; bisa jadi penyalinan ke flashdisk terputus.",
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise tampered(source.name) from exc
    if not isinstance(manifest, dict) or manifest.get("format") not in (
        PACKAGE_FORMAT, RETURN_FORMAT,
    ):  # fmt: skip
        raise not_ours
    try:
        version = int(manifest.get("version", 0))
    except (TypeError, ValueError) as exc:
        raise tampered(source.name) from exc
    if version > VERSION:
        raise PackageRefusedError(
            f"Berkas {source.name} dibuat oleh versi Ikrar Desktop yang lebih baru.",
            "Pasang versi yang sama di semua PC.",
        )
    if version < VERSION:
        raise _old(source.name, manifest.get("format") == PACKAGE_FORMAT)
    if not blob:
        raise tampered(source.name)
    return Sealed(source.name, manifest, head, blob, hashlib.sha256(raw).hexdigest())


def _old(name: str, package: bool) -> PackageRefusedError:
    if package:
        return PackageRefusedError(
            f"{name} adalah paket meja versi lama tanpa kata sandi; paket seperti itu tidak "
            "dibuka lagi karena kuncinya terbaca oleh siapa pun yang memegang flashdisk.",
            "Di PC utama buat paket baru untuk meja ini (Meja › Buat paket meja, atau "
            "desk export … --ulang) dan catat kata sandinya.",
        )
    return PackageRefusedError(
        f"{name} adalah berkas kembalian dari paket meja versi lama (tanpa kata sandi); "
        "keasliannya tidak dapat dipastikan, jadi tidak digabung.",
        "Buat paket meja baru di PC utama, buka di PC meja dengan kata sandinya, dan catat "
        "ulang di sana.",
    )


def _unseal(found: Sealed, key: bytes) -> Any:
    try:
        nonce = bytes.fromhex(str(found.manifest.get("nonce", "")))
        if found.manifest.get("cipher") != CIPHER or len(nonce) != 12:
            raise InvalidTag
        packed = AESGCM(key).decrypt(nonce, found.blob, found.head)
    except ValueError as exc:
        raise InvalidTag from exc
    inflate = zlib.decompressobj()
    try:
        data = inflate.decompress(packed, MAX_MEMBER_BYTES)
        if inflate.unconsumed_tail:
            raise PackageRefusedError(f"Isi berkas {found.name} terlalu besar untuk paket meja.")
        return json.loads(data)
    except (zlib.error, ValueError) as exc:
        raise tampered(found.name) from exc


def open_package(found: Sealed, passphrase: str) -> Any:
    """The payload of a desk package; a wrong passphrase (or a changed file) is refused."""
    try:
        return _unseal(found, passphrase_key(passphrase, found.manifest.get("kdf"), found.name))
    except (InvalidTag, ValidationError) as exc:  # a too-short one is just as wrong
        raise PackageRefusedError(
            f"Kata sandi meja untuk {found.name} salah (atau berkasnya telah diubah); "
            "tidak ada yang dibuka.",
            "Ketik kata sandi yang dicatat saat paket dibuat di PC utama (huruf besar/kecil, "
            "spasi dan tanda hubung tidak berpengaruh). Bila hilang, buat paket baru di PC "
            "utama (desk export … --ulang).",
        ) from exc


def open_return(found: Sealed, desk_key: bytes) -> Any:
    """The payload of a return; refused unless sealed with this desk's key."""
    try:
        return _unseal(found, return_key(desk_key))
    except InvalidTag as exc:
        raise tampered(found.name) from exc


def tampered(name: str) -> PackageRefusedError:
    return PackageRefusedError(
        f"Isi berkas {name} telah diubah sesudah dibuat, atau tidak dibuat dengan kunci meja "
        "yang sah (segel tidak cocok); berkas ini tidak dipakai.",
        "Minta berkas yang asli dari PC asalnya. Jangan membuka atau menyunting berkas ini.",
    )
