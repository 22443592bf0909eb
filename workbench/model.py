"""Immutable values that cross module boundaries.

Every stage of the engine (reading, extracting, aligning, judging) returns
new frozen values; nothing downstream mutates what it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Protocol


class Verdict(StrEnum):
    """Outcome of comparing two facts that describe the same thing.

    ``IDENTICAL`` is internal: two sources saying the same thing the same
    way is not a discrepancy and is never stored or shown.
    """

    CONFLICT = "conflict"
    CONSISTENT = "consistent"
    UNRESOLVED = "unresolved"
    IDENTICAL = "identical"
    # not the engine's: an editor's finding, two sentences an editor linked
    # and said differ (``workbench.raised``); shown as "raised by <editor>"
    RAISED = "raised"


Progress = Callable[[int, int, str], None]  # (done, total, message); total 0: length unknown


class Cancelled(Exception):
    """Raised when the caller asked the analysis to stop (here, not in the
    engine: the window's thread imports it before any analysis runs)."""


@dataclass(frozen=True)
class Comparison:
    """What a fact module says about two of its mentions.

    ``left`` / ``right`` are the normalised values as an editor reads them,
    e.g. ``"30 mi = 48.3 km"`` and ``"50 km (about: 45–55 km)"``.
    ``explanation`` is one sentence naming both normalised values and the
    reason for the verdict, e.g. ``"30 mi = 48.3 km vs 50 km: 3.4% apart,
    within the rounding of 'about 50km' — consistent"``.
    """

    verdict: Verdict
    explanation: str
    left: str
    right: str


@dataclass(frozen=True)
class Article:
    """One source as loaded from disk. ``text`` is the body without front matter."""

    id: str
    path: str
    title: str
    outlet: str
    published: date | None
    url: str
    text: str
    sha256: str
    # what the reader doubts about the text it found (one line each); not part of its identity
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # where each page starts in ``text`` (PDF and Word files), for citing; () for the rest
    pages: tuple[int, ...] = field(default=(), compare=False)
    # the date was given by an editor (--published, the window), not read from the file:
    # the review log keeps it, so a later check does not put the file's own date back
    date_given: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Claim:
    """One sentence of an article; ``article.text[start:end] == text``."""

    id: str
    article: str
    index: int
    start: int
    end: int
    text: str


class Mention(Protocol):
    """What every fact family's own mention type offers (``TimeMention``,
    ``QuantityMention``, ``QuoteMention``): its span in the text it was found
    in, its wording, the ``Fact.kind`` it makes and its JSON-ready value."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...

    def to_json(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Fact:
    """A value found in a claim. Offsets index the article text.

    ``kind`` is one of quantity, number, money, percent, date, time,
    duration, set, quote. ``value`` is the JSON-ready normalised value;
    ``mention`` keeps the family's own mention for comparison (None for a
    Fact made by hand, as tests do).
    """

    id: str
    claim: str
    article: str
    kind: str
    start: int
    end: int
    text: str
    value: dict[str, Any]
    mention: Mention | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Alignment:
    """Two claims in different articles judged to state the same thing."""

    left: str
    right: str
    score: float
    manual: bool = False  # an editor linked these claims (workbench.manual_links)
    # a second partner taken because both claims date one named happening alike
    # (align._told_again, days that agree): compared on its values measured
    # alike only (judge), the day it is a pair for
    days_agree: bool = field(default=False, compare=False)
    # a pair of two reports' opening sentences the one-to-one matching left apart
    # (align_openings): its values are compared, but it does not count towards
    # whether two articles disagree on most values (judge, ARTICLE_PAIR rows)
    opening: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Side:
    article: str
    claim: str
    start: int
    end: int
    text: str
    normalized: str


@dataclass(frozen=True)
class Discrepancy:
    """``rule`` names the judging rule that decided the verdict (see
    ``workbench.judge.rules``): a diagnostic, never written out and not part
    of a discrepancy's identity or equality."""

    id: str
    kind: str
    verdict: Verdict
    explanation: str
    sides: tuple[Side, Side]
    rule: str = field(default="", compare=False)


@dataclass(frozen=True)
class Member:
    """One source's passage in a claim group: one sentence, or two neighbouring
    ones that together say what another source says in one. ``score`` is the
    mean alignment score with the group's other members. ``restated``: the
    source's further statements of the claim (a headline and its lead), shown
    and compared with the group, never a second group."""

    article: str
    claims: tuple[str, ...]
    score: float
    restated: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimGroup:
    """One claim as each source that carries it states it (one member per source).
    ``aligned``: sources not in the group with a sentence aligned to one of its
    members (the grouping kept it apart): they do not omit the claim."""

    id: str
    members: tuple[Member, ...]
    aligned: tuple[str, ...] = ()


@dataclass(frozen=True)
class Version:
    """One way the sources state a compared thing: its wording (``value``),
    where each source states it, and how many of those sources are
    independent of each other (copies of one wire story count once)."""

    value: str
    sides: tuple[Side, ...]
    independent: int


@dataclass(frozen=True)
class Relation:
    """What the judge said about two versions (indices into ``versions``),
    through the pair-level discrepancy that compared them."""

    left: int
    right: int
    verdict: Verdict
    discrepancy: str


@dataclass(frozen=True)
class Finding:
    """One compared thing of one claim group across every source: its
    versions, how they relate, and the verdict of the whole (the strongest
    of its relations: conflict, then unresolved, then consistent).
    ``discrepancies`` are the pair-level flags it contains; every pair-level
    discrepancy is in exactly one finding. ``agreement``: consistent, and
    every source states the same figure as written, or figures read from
    their own words that agree by arithmetic (``findings.agree``): kept and
    shown, but no item to review. ``settled``: consistent, no agreement, but
    nothing to decide — one version, or dates of one day or period, or one
    inside another ('March 3' / 'March')
    (``findings.settled``): shown with the agreements, no item to review."""

    id: str
    kind: str
    verdict: Verdict
    explanation: str
    group: str
    versions: tuple[Version, ...]
    relations: tuple[Relation, ...]
    discrepancies: tuple[str, ...]
    agreement: bool = False
    raised_by: str = ""  # an editor's finding: who said the sentences differ
    settled: bool = False


@dataclass(frozen=True)
class CopyLink:
    """Two articles that are not independent: near-verbatim passages
    (``shared`` sentences) or the same agency credited (``credit``)."""

    left: str
    right: str
    shared: int
    credit: str


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    facts: tuple[Fact, ...]
    alignments: tuple[Alignment, ...]
    discrepancies: tuple[Discrepancy, ...]
    # across all sources at once (workbench.findings); empty when not built
    groups: tuple[ClaimGroup, ...] = ()
    findings: tuple[Finding, ...] = ()
    copies: tuple[CopyLink, ...] = ()
    credits: tuple[tuple[str, str], ...] = ()  # (article, agency it credits)
    manual: tuple[Any, ...] = ()  # manual_links.Applied: editors' links and what they name now


def decided_key(discrepancy: str, shas: Sequence[str]) -> str:
    """A decided flag as the analysis is told of it: its id and the text
    hashes of its two articles. The id alone names the wording compared, which
    a wire copy repeats word for word in another pair of articles."""
    return "\x1f".join([discrepancy, *sorted(shas)])


class DecidedFlags(frozenset):
    """``decided_key`` of the flags an editor decided on (a frozenset of them),
    and ``pairs``: the sentence pairs those flags were compared in, as
    (article, sentence, article, sentence, alignment score). While both
    sentences stand as they were, the analysis keeps such a pair aligned when
    the aligner would now let it go: trial 33 gave two articles their
    publication dates, "earlier this year" and "in September" (adopted) then
    agreed, the aligner no longer took the second partner they were compared
    in, and the disputed finding went to the orphaned reviews instead of
    turning consistent, to look at again."""

    pairs: tuple[tuple[str, str, str, str, float], ...]

    def __new__(
        cls,
        keys: Iterable[str] = (),
        pairs: Iterable[tuple[str, str, str, str, float]] = (),
    ) -> DecidedFlags:
        self = super().__new__(cls, keys)
        self.pairs = tuple(pairs)
        return self
