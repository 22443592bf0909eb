"""A figure the copy garbled is never compared as a clean value (session 43,
polish53; user trial 49).

A report whose text lost a character in decoding prints U+FFFD ("served 4\ufffd
months": 4½ with its fraction sign lost) or mojibake (UTF-8 read as Latin-1 or
cp1252: "4Â½ months", "â‚¬5m", "Ã©"). Read as a range ("4\ufffd months" as
4⅛-4⅞ months) the figure agreed with both "four months" and "five months"
while those two conflicted: an editor reads such a verdict as two sources
confirming a figure one of them cannot read. What an editor wants is the
question, not an answer: the pair stays UNRESOLVED, its explanation saying
which copy is garbled where and to check the original. Only a conflict every
reading keeps stands: "4\ufffd months" is 4 months (a non-breaking space lost)
or 4⅛-4⅞ months (a fraction sign lost; session 37), both far below "more than
four years" — but "2\ufffd years" against "two years" is a question. A figure is garbled
when the damaged character is inside it or touches it (no space between:
"1\ufffd5 dead", "\ufffd5 million" for "£5 million"); a damaged character a
word away ("BlackBerry\ufffd 10") leaves the figure clean. Two copies garbled
alike (the same wire's bytes, written identically) are the same words.
"""

from __future__ import annotations

import re

from ..facts.registry import family_of
from ..model import Claim, Fact, Verdict
from ..naming import quoted
from .stages import CANDIDATE, Outcome, Rule

# U+FFFD, and the common traces of UTF-8 read as Latin-1/cp1252: "Â" before a
# Latin-1 sign ("Â½", "Â£", "Â°"), "Ã" before a continuation byte read as a
# letter ("Ã©"), and the three-character mojibake of "€", "’", "–" ("â‚¬", "â€™")
DAMAGED = re.compile("\ufffd|Â[\u00a0-\u00bf]|Ã[\u0080-\u00bf]|â[\u0080-\u203a][\u0080-\u203a]")
_TOUCH = 3  # characters looked at on each side: the longest mojibake trace
_SIGN_AFTER_WHOLE = re.compile("\\d{1,3}\ufffd[ \u00a0-]+[a-z]+")


def garbled(claim: Claim | None, f: Fact) -> str:
    """The damaged text in or touching figure ``f`` of ``claim`` ("4\ufffd"),
    or "" when the figure reads clean."""
    if claim is None:
        return ""
    text = claim.text
    s, e = f.start - claim.start, f.end - claim.start
    if not (0 <= s <= e <= len(text)):
        return ""
    lo, hi = max(0, s - _TOUCH), min(len(text), e + _TOUCH)
    for m in DAMAGED.finditer(text, lo, hi):
        # inside the figure, or joined to it without a space
        if m.start() < e and m.end() > s:
            return text[s:e]
        between = text[m.end() : s] if m.end() <= s else text[e : m.start()]
        if between == "":
            return text[min(m.start(), s) : max(m.end(), e)]
    return ""


def garbled_pair(claims: tuple[Claim, Claim] | None, x: Fact, y: Fact) -> bool:
    """Either figure garbled, and the two not written alike."""
    if claims is None or x.text == y.text:
        return False
    return bool(garbled(claims[0], x) or garbled(claims[1], y))


def _lost_sign_only(damaged: str) -> bool:
    """ "4\ufffd months": a whole number, one sign after it lost, then its unit.
    Only a non-ASCII sign decodes wrongly, never a digit: such a figure reads
    as the whole number (a lost non-breaking space) or up to one more (a lost
    fraction), the two readings the families can be asked about."""
    return bool(_SIGN_AFTER_WHOLE.fullmatch(damaged))


def _conflicts_read_whole(x: Fact, y: Fact, garbled_left: bool) -> bool:
    """Whether the clean figure conflicts with the garbled one read without
    its lost sign too ("4 months"): with the family's own reading of the lost
    fraction, every reading conflicts."""
    figure, other = (x, y) if garbled_left else (y, x)
    if other.mention is None:
        return False
    family = family_of(figure.kind)
    found = family.find(figure.text.replace("\ufffd", ""), None)
    if not found:
        return False
    pair = (found[0], other.mention) if garbled_left else (other.mention, found[0])
    again = family.compare(*pair, "", "")
    return again is not None and again.verdict == Verdict.CONFLICT


def not_compared(c) -> bool:
    """A CANDIDATE case whose garbled figure must not be judged as a clean
    value: always, but for a conflict every reading of one lost sign keeps
    ('4\ufffd months' against 'more than four years': neither 4 months nor
    4⅛-4⅞ months is more than four years)."""
    if not garbled_pair(c.claims, c.x, c.y):
        return False
    left, right = garbled(c.claims[0], c.x), garbled(c.claims[1], c.y)
    if c.cmp.verdict != Verdict.CONFLICT or bool(left) == bool(right):
        return True
    if not _lost_sign_only(left or right):
        return True
    return not _conflicts_read_whole(c.x, c.y, bool(left))


def garbled_words(claims: tuple[Claim, Claim], x: Fact, y: Fact) -> str:
    """ "‘4\ufffd months’ is garbled (…) — unresolved", for each garbled side."""
    said = [
        quoted(damaged, "‘", "’")
        for claim, f in ((claims[0], x), (claims[1], y))
        if (damaged := garbled(claim, f))
    ]
    return (
        f"{x.text} vs {y.text}: {' and '.join(said)} {'is' if len(said) == 1 else 'are'} "
        "garbled (a character the copy could not decode touches the figure): not compared "
        "as a clean value — "
        "check the original — unresolved"
    )


GARBLED_FIGURE = Rule(
    "garbled_figure",
    CANDIDATE,
    not_compared,
    Outcome.UNRESOLVED,
    "a figure its copy garbled (U+FFFD or mojibake inside it or touching it: '4\ufffd "
    "months', '1\ufffd5 dead', '4Â½ months') is not compared as a clean value: read as a "
    "range it agreed with both 'four months' and 'five months' (user trial 49, ECB+ "
    "28_ecbplus) — a question naming the garbled copy, never an agreement or a conflict",
    "tests/test_s43_garbled_figures.py::test_a_lost_fraction_sign_is_never_an_agreement; "
    "tests/test_s43_garbled_figures.py::test_a_figure_garbled_inside_is_a_question_not_a_verdict",
    explain=lambda c: garbled_words(c.claims, c.x, c.y),
)
