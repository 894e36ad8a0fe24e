"""Event witnesses and guests outside the registry (Forkopimda, KPU, Bawaslu, BKN…)."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import NotFoundError, ValidationError
from ikrar_desktop.services.events import editable, get_event
from ikrar_desktop.store import witnesses as store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.witnesses import WitnessRow


def _clean(text: str) -> str:
    return " ".join(text.split())


def list_witnesses(conn: sqlite3.Connection, event_id: int) -> list[WitnessRow]:
    get_event(conn, event_id)
    return store.rows(conn, event_id)


def add_witness(
    conn: sqlite3.Connection, event_id: int, name: str, jabatan: str = "", instansi: str = ""
) -> tuple[WitnessRow, bool]:
    """Append a witness; the same name and jabatan again adds nothing (``False``). Refused on
    a closed event, as the event form is."""
    nama, jab, ins = _clean(name), _clean(jabatan), _clean(instansi)
    if not nama:
        raise ValidationError("Nama saksi wajib diisi.", field="nama")
    with write(conn):
        editable(conn, event_id)
        for row in store.rows(conn, event_id):
            if (fold(row.name), fold(row.jabatan)) == (fold(nama), fold(jab)):
                return row, False
        new_id = store.append(conn, event_id, nama, ins, jab)
        found = store.get(conn, event_id, new_id)
    assert found is not None
    return found, True


def remove_witness(conn: sqlite3.Connection, event_id: int, witness_id: int) -> WitnessRow:
    """Remove one witness by the id ``list_witnesses`` shows; refused on a closed event."""
    with write(conn):
        editable(conn, event_id)
        found = store.get(conn, event_id, witness_id)
        if found is None:
            ids = ", ".join(str(r.id) for r in store.rows(conn, event_id)) or "belum ada saksi"
            raise NotFoundError(
                f"Saksi dengan id {witness_id} tidak ada pada kegiatan #{event_id}.",
                f"Id saksi kegiatan ini: {ids}.",
            )
        store.delete(conn, witness_id)
    return found
