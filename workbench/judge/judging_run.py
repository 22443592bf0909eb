"""What every stage of the judge reads about the articles of one judging run
(``JudgingRun``: their names, texts, dates, claims and facts, the thresholds, the
flags an editor decided on), and the cases the CLAIM_PAIR and VALUE rows are
given, built from it (split from engine.py, session 36)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from .. import thresholds
from ..model import Article, Claim, Fact, Verdict
from ..thresholds import JudgeThresholds
from . import cases, rules
from . import days as days_rules
from .both_stated import neighbours, states_both
from .dated_both import dates_both
from .dated_counts import told_current_after_a_higher as stale_pair
from .days import differs_for_good
from .family_helpers import count_windows, quoted_relative_times
from .moments import report_moment
from .pairing import Paired, measure_in
from .read_once import Articles


@dataclass(frozen=True)
class JudgingRun:
    """What every stage reads about the articles of one judging run."""

    names: dict[str, str]
    texts: dict[str, str]
    sha: dict[str, str]
    published: dict[str, date | None]
    claim_by_id: dict[str, Claim]
    facts_by_claim: dict[str, list[Fact]]
    t: JudgeThresholds
    # flags an editor decided on (the review log's): never left out in silence
    decided: frozenset[str] = frozenset()
    # every flag the log holds (decided_key): each pair keeps the id it has there
    known: frozenset[str] = frozenset()
    # aligned claim pairs (left, right) an ALIGNMENT row set aside whose figures
    # measured alike were still compared (rules.SET_ASIDE): no attribution is read
    set_aside: set[tuple[str, str]] = field(default_factory=set)
    # each claim's id -> its article's claims near it (both_stated.neighbours)
    near: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        articles: Sequence[Article] | Articles,
        claims: Sequence[Claim],
        facts: Sequence[Fact],
        decided: frozenset[str] = frozenset(),
        known: frozenset[str] = frozenset(),
    ):
        read = Articles.of(articles)  # read once for many runs: read_once.py
        quoted = quoted_relative_times(facts)
        windows = frozenset(count_windows(facts, {c.id: c for c in claims}))
        facts_by_claim: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            if not rules.decide(rules.FACT, cases.FactCase(f, quoted, windows)):
                facts_by_claim[f.claim].append(f)
        return cls(
            read.names,
            read.texts,
            read.sha,
            read.published,
            {c.id: c for c in claims},
            facts_by_claim,
            thresholds.current().judge,
            decided,
            known,
            near=neighbours(claims),
        )

    @cached_property
    def stories(self) -> tuple[tuple[str, date | None], ...]:
        """Every article's text and date (ValueCase.events), made once a run,
        not once for each paired value (issue 14: 200 pairs of each of ~9,000
        value cases at 200 articles)."""
        return tuple((t, self.published[a]) for a, t in self.texts.items())

    @cached_property
    def value_rules(self) -> dict[tuple, tuple[Paired, cases.ValueCase, rules.Rule | None]]:
        """Each paired value's case and the VALUE row that decides it, by the
        value pair (held: its id stays its own) and how it is judged
        (``value_rule``)."""
        return {}

    def days_apart(self, a: str, b: str) -> int:
        da, db = self.published[a], self.published[b]
        return abs((da - db).days) if da and db else 0

    def dated(self, article: str) -> bool:
        return self.published[article] is not None

    def moment(self, article: str) -> tuple:
        """The moment the article's figures are of, as its opening stamps them."""
        return report_moment(self.texts[article], self.published[article])


def claim_pair_case(
    run: JudgingRun, ca: Claim, cb: Claim, results: Sequence[Paired]
) -> cases.ClaimPairCase:
    """What the CLAIM_PAIR rows read of a compared claim pair."""
    verdicts = tuple(p.cmp.verdict for p in results)
    ages = any(measure_in(ca, p.x).role == "age" for p in results)
    days = run.days_apart(ca.article, cb.article)
    fixed = any(days_rules.fixed_dates(p.x, p.y) for p in results)
    # within an event's weeks; months apart, every figure differing: two things (two aircraft)
    differs = days <= run.t.same_event_days and (
        any(p.cmp.verdict == Verdict.CONFLICT and differs_for_good(p.x, p.y) for p in results)
        or days_rules.swapped(results)  # two places' figures given each to the other
    )
    return cases.ClaimPairCase(verdicts, days, ages, fixed, differs)


def stale_values(run: JudgingRun, results: Sequence[Paired]) -> list[Paired]:
    """Of a claim pair the CLAIM_PAIR rows leave out, its value pairs that are a
    count that only grows told as current in the later report below what the
    earlier report gave (dated_counts.told_current_after_a_higher): no day-to-day
    change explains one, so 'every value differs' must not hide it (session 43:
    held-out readers judged "the death toll stands at 27" a day after "has risen
    to 31", the injured differing too, a missed conflict). The pair's other
    values stay left out."""
    return [
        p
        for p in results
        if p.cmp.verdict == Verdict.CONFLICT
        and run.days_apart(p.x.article, p.y.article)
        and stale_pair(value_case(run, (0.0, False), p, "", 0.0))
    ]


def value_case(
    run: JudgingRun, scored: tuple[float, bool], p: Paired, dated_by: str, floor: float
) -> cases.ValueCase:
    """What the VALUE rows read of one paired value (``scored``: the
    alignment's score, and whether the article pair's day shift was told)."""
    x, y = p.x, p.y
    score, shift_told = scored
    both_dated = run.dated(x.article) and run.dated(y.article)
    return cases.ValueCase(
        x,
        y,
        p.cmp,
        score,
        floor,
        dated_by,
        both_dated,
        run.t.paraphrase,
        p.alike,
        p.said_once,
        p.owned_once,
        p.owner_unknown,
        run.days_apart(x.article, y.article),
        (run.published[x.article], run.published[y.article]),
        (run.claim_by_id[x.claim].text, run.claim_by_id[y.claim].text),
        shift_told,
        p.measured_alike,
        run.t.below_floor,
        p.evidence,
        (run.moment(x.article), run.moment(y.article)),
        p.route,
        p.cmp.verdict in _DIFFERING and _both_stated(run, x, y),
        (run.texts[x.article], run.texts[y.article]),
        run.stories,
        p.cmp.verdict in _DIFFERING
        and dates_both(x, y, run.claim_by_id, run.facts_by_claim, measure_in, days_rules.fixed),
    )


def value_rule(
    run: JudgingRun,
    scored: tuple[float, bool],
    p: Paired,
    dated_by: str,
    floor: float,
    count: bool = True,
) -> tuple[cases.ValueCase, rules.Rule | None]:
    """``value_case`` and the first VALUE row that applies to it (``count``:
    counted as a decision, as ``rules.decide`` counts it), each built once:
    repair.py asks ahead about every paired value with the day shift not told,
    and the same case is judged after (issue 14: ~2,000 cases built and
    decided twice at 200 articles). A pure function of its arguments within
    one run: the case reads only what the run holds from its start."""
    key = (id(p), scored, dated_by, floor)
    got = run.value_rules.get(key)
    if got is None or got[0] is not p:
        case = value_case(run, scored, p, dated_by, floor)
        got = (p, case, rules.decide(rules.VALUE, case, count=False))
        run.value_rules[key] = got
    _, case, rule = got
    if count and rule is not None:
        rules.record(rule.name, rule.outcome)
    return case, rule


# the verdicts the row figure_its_article_also_states reads both_stated for: an
# agreeing pair never asks, so its neighbours are never searched
_DIFFERING = (Verdict.CONFLICT, Verdict.UNRESOLVED)


def _both_stated(run: JudgingRun, x: Fact, y: Fact) -> bool:
    """One side's article states the other side's value too, the other's not
    this side's (both_stated.py: both stating both values is a swap, a conflict)."""
    got = (run.claim_by_id, run.facts_by_claim, run.near, measure_in)
    return states_both(x, y, *got) != states_both(y, x, *got)
