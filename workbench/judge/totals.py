"""A named holder's running total across whole articles (issue 11, session 18).

Reports of a record or a milestone state where a player, a team or a count
stands now ("Hansbrough now has 2,301 career points" / "Hansbrough, who now
has 2,302 points, made the record-setting basket") in sentences worded too
differently to align, so the aligned comparison never holds the two figures
against each other. Like the key figures of ``story.py`` and the deal prices
of ``deal.py``, this pass reads per article the one current total it states
for each holder and counted thing, and compares those of two articles whose
sentences never met. It is conservative:

- a figure is a current total only when its clause says so: "now has" (or
  "now holds", "now stands at", "has now scored") right before it, or
  "bringing/raising his total to" it; not "entered the game with 2,282
  points" nor "finished his career in 1978 with 2,290 points" (a past level);
- whose total it is must be named: the name the relative clause follows
  ("Hansbrough, who now has …") or the name opening the sentence
  ("Hansbrough finished with 20 points and now has …"); a pronoun ("he now
  has") names nobody, and two holders never pair;
- it counts a named thing ("points", "goals", "wins"), the same on both sides,
  with no year, place or list of owners of its own, and a scope other than a
  career or a total ("this season") must be the same on both sides;
- an article that states two different totals of one holder and thing gives
  none, pairs whose sentences were aligned are left to the aligned
  comparison, and the rows of ``unmet.UNMET_ROWS`` decide what is shown
  (reports of different days make a difference a question: a running total
  moves).
"""

from __future__ import annotations

import itertools
import re

from ..model import Claim, Comparison, Fact
from .family_helpers import QUANTITY_KINDS, compare_facts, counted_key, dimension_of
from .pairing import around, measure_in
from .story import Add, Figure, Run, judge_figures, key_figures

TOTAL = "total:"  # the key a running total is filed under: "total:hansbrough:point:"

_S = r"[ \u00a0]+"
_NAME = r"[A-Z][\w'’-]+"
_NOW = (
    rf"(?:now{_S}(?:has|have|holds|hold|owns|own|stands{_S}at|stand{_S}at|sits{_S}at)|"
    rf"(?:has|have){_S}now{_S}(?:scored|got|collected|won|taken|reached|recorded))"
    rf"{_S}(?:a{_S}(?:career{_S}|season{_S})?(?:total|tally){_S}of{_S})?$"
)
# "Hansbrough, who now has 2,302 points", "the Kings now have 40 wins": the name
# the relative clause follows, or the name right before
_WHO_NOW = re.compile(rf"\b({_NAME})(?:,?{_S}who)?{_S}{_NOW}")
# "… now has 2,302" (its holder is the name opening the sentence)
_BARE_NOW = re.compile(rf"\b{_NOW}")
# "…, bringing his career total to 2,302"
_BRINGING = re.compile(
    rf"\b(?:bringing|raising|taking|pushing|lifting){_S}(?:his|her|its|their){_S}"
    rf"(?:[\w-]+{_S}){{0,2}}?(?:total|tally){_S}to{_S}$",
    re.IGNORECASE,
)
# Words that open a sentence without naming a holder.
_NO_HOLDER = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "officials",
        "police",
        "there",
        "now",
        "then",
        "after",
        "before",
        "when",
        "while",
        "with",
        "by",
        "in",
        "on",
        "at",
        "as",
    ]
)
# Scopes that are the running total itself.
_WHOLE = frozenset({"", "career", "total"})


def holder_of(claim: Claim, f: Fact) -> str:
    """Whose current total a figure is, as its clause names it (lower case), or
    "" when it is no current total or names no holder (see the docstring)."""
    text, s = claim.text, f.start - claim.start
    before = text[max(0, s - 120) : s]
    if m := _WHO_NOW.search(before):
        return _holder(m.group(1))
    if _BARE_NOW.search(before) or _BRINGING.search(before):
        opening = re.match(rf"\s*(?:The{_S})?({_NAME})", text)
        return _holder(opening.group(1)) if opening else ""
    return ""


def _holder(word: str) -> str:
    word = word.lower().removesuffix("'s").removesuffix("’s")
    return "" if word in _NO_HOLDER else word


def _key(claim: Claim, f: Fact) -> tuple[str, str] | None:
    if f.kind not in QUANTITY_KINDS or f.mention is None:
        return None
    holder, noun = holder_of(claim, f), counted_key(f)
    if not holder or not noun:
        return None
    m = measure_in(claim, f)
    if m.role != "level" or m.year or m.place not in ("", "town") or m.listed or m.reference:
        return None
    scope = "" if m.scope in _WHOLE else m.scope
    return (f"{TOTAL}{holder}:{noun}:{scope}", dimension_of(f))


def totals_never_met(run: Run, add: Add) -> None:
    """Compare the running totals of every two articles whose sentences never met."""
    whole = max(len(run.claims), 1)  # a named holder's total is read anywhere in the text
    figures = key_figures(run.claims, run.facts_by_claim, whole, _key)
    totals = {
        a: {k: v for k, v in keys.items() if k[0].startswith(TOTAL)} for a, keys in figures.items()
    }
    for a, b in itertools.combinations(sorted(totals), 2):
        for key in sorted(set(totals[a]) & set(totals[b])):
            x, y = totals[a][key], totals[b][key]
            if frozenset((x.claim.id, y.claim.id)) in run.compared:
                continue
            _judge(run, add, key, x, y)


def _judge(run: Run, add: Add, key: tuple[str, str], x: Figure, y: Figure) -> None:
    names = (run.names[x.fact.article], run.names[y.fact.article])
    cmp: Comparison | None = compare_facts(x.fact, y.fact, *names)
    if cmp is None:
        return
    holder, noun, scope = key[0][len(TOTAL) :].split(":")
    what = f"current total of {noun}s of {holder.capitalize()}"
    if scope:
        what += f" ({scope})"
    words = (around(x.claim, x.fact), around(y.claim, y.fact))
    judge_figures(run, add, what, (x, y), cmp, words)
