"""Issue 10 target: name tags and invitations for a 10,000-person event, beside the same pages
with the codes left out, in the same run (target ≤ 2×: each code is encoded once)."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from unittest import mock

from common import HEADER, median_ms, row
from ikrar_desktop.documents import kartu, undangan
from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, KopSpec, Options

PEOPLE = int(os.environ.get("IKRAR_BENCH_TAGS", "10000"))
ROUNDS = int(os.environ.get("IKRAR_BENCH_ROUNDS", "3"))
EVENT = DocEvent(
    1,
    "Ikrar Netralitas ASN pada Pemilu dan Pemilihan Tahun 2024",
    datetime.date(2023, 9, 18),
    place="Lapangan Tegar Beriman",
    time="08:00",
)
OPTIONS = Options("A4", KopSpec("Pemerintah Kabupaten Contoh", address_lines=("Jalan Tegar",),
                                level="regency"), "Cibinong")  # fmt: skip


def units(n: int) -> list[DocUnit]:
    people = [
        DocPerson(i, f"Nama Pegawai Nomor {i}, S.Sos.", "PNS" if i % 8 else "Non-ASN",
                  f"19800101200501{i % 10000:04d}" if i % 8 else None, None, "III/b",
                  "Pengadministrasi Umum", f"Unit {i % 20}")
        for i in range(n)
    ]  # fmt: skip
    return [DocUnit(f"Unit {k}", tuple(people[k::20])) for k in range(20)]


def without_codes(fn: Callable[[], object]) -> Callable[[], object]:
    def run() -> None:
        with (
            mock.patch.object(kartu, "draw_qr"), mock.patch.object(kartu, "draw_barcode"),
            mock.patch.object(undangan, "draw_qr"), mock.patch.object(undangan, "draw_barcode"),
            mock.patch("ikrar_desktop.documents.sheet.CodeCache.of"),
        ):  # fmt: skip
            fn()

    return run


def main() -> None:
    data = units(PEOPLE)
    jobs: list[tuple[str, Callable[[], object]]] = [
        (f"kartu 8 per A4, {PEOPLE} people",
         lambda: kartu.render(EVENT, data, OPTIONS, kartu.preset("8"))),
        (f"undangan 6 per A4, {PEOPLE} people", lambda: undangan.render(EVENT, data, OPTIONS)),
    ]  # fmt: skip
    results = []
    for name, fn in jobs:
        base = median_ms(without_codes(fn), rounds=ROUNDS, warmup=0)
        ours = median_ms(fn, rounds=ROUNDS, warmup=0)
        results.append(row(name, ours, "same pages, no codes", base, "≤ 2×"))
    print(HEADER)
    print("\n".join(results))


if __name__ == "__main__":
    main()
