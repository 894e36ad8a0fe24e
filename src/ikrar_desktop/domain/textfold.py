"""Case-, accent- and punctuation-folding of text for search, sort and duplicate keys."""

from __future__ import annotations

import re
import unicodedata

# Backtick and the acute accent are "symbols" in Unicode, not punctuation, so list them.
_EXTRA_SEPARATORS = frozenset("`´^~|+")
_SPACES = re.compile(r"\s+")


def _is_separator(char: str) -> bool:
    return char in _EXTRA_SEPARATORS or unicodedata.category(char).startswith("P")


# For ASCII text NFKD changes nothing, casefold is lower() and nothing combines, so the general
# path reduces to: every run of separators and whitespace becomes one space. The class is built
# from the same rule, so results are equal.
_ASCII_RUNS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(128) if _is_separator(chr(c))) + r"\s]+"
)


def fold(text: str) -> str:
    """Casefold, drop accents, turn punctuation into spaces and collapse whitespace."""
    if text.isascii():
        return _ASCII_RUNS.sub(" ", text.lower()).strip()
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
