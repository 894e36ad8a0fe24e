"""Issue 5 targets: 10,000 pakta pages, a 10,000-row daftar hadir, 1,000 certificates, each
beside a plain fpdf2 loop writing the same lines, cells, images and QR codes (no layout logic)."""

from __future__ import annotations

import datetime
import io
import os

import segno
from fpdf import FPDF

from common import HEADER, median_ms, row
from ikrar_desktop.documents import daftar_hadir, fonts, pakta, sertifikat
from ikrar_desktop.documents.model import (
    CertificateEntry,
    DocEvent,
    DocPerson,
    DocUnit,
    KopSpec,
    Options,
    Signer,
)
from ikrar_desktop.domain.attendance import DEFAULT_PAKTA_POINTS

PAKTA = int(os.environ.get("IKRAR_BENCH_PAKTA", "10000"))
ROWS = int(os.environ.get("IKRAR_BENCH_ROWS", "10000"))
CERTS = int(os.environ.get("IKRAR_BENCH_CERTS", "1000"))
ROUNDS = int(os.environ.get("IKRAR_BENCH_ROUNDS", "3"))


def logo() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (300, 360), 0).save(buf, "PNG")
    return buf.getvalue()


LOGO = logo()
KOP = KopSpec(
    "Pemerintah Kabupaten Contoh",
    "Badan Kepegawaian Daerah",
    ("Jalan Tegar Beriman No. 1, Cibinong", "Telepon (021) 8765432"),
    LOGO,
    "opd",
)
EVENT = DocEvent(
    1,
    "Ikrar Netralitas ASN pada Pemilu dan Pemilihan Tahun 2024",
    datetime.date(2023, 9, 18),
    place="Aula",
    points=DEFAULT_PAKTA_POINTS,
    leader=Signer("Pj. Bupati Contoh", "Dr. Bambang, M.Si.", role="penjabat"),
)


def people(n: int) -> list[DocPerson]:
    return [
        DocPerson(
            i,
            f"Nama Pegawai Nomor {i}, S.Sos.",
            "PNS",
            f"19800101200501{i % 10000:04d}",
            None,
            "III/b",
            "Pengadministrasi Umum",
            "Dinas Pendidikan",
        )
        for i in range(n)
    ]


def units(n: int) -> list[DocUnit]:
    ps = people(n)
    return [DocUnit(f"Unit {k}", tuple(ps[k::20])) for k in range(20)]


def base_pdf(landscape: bool = False) -> FPDF:
    pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    fonts.register(pdf)
    pdf.set_auto_page_break(False)
    return pdf


def qr_png(data: str) -> bytes:
    buf = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buf, kind="png", scale=4, border=1)
    return buf.getvalue()


def baseline_pakta(n: int) -> None:
    pdf = base_pdf()
    # as many text lines as a pakta page: kop, title, identity (label, colon, value), points,
    # sanction, date, two signature blocks, QR captions
    lines = [f"Baris teks pakta integritas nomor {i} dengan panjang yang wajar" for i in range(46)]
    for p in people(n):
        pdf.add_page()
        pdf.image(LOGO, x=25, y=15, h=25)
        pdf.set_font(fonts.SANS, "B", 12)
        for i, text in enumerate((KOP.instansi, KOP.unit_name, "PAKTA INTEGRITAS", p.name)):
            pdf.set_xy(25, 15 + i * 6)
            pdf.cell(165, 6, text, align="C")
        pdf.set_font(fonts.SANS, "", 12)
        for i, text in enumerate(lines):
            pdf.set_xy(25, 40 + i * 5.2)
            pdf.cell(165, 5.2, text)
        pdf.image(qr_png(f"IKRAR-PAKTA:1:{p.employee_id}"), x=25, y=265, w=16, h=16)
    pdf.output()


def baseline_rows(n: int) -> None:
    pdf = base_pdf()
    widths = (8, 52, 34, 33, 26, 36)
    for i, p in enumerate(people(n)):
        if i % 25 == 0:
            pdf.add_page()
            pdf.set_font(fonts.SANS, "B", 8.5)
            pdf.set_xy(15, 12)
            for w in widths:
                pdf.cell(w, 9, "Kolom", border=1, align="C")
            pdf.set_font(fonts.SANS, "", 8.5)
        pdf.set_xy(15, 21 + (i % 25) * 10)
        for w, text in zip(
            widths, (str(i + 1), p.name, p.id_text, p.jabatan, p.unit, ""), strict=True
        ):
            pdf.cell(w, 10, text, border=1)
    pdf.output()


def baseline_certs(n: int) -> None:
    pdf = base_pdf(landscape=True)
    for p in people(n):
        pdf.add_page()
        pdf.rect(8, 8, 281, 194)
        pdf.rect(11, 11, 275, 188)
        pdf.image(LOGO, x=138, y=20, h=22)
        pdf.set_font(fonts.SERIF, "B", 26)
        for i, text in enumerate(
            (
                "SERTIFIKAT",
                "Nomor: 800/0001/BKPSDM/2023",
                p.name,
                p.id_text,
                "baris satu",
                "baris dua",
                "baris tiga",
                "Cibinong",
                "Pj. BUPATI",
                "Bambang",
            )
        ):
            pdf.set_xy(15, 45 + i * 12)
            pdf.cell(267, 10, text, align="C")
        pdf.image(qr_png(f"IKRAR-SERT:{p.employee_id:012d}"), x=23, y=150, w=24, h=24)
    pdf.output()


def ours_pakta(n: int) -> None:
    pakta.render(EVENT, units(n), Options("A4", KOP, "Cibinong"))


def ours_rows(n: int) -> None:
    daftar_hadir.render(
        EVENT, [DocUnit("Dinas Pendidikan", tuple(people(n)))], Options("A4", KOP, "Cibinong")
    )


def ours_certs(n: int) -> None:
    entries = [
        CertificateEntry(p, f"800/{i:04d}/BKPSDM/2023", f"ABCD-EFGH-{i:04d}")
        for i, p in enumerate(people(n))
    ]
    sertifikat.render(EVENT, entries, Options("A4", KOP, "Cibinong"), signer=EVENT.leader)


def main() -> None:
    results = []
    for name, ours, base, n, target in (
        (f"pakta, {PAKTA} pages", ours_pakta, baseline_pakta, PAKTA, "≤ 1.5×"),
        (f"daftar hadir, {ROWS} rows", ours_rows, baseline_rows, ROWS, "≤ 2×"),
        (f"sertifikat, {CERTS} pages", ours_certs, baseline_certs, CERTS, "≤ 1.5×"),
    ):
        b = median_ms(lambda base=base, n=n: base(n), rounds=ROUNDS, warmup=0)
        o = median_ms(lambda ours=ours, n=n: ours(n), rounds=ROUNDS, warmup=0)
        results.append(row(name, o, "plain fpdf2 loop", b, target))
    print(HEADER)
    print("\n".join(results))


if __name__ == "__main__":
    main()
