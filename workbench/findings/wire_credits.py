"""Two copies of one wire story that credit an agency the known list does not
name: a dateline's code ("HARTLEY, April 7 (XPA) -") and a credit line ("XPA
contributed to this report", "Xander Press Agency contributed to this
report"), or a credit line naming the other article's own outlet ("Meridian
Press contributed to this report" in a reprint of Meridian Press's story).

Session 32: a reprint edited past the shared-wording test was read as a second
independent source, so a quotation the wire and its reprint both credit to
one person counted two independent speakers against a third article. Only
words that credit copy are read: a dateline code in capitals in brackets, and
a credit line whose name is a code in capitals or ends in an agency's word
("Press", "Agency", "News", "Wire", "Service"). A reporter credited by name
("Tom Reed contributed to this report") is no agency.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article

# "HARTLEY, April 7 (XPA) -", "QUITO (XPA) —": a code opening a paragraph's dateline
_DATELINE_CODE = re.compile(r"(?m)^[^\n()]{0,80}?\(([A-Z]{2,6})\)[ \t]*[-–—:]")
_CREDIT_LINE = re.compile(
    r"((?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’.-]*)[ \t]+(?:also[ \t]+)?contributed"
    r"[ \t]+(?:to[ \t]+this[ \t]+(?:report|story|article)|reporting)"
)
_AGENCY_WORD = re.compile(r"\b(?:Press|Agency|News|Wire|Newswire|Service|Syndicate)$")
_CODE = re.compile(r"[A-Z]{2,6}")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _agency_names(name: str) -> set[str]:
    """An agency's name and its initials ("Xander Press Agency": "xpa");
    nothing for a name that is no agency's."""
    name = " ".join(name.split())
    if _CODE.fullmatch(name):
        return {name.lower()}
    if _AGENCY_WORD.search(name):
        return {name.lower(), _initials(name)}
    return set()


def wire_credits(article: Article) -> set[str]:
    """The agencies an article credits for its copy, by code or by name, each
    name also by its initials; lower case."""
    return set(_credits(article.text))


@lru_cache(maxsize=4096)
def _credits(text: str) -> frozenset[str]:
    """Read once per text: ``one_wire`` asks for every article pair (at 200
    articles its regexes took 5 s of a 29 s analysis, session 32)."""
    out = {m.group(1).lower() for m in _DATELINE_CODE.finditer(text)}
    for m in _CREDIT_LINE.finditer(text):
        # the credit line's name, without a sentence's first word before it
        words = m.group(1).split()
        for k in range(len(words)):
            if found := _agency_names(" ".join(words[k:])):
                out |= found
                break
    return frozenset(out)


def own_names(article: Article) -> set[str]:
    """How an agency's own story names it: its outlet and that outlet's initials."""
    return _agency_names(article.outlet)


def one_wire(a: Article, b: Article) -> str:
    """The agency whose story both carry ("" when none): both credit it, or one
    credits the other's own outlet."""
    return one_wire_of(wire_of(a), wire_of(b))


Wire = tuple[frozenset[str], frozenset[str]]  # an article's wire credits, its own names


def wire_of(article: Article) -> Wire:
    """What :func:`one_wire` reads of one article, read once per article
    (``copies.copy_links`` asks about every article pair: 19,900 at 200
    articles, each reading both outlets' names again; session 33)."""
    return _credits(article.text), frozenset(own_names(article))


def one_wire_of(a: Wire, b: Wire) -> str:
    """:func:`one_wire` of two articles' :func:`wire_of`."""
    (ca, own_a), (cb, own_b) = a, b
    if not (ca or cb):
        return ""
    shared = (ca & cb) | (ca & own_b) | (cb & own_a)
    if not shared:
        return ""
    name = max(shared, key=lambda s: (len(s), s))  # the name written out before initials
    return name.upper() if " " not in name else name.title()
