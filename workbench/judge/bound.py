"""Figures bound to a figure two reports give alike, compared across the
reports (session 34, issue 11: a wrong conversion or second figure hidden
behind a consistent pair).

A sentence often states one figure and, right after it, figures that say the
same thing another way: its conversion ("4.2bn kronur (about $560 million)",
"£300m, or about $380m"), its worth ("a 12% stake, worth $3.1bn"), a share it
makes of a whole ("a fine of Kr180m, 2.5% of turnover", "38bn zloty, equal to
2.1% of GDP"). When two aligned sentences give the primary figure alike, the
pair is shown consistent and nothing else is asked; but a figure bound to it
that differs from the other sentence's figure bound the same way ($560m /
$650m, 2.5% / 3.5%) is one sentence stating one thing wrong: the primary
agrees, so both bound figures measure one thing whatever words their clauses
use. Here each such pair of bound figures of one dimension (and one currency)
is compared, and shown only when it differs beyond rounding — a conflict kept
by the row ``one_sum_converted`` (converted.py) — never when it agrees:
readers find repeated agreements noise. twins.py (a twin against the other
report's single figure) and converted.py (two conversions already paired)
are the older, narrower cases of this mechanism and run first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..model import Claim, Comparison, Fact, Verdict
from . import converted, twins
from .areas_apart import areas_differ
from .converted import BOUND, ONE_SUM
from .family_helpers import QUANTITY_KINDS, compare_facts

_AGREE = (Verdict.IDENTICAL, Verdict.CONSISTENT)
_HEDGE = r"(?:about|roughly|around|some|nearly|almost|approximately|approx\.|c\.|~)?"
# between a figure and one bound to it: "(", ", or about", "equal to", "worth"
# (a noun or two of the figure may come first: "a €1.1bn penalty (about $1.2bn)")
_JOINED = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,2}?"
    r"\s*(?:\(|,|\u2013|\u2014)?\s*(?P<word>(?:or|i\.e\.|(?:equal|equivalent|amounting|"
    r"corresponding)\s+to|the\s+equivalent\s+of|which\s+is|representing|worth|valued\s+at)\s+)?"
    rf"{_HEDGE}\s*",
    re.IGNORECASE,
)
# a share told of the figure before it: "Kr180m, 2.5% of turnover"
_SHARE_OF = re.compile(r"\s*(?:of|of\s+(?:its|their|the|annual|global))\b", re.IGNORECASE)
_COMMA = re.compile(r"\s*[,\u2013\u2014]\s*")
_NOUN_COMMA = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}?\s*,\s*")
_HEDGED = re.compile(r"(?:about|roughly|around|approximately|nearly|almost|some)\s", re.IGNORECASE)


def _dimension(f: Fact) -> str:
    return getattr(f.mention, "dimension", "") or ""


def _unit(f: Fact) -> str:
    return getattr(f.mention, "unit", "") or ""


def _joined(claim: Claim, a: Fact, b: Fact) -> bool:
    """Whether ``b`` is told right after ``a`` as the same figure another way
    or as a share of a whole ``a`` is."""
    between = claim.text[a.end - claim.start : b.start - claim.start]
    if not between.strip() or "\n" in between or not (_dimension(a) and _dimension(b)):
        return False
    if _dimension(b) == "percent" and _dimension(a) != "percent":
        after = claim.text[b.end - claim.start :]
        if _COMMA.fullmatch(between) and _SHARE_OF.match(after):
            return True
    if _NOUN_COMMA.fullmatch(between) and _HEDGED.match(b.text) and _unit(a) != _unit(b):
        return True  # "£1,800, roughly C$3,300", "1.47bn lesti, about €60m": its own hedge
    joined = _JOINED.fullmatch(between)
    if _COMMA.fullmatch(between) or joined is None:
        return False
    if joined.group("word") is None and "(" not in between and between[:1].isspace():
        return False  # "a 12% stake 40 ..." or "$3bn, 12 ...": words, then a bare figure
    # told another way: another unit, currency or dimension ("102 mph (148 km/h)",
    # "a 12% stake, worth $3.1bn"); "12 or 13 people" is two figures
    return _dimension(a) != _dimension(b) or _unit(a) != _unit(b)


def bound(claim: Claim, facts: Sequence[Fact]) -> dict[str, tuple[Fact, ...]]:
    """Each figure of a sentence mapped to the figures bound to it (its group
    of figures told as one, itself left out)."""
    ordered = sorted((f for f in facts if f.kind in QUANTITY_KINDS), key=lambda f: f.start)
    groups: list[list[Fact]] = [[f] for f in ordered[:1]]
    for a, b in pairwise(ordered):
        if _joined(claim, a, b):
            groups[-1].append(b)
        else:
            groups.append([b])
    return {f.id: tuple(g for g in group if g is not f) for group in groups for f in group}


def _alike(u: Fact, v: Fact) -> bool:
    dim = _dimension(u)
    return bool(dim) and dim == _dimension(v) and (dim != "currency" or _unit(u) == _unit(v))


def _why(cmp: Comparison, x: Fact, y: Fact) -> str:
    found = cmp.explanation.rsplit(" — ", 1)[0]
    return (
        f"{found}; both are told of one figure the reports give alike, '{x.text}' and "
        f"'{y.text}': one of the figures bound to it is wrong — conflict"
    )


def _mark(p, x: Fact, y: Fact):
    """``p`` (a Paired) kept a conflict as a figure bound to an agreeing one."""
    cmp = Comparison(Verdict.CONFLICT, _why(p.cmp, x, y), p.cmp.left, p.cmp.right)
    evidence = (*p.evidence, BOUND)
    return p._replace(cmp=cmp, measured_alike=True, said_once=False, evidence=evidence)


def with_bound(out: list, sides: tuple[tuple[Claim, Sequence[Fact], str], ...]) -> list:
    """``out`` (pairing.Paired), with each differing pair of figures bound alike
    to an agreeing pair shown as a conflict: a pair already made is marked, a
    pair never made is added when neither figure is already in a conflict."""
    (ca, fa, ln), (cb, fb, rn) = sides
    bound_a, bound_b = bound(ca, fa), bound(cb, fb)
    at = {(p.x.id, p.y.id): i for i, p in enumerate(out)}
    in_conflict = {f.id for p in out if p.cmp.verdict == Verdict.CONFLICT for f in (p.x, p.y)}
    out, more = list(out), []
    for p in [p for p in out if p.cmp.verdict in _AGREE]:
        for u in bound_a.get(p.x.id, ()):
            for v in bound_b.get(p.y.id, ()):
                if not _alike(u, v) or areas_differ(ca, u, cb, v):
                    continue  # session 41: shares of the north's and the nation's demand
                i = at.get((u.id, v.id))
                if i is not None:
                    q = out[i]
                    if q.cmp.verdict == Verdict.CONFLICT and not {BOUND, ONE_SUM} & set(q.evidence):
                        out[i] = _mark(q, p.x, p.y)
                    continue
                if u.id in in_conflict or v.id in in_conflict:
                    continue
                cmp = compare_facts(u, v, ln, rn)
                if cmp is None or cmp.verdict != Verdict.CONFLICT:
                    continue
                in_conflict |= {u.id, v.id}
                more.append(_mark(p._replace(x=u, y=v, cmp=cmp, route=p.route[:1]), p.x, p.y))
    return out + more


def bound_elsewhere(out: list, sides: tuple[tuple[Claim, Sequence[Fact], str], ...]) -> list:
    """``out`` without the differing pairs of two figures each bound to a
    figure of its sentence, one of them to a figure that agrees with another
    figure of the other sentence than its partner's own (session 36:
    "combined spending of 1.47 billion lesti, about €60m, with Civic
    Renewal's 412 million lesti" / "Civic Renewal spent
    412 million lesti, or about $18.2 million": the $18.2m is told of the 412
    million both give, the €60m of the combined 1.47 billion: two things, not
    one sum in two currencies)."""
    (ca, fa, _), (cb, fb, _) = sides
    bound_a, bound_b = bound(ca, fa), bound(cb, fb)
    partner: dict[str, str] = {}
    for p in out:
        if p.cmp.verdict in _AGREE:
            partner[p.x.id], partner[p.y.id] = p.y.id, p.x.id

    def elsewhere(u: Fact, mates: dict, v: Fact, other_mates: dict) -> bool:
        if not other_mates.get(v.id):  # each told of a figure: '£1,800, roughly C$3,300'
            return False  # is read as no conversion, so it says nothing
        group = {v.id, *(g.id for g in other_mates[v.id])}
        told = [partner[g.id] for g in mates.get(u.id, ()) if g.id in partner]
        return bool(told) and not any(t in group for t in told)

    return [
        p
        for p in out
        if p.cmp.verdict in _AGREE
        or not (elsewhere(p.x, bound_a, p.y, bound_b) or elsewhere(p.y, bound_b, p.x, bound_a))
    ]


def told_as_one(out: list, sides: tuple[tuple[Claim, Sequence[Fact], str], ...]) -> list:
    """``out`` with each figure told with another in one sentence compared:
    a twin against the other report's value (twins.py), two conversions of one
    sum (converted.py), figures bound to an agreeing pair (here); a figure
    bound to one that agrees with another of the other sentence's figures is
    no partner of the figure it was paired with (``bound_elsewhere``)."""
    out = bound_elsewhere(out, sides)
    return with_bound(converted.alike(twins.with_twins(out, sides), sides), sides)
