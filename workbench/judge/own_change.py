"""A change in per cent that does not match the two figures its own clause
gives it (issue 11, session 40): "Firearms offences rose from 412 in 2024 to
486 in 2025, a rise of 28 per cent" (412 to 486 is a rise of 18%), "sales
fell 30% from 1,200 units to 960" (a fall of 20%), "from £13.10 to £13.69, an
increase of 6%" (4.5%).

Like a share against its own counts (``own_share.py``), one source
disagreeing with itself: both figures and the change are in one clause of
one sentence, and no other report need state any of them. Read only where the
clause ties the change to the figures:

- "from A [in/on …] to B" — the start and the end of one change, counts or
  sums of one unit;
- the one share of the sentence told right after B as the change ("B, a rise
  of P", "B — an increase of P", "B, up P") or right before "from A" as its
  verb's amount ("rose P from A to B", "fell by P from A to B");
- the change's words agree with the figures' direction: a rise only of a
  larger B, a fall only of a smaller one (a change of the other direction is
  no reading of these figures).

The figures are read as written (their rounding, not their hedge), the share
by ``own_share._share_as_written``; only a change beyond both and the shares'
slack is flagged. Points ("up 3 percentage points") are no change in per cent.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ..model import Claim, Fact

_S = r"[ \u00a0]+"
_RISE = (
    r"rise|rose|risen|increase[sd]?|jump(?:ed|s)?|gain(?:ed|s)?|growth|grew|grown|"
    r"climb(?:ed|s)?|up"
)
_FALL = (
    r"fall|fell|fallen|drop(?:ped|s)?|decline[sd]?|decrease[sd]?|cut|reduction|"
    r"down|slump(?:ed|s)?|lower"
)
# "from 412" (the start of the change)
_FROM = re.compile(rf"\bfrom{_S}(?:(?:a|an|the){_S})?$", re.IGNORECASE)
# between the start and the end: "412 in 2024 to 486", "412 last year to 486", "412 to 486"
_TO = re.compile(
    rf"(?:{_S}[a-z]+)?(?:,?{_S}(?:in|on|at|by){_S}[\w ]{{1,20}}?|{_S}(?:last|a){_S}\w+"
    rf"(?:{_S}(?:earlier|ago|before))?)?,?{_S}to{_S}(?:(?:a|an|the){_S})?$",
    re.IGNORECASE,
)
# after the end, the change set off: ", a rise of", " — an increase of", ", up", "(up"
_AFTER = re.compile(
    rf"(?:{_S}[a-z][\w-]*){{0,3}}(?:,?{_S}(?:in|on|at|by){_S}[\w ]{{1,20}}?)?(?:{_S})?"
    rf"(?:,|—|–|\(|{_S}-)"
    rf"(?:{_S})?(?:(?:or|which\s+is|that\s+is){_S})?(?:(?:a|an){_S})?"
    rf"(?:(?:year-on-year|annual|total){_S})?(?P<word>{_RISE}|{_FALL})(?:{_S}(?:of|by))?{_S}$",
    re.IGNORECASE,
)
# the end told first: "1.1 million skier days last winter, up from 1.04 million"
_UP_FROM = re.compile(
    rf"(?:{_S}[a-z][\w-]*){{0,4}},?{_S}(?P<word>up|down){_S}from{_S}(?:(?:a|an|the){_S})?$",
    re.IGNORECASE,
)
# before "from A": "rose 28 per cent from", "fell by 20% from"
_VERB_BEFORE = re.compile(rf"\b(?P<word>{_RISE}|{_FALL})(?:{_S}by)?{_S}$", re.IGNORECASE)
_FROM_AFTER = re.compile(rf",?{_S}from{_S}(?:(?:a|an|the){_S})?$", re.IGNORECASE)
_IS_FALL = re.compile(rf"^(?:{_FALL})$", re.IGNORECASE)


def _figure(f: Fact) -> bool:
    m = f.mention
    if getattr(m, "value_high", None) is not None or not getattr(m, "value", 0):
        return False
    if f.kind == "number":
        return getattr(m, "dimension", "") == "count"
    return f.kind in ("money", "quantity")


def _one_unit(a: Fact, b: Fact) -> bool:
    return a.kind == b.kind and getattr(a.mention, "unit", None) == getattr(b.mention, "unit", None)


def _at(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def changes_of(claim: Claim, facts: Sequence[Fact], case: Callable) -> list:
    """The change in per cent of ``claim`` told with its start and end
    figures, as a share case (``case(share, start, end, fall)``); [] when the
    clause does not tie one share to one "from A to B"."""
    ordered = sorted(facts, key=lambda f: f.start)
    shares = [f for f in ordered if f.kind == "percent"]
    if len(shares) != 1 or "point" in shares[0].text.lower():
        return []
    share = shares[0]
    if getattr(share.mention, "value_high", None) is not None:
        return []
    figures = [f for f in ordered if _figure(f)]
    for x, y in itertools.pairwise(figures):
        if not _one_unit(x, y):
            continue
        told = _from_to(claim, x, y, share) or _up_from(claim, x, y, share)
        if told is None:
            continue
        a, b, word = told  # the start, the end, the change's word
        fall = bool(_IS_FALL.match(word))
        va, vb = float(a.mention.value), float(b.mention.value)  # type: ignore[union-attr]
        if (vb < va) != fall or va == vb:
            return []  # a change the other way is no reading of these figures
        found = case(share, b, a, fall)
        return [found] if found is not None else []
    return []


def _from_to(claim: Claim, a: Fact, b: Fact, share: Fact) -> tuple[Fact, Fact, str] | None:
    """ "rose from A [in 2024] to B, a rise of P" / "rose P from A to B"."""
    text = claim.text
    (sa, ea), (sb, eb), (ss, es) = _at(claim, a), _at(claim, b), _at(claim, share)
    from_at = _FROM.search(text, max(0, sa - 12), sa)
    if from_at is None or not _TO.fullmatch(text, ea, sb):
        return None
    told = None
    if ss >= eb:
        told = _AFTER.fullmatch(text, eb, ss)
    elif es <= sa and _FROM_AFTER.fullmatch(text, es, from_at.end()):
        told = _VERB_BEFORE.search(text, max(0, ss - 30), ss)
    return None if told is None else (a, b, told.group("word"))


def _up_from(claim: Claim, b: Fact, a: Fact, share: Fact) -> tuple[Fact, Fact, str] | None:
    """ "B last winter, up from A the season before, a rise of P"."""
    text = claim.text
    (sa, ea), eb, ss = _at(claim, a), _at(claim, b)[1], _at(claim, share)[0]
    up = _UP_FROM.fullmatch(text, eb, sa)
    if up is None or ss < ea:
        return None
    told = _AFTER.fullmatch(text, ea, ss)
    if told is None:
        return None
    if bool(_IS_FALL.match(told.group("word"))) != (up.group("word").lower() == "down"):
        return None
    return a, b, told.group("word")
