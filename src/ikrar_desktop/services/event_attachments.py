"""Photos and scans kept with an event, checked by SHA-256 like case evidence."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ikrar_desktop.services import stored_files
from ikrar_desktop.services.events import default_operator, get_event
from ikrar_desktop.store import event_attachments as store
from ikrar_desktop.store.clock import now_iso
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.event_attachments import AttachmentRow


@dataclass(slots=True)
class AttachmentCheck:
    """``intact``: the stored copy still matches its hash; ``original``: the file it was taken
    from, on disk now (``sama`` / ``berubah`` / ``tidak ada``)."""

    attachment: AttachmentRow
    intact: bool
    actual: str
    original: str

    def as_dict(self) -> dict[str, object]:
        return {**self.attachment.as_dict(), "intact": self.intact, "actual_sha256": self.actual,
                "original": self.original}  # fmt: skip


def attach(
    conn: sqlite3.Connection,
    event_id: int,
    file_name: str,
    data: bytes,
    *,
    mime: str = "",
    caption: str = "",
    source_path: str = "",
    operator: str | None = None,
) -> tuple[AttachmentRow, bool]:
    """Keep one file with the event; the same bytes again add nothing (``False``). Allowed
    after the event is closed: the report upward is written afterwards."""
    name, kind = stored_files.checked(file_name, data, mime, what="berkas lampiran")
    digest = stored_files.sha256(data)
    with write(conn):
        get_event(conn, event_id)
        same = store.find_hash(conn, event_id, digest)
        if same is not None:
            return same, False
        new_id = store.insert(
            conn,
            {
                "event_id": event_id, "file_name": name, "mime": kind, "size": len(data),
                "sha256": digest, "data": data, "caption": " ".join(caption.split()),
                "source_path": source_path,
                "operator": default_operator(conn) if operator is None else operator,
                "added_at": now_iso(),
            },
        )  # fmt: skip
    return _blob(conn, new_id)[0], True


def attach_file(
    conn: sqlite3.Connection, event_id: int, path: str | Path, *, caption: str = ""
) -> tuple[AttachmentRow, bool]:
    source = Path(path)
    data = stored_files.read(source)
    return attach(conn, event_id, source.name, data, caption=caption,
                  source_path=str(source.resolve()))  # fmt: skip


def list_attachments(conn: sqlite3.Connection, event_id: int) -> list[AttachmentRow]:
    get_event(conn, event_id)
    return store.list_rows(conn, event_id)


def _blob(conn: sqlite3.Connection, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    return stored_files.found(store.blob(conn, attachment_id),
                              f"Lampiran dengan id {attachment_id} tidak ditemukan.")  # fmt: skip


def check_attachments(conn: sqlite3.Connection, event_id: int) -> list[AttachmentCheck]:
    """Every attachment of the event: stored copy re-hashed, original file compared."""
    out = []
    for row in list_attachments(conn, event_id):
        data = _blob(conn, row.id)[1]
        original = (
            stored_files.compare_on_disk(row.source_path, row.sha256) if row.source_path else ""
        )
        out.append(AttachmentCheck(row, stored_files.intact(data, row.sha256, row.size),
                                   stored_files.sha256(data), original))  # fmt: skip
    return out
