"""Each document read back with pypdf: names and IDs where expected, pages, fonts, qpdf."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from doc_helpers import LONG, flat, pdf_pages

from ikrar_desktop.documents import berita_acara, daftar_hadir, pakta, rekap, sertifikat
from ikrar_desktop.documents.model import (
    CertificateEntry,
    DocEvent,
    DocUnit,
    Options,
    PrintCancelled,
    Signer,
    UnitCount,
    signer_role,
)
from ikrar_desktop.documents.output import write_atomic
from ikrar_desktop.domain.nip import format_nip


def fonts_embedded(data: bytes) -> bool:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    seen = 0
    for page in reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", []):
                assert "/FontFile2" in desc.get_object()["/FontDescriptor"]
                seen += 1
    return seen > 0


def qpdf_ok(data: bytes, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pakta_one_page_per_person_with_own_name_and_id(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    result = pakta.render(event, units, options, meterai=True)
    people = [p for u in units for p in u.people]
    pages = pdf_pages(result.data)
    assert result.pages == len(pages) == len(people) == result.people
    for page, person in zip(pages, people, strict=True):
        assert person.name in page
        assert person.id_text in page
        assert f"P-{event.id}-{person.employee_id}" in page
        others = [p for p in people if p is not person and p.id_text not in person.id_text]
        assert not any(o.id_text in page for o in others)
    assert "NI PPPK" in pages[1] and "NIK" in pages[2] and "3201014101900001" in pages[2]
    assert "Penata Muda, III/a" in pages[3] and "Golongan IX" in pages[1]
    assert "Cibinong, 18 September 2023" in pages[0] and "Mengetahui" in pages[0]
    assert "bersedia menerima sanksi" in pages[0] and "METERAI" in pages[0]
    assert LONG in result.shrunk
    assert fonts_embedded(result.data)
    qpdf_ok(result.data, tmp_path)


def test_daftar_hadir_rows_pages_and_staggered_numbers(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    result = daftar_hadir.render(event, units, options, blank_rows=4)
    text = " ".join(pdf_pages(result.data))
    for unit in units:
        for person in unit.people:
            assert text.count(person.name) == 1, person.name
            assert person.id_list_text in text
    assert "NIK 3201********0001" in text  # masked on a list that circulates
    assert "3201014101900001" not in text
    pages = pdf_pages(result.data)
    # unit 1: 3 + 4 blank rows on one page; unit 2: 34 rows over two pages
    assert result.pages == len(pages) == 3
    assert "Halaman 1 dari 1" in pages[0] and "Halaman 2 dari 2" in pages[2]
    assert "Tanda Tangan" in pages[2]  # header repeated on the continuation page
    assert "34." in pages[2] and "35." not in pages[2]
    assert "Mengetahui" in pages[0] and "Kepala Dinas Pendidikan" in pages[0]
    assert fonts_embedded(result.data)
    qpdf_ok(result.data, tmp_path)


def test_certificates_number_code_and_signer_rules(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    people = units[0].people
    entries = [CertificateEntry(p, f"800/{i:04d}/BKPSDM/2023", f"AAAA-BBBB-CC{i:02d}")
               for i, p in enumerate(people, 1)]  # fmt: skip
    result = sertifikat.render(event, entries, options, signer=event.leader)
    pages = pdf_pages(result.data)
    assert result.pages == len(pages) == 3
    for page, entry in zip(pages, entries, strict=True):
        assert entry.number in page and entry.code in page and entry.person.name in page
        assert "Bambang Sutrisno" in page and "Dr. H. Bambang" not in page  # Pj: no gelar
        assert "Pj. BUPATI CONTOH" in page and "NIP. 1" not in page.split("Bambang")[-1]
    assert result.shrunk == [LONG]
    qpdf_ok(result.data, tmp_path)


def test_signer_naming_rules() -> None:
    official = Signer("Kepala BKPSDM", "Drs. Asep, M.M.", "Pembina, IV/a", "196901011990031005")
    assert official.lines() == ["Drs. Asep, M.M.", "Pembina, IV/a", "NIP. 19690101 199003 1 005"]
    assert official.lines(certificate=True)[0] == "Asep"
    assert signer_role("Pj. Bupati Contoh") == "penjabat"
    assert signer_role("Plt. Sekretaris Daerah") == "penjabat"
    assert signer_role("Bupati Contoh") == "kepala-daerah"
    assert signer_role("Sekretaris Daerah") == "kepala-daerah"
    assert signer_role("Kepala Dinas Pendidikan") == "pejabat"
    bupati = Signer("Bupati Contoh", "Dr. H. Ahmad, M.Si.", role="kepala-daerah")
    assert bupati.lines() == ["Dr. H. Ahmad, M.Si."]
    assert bupati.lines(certificate=True) == ["Ahmad"]


def test_berita_acara_date_in_words_counts_and_annex(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    total = UnitCount("Jumlah", 33, 30, 28, 2, 1, 0, 26, 2)
    result = berita_acara.render(event, total, units, options, number="800/5/BA/2023")
    pages = pdf_pages(result.data)
    assert ("Pada hari ini Senin tanggal delapan belas bulan September tahun dua ribu dua "
            "puluh tiga, bertempat di Aula Tegar Beriman") in pages[0]  # fmt: skip
    assert "Nomor: 800/5/BA/2023" in pages[0] and "33 orang" in pages[0]
    assert "H. Ujang Sutisna, S.H." in pages[0] and "Pimpinan Kegiatan" in pages[0]
    assert "LAMPIRAN BERITA ACARA NOMOR 800/5/BA/2023" in pages[1]
    assert result.pages == 4 and "Halaman 1 dari 1" in pages[0]
    qpdf_ok(result.data, tmp_path)


def test_rekap_table_totals_and_not_signed(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    counts = [UnitCount("Dinas Pendidikan", 3, 3, 2), UnitCount("Kecamatan Cibinong", 30, 27, 26)]
    total = UnitCount("Jumlah", 33, 30, 28)
    missing = [units[0].people[2]]
    result = rekap.render(event, counts, total, missing, options)
    text = " ".join(pdf_pages(result.data))
    assert "Dinas Pendidikan" in text and "66,7" in text and "84,8" in text
    assert "Siti Aminah" in text and "(1 orang)" in text
    assert "Sidik jari audit" in text
    qpdf_ok(result.data, tmp_path)


def test_f4_paper_size(event: DocEvent, units: list[DocUnit], options: Options) -> None:
    from pypdf import PdfReader

    f4 = Options("F4", options.kop, options.city)
    data = pakta.render(event, units[:1], f4).data
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330
    )
    data = sertifikat.render(event, [CertificateEntry(units[0].people[1], "1", "A")], f4,
                             signer=None).data  # fmt: skip
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 330


def test_cancel_mid_batch_leaves_no_file(
    event: DocEvent, units: list[DocUnit], options: Options, tmp_path: Path
) -> None:
    out = tmp_path / "pakta.pdf"
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(PrintCancelled):
        data = pakta.render(event, units, Options("A4", None, "", None, cancel)).data
        write_atomic(out, data)
    assert not out.exists() and os.listdir(tmp_path) == []


def test_atomic_write_keeps_old_file_when_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "x.pdf"
    write_atomic(out, b"%PDF-old")

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    from ikrar_desktop.errors import CannotRunError

    with pytest.raises(CannotRunError):
        write_atomic(out, b"%PDF-new")
    assert out.read_bytes() == b"%PDF-old" and os.listdir(tmp_path) == ["x.pdf"]


def test_nip_spacing_helper_matches() -> None:
    assert format_nip("197209152006032983") == "19720915 200603 2 983"
    assert flat("a\n b") == "a b"
