"""What a value measures, as far as the words around it say: its frame.

Up to a few stemmed content words either side of a value, within its clause,
numbers left out ("16GB of RAM" -> {ram}). The CANDIDATE rows read two frames
that share no word as two values measuring different things
(different_measures).

A value that opens its sentence or clause and is set off by a comma ("In
August, the court threw out …", "Yesterday, on Friday, Reid felt she needed
to be checked in …") dates the main clause after its comma: that clause's
own words are its frame, names left out. Read only up to the comma, its
frame was empty, and an empty frame shares nothing: the day of one check-in
told in two reports never paired (ECB+ dev2, 01_ecb).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.lexicon import ONES, SCALE_WORDS, TENS
from ..model import Claim, Fact
from ..text import content_tokens, stem

NUMBER_STEMS = frozenset(stem(w) for w in (*ONES, *TENS, *SCALE_WORDS, "dozen", "dozens"))

# Where a value's clause ends: its frame does not reach into the next clause.
_CLAUSE_BEFORE = re.compile(r"[;:()\u2014]|,\s+(?:and|but|while|with|whereas)\s")
_CLAUSE_AFTER = re.compile(r"[;:()\u2014]|,\s")
# A value that opens its clause and is set off by a comma ("In August, …")
_SET_OFF = re.compile(r"\s*,")

# A number joined to a word ("13-inch", "43-year-old", "15-year"): a qualifier
# that names which thing a figure is of ("$1,199 for the 13-inch model"), not a
# figure that differs.
_QUALIFIER = re.compile(r"\d[\d.,]*-[a-z]")
# A figure in digits, not such a qualifier: "$15", "2,500", "3.5" (not "30-day").
_FIGURE = re.compile(r"\d[\d,.]*(?![\d,.]*[-\u2010][A-Za-z])")


def _numeric(token: str, stems: bool = True, qualifiers: bool = True) -> bool:
    """A number in digits or words: what differs, never what is measured
    (``qualifiers``: a number joined to a word is not one)."""
    if token[:1].isdigit():
        return not qualifiers or _QUALIFIER.match(token) is None
    return stems and token in NUMBER_STEMS


# A verb in "-ate" and its noun in "-ation" stem apart: "deliberating" ->
# "deliberat", "deliberation" -> "deliber" (so "negotiating" / "negotiations",
# "investigated" / "investigation", "evacuated" / "evacuation"). Two frames
# naming one happening, one by its verb and one by its noun, shared no word and
# their figures never paired ("after deliberating for more than 15 hours" /
# "after 13 hours and 40 minutes of deliberation"; session 29, eng83). Not
# "-eat", "-oat" ("defeat", "threat", "float"), and only stems of six letters
# or more ("combat" is the one word this folds wrongly: "comb").
_ATE_VERB = re.compile(r"[a-z]{3,}[^aeo]at")


def root(token: str) -> str:
    """A frame word with a verb's "-at" folded onto its noun's stem."""
    return token[:-2] if _ATE_VERB.fullmatch(token) else token


def frame(claim: Claim, f: Fact, width: int) -> frozenset[str]:
    """What a value measures, as far as its words say: up to ``width`` stemmed
    content words either side of it within its clause, numbers left out
    ("16GB of RAM" -> {ram}; "512 GB flash storage" -> {flash, storag}).
    Two values that share none of these words measure different things
    (memory vs storage, one team's offer vs another's)."""
    return _frame(claim.text, f.start - claim.start, f.end - claim.start, width)


def _main_clause(text: str) -> list[str] | None:
    """For a value that opens its clause and is set off by a comma ("In
    August, the court threw out …"), the words of the main clause it dates,
    names left out: what happened (the verb, its object), not who, since the
    names of a story's people and places stand in most of its sentences
    ("On Sunday night, the Angels withdrew …" does not date "traded to Los
    Angeles in July"), and the words after another figure, which are that
    figure's. None for any other value."""
    opener = _SET_OFF.match(text)
    if opener is None:
        return None
    main = _CLAUSE_BEFORE.split(text[opener.end() :])[0]
    # up to the clause's next figure: "tossed out a 2008 conviction" - the
    # conviction is what 2008 dates, not what "In August" does
    figure = _FIGURE.search(main)
    main = main[: figure.start()] if figure else main
    return content_tokens(" ".join(w for w in main.split() if not w[:1].isupper()))


# A fact is compared once per aligned claim pair it stands in: its frame and
# measure are read once (they depend only on its sentence and place in it).
# A figure alone in brackets, a hedge at most beside it: "four nautical miles
# (7.4 km) off Gavrio", "640p a share (about $8.45)" — a gloss of the figure before.
_OPEN_GLOSS = re.compile(
    r"\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or)\s+)?$"
)
_CLOSE_GLOSS = re.compile(r"\s*\)")
# A figure set off by a dash after the clause it restates, to the next dash or the
# clause's end: "11 — nearly a third — remained in a critical condition", "11 of the
# 63 were critical — roughly one in six;" — a gloss of the count before it (session 29)
_OPEN_DASH = re.compile(r"\S\s*(?:\u2014|\u2013|\s-)\s*$")
_CLOSE_DASH = re.compile(r"\s*(?:\u2014|\u2013|-\s|(?=[;:.!?]|$))")


@lru_cache(maxsize=1 << 16)
def _frame(text: str, s: int, e: int, width: int) -> frozenset[str]:
    opened, closed = _OPEN_GLOSS.search(text, 0, s), _CLOSE_GLOSS.match(text, e)
    if opened and closed:
        # a figure glossed in brackets measures what the figure before it does:
        # the words around the brackets are its frame (read inside them it had
        # none, and an empty frame shares nothing: "(4.6 km)" never met "(7.4 km)")
        s, e, text = opened.start(), opened.start(), text[: opened.start()] + text[closed.end() :]
    elif (dashed := _OPEN_DASH.search(text, 0, s)) and (ends := _CLOSE_DASH.match(text, e)):
        cut = dashed.start() + 1  # the words either side of the dashes are its frame
        s, e, text = cut, cut, text[:cut] + " " + text[ends.end() :]
    before = _CLAUSE_BEFORE.split(text[:s])[-1]
    ahead = content_tokens(before)
    # after another figure, a qualifier before this one is that figure's ("$15
    # for the 30-day pass and $2 for a ride": the pass is not what $2 buys)
    listed = _FIGURE.search(before) is not None
    words = [t for t in ahead if not _numeric(t, qualifiers=not listed)][-width:]
    main = None if ahead else _main_clause(text[e:])
    if main is not None:  # the whole of a short main clause: its verb may come late
        words += [t for t in main if not _numeric(t)][: 2 * width]
    else:
        after = _CLAUSE_AFTER.split(text[e:])[0]
        words += [t for t in content_tokens(after) if not _numeric(t)][:width]
    return frozenset(root(t) for t in words)
