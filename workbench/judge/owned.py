"""Figures of one named party across whole articles (issue 11, session 23).

A team's offer, what a player asks for, the funding a company raised: reports
state them in sentences worded too differently to align, or aligned with
another partner ("Lynch reported the Red Sox … offered Teixeira an eight-year
deal worth $184 million" / "news reports pegged the Boston offer to be as
high as $184 million …, though subsequent rumors suggested … between $165
million and $180 million"). This pass reads per article each figure of a
named owner (``facts/owned.py``: the offer, ask or funding, a sum, a sum per
season or a length) and compares two articles' figures of one owner and one
measure. It is conservative:

- a figure without an owner stays out, and two owners never pair ("the
  Nationals' $160 million" is no figure of the Red Sox offer); owners are one
  when they share a word or a name phrase of either article holds both
  ("Boston Red Sox": "the Boston offer" is the Red Sox's);
- a sum, a sum per season and a length are kept apart;
- an article stating two different figures of one owner and measure gives
  none, unless the words between them make the second a later moment
  ("upgraded their initial offer … to", "subsequent rumors suggested"):
  then its latest figure is compared. A change told as a change settles
  another article's figure of one of its moments: the earlier offer another
  article gives is no discrepancy and is not shown; a figure of none of its
  moments is a question naming them (``unmet.owned_moments``). A later account
  ("reports pegged the offer as high as $184 million, though subsequent rumors
  suggested … lower") changes no offer: the latest account against another
  article's figure is a conflict (``unmet.owned_later_account``; session 24,
  ECB+ test half: readers judged the questions wrong or borderline);
- figures with a year of their own ("raised $20m in 2009") stay out; pairs
  whose sentences were aligned are left to the aligned comparison unless an
  article tells of two moments; the rows of ``unmet.UNMET_ROWS`` decide.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import NamedTuple

from ..facts.owned import (
    Links,
    Owned,
    account_between,
    later_between,
    owned_figure,
    owner_links,
    same_owner,
)
from ..model import Claim, Comparison, Fact, Verdict
from .family_helpers import compare_facts, same_value
from .owned_season import per_season
from .pairing import around, measure_in
from .story import Add, Figure, Run, judge_figures

_KINDS = frozenset({"money", "duration"})


class Group(NamedTuple):
    """One owner's figures of one measure in one article, in reading order:
    one figure, or the moments of a figure that changed."""

    owned: Owned
    figures: tuple[Figure, ...]
    account: bool = False  # later accounts of one figure, not changes of it

    @property
    def latest(self) -> Figure:
        return self.figures[-1]


def owned_groups(run: Run, texts: dict[str, str]) -> dict[str, list[Group]]:
    """Per article, its figures of named owners grouped by measure and owner;
    a group whose figures differ with no later moment between them is left out.
    ``texts``: each article's text, filled here (its claims joined)."""
    found: dict[str, list[tuple[Owned, Figure]]] = defaultdict(list)
    parts: dict[str, list[str]] = defaultdict(list)
    tails: dict[str, str] = {}  # the last 600 characters joined so far, per article
    for claim in sorted(run.claims, key=lambda c: (c.article, c.start)):
        before = tails.get(claim.article, "")
        parts[claim.article] += [" ", claim.text]  # joined once: one long article was quadratic
        tails[claim.article] = (before + " " + claim.text)[-600:]
        for f in run.facts_by_claim.get(claim.id, ()):
            owned = _owned(claim, f, before)
            if owned is not None:
                found[claim.article].append((owned, Figure(claim, f, "")))
    texts.update((a, "".join(p)) for a, p in parts.items())
    return {a: _groups(items, owner_links((texts[a],))) for a, items in found.items()}


def _owned(claim: Claim, f: Fact, before: str) -> Owned | None:
    if f.kind not in _KINDS or f.mention is None:
        return None
    s, e = f.start - claim.start, f.end - claim.start
    owned = owned_figure(claim.text, s, e, f.kind, before)
    if owned is None or measure_in(claim, f).year:
        return None
    return owned


def _groups(items: list[tuple[Owned, Figure]], links: Links) -> list[Group]:
    bins: list[tuple[Owned, list[Figure]]] = []
    for owned, figure in items:
        for held, figures in bins:
            if (held.measure, held.per) == (owned.measure, owned.per) and same_owner(
                held.owner, owned.owner, links
            ):
                figures.append(figure)
                break
        else:
            bins.append((owned, [figure]))
    out = []
    for owned, figures in bins:
        moments = [figures[0]]
        for g in figures[1:]:
            if not same_value(moments[-1].fact, g.fact):
                moments.append(g)
        steps = [_between(a, b) for a, b in itertools.pairwise(moments)]
        if all(later_between(*step) for step in steps):
            account = bool(steps) and all(account_between(*step) for step in steps)
            out.append(Group(owned, tuple(moments), account))
    return out


def _between(a: Figure, b: Figure) -> tuple[str, str]:
    """The words before ``a`` in its sentence and those between ``a`` and ``b``."""
    head = a.claim.text[: a.fact.start - a.claim.start]
    if a.claim.id == b.claim.id:
        between = a.claim.text[a.fact.end - a.claim.start : b.fact.start - a.claim.start]
    else:
        between = (
            a.claim.text[a.fact.end - a.claim.start :]
            + " "
            + b.claim.text[: b.fact.start - b.claim.start]
        )
    return head, between


def owned_never_met(run: Run, add: Add) -> None:
    """Compare every two articles' figures of one named owner and measure."""
    texts: dict[str, str] = {}
    groups = owned_groups(run, texts)
    # one party's names across the cluster: "Boston Red Sox", "Teixeira's agent, Scott Boras"
    links = owner_links(tuple(texts.values())) if len(groups) > 1 else {}
    for a, b in itertools.combinations(sorted(groups), 2):
        for ga in groups[a]:
            for gb in groups[b]:
                if _one_thing(ga, gb, links):
                    _judge(run, add, ga, gb)
                elif _season_and_total(ga, gb, links):
                    season = ga.owned if ga.owned.per == "season" else gb.owned
                    pair = (ga.latest, gb.latest)
                    owner = " ".join(season.owner)
                    pers = (ga.owned.per, gb.owned.per)
                    per_season(run, add, pair, pers, what_of(season), owner)


def _one_thing(ga: Group, gb: Group, links: Links) -> bool:
    oa, ob = ga.owned, gb.owned
    if (oa.measure, oa.per) != (ob.measure, ob.per):
        return False
    return same_owner(oa.owner, ob.owner, links)


def _season_and_total(ga: Group, gb: Group, links: Links) -> bool:
    oa, ob = ga.owned, gb.owned
    return (
        oa.measure == ob.measure
        and {oa.per, ob.per} == {"season", "total"}
        and len(ga.figures) == len(gb.figures) == 1
        and same_owner(oa.owner, ob.owner, links)
    )


def _judge(run: Run, add: Add, ga: Group, gb: Group) -> None:
    x, y = ga.latest, gb.latest
    moments = len(ga.figures) > 1 or len(gb.figures) > 1
    if not moments and frozenset((x.claim.id, y.claim.id)) in run.compared:
        return
    names = (run.names[x.fact.article], run.names[y.fact.article])
    cmp = compare_facts(x.fact, y.fact, *names)
    if cmp is None:
        return
    note, account = "", False
    if moments:
        if cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
            return  # both give the latest moment alike
        account = ga.account or gb.account
        if not account and _a_moment_told(ga, gb, names):
            return  # the other gives an earlier moment of a change told as a change
        note = f"{_told(ga, names[0])}; {_told(gb, names[1])}"
        verdict = Verdict.CONFLICT if account else Verdict.UNRESOLVED
        cmp = Comparison(verdict, cmp.explanation, cmp.left, cmp.right)
    words = (around(x.claim, x.fact), around(y.claim, y.fact))
    owner = " ".join(ga.owned.owner)
    judge_figures(run, add, what_of(ga.owned), (x, y), cmp, words, note, owner, account)


def _a_moment_told(ga: Group, gb: Group, names: tuple[str, str]) -> bool:
    """Whether one article's figure (its latest) is an earlier moment the other
    tells: "the Nationals' $160 million offer" against "upgraded their initial
    offer -- eight years, $160 million -- to somewhere between $178 million and
    $184 million" is the initial offer, which that article itself names."""
    for latest, other, pair in ((ga.latest, gb, names), (gb.latest, ga, names[::-1])):
        for g in other.figures[:-1]:
            cmp = compare_facts(latest.fact, g.fact, *pair)
            if cmp is not None and cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
                return True
    return False


def _told(g: Group, name: str) -> str:
    if len(g.figures) == 1:
        return f"{name} gives '{around(g.latest.claim, g.latest.fact)}'"
    # each moment by its figure as written: the words around two figures of one
    # sentence overlap ("$160 million -- to somewhere between" / "… $178 million")
    steps = " and later ".join(f"'{f.fact.text}'" for f in g.figures)
    return f"{name} tells of two moments: first {steps}"


_MEASURES = {
    ("offer", "total"): "sum of the {} offer",
    ("offer", "season"): "value per season of the {} offer",
    ("offer", "length"): "length of the {} offer",
    ("ask", "total"): "sum asked for by {}",
    ("ask", "season"): "value per season asked for by {}",
    ("ask", "length"): "length of contract asked for by {}",
    ("contract", "total"): "sum of the {} contract",
    ("contract", "season"): "value per season of the {} contract",
    ("contract", "length"): "length of the {} contract",
    ("funding", "total"): "funding raised by {}",
}


def what_of(owned: Owned) -> str:
    """What a figure of a named owner measures, as an editor names it."""
    owner = " ".join(w.capitalize() for w in owned.owner)
    return _MEASURES[(owned.measure, owned.per)].format(owner)
