"""Second partners: when a sentence of one article may meet more than one
sentence of another (``align._select`` matches one to one first).

- ``covered``: a split sentence's second part adds words the long one says;
- ``differ_about``: two claims give different days of one named happening;
- ``lone_partners``: a sentence left without a partner takes its best
  candidate although that one has a partner (one sentence of one article says
  what two sentences of the other say, not neighbours);
- ``left_apart``: pairs the matching left apart although they score near
  accept, handed to the judge as runner-ups (judge/runner_up.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

Evidence = tuple[str, float, float]  # (dimension, low, high), as align.Evidence


def differ_about(
    a: Sequence[Evidence], b: Sequence[Evidence], ratio: float = math.inf, agreeing: bool = False
) -> bool:
    """Do two claims give different days of one named happening ("charges
    filed Wednesday" / "charges were filed Tuesday"; "a 2008 conviction" /
    "the 2007 convictions")? Both at one precision (days, months, years) and
    at most ``ratio`` such units apart: "opens in June" and "opens April 29"
    are two stages told at two precisions, not one day misreported.
    A day unknown on either side may differ (NaN: a weekday in an undated
    article). Figures never take a second partner: on the ECB+ development
    half the one such pair was people shot read against people injured.
    A part of a day ("last night", "Friday morning") is told at the precision
    of a day when a whole day lies between the two: "arrested Friday" /
    "arrested last night" two days later are one arrest dated twice (ECB+
    16_ecb, trial 31: the pair was compared while the reports were undated and
    lost once their dates were given). Next to each other ("Monday" / "this
    morning" in a paper a time zone ahead) they are not: on the development
    half such a partner was a sentence about other shootings (18_ecbplus).
    ``agreeing``: days that agree count too — what makes the two a pair is
    that they date one named happening, not whether their dates resolve
    (session 26, trial 33: a pair taken while the reports were undated was
    lost once their publication dates made the days agree, and an editor's
    open finding with it)."""
    for ka, la, ha in a:
        if not ka.startswith("when:"):
            continue
        for kb, lb, hb in b:
            if ka != kb:
                continue
            if math.isnan(la + lb + ha + hb):
                return True
            wa, wb = ha - la, hb - lb
            if la <= hb and lb <= ha:  # the days agree: one pair at one precision
                if agreeing and _same_precision(wa, wb):
                    return True
                continue
            if max(wa, wb) < _DAY and max(lb - ha, la - hb) > _DAY:  # a day between them
                wa = wb = _DAY - 1
            same_precision = _same_precision(wa, wb)
            if same_precision and abs(la - lb) <= ratio * max(wa, wb, 1.0):
                return True
    return False


_DAY = 86400.0  # seconds, as the time family's evidence counts


def _same_precision(wa: float, wb: float) -> bool:
    """Two spans at one precision (days, months, years): 2008 is a day longer."""
    return abs(wa - wb) <= 0.1 * max(wa, wb)


def covered(long: list[str], first: list[str], second: list[str]) -> bool:
    """Does the long claim contain most of the second part's content words?"""
    s2 = set(second) - set(first)
    if len(s2) < 2:
        return False
    return len(s2 & set(long)) / len(s2) >= 0.4


def common_words(tokens: Sequence[Sequence[str]], share: float, least: int) -> frozenset[str]:
    """Content words found in more than ``share`` of the claims and in more
    than ``least`` of them (the number of articles: a word each article says
    once is not common): the event's main names and places, which its
    sentences repeat."""
    df: dict[str, int] = defaultdict(int)
    for toks in tokens:
        for tok in set(toks):
            df[tok] += 1
    most = max(share * len(tokens), least)
    return frozenset(tok for tok, d in df.items() if d > most)


def lone_partners(
    cands: list[tuple[float, int, int]],
    tokens: list[list[str]],
    floor: float,
    words: int,
    common: frozenset[str],
    partners: dict[int, set[int]],
    article: Sequence[str],
) -> list[tuple[float, int, int]]:
    """One article says in one sentence what the other says in two that are
    not neighbours ("X retained the IBF, WBO and IBO titles with a stoppage of
    Y" / "X stopped Y in the seventh" ... "X also retained the WBO and IBO
    belts"): the second sentence is left without a partner, because the one
    sentence went to the first. A sentence with no partner in the other
    article takes its best candidate there, although that one has a partner,
    when the pair scores ``floor`` or more and the lone sentence adds what the
    partner left out: ``words`` content words the two share that the other's
    partners in the lone one's article do not say, none of them ``common``
    (a background sentence repeating the lead's topic, "RSV causes thousands
    of hospital admissions among older adults", adds nothing the lead's own
    partner did not say). Only its best candidate (a sentence near several
    takes none of the others), and each partnered sentence takes at most one
    such sentence of the article: no chain of sentences hangs on one.
    ``cands`` (one article pair) is sorted, strongest first; ``partners``
    maps a claim to the claims it is aligned with; ``article``: each claim's."""
    seen: set[int] = set()  # lone claims whose best candidate was looked at
    extra: set[int] = set()  # partnered claims that took a lone sentence
    out = []
    for score, i, j in cands:
        if score < floor:
            break
        i_has = any(article[p] == article[j] for p in partners.get(i, ()))
        j_has = any(article[p] == article[i] for p in partners.get(j, ()))
        if i_has == j_has:
            continue  # both partnered (or both alone: the greedy pass took it if it could)
        lone, other = (i, j) if not i_has else (j, i)
        if lone in seen:
            continue
        seen.add(lone)
        if other in extra:
            continue
        said = {t for p in partners[other] if article[p] == article[lone] for t in tokens[p]}
        new = (set(tokens[i]) & set(tokens[j])) - common - said
        if len(new) < words:
            continue
        extra.add(other)
        out.append((score, i, j))
    return out


def left_apart(
    cands: list[tuple[float, int, int]], floor: float, aligned: set[tuple[int, int]]
) -> list[tuple[float, int, int]]:
    """The candidates of one article pair scoring ``floor`` or more that are
    not aligned: each sentence took a better partner, or the pair fell just
    under accept. ``cands`` is sorted, strongest first; ``aligned`` holds the
    aligned claim pairs in either order."""
    out = []
    for score, i, j in cands:
        if score < floor:
            break
        if (i, j) not in aligned and (j, i) not in aligned:
            out.append((min(score, 1.0), i, j))
    return out
