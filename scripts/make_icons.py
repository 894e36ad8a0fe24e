"""Render resources/icons/ikrar-desktop.svg to the PNG sizes and the .ico the program ships."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "ikrar-desktop.svg"
INSTALLER_ICONS = ROOT / "installer" / "icons"
PACKAGE_ICONS = ROOT / "src" / "ikrar_desktop" / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "ikrar-desktop"


def render_png(svg: Path, size: int, out: Path) -> None:
    """Draw the SVG at ``size``×``size`` pixels with Qt's SVG renderer (offscreen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"make_icons: cannot write {out}")


def write_ico(pngs: dict[int, Path], out: Path) -> None:
    """One .ico holding every size as its own bitmap (not downscaled from the largest)."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in SIZES]
    largest = images[-1]
    largest.save(
        out,
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    INSTALLER_ICONS.mkdir(parents=True, exist_ok=True)
    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in SIZES:
        pngs[size] = INSTALLER_ICONS / f"{NAME}-{size}.png"
        render_png(SOURCE, size, pngs[size])
    ico = INSTALLER_ICONS / f"{NAME}.ico"
    write_ico(pngs, ico)
    (PACKAGE_ICONS / f"{NAME}-256.png").write_bytes(pngs[256].read_bytes())
    (PACKAGE_ICONS / f"{NAME}.ico").write_bytes(ico.read_bytes())
    del app
    print(f"make_icons: {len(SIZES)} PNG sizes and {ico.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
