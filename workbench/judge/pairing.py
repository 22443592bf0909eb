"""Which values of two aligned claims are about one thing.

Facts are compared only within aligned claims and only with facts of the
same family; the rules of the COMPARE, CANDIDATE and PAIRING stages say
which pairs are kept, and each kept pair carries the names of the rules
that admitted it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from ..facts.dated_things import date_reading, length_aside_event, length_scope
from ..facts.measure import (
    LIFE_AFTER,
    Measure,
    clause_bounds,
    dated_event_of,
    measure_of,
    year_of,
)
from ..facts.stamped import STAMPS
from ..model import Alignment, Claim, Comparison, Fact, Verdict
from ..text import content_tokens
from ..thresholds import JudgeThresholds
from . import assign, bound, cases, dropped, rules, side_memo, weekdays
from .ages import age_of
from .clock_phrase import told_alike
from .directions import directed
from .family_helpers import (
    QUANTITY_KINDS,
    TIME_KINDS,
    counted_alike,
    pins_own_day,
    same_figure,
    same_value,
    whole_facts,
)
from .frames import _numeric, frame, root
from .labels import as_labelled
from .lists import listed_ages, owners_by_elimination
from .lone import lone_left
from .reads import read_pair
from .subgroups import part_reason
from .why_apart import why_apart as _apart

_RANK = {Verdict.IDENTICAL: 0, Verdict.CONSISTENT: 1, Verdict.UNRESOLVED: 2, Verdict.CONFLICT: 3}


class Paired(NamedTuple):
    """Two values judged to be about one thing, the family's comparison, and
    the rules that admitted the pair (the comparing rule, then any exemption)."""

    x: Fact
    y: Fact
    cmp: Comparison
    route: tuple[str, ...]
    alike: bool = True  # both say alike what they measure: frames sharing two words or one noun
    said_once: bool = False  # only one clause names the happening its value counts or dates
    owned_once: bool = False  # only one clause names whose figure it is
    owner_unknown: bool = False  # ... and the other's owner is neither named nor referred to
    measured_alike: bool = False  # floor.measured_alike: one fact, whatever the alignment
    evidence: tuple[str, ...] = ()  # same_thing.evidence: why both may measure one thing


def relatedness(
    claims: Sequence[Claim], alignments: Sequence[Alignment]
) -> dict[tuple[str, str], float]:
    """How much two articles report the same event: aligned claims over the
    claims of the shorter article (0..1)."""
    count: dict[str, int] = defaultdict(int)
    article_of = {}
    for c in claims:
        count[c.article] += 1
        article_of[c.id] = c.article
    aligned: dict[tuple[str, str], set[str]] = defaultdict(set)
    for al in alignments:
        a, b = article_of[al.left], article_of[al.right]
        key = (a, b) if a < b else (b, a)
        aligned[key].add(al.left if a < b else al.right)
    return {k: len(v) / max(1, min(count[k[0]], count[k[1]])) for k, v in aligned.items()}


def context_agreement(ca: Claim, x: Fact, cb: Claim, y: Fact) -> float:
    """How much the words around two values agree (0..1): stemmed content
    words within 40 characters, numbers left out (they are what differs)."""
    return _agreement(_context_words(ca, x), _context_words(cb, y))


def _context_words(claim: Claim, f: Fact) -> str:
    return _context_words_at(claim.text, f.start - claim.start, f.end - claim.start)


@lru_cache(maxsize=1 << 16)
def _context_words_at(text: str, s: int, e: int, width: int = 40) -> str:
    around = text[max(0, s - width) : s] + " " + text[e : e + width]
    return " ".join(root(t) for t in content_tokens(around) if not _numeric(t, stems=False))


def _agreement(wa: str, wb: str) -> float:
    if not wa or not wb:
        return 0.0
    return fuzz.token_set_ratio(wa, wb) / 100


def measure_in(claim: Claim, f: Fact) -> Measure:
    """What a quantity measures (its event, role, owner, period and year); for
    a time, the stage of the story it dates ("sentenced on Tuesday"), read as
    a level, and for a length of time also the year its clause names."""
    family = "time" if f.kind in TIME_KINDS else "quantity" if f.kind in QUANTITY_KINDS else ""
    if f.kind == "duration":
        family = "duration"
    return _measure_at(claim.text, f.start - claim.start, f.end - claim.start, family)


@lru_cache(maxsize=1 << 16)
def _measure_at(text: str, s: int, e: int, family: str) -> Measure:
    if family == "time":
        return date_reading(text, s, e)
    if family == "duration":  # "a 12-year sentence imposed in 1997"; "the Nationals (eight years)"
        whose = measure_of(text, s, e)
        return Measure(
            event=dated_event_of(text, s, e) or length_aside_event(text, s, e),
            # "five rounds sooner than", "the seven-year history of the group" (session 21)
            role=whose.role if whose.role == "difference" or LIFE_AFTER.match(text, e) else "level",
            owner=whose.owner,
            listed=whose.listed,
            subject=whose.subject,  # "Cole had been sentenced to 12 years"
            year=year_of(text, s, e),
            scope=length_scope(text, s, e, whose.scope),  # "a year after a similar outage"
        )
    if family != "quantity":
        return Measure()
    m = measure_of(text, s, e)
    aged = age_of(text, s, e)  # "Tom Reed, 41" is Reed's age, not Ann Cole's "63"
    return replace(m, owner=(aged[0],)) if aged and not m.owner else m


def _named(f: Fact, m: Measure) -> Measure:
    """What an explanation says a value measures: a length of time's owner
    keeps two teams' offers apart but is not named ('the women's race in
    2:19:08' is not a time 'of Women'); nor is what a date stamps when it is no
    stage of the DATED lexicon (facts/stamped.py: it keeps dates apart, and the
    explanations of the dates it leaves compared read as they did)."""
    if m.event in STAMPS:
        return replace(m, event="")
    return replace(m, owner=(), listed=False) if f.kind == "duration" else m


def _naming_what(
    cmp: Comparison, a: tuple[str, Claim, Fact, Measure], b: tuple[str, Claim, Fact, Measure]
) -> Comparison:
    """The explanation, saying what each figure measures when either clause
    says ("… (Courier: killed; in 1997 / Gazette: not stated) — conflict").
    When neither says, it says nothing: a window of words around each value
    ("what each measures: 'with Tajikistan was on Tuesday one of the
    Taliban's' / …", trial 36) only repeated the sentences the finding quotes
    and read as if it were a measure. ``a``, ``b``: each side's article name,
    claim, value and measure."""
    (ln, ca, x, ma), (rn, cb, y, mb) = a, b
    ma, mb = as_labelled(ca.text, _named(x, ma)), as_labelled(cb.text, _named(y, mb))
    wa, wb = ma.describe(), mb.describe()
    if not (wa or wb) or " — " not in cmp.explanation:
        return cmp
    found, verdict = cmp.explanation.rsplit(" — ", 1)
    what = f"what each measures: {ln}: {wa or 'not stated'} / {rn}: {wb or 'not stated'}"
    what = f"what both measure: {wa}" if wa == wb else what  # once (trial 40: "incident" twice)
    return Comparison(cmp.verdict, f"{found} ({what}) — {verdict}", cmp.left, cmp.right)


_WORDS_AROUND = 4


def around(claim: Claim, f: Fact) -> str:
    """The value with up to four words either side of it within its clause."""
    text = claim.text
    s, e = f.start - claim.start, f.end - claim.start
    lo, hi = clause_bounds(text, s, e)
    before = [m.start() for m in _NONSPACE.finditer(text, lo, s)][-_WORDS_AROUND:]
    after = [m.end() for m in _NONSPACE.finditer(text, e, hi)][:_WORDS_AROUND]
    # cut from the text itself, so '6.1-magnitude' is not shown as '6.1 -magnitude'
    words = text[before[0] if before else s : after[-1] if after else e]
    return " ".join(words.split()).strip(" ,.;:")


_NONSPACE = re.compile(r"\S+")


def _event_word(m: Measure) -> frozenset[str]:
    """The event a count is of, as a frame word: "killing one" and "one dead" share it."""
    return frozenset((f"event:{m.event}",)) if m.event else frozenset()


def _family_kinds(f: Fact) -> set[str]:
    return QUANTITY_KINDS if f.kind in QUANTITY_KINDS else TIME_KINDS


def _lone(facts: list[Fact]) -> dict[str, bool]:
    """Fact id -> whether it is the only value of its family in its claim."""
    return {f.id: sum(g.kind in _family_kinds(f) for g in facts) == 1 for f in facts}


_Side = tuple[Claim, Fact, list[Fact], dict[str, Measure]]


def _twin_elsewhere(a: _Side, b: _Side) -> bool:
    """Another value of the other claim states either figure's number ("more
    than 1,300" / "1,300"), and nothing says the two measure different
    things: that figure is about its twin, not about the one it is paired with."""
    if same_figure(a[1], b[1]):
        return False
    for (cx, x, _, mx), (co, y, others, mo) in ((a, b), (b, a)):
        for z in others:
            if z.id == y.id or z.kind not in QUANTITY_KINDS or not same_figure(x, z):
                continue
            if not _apart(cx, x, mx[x.id], co, z, mo[z.id]):
                return True
    return False


def _taken(measures: dict[str, Measure], fid: str) -> frozenset[str]:
    """The owner words of a claim's figures other than ``fid``, and the places
    they are measured from."""
    return frozenset(
        w for k, m in measures.items() if k != fid for w in (*(m.owner or m.subject), *m.reference)
    )


def _candidate(
    cmp: Comparison,
    a: _Side,
    b: _Side,
    shared: int,
    lone: bool,
    before: tuple[str, str] = ("", ""),
) -> cases.CandidateCase:
    """What the CANDIDATE rules read of one compared pair of values (``before``:
    each article's text before its sentence)."""
    (ca, x, fa, measure_a), (cb, y, fb, measure_b) = a, b
    ma, mb = measure_a[x.id], measure_b[y.id]
    figures = all(any(f.kind in QUANTITY_KINDS for f in fs) for fs in (fa, fb))
    return cases.CandidateCase(
        x,
        y,
        cmp,
        shared,
        lone,
        same_value(x, y),
        _apart(ca, x, ma, cb, y, mb, (_taken(measure_a, x.id), _taken(measure_b, y.id)))
        or part_reason(a, b),
        x.kind == "number" or y.kind == "number",
        _twin_elsewhere(a, b),
        (ma.scope, mb.scope),
        (ca, cb),
        (ma.owner or ma.subject, mb.owner or mb.subject),
        before,
        figures,
        (ma, mb),
        (fa, fb),
    )


class Side(NamedTuple):
    """What pairing reads of one claim's values, whatever they are paired with."""

    facts: list[Fact]  # whole_facts
    words: dict[str, str]  # fact id -> the words around it (_context_words)
    measures: dict[str, Measure]  # fact id -> what it measures (measure_in)
    frames: dict[str, frozenset[str]]  # fact id -> its frame and event word
    lone: dict[str, bool]  # fact id -> the only value of its family (_lone)
    stages: Counter  # how many of its values count each event


def _read_side(claim: Claim, facts: list[Fact], width: int) -> Side:
    facts = whole_facts(claim, facts)
    measures = {f.id: measure_in(claim, f) for f in facts}
    return Side(
        facts,
        {f.id: _context_words(claim, f) for f in facts},
        measures,
        {f.id: frame(claim, f, width) | _event_word(measures[f.id]) for f in facts},
        _lone(facts),
        Counter(m.event for m in measures.values()),
    )


def read_side(claim: Claim, facts: list[Fact], width: int) -> Side:
    """:func:`_read_side`, read once for a claim and its facts (side_memo.py)."""
    return side_memo.kept(claim, facts, width, _read_side)


def compare_claims(
    ca: Claim,
    cb: Claim,
    fa: list[Fact],
    fb: list[Fact],
    names: dict[str, str],
    t: JudgeThresholds,
    before: tuple[str, str] = ("", ""),
    barred: frozenset[tuple[str, str]] = frozenset(),
) -> list[Paired]:
    """Pair the facts of two aligned claims one to one (assign.py) and compare
    each pair ('50 of 370 districts' vs '50 districts' pairs 50 with 50).
    ``before``: each article's text before its claim (whom a "He" refers to);
    ``barred``: (left, right) fact ids never paired (repair.py: a pair the
    VALUE rules drop spends neither value); bound.py: figures told as one."""
    ln, rn = names[ca.article], names[cb.article]
    cands = []
    fa, words_a, measure_a, frame_a, lone_a, stages_a = read_side(ca, fa, t.frame_words)
    fb, words_b, measure_b, frame_b, lone_b, stages_b = read_side(cb, fb, t.frame_words)
    if not fa or not fb:  # nothing to pair: every step below gives [] (issue 14)
        return []
    frame_a, frame_b = listed_ages(ca, cb, (fa, fb), (frame_a, frame_b))  # each an age
    apart: dict[str, set[str]] = {}  # figures dropped for their scope (dropped.py)
    for x in fa:
        for y in fb:
            if (x.id, y.id) in barred:
                continue
            events = (measure_a[x.id].event, measure_b[y.id].event)
            case = cases.CompareCase(x, y, fa, fb, ln, rn, events, (ca, cb))
            how = rules.decide(rules.COMPARE, case)
            if how is None:
                continue
            ma, mb = measure_a[x.id], measure_b[y.id]
            cmp = directed(case, how.name, (ma, mb), (ca, cb))  # 'fell 2.1%' / 'rose 2.1%'
            shared = len(frame_a[x.id] & frame_b[y.id])
            lone = lone_a[x.id] and lone_b[y.id]
            a, b = (ca, x, fa, measure_a), (cb, y, fb, measure_b)
            case = _candidate(cmp, a, b, shared, lone, before)
            rule = rules.decide(rules.CANDIDATE, case)
            if rule is not None and rule.outcome == rules.Outcome.SKIP:
                dropped.note(apart, rule.name, x, y)
                continue
            route: tuple[str, ...] = (how.name,)
            if rule is not None and rule.explain is not None:
                cmp = Comparison(Verdict(rule.outcome), rule.explain(case), cmp.left, cmp.right)
                route = (how.name, rule.name)
            ctx = 1.0 if told_alike(a, b) else _agreement(words_a[x.id], words_b[y.id])
            same_counted = counted_alike(x, y)
            read = read_pair((ca, x, ma), (cb, y, mb), shared, same_counted, lone)
            like = assign.likeness(x.kind == y.kind, same_counted, ma, mb)
            cands.append((_RANK[cmp.verdict], -ctx, x, y, cmp, route, read, like))
    cands = dropped.kept_free(cands, apart, (ca, cb))
    best = assign.chosen([weekdays.assigned(c) for c in cands], t)
    cands.sort(key=lambda c: ((c[2].id, c[3].id) not in best, c[0], c[1]))
    used: set[str] = set()
    out = []
    for _rank, negctx, x, y, cmp, route, how_read, _like in cands:
        if x.id in used or y.id in used:
            continue

        def lone(of_kind: bool = False, x: Fact = x, y: Fact = y) -> bool:
            return lone_left(x, y, ((ca, fa), (cb, fb)), used, of_kind)

        stages = (measure_a[x.id].event, measure_b[y.id].event)
        only = stages_a[stages[0]] == 1 and stages_b[stages[1]] == 1
        ages = measure_a[x.id].role == measure_b[y.id].role == "age"
        case = cases.PairingCase(cmp, -negctx, lone, t, x, y, stages, only, how_read[4], ages)
        rule = rules.decide(rules.PAIRING, case)
        if rule is not None and rule.outcome == rules.Outcome.SKIP:
            continue
        used.update((x.id, y.id))
        cmp = _naming_what(cmp, (ln, ca, x, measure_a[x.id]), (rn, cb, y, measure_b[y.id]))
        out.append(Paired(x, y, cmp, route if rule is None else (*route, rule.name), *how_read))
    out = bound.told_as_one(out, ((ca, fa, ln), (cb, fb, rn)))  # twins, conversions
    return owners_by_elimination(ca, cb, fa, fb, out)


def day_anchor(
    ca: Claim,
    cb: Claim,
    facts_by_claim: dict[str, list[Fact]],
    published: dict[str, object],
    names: dict[str, str],
) -> str:
    """Why two claims from articles published on different days may not be
    about the same day, or "" when nothing suggests it.

    A running story changes: "fell 260 points today" in a report of 7 Oct
    and "fell 678 points" in one of 9 Oct are not a contradiction unless
    both claims pin their figure to the same day. When exactly one claim
    pins itself to its own publication day ("today", "this morning") and
    the articles appeared on different days, a difference is unresolved.
    """
    pa, pb = published.get(ca.article), published.get(cb.article)
    if not pa or not pb or pa == pb:
        return ""

    def own_day(claim: Claim) -> str:
        for f in facts_by_claim[claim.id]:
            if pins_own_day(f):
                return f.text
        return ""

    def any_time(claim: Claim) -> bool:
        return any(f.kind in TIME_KINDS for f in facts_by_claim[claim.id])

    for this, other, p_this, p_other in ((ca, cb, pa, pb), (cb, ca, pb, pa)):
        day = own_day(this)
        if day and not any_time(other):
            return (
                f"{names[this.article]} dates its figure '{day}' ({p_this}); "
                # the sentence gives none, not the article (trial 44, P5: "ECB+ 22_2, published
                # 2010-09-10, gives no date" read as the article having no date)
                f"{names[other.article]} (published {p_other}): this sentence gives no date"
            )
    return ""
