"""The coverage matrix's rows (Qt-free): one per claim group (one per
finding when the group has several), each source's cell, the versions and
how many sources carry the claim; then a row per finding no claim group holds.

The window's coverage view (``coverage_view``) adapts these rows; the view
and its rows were one module until it reached the size limit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .. import findings
from ..model import Analysis, Claim
from .nway import best_aligned, letter, shown_agreeing

# the claim, one narrow column per source (the matrix), then the counts
AFTER = ("Carried by", "Versions (sources, independent)")
OMITS = "∅"
CARRIES = "●"
SIMILAR = "◌"  # a sentence aligned with the claim but kept out of its group: read it
UNCOMPARED = "–"  # a finding in no claim group: the source was not compared
NO_GROUP = "no claim group"  # the group column's word for such a finding's row


@dataclass(frozen=True)
class CoverageRow:
    group: str
    claim: str  # the sentence of the group's first member
    finding: str  # "" when the sources do not differ on it
    kind: str
    versions: tuple[tuple[str, str, int, int], ...]  # letter, value, sources, independent
    cells: Mapping[str, str]  # article → version letter, CARRIES or SIMILAR; missing: omits
    spans: Mapping[str, tuple[int, int]]  # article → its sentence, to go to
    carried: int
    independent: int  # carriers independent of each other
    sources: int  # independent sources in all
    articles: int
    texts: Mapping[str, str] = field(default_factory=dict)  # article → its wording
    # article → its sentence aligned with the claim that grouping kept apart (SIMILAR)
    similar: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    loose: bool = False  # a finding no claim group holds: a missing cell is UNCOMPARED

    @property
    def missing(self) -> str:
        """The mark of a source without a cell."""
        return UNCOMPARED if self.loose else OMITS

    def carried_text(self) -> str:
        return f"{self.carried} of {self.articles} ({self.independent} of {self.sources} ind.)"

    def versions_text(self) -> str:
        return " · ".join(f"{v} ‘{value}’ ×{n} ({ind} ind.)" for v, value, n, ind in self.versions)


def _label(found, claims: Mapping[str, Claim], head: str) -> str:
    """What a row reads as: a finding's values, then a sentence stating them;
    a claim without a finding, its group's first sentence. (A fresh window
    trial read three rows alike: one group's three findings, each labelled by
    the group's first sentence, which was not even about the finding.)
    ``head``: the group's label (``findings.group_label``)."""
    if found is None or not found.versions:
        return head
    values = " / ".join(v.value for v in found.versions[:3])
    if len(found.versions) > 3:
        values += " / …"
    side = found.versions[0].sides[0]
    sentence = claims.get(side.claim)
    said = findings.readable(sentence.text) if sentence else ""
    return f"{values} — {said or ' '.join(side.text.split())}"


def coverage_rows(analysis: Analysis | None, claims: Mapping[str, Claim]) -> list[CoverageRow]:
    """The matrix from an analysis (empty before one has run)."""
    if analysis is None:
        return []
    by_group: dict[str, list] = {}
    for f in analysis.findings:
        by_group.setdefault(f.group, []).append(f)
    out = []
    matrix = findings.coverage(analysis)
    for c in matrix:
        spans, texts = {}, {}
        for m in c.group.members:
            first = [claims[i] for i in m.claims if i in claims]
            if first:
                spans[m.article] = (first[0].start, first[-1].end)
                texts[m.article] = " ".join(x.text for x in first)
        head = findings.group_label(c.group, lambda i: claims[i].text if i in claims else None)
        for found in by_group.get(c.group.id) or [None]:
            cells = dict.fromkeys(c.carried, CARRIES)
            versions = []
            said = dict(texts)  # a version stated outside the group: its own sentence
            taken = _in_dispute(found) if found else lambda _had, _n: False
            for n, v in enumerate(found.versions if found else ()):
                stated = {s.article for s in v.sides}
                for s in v.sides:
                    if s.article not in said and s.claim in claims:
                        said[s.article] = claims[s.claim].text
                versions.append((letter(n), v.value, len(stated), v.independent))
                for article in stated:
                    cells.setdefault(article, CARRIES)
                    if cells[article] == CARRIES or taken(cells[article], n):
                        cells[article] = letter(n)
            for article in c.aligned:  # neither carries nor omits: an editor reads it
                cells.setdefault(article, SIMILAR)
            out.append(
                CoverageRow(
                    c.group.id,
                    _label(found, claims, head),
                    found.id if found else "",
                    found.kind if found else "",
                    tuple(versions),
                    cells,
                    spans,
                    # every column stating it counts: a finding's version may be
                    # stated in a sentence outside the group (compared though
                    # never aligned); a row with seven letters said "3 of 11"
                    len(carrying := [a for a, v in cells.items() if v != SIMILAR]),
                    findings.independent_sources(carrying, analysis.copies),
                    c.sources,
                    len(analysis.articles),
                    said,
                    _similar_spans(c, analysis, claims),
                )
            )
    every = [a.id for a in analysis.articles]
    total = matrix[0].sources if matrix else findings.independent_sources(every, analysis.copies)
    out.extend(_loose_rows(analysis, claims, by_group.get("", []), total))
    return out


def _in_dispute(found) -> Callable[[str, int], bool]:
    """Whether version ``n`` takes a source's cell from the version letter it
    has: a source stating two versions shows the one in dispute, not one
    drawn as agreeing (ECB+ 42_10ecb writes "BlackBery" and "BlackBerry": its
    cell read A, the usual spelling, and the misspelling was nowhere in the
    matrix). Else the first version it states keeps the cell, as before."""
    agreeing = shown_agreeing(found)
    agreeing_letters = {letter(i) for i in agreeing}
    return lambda had, n: had in agreeing_letters and n not in agreeing


def _loose_rows(
    analysis: Analysis, claims: Mapping[str, Claim], found: Sequence, sources: int
) -> list[CoverageRow]:
    """One row per finding in no claim group: each source's version letter
    (the CLI's "Not in any claim group" rows; a window trial missed them)."""
    out = []
    for f in found:
        cells, spans, said, versions = {}, {}, {}, []
        taken = _in_dispute(f)
        for n, v in enumerate(f.versions):
            for s in v.sides:
                if s.article not in cells or taken(cells[s.article], n):
                    cells[s.article], spans[s.article] = letter(n), (s.start, s.end)
                if s.article not in said:
                    said[s.article] = claims[s.claim].text if s.claim in claims else s.text
            versions.append((letter(n), v.value, len({s.article for s in v.sides}), v.independent))
        out.append(
            CoverageRow(
                NO_GROUP,
                f"({NO_GROUP}) {_label(f, claims, '')}",
                f.id,
                f.kind,
                tuple(versions),
                cells,
                spans,
                len(cells),
                findings.independent_sources(list(cells), analysis.copies),
                sources,
                len(analysis.articles),
                said,
                loose=True,
            )
        )
    return out


def _similar_spans(
    c: findings.Coverage, analysis: Analysis, claims: Mapping[str, Claim]
) -> dict[str, tuple[int, int]]:
    """For each source marked SIMILAR, its sentence best aligned with one of
    the group's: the columns name it "a similar sentence", as this row does
    (a fresh trial saw "omits this claim" over a column the row marked ◌)."""
    held = {i for m in c.group.members for i in m.claims}
    best = best_aligned(held, analysis, claims, lambda article: article in c.aligned)
    return {a: (claims[cid].start, claims[cid].end) for a, cid in best.items()}
