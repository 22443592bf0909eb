"""The judge: applies the rule table (rules.py) to aligned claims and
matched quotes, stage by stage, and records on each discrepancy the rule
that decided it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .. import thresholds
from ..model import Alignment, Article, Claim, Discrepancy, Fact, Side, Verdict
from . import cases, games, gaps, memo, repair, rules
from . import days as days_rules
from .attribution import claim_attribution
from .breakdowns import breakdowns_apart
from .built import ages_against_years
from .daily import carried_alike, copied_not_redated, formulaic_pair
from .deal import prices_never_met
from .derived import derived_against_stated
from .family_helpers import family_kind, rates_given
from .flagbook import Flags as _Flags
from .flagbook import held_as as _held_as
from .floor import may_keep_values, restated_alike
from .identifiers import identifiers_apart
from .ids import discrepancy_id
from .judging_run import JudgingRun as _Run
from .judging_run import claim_pair_case, stale_values, value_rule
from .margins import margins_apart
from .measured import same_measure
from .names import names_spelled_apart
from .own_figures import figures_against_themselves
from .own_weekday import settle_weekdays, weekdays_not_their_dates
from .owned import owned_never_met
from .pairing import Paired, compare_claims, day_anchor, measure_in, relatedness
from .proper import proper_names_apart
from .quote_flags import judge_quotes
from .rare_anchor import common_words, rare_anchor
from .rate_outliers import glosses_out_of_line
from .read_once import Articles
from .residence import homes_apart
from .runner_up import anchored, names_one_owner
from .same_words import one_verdict_per_words, quoted_spans
from .served import terms_never_met
from .story import Run as StoryRun
from .story import figures_never_met
from .titles import titles_apart
from .totals import totals_never_met
from .works import works_never_met

Compared = tuple[Alignment, Claim, Claim, tuple[str, str], list[Paired]]


def judge(
    articles: Sequence[Article] | Articles,
    claims: Sequence[Claim],
    facts: Sequence[Fact],
    alignments: Sequence[Alignment],
    quote_pairs: Sequence[tuple[Fact, Fact]],
    conflict_floor: float = 0.0,
    decided: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
    runner_ups: Sequence[Alignment] = (),
) -> list[Discrepancy]:
    """Discrepancies between aligned claims and between matched quotes
    (and the differences of runner-ups' anchored values: runner_up.py).

    ``conflict_floor`` is the alignment score a claim pair needs before a
    difference between its values is called a conflict: a conflict is a
    strong statement, so it needs strong evidence that both sentences state
    the same claim (weaker pairs still report consistent values).

    ``decided``: ids of flags an editor decided on. A rule that would now
    leave one of them out (a publication date edited, another article
    added) keeps it as a question naming the rule instead: a fresh trial's
    verified finding vanished after a date edit, silently.

    Sums in two currencies are compared through the exchange rates these
    articles state ("£1.2bn (€1.4bn)"; facts/quantity/rates.py), never an
    outside rate.

    ``articles`` may be an article set read once (``read_once.Articles``) for
    many small runs over the same articles: the same verdicts."""
    read = Articles.of(articles)
    # sums in two currencies compare through the rates these articles state
    with rates_given(read.rates):
        return _judge(
            read,
            claims,
            facts,
            alignments,
            quote_pairs,
            conflict_floor,
            decided,
            known,
            runner_ups,
        )


def _judge(
    articles: Articles,
    claims: Sequence[Claim],
    facts: Sequence[Fact],
    alignments: Sequence[Alignment],
    quote_pairs: Sequence[tuple[Fact, Fact]],
    conflict_floor: float,
    decided: frozenset[str],
    known: frozenset[str],
    runner_ups: Sequence[Alignment],
) -> list[Discrepancy]:
    run = _Run.of(articles, claims, facts, decided, known)
    flags = _Flags(run)
    compared, formulaic, tally = _compare_aligned(run, claims, alignments, conflict_floor)
    # in reading order, so that a day shift of one article against another is asked
    # about at the first sentence pair that shows it (days.DAY_SHIFT_TOLD_ONCE)
    compared.sort(key=lambda c: (c[3], min(c[1].start, c[2].start), max(c[1].start, c[2].start)))
    shifted: set[tuple[str, str]] = set()
    dropped: set[tuple[str, str]] = set()  # article pairs the ARTICLE_PAIR rows left out
    for al, ca, cb, pair, results in compared:
        agree, conflict = tally[pair]
        if skip := rules.decide(
            rules.ARTICLE_PAIR, cases.ArticlePairCase(pair in formulaic, agree, conflict, run.t)
        ):
            _keep_decided(run, flags, results, skip)
            dropped.add(pair)
            continue
        if skip := rules.decide(rules.CLAIM_PAIR, claim_pair_case(run, ca, cb, results)):
            stale = stale_values(run, results)  # an old count told as current is still shown
            _keep_decided(run, flags, [p for p in results if p not in stale], skip)
            for p in stale:
                _judge_value(run, flags, (al.score, pair in shifted), p, "", conflict_floor)
            continue
        dated_by = day_anchor(ca, cb, run.facts_by_claim, run.published, run.names)
        for p in results:
            if _judge_value(run, flags, (al.score, pair in shifted), p, dated_by, conflict_floor):
                shifted.add(pair)
        if (al.left, al.right) not in run.set_aside:  # only its figures measured alike were kept
            facts = run.facts_by_claim[ca.id] + run.facts_by_claim[cb.id]
            texts = (run.texts[ca.article], run.texts[cb.article])
            claim_attribution(ca, cb, facts, run.names, flags.add, texts)
    if runner_ups:
        flags.differences_only = True
        _judge_runner_ups(run, flags, claims, (alignments, runner_ups), dropped, conflict_floor)
        flags.differences_only = False
    own = (claims, run.facts_by_claim, run.names)
    _across_the_story(run, flags, claims, alignments, compared, dropped, conflict_floor)
    for qa, qb in quote_pairs:
        judge_quotes(run, flags.add, qa, qb)
    figures_against_themselves(*own, run.texts, flags.add, rules.decide)
    glosses_out_of_line(*own, articles.out_of_line, flags.add, rules.decide)  # type: ignore[arg-type]
    met = _met_pairs(compared, dropped, conflict_floor)
    derived_against_stated(met, run.facts_by_claim, run.names, flags.add, rules.decide)
    margins_apart(*own, flags.add, rules.decide)
    breakdowns_apart(*own, run.days_apart, flags.add, rules.decide)
    weekdays_not_their_dates(*own, list(flags.found.values()), flags.add, rules.decide)
    settled = settle_weekdays(flags.sorted(), claims, run.facts_by_claim, run.names)
    return one_verdict_per_words(settled, quoted_spans(quote_pairs))


def _across_the_story(
    run: _Run,
    flags: _Flags,
    claims: Sequence[Claim],
    alignments: Sequence[Alignment],
    compared: list[Compared],
    dropped: set[tuple[str, str]],
    conflict_floor: float,
) -> None:
    """The figures, names and ages compared across the whole story, beyond
    the aligned claim pairs."""
    story = StoryRun(
        claims,
        run.facts_by_claim,
        run.names,
        run.days_apart,
        relatedness(claims, alignments),
        {frozenset((al.left, al.right)) for al, *_ in compared if _met(al, conflict_floor)},
        run.t,
        run.published,
    )
    figures_never_met(story, flags.add)
    prices_never_met(story, flags.add)
    works_never_met(story, flags.add)
    terms_never_met(story, flags.add)
    totals_never_met(story, flags.add)
    owned_never_met(story, flags.add)
    aligned = {frozenset((al.left, al.right)) for al in alignments}
    names_spelled_apart(claims, run.names, aligned, flags.add, rules.decide)
    identifiers_apart(claims, run.names, aligned, flags.add, rules.decide)
    proper_names_apart(claims, run.names, flags.add, rules.decide)
    homes_apart(claims, run.names, flags.add, rules.decide)
    titles_apart(claims, run.names, flags.add, rules.decide)
    ages_against_years(
        alignments, run.claim_by_id, run.facts_by_claim, run.published, run.names, flags.add,
        rules.decide,
    )  # fmt: skip


def _met_pairs(
    compared: list[Compared], dropped: set[tuple[str, str]], floor: float
) -> list[tuple[Claim, Claim]]:
    """The aligned claim pairs met above the floor whose article pair was judged."""
    return [(ca, cb) for al, ca, cb, pair, _ in compared if pair not in dropped and _met(al, floor)]


def _met(al: Alignment, floor: float) -> bool:
    """Whether an aligned pair counts as met for the story's rows: not a pair of
    openings (align_openings) below the conflict floor, whose differing figures
    the floor may drop — told in two openings, they are compared as never met."""
    return not al.opening or al.score >= floor


def _compare_aligned(
    run: _Run, claims: Sequence[Claim], alignments: Sequence[Alignment], floor: float
) -> tuple[list[Compared], set[tuple[str, str]], dict[tuple[str, str], list[int]]]:
    """Compare the values of every aligned claim pair the ALIGNMENT rules let
    through (a difference the VALUE rules would drop spends neither value:
    repair.py); also which article pairs look like formulaic reports of
    different days, and per article pair how many value pairs agree and conflict."""
    related = relatedness(claims, alignments)
    compared: list[Compared] = []
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # agree, conflict
    formulaic: set[tuple[str, str]] = set()
    copies: set[tuple[str, str]] = set()  # a sentence copied, its own day not re-dated
    # each article pair's compared sentences, read for sentences copied (redated.py)
    # only when the pair is both formulaic and a copy (issue 14: a difflib ratio for
    # each of ~7,600 aligned pairs at 200 articles, almost none of them asked)
    met: dict[tuple[str, str], list[tuple[Claim, Claim, list[Paired]]]] = defaultdict(list)
    for al in alignments:
        ca, cb = run.claim_by_id[al.left], run.claim_by_id[al.right]
        a, b = sorted((ca.article, cb.article))
        pair = (a, b)
        days = run.days_apart(ca.article, cb.article)
        case = cases.AlignmentCase(al.score, related.get(pair, 0.0), days, run.t)
        aside = rules.decide(rules.ALIGNMENT, case)
        if aside is not None and not may_keep_values(aside.name):
            continue
        results = _paired(run, al.score, ca, cb, floor)
        if al.days_agree:  # a pair for the day both date alike: that value only (align)
            results = [p for p in results if p.measured_alike]
        if aside is not None:
            results = [p for p in results if _kept_aside(aside.name, ca, cb, p)]
            if not results:
                continue
            run.set_aside.add((al.left, al.right))
        compared.append((al, ca, cb, pair, results))
        if al.opening:  # two openings left apart (align_openings): no say on the articles
            continue
        if any(formulaic_pair(ca, cb, p, days) for p in results):
            formulaic.add(pair)
        if any(copied_not_redated(ca, cb, p, days) for p in results):
            copies.add(pair)
        met[pair].append((ca, cb, results))
        for p in results:
            tally[pair][p.cmp.verdict == Verdict.CONFLICT] += 1
        # sentences of two games (games.DIFFERENT_GAMES drops their figures) still
        # disagree: on which game they tell of (rules' mostly_conflicting_articles)
        tally[pair][1] += games.told_apart(ca.text, cb.text)
    # reports sharing two sentences or more near word for word, one of them not
    # re-dated, are a copy (redated.py), never formulaic daily reports
    copied = {p for p in copies & formulaic if sum(carried_alike(*m) for m in met[p]) >= 2}
    return compared, formulaic - copied, tally


def _judge_runner_ups(
    run: _Run,
    flags: _Flags,
    claims: Sequence[Claim],
    alignments: tuple[Sequence[Alignment], Sequence[Alignment]],
    dropped: set[tuple[str, str]],
    floor: float,
) -> None:
    """Compare each runner-up (``alignments``: the aligned pairs, the
    runner-ups) on its values keyed and measured alike (measured.py) and,
    with ``runner_up_owned``, its anchored values of one named owner
    (runner_up.py) — both only with ``align.runner_up`` on — and on a value
    of one kind each side told in rare words alike (rare_anchor.py), through
    the same ALIGNMENT, CLAIM_PAIR and VALUE rows as an aligned pair."""
    related = relatedness(claims, alignments[0])
    t_align = thresholds.current().align
    measured, rare = t_align.runner_up >= 0, t_align.anchored >= 0  # which of the two asked
    common = common_words(claims, run.t.anchor_share)
    for al in alignments[1]:
        ca, cb = run.claim_by_id[al.left], run.claim_by_id[al.right]
        pair = tuple(sorted((ca.article, cb.article)))
        days = run.days_apart(ca.article, cb.article)
        case = cases.AlignmentCase(al.score, related.get(pair, 0.0), days, run.t)
        if pair in dropped or rules.decide(rules.ALIGNMENT, case, count=False):
            continue
        one_owner = measured and run.t.runner_up_owned and names_one_owner(ca.text, cb.text)
        sides = ((ca, run.facts_by_claim[ca.id]), (cb, run.facts_by_claim[cb.id]))
        results = [
            p
            for p in _paired(run, al.score, ca, cb, floor)
            if (one_owner and anchored(ca, cb, p))
            or (measured and same_measure(ca, cb, p))
            or (rare and bool(rare_anchor(sides, p, common, run.t.frame_words)))
        ]
        if not results:
            continue
        if rules.decide(rules.CLAIM_PAIR, claim_pair_case(run, ca, cb, results), count=False):
            continue
        dated_by = day_anchor(ca, cb, run.facts_by_claim, run.published, run.names)
        for p in results:
            _judge_value(run, flags, (al.score, True), p, dated_by, floor)


def _paired(run: _Run, score: float, ca: Claim, cb: Claim, floor: float) -> list[Paired]:
    """The value pairs of two aligned claims: paired one to one, then again
    without each difference the VALUE rows would drop (repair.py)."""
    fa, fb = run.facts_by_claim[ca.id], run.facts_by_claim[cb.id]
    if not fa or not fb:  # no value on one side: nothing to pair (issue 14)
        return []
    texts = (run.texts[ca.article], run.texts[cb.article])
    dated_by = day_anchor(ca, cb, run.facts_by_claim, run.published, run.names)

    def compare(barred: repair.Barred) -> list[Paired]:
        return memo.compared(compare_claims, ca, cb, fa, fb, run.names, run.t, texts, barred)

    def dropped(p: Paired) -> bool:
        rule = value_rule(run, (score, False), p, dated_by, floor, count=False)[1]
        return rule is not None and rule.name in repair.FREEING

    return repair.repaired(compare, dropped)


def _kept_aside(by: str, ca: Claim, cb: Claim, p: Paired) -> bool:
    """Whether a value pair of a claim pair set aside by the ALIGNMENT row ``by``
    is still compared (a SET_ASIDE row keeps it)."""
    alike = restated_alike(p.x, p.y, measure_in(ca, p.x), measure_in(cb, p.y))
    alike = alike or (gaps.compared_as_gap(p.route) and names_one_owner(ca.text, cb.text))
    return rules.decide(rules.SET_ASIDE, cases.SetAsideCase(by, alike)) is not None


def _judge_value(
    run: _Run, flags: _Flags, scored: tuple[float, bool], p: Paired, dated_by: str, floor: float
) -> bool:
    """Flag one paired value with the verdict the VALUE rules give it; a pair
    no VALUE rule decides keeps its fact module's verdict, credited to the
    rule that admitted it. ``scored``: the alignment's score, and whether the
    article pair's day shift was already asked about; returns whether this
    value asks about it."""
    case, rule = value_rule(run, scored, p, dated_by, floor)
    cmp = p.cmp
    if rule is None or rule.outcome == rules.Outcome.KEEP:
        # a KEEP row (floor.MEASURED_ALIKE_BELOW_THE_FLOOR) lets the fact module's verdict stand
        verdict, explanation = cmp.verdict, cmp.explanation
        name = p.route[-1] if rule is None else rule.name
    elif rule.outcome == rules.Outcome.SKIP:
        _keep_decided(run, flags, [p], rule)
        return False
    else:
        assert rule.explain is not None
        verdict, explanation, name = Verdict(rule.outcome), rule.explain(case), rule.name
    kind, sides = _kind_and_sides(p)
    flags.add(kind, verdict, explanation, sides, name)
    return name == days_rules.A_DAY_OFF_BY_THE_CLOCK.name


def _kind_and_sides(p: Paired) -> tuple[str, tuple[Side, Side]]:
    x, y, cmp = p.x, p.y, p.cmp
    kind = x.kind if x.kind == y.kind else family_kind(x.kind, y.kind)
    sides = (
        Side(x.article, x.claim, x.start, x.end, x.text, cmp.left),
        Side(y.article, y.claim, y.start, y.end, y.text, cmp.right),
    )
    return kind, sides


def _decided_as(run: _Run, did: str, sides: Sequence[Side]) -> str:
    """The id under which an editor decided this pair of articles' flag, or
    "". Its id is the wording compared, so the key holds the articles too (a
    wire copy's pair has the same wording); the id told apart from a copy's
    (``_Flags.add``) counts as well. A bare id (a caller without articles)
    is taken as is."""
    held = _held_as(run.decided, did, [run.sha[s.article] for s in sides])
    return held or (did if did in run.decided else "")


def _keep_decided(
    run: _Run, flags: _Flags, results: Sequence[Paired], skipped_by: rules.Rule
) -> None:
    """Of value pairs a rule leaves out, those an editor decided on stay, as
    questions that name the rule: the decision is shown with the verdict it
    was made under, to be looked at again."""
    if not run.decided:
        return
    for p in results:
        kind, sides = _kind_and_sides(p)
        claims = [run.claim_by_id[s.claim] for s in sides]
        known = _decided_as(run, discrepancy_id(kind, sides, claims), sides)
        if not known:
            continue
        # "… — conflict — kept as a question" read as a conflict (a trial): the
        # verdict the comparison would give is said as what it would be
        said, verdict = p.cmp.explanation, str(p.cmp.verdict)
        said = said.removesuffix(f" — {verdict}") + f" (it would read {verdict})"
        explanation = (
            f"{said} — kept as a question because an editor decided on it: "
            f"the comparison would now leave it out ({reason_of(skipped_by)})"
        )
        flags.add(kind, Verdict.UNRESOLVED, explanation, sides, skipped_by.name, known)


def reason_of(rule: rules.Rule) -> str:
    """A rule's reason as an editor reads it: the first clause of its ``why``
    (its name, "published_far_apart", leaked into the panel: trial 22)."""
    head = re.split(r"[:;(]", rule.why, maxsplit=1)[0].strip().rstrip(",")
    if len(head.split()) >= 5 and head[0].isalpha() and "_" not in head:
        return head
    return rule.name.replace("_", " ")  # "two figures" alone says nothing
