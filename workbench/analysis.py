"""The analysis pipeline: articles → claims → facts → alignments → discrepancies.

Pure and Qt-free. ``progress`` is called with (done, total, message) and
``cancelled`` is polled between steps so a window can run this on a worker
thread and stop it.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import (
    align,
    align_lexical,
    as_written,
    embed_ahead,
    facts_memo,
    findings,
    judge,
    manual_links,
    raised,
    versus,
)
from .articles import load_articles
from .facts.measure import dated_event_of, measure_of
from .facts.quantity.story_dollar import with_story_dollar
from .facts.registry import FAMILIES, family_of
from .facts.time.event_zone import with_event_zone
from .facts.time.story_fiscal import with_story_fiscal_year
from .facts.time.story_zone import with_story_zone
from .findings.copies import basis as copy_basis
from .lexical import ceiling as similarity_ceiling
from .manual_links import ManualLink
from .model import (
    Alignment,
    Analysis,
    Article,
    Cancelled,
    Claim,
    Fact,
    Mention,
    Progress,
    Verdict,
)
from .sentences import split_sentences
from .thresholds import DEFAULT, Thresholds, current, use


def _poller(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A function that raises Cancelled once ``cancelled()`` says so."""

    def poll() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    return poll


def claims_of(article: Article, poll: Callable[[], None] = lambda: None) -> list[Claim]:
    poll()
    return [
        Claim(f"{article.id}:{i}", article.id, i, s, e, article.text[s:e])
        for i, (s, e) in enumerate(split_sentences(article.text))
    ]


def facts_of(
    article: Article, claims: Sequence[Claim], poll: Callable[[], None] = lambda: None
) -> list[Fact]:
    """The facts of every family in the registry, with article offsets.
    ``poll`` runs before each family reads the article (it raises Cancelled
    to stop: one family took 5 s on a 1.4 MB file).

    Families found per claim run in registry order, and a mention overlapping
    one of an earlier family in the same claim is dropped (times win over
    quantities: '48 hours' and 'four years ago' are time expressions, not
    counts). Families found over the whole article (quotes) are attached to
    the claim they start in.
    """
    out: list[Fact] = []
    read = [c for c in claims if not judge.is_boilerplate(c.text)]
    texts = [c.text for c in read]
    found = {}
    for f in FAMILIES:
        if f.scope == "claim":
            poll()
            found[f.name] = f.find_each(texts, article.published)
    for k, claim in enumerate(read):
        out.extend(_claim_facts(article, claim, {name: ms[k] for name, ms in found.items()}))
    for family in FAMILIES:
        if family.scope != "article":
            continue
        poll()
        for m in family.find(article.text, article.published):
            claim = _claim_at(claims, m.start)
            if claim is not None:
                out.append(_fact(article, claim, m, m.start, m.end))
    out.sort(key=lambda f: (f.start, f.end))
    counters: dict[str, int] = {}
    numbered = []
    for f in out:
        n = counters.get(f.claim, 0)
        counters[f.claim] = n + 1
        numbered.append(replace(f, id=f"{f.claim}:f{n}"))
    return numbered


def _claim_facts(
    article: Article, claim: Claim, mentions: dict[str, Sequence[Mention]]
) -> list[Fact]:
    found: list[Fact] = []
    taken: list[tuple[int, int]] = []  # spans of earlier families
    for family in FAMILIES:
        if family.scope != "claim":
            continue
        spans = []
        for m in mentions[family.name]:
            s, e = claim.start + m.start, claim.start + m.end
            if any(s < te and ts < e for ts, te in taken):
                continue
            spans.append((s, e))
            found.append(_fact(article, claim, m, s, e))
        taken.extend(spans)
    return found


def _fact(article: Article, claim: Claim, m: Mention, start: int, end: int) -> Fact:
    return Fact("", claim.id, article.id, m.kind, start, end, m.text, m.to_json(), m)


def _claim_at(claims: Sequence[Claim], pos: int) -> Claim | None:
    """The claim holding ``pos``, else one starting within 2 characters after it.
    Claims are in order and disjoint: found by bisection (a scan per quote was
    quadratic on long articles)."""
    k = bisect.bisect_right(claims, pos, key=lambda c: c.start)  # first claim after pos
    if k and pos < claims[k - 1].end:
        return claims[k - 1]
    if k < len(claims) and claims[k].start - pos <= 2:
        return claims[k]
    return None


def _evidence(facts: Sequence[Fact]) -> dict[str, list[align.Evidence]]:
    """Normalised values per claim, for alignment, as each family gives them."""
    out: dict[str, list[align.Evidence]] = {}
    for f in facts:
        values = family_of(f.kind).evidence(f)
        if values:
            out.setdefault(f.claim, []).extend(values)
    return out


def _happenings(claims: Sequence[Claim], facts: Sequence[Fact]) -> dict[str, list[align.Evidence]]:
    """Per claim, what its dates are of, as far as their clauses name it
    (facts/measure.py), with each one's value: ("when:charged", low, high)
    for "filed charges on Wednesday". Two sentences in other words that give
    different days of one such happening may state one fact differently
    (``align``); a date whose clause names nothing adds nothing. The value is
    NaN when the family gives none (a weekday in an undated article). Figures
    are left out: the aligner pairs only days this way, and reading what each
    figure counts cost a sixth of a 50-article run."""
    text_of = {c.id: (c.start, c.text) for c in claims}
    out: dict[str, list[align.Evidence]] = {}
    for f in facts:
        if f.claim not in text_of or f.kind not in ("date", "time"):
            continue
        start, text = text_of[f.claim]
        key = "when:" + dated_event_of(text, f.start - start, f.end - start)
        if key == "when:":
            continue
        values = [v for v in family_of(f.kind).evidence(f) if not v[0].startswith("timex:")]
        low, high = (values[0][1], values[0][2]) if values else (math.nan, math.nan)
        out.setdefault(f.claim, []).append((key, low, high))
    return out


def _decided_kept(
    alignments: list[Alignment],
    claims: Sequence[Claim],
    decided: frozenset[str],
    removed: set[frozenset[str]],
) -> list[Alignment]:
    """The alignments, plus each sentence pair a decided flag was compared in
    (``DecidedFlags.pairs``) that the aligner let go while both sentences
    stand as they were, at the score it had: a decision is never left out
    silently (trial 33: a publication date given made two dates of one
    happening agree, and the pair they were compared in went with the
    decision). A pair an editor unlinked stays apart."""
    pairs = getattr(decided, "pairs", ())
    if not pairs:
        return alignments
    by_text = {(c.article, c.text): c for c in claims}
    order = {c.id: i for i, c in enumerate(claims)}
    have = {frozenset((a.left, a.right)) for a in alignments}
    out = list(alignments)
    for left_article, left_text, right_article, right_text, score in pairs:
        a, b = by_text.get((left_article, left_text)), by_text.get((right_article, right_text))
        if a is None or b is None or a.article == b.article:
            continue
        key = frozenset((a.id, b.id))
        if key in have or key in removed:
            continue
        first, second = sorted((a, b), key=lambda c: order[c.id])
        out.append(Alignment(first.id, second.id, score))
        have.add(key)
    if len(out) > len(alignments):
        out.sort(key=lambda x: (x.left, x.right))
    return out


def _links(facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Facts of different articles each family pairs before alignment (today
    only quotes: a quotation identifies its claim on its own)."""
    return [
        pair
        for family in FAMILIES
        for pair in family.links([f for f in facts if f.kind in family.kinds])
    ]


def analyze(
    articles: Sequence[Article],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    thresholds: Thresholds = DEFAULT,
    manual: Sequence[ManualLink] = (),
    decided: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> Analysis:
    """Run the pipeline with ``thresholds`` in force (workbench.thresholds).
    ``manual``: editors' links and unlinks (the review log's), applied to
    the alignment: a linked pair is compared, an unlinked one is not.
    ``decided``: flags an editor decided on, never left out silently;
    ``known``: every flag the log holds, each pair keeping its id
    (``judge.judge``)."""
    # one canonical order inside (by id, then text): the aligner breaks ties by
    # position, and the same files given in two orders gave different findings
    # (fresh trial 20/21: 25 findings one way, 24 the other); the articles are
    # handed back in the order given, which is how they are shown
    given = tuple(articles)
    inside = _canonical(given)
    with use(thresholds):
        analysis = _analyze(inside, progress, cancelled, manual, decided, known)
    return analysis if inside == given else dataclasses.replace(analysis, articles=given)


def _analyze(
    articles: Sequence[Article],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    manual: Sequence[ManualLink] = (),
    decided: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> Analysis:
    total = len(articles) + 2
    poll = _poller(cancelled)

    def step(done: int, message: str, unknown: bool = False) -> None:
        poll()
        if progress is not None:
            progress(done, 0 if unknown else total, message)

    claims_by_article = [claims_of(article, poll) for article in articles]
    all_claims = [c for claims in claims_by_article for c in claims]
    applied = manual_links.resolve(manual, all_claims, articles)
    forced, removed = manual_links.forced_and_removed(applied)
    by_hand = {c for pair in forced for c in pair}
    comparable = [c for c in all_claims if c.id in by_hand or not judge.is_boilerplate(c.text)]
    comparable, repeats = _first_statements(comparable, by_hand)
    use_embeddings = align.embeddings_wanted()
    # the sentence vectors are made on a thread while the facts are read
    ahead = (
        embed_ahead.start([c.text for c in comparable], sum(len(a.text) for a in articles))
        if use_embeddings and comparable
        else None
    )
    try:
        all_facts: list[Fact] = []
        for i, (article, claims) in enumerate(zip(articles, claims_by_article, strict=True)):
            step(i, f"Reading {article.id}")
            read = functools.partial(facts_of, poll=poll)
            all_facts.extend(facts_memo.facts(article, claims, read))  # issue 14
        all_facts = _read_in_the_story(all_facts, articles, claims_by_article)
        # The stages after reading have no count to report: total 0 says "busy,
        # length unknown" (a bar standing at 20/22 for most of a run misled).
        step(0, "Aligning claims", unknown=True)
        # while the model may still be encoding: what the aligner reads besides vectors
        links, evidence, worked = _before_vectors(all_facts, comparable, repeats, removed)
        copy_basis(articles, all_claims)  # what the copies read whatever is aligned (regroup)
    finally:
        if ahead is not None:
            ahead.join()
    linked = [(a.claim, b.claim) for a, b in links]
    runner_ups: list[Alignment] = []  # compared on anchored values only (judge)
    with _stoppable(cancelled, use_embeddings):  # the model polls between batches
        alignments = align.align(
            comparable,
            linked,
            evidence,
            use_embeddings,
            forced,
            removed,
            worked.happenings,
            runner_ups,
            worked.lexical,
        )
    del worked  # its candidate lists (~250,000 at 200 articles) are not kept through judging
    alignments = _decided_kept(alignments, comparable, decided, removed)
    limits = current().align.embedding if use_embeddings else current().align.lexical
    step(0, "Comparing facts", unknown=True)
    found = (alignments, links, limits.conflict, decided, known, runner_ups)
    discrepancies = judge.judge(articles, all_claims, all_facts, *found)
    discrepancies = [*discrepancies, *raised.discrepancies(applied, all_claims)]
    step(0, "Grouping claims across sources", unknown=True)
    analysis = Analysis(
        tuple(articles),
        tuple(all_claims),
        tuple(all_facts),
        tuple(alignments),
        tuple(discrepancies),
        manual=applied,
    )
    analysis = regroup(analysis)
    step(total, "Done")
    return analysis


def _read_in_the_story(
    facts: list[Fact], articles: Sequence[Article], claims: Sequence[Sequence[Claim]]
) -> list[Fact]:
    """What one report leaves open, read from the others: a clock of no zone in the
    event's stated one, a "$" of no place in the story's dollar (session 39), a
    fiscal quarter in the fiscal year another report states (session 43)."""
    told = {a.id: [c.text for c in cs] for a, cs in zip(articles, claims, strict=True)}
    facts = with_event_zone(with_story_zone(facts, told))
    # "fiscal Q2" of a report that states no fiscal year-end (session 43)
    facts = with_story_fiscal_year(facts, told, {a.id: a.published for a in articles})
    return with_story_dollar(facts, told)


def _before_vectors(
    facts: Sequence[Fact],
    comparable: Sequence[Claim],
    repeats: set[str],
    removed: set[frozenset[str]],
) -> tuple[list[tuple[Fact, Fact]], dict[str, list[align.Evidence]], BeforeVectors]:
    """What the aligner reads besides the sentence vectors: the quote links
    (an editor's unlink kept apart), each claim's values, what its dates are
    of, and the lexical half of its candidate search (``align_lexical``).
    None of it reads a vector, so it is worked out while the model still
    encodes on the other core (``embed_ahead``, ``embed_preload``; issue 14:
    at 200 articles the quote links and the word candidates were 1-2 s of
    CPU after the vectors); the same values in the same order either way."""
    links = [
        (a, b)
        for a, b in _links([f for f in facts if f.claim not in repeats])
        if frozenset((a.claim, b.claim)) not in removed
    ]
    evidence = _evidence(facts)
    forced = align_lexical.forced_pairs(comparable, [(a.claim, b.claim) for a, b in links])
    lexical = align_lexical.prepare(comparable, evidence, forced)
    return links, evidence, BeforeVectors(_happenings(comparable, facts), lexical)


@dataclasses.dataclass(frozen=True)
class BeforeVectors:
    """What :func:`_before_vectors` worked out for the aligner besides the links."""

    happenings: dict[str, list[align.Evidence]]
    lexical: align_lexical.Lexical


def _first_statements(claims: list[Claim], by_hand: set[str]) -> tuple[list[Claim], set[str]]:
    """The claims to compare, and the ids of those left out: a sentence an
    article repeats word for word is compared at its first statement only
    (what it says was said once; its copies add the same flags again). A
    fresh trial's 1.7 MB file, one report pasted 700 times, aligned every
    copy with the other articles and the grouping ran for over ten minutes.
    A sentence an editor linked by hand is always compared."""
    seen: set[tuple[str, str]] = set()
    kept: list[Claim] = []
    repeats: set[str] = set()
    for c in claims:
        key = (c.article, " ".join(c.text.casefold().split()))
        if key in seen and c.id not in by_hand:
            repeats.add(c.id)
            continue
        seen.add(key)
        kept.append(c)
    return kept, repeats


def _stoppable(cancelled: Callable[[], bool] | None, embeddings: bool):
    """Encoding an analysis's sentences stops between two batches when
    ``cancelled()`` says so (one step of a long article took a minute)."""
    if cancelled is None or not embeddings:
        return contextlib.nullcontext()
    from . import embed

    def poll() -> None:
        if cancelled():
            raise Cancelled()

    return embed.polling(poll)


def regroup(analysis: Analysis, kept: Mapping[str, frozenset[str]] | None = None) -> Analysis:
    """Groups, findings and copies of an analysis, built again from its
    discrepancies and alignments with the thresholds in force. ``kept``: the
    review log's last findings (id → pairs), each kept one finding
    (``findings.build``)."""
    wanted = align.embeddings_wanted()
    limits = current().align.embedding if wanted else current().align.lexical
    given = analysis.articles  # grouped in the canonical order too (``analyze``)
    inside = _canonical(given)
    # editors' findings (``raised``) stay out of the engine's grouping
    by_editor = {d.id for d in analysis.discrepancies if d.verdict == Verdict.RAISED}
    engine = tuple(d for d in analysis.discrepancies if d.id not in by_editor)
    if kept is not None and by_editor:
        kept = {f: pairs for f, pairs in kept.items() if not pairs <= by_editor}
    built = findings.build(
        dataclasses.replace(analysis, articles=inside, discrepancies=engine),
        _similarity,
        group_score=limits.group,
        embeddings=wanted,
        compare=versus.judged(analysis, limits.conflict),
        read=measure_of,
        stated=as_written.stated,
        kept=kept,
        ceiling=similarity_ceiling,  # of _similarity
    )
    built = dataclasses.replace(
        built,
        discrepancies=analysis.discrepancies,
        findings=built.findings
        + raised.findings(analysis.manual, analysis.discrepancies, built.copies, built.groups),
    )
    return built if inside == given else dataclasses.replace(built, articles=given)


@functools.lru_cache(maxsize=100_000)
def _similarity(a: str, b: str) -> float:
    """``align.similarity``, remembered: the grouping asks about the same
    sentence pairs again after every edit (issue 14; a quarter of a
    re-analysis's grouping with 50 articles). A pure function of the two
    texts, bounded."""
    return align.similarity(a, b)


def _canonical(articles: Sequence[Article]) -> tuple[Article, ...]:
    """One order whatever order the files were given in (by id, then text)."""
    return tuple(sorted(articles, key=lambda a: (a.id, a.sha256)))


def analyze_paths(
    paths: Sequence[str | Path],
    published: dict[str, date] | None = None,
    manual: Sequence[ManualLink] = (),
) -> Analysis:
    return analyze(load_articles(list(paths), published), manual=manual)
