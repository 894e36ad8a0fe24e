"""Personal names with Indonesian titles: split, display, search and sort keys."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ikrar_desktop.domain.textfold import fold

# A front title must be followed by a space, the end, or (when written with its dot) by the
# next word directly ("Dr.H.Ahmad"); so "Dradjat" and "Hendra" are never titles.
_FRONT_TITLE = re.compile(
    r"^(?:K\.\s?H\.|KH\.?|Prof\.?|Drg\.?|Drh\.?|Drs\.?|Dra\.?|Dr\.?|Ir\.?|Hj\.?|H\.?"
    r"|Apt\.|Ns\.)(?:(?<=\.)|(?=\s|$))\s*",
    re.IGNORECASE,
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Degree abbreviations, written without dots and lower-cased ("S.Pd.I." -> "spdi").
_DEGREE_KEYS = _word_set(
    """
    spd spdi spdsd spdk sag sthi shi sei ssy sh mh msi mpd mpdi mag mhi msy mkom skom
    amd amdkep amdkeb amdfarm amdgz amdak amdtek amdkom amk ama amapd ap am
    se sak mak mm ssos msos sip map sap skep mkep ns st mt sp spt shut ssi ssn sds shum mhum
    spsi mpsi skm mkes sked sfarm sgz sst sstr strkeb strkep skeb mkeb sth mth lc ma mba
    mph msc bsc phd meng mec ske ste sip mip mkn mtr mars mes sstp mtp mmpd mpp se ak cpa
    spa sppd spb spog spm spkk spjp span sprad spthtkl spn spkj spp spot spu sppk sppa
    spf spbs spbp sprm sptht spmk spgk mked dipl
    """
)
# Degrees written without any dot are accepted only in these exact spellings, so an ordinary
# word at the end of a name is not mistaken for a degree.
_DOTLESS_DEGREES = _word_set(
    """
    SPd SPdI SAg SHI SH MH MSi MPd MAg MKom SKom AMd SE SAk MAk MM SSos SIP MAP SAP SKep Ns
    ST MT SSi SKM MKes SKed SFarm SST MA MBA PhD MSc BSc Lc SPt SHut SPsi MPsi SSTP
    """
)
_SPACES = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"['’‘`]")


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name split into front titles, the bare name and back degrees."""

    gelar_depan: str
    nama: str
    gelar_belakang: str

    @property
    def display(self) -> str:
        return display_name(self.gelar_depan, self.nama, self.gelar_belakang)


def _is_degree(token: str, allow_dotless: bool) -> bool:
    key = token.replace(".", "").casefold()
    if key not in _DEGREE_KEYS:
        return False
    if "." in token.rstrip(".")[1:]:
        return True
    return allow_dotless and token.rstrip(".") in _DOTLESS_DEGREES


def _split_degrees(chunk: str) -> list[str]:
    """One comma-separated part of the degrees; "S.Pd. M.Si." becomes two degrees."""
    tokens = chunk.split()
    if len(tokens) > 1 and all(_is_degree(t, allow_dotless=True) for t in tokens):
        return tokens
    return [" ".join(tokens)] if tokens else []


# Front titles that _FRONT_TITLE accepts without a dot (it then needs a space or the end).
_DOTLESS_FRONT = frozenset(["kh", "prof", "drg", "drh", "drs", "dra", "dr", "ir", "hj", "h"])


def is_plain_name(text: str) -> bool:
    """True when :func:`split_name` would find no title at all in ``text`` (most names).

    ``text`` is already tidy: single spaces, no surrounding space or comma. ASCII only, so the
    regex's IGNORECASE and ``lower()`` agree. Without "," and "." only a dotless front title
    word or a dotless degree spelling as the last word could be split off.
    """
    if not text.isascii() or "," in text or "." in text:
        return False
    first, _, rest = text.partition(" ")
    if first.lower() in _DOTLESS_FRONT:
        return False
    return not rest or text.rpartition(" ")[2] not in _DOTLESS_DEGREES


def split_name(full: str) -> PersonName:
    """Split "Dr. H. Ahmad Fauzi, S.Pd., M.Si." into ("Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si.")."""
    text = _SPACES.sub(" ", full).strip().strip(",").strip()
    if is_plain_name(text):
        return PersonName("", text, "")
    head, _, tail = text.partition(",")
    head = head.strip()

    front: list[str] = []
    while True:
        match = _FRONT_TITLE.match(head)
        rest = head[match.end() :] if match else ""
        if not match or not rest.strip(" .,"):
            break  # never peel the last word: "Hj" alone is a name
        front.append(match.group(0).strip())
        head = rest

    words = head.split(" ")
    allow_dotless = not head.isupper()
    back_in_head: list[str] = []
    while len(words) > 1 and _is_degree(words[-1], allow_dotless):
        back_in_head.insert(0, words.pop())

    back = list(back_in_head)
    for chunk in tail.split(","):
        back.extend(_split_degrees(chunk))
    return PersonName(" ".join(front), " ".join(words), ", ".join(back))


def display_name(gelar_depan: str, nama: str, gelar_belakang: str) -> str:
    """ "Dr. H. Ahmad Fauzi, S.Pd., M.Si." with no dangling separators for empty parts."""
    front = " ".join(p for p in (gelar_depan.strip(), nama.strip()) if p)
    back = gelar_belakang.strip().strip(",").strip()
    if front and back:
        return f"{front}, {back}"
    return front or back


def name_without_titles(display: str) -> str:
    """The bare name of a display name: "Dr. H. Ahmad Fauzi, S.Pd." -> "Ahmad Fauzi"."""
    text = _SPACES.sub(" ", display).strip().strip(",").strip()
    return text if is_plain_name(text) else split_name(display).nama


def search_key(nama: str) -> str:
    """Folded bare name for search; apostrophes vanish so "Ma'ruf" also matches "maruf"."""
    if _is_simple(nama):
        return nama.lower()  # all the steps below leave such a name as it is, but its case
    return _search_key(nama)


def _search_key(nama: str) -> str:
    return fold(_APOSTROPHES.sub("", name_without_titles(nama)))


def _is_simple(text: str) -> bool:
    """ASCII letters and digits in single-spaced words, no title: most names in a roster."""
    return (
        text.isascii()
        and text.replace(" ", "").isalnum()
        and "  " not in text
        and text[0] != " "
        and text[-1] != " "
        and is_plain_name(text)
    )


def sort_key(nama: str) -> str:
    """Folded bare name for ORDER BY (titles never decide the order)."""
    return search_key(nama)


_TITLE_TOKENS = frozenset(["prof", "dr", "drs", "dra", "drg", "drh", "ir", "h", "hj", "kh", "apt"])


def search_tokens(query: str) -> list[str]:
    """Tokens of a typed search, each to be found in the bare name in any order.

    Titles ("Dr.", "hj") and dotted degrees ("S.T.", "M.Si.") typed anywhere are dropped,
    since the key they are matched against holds the bare name only.
    """
    kept: list[str] = []
    every: list[str] = []
    for word in query.replace(",", " ").split():
        folded = fold(_APOSTROPHES.sub("", word)).split()
        every.extend(folded)
        key = "".join(folded)
        if key in _TITLE_TOKENS or ("." in word and key in _DEGREE_KEYS):
            continue
        kept.extend(folded)
    return kept or every
