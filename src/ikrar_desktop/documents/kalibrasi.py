"""Printer calibration page: mm rulers from the paper's edges, corner marks, a 100 mm bar."""

from __future__ import annotations

from ikrar_desktop.documents import fonts
from ikrar_desktop.documents.model import Rendered
from ikrar_desktop.documents.page import paper_size
from ikrar_desktop.documents.sheet import SheetPDF

MARK = 20.0  # mm from each paper edge to the centre of a corner mark
STEPS = (
    'Cetak halaman ini dengan skala 100% / "Ukuran sebenarnya" (bukan "Sesuaikan dengan '
    'halaman"), dengan printer dan baki kertas yang dipakai untuk kartu.',
    "Ukur garis 100 mm di tengah dengan penggaris. Bila tidak tepat 100 mm, skala cetak masih "
    "salah: perbaiki pengaturan printer dahulu.",
    f"Ukur jarak dari tepi KIRI kertas ke garis tegak tanda sudut kiri atas: seharusnya "
    f"{MARK:g} mm. Geser X = {MARK:g} − hasil ukur (terukur 21,5 mm → geser X = −1,5).",
    f"Ukur jarak dari tepi ATAS kertas ke garis datar tanda sudut yang sama: seharusnya "
    f"{MARK:g} mm. Geser Y = {MARK:g} − hasil ukur.",
    "Simpan kedua angka sekali untuk printer ini (Pengaturan, atau perintah "
    "print kalibrasi --set-offset X Y); semua tata letak kartu ikut bergeser.",
    "Cetak ulang halaman ini dengan geseran (--with-offset): keempat tanda harus tepat 20 mm "
    "dari tepi.",
)


def render(paper: str, offset: tuple[float, float] = (0.0, 0.0)) -> Rendered:
    """One page; ``offset`` applied to check a saved calibration (marks then sit at 20 mm)."""
    width, height = paper_size(paper)
    pdf = SheetPDF(width, height)
    pdf.set_title("Kalibrasi printer")
    pdf.add_page()
    dx, dy = offset
    _ruler(pdf, horizontal=True, start=10.0, end=width - 10.0, at=MARK, shift=(dx, dy))
    _ruler(pdf, horizontal=False, start=10.0, end=height - 10.0, at=MARK, shift=(dx, dy))
    for cx in (MARK, width - MARK):
        for cy in (MARK, height - MARK):
            _corner(pdf, cx + dx, cy + dy)
    pdf.set_font(fonts.SANS, "B", 15)
    pdf.set_xy(30 + dx, 45 + dy)
    pdf.cell(width - 60, 8, "HALAMAN KALIBRASI PRINTER", align="C")
    pdf.set_font(fonts.SANS, "", 10)
    pdf.set_xy(30 + dx, 53 + dy)
    geser = f" · dicetak dengan geser X {dx:+.1f} mm, Y {dy:+.1f} mm" if dx or dy else ""
    pdf.cell(width - 60, 5, f"Kertas {paper.upper()} ({width:g} × {height:g} mm){geser}",
             align="C")  # fmt: skip
    _bar(pdf, (width - 100) / 2 + dx, 75 + dy)
    y = 95 + dy
    for number, step in enumerate(STEPS, 1):
        pdf.set_xy(35 + dx, y)
        pdf.set_font(fonts.SANS, "B", 10)
        pdf.cell(7, 5, f"{number}.")
        pdf.set_font(fonts.SANS, "", 10)
        pdf.multi_cell(width - 75, 5, step)
        y = pdf.get_y() + 2
    return Rendered(bytes(pdf.output()), 1, 0)


def _ruler(
    pdf: SheetPDF,
    *,
    horizontal: bool,
    start: float,
    end: float,
    at: float,
    shift: tuple[float, float],
) -> None:
    """Ticks every mm labelled every 10 mm with the distance from the paper's edge."""
    dx, dy = shift
    pdf.set_line_width(0.15)
    pdf.set_font(fonts.SANS, "", 6)
    mm = int(start)
    while mm <= end:
        length = 6.0 if mm % 10 == 0 else 4.0 if mm % 5 == 0 else 2.5
        if horizontal:
            pdf.line(mm + dx, at + dy, mm + dx, at + dy + length)
        else:
            pdf.line(at + dx, mm + dy, at + dx + length, mm + dy)
        if mm % 10 == 0 and mm != int(at):
            if horizontal:
                pdf.set_xy(mm + dx - 5, at + dy + 6.3)
            else:
                pdf.set_xy(at + dx + 6.3, mm + dy - 1.5)
            pdf.cell(10 if horizontal else 8, 3, str(mm), align="C" if horizontal else "L")
        mm += 1
    if horizontal:
        pdf.line(start + dx, at + dy, end + dx, at + dy)
    else:
        pdf.line(at + dx, start + dy, at + dx, end + dy)
    pdf.set_line_width(0.2)


def _corner(pdf: SheetPDF, x: float, y: float) -> None:
    pdf.set_line_width(0.3)
    pdf.line(x - 8, y, x + 8, y)
    pdf.line(x, y - 8, x, y + 8)
    pdf.circle(x, y, 2.5)
    pdf.set_line_width(0.2)


def _bar(pdf: SheetPDF, x: float, y: float) -> None:
    pdf.set_line_width(0.4)
    pdf.line(x, y, x + 100, y)
    pdf.line(x, y - 3, x, y + 3)
    pdf.line(x + 100, y - 3, x + 100, y + 3)
    pdf.set_line_width(0.2)
    pdf.set_font(fonts.SANS, "", 9)
    pdf.set_xy(x, y + 3.5)
    pdf.cell(100, 4, "100 mm", align="C")
