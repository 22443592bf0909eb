"""Where a finding stands across the columns (Qt-free): in which column each
version is stated, which columns state the claim without the compared
value, and which leave the claim out.

The window reads this to line the claim up in every column, to name each
column's version in its header and to draw one thread through the columns
from the first source that carries the claim to the last.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..findings import agreeing_versions
from ..model import Analysis, Claim, Finding
from .quote_cells import version_cells
from .rows import FindingRow

SPELLING = "name"  # a name spelled two ways: one finding per variant (findings/spellings.py)


@dataclass(frozen=True)
class Place:
    """The finding in one column: the span to line up (the value, or the
    claim's first word where the column states the claim without it)."""

    article: str
    span: tuple[int, int]
    version: str  # "A", "B", …; "" for the claim without this value
    value: str
    sources: int  # how many sources state this version
    independent: int  # of them, independent of each other
    similar: bool = False  # a sentence aligned with the claim that grouping kept apart
    agrees: bool = False  # consistent with every version it was compared with
    usual: bool = False  # the spelling most sources write, of a name spelled two ways
    label: str = ""  # the header's few words of a long value (a quotation's change)


@dataclass(frozen=True)
class Spread:
    finding: str
    places: tuple[Place, ...]  # in article order
    omitted: tuple[str, ...]  # articles that leave the claim out

    def place(self, article: str) -> Place | None:
        return next((p for p in self.places if p.article == article), None)


def claim_spread(
    spans: Mapping[str, tuple[int, int]],
    articles: Sequence[str],
    similar: Mapping[str, tuple[int, int]] | None = None,
) -> Spread:
    """A claim without a finding (chosen in the coverage view): where each
    source states it, where one has a similar sentence the grouping kept
    apart (``similar``), and which leave it out."""
    similar = {a: s for a, s in (similar or {}).items() if a not in spans}
    places = tuple(
        Place(a, (spans[a][0], spans[a][0] + 1), "", "", 1, 0)
        if a in spans
        else Place(a, (similar[a][0], similar[a][0] + 1), "", "", 0, 0, similar=True)
        for a in articles
        if a in spans or a in similar
    )
    return Spread("", places, tuple(a for a in articles if a not in spans and a not in similar))


def letter(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else str(n + 1)


def _versions(row: FindingRow, analysis: Analysis | None) -> list[tuple[str, list, int]]:
    """(value, sides, independent) per version: the analysis's when it has
    the finding, else the versions the log keeps (a log opened before its
    analysis re-ran: a fresh user trial saw the columns name three versions
    of a name for five seconds, then two, when the row's sides were grouped
    by their normalised values), else the row's sides by normalised value."""
    if analysis is not None:
        found = next((f for f in analysis.findings if f.id == row.id), None)
        if found is not None:
            return [(v.value, list(v.sides), v.independent) for v in found.versions]
    kept = row.kept_versions
    if kept and all(v.sides for v in kept):  # as the log's check found them
        return [(v.value, list(v.sides), v.independent) for v in kept]
    out: dict[str, list] = {}
    for side in row.sides:
        out.setdefault(side.normalized or side.text, []).append(side)
    return [(sides[0].text, sides, len({s.article for s in sides})) for sides in out.values()]


def usual_spelling(kind: str, stated: Sequence[int]) -> int | None:
    """The version of a name spelled two ways that more sources write than
    any other (``stated``: each version's number of sources), as
    ``findings.spellings`` takes a person's usual spelling; None for another
    kind of finding or when no spelling leads. Editor's trial on ECB+ 42:
    "BlackBery" in one source against "BlackBerry" in nine painted every
    correct "BlackBerry" in every column as the conflict."""
    if kind != SPELLING or len(stated) < 2:
        return None
    top = max(stated)
    return stated.index(top) if stated.count(top) == 1 else None


def shown_agreeing(found: Finding) -> set[int]:
    """The versions drawn as agreeing rather than as a side of the finding's
    verdict: those no other contradicts ('more than 200' beside 212 and 221:
    a fresh window trial saw its source drawn as a conflicting version), and
    a misspelt name's usual spelling (only the variant dissents)."""
    stated = [len({s.article for s in v.sides}) for v in found.versions]
    usual = usual_spelling(found.kind, stated)
    return agreeing_versions(found) | ({usual} if usual is not None else set())


def usual_only(found: Finding) -> set[int]:
    """The usual spelling of a misspelt name, when it is drawn as agreeing
    only for being usual (a side of the conflict all the same)."""
    stated = [len({s.article for s in v.sides}) for v in found.versions]
    usual = usual_spelling(found.kind, stated)
    return set() if usual is None or usual in agreeing_versions(found) else {usual}


def spread(
    row: FindingRow,
    analysis: Analysis | None,
    claims: Mapping[str, Claim],
    articles: Sequence[str],
) -> Spread:
    places: dict[str, Place] = {}
    versions = _versions(row, analysis)
    found = next((f for f in analysis.findings if f.id == row.id), None) if analysis else None
    counts = [len({s.article for s in sides}) for _v, sides, _i in versions]
    usual = usual_spelling(row.kind, counts)
    # a log opened before its analysis re-ran: the usual spelling still agrees
    alone = set() if usual is None else {usual}
    agreeing = shown_agreeing(found) if found is not None else alone
    labels = version_cells(row.kind, [value for value, _s, _i in versions])
    for n, (value, sides, independent) in enumerate(versions):
        for side in sides:
            have = places.get(side.article)
            # a column stating two versions shows the one in dispute: the
            # source that writes "BlackBery" once and "BlackBerry" after is
            # the variant's column (its header read "A · BlackBerry")
            if have is None or (have.agrees and n not in agreeing):
                places[side.article] = Place(
                    side.article,
                    (side.start, side.end),
                    letter(n),
                    value,
                    counts[n],
                    independent,
                    agrees=n in agreeing,
                    usual=n == usual,
                    label=labels[n] if labels[n] != value else "",
                )
    group = None
    if analysis is not None and found is not None:
        group = next((g for g in analysis.groups if g.id == found.group), None)
    for member in group.members if group else ():
        claim = claims.get(member.claims[0]) if member.claims else None
        if claim is not None and member.article not in places:
            span = (claim.start, min(claim.end, claim.start + 1))
            places[member.article] = Place(member.article, span, "", "", 0, 0)
    if analysis is not None:
        _similar(places, row, analysis, claims)
    order = {a: i for i, a in enumerate(articles)}
    ranked = sorted(places.values(), key=lambda p: order.get(p.article, len(order)))
    return Spread(
        row.id,
        tuple(ranked),
        tuple(a for a in articles if a not in places),
    )


def best_aligned(
    held: set[str],
    analysis: Analysis,
    claims: Mapping[str, Claim],
    wanted: Callable[[str], bool],
) -> dict[str, str]:
    """For each article ``wanted`` says yes to, its sentence best aligned with
    one of the ``held`` claims (article → claim id)."""
    best: dict[str, tuple[float, str]] = {}
    for al in analysis.alignments:
        for mine, other in ((al.left, al.right), (al.right, al.left)):
            claim = claims.get(other)
            if (
                mine in held
                and claim is not None
                and wanted(claim.article)
                and al.score > best.get(claim.article, (-1.0, ""))[0]
            ):
                best[claim.article] = (al.score, other)
    return {article: cid for article, (_score, cid) in best.items()}


def _similar(
    places: dict[str, Place], row: FindingRow, analysis: Analysis, claims: Mapping[str, Claim]
) -> None:
    """A source the grouping left out may still have a sentence aligned with
    one of the finding's: say "similar sentence" there, not "omits" (a trial
    saw "omits this claim" over a column that states it)."""
    held = {s.claim for s in row.sides}
    best = best_aligned(held, analysis, claims, lambda article: article not in places)
    for article, cid in best.items():
        claim = claims[cid]
        span = (claim.start, min(claim.end, claim.start + 1))
        places[article] = Place(article, span, "", "", 0, 0, similar=True)


def badge(place: Place | None, marker: str, state_label: str) -> tuple[str, str]:
    """A column header's line for the selected finding, and its tooltip."""
    if place is None:
        return "∅ omits this claim", "This source does not state the selected finding's claim"
    if place.similar:
        return (
            "◌ a similar sentence, not compared",
            "This source has a sentence aligned with the finding's claim that was not "
            "grouped with it, so none of its values counts as a version here: read it "
            "to see whether it states the claim",
        )
    if not place.version and not place.value and place.sources:
        return "● states this claim", "This source states the claim chosen in the coverage view"
    if not place.version:
        # not "not this value": its sentence may give this value in words the
        # comparison did not pair (a fresh trial read the column as saying the
        # source does not state '14' above a sentence stating it)
        return (
            "○ states the claim; value not compared",
            "This source states the claim, but none of its values was compared with "
            "the finding's versions: read its sentence to see whether it gives this "
            "value, another one, or none",
        )
    plural = "" if place.sources == 1 else "s"
    text = f"{marker} {place.version} · ‘{place.label or place.value}’"
    said = "the spelling most sources write" if place.usual else state_label
    tip = (
        f"Version {place.version}: ‘{place.value}’ — stated by {place.sources} "
        f"source{plural} ({place.independent} independent); {said}"
    )
    return text, tip
