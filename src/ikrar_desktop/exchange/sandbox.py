"""Read an untrusted spreadsheet in a child process with time, memory and cancel limits."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange import reader_wire as wire
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet, SpreadsheetRejectedError, rejected

MB = 1024 * 1024
_POLL = 0.05  # seconds between checks of cancel / time / memory
_RSS_EVERY = 0.05
# Address-space backstop set in the child on POSIX; generous because virtual size far exceeds
# RSS (allocator arenas, mapped libraries). The RSS watch in the parent is the real limit.
_AS_FACTOR, _AS_EXTRA = 2, 1024 * MB

# What the child does with the file once it has it: ``(conn, path, fmt, max_rows, max_cols)``,
# answering on ``conn``. A module-level function, so a spawned child can import it by name.
ChildRead: TypeAlias = Callable[[Any, str, str, int, int], None]


class ReadCancelled(Exception):
    """The clerk cancelled the read; the child was killed."""


@dataclass
class ReadLimits:
    seconds: float = 60.0
    memory_mb: int = 512
    max_rows: int = 200_000
    max_cols: int = 300


def read_spreadsheet(
    path: str | Path,
    limits: ReadLimits | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[str], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> RawBook:
    """Sniff and pre-scan here (cheap), parse in a sandboxed child, refuse an empty book.

    ``meanwhile`` is called once the child has the file: work to start while it reads (any
    earlier, and a thread it starts would hold the GIL while the job is still being sent).
    """
    fmt = prepare(path, progress)
    book = run_child(str(path), fmt, limits or ReadLimits(), cancel, progress, meanwhile)
    return require_rows(book)


def prepare(path: str | Path, progress: Callable[[str], None] | None) -> str:
    from ikrar_desktop.exchange.sniff import sniff_format
    from ikrar_desktop.exchange.zipscan import prescan_zip

    if progress:
        progress("Memeriksa berkas…")
    fmt = sniff_format(path)
    if fmt in ("xlsx", "xlsm", "ods"):
        prescan_zip(path)
    return fmt


def require_rows(book: RawBook) -> RawBook:
    if not book.has_data():
        raise rejected(rb.NO_ROWS, "Tidak ada baris data di berkas ini (semua lembar kosong).")
    return book


class _Reader:
    """One spawned child, its imports done, waiting for the one file it will read."""

    def __init__(self, as_limit: int, read: ChildRead) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.as_limit = as_limit
        self.read = read
        self.receiver, sender = ctx.Pipe(duplex=False)
        job_out, self.jobs = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(
            target=_child_entry,
            args=(sender, job_out, as_limit, read),
            name="ikrar-spreadsheet-reader",
            daemon=True,
        )
        self.proc.start()
        sender.close()
        job_out.close()

    def usable(self, as_limit: int, read: ChildRead) -> bool:
        return self.as_limit == as_limit and self.read is read and self.proc.is_alive()

    def close(self) -> None:
        for end in (self.jobs, self.receiver):
            end.close()
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.proc.close()


# A spare reader is kept ready only where more files are likely to follow (the app sets
# this): each reader still reads exactly one file and is then killed, so a hostile file can
# never leave anything behind for the next one.
_warm = False
_spare: _Reader | None = None
_spare_lock = threading.Lock()


def stay_warm(on: bool = True) -> None:
    """Keep one reader started ahead (or stop doing so and end the spare one)."""
    global _warm, _spare
    _warm = on
    if not on:
        with _spare_lock:
            spare, _spare = _spare, None
        if spare is not None:
            spare.close()


def prewarm(limits: ReadLimits | None = None, read: ChildRead | None = None) -> None:
    """Start a spare reader now, e.g. when the import wizard opens; a no-op if one waits.

    ``read`` is what the child will do with its file (the real read unless a test says).
    """
    global _spare
    as_limit, read = _as_limit(limits or ReadLimits()), read or _read_book
    with _spare_lock:
        if _spare is not None and _spare.usable(as_limit, read):
            return
        old, _spare = _spare, _Reader(as_limit, read)
    if old is not None:
        old.close()


def _as_limit(limits: ReadLimits) -> int:
    return limits.memory_mb * MB * _AS_FACTOR + _AS_EXTRA


def _take_reader(as_limit: int, read: ChildRead) -> _Reader:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        if spare.usable(as_limit, read):
            return spare
        spare.close()
    return _Reader(as_limit, read)


def run_child(
    path: str,
    fmt: str,
    limits: ReadLimits,
    cancel: threading.Event | None = None,
    progress: Callable[[str], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
    read: ChildRead | None = None,
) -> RawBook:
    """Parse ``path`` as ``fmt`` in a spawned child; enforce the limits from here.

    ``read`` replaces what the child does with the file (tests pass misbehaving ones); the
    spare started afterwards always does the real read.
    """
    import psutil

    reader = _take_reader(_as_limit(limits), read or _read_book)
    if progress:
        progress("Membaca berkas…")
    try:
        try:
            reader.jobs.send((path, fmt, limits.max_rows, limits.max_cols))
        except OSError:  # the reader died before it got the file
            raise _crash_error() from None
        watch = psutil.Process(reader.proc.pid)
        if meanwhile is not None:
            meanwhile()
        return _watch(reader, limits, watch, cancel, progress)
    finally:
        reader.close()
        if _warm:
            prewarm(limits)


def _watch(
    reader: _Reader,
    limits: ReadLimits,
    watch: Any,
    cancel: threading.Event | None,
    progress: Callable[[str], None] | None,
) -> RawBook:
    """Collect the child's messages until it is done, within the time and memory limits."""
    receiver, proc = reader.receiver, reader.proc
    started = time.monotonic()
    chunks: dict[int, list[list[list[object]]]] = {}
    next_rss = 0.0
    while True:
        if cancel is not None and cancel.is_set():
            raise ReadCancelled("Pembacaan berkas dibatalkan.")
        now = time.monotonic()
        if now - started > limits.seconds:
            raise rejected(
                rb.TIMEOUT,
                "Berkas terlalu berat/rusak: pembacaan dihentikan setelah "
                f"{limits.seconds:g} detik.",
            )
        if now >= next_rss:
            next_rss = now + _RSS_EVERY
            if _rss(watch) > limits.memory_mb * MB:
                raise _memory_error(limits)
        if not receiver.poll(_POLL):
            if not proc.is_alive() and not receiver.poll(0):
                raise _crash_error()
            continue
        try:
            data = receiver.recv_bytes()
        except (EOFError, OSError):
            raise _crash_error() from None
        msg = wire.decode(data)
        kind = msg[0]
        if kind == "rows":
            seq, chunk = wire.rows_of(msg)
            chunks.setdefault(seq, []).append(chunk)
        elif kind == "progress":
            if progress and len(msg) == 2 and type(msg[1]) is str:
                progress(msg[1])
        elif kind == "done":
            return wire.book_of(msg, chunks)
        elif kind == "error":
            raise wire.rejection_of(msg)
        else:
            raise wire.garbled()


def _rss(watch: Any) -> int:
    import psutil

    try:
        return int(watch.memory_info().rss)
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return 0


def _memory_error(limits: ReadLimits) -> SpreadsheetRejectedError:
    return rejected(
        rb.MEMORY,
        f"Berkas terlalu berat: pembacaan memakai memori lebih dari {limits.memory_mb} MB "
        "dan dihentikan.",
    )


def _crash_error() -> SpreadsheetRejectedError:
    return rejected(rb.CRASH, "Pembaca berkas berhenti mendadak (berkas kemungkinan rusak).")


# --- child side: keep imports minimal; this runs in a fresh interpreter ---


def _child_entry(conn: Any, jobs: Any, as_limit: int, read: ChildRead) -> None:
    _limit_address_space(as_limit)
    try:
        import python_calamine  # noqa: F401  (imported while no file waits for it)

        import ikrar_desktop.exchange.readers  # noqa: F401

        try:
            path, fmt, max_rows, max_cols = jobs.recv()
        except (EOFError, OSError):  # the parent ended or dropped the spare
            return
        read(conn, path, fmt, max_rows, max_cols)
    except SpreadsheetRejectedError as exc:
        conn.send_bytes(wire.encode(wire.error_message(exc)))
    except MemoryError:
        too_big = "Berkas terlalu berat: memori tidak cukup untuk membacanya."
        conn.send_bytes(wire.encode(wire.error_message(rejected(rb.MEMORY, too_big))))
    finally:
        jobs.close()
        conn.close()


def _read_book(conn: Any, path: str, fmt: str, max_rows: int, max_cols: int) -> None:
    """The real read: stream each sheet's rows as they are parsed, then the book's shape."""
    from ikrar_desktop.exchange.readers import read_book

    def send(msg: list[Any]) -> None:
        conn.send_bytes(wire.encode(msg))

    seq_of: dict[int, int] = {}
    keep: list[RawSheet] = []  # keeps ids unique while the read runs

    def on_rows(sheet: RawSheet, chunk: list[list[object]]) -> None:
        if id(sheet) not in seq_of:
            seq_of[id(sheet)] = len(keep)
            keep.append(sheet)
            send(wire.progress_message(f"Membaca lembar '{sheet.name}'…"))
        send(wire.rows_message(seq_of[id(sheet)], chunk))

    book = read_book(path, fmt, max_rows=max_rows, max_cols=max_cols, on_rows=on_rows)
    seqs = [seq_of.get(id(s), -1) for s in book.sheets]
    send(wire.done_message(book, seqs))


def _limit_address_space(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's RSS watch is the only limit
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass
