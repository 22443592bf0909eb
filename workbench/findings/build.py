"""Findings: one compared thing of one claim group across every source.

Pair-level discrepancies of the same group that share a side (the same
value in the same article: the one outlet's "5 dead" compared with each
other outlet's "24") are one finding. A discrepancy whose two claims did
not land in one group (the grouping kept them apart) is a finding of its
own, so every discrepancy is in exactly one finding (``clusters``). Two
figures tied to different owners (Egypt's 80%, India's 65%: ``owners``) are
never versions of one finding.

A version lists every source of the finding's claim groups stating its value,
compared or not (``fill``): nine sources said "mother of 12", and a finding
made of pairs listed two.

Versions are the distinct normalised values: a time by its resolved value
("14 Mar 2019", "Tuesday (publication date unknown)"), a measure by its
interval and unit, anything else (quotes, names) by its wording ignoring case
and spacing. The finding's verdict is the strongest of its relations
(conflict, then unresolved, then consistent); nothing is decided by how many
sources hold a version, but the counts are there to see.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..model import (
    Analysis,
    Claim,
    ClaimGroup,
    CopyLink,
    Discrepancy,
    Fact,
    Finding,
    Relation,
    Side,
    Version,
)
from ..naming import credited_name, labels, surface
from . import converted, same_words, spellings
from .agree import Stated, is_agreement
from .clusters import Figures, clusters
from .copies import independent_sources
from .days import within_days
from .fill import compared_places, more_sides, shown_once
from .owners import COUNTED_KINDS, Read, apart_of, measure_at
from .pairwise import Compare, judge_rest, strongest
from .quote_run import quote_run
from .quoted import quote_holding, quote_labels, quote_words_key
from .settled import is_settled
from .told import NOT_WORD, explain, told_apart, wordings

_QUANTITY_KEYS = ("si_unit", "low", "high", "hedge", "per")


def finding_id(discrepancy_ids: Sequence[str]) -> str:
    return "F" + hashlib.sha1("\x1f".join(sorted(discrepancy_ids)).encode()).hexdigest()[:9]


def _version_key(side: Side, kind: str, facts: FactsAt) -> str:
    if kind == "quote" and (whole := quote_holding(side, facts.quotes(side.article))) is not None:
        return _quote_version(quote_run(whole, side.start, side.end))
    fact = facts.get((side.article, side.start, side.end))
    value = fact.value if fact is not None else {}
    if "timex" in value:
        # "as early as July" and "by next month" resolve to one month but say
        # different things (from / no later than): two versions that agree
        bound = value.get("modifier") if value.get("modifier") != value.get("part") else ""
        # a value left as written (no publication date) by its words, not their
        # case: 'Yesterday' opening a sentence and 'yesterday' are one version
        said = " ".join(str(value.get("value") or value.get("timex")).casefold().split())
        return f"time:{bound or ''}:{said}"
    if "si_unit" in value:
        return "measure:" + json.dumps([value.get(k) for k in _QUANTITY_KEYS])
    if kind == "attribution":  # "Robert J. Pickell" and "Robert J Pickell": one name
        return f"{kind}:{NOT_WORD.sub('', surface(credited_name(side.text, side.normalized)))}"
    return f"{kind}:{surface(side.text)}"


def _quote_version(whole: Fact) -> str:
    """A quote side's version: the source's whole quotation, read before any
    other fact at the side's place (the words one pair compares may be a
    figure's own span, '4.2 meters', and were then read as a measure: two wire
    copies' flags against one source made two findings, session 26); not the
    words where one pair differs: 'all of' (against b) and 'all of the'
    (against c) are one version of a, or one misquote showed as two findings
    (trial 22); its words only: two sources crediting one quotation in other
    words ('said Rory Read, president and CEO' / 'AMD's chief executive') are
    one; its words after normalisation, not how the source cut or punctuated
    them: '"We're ready," he said, "to start."' / '"We're ready to start," he
    said.' / ‘We’re ready to start’ are one version (align32)."""
    return f"quote:{quote_words_key(whole)}"


class FactsAt(dict):
    """Facts by (article, start, end), with each article's quotations at hand:
    a quote side looked through every fact of the analysis, for each side."""

    def quotes(self, article: str) -> list[Fact]:
        if not hasattr(self, "_quotes"):
            self._quotes: dict[str, list[Fact]] = {}
            for f in self.values():
                if f.kind == "quote":
                    self._quotes.setdefault(f.article, []).append(f)
        return self._quotes.get(article, [])

    def of_claim(self, claim: str) -> list[Fact]:
        if not hasattr(self, "_claims"):
            self._claims: dict[str, list[Fact]] = {}
            for f in self.values():
                self._claims.setdefault(f.claim, []).append(f)
        return self._claims.get(claim, [])


def facts_at(analysis: Analysis) -> FactsAt:
    return FactsAt(((f.article, f.start, f.end), f) for f in analysis.facts)


# kinds whose sides are a figure read whole (a quote's side may be a part of
# its quotation, a speaker's name is no figure)
_FIGURES = frozenset({"number", "percent", "quantity", "money", "duration", "date", "time", "set"})


# a figure with its unit ("a 512MHz processor", "up to 16GB"): the same value in
# the same unit beside a word of the version's surroundings, in a sentence the
# aligner paired with a version's (at accept, not only at the conflict floor),
# states that version: spec lists told in different orders pair loosely (ECB+
# 42_ecb: the 512 MHz agreement left out 42_3 and 42_10, aligned at 0.42-0.49).
# A bare count, a date or a sum of money is too common a value for that
MEASURED = frozenset({"quantity"})


def figures_of(
    facts: FactsAt,
    of_claim: dict[str, list[Fact]],
    group_of: dict[str, str],
    counted: Callable[[Fact], str] = lambda fact: "",
) -> Figures:
    """Which places hold their sentence's only figure of its kind, and which
    of those sit in a claim group's member (``clusters``: one measured thing);
    ``counted``: the happening the comparison reads a count as counting."""

    def alone(place: tuple[str, int, int]) -> bool:
        fact = facts.get(place)
        if fact is None or fact.kind not in _FIGURES:
            return False
        return sum(f.kind == fact.kind for f in of_claim.get(fact.claim, ())) == 1

    def grouped(place: tuple[str, int, int]) -> bool:
        fact = facts.get(place)
        return fact is not None and fact.claim in group_of and alone(place)

    def reading(place: tuple[str, int, int]) -> str:
        fact = facts.get(place)
        return _reading(fact) if fact is not None else ""

    def beside(place: tuple[str, int, int]) -> tuple[str, ...]:
        fact = facts.get(place)
        if fact is None:
            return ()
        return tuple(
            _reading(f)
            for f in of_claim.get(fact.claim, ())
            if f.kind == fact.kind and (f.start, f.end) != (fact.start, fact.end)
        )

    def happening(place: tuple[str, int, int]) -> str:
        fact = facts.get(place)
        mine = counted(fact) if fact is not None else ""
        if not mine:
            return ""
        others = [
            f
            for f in of_claim.get(fact.claim, ())
            if f.kind == fact.kind and (f.start, f.end) != (fact.start, fact.end)
        ]
        return "" if any(counted(f) == mine for f in others) else mine

    return Figures(alone, grouped, reading, beside, happening)


def _counted(claims: Mapping[str, Claim], read: Read | None) -> Callable[[Fact], str]:
    """The happening the comparison reads a count as counting ("" for another
    kind, or none named)."""

    def counted(fact: Fact) -> str:
        claim = claims.get(fact.claim)
        if read is None or claim is None or fact.kind not in COUNTED_KINDS:
            return ""
        return measure_at(read, claim, fact.start, fact.end)[0].event

    return counted


def _reading(fact: Fact) -> str:
    """A figure's value comparable across sources: a time's TIMEX value, else
    its normalised value, else its words."""
    value = fact.value if isinstance(fact.value, dict) else {}
    if value.get("timex"):
        return str(value["timex"])
    if "si_unit" in value:
        return json.dumps([value.get(k) for k in _QUANTITY_KEYS])
    return f"{fact.kind}:{surface(fact.text)}"


def findings(
    analysis: Analysis,
    groups: Sequence[ClaimGroup],
    links: Sequence[CopyLink],
    compare: Compare | None = None,
    read: Read | None = None,
    stated: Stated | None = None,
    kept: Mapping[str, frozenset[str]] | None = None,
    partners: Mapping[str, Sequence[str]] | None = None,
    loose: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Finding, ...]:
    """Every discrepancy of ``analysis`` in exactly one finding, in reading order.
    ``compare`` judges two versions no discrepancy compared (``pairwise``);
    without it a finding stands on its discrepancies alone. ``read``: what the
    comparison reads of a figure's owner (``owners``), handed in by the analysis;
    ``stated``: what a time's words state alone (``agree``). ``kept``:
    the last run's findings (id → their discrepancies' ids), whose pairs found again
    stay one finding each and apart (``clusters``). ``partners``: each claim's partners
    at the conflict floor (``fill.more_sides``); ``loose``: at any score (``MEASURED``)."""
    group_of = {c: g.id for g in groups for m in g.members for c in (*m.claims, *m.restated)}
    facts = facts_at(analysis)
    names = labels(analysis.articles)
    published = {a.id: a.published.isoformat() if a.published else "" for a in analysis.articles}
    order = {a.id: n for n, a in enumerate(analysis.articles)}
    out = []

    def key_of(side: Side, kind: str) -> str:
        return _version_key(side, kind, facts)

    related = _related(analysis, group_of)
    claims = {c.id: c for c in analysis.claims}
    apart = apart_of(analysis.discrepancies, claims, analysis.facts, read)
    by_id = {g.id: g for g in groups}
    of_claim: dict[str, list[Fact]] = defaultdict(list)
    for f in analysis.facts:
        of_claim[f.claim].append(f)
    figures = figures_of(facts, of_claim, group_of, _counted(claims, read))
    own = converted.disputed(analysis.discrepancies)  # '11 miles (28km)': two versions
    twins = converted.conversions(claims, of_claim, own)  # '600 metres (2,000 feet)': one

    def cluster(ds: list[Discrepancy], last: list[list[int]]) -> list[list[int]]:
        return clusters(ds, related, group_of, key_of, apart, figures, last)

    compared = compared_places(analysis.discrepancies)
    for members in _other_than_names(analysis.discrepancies, kept, cluster):
        ds = [analysis.discrepancies[n] for n in members]
        sides = [s for d in ds for s in d.sides]
        touched = sorted({group_of[s.claim] for s in sides if s.claim in group_of})
        extra = more_sides(
            sides,
            ds[0].kind,
            [by_id[g] for g in touched],
            claims,
            lambda c: of_claim.get(c, ()),
            lambda s, kind=ds[0].kind: key_of(s, kind),
            read,
            _partners_of(loose if ds[0].kind in MEASURED and loose is not None else partners),
        )
        extra = shown_once(extra, sides, members, compared, lambda s, k=ds[0].kind: key_of(s, k))
        found = _finding(
            ds, group_of, facts, (names, published), links, compare, extra, twins=twins
        )
        found = replace(found, agreement=is_agreement(found, facts.get, stated, of_claim.get))
        out.append(replace(found, settled=is_settled(found, facts.get)))
    for members in spellings.name_clusters(analysis.discrepancies):
        ds = [analysis.discrepancies[n] for n in members]
        sides = [s for d in ds for s in d.sides]
        more = spellings.places(analysis.claims, sides)
        spelt = spellings.Spelt(sides, more)
        extra = [s for s, _ in more]
        out.append(_finding(ds, group_of, facts, (names, published), links, compare, extra, spelt))

    def position(f: Finding) -> tuple[int, int]:
        s = min(
            (side for v in f.versions for side in v.sides),
            key=lambda s: (order.get(s.article, 0), s.start),
        )
        return order.get(s.article, 0), s.start

    return tuple(sorted(out, key=lambda f: (*position(f), f.id)))


def _related(analysis: Analysis, group_of: dict[str, str]) -> Callable[[str, str], bool]:
    """Are two claims related: one, aligned, or of one claim group?"""
    aligned = {(a.left, a.right) for a in analysis.alignments}

    def related(x: str, y: str) -> bool:
        if x == y or (x, y) in aligned or (y, x) in aligned:
            return True
        gx = group_of.get(x)
        return gx is not None and gx == group_of.get(y)

    return related


def _partners_of(partners: Mapping[str, Sequence[str]] | None) -> Callable[[str], Sequence[str]]:
    return lambda c: (partners or {}).get(c, ())


def _other_than_names(
    discs: Sequence[Discrepancy],
    kept: Mapping[str, frozenset[str]] | None,
    cluster: Callable[[list[Discrepancy], list[list[int]]], list[list[int]]],
) -> list[list[int]]:
    """Every discrepancy but a name's, clustered (indexes into ``discs``), the
    last run's findings kept whole and apart. A name spelled two ways is a fact
    about a source: one finding per person and variant spelling across the
    whole cluster (``spellings``)."""
    rest = [n for n, d in enumerate(discs) if d.kind != spellings.NAME]
    index = {discs[n].id: i for i, n in enumerate(rest)}
    last = [sorted(index[d] for d in m if d in index) for _, m in sorted((kept or {}).items())]
    grouped = cluster([discs[n] for n in rest], [m for m in last if m])
    return [[rest[n] for n in c] for c in grouped]


def _finding(
    ds: list[Discrepancy],
    group_of: dict[str, str],
    facts: FactsAt,
    naming: tuple[dict[str, str], dict[str, str]],
    links: Sequence[CopyLink],
    compare: Compare | None = None,
    extra: Sequence[Side] = (),
    spelt: spellings.Spelt | None = None,
    twins: Mapping[tuple[str, int, int], tuple[str, int, int]] | None = None,
) -> Finding:
    """``extra``: sides of group members stating a version's value that no
    discrepancy compared (``fill``), or every other place a name is written
    (``spelt``: a name finding's versions are its spellings, ``spellings``)."""
    kind = ds[0].kind
    keys: dict[str, list[Side]] = {}
    seen: set[tuple[str, int, int]] = set()
    side_key: dict[tuple[str, int, int], str] = {}
    for d in [*ds, *(_Only(s) for s in extra)]:
        for s in d.sides:
            where = (s.article, s.start, s.end)
            side_key[where] = spelt.key(s) if spelt else _version_key(s, kind, facts)
            if where not in seen:
                seen.add(where)
                keys.setdefault(side_key[where], []).append(s)
    # 'Saturday morning' in 'Saturday'
    for part, day in within_days(keys, facts.get, facts.of_claim).items():
        keys[day].extend(keys.pop(part))
        side_key.update({w: day for w, k in side_key.items() if k == part})
    # '12 weeks ago' counted from dates a day apart: one version (trial 49)
    for part, into in same_words.joined(keys, facts.get).items():
        keys[into].extend(keys.pop(part))
        side_key.update({w: into for w, k in side_key.items() if k == part})
    converted.join(keys, side_key, twins or {})
    ranked = sorted(keys.items(), key=lambda kv: (-len({s.article for s in kv[1]}), kv[0]))
    versions = tuple(
        Version(
            wordings(converted.worded(_labelled(sides, kind, facts, spelt), twins or {}), facts),
            tuple(sides),
            independent_sources((s.article for s in sides), links),
        )
        for _, sides in ranked
    )
    versions = told_apart(versions)
    index = {key: n for n, (key, _) in enumerate(ranked)}
    paired = [
        Relation(
            *sorted(index[side_key[(s.article, s.start, s.end)]] for s in d.sides), d.verdict, d.id
        )
        for d in ds
    ]
    # every two versions judged, not only those an aligned pair compared
    judged, why = judge_rest(kind, versions, paired, compare)
    relations = tuple(sorted((*paired, *judged), key=lambda r: (r.left, r.right, r.discrepancy)))
    verdict = strongest(relations)
    in_groups = Counter(group_of[s.claim] for d in ds for s in d.sides if s.claim in group_of)
    # the group most of its sides belong to ("" when none)
    group = min(in_groups, key=lambda g: (-in_groups[g], int(g[1:]))) if in_groups else ""
    ids = [d.id for d in ds]
    return Finding(
        finding_id(ids),
        kind,
        verdict,
        explain(ds, versions, (relations, why), verdict, *naming),
        group,
        versions,
        relations,
        tuple(sorted(ids)),
    )


class _Only:
    """A side no discrepancy holds, read as the sides of one (``_finding``)."""

    def __init__(self, side: Side) -> None:
        self.sides = (side,)


def _labelled(
    sides: list[Side], kind: str, facts: FactsAt, spelt: spellings.Spelt | None
) -> list[Side]:
    """The sides a version is named by: a quote's whole quotation (one: its
    sources say the same words, however cut), a name's whole names (not 'Mr.
    Heffner'), anything else all its sides."""
    if kind == "quote":
        return quote_labels(sides, facts.quotes)[:1]
    return [s for s in sides if spelt.whole(s)] or sides if spelt else sides
