"""Refuse zip bombs and lying zip archives from the central directory alone, before any parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import rejected

MB = 1024 * 1024
_LOCAL_HEADER = 30
# Slack for data descriptors and local "extra" fields that differ from the central directory.
_SPAN_SLACK = 64 * 1024


def prescan_zip(
    path: str | Path,
    *,
    max_total_uncompressed: int = 300 * MB,
    max_member: int = 150 * MB,
    max_ratio: float = 250.0,
    ratio_floor: int = 1 * MB,
    max_entries: int = 1000,
) -> None:
    """Raise SpreadsheetRejectedError when the archive's declared sizes look like an attack.

    Only the central directory is read. The readers themselves refuse to inflate more than a
    member's declared size, so checking declared sizes bounds what parsing can cost.
    """
    p = Path(path)
    try:
        file_size = p.stat().st_size
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            dir_start = int(getattr(zf, "start_dir", 0)) or p.stat().st_size
    except zipfile.BadZipFile as exc:
        raise rejected(rb.CORRUPT, "Berkas rusak atau terpotong (arsip zip tidak utuh).") from exc
    except (OSError, ValueError, EOFError) as exc:
        raise rejected(rb.CORRUPT, "Berkas rusak: daftar isi arsip zip tidak terbaca.") from exc
    if len(infos) > max_entries:
        raise rejected(
            rb.TOO_LARGE,
            f"Berkas berisi {len(infos):,} bagian (batas {max_entries:,}); "
            "bukan lembar kerja yang wajar.".replace(",", "."),
        )
    total = 0
    for info in infos:
        if info.file_size > max_member:
            raise rejected(
                rb.TOO_LARGE,
                f"Berkas terlalu besar setelah dibuka: bagian '{info.filename[:60]}' berukuran "
                f"{info.file_size // MB} MB (batas {max_member // MB} MB).",
            )
        total += info.file_size
        if info.file_size > ratio_floor and info.file_size > max_ratio * max(info.compress_size, 1):
            raise rejected(
                rb.TOO_LARGE,
                "Berkas mencurigakan (bom zip): isinya dimampatkan lebih dari "
                f"{int(max_ratio)} kali lipat.",
            )
    if total > max_total_uncompressed:
        raise rejected(
            rb.TOO_LARGE,
            f"Berkas terlalu besar setelah dibuka: {total // MB} MB "
            f"(batas {max_total_uncompressed // MB} MB).",
        )
    _check_spans(infos, min(dir_start, file_size))


def _check_spans(infos: list[zipfile.ZipInfo], dir_start: int) -> None:
    """Each member's bytes must fit between its header and the next one, as declared."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    ends = [i.header_offset for i in ordered[1:]] + [dir_start]
    for info, end in zip(ordered, ends, strict=True):
        start = info.header_offset + _LOCAL_HEADER + len(info.filename.encode()) + len(info.extra)
        span = end - start
        if info.compress_size > span + _SPAN_SLACK or span > info.compress_size + _SPAN_SLACK:
            raise rejected(
                rb.CORRUPT,
                "Berkas rusak atau dimanipulasi: ukuran bagian "
                f"'{info.filename[:60]}' yang tercatat tidak sesuai dengan isinya.",
            )
