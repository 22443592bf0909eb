"""A share that does not match its own counts in one sentence (issue 11,
session 36): "Of the 63 injured, 11 — nearly a third — remained critical"
(11 of 63 is 17.5%), "1,170 flats, or about 62 per cent of the estate's
1,560 homes" (75%), "38,000 people came to a ground licensed for 24,000,
nearly 80 per cent more than it could hold" (58% more).

One source disagreeing with itself, like a figure and its own conversion
(``own_conversion.py``): both sides are in one sentence of one article and no
other report need state any of them. Read only where the sentence itself
ties the share to its part and its whole:

- "N of [the] M …", "Of the M …, N …" with the share set off right after
  them ("— nearly a third", ", or 62%", "(about 17 per cent)");
- "N …, or P of [the] [X's] M …": the share names its whole by the count
  right after its "of";
- "N …, P more than / above … M" with exactly two counts in the sentence,
  the whole the smaller, told beside the share: the share is N's excess
  over M.

The counts are taken as written (their rounding, not their hedge: "some
38,000" is the 38,000 the share was worked out from); the share with its
rounding and hedge ("nearly a third" is 28–33%). Only a share that misses
its counts beyond both and a point's slack is flagged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..facts.background import earlier_happening
from ..facts.measure import measure_of
from ..model import Claim, Fact, Verdict
from ..thresholds import current
from .family_helpers import counted_key
from .own_change import changes_of
from .spelled import Add, Decide, fact_side
from .stages import OWN_SHARE, Outcome, Rule

_S = r"[ \u00a0]+"
# between a figure and the share set off after it: a dash, a comma, a bracket,
# perhaps "or", "meaning", "that is"
_SET_OFF = re.compile(
    r"(?:[—–,(:]|\s-)\s*(?:(?:or|i\.e\.|that\s+is|meaning(?:\s+that)?|some|just)\s+)?$",
    re.IGNORECASE,
)
_OF_WHOLE = re.compile(
    rf"^{_S}of{_S}(?:(?:the|all|its|their|those|these|a|an){_S})?(?:[\w’'-]+['’]s?{_S})?$",
    re.IGNORECASE,
)
_OF_THE = re.compile(rf"\bof{_S}(?:the|all|its|their|those|these){_S}$", re.IGNORECASE)
_MORE = re.compile(rf"^{_S}(?:more|higher|greater|above|over|beyond)\b(?:{_S}than)?", re.IGNORECASE)
_STOP = re.compile(r"[;.!?]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_SLACK_POINTS = 1.0  # a share missing its counts by a point is rounding, not a slip
_SLACK_SHARE = 0.05  # ... or by a twentieth of itself


@dataclass(frozen=True)
class ShareCase:
    """One share and the counts its sentence gives it: the part and the
    whole, and whether the share is the part's excess over the whole."""

    share: Fact
    part: Fact
    whole: Fact
    excess: bool
    low: float  # what the counts make the share, as written (per cent)
    high: float
    whole_claim: Claim | None = None  # the whole told in another sentence of the article
    change: str = ""  # "rise" or "fall": the share is the change from whole to part (own_change)

    @property
    def misses(self) -> bool:
        """The share and what its counts make it do not meet, beyond the slack."""
        m = self.share.mention
        slack = max(_SLACK_POINTS, _SLACK_SHARE * abs(m.value))  # type: ignore[union-attr]
        low, high = _share_as_written(self.share)
        return low - slack > self.high or high + slack < self.low

    def reads(self) -> str:
        mid = (self.low + self.high) / 2
        shown = f"{mid:.0f}%" if mid >= 10 else f"{mid:.1f}%"
        p, w = self.part.text, self.whole.text
        if self.change:
            return f"{w} to {p} is a {self.change} of {shown}"
        if self.excess:
            return f"{p} is {shown} more than {w}"
        return f"{p} of {w} is {shown}"


def _count(f: Fact) -> bool:
    m = f.mention
    return (
        f.kind == "number"
        and getattr(m, "dimension", "") == "count"
        and getattr(m, "value_high", None) is None
        and getattr(m, "value", 0) > 0
    )


def _share(f: Fact) -> bool:
    m = f.mention
    return f.kind == "percent" and getattr(m, "value_high", None) is None


def _as_written(f: Fact) -> tuple[float, float]:
    """A count as written: its rounding, not its hedge ("some 38,000" is
    37,500–38,500)."""
    m = f.mention
    if m.hedge:  # type: ignore[union-attr]
        half = m.precision / 2  # type: ignore[union-attr]
        return m.value - half, m.value + half  # type: ignore[union-attr]
    return m.low, m.high  # type: ignore[union-attr]


def _share_as_written(f: Fact) -> tuple[float, float]:
    """A share's band: a hedged share written in figures is the figure its
    writer worked out, read to its rounding ("about 81%" is 80.5–81.5, "about
    80%" 75–85; session 40: the hedge's tenth either way let "17 of the 24
    economists …, or about 81%" pass for 71%); a share in words keeps its hedge
    ("nearly a third" is 28–33%)."""
    m = f.mention
    if m.hedge and any(ch.isdigit() for ch in f.text):  # type: ignore[union-attr]
        half = m.precision / 2  # type: ignore[union-attr]
        return m.value - half, m.value + half  # type: ignore[union-attr]
    return m.low, m.high  # type: ignore[union-attr]


def _between(claim: Claim, a: Fact, b: Fact) -> str:
    return claim.text[a.end - claim.start : b.start - claim.start]


def _before(claim: Claim, f: Fact, n: int = 30) -> str:
    at = f.start - claim.start
    return claim.text[max(0, at - n) : at]


def _clean(text: str, words: int) -> bool:
    """Nothing between two figures that ends their clause, and few words."""
    return not _STOP.search(text) and len(text.split()) <= words


def _case(share: Fact, part: Fact, whole: Fact, excess: bool) -> ShareCase | None:
    (pl, ph), (wl, wh) = _as_written(part), _as_written(whole)
    if wl <= 0:
        return None
    if excess:
        if ph <= wl:
            return None
        return ShareCase(share, part, whole, True, 100 * (pl - wh) / wh, 100 * (ph - wl) / wl)
    if pl > wh:
        return None
    return ShareCase(share, part, whole, False, 100 * pl / wh, 100 * ph / wl)


def _change_case(share: Fact, end: Fact, start: Fact, fall: bool) -> ShareCase | None:
    """The change from ``start`` to ``end`` in per cent, as written (own_change.py)."""
    (el, eh), (sl, sh) = _as_written(end), _as_written(start)
    if sl <= 0:
        return None
    if fall:
        low, high = 100 * (1 - eh / sl), 100 * (1 - el / sh)
    else:
        low, high = 100 * (el / sh - 1), 100 * (eh / sl - 1)
    return ShareCase(share, end, start, False, low, high, None, "fall" if fall else "rise")


def _part_of_whole(claim: Claim, counts: Sequence[Fact], share: Fact) -> tuple[Fact, Fact] | None:
    """The one "N of [the] M" or "Of the M …, N" of the sentence; of several,
    the last told before the share ("six of the seven members …: 17 of the 24
    economists polled, or about 81%": the share sets off the pair before it)."""
    found = []
    for a, b in itertools.pairwise(counts):
        between = _between(claim, a, b)
        if _OF_WHOLE.match(between):
            found.append((a, b))  # "11 of the 63"
        elif _OF_THE.search(_before(claim, a)) and re.fullmatch(r"[^,;.\d]{0,60},\s*", between):
            found.append((b, a))  # "Of the 1,140 oiled birds recovered by Thursday, 310"
    if len(found) > 1:
        before = [pw for pw in found if max(pw, key=lambda f: f.end).end <= share.start]
        return max(before, key=lambda pw: max(f.end for f in pw)) if before else None
    return found[0] if found else None


def _shares_of(claim: Claim, facts: Sequence[Fact]) -> list[ShareCase]:
    ordered = sorted(facts, key=lambda f: f.start)
    counts = [f for f in ordered if _count(f)]
    shares = [f for f in ordered if _share(f)]
    if len(shares) != 1 or len(counts) < 2:
        return []
    share = shares[0]
    after = claim.text[share.end - claim.start :]
    if _MORE.match(after):
        return _excess(claim, share, counts, after)
    pw = _part_of_whole(claim, counts, share)
    if pw is not None:
        part, whole = pw
        last = max(part, whole, key=lambda f: f.end)
        if last.end <= share.start:
            between = _between(claim, last, share)
            if _clean(between, 8) and _SET_OFF.search(between):
                return [c for c in [_case(share, part, whole, False)] if c]
        return []
    return _named_whole(claim, share, counts) or _part_after_whole(claim, share, counts)


# after "P of the M …": the part set off by a dash, a bracket, a colon or ", or"
_PART_SET_OFF = re.compile(
    rf"^(?:{_S}[A-Za-z][\w’'-]*){{0,3}}[ \u00a0]*(?:[—–(:]|{_S}-|,{_S}or)[ \u00a0]*"
    rf"(?:(?:some|about|around|roughly|nearly|almost|just){_S})?$",
    re.IGNORECASE,
)
# ... and the part's own words, none placing it or making it a subgroup ("80 in Leeds",
# "98 of them managers"), up to the mark that closes it
_PART_ENDS = re.compile(
    rf"^(?:{_S}(?!(?:in|at|from|of|on|to|for|with|among)\b)[A-Za-z][\w’'-]*){{0,2}}"
    rf"[ \u00a0]*(?:[—–),;.]|{_S}-{_S}|$)",
    re.IGNORECASE,
)


def _part_after_whole(claim: Claim, share: Fact, counts: Sequence[Fact]) -> list[ShareCase]:
    """ "Nearly half of the 300 staff - 98 people - lost their jobs", "about 40% of
    the firm's 1,200 workers, or 610 people" (session 43)."""
    after = [f for f in counts if f.start >= share.end]
    if len(after) != 2:
        return []
    whole, part = after
    if not _OF_WHOLE.match(_between(claim, share, whole)):
        return []
    if not _PART_SET_OFF.match(_between(claim, whole, part)):
        return []
    if not _PART_ENDS.match(claim.text[part.end - claim.start :]):
        return []
    return [c for c in [_case(share, part, whole, False)] if c]


def _named_whole(claim: Claim, share: Fact, counts: Sequence[Fact]) -> list[ShareCase]:
    """ "1,170 flats, or about 62 per cent of the estate's 1,560 homes"."""
    before = [f for f in counts if f.end <= share.start]
    after = [f for f in counts if f.start >= share.end]
    if not before or not after:
        return []
    part, whole = before[-1], after[0]
    between = _between(claim, part, share)
    if not (_clean(between, 3) and _SET_OFF.search(between)):
        return []
    if not _OF_WHOLE.match(_between(claim, share, whole)):
        return []
    return [c for c in [_case(share, part, whole, False)] if c]


def _excess(claim: Claim, share: Fact, counts: Sequence[Fact], after: str) -> list[ShareCase]:
    """ "38,000 … licensed for 24,000, nearly 80 per cent more than …"."""
    if len(counts) != 2:
        return []
    part, whole = sorted(counts, key=lambda f: -f.mention.value)  # type: ignore[union-attr]
    if part.start > share.start or part.mention.value <= whole.mention.value:  # type: ignore[union-attr]
        return []
    if whole.end <= share.start:  # the whole set off right before the share
        between = _between(claim, whole, share)
        told = _clean(between, 2) and _SET_OFF.search(between)
    else:  # ... or named within a few words after "more than"
        told = _clean(_between(claim, share, whole), 7)
    if not told or not _clean(_between(claim, part, share), 14):
        return []
    return [c for c in [_case(share, part, whole, True)] if c]


_OF_THEM = re.compile(rf"^{_S}of{_S}(?:them|whom){_S}([A-Za-z]+)", re.IGNORECASE)


def _counts_noun(claim: Claim, f: Fact, noun: str) -> bool:
    """``f`` counts ``noun``: its own noun, or "24 of them passengers"."""
    if counted_key(f) == noun:
        return True
    m = _OF_THEM.match(claim.text[f.end - claim.start :])
    return m is not None and m.group(1).lower().rstrip("s") == noun.rstrip("s")


def _whole_elsewhere(
    claim: Claim, facts: Sequence[Fact], article: Sequence[tuple[Claim, Fact]]
) -> list[ShareCase]:
    """A share of a noun whose part its sentence counts and whose whole only
    another sentence of the same article states: "24 of them passengers …
    about 15 per cent of the passengers on board" with "the 287 passengers"
    further on. The article must state one whole of that noun, as a level
    of no earlier happening, larger than the part."""
    ordered = sorted(facts, key=lambda f: f.start)
    shares = [f for f in ordered if _share(f)]
    if len(shares) != 1 or _MORE.match(claim.text[shares[0].end - claim.start :]):
        return []
    share = shares[0]
    noun = getattr(share.mention, "counted", None) or ""
    # "nearly a quarter of the island's population" is a share of its people
    # (session 40, authored volcano D7: 6,150 of the 48,000 it states elsewhere)
    noun = "person" if noun == "population" else noun
    if not noun:
        return []
    parts = [f for f in ordered if _count(f) and _counts_noun(claim, f, noun)]
    if len(parts) != 1 or parts[0].end > share.start:
        return []
    part = parts[0]
    wholes = {
        _value(f): (c, f)
        for c, f in article
        if c.id != claim.id
        and _count(f)
        and counted_key(f) == noun
        and _value(f) > _value(part)
        and _level(c, f)
    }  # "One passenger, a 71-year-old woman" is no whole of 24 passengers
    if len(wholes) != 1:
        return []
    ((_, (wc, whole)),) = wholes.items()
    case = _case(share, part, whole, False)
    if case is None:
        return []
    return [ShareCase(share, part, whole, False, case.low, case.high, wc)]


def _value(f: Fact) -> float:
    return float(f.mention.value)  # type: ignore[union-attr]


def _level(claim: Claim, f: Fact) -> bool:
    """A count as it stands, not a change, an earlier happening's or one with a year."""
    s, e = f.start - claim.start, f.end - claim.start
    m = measure_of(claim.text, s, e)
    return m.role == "level" and not m.year and not earlier_happening(claim.text, s, e)


def _explanation(case: ShareCase, name: str, rule: Rule) -> str:
    told = "beside its own counts"
    if case.whole_claim is not None:
        where = case.whole_claim.text.strip()
        where = where if len(where) <= 100 else where[:99].rstrip() + "…"
        told = f"of the {case.whole.text} it states elsewhere ('{where}')"
    return (
        f"{name} writes '{case.share.text}' {told}: {case.reads()}, "
        f"not {case.share.text} — the share does not match the figures it is worked "
        f"out from: one of them is wrong — {rule.outcome}"
    )


def shares_not_matching(
    claims: Sequence[Claim],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag each share its own sentence's counts do not make."""
    if not current().judge.own_shares:
        return
    by_article: dict[str, list[tuple[Claim, Fact]]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).extend((c, f) for f in facts_by_claim.get(c.id, ()))
    for claim in claims:
        name = names.get(claim.article, claim.article)
        facts = facts_by_claim.get(claim.id, ())
        cases = (
            _shares_of(claim, facts)
            or _whole_elsewhere(claim, facts, by_article.get(claim.article, ()))
            or changes_of(claim, facts, _change_case)
        )
        for case in cases:
            rule = decide(OWN_SHARE, case)
            if rule is None or rule.outcome == Outcome.SKIP:
                continue
            s, p = case.share, case.part
            sides = (fact_side(claim, s), fact_side(claim, p, case.reads()))
            why = _explanation(case, name, rule)
            add(s.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


OWN_SHARE_ROWS: tuple[Rule, ...] = (
    Rule(
        "share_matches_its_counts",
        OWN_SHARE,
        lambda c: not c.misses,
        Outcome.SKIP,
        "a share its own sentence's counts make, within its rounding and hedge "
        "('11 of the 63 injured — roughly one in six'): one statement, no flag",
        "tests/test_s36_own_share.py::test_shares_that_match_stay_silent",
    ),
    Rule(
        "share_against_its_article_whole",
        OWN_SHARE,
        lambda c: c.whole_claim is not None,
        Outcome.CONFLICT,
        "a share of a noun whose part its sentence counts ('24 of them passengers … about "
        "15 per cent of the passengers') against the one whole of that noun its article "
        "states elsewhere ('the 287 passengers'): the article contradicts itself",
        "tests/test_s36_own_share.py::test_a_share_against_its_articles_whole",
    ),
    Rule(
        "share_against_its_counts",
        OWN_SHARE,
        lambda c: True,
        Outcome.CONFLICT,
        "a share set beside the part and the whole it is of that they do not make "
        "('Of the 63 injured, 11 — nearly a third'): the source contradicts itself, "
        "whatever other reports say",
        "tests/test_s36_own_share.py::test_shares_against_their_counts_are_conflicts",
    ),
)
