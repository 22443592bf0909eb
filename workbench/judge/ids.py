"""How a flag is named and how articles are named in explanations.

A discrepancy id depends on what is compared, never on file names or the
order files were given, so a re-run keeps every review attached.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..model import Claim, Side
from ..naming import labels, surface  # noqa: F401 - re-exported
from ..naming import norm as _norm

ANCHOR_WORDS = 4  # words of context on each side of a value that identify its flag


def discrepancy_id(kind: str, sides: Sequence[Side], claims: Sequence[Claim]) -> str:
    """Stable across runs: depends on what is compared — the two values and
    the few words around each (its anchor) — not on file names, the order
    the files were given or the rest of the sentence. A re-run, a rename or
    a copy-edit elsewhere in the sentence keeps the flag and its review."""
    halves = sorted(anchor(side, claim) for side, claim in zip(sides, claims, strict=True))
    return hashlib.sha1("\x1f".join([kind, *halves]).encode("utf-8")).hexdigest()[:10]


def apart_id(did: str, shas: Sequence[str]) -> str:
    """The id of a flag whose wording another pair of articles already
    compared (a wire copy): told apart by the articles' content, never by
    their file names."""
    pair = "\x1f".join(sorted(shas))
    return hashlib.sha1(f"{did}\x1f{pair}".encode()).hexdigest()[:10]


def anchor(side: Side, claim: Claim) -> str:
    """The value's wording with up to ANCHOR_WORDS words either side of it."""
    start = max(0, side.start - claim.start)
    end = max(start, side.end - claim.start)
    before = _norm(claim.text[:start]).split()[-ANCHOR_WORDS:] if start else []
    after = _norm(claim.text[end:]).split()[:ANCHOR_WORDS]
    return "\x1e".join([" ".join(before), _norm(side.text), " ".join(after)])


_CREDIT = re.compile(r"\s*(?:photo|credit|image|link|tags|source)s?\s*:.*", re.I | re.S)

# A web page's own stamp: "Updated 4:08 p.m. ET", "Posted: March 3, 2024 9:12
# a.m. By Jane Smith", "By Ann Lee | Last modified 10:02 AM EDT, Mon March 4".
# After the stamp word only calendar and clock words may follow (and a byline),
# so a sentence that goes on to say something ("Published in 2008, the report
# found ...") is never dropped.
_STAMP_WORD = (
    r"(?:(?:last|first|originally)\s+)?(?:updated|posted|published|modified|revised)(?:\s+on)?"
    r"|last\s+update|date\s+(?:published|posted|modified)"
)
_CAL = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|today|yesterday|at|on|ago|and|of|hours?|hrs?|minutes?|mins?"
    r"|seconds?|days?|[ap]\.?m\.?|noon|midnight|local(?:\s+time)?"
)
_STAMP_TOKEN = rf"(?:\d[\d:./-]*(?:st|nd|rd|th|[ap]\.?m\.?)?|(?i:{_CAL})\.?|[A-Z]{{2,5}})"
_BYLINE = r"by\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|&))*"
_SEP = r"(?:\s*[,|:;/\-\u2013\u2014()]\s*|\s+)"
_PAGE_STAMP = re.compile(
    rf"\s*(?:(?i:{_BYLINE}){_SEP})?(?i:{_STAMP_WORD})\s*:?\s*"
    rf"{_STAMP_TOKEN}(?:{_SEP}{_STAMP_TOKEN})*"
    rf"(?:{_SEP}(?i:{_BYLINE}))?[\s.,|]*"
)


def is_boilerplate(text: str) -> bool:
    """Captions and credits ('Photo: Reuters') and a page's own updated,
    posted or published stamp carry no claims worth comparing (two outlets'
    update times are not a discrepancy about the story)."""
    return bool(_CREDIT.fullmatch(text) or _PAGE_STAMP.fullmatch(text))
