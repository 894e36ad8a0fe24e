"""Geometry checks of the follow-up letters and the report upward (pdfplumber)."""

from __future__ import annotations

import io
from collections.abc import Iterable


def geometry_ok(data: bytes, pages: Iterable[int] | None = None) -> None:
    """On the given pages (all by default): nothing under 7 pt, no glyph printed over another,
    everything on the paper."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as doc:
        wanted = range(len(doc.pages)) if pages is None else pages
        for n in wanted:
            page = doc.pages[n]
            chars = [c for c in page.chars if c["text"].strip()]
            assert min(c["size"] for c in chars) >= 7 - 0.01, f"under 7 pt on page {n + 1}"
            for c in chars:
                assert c["x0"] >= 0 and c["x1"] <= page.width and c["bottom"] <= page.height
            boxes = sorted((c["x0"], c["x1"], c["top"], c["bottom"]) for c in chars)
            for i, (_x0, x1, top, bottom) in enumerate(boxes):
                for ox0, _ox1, otop, obottom in boxes[i + 1 :]:
                    if ox0 >= x1 - 0.3:
                        break
                    overlap = min(bottom, obottom) - max(top, otop)
                    assert overlap < 0.5, f"overprint on page {n + 1} near ({x1:.0f}, {top:.0f})"
