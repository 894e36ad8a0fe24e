"""Case-, accent- and punctuation-folding of text for search, sort and duplicate keys."""

from __future__ import annotations

import re
import unicodedata

# Backtick and the acute accent are "symbols" in Unicode, not punctuation, so list them.
_EXTRA_SEPARATORS = frozenset("`´^~|+")
_SPACES = re.compile(r"\s+")


def _is_separator(char: str) -> bool:
    return char in _EXTRA_SEPARATORS or unicodedata.category(char).startswith("P")


def fold(text: str) -> str:
    """Casefold, drop accents, turn punctuation into spaces and collapse whitespace."""
    # Compatibility forms (𝐀, ﬁ) only become plain letters after NFKD, so casefold after it.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        kept.append(" " if _is_separator(char) else char)
    return _SPACES.sub(" ", "".join(kept)).strip()


def fold_unit(name: str) -> str:
    """Key for unit names: "Dinas  Pendidikan" and "DINAS PENDIDIKAN." fold alike."""
    return fold(name)
