"""Boilerplate: the passages of an article that do not report its event.

Two independent reports of one company's news often close with the same
paragraphs: the company's "About X" blurb, a press release's standard closing
("For more information, visit …", "Media contact:", a forward-looking
statements notice, "###"), a stock-ticker line, a "Copyright … All rights
reserved" line. An editor's trial (align32) saw two such articles called
copies of each other: their only near-verbatim sentences were the blurb and
the copyright line. Copy detection (``copies``) weighs only the passages
that report the event; wire copy sharing the event's reporting is still a
copy.

What is boilerplate, by form, never by wording of one company:

- a section headed "About <name>" (a line of its own, or a paragraph opening
  "About <name>:"), to the end of the article or to a contact heading;
- everything after a press release's end mark ("###", "# # #", "-30-",
  "- ends -");
- a sentence that is a copyright or rights line, points readers elsewhere
  for more ("For more information, visit …", "Media contact: …"), is a police
  appeal for witnesses ("Anyone with information is asked to call …"), is a
  forward-looking statements notice, or is a line of exchange tickers and
  prices with hardly a word of its own ("NASDAQ: BRLP 4.12 -0.31").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Claim

# "About Brightloop", "ABOUT THE ACME GROUP", "About Acme Corp.:" opening a line
_ABOUT = re.compile(
    r"(?m)^[^\S\n]*(?:About|ABOUT)[^\S\n]+(?:[Tt]he[^\S\n]+|THE[^\S\n]+)?"
    r"[A-Z][\w&.,'’®™-]*(?:[^\S\n]+[A-Z0-9&][\w&.,'’®™-]*){0,5}[^\S\n]*(?::|$)"
)
# where an "About" section stops: a contact heading opening a line
_CONTACT = re.compile(r"(?m)^[^\S\n]*(?:Media|Press|Investor)?[^\S\n]*[Cc]ontacts?\b[^\n]{0,40}$")
# a press release's end mark on a line of its own
_END_MARK = re.compile(
    r"(?m)^[^\S\n]*(?:#[^\S\n]*#[^\S\n]*#|-30-|-+[^\S\n]*[Ee]nds?[^\S\n]*-+)[^\S\n]*$"
)

_EXCHANGES = (
    "NYSE American|NYSE|NASDAQ|AMEX|LSE|TSX-?V?|ASX|OTC[A-Z]*|Euronext|XETRA|HKEX|SGX|NSE|BSE"
)
_EXCHANGE = rf"(?i:{_EXCHANGES})"
_TICKER = re.compile(rf"\b{_EXCHANGE}[^\S\n]*:[^\S\n]*[A-Z][A-Z0-9.]{{0,6}}\b")
_SENTENCE_FORMS = (
    # copyright and rights lines
    re.compile(r"(?i)^\W*(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}\b)"),
    re.compile(r"(?i)\ball rights reserved\b"),
    re.compile(
        r"(?i)\bthis (?:material|article|story|content) may not be "
        r"(?:published|reproduced|redistributed|broadcast|rewritten)\b"
    ),
    # pointers elsewhere: a press release's closing
    re.compile(
        r"(?i)^\W*(?:for (?:more|further|additional) (?:information|details)|to learn more)\b"
        r".{0,80}?\b(?:visit|contact|go to|see|check|call|email|e-mail)\b"
    ),
    re.compile(r"(?i)^\W*(?:more|further) information (?:about|on)\b.{0,80}?\bis available\b"),
    re.compile(r"(?i)^\W*(?:media|press|investor)[^\S\n]+(?:contacts?|enquiries|inquiries)\b"),
    re.compile(r"(?i)\bforward-looking statements?\b"),
    # a police appeal for witnesses: "Anyone with information is asked to call …"
    re.compile(r"(?i)^\W*(?:anyone|those|people) (?:with|who (?:has|have)) (?:any )?information\b"),
    re.compile(r"(?i)^\W*safe harbou?r statement\b"),
)
# words of its own a ticker line may hold besides tickers, figures and signs
_TICKER_LINE_WORDS = 2


def spans(article: Article) -> list[tuple[int, int]]:
    """The stretches of ``article.text`` that are boilerplate sections: an
    "About" section to its contact heading or the end, all after an end mark."""
    text = article.text
    out = []
    for m in _ABOUT.finditer(text, len(text) // 3):  # a blurb closes; a headline opens
        stop = _CONTACT.search(text, m.end())
        out.append((m.start(), stop.start() if stop else len(text)))
    if (end := _END_MARK.search(text)) is not None:
        out.append((end.start(), len(text)))
    return out


def is_boilerplate_sentence(text: str) -> bool:
    """A sentence whose form says it is no report of the event (the module)."""
    if any(p.search(text) for p in _SENTENCE_FORMS):
        return True
    if _TICKER.search(text):
        rest = _TICKER.sub(" ", text)
        words = [w for w in re.findall(r"[A-Za-z]{2,}", rest) if not w.isupper()]
        return len(words) <= _TICKER_LINE_WORDS
    return False


def boilerplate_claims(articles: Sequence[Article], claims: Sequence[Claim]) -> frozenset[str]:
    """The ids of ``claims`` that are boilerplate: inside a boilerplate section
    of their article, or of a boilerplate form themselves."""
    sections = {a.id: spans(a) for a in articles}
    out = set()
    for c in claims:
        inside = any(s <= c.start < e for s, e in sections.get(c.article, ()))
        if inside or is_boilerplate_sentence(c.text):
            out.add(c.id)
    return frozenset(out)
