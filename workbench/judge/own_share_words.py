"""A share in words and the same share in figures in brackets that disagree
(issue 11, session 43): "more than a third (27.9%) of voters", "two thirds
(55%) of respondents", "nearly half (38 per cent) of the staff".

One source disagreeing with itself (``own_figures.py``), like a figure and
its own conversion (``own_conversion.py``): both sides are in one sentence,
the figure in brackets right after the words, or the words after the
figure. The words keep their hedge and their looseness ("a third" is
28–38%, "nearly half" 45–50%, "more than a third" above 33.3%); the figure
is read to its rounding, its hedge aside ("about 48 per cent" is 47.5–48.5,
the figure its writer worked out). Only a figure outside the words' band by
more than a point is flagged: "almost a third (31.6%)", "about a quarter
(26%)" and "a third (30%)" are one statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import Claim, Fact, Verdict
from ..thresholds import current
from .spelled import Add, Decide, fact_side
from .stages import OWN_WORD_SHARE, Outcome, Rule

_OPENS = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:or[ \u00a0]+|i\.e\.[ \u00a0]+)?"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|just)[ \u00a0]+)?",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"[ \u00a0]*\)")
_SLACK_POINTS = 1.0  # as own_share.py: a point either way is rounding


@dataclass(frozen=True)
class WordShareCase:
    """A share in words and its own figure in brackets."""

    words: Fact
    figure: Fact

    @property
    def misses(self) -> bool:
        m = self.words.mention
        low, high = _figure_as_written(self.figure)
        return high < m.low - _SLACK_POINTS or low > m.high + _SLACK_POINTS  # type: ignore[union-attr]

    def reads(self) -> str:
        m = self.words.mention
        low, high = m.low, m.high  # type: ignore[union-attr]
        if high == float("inf"):
            band = f"more than {low:.0f}%"
        elif low <= 0:
            band = f"less than {high:.0f}%"
        elif m.hedge in ("nearly", "almost"):  # type: ignore[union-attr]
            band = f"just under {high:.0f}% ({low:.0f}–{high:.0f}%)"
        else:
            band = f"{max(low, 0):.0f}–{high:.0f}%"
        return f"{self.words.text} is {band}"


def _single(f: Fact) -> bool:
    m = f.mention
    return f.kind == "percent" and m is not None and getattr(m, "value_high", 1) is None


def _in_words(f: Fact) -> bool:
    return getattr(f.mention, "written", None) is not None and not any(
        ch.isdigit() for ch in f.text
    )


def _in_figures(f: Fact) -> bool:
    return any(ch.isdigit() for ch in f.text) and getattr(f.mention, "written", None) is None


def _figure_as_written(f: Fact) -> tuple[float, float]:
    m = f.mention
    half = m.precision / 2  # type: ignore[union-attr]
    return m.value - half, m.value + half  # type: ignore[union-attr]


def _cases(claim: Claim, facts: Sequence[Fact]) -> list[WordShareCase]:
    out = []
    ordered = sorted((f for f in facts if _single(f)), key=lambda f: f.start)
    for a, b in pairwise(ordered):
        between = claim.text[a.end - claim.start : b.start - claim.start]
        if not _OPENS.fullmatch(between) or "(" not in between:
            continue
        if not _CLOSES.match(claim.text, b.end - claim.start):
            continue
        if _in_words(a) and _in_figures(b):
            out.append(WordShareCase(a, b))
        elif _in_figures(a) and _in_words(b):
            out.append(WordShareCase(b, a))
    return out


def _explanation(case: WordShareCase, name: str, rule: Rule) -> str:
    w, f = case.words.text, case.figure.text
    return (
        f"{name} writes '{w}' with '{f}' beside it in brackets: {case.reads()}, not "
        f"{f} — the share in words and its own figure disagree: one of them is wrong — "
        f"{rule.outcome}"
    )


def word_shares_not_matching(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each share in words its own bracketed figure does not match."""
    if not current().judge.own_shares:
        return
    for claim in claims:
        for case in _cases(claim, facts_by_claim.get(claim.id, ())):
            rule = decide(OWN_WORD_SHARE, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            w, f = case.words, case.figure
            sides = (fact_side(claim, w, case.reads()), fact_side(claim, f))
            why = _explanation(case, names.get(claim.article, claim.article), rule)
            add(w.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_WORD_SHARE_ROWS: tuple[Rule, ...] = (
    Rule(
        "share_in_words_matches_its_figure",
        OWN_WORD_SHARE,
        lambda c: not c.misses,
        Outcome.SKIP,
        "a share in words and its own figure in brackets within the words' looseness "
        "and a point ('almost a third (31.6%)', 'a third (30%)'): one statement, no flag",
        "tests/test_s43_own_figures.py::test_word_shares_that_match_stay_silent",
    ),
    Rule(
        "share_in_words_against_its_figure",
        OWN_WORD_SHARE,
        lambda c: True,
        Outcome.CONFLICT,
        "a share in words and its own figure in brackets that disagree ('more than a "
        "third (27.9%)', 'two thirds (55%)'): the source contradicts itself",
        "tests/test_s43_own_figures.py::test_word_shares_against_their_figures",
    ),
)
