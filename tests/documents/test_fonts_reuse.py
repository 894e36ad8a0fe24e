"""Fonts parsed once a process, and a written document freed without a full garbage collection
(that collection held the GIL and froze the window at the end of a big print)."""

from __future__ import annotations

import datetime as dt
import gc
import io
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import fpdf.fpdf
import pytest
from doc_helpers import pdf_pages
from fpdf.fonts import TTFFont

from ikrar_desktop.documents import daftar_hadir, fonts, kartu, pakta, sertifikat
from ikrar_desktop.documents.model import (
    CertificateEntry,
    DocEvent,
    DocPerson,
    DocUnit,
    Options,
)


def people(n: int, prefix: str = "Pegawai") -> tuple[DocPerson, ...]:
    return tuple(
        DocPerson(i, f"{prefix} Nomor {i}, S.Sos.", "PNS", f"19800101200501{i:04d}", None,
                  "III/b", "Pengadministrasi Umum", "Dinas Pendidikan")
        for i in range(1, n + 1)
    )  # fmt: skip


def unreachable_after(build: Callable[[], object]) -> int:
    """Objects that only a full collection frees once ``build``'s document is dropped."""
    gc.collect()
    gc.disable()  # no collection in between frees part of it early
    try:
        build()  # its result is dropped here
        return gc.collect()
    finally:
        gc.enable()


def test_a_written_pakta_of_300_sheets_is_freed_without_a_collection(
    event: DocEvent, options: Options
) -> None:
    """Before: ±40,000 objects (page tree, image and content streams, six parsed fonts) were
    tied in cycles that waited for a full collection."""
    units = [DocUnit("Dinas Pendidikan", people(300))]
    pakta.render(event, units, options)  # fonts parsed: not what is measured
    assert unreachable_after(lambda: pakta.render(event, units, options)) < 2_000


@pytest.mark.parametrize("kind", ["sertifikat", "daftar_hadir", "kartu"])
def test_other_documents_are_freed_without_a_collection(
    kind: str, event: DocEvent, options: Options
) -> None:
    crowd = people(40)
    entries = [CertificateEntry(p, f"800/{p.employee_id}/BKD/2023", "AB-1") for p in crowd]
    builders: dict[str, Callable[[], object]] = {
        "sertifikat": lambda: sertifikat.render(event, entries, options, signer=event.leader),
        "daftar_hadir": lambda: daftar_hadir.render(event, [DocUnit("Dinas", crowd)], options),
        "kartu": lambda: kartu.render(event, [DocUnit("Dinas", crowd)], options, kartu.preset("8")),
    }
    builders[kind]()
    assert unreachable_after(builders[kind]) < 1_000


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Each fontTools/fpdf2 parse of a font file (TTFFont's constructor reads all it needs)."""
    seen: list[str] = []
    original = TTFFont.__init__

    def counting(self: TTFFont, *args: object, **kwargs: object) -> None:
        seen.append(str(args[2]))  # fontkey
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TTFFont, "__init__", counting)
    yield seen


def test_fonts_are_parsed_once_per_process(
    parses: list[str], event: DocEvent, options: Options
) -> None:
    """One PDF per OPD used to parse the six fonts again for every file (±0.1–0.2 s each)."""
    for n in range(3):
        pakta.render(event, [DocUnit(f"Unit {n}", people(2))], options)
    assert len(parses) <= len(fonts.FILES)  # at most the first document, if it came first
    parses.clear()
    pakta.render(event, [DocUnit("Unit 4", people(2))], options)
    assert parses == []


def test_a_replaced_font_file_is_read_again(
    parses: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, event: DocEvent,
    options: Options,
) -> None:  # fmt: skip
    """An upgrade that replaces a bundled file must not print with the old one's metrics."""
    folder = tmp_path / "fonts"
    shutil.copytree(Path(str(resources.files("ikrar_desktop").joinpath("assets", "fonts"))),
                    folder)  # fmt: skip
    monkeypatch.setattr(fonts, "font_dir", lambda: folder)
    pakta.render(event, [DocUnit("Unit", people(1))], options)
    parses.clear()
    pakta.render(event, [DocUnit("Unit", people(1))], options)
    assert parses == []
    bold = folder / fonts.FILES[(fonts.SANS, "B")]
    bold.write_bytes(bold.read_bytes())  # same font, a new file
    pakta.render(event, [DocUnit("Unit", people(1))], options)
    assert parses == ["liberationsansB"]


@pytest.fixture
def fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same creation date for every PDF, so that two runs can be compared byte for byte."""

    class Fixed(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Fixed:
            return cls(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)

    monkeypatch.setattr(fpdf.fpdf, "datetime", Fixed)


def test_each_document_embeds_only_its_own_glyphs(
    fixed_date: None, event: DocEvent, options: Options
) -> None:
    """The shared parse never carries one document's subset, widths or descriptor into the
    next: a document is byte-identical whether made first or after others."""
    plain = [DocUnit("Dinas Pendidikan", people(3))]
    first = pakta.render(event, plain, options).data
    greek = [DocUnit("Ωmega Ψ Ünit", people(3, "Ζήνων Ångström Œuvre"))]
    other = pakta.render(replace(event, title="Ikrar Ψ"), greek, options).data
    sertifikat.render(event, [CertificateEntry(people(1, "Ørsted")[0], "800/1/X/2023", "AB-1")],
                      options, signer=event.leader)  # fmt: skip
    again = pakta.render(event, plain, options).data
    assert again == first
    assert len(other) > len(first)  # the extra glyphs went into that document only
    assert "Ζήνων Ångström Œuvre Nomor 1" in " ".join(pdf_pages(other))
    assert "Ζήνων" not in " ".join(pdf_pages(again))


def test_documents_made_at_once_in_two_threads_are_the_ones_made_alone(
    fixed_date: None, event: DocEvent, options: Options
) -> None:
    """The print page's worker and the desk's tag printing may write PDFs at the same time."""
    jobs = {
        "a": [DocUnit("Dinas Pendidikan", people(30))],
        "b": [DocUnit("Kecamatan Ψ", people(30, "Ζήνων Ångström"))],
    }
    alone = {k: pakta.render(event, u, options).data for k, u in jobs.items()}
    together: dict[str, bytes] = {}

    def run(key: str) -> None:
        for _ in range(3):
            together[key] = pakta.render(event, jobs[key], options).data

    threads = [threading.Thread(target=run, args=(k,)) for k in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone


def test_dropping_the_layout_tables_first_embeds_the_same_subset(
    fixed_date: None, monkeypatch: pytest.MonkeyPatch, event: DocEvent, options: Options
) -> None:
    """fpdf2's subsetter drops GDEF/GSUB/GPOS (and 'kern' beside GPOS) after decompiling
    them; dropping them before changes nothing in the PDF. Fails if a newer fpdf2 keeps one."""
    from fontTools import ttLib

    units = [DocUnit("Dinas Pendidikan", people(3, "Ζήνων Ångström"))]
    ours = pakta.render(event, units, options).data
    monkeypatch.setattr(fonts, "_fresh", lambda data: ttLib.TTFont(
        io.BytesIO(data), recalcTimestamp=False, lazy=True))  # fmt: skip
    assert pakta.render(event, units, options).data == ours


def test_a_pdf_embeds_only_the_faces_it_shows(event: DocEvent, options: Options) -> None:
    """All six faces used to be subset and embedded in every PDF (±4 KB and ±15 ms each for an
    unused one); a pakta shows two."""
    from pypdf import PdfReader

    data = pakta.render(event, [DocUnit("Dinas Pendidikan", people(2))], options).data
    embedded = {name.decode() for name in re.findall(rb"/FontName /(\S+)", data)}
    shown = {
        str(font.get_object()["/BaseFont"]).lstrip("/")
        for page in PdfReader(io.BytesIO(data)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert embedded == shown == {"MPDFAA+LiberationSans", "MPDFAA+LiberationSansBold"}
