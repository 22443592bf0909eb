"""A figure one report states against the figures another works it out from
(session 42, issue 11): "made 12 of 21 shots" / "shot 67%" (12 of 21 is 57%),
"will close 38 of its 120 stores" / "nearly half of its stores" (32%), "rose from
4,200 to 5,100" / "an increase of 1,000" (900), "rose from $4.2bn to $5.1bn" /
"rose 25%" (21%), "three in Alton, four in Brent and two in Carby" / "ten" (9).

The two figures are of different kinds (a count and a share, two levels and a
change) and never met in the fact comparison, so the arithmetic both reports
invite was left unchecked. Read narrowly, only where the words tie the figures
together, in sentences the aligner paired:

- a share: "N of [the|its] M <noun>" in one report, with no share of its own, and
  the one share of the other, no change ("rose 5%") and no points, in a sentence
  naming that noun;
- a sum: the members of a breakdown one report lists (``facts/parts/listed.py``),
  every one read as a figure, and the one count of the same noun the other states,
  larger than each member;
- a change: "from A to B" (or "to B from A", "B, up from A") of one unit in one
  report, with no change of its own, and one change the other ties to a word of
  change ("rose by", "an increase of", "up") or tells after it against an earlier
  time ("£12 dearer than last year") or before its noun ("a 9 per cent rise"),
  in A's unit or in per cent, in the same direction; of one thing: the clauses
  before the two share a word, one of them the first of its clause, or the change
  is told beside a level the other gives too ("1.1 million skier days, a 9 per
  cent rise") (session 43).

The figures worked from are read as written; the stated figure with its rounding
and hedge, and a slack of a point or a twentieth of itself for a share. The
explanation gives the sum: '12 of 21 is 57%, not 67%'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..facts.background import earlier_happening
from ..facts.parts.listed import listing_of
from ..model import Claim, Fact, Verdict
from .spelled import Add, Decide, fact_side, stretch_side
from .stages import DERIVED, Outcome, Rule

_S = r"[ \u00a0]+"
_OF = re.compile(rf"{_S}of{_S}(?:(?:the|its|their|his|her|our){_S})?", re.IGNORECASE)
_RISE = r"ris(?:e|es|en|ing)|rose|increas\w*|jump\w*|gain\w*|grew|grow\w*|climb\w*|up|added"
_FALL = (
    r"f[ae]ll\w*|drop\w*|declin\w*|decreas\w*|cut\w*|reduc\w*|down|slump\w*|shed|lost|los[ei]\w*"
)
_WORD = rf"(?P<word>{_RISE}|{_FALL})"
# the change the stated figure is the amount of: "rose by", "an increase of", "up"
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{_WORD}(?:{_S}by)?|(?:a|an){_S}(?:net{_S})?(?P<noun>rise|increase|fall|drop|decline"
    rf"|decrease|gain|cut|reduction|jump){_S}of)(?:{_S}(?:about|around|nearly|almost|some))?{_S}$",
    re.IGNORECASE,
)
# the change the stated figure is told after: "£12 dearer than last year" (session 43)
# or whose noun it is the amount of: "a 9 per cent rise on the winter before"
_CHANGE_AFTER = re.compile(
    rf"^(?:(?:{_S}[a-z]+)?{_S}(?P<than>more|higher|dearer|greater|larger|bigger|fewer|less|lower"
    rf"|cheaper|smaller){_S}than{_S}(?:(?:a|the|in|at){_S})?(?:last|previous|year|month|week"
    rf"|before|earlier|a{_S}year)\b"
    rf"|[ -](?P<noun>rise|increase|fall|drop|decline|decrease|gain|jump|cut|reduction)\b)",
    re.IGNORECASE,
)
_FROM = re.compile(rf"\bfrom{_S}(?:(?:a|an|the){_S})?$", re.IGNORECASE)
_TO = re.compile(rf"(?:,?{_S}(?:in|on|at|by){_S}[\w ]{{1,20}}?)?,?{_S}to{_S}", re.IGNORECASE)
_TO_FROM = re.compile(rf",?{_S}(?:(?:up|down){_S})?from{_S}", re.IGNORECASE)
_UP_FROM = re.compile(rf"(?:{_S}[\w'’-]+){{0,4}},{_S}(?:up|down){_S}from{_S}", re.IGNORECASE)
_IS_FALL = re.compile(
    rf"^(?:{_FALL}|fall|drop|decline|decrease|cut|reduction|fewer|less|lower|cheaper|smaller)$",
    re.IGNORECASE,
)
_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|combined|overall|total)\b", re.I)
_SLACK_POINTS = 1.0
_SLACK_SHARE = 0.05


@dataclass(frozen=True)
class DerivedCase:
    """A figure one report states and what another's figures make it."""

    stated: Fact
    stated_claim: Claim
    first: Fact  # the figures worked from, in their claim
    last: Fact
    parts_claim: Claim
    derived: float
    reads: str  # "12 of 21 is 57%"

    @property
    def misses(self) -> bool:
        m = self.stated.mention
        low, high = m.low, m.high  # type: ignore[union-attr]
        if self.stated.kind == "percent":
            slack = max(_SLACK_POINTS, _SLACK_SHARE * abs(m.value))  # type: ignore[union-attr]
            low, high = low - slack, high + slack
        return not low <= self.derived <= high


def _plain(f: Fact) -> bool:
    m = f.mention
    if f.kind not in ("number", "money", "percent", "quantity"):
        return False
    value = getattr(m, "value", None)
    return getattr(m, "value_high", None) is None and isinstance(value, float) and value > 0


def _count(f: Fact) -> bool:
    return f.kind == "number" and getattr(f.mention, "dimension", "") == "count" and _plain(f)


def _at(claim: Claim, f: Fact) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def _change_word(claim: Claim, f: Fact) -> str | None:
    s, e = _at(claim, f)
    got = _CHANGE_BEFORE.search(claim.text, max(0, s - 40), s)
    if got is None:  # "£12 dearer than last year", "300 fewer than a year earlier"
        after = _CHANGE_AFTER.match(claim.text[e : e + 40])
        return None if after is None else after.group("than") or after.group("noun")
    return got.group("word") or got.group("noun")


def _share_of(claim: Claim, share: Fact, noun: str) -> bool:
    """The share told of the noun: counted as it ('67% of his shots'), or right after
    a verb of the noun's own stem ('shot 67%')."""
    if getattr(share.mention, "counted", None) == noun:
        return True
    before = claim.text[max(0, _at(claim, share)[0] - 20) : _at(claim, share)[0]]
    return bool(re.search(rf"\b{re.escape(noun[:4])}\w*{_S}$", before, re.IGNORECASE))


def _pairs_of(claim: Claim, facts: Sequence[Fact]) -> bool:
    """Whether the claim tells an 'N of M' of its own (its share is its own sum's)."""
    counts = sorted((f for f in facts if _count(f)), key=_start)
    return any(
        _OF.fullmatch(claim.text, _at(claim, x)[1], _at(claim, y)[0])
        for x, y in itertools.pairwise(counts)
    )


def _shares(pc: Claim, pf: Sequence[Fact], sc: Claim, sf: Sequence[Fact]) -> list[DerivedCase]:
    """'N of M <noun>' in one report, its share stated by the other."""
    if any(f.kind == "percent" for f in pf):
        return []
    shares = [f for f in sf if f.kind == "percent"]
    if len(shares) != 1 or not _plain(shares[0]) or "point" in shares[0].text.lower():
        return []
    share = shares[0]
    if getattr(share.mention, "unit", "") != "%" or _change_word(sc, share) or _pairs_of(sc, sf):
        return []
    counts = sorted((f for f in pf if _count(f)), key=lambda f: f.start)
    out = []
    for x, y in itertools.pairwise(counts):
        if not _OF.fullmatch(pc.text, _at(pc, x)[1], _at(pc, y)[0]):
            continue
        noun = getattr(y.mention, "counted", None) or ""
        vx, vy = float(x.mention.value), float(y.mention.value)  # type: ignore[union-attr]
        if len(noun) < 3 or vx >= vy or not _share_of(sc, share, noun):
            continue
        pct = 100 * vx / vy
        shown = f"{pct:.0f}%" if pct >= 10 else f"{pct:.1f}%"
        out.append(DerivedCase(share, sc, x, y, pc, pct, f"{x.text} of {y.text} is {shown}"))
    return out[:1]


def _changes(pc: Claim, pf: Sequence[Fact], sc: Claim, sf: Sequence[Fact]) -> list[DerivedCase]:
    """'from A to B' in one report, the change stated by the other."""
    if any(f.kind == "percent" for f in pf):
        return []
    figures = sorted((f for f in pf if _plain(f) and f.kind in ("number", "money")), key=_start)
    told = [(f, w) for f in sf if _plain(f) and (w := _change_word(sc, f))]
    if len(told) != 1:
        return []
    stated, word = told[0]
    if not (_same_subject(sc, stated, pc, figures) or _level_restated(sf, stated, figures)):
        return []
    for x, y in itertools.pairwise(figures):
        if x.kind != y.kind or getattr(x.mention, "unit", 0) != getattr(y.mention, "unit", 0):
            continue
        ends = _ends(pc, x, y)
        if ends is None:
            continue
        a, b = ends
        va, vb = float(a.mention.value), float(b.mention.value)  # type: ignore[union-attr]
        if va == vb or (vb < va) != bool(_IS_FALL.match(word)):
            return []
        if stated.kind == "percent":
            if getattr(stated.mention, "unit", "") != "%":
                return []
            pct = 100 * abs(vb - va) / va
            reads = f"{a.text} to {b.text} is a change of {pct:.1f}%"
            return [DerivedCase(stated, sc, x, y, pc, pct, reads)]
        if stated.kind != a.kind or getattr(stated.mention, "unit", 0) != a.mention.unit:  # type: ignore[union-attr]
            return []
        if any(stated.mention.value == f.mention.value for f in (a, b)):  # type: ignore[union-attr]
            return []
        diff = abs(vb - va)
        reads = f"{a.text} to {b.text} is a change of {_amount(diff, a)}"
        return [DerivedCase(stated, sc, x, y, pc, diff, reads)]
    return []


def _sums(pc: Claim, pf: Sequence[Fact], sc: Claim, sf: Sequence[Fact]) -> list[DerivedCase]:
    """'three in Alton, four in Brent and two in Carby' in one report, the whole of the
    same noun stated by the other."""
    counts = sorted((f for f in pf if _count(f)), key=_start)
    listed = [(f, listing_of(pc.text, *_at(pc, f))) for f in counts]
    members = [(f, lst) for f, lst in listed if lst is not None]
    wholes = [f for f in sf if _count(f) and listing_of(sc.text, *_at(sc, f)) is None]
    if not members or len(wholes) != 1 or len([f for f in sf if _count(f)]) != 1:
        return []
    lst = members[0][1]
    if len(members) != len(lst.values):
        return []  # a member not read as a figure: the sum is not all there
    whole, noun = wholes[0], getattr(members[0][0].mention, "counted", None)
    if not noun or getattr(whole.mention, "counted", None) != noun:
        return []
    if whole.mention.value <= max(lst.values):  # type: ignore[union-attr]
        return []  # no whole of these members: one of them, or another
    named = sum(1 for q in lst.qualifiers if q & set(re.findall(r"[a-z][\w-]*", sc.text.lower())))
    if named < 2 and not _IN_ALL.search(sc.text):
        return []  # a whole of these members only when it names them, or says 'in all'
    if earlier_happening(sc.text, *_at(sc, whole)):
        return []  # 'killed at least 10 people five years ago'

    parts = " + ".join(f"{v:g}" for v in lst.values)
    reads = f"{parts} = {lst.total:g}"
    return [DerivedCase(whole, sc, members[0][0], members[-1][0], pc, lst.total, reads)]


_ACCOUNT = frozenset(
    re.split(
        " ",
        "net operating gross pretax pre-tax underlying adjusted core revenue revenues sales "
        "profit profits income earnings margin turnover ebitda loss losses",
    )
)
_STOP = frozenset(re.split(" ", "the a an its their his her of in for at on and to by said"))


def _subject(text: str) -> set[str]:
    """The content words of the clause before a figure (its last six words)."""
    clause = re.split(r"[,;:.()—–]", text)[-1]
    words = re.findall(r"[a-z][\w-]*", clause.lower())[-6:]
    return {w[:6] for w in words if w not in _STOP}


def _same_subject(sc: Claim, stated: Fact, pc: Claim, figures: Sequence[Fact]) -> bool:
    """The change and the levels are of one thing: the words before the change's verb
    and before the first level share a word, one of them the first of its clause's
    (session 43), and name the same account if any."""
    if not figures:
        return False
    before = sc.text[: _at(sc, stated)[0]]
    if re.search(rf",{_S}(?:a|an){_S}$", before):  # "… 1.1 million skier days, a 9% rise"
        before = before[: before.rfind(",")]
    said = _subject(before)
    told = _subject(pc.text[: _at(pc, figures[0])[0]])
    accounts = {w for w in said | told if w in {a[:6] for a in _ACCOUNT}}
    if accounts and (accounts & said) != (accounts & told):
        return False
    heads = (_head(before), _head(pc.text[: _at(pc, figures[0])[0]]))
    if heads[0] not in told and heads[1] not in said:
        return False  # "cargo volumes at the airport" / "passenger numbers at the airport"
    return bool(said & told - {a[:6] for a in _ACCOUNT} or accounts & said & told)


def _level_restated(sf: Sequence[Fact], stated: Fact, figures: Sequence[Fact]) -> bool:
    """The change told beside a level the other report gives too: "1.1 million skier
    days last season, a 9 per cent rise" / "1.1 million …, up from 1.04 million"."""
    values = {(f.kind, getattr(f.mention, "unit", None), f.mention.value) for f in figures}  # type: ignore[union-attr]
    return any(
        f.start < stated.start
        and _plain(f)
        and (f.kind, getattr(f.mention, "unit", None), f.mention.value) in values  # type: ignore[union-attr]
        for f in sf
    )


def _head(text: str) -> str:
    """The first content word of the clause before a figure: what its subject names."""
    clause = re.split(r"[,;:.()—–]", text)[-1]
    words = [w[:6] for w in re.findall(r"[a-z][\w-]*", clause.lower())[-6:] if w not in _STOP]
    return words[0] if words else ""


def _start(f: Fact) -> int:
    return f.start


def _amount(v: float, like: Fact) -> str:
    """A worked-out amount as an editor reads it: '900', '0.9 billion USD'."""
    for size, word in ((1e9, " billion"), (1e6, " million")):
        if v >= size:
            shown = f"{v / size:.3g}{word}"
            break
    else:
        shown = f"{v:,.0f}" if v == int(v) else f"{v:,.3g}"
    unit = getattr(like.mention, "unit", None)
    return f"{shown} {unit}" if unit else shown


def _ends(claim: Claim, x: Fact, y: Fact) -> tuple[Fact, Fact] | None:
    """(start, end) when the claim tells x and y as 'from x to y' or 'to x from y'."""
    (sx, ex), (sy, _) = _at(claim, x), _at(claim, y)
    text = claim.text
    if _FROM.search(text, max(0, sx - 12), sx) and _TO.fullmatch(text, ex, sy):
        return x, y
    if re.search(rf"\bto{_S}$", text[max(0, sx - 6) : sx]) and _TO_FROM.fullmatch(text, ex, sy):
        return y, x
    if _UP_FROM.fullmatch(text, ex, sy):  # "cost £45, up from £35", "1.1m days, up from 1.04m"
        return y, x
    return None


def derived_against_stated(
    pairs: Sequence[tuple[Claim, Claim]],
    facts_by_claim: Mapping[str, Sequence[Fact]],
    names: Mapping[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag a figure one report states that another's figures do not make."""
    for ca, cb in pairs:
        fa, fb = facts_by_claim.get(ca.id, ()), facts_by_claim.get(cb.id, ())
        for pc, pf, sc, sf in ((ca, fa, cb, fb), (cb, fb, ca, fa)):
            found = _shares(pc, pf, sc, sf) or _changes(pc, pf, sc, sf) or _sums(pc, pf, sc, sf)
            for case in found:
                rule = decide(DERIVED, case)
                if rule is None or rule.outcome == Outcome.SKIP:
                    continue
                s = case.stated
                sides = (
                    stretch_side(pc, case.first, case.last, case.reads),
                    fact_side(sc, s),
                )
                pn, sn = names.get(pc.article, pc.article), names.get(sc.article, sc.article)
                why = f"{case.reads} ({pn}), not the {s.text} {sn} states — {rule.outcome}"
                add(s.kind, Verdict(str(rule.outcome)), why, sides, rule.name)


DERIVED_ROWS: tuple[Rule, ...] = (
    Rule(
        "derived_figure_matches",
        DERIVED,
        lambda c: not c.misses,
        Outcome.SKIP,
        "a share or a change one report states that another's figures make, within its "
        "rounding ('38 of 120 stores' / 'nearly a third of its stores'): no flag",
        "tests/test_s42_derived.py::test_derived_figures_that_match_stay_silent",
    ),
    Rule(
        "derived_figure_against_its_figures",
        DERIVED,
        lambda c: True,
        Outcome.CONFLICT,
        "a share or a change one report states against the figures another works it out "
        "from ('made 12 of 21 shots' / 'shot 67%': 57%): the arithmetic both invite "
        "settles it",
        "tests/test_s42_derived.py::test_derived_figures_against_their_figures",
    ),
)
