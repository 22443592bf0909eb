"""From pairs to findings: the comparison across all sources at once.

``build`` adds to an analysis its claim groups (one claim as each source
states it), its findings (one compared thing of a group across every source,
with its versions) and which sources are copies of each other. It groups
what the judge found; it never changes a verdict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .. import thresholds
from ..model import Analysis, ClaimGroup, CopyLink, Finding, Verdict
from .agree import Stated
from .apart import different_claims
from .build import finding_id, findings
from .copies import copy_links, credits, independent_sources, verbatim
from .copy_groups import counting_links
from .evidence import embedded_cosine, embedded_wording, grouping_alignments, plain_wording
from .groups import FLOOR, Similar, claim_groups
from .labels import group_label, readable
from .merge import merge_same_claims, scale_ceiling, with_embeddings
from .nearbest import join_near_best
from .openings import join_openings
from .owners import Read
from .pairwise import Compare
from .quotes import join_cut_quotes
from .twice import join_told_twice
from .unhurt import join_unhurt

__all__ = [
    "Compare",
    "Coverage",
    "agreeing_versions",
    "build",
    "claim_groups",
    "compared_in",
    "copy_links",
    "coverage",
    "coverage_of",
    "credits",
    "finding_id",
    "findings",
    "group_label",
    "independent_sources",
    "merge_same_claims",
    "minority_articles",
    "readable",
    "verbatim",
]


def build(
    analysis: Analysis,
    similar: Similar,
    floor: float = FLOOR,
    group_score: float = 0.0,
    merge_limit: float | None = None,
    merge_similar: Similar | None = None,
    embeddings: bool = False,
    compare: Compare | None = None,
    openings: bool = True,
    read: Read | None = None,
    stated: Stated | None = None,
    kept: Mapping[str, frozenset[str]] | None = None,
    ceiling: Similar | None = None,
) -> Analysis:
    """The analysis with its groups, findings, copies and credits filled in.
    Only alignments scoring ``group_score`` or more join claim groups (weaker
    ones pair sentences on one topic that editors judge different claims);
    findings still join discrepancies over every alignment. Two whole groups
    of different sources join when all their members were aligned.
    ``merge_limit``: also merge groups whose every cross-source pair of
    members scores that much (``merge_similar`` scores pairs never aligned;
    default ``similar``) — off by default, see ``merge``. Neither a link
    standing only on a quoted name or phrase nor two sentences sharing too
    few words (``similar`` under ``evidence.WORDING``) build groups; their
    discrepancies still make findings. Two neighbouring sentences of one source
    that another source's sentence was aligned with both are one statement of
    a claim only when their own wording reaches ``accept`` on the aligner's
    scale (``groups.claim_groups``, ``neighbours``). ``embeddings``: the aligner used
    sentence embeddings (a quoted-name link is weighed on its scale).
    ``compare``: the judge on two versions of a finding no discrepancy
    compared (``workbench.versus.judged``); every two versions are judged.
    ``openings``: a group restating another's claim in the articles'
    openings (a headline and its lead) joins it as restatements. ``read``:
    what the comparison reads of a figure's owner (``facts.measure.measure_of``,
    handed in by the analysis: ``owners``). ``stated``: what a time's words state
    read alone (``agree``: agreements; ``workbench.as_written``). ``kept``:
    the last run's findings, their pairs kept one finding each (``build``).
    ``ceiling``: what ``similar`` of two texts stays under or at, cheaply
    (``lexical.ceiling``: the near-best pass scores fewer pairs; the same groups)."""
    apart = different_claims(
        analysis.claims, analysis.facts, embedded_cosine if embeddings else None
    )
    groups = _claim_groups(analysis, similar, floor, group_score, embeddings, apart)
    # the two halves of a quotation the sentence splitter cut: one passage
    groups = join_cut_quotes(groups, analysis.claims)
    if openings:  # a headline's group folded into its lead's (``openings``)
        pairs = {frozenset((a.left, a.right)) for a in analysis.alignments}

        def met(x: str, y: str) -> bool:
            return frozenset((x, y)) in pairs

        groups = join_openings(groups, analysis.claims, similar, apart=apart, aligned=met)
    # "no one else was injured" / "the others escaped unhurt": one claim (``unhurt``)
    groups = join_unhurt(groups, analysis.claims, apart)
    # groups of different sources whose members are each other's best match (``nearbest``)
    scale = with_embeddings(analysis.claims, similar, embeddings)
    groups = join_near_best(groups, analysis.claims, scale, apart, scale_ceiling(scale, ceiling))
    # a source that told the claim twice, one statement in each of two groups (``twice``)
    told = [(a.left, a.right, a.score) for a in analysis.alignments]
    limits = thresholds.current().align
    least = (limits.embedding if embeddings else limits.lexical).conflict
    groups = join_told_twice(groups, analysis.claims, told, apart, least)
    if merge_limit is not None:
        groups = merge_same_claims(
            groups,
            analysis.claims,
            analysis.alignments,
            merge_similar or similar,
            merge_limit,
        )
    article_of = {c.id: c.article for c in analysis.claims}
    groups = with_aligned_sources(
        groups, article_of, [(a.left, a.right) for a in analysis.alignments]
    )
    links, credited = copy_links(analysis.articles, analysis.claims, analysis.alignments)
    partners, loose = _partners(analysis, embeddings)
    counted = counting_links([a.id for a in analysis.articles], links)  # as summed (trial 48)
    found = findings(analysis, groups, counted, compare, read, stated, kept, partners, loose)
    return replace(analysis, groups=groups, findings=found, copies=links, credits=credited)


def _partners(
    analysis: Analysis, embeddings: bool
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each claim's partners aligned at the conflict floor or above (one claim,
    surely enough to carry a conflict), and at any score (``loose``: read for a
    figure with its unit, ``build.MEASURED``)."""
    limits = thresholds.current().align
    strong = (limits.embedding if embeddings else limits.lexical).conflict
    partners: dict[str, list[str]] = defaultdict(list)
    loose: dict[str, list[str]] = defaultdict(list)
    for a in analysis.alignments:
        loose[a.left].append(a.right)
        loose[a.right].append(a.left)
        if a.score >= strong:
            partners[a.left].append(a.right)
            partners[a.right].append(a.left)
    return partners, loose


def _claim_groups(
    analysis: Analysis,
    similar: Similar,
    floor: float,
    group_score: float,
    embeddings: bool,
    apart: Callable[[str, str], bool],
) -> tuple[ClaimGroup, ...]:
    """``claim_groups`` over the alignments that are grouping evidence
    (``evidence``), those of ``group_score`` or more building groups."""
    limits = thresholds.current().align
    wording = embedded_wording(similar, limits.emb_weight) if embeddings else plain_wording(similar)
    accept = (limits.embedding if embeddings else limits.lexical).accept
    evidence = grouping_alignments(
        analysis.alignments, analysis.claims, analysis.facts, wording, accept, similar
    )
    # every alignment but a link standing only on a quoted name: completes a
    # join of two groups with evidence for half their cross pairs (``groups``)
    quoteless = grouping_alignments(
        analysis.alignments, analysis.claims, analysis.facts, wording, accept, similar, 0.0
    )

    def neighbours(a: str, b: str) -> bool:
        # one source's two sentences state one claim when the aligner would
        # have aligned them (their wording on its scale reaches ``accept``)
        return wording([(a, b)])[0] >= accept

    return claim_groups(
        analysis.claims,
        [a for a in evidence if a.score >= group_score],
        similar,
        floor,
        join=evidence,
        neighbours=neighbours,
        apart=apart,
        aligned=quoteless,
    )


def with_aligned_sources(
    groups: Sequence[ClaimGroup], article_of: dict[str, str], pairs: Iterable[tuple[str, str]]
) -> tuple[ClaimGroup, ...]:
    """Each group with the sources outside it that have a sentence aligned to
    one of its claims (any alignment of the run), as the review log reads them
    back: check's summary said "left out by" five sources where the report,
    from the log, said two (a trial; one of the five stated the claim in a
    sentence aligned with it, below the grouping's limit)."""
    near: dict[str, set[str]] = defaultdict(set)
    for left, right in pairs:
        if left in article_of and right in article_of:
            near[left].add(article_of[right])
            near[right].add(article_of[left])
    out = []
    for g in groups:
        have = {m.article for m in g.members}
        ids = [c for m in g.members for c in (*m.claims, *m.restated)]
        aligned = tuple(sorted({a for c in ids for a in near.get(c, ())} - have))
        out.append(replace(g, aligned=aligned))
    return tuple(out)


@dataclass(frozen=True)
class Coverage:
    """Which sources carry a claim group and which leave it out; copies of
    one story count once (``independent`` carriers of ``sources``). A source
    with a sentence aligned to the claim that the grouping kept apart
    (``aligned``) neither carries nor omits it: an editor reads it."""

    group: ClaimGroup
    carried: tuple[str, ...]
    omitted: tuple[str, ...]
    independent: int = 0
    sources: int = 0
    aligned: tuple[str, ...] = ()

    @property
    def widely_carried(self) -> bool:
        """Most independent sources (at least two, of three or more) carry it,
        so a source that leaves it out is worth an editor's look."""
        return self.sources >= 3 and self.independent >= 2 and self.independent * 2 > self.sources


def coverage(analysis: Analysis) -> tuple[Coverage, ...]:
    """The claims × sources matrix, one row per group, sources in article order.
    An article that shares no claim with the others (``offtopic``: perhaps another
    story) is not counted as leaving claims out (trial 25: adding one turned "5 of 9
    sources" into "5 of 10", and the omissions the nine showed left the summary)."""
    article_of = {c.id: c.article for c in analysis.claims}
    pairs = [(article_of.get(al.left), article_of.get(al.right)) for al in analysis.alignments]
    sources = compared_sources([a.id for a in analysis.articles], analysis.groups, pairs)
    return coverage_of(sources, analysis.groups, analysis.copies, compared_in(analysis.findings))


# compared across whole articles: a source spelling a name states the name, not
# the claim (trial 30: a source credited with a claim it shares only a name with)
WHOLE_ARTICLE = frozenset({"name"})


def compared_in(found: Iterable[Any]) -> dict[str, set[str]]:
    """Each claim group's sources a finding of it compared (a side in one of its
    versions): never "leaves it out" nor "not compared" in its coverage row
    (trial 31: three of a date finding's sources read "similar sentence, not
    compared"). ``found``: findings, or the log's finding records."""
    out: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.group and f.kind not in WHOLE_ARTICLE:
            out[f.group].update(s.article for v in f.versions for s in v.sides)
    return out


def compared_sources(
    articles: Sequence[str], groups: Sequence[ClaimGroup], pairs: Sequence[tuple[Any, Any]]
) -> list[str]:
    """The sources coverage counts: all but an article sharing no claim with the
    others (``offtopic``), from the articles of each aligned pair of sentences
    (the analysis's, or the review log's for the report and ``workbench coverage``)."""
    from .offtopic import alone

    out = set(alone(articles, pairs)) - {a for g in groups for a in g.aligned}
    return [a for a in articles if a not in out]


def coverage_of(
    sources: Sequence[str],
    groups: Sequence[ClaimGroup],
    copies: Sequence[CopyLink],
    compared: Mapping[str, set[str]] | None = None,
) -> tuple[Coverage, ...]:
    """The same from stored parts (the report reads them from the review log).
    ``compared`` (``compared_in``): the sources outside a group that a finding
    of it compared count as ``aligned`` (neither carrying nor omitting it)."""
    copies = counting_links(sources, copies)  # the summary's groups (trial 48)
    total = independent_sources(sources, copies)
    out = []
    for g in groups:
        have = {m.article for m in g.members}
        near = (set(g.aligned) | (compared or {}).get(g.id, set())) - have
        out.append(
            Coverage(
                g,
                tuple(a for a in sources if a in have),
                tuple(a for a in sources if a not in have and a not in near),
                independent_sources(have, copies),
                total,
                tuple(a for a in sources if a in near),
            )
        )
    return tuple(out)


def minority_articles(finding: Finding) -> tuple[str, ...]:
    """The articles to correct unless an editor says otherwise: those stating
    a version held by fewer independent sources than the best-supported one.
    Nothing when no version stands out (a tie, or a single pair): the editor
    chooses. Never decided by majority alone: this is only the default."""
    if len(finding.versions) < 2:
        return ()
    stating = {s.article for v in finding.versions for s in v.sides}
    if len(stating) == 1:  # a source disagreeing with itself (judge/own_conversion.py)
        return tuple(stating)
    support = [v.independent for v in finding.versions]
    top = max(support)
    if support.count(top) > 1:
        return ()
    # the best-supported version must also be stated by more sources than any
    # other: two copies of one wire story stating it right (one independent)
    # against two outlets stating it wrong named the right ones to correct (fresh
    # CLI trial); when the counts disagree, the editor says which is wrong
    stated = [len({s.article for s in v.sides}) for v in finding.versions]
    lead = stated[support.index(top)]
    if any(n >= lead for i, n in enumerate(stated) if support[i] != top):
        return ()
    leader = {s.article for v in finding.versions if v.independent == top for s in v.sides}
    first = support.index(top)
    return tuple(
        sorted(
            {
                s.article
                for i, v in enumerate(finding.versions)
                if v.independent < top and not _agrees(finding, i, first)
                for s in v.sides
            }
            - leader
        )
    )


def agreeing_versions(finding: Finding) -> set[int]:
    """The versions found consistent with every version they were compared
    with: 'more than 200' beside 212 and 221 (the window shows its source as
    agreeing, not as a side of the conflict)."""
    seen: set[int] = set()
    bad: set[int] = set()
    for r in finding.relations:
        seen |= {r.left, r.right}
        if r.verdict is not Verdict.CONSISTENT:
            bad |= {r.left, r.right}
    return seen - bad


def _agrees(finding: Finding, i: int, j: int) -> bool:
    """Versions i and j were compared and found consistent: 'more than 200'
    is true whichever of 212 and 221 is right, so its source has nothing to
    correct (fresh window trial, BLOCKER: it was named by default and the
    report asked that outlet for a correction)."""
    between = [r.verdict for r in finding.relations if {r.left, r.right} == {i, j}]
    return bool(between) and all(v is Verdict.CONSISTENT for v in between)
