"""The window's list rows: one per finding (Qt-free).

A row offers what the list, the review panel and the columns read from a
flag — an id, a kind, a verdict, an explanation, sides and the decision —
for a finding across all sources. ``sides`` holds every source's wording,
the two that best show the difference first (the first version against the
second), so the panel shows that pair and the columns mark every source.
The decision fields are those of the latest decision on its discrepancies;
``status`` is ``"mixed"`` when its discrepancies were decided differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..articles.unread import named
from ..findings.copy_groups import split_links
from ..model import CopyLink
from ..raised import KIND as RAISED_KIND
from ..raised_values import linked_values
from ..store import DiscrepancyRecord, FindingRecord, SideRecord
from ..store.covered import covered_of, covered_words
from ..store.findings import finding_review, standing
from ..store.records import VersionRecord, corrected_words
from ..store.scope import again_words, joined_since
from ..store.why_open import why_open
from .partly_open import still_open_said
from .quote_cells import pair_cells


@dataclass(frozen=True)
class FindingRow:
    id: str
    kind: str
    verdict: str
    explanation: str
    sides: tuple[SideRecord, ...]
    status: str
    note: str
    correction: str
    reviewer: str
    updated: str
    correct_article: str
    orphaned: bool
    members: tuple[DiscrepancyRecord, ...]
    versions: int
    sources: int
    # each version as the log keeps it — its wording, the articles stating it,
    # how many of them are independent and where each states it — most
    # supported first: the one source of what the list, the panel and the
    # columns read of its versions (``version_sources``, ``version_sides``,
    # ``independent``)
    kept_versions: tuple[VersionRecord, ...] = ()
    # the verdict its decision was made under, when a later check changed it
    decided_under: str = ""
    undecided: int = 0  # discrepancies of a decided finding no decision covers (a new source)
    uncompared: bool = False  # gone though its articles' texts are all still checked
    # articles named to correct that state none of its versions (regrouped since)
    strays: tuple[str, ...] = ()
    # articles named to correct, edited since, that now agree: confirm
    corrected: tuple[str, ...] = ()
    corrected_differing: tuple[str, ...] = ()  # made, another source still differing
    edited: tuple[str, ...] = ()  # to correct, edited since the decision, still differing
    # ... where such an article still states the value decided on (another sentence)
    still_says: tuple[tuple[str, str], ...] = ()
    asked: tuple[str, ...] = ()  # no longer found: corrections asked, not confirmed made
    # every source states the same figure as written and nobody decided on it:
    # hidden from the list unless asked for, and no item to review
    agreed: bool = False
    raised_by: str = ""  # an editor's finding: who said its sentences differ
    # the copy links among its sources the count stands on, and those counted
    # apart: the panel says why some count once, as check does (trials 37, 48)
    copies: tuple[CopyLink, ...] = ()
    apart: tuple[CopyLink, ...] = ()
    # the sources its decision in force covered when made (``store.scope``; None:
    # unknown), and "decided before 003_extra joined ‘Monday’ — decide again …"
    scope: tuple[str, ...] | None = None
    joined: str = ""
    joined_by: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (version, sources) of ``joined``
    # the list's two values when they are not its sides' texts: an editor's
    # finding's sentences show the values that differ (``raised_values``)
    values: tuple[str, ...] = ()

    @property
    def version_sources(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each version's wording with the articles stating it."""
        return tuple((v.value, tuple(v.sources)) for v in self.kept_versions)

    @property
    def independent(self) -> tuple[int, ...]:
        """Each version's independent sources."""
        return tuple(v.independent for v in self.kept_versions)

    @property
    def version_sides(self) -> tuple[tuple[SideRecord, ...], ...]:
        """Each version's sides as the log keeps them: the columns mark a
        log's versions as its check found them while the analysis re-runs."""
        return tuple(v.sides for v in self.kept_versions)

    @property
    def needs_review(self) -> bool:
        """Some discrepancy of it is still open (a new source, or never
        decided), or its verdict changed since it was decided. An agreement
        nobody decided on is none."""
        return not self.agreed and (
            any(m.status == "open" for m in self.members)
            or not self.members
            or bool(self.decided_under)
            or bool(self.strays)
            or bool(self.corrected)
            or bool(self.asked)
            or bool(self.joined)  # sources joined since the decision: decide again
        )  # decided pair by pair ("mixed"), every pair decided: decided (user trial 48)

    @property
    def look_again(self) -> str:
        """Said beside the status when the verdict changed since the decision,
        or the decided finding gained discrepancies no decision covers."""
        said = []
        if self.decided_under:
            said.append(
                f"Decided when it was {self.decided_under}; it is now {self.verdict}: look again"
            )
        if self.strays:
            they = "it states" if len(self.strays) == 1 else "they state"
            said.append(
                f"A decision names {', '.join(self.strays)} to correct, though {they} none "
                "of its versions: it was made on a finding a later check regrouped — look again"
            )
        if self.corrected:
            said.append(corrected_words(self.corrected, self.orphaned, self.corrected_differing))
        if self.asked:
            said.append(
                f"The correction asked of {', '.join(self.asked)} is no longer found (an edit, "
                "a removed source or a date change took it away): check whether it was made, "
                "then confirm it (Verified) or decide again"
            )
        if self.edited:
            differ = "differs" if len(self.edited) == 1 else "differ"
            still = "".join(f"; {a} still says {where}" for a, where in self.still_says)
            said.append(
                f"{', '.join(self.edited)} edited since the decision and still {differ}: "
                f"the correction is not made yet{still}"
            )
        if self.status == "mixed":
            said.append("Decisions on its source pairs:\n" + "\n".join(self.decisions()))
        if self.undecided and self.status not in ("open", "mixed"):
            # which versions and sources (a trial could not tell which source was new)
            count = f"{self.undecided} of its {len(self.members)} source pairs not decided yet"
            c = covered_of(self.members, self.kept_versions, self.scope)
            if c is not None and (c.new or c.left):  # as review F… says it (session 35)
                # by version and source, as the list counts (trial 49: "13 open" pairs)
                count = still_open_said(self.members, self.kept_versions, self.scope) or count
                said.append(f"{count[0].upper()}{count[1:]}. " + ". ".join(covered_words(c)))
            else:
                pairs = [
                    f"{m.left_article} / {m.right_article}"
                    for m in self.members
                    if m.status == "open"
                ]
                more = f" and {len(pairs) - 3} more" if len(pairs) > 3 else ""
                why = why_open(self.members)  # the one cause the log shows (trial 44)
                said.append(f"{count}: {'; '.join(pairs[:3])}{more}" + (f" ({why})" if why else ""))
        elif self.joined and self.status not in ("open", "mixed"):
            c = covered_of(self.members, self.kept_versions, self.scope)
            made = f". {covered_words(c)[0]}" if c is not None else ""  # "Decision made on: …"
            said.append(self.joined[0].upper() + self.joined[1:] + made)
        return "\n".join(said)

    def decisions(self) -> list[str]:
        """Each distinct decision on its discrepancies, one line each (a
        mixed finding's panel showed the latest one's note alone, and the
        other decision's correction was nowhere to be seen: fresh trial)."""
        seen: dict[tuple[str, ...], int] = {}
        for m in self.members:
            if m.status != "open":
                key = (m.status, m.reviewer, m.correct_article, m.note, m.correction)
                seen[key] = seen.get(key, 0) + 1
        lines = []
        for (status, who, article, note, correction), n in seen.items():
            named = ", ".join(a for a in article.split("\n") if a)
            lines.append(
                f"• {status} on {n} pair{'s' if n != 1 else ''}"
                + (f" by {who}" if who else "")
                + (f", to correct: {named}" if named else "")
                + (f" — note: {quoted_line(note)}" if note else "")
                + (f" — correction: {quoted_line(correction)}" if correction else "")
            )
        return lines

    def fields(self) -> dict[str, str]:
        return {
            "status": self.status,
            "note": self.note,
            "correction": self.correction,
            "reviewer": self.reviewer,
            "article": self.correct_article,
        }


def _sides(f: FindingRecord) -> tuple[SideRecord, ...]:
    ordered: list[SideRecord] = []
    if len(f.versions) >= 2:
        # the two versions whose relation gives the finding its verdict come
        # first: the list's two values and the panel's pair show the conflict
        # (212 / 221), not a version that agrees with both ('more than 200':
        # a fresh window trial went after that outlet)
        i, j = shown_pair(f)
        ordered += [f.versions[i].sides[0], f.versions[j].sides[0]]
    ordered += [s for v in f.versions for s in v.sides]
    if not f.versions:  # never stored without versions; keep the members' sides
        ordered += [s for m in f.members for s in m.sides]
    seen: dict[tuple[str, int, int], SideRecord] = {}
    for s in ordered:
        seen.setdefault((s.article, s.start, s.end), s)
    return tuple(seen.values())


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _figure(version: VersionRecord) -> str:
    """What a version states, for telling two versions apart: the figures of
    its normalised value (the part after "=" when it was resolved: "last week
    = 2–8 Apr 2007"), else its words; a range or bound in parentheses left out."""
    said = version.sides[0].normalized if version.sides else version.value
    said = said.split(" = ", 1)[-1].split(" (", 1)[0]
    figures = _NUMBER.findall(said)
    return " ".join(figures) if figures else said.casefold()


def shown_pair(f: FindingRecord) -> tuple[int, int]:
    """The two versions a row shows: two different versions (a discrepancy
    between two spellings of one version, "miles an hour" / "miles per hour",
    is never the pair: trial 37's row read "up to 120 miles an hour | up to 120
    miles per hour" while the figures that differ were in the panel only),
    related by the finding's verdict, those whose figures differ first
    ("120 mph" / "more than 100 mph" before "120 mph" / "up to 120 mph"),
    then the most supported."""
    pairs = [(a, b) for a, b, v, _d in f.relations if a != b and v == f.verdict]
    pairs = pairs or [(a, b) for a, b, _v, _d in f.relations if a != b] or [(0, 1)]
    return min(pairs, key=lambda p: (_figure(f.versions[p[0]]) == _figure(f.versions[p[1]]), p))


def several(articles) -> str:
    """Several articles to correct as one value (the panel's "Correct in",
    undo, :meth:`ReviewSession.set_review`): one per line, in name order."""
    return "\n".join(sorted(articles))


def quoted_line(text: str, limit: int = 120) -> str:
    """A stored text for one line of a message or a list: quoted, line breaks
    shown as ↵, clipped; "(empty)" when there is none."""
    one = " ↵ ".join(text.splitlines()) if text else ""
    if not one:
        return "(empty)"
    return f"“{one if len(one) <= limit else one[: limit - 1] + '…'}”"


def _to_correct(f: FindingRecord) -> str:
    """Several articles named to correct (two reports printed the same wrong
    quote); "" when fewer than two. An article that states none of its
    versions (``strays``) is no choice of this finding's."""
    strays = set(f.strays)
    named = {m.correct_article for m in f.members if m.correct_article} - strays
    return several(named) if len(named) > 1 else ""


def _quote_values(f: FindingRecord) -> tuple[str, ...]:
    """A quote finding's two values as the list shows them: the words around
    the change of the pair shown (``quote_cells``; user trial 47 read 'a'
    against 'there another')."""
    if len(f.versions) < 2:
        return ()
    i, j = shown_pair(f)
    return pair_cells(f.kind, f.versions[i].value, f.versions[j].value)


def finding_row(f: FindingRecord, copies: tuple[CopyLink, ...] = ()) -> FindingRow:
    """``copies``: every copy link of the log."""
    return _row(f, *split_links(copies))


def _row(
    f: FindingRecord, counted: tuple[CopyLink, ...], apart: tuple[CopyLink, ...]
) -> FindingRow:
    decision = finding_review(f)  # the latest decision on its discrepancies
    # its decision as an editor reads it: a decided finding that gained a
    # source is "verified" with one discrepancy to decide, not "mixed"
    # (fresh window trial), as the command line and the report say
    status, undecided = standing(f)
    return FindingRow(
        id=f.id,
        kind=f.kind,
        verdict=f.verdict,
        raised_by=f.raised_by,
        explanation=f.explanation,
        sides=_sides(f),
        status=status,
        note=decision.note,
        correction=decision.correction,
        reviewer=decision.reviewer,
        updated=decision.updated,
        correct_article=_to_correct(f) or decision.article,
        orphaned=f.orphaned,
        members=f.members,
        versions=len(f.versions),
        sources=len(f.sources),
        kept_versions=tuple(f.versions),
        decided_under=f.decided_under,
        undecided=undecided,
        uncompared=f.uncompared,
        strays=f.strays,
        corrected=f.corrected,
        corrected_differing=f.corrected_differing,
        edited=f.edited_unmade,
        still_says=tuple(f.still_says.items()),
        asked=f.asked_unconfirmed,
        agreed=f.agreed,
        copies=tuple(x for x in counted if {x.left, x.right} <= set(f.sources)),
        apart=tuple(x for x in apart if {x.left, x.right} <= set(f.sources)),
        scope=f.scope,
        joined=again_words(f),
        joined_by=joined_since(f),
        values=_quote_values(f),
    )


def finding_rows(found: list[FindingRecord], copies: tuple[CopyLink, ...] = ()) -> list[FindingRow]:
    counted, apart = split_links(copies)  # once for the list (each a clique cover)
    return [_row(f, counted, apart) for f in found]


def counts_text(rows: list[FindingRow], articles: int, shown: int) -> str:
    """The status bar's count: "3 articles · 4 findings · 1 conflict · 2 to
    review" (the report's "Still to review": open, partly decided or to look
    at again), then findings gone from the analysis (no longer found: an
    article's text changed or left; no longer compared: the texts are all
    still here, a date changed), and how many the filters show."""
    live = [r for r in rows if not r.orphaned]
    agreed = sum(1 for r in live if r.agreed)  # counted apart, as check and the report do
    conflicts = sum(1 for r in live if r.verdict == "conflict")
    open_ = sum(1 for r in live if r.needs_review) + sum(
        1 for r in rows if r.orphaned and (r.asked or r.corrected)
    )
    text = (
        f"{len(live) - agreed} finding{'' if len(live) - agreed == 1 else 's'} · "
        f"{conflicts} conflict{'' if conflicts == 1 else 's'} · {open_} to review"
    )
    if agreed:
        text += f" · {agreed} more agreed (not to review)"
    uncompared = sum(1 for r in rows if r.uncompared)
    orphaned = len(rows) - len(live) - uncompared
    if orphaned:
        text += f" · {orphaned} no longer found"
    if uncompared:
        text += f" · {uncompared} no longer compared"
    if shown != len(rows):
        text += f" — showing {shown}"
    if articles:
        text = f"{articles} article{'' if articles == 1 else 's'} · " + text
        if articles == 1:
            text += " — add another article to compare"
    return text


def left_out_text(left_out: Sequence[str]) -> str:
    """The files given with nothing in them to compare, after the counts:
    " · left out, nothing to compare: binary.txt (binary file)" (trial 46 P9:
    the status bar said "2 articles · 0 findings" and nothing of them)."""
    return f" · left out, nothing to compare: {named(left_out)}" if left_out else ""


def with_linked_values(rows: list[FindingRow], analysis) -> list[FindingRow]:
    """Each editor's finding with the two values its list row shows, read
    from the ``analysis``'s facts of its two sentences (user trial 46: the
    list showed both sentences cut down, "Williams, … said.")."""
    if analysis is None or not any(r.kind == RAISED_KIND and len(r.sides) > 1 for r in rows):
        return rows
    facts: dict[str, list] = {}
    for fact in analysis.facts:
        facts.setdefault(fact.claim, []).append(fact)
    out = []
    for r in rows:
        if r.kind == RAISED_KIND and len(r.sides) > 1:
            a, b = r.sides[0], r.sides[1]
            told = linked_values(facts.get(a.claim, ()), facts.get(b.claim, ()), a.text, b.text)
            r = replace(r, values=told)
        out.append(r)
    return out
