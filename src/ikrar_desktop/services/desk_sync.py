"""Desk packages: export an event for a desk PC, open it there in desk mode, export its return."""

from __future__ import annotations

import os
import secrets
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.exchange.desk_package import PackageRefusedError
from ikrar_desktop.services.desk_fill import fill_desk
from ikrar_desktop.services.events import get_event, stamp
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.attendance import LOG_COLUMNS
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.events import EVENT_FIELDS

ROW_COLUMNS = tuple(c for c in LOG_COLUMNS if c != "seq")
"""A log row as packages carry it: everything but the local sequence number."""
STATE = (
    "obliged", "not_obliged_reason", "walk_in", "added_at", "status", "status_at",
    "pakta_signed", "pakta_at", "pakta_where", "susulan_date", "susulan_place", "pin", "pin_at",
)  # fmt: skip
MAX_DESK_NAME = 40


@dataclass(slots=True)
class DeskInfo:
    """A desk database: which desk of which event, from which package."""

    name: str
    event_id: int
    event_title: str
    package_id: str
    imported_at: str
    base_seq: int

    def as_dict(self) -> dict[str, object]:
        return {
            "desk": self.name, "event_id": self.event_id, "event_title": self.event_title,
            "package_id": self.package_id, "imported_at": self.imported_at,
        }  # fmt: skip


@dataclass(slots=True)
class ExportResult:
    file: str
    desk: str
    event_id: int
    package_id: str
    people: int
    log_rows: int
    with_nik: int
    passphrase: str = field(default="", repr=False)
    generated: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file, "desk": self.desk, "event_id": self.event_id,
            "package_id": self.package_id, "people": self.people, "log_rows": self.log_rows,
            "people_without_nip": self.with_nik,
            # shown once, only when the program made it up (a given one is not echoed)
            "passphrase": self.passphrase if self.generated else None,
            "passphrase_generated": self.generated,
        }  # fmt: skip


def clean_desk_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError("Nama meja wajib diisi, misalnya 'Meja 1'.", field="desk")
    if len(name) > MAX_DESK_NAME:
        raise ValidationError(f"Nama meja paling panjang {MAX_DESK_NAME} huruf.", field="desk")
    return name


def desk_info(conn: sqlite3.Connection) -> DeskInfo | None:
    """The desk this database is, or None for a main database."""
    if desk_store.setting(conn, desk_store.MODE) != "1":
        return None
    event_id = int(desk_store.setting(conn, desk_store.EVENT) or 0)
    row = conn.execute("SELECT title FROM events WHERE id = ?", (event_id,)).fetchone()
    return DeskInfo(
        desk_store.setting(conn, desk_store.NAME) or "",
        event_id,
        str(row[0]) if row else "",
        desk_store.setting(conn, desk_store.PACKAGE) or "",
        desk_store.setting(conn, desk_store.IMPORTED) or "",
        int(desk_store.setting(conn, desk_store.BASE_SEQ) or 0),
    )


def _refuse_on_desk(conn: sqlite3.Connection, what: str) -> None:
    info = desk_info(conn)
    if info is not None:
        raise UserError(
            f"Database ini adalah database {info.name}; {what} hanya di PC utama.",
            "Buka database utama (tanpa --db database meja).",
        )


def main_keys(conn: sqlite3.Connection) -> tuple[bytes, str]:
    """The database's secret and id, made on first use (call inside a write)."""
    secret = desk_store.setting(conn, desk_store.SECRET)
    db_id = desk_store.setting(conn, desk_store.DATABASE_ID)
    if not secret or not db_id:
        secret, db_id = secrets.token_hex(32), uuid.uuid4().hex
        desk_store.set_settings(conn, {desk_store.SECRET: secret, desk_store.DATABASE_ID: db_id})
    return bytes.fromhex(secret), db_id


def desk_key(secret: bytes, db_id: str, event_id: int, desk: str, package_id: str) -> bytes:
    """The key a desk seals its returns with; only the main PC can derive it again. The label
    changed with the sealed format, so a key read from an old clear package opens nothing."""
    return pkg.derive_key(secret, "desk-v2", db_id, event_id, desk, package_id)


def nik_key(secret: bytes, db_id: str, package_id: str) -> bytes:
    """The key of a package's NIK hashes (travels sealed; lives only in the desk database)."""
    return pkg.derive_key(secret, "nik-v2", db_id, package_id)


def _people(
    conn: sqlite3.Connection, event_id: int, nik_key: bytes
) -> tuple[list[dict[str, Any]], int]:
    cols = ("employee_id", "display_name", "unit_id", "unit_name", "jabatan", "emp_status", "nip")
    rows = conn.execute(
        f"""SELECT {", ".join("o." + c for c in cols + STATE)}, e.gelar_depan, e.nama,
                   e.gelar_belakang, coalesce(o.nik, e.nik)
            FROM obligations o JOIN employees e ON e.id = o.employee_id
            WHERE o.event_id = ? ORDER BY o.id""",
        (event_id,),
    ).fetchall()
    people, with_nik = [], 0
    for row in rows:
        person = dict(zip(cols + STATE, row, strict=False))
        person.update(gelar_depan=row[-4], nama=row[-3], gelar_belakang=row[-2])
        nik = row[-1]
        if not person["nip"] and nik:
            # only what the desk needs to recognise a typed or scanned NIK, never the NIK
            person["nik_masked"] = mask_nik(str(nik))
            person["nik_hash"] = desk_store.nik_hash(nik_key, str(nik))
            with_nik += 1
        people.append(person)
    return people, with_nik


def _log_rows(conn: sqlite3.Connection, event_id: int, after_seq: int = 0) -> list[list[object]]:
    return [
        list(r)
        for r in conn.execute(
            f"""SELECT {", ".join(ROW_COLUMNS)} FROM attendance_log WHERE event_id = ? AND seq > ?
                AND (employee_id IS NULL OR employee_id IN
                     (SELECT employee_id FROM obligations WHERE event_id = ?)) ORDER BY seq""",
            (event_id, after_seq, event_id),
        )
    ]


def export_package(
    conn: sqlite3.Connection,
    event_id: int,
    desk: str,
    out: str | Path,
    *,
    passphrase: str | None = None,
    reissue: bool = False,
    now: datetime | None = None,
) -> ExportResult:
    """Write the desk package for one event and one desk: the event, its people with only the
    identity fields a desk needs, its log so far and the desk's keys, all sealed under the
    desk passphrase (made up when ``passphrase`` is None; returned once, never stored)."""
    _refuse_on_desk(conn, "paket meja dibuat")
    name = clean_desk_name(desk)
    generated = passphrase is None
    phrase = pkg.new_passphrase() if passphrase is None else passphrase
    event = get_event(conn, event_id)
    rules.check_editable(event.status, event.title)
    sealing = pkg.package_key(phrase)  # a too-short one is refused before anything is written
    at = stamp(now)
    with write(conn):
        if name in desk_store.desk_names(conn, event_id) and not reissue:
            raise UserError(
                f"Meja '{name}' sudah dibuatkan paket untuk kegiatan ini.",
                "Pakai nama meja lain, atau buat ulang paketnya (--ulang) bila paket lama hilang.",
            )
        secret, db_id = main_keys(conn)
        package_id = uuid.uuid4().hex
        key = desk_key(secret, db_id, event_id, name, package_id)
        nik = nik_key(secret, db_id, package_id)
        people, with_nik = _people(conn, event_id, nik)
        log = _log_rows(conn, event_id)
        desk_store.insert_package(conn, package_id, event_id, name, at, len(people))
        row = conn.execute(
            f"SELECT {', '.join(EVENT_FIELDS)}, status, created_at, updated_at FROM events "
            "WHERE id = ?",
            (event_id,),
        ).fetchone()
        event_values = dict(
            zip((*EVENT_FIELDS, "status", "created_at", "updated_at"), row, strict=True)
        )
        # in clear only what tells the clerk which package this is; bound to the seal
        manifest = {
            "format": pkg.PACKAGE_FORMAT, "version": pkg.VERSION, "package_id": package_id,
            "event_title": event.title, "desk": name, "created_at": at,
        }  # fmt: skip
        payload = {
            "database_id": db_id, "package_id": package_id, "event_id": event_id, "desk": name,
            "keys": {"desk": key.hex(), "nik": nik.hex()}, "log_columns": list(ROW_COLUMNS),
            "event": event_values, "people": people, "log": log,
        }  # fmt: skip
        pkg.seal_package(out, manifest, payload, sealing)
    return ExportResult(str(out), name, event_id, package_id, len(people), len(log), with_nik,
                        phrase, generated)  # fmt: skip


def _check_empty(conn: sqlite3.Connection, package_id: str) -> DeskInfo | None:
    info = desk_info(conn)
    if info is not None:
        if info.package_id == package_id:
            return info
        raise PackageRefusedError(
            f"Database ini sudah menjadi database {info.name} untuk kegiatan "
            f"'{info.event_title}'; paket lain tidak dapat dibuka ke dalamnya.",
            "Buka paket ini ke database meja yang baru (--db berkas-baru.sqlite).",
        )
    used = conn.execute(
        "SELECT (SELECT count(*) FROM employees) + (SELECT count(*) FROM events)"
    ).fetchone()[0]
    if used:
        raise PackageRefusedError(
            "Database ini sudah berisi data pegawai atau kegiatan; paket meja hanya dibuka ke "
            "database meja yang baru.",
            "Pakai --db dengan nama berkas baru, misalnya meja1.sqlite.",
        )
    return None


@dataclass(slots=True)
class PackageLabel:
    """What a package tells before its passphrase is typed (never a key or a person)."""

    desk: str
    event_title: str
    created_at: str


def peek_package(path: str | Path) -> PackageLabel:
    """Which desk and event a package is for, to show beside the passphrase prompt."""
    found = pkg.read(path)
    if found.kind == pkg.RETURN_FORMAT:
        raise _return_not_package(found.name)
    m = found.manifest
    return PackageLabel(str(m.get("desk", "")), str(m.get("event_title", "")),
                        str(m.get("created_at", "")))  # fmt: skip


def _return_not_package(name: str) -> PackageRefusedError:
    return PackageRefusedError(
        f"{name} adalah berkas kembalian meja (untuk digabung di PC utama), bukan paket meja.",
        "Di PC utama: menu Meja › Gabungkan berkas kembalian.",
    )


def import_package(
    conn: sqlite3.Connection, path: str | Path, passphrase: str, *, now: datetime | None = None
) -> DeskInfo:
    """On the desk PC: open a desk package with its passphrase, fill this (new) database from
    it and switch it to desk mode. A wrong passphrase imports nothing; opening the same package
    again changes nothing."""
    found = pkg.read(path)
    name = found.name
    if found.kind == pkg.RETURN_FORMAT:
        raise _return_not_package(name)
    m = pkg.open_package(found, passphrase)
    try:
        key = bytes.fromhex(str(m["keys"]["desk"]))
        nik = bytes.fromhex(str(m["keys"]["nik"]))
        event_id, package_id = int(m["event_id"]), str(m["package_id"])
        desk = clean_desk_name(str(m["desk"]))
        if package_id != found.manifest.get("package_id") or desk != found.manifest.get("desk"):
            raise ValueError("the sealed and the clear names differ")
        members = {"event.json": m["event"], "people.json": m["people"], "log.json": m["log"]}
    except (KeyError, ValueError, TypeError) as exc:
        raise pkg.tampered(name) from exc
    at = stamp(now)
    with write(conn):
        existing = _check_empty(conn, package_id)
        if existing is not None:
            return existing
        try:
            fill_desk(conn, event_id, members, STATE, ROW_COLUMNS)
        except (KeyError, TypeError, ValueError, sqlite3.IntegrityError) as exc:
            raise pkg.tampered(name) from exc
        base = conn.execute("SELECT coalesce(max(seq), 0) FROM attendance_log").fetchone()[0]
        desk_store.set_settings(conn, {
            desk_store.MODE: "1", desk_store.NAME: desk, desk_store.EVENT: str(event_id),
            desk_store.PACKAGE: package_id, desk_store.MAIN_ID: str(m["database_id"]),
            desk_store.KEY: key.hex(), desk_store.NIK_KEY: nik.hex(),
            desk_store.BASE_SEQ: str(base),
            desk_store.MAIN_EXPORTED: str(found.manifest.get("created_at", "")),
            desk_store.IMPORTED: at, desk_store.FORMAT: str(pkg.VERSION),
        })  # fmt: skip
    info = desk_info(conn)
    assert info is not None
    return info


@dataclass(slots=True)
class ReturnResult:
    file: str
    desk: str
    event_id: int
    rows: int
    desk_clock: str

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "desk": self.desk, "event_id": self.event_id,
                "rows": self.rows, "desk_clock": self.desk_clock}  # fmt: skip


def export_return(
    conn: sqlite3.Connection, out: str | Path, *, now: datetime | None = None
) -> ReturnResult:
    """On the desk PC: write every action recorded here (ids, times, operator, desk) and this
    PC's clock, signed with the desk's key. Export as often as you like: merging is idempotent."""
    info = desk_info(conn)
    if info is None:
        raise UserError(
            "Database ini bukan database meja; berkas kembalian hanya dibuat di PC meja.",
            "Buka database meja (--db meja1.sqlite) yang dibuat dari paket meja.",
        )
    if desk_store.setting(conn, desk_store.FORMAT) != str(pkg.VERSION):
        raise PackageRefusedError(
            f"Database {info.name} dibuat dari paket meja versi lama (tanpa kata sandi); PC "
            "utama tidak akan menerima berkas kembaliannya.",
            "Minta paket baru dari PC utama, buka ke database meja yang baru dengan kata "
            "sandinya, lalu catat di sana.",
        )
    rows = _log_rows(conn, info.event_id, info.base_seq)
    clock = stamp(now)
    manifest = {
        "format": pkg.RETURN_FORMAT, "version": pkg.VERSION,
        "database_id": desk_store.setting(conn, desk_store.MAIN_ID) or "",
        "package_id": info.package_id, "event_id": info.event_id,
        "event_title": info.event_title, "desk": info.name,
        "main_exported_at": desk_store.setting(conn, desk_store.MAIN_EXPORTED) or "",
        "desk_imported_at": info.imported_at, "desk_clock": clock, "rows": len(rows),
        "log_columns": list(ROW_COLUMNS),
    }  # fmt: skip
    key = bytes.fromhex(desk_store.setting(conn, desk_store.KEY) or "")
    pkg.write(out, manifest, {"log": rows}, pkg.return_key(key))
    return ReturnResult(str(out), info.name, info.event_id, len(rows), clock)


def use_desk_station(conn: sqlite3.Connection) -> None:
    """On a desk database every action this process records carries the desk's name as its
    station (one database per process: the GUI and the CLI open exactly one)."""
    info = desk_info(conn)
    if info is not None:
        os.environ["IKRAR_STATION"] = info.name
