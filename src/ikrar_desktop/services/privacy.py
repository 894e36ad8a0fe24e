"""Personal data on request (UU 27/2022): disclosures logged, a person erased from the file."""

from __future__ import annotations

import json
import sqlite3

from ikrar_desktop.domain.text import clean_text
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services.access import require_admin
from ikrar_desktop.store.audit import IS_BATCH, append_rows, expand, join_states
from ikrar_desktop.store.connection import session_of, write
from ikrar_desktop.store.disclosure import log_disclosure, recent
from ikrar_desktop.store.session import digest

__all__ = ["erase_person", "log_disclosure", "recent"]


def erase_person(conn: sqlite3.Connection, employee_id: int, reason: str) -> None:
    """Delete a person with no pledge history and scrub them from the audit trail.

    The audit rows keep the SHA-256 of what they held (so the chain still verifies) and an
    'erase' row records only the fact, the reason and who did it. ``secure_delete`` and a
    ``VACUUM`` then leave no copy of the data in free pages or the WAL.
    """
    why = clean_text(reason, "alasan", "Alasan penghapusan", field="reason").replace("\n", " ")
    if not why:
        raise ValidationError("Alasan penghapusan wajib diisi (mis. permintaan yang bersangkutan).")
    require_admin(conn)
    key = str(employee_id)
    session = session_of(conn)
    conn.execute("PRAGMA secure_delete = ON")
    with write(conn):
        if conn.execute("SELECT 1 FROM employees WHERE id = ?", (employee_id,)).fetchone() is None:
            raise NotFoundError(f"Pegawai dengan id {employee_id} tidak ditemukan.")
        try:
            conn.execute("DELETE FROM employees WHERE id = ?", (employee_id,))
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                "Pegawai ini sudah punya riwayat ikrar/pakta; catatan resmi itu wajib disimpan "
                "sesuai jadwal retensi arsip, jadi datanya tidak dapat dihapus sekarang.",
                "Nonaktifkan saja; hapus setelah masa retensinya habis.",
            ) from exc
        rows = conn.execute(
            "SELECT seq, before, after FROM audit_log WHERE tbl = 'employees' AND row_key = ? "
            "AND erased IS NULL",
            (key,),
        ).fetchall()
        changes: list[tuple[str | None, str | None, str, int]] = [
            (None, None, json.dumps([digest(b), digest(a)]), seq) for seq, b, a in rows
        ]
        changes += _scrubbed_batches(conn, key)
        session.erasing = True
        try:
            conn.executemany(
                "UPDATE audit_log SET before = ?, after = ?, erased = ? WHERE seq = ?", changes
            )
        finally:
            session.erasing = False
        append_rows(conn, [("employees", key, "erase", None, json.dumps({"alasan": why}))])
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _scrubbed_batches(
    conn: sqlite3.Connection, key: str
) -> list[tuple[str | None, str | None, str, int]]:
    """Batch rows (bulk import) holding the person: their element becomes null, the others
    stay as they were, and ``erased`` keeps the digests of the texts the chain was built on."""
    rows = conn.execute(
        f"""SELECT seq, row_key, before, after, erased FROM audit_log
            WHERE tbl = 'employees' AND action IN ({", ".join("?" * len(IS_BATCH))})
            AND EXISTS (SELECT 1 FROM json_each(audit_log.row_key) WHERE value = ?)""",
        (*sorted(IS_BATCH), key),
    ).fetchall()
    out = []
    for seq, keys, before, after, erased in rows:
        kept = erased or json.dumps([digest(before), digest(after)])
        out.append((_without(conn, keys, before, key), _without(conn, keys, after, key), kept, seq))
    return out


def _without(conn: sqlite3.Connection, keys: str, states: str | None, key: str) -> str | None:
    if states is None:
        return None
    return join_states([None if k == key else s for k, s in expand(conn, keys, states)])
