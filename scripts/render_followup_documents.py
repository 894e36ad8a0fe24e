"""Render a follow-up letter and pages of the report upward into docs/documents/*.png."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from render_documents import ROOT, build

from ikrar_desktop.services import event_attachments, followup, report_upward


def photo() -> bytes:
    """A stand-in for a photo of the apel: sky, field and rows of people."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1800, 1200), (186, 214, 238))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 700, 1800, 1200), fill=(120, 170, 100))
    for row in range(4):
        for col in range(30):
            x, y = 90 + col * 55 + row * 12, 760 + row * 90
            draw.ellipse((x, y, x + 26, y + 26), fill=(60, 60, 70))
            draw.rectangle((x - 4, y + 28, x + 30, y + 80), fill=(200, 200, 205))
    draw.rectangle((820, 420, 980, 700), fill=(150, 40, 40))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _png(pdf: Path, page: int, stem: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    print(f"{stem}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        conn, event_id, _longest, _unit = build(work / "demo.sqlite")
        (work / "apel.jpg").write_bytes(photo())
        event_attachments.attach_file(conn, event_id, work / "apel.jpg",  # type: ignore[arg-type]
                                      caption="Apel ikrar di Lapangan Tegar Beriman")  # fmt: skip
        (work / "sk.pdf").write_bytes(b"%PDF-1.4\n% SK panitia (pindaian)\n")
        event_attachments.attach_file(conn, event_id, work / "sk.pdf",  # type: ignore[arg-type]
                                      caption="SK panitia pelaksana")  # fmt: skip
        day = date(2023, 9, 25)
        for paper in ("A4", "F4"):
            pdf = work / f"tl-{paper}.pdf"
            followup.print_followup(conn, event_id, pdf, paper=paper, today=day)  # type: ignore[arg-type]
            _png(pdf, 1, args.out / f"tindak-lanjut-{paper.lower()}")
            pdf = work / f"laporan-{paper}.pdf"
            rep = report_upward.print_report(conn, event_id, pdf, paper=paper, today=day)  # type: ignore[arg-type]
            _png(pdf, 1, args.out / f"laporan-{paper.lower()}")
            if paper == "A4":
                _png(pdf, 2, args.out / "laporan-lampiran-status-a4")
                _png(pdf, rep.pages, args.out / "laporan-dokumentasi-a4")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
