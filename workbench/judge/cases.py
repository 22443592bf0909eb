"""What each stage of judging looks at: one frozen case per decision.

Cases are built by the engine (engine.py, pairing.py, attribution.py) and
read by the rows of the rule table (rules.py); values a row may not need are
computed on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..facts import quote as quotes
from ..facts.measure import Measure
from ..facts.modality import judged_apart, modalities_differ
from ..facts.negated import polarities_differ
from ..facts.quote import reported
from ..model import Claim, Comparison, Discrepancy, Fact, Side, Verdict
from ..thresholds import JudgeThresholds
from .ages_told import age_told_two_ways
from .apart import names_apart, resolved_owners_differ, sentences_name_apart
from .birthday import age_before_birthday
from .family_helpers import (
    bound_against_figure,
    compare_despite_nouns,
    compare_facts,
    same_figure,
    same_value,
)
from .gaps import length_against_days
from .ids import surface
from .tolls import joined_count, told_by_noun


@dataclass(frozen=True)
class FactCase:
    fact: Fact
    quoted_relative: set[str]  # family_helpers.quoted_relative_times of the run
    windows: frozenset[str] = frozenset()  # family_helpers.count_windows of the run


@dataclass(frozen=True)
class AlignmentCase:
    score: float
    related: float  # judge relatedness of the two articles
    days_apart: int
    t: JudgeThresholds


@dataclass(frozen=True)
class SetAsideCase:
    """A value pair of an aligned claim pair that the ALIGNMENT row ``by`` set aside."""

    by: str
    restated_alike: bool  # one named owner's figure, alike in what it covers (floor.restated_alike)


@dataclass(frozen=True)
class CompareCase:
    x: Fact
    y: Fact
    fa: list[Fact]  # the comparable facts of each claim
    fb: list[Fact]
    ln: str
    rn: str
    events: tuple[str, str] = ("", "")  # the happening each figure counts (Measure.event)
    claims: tuple[Claim, Claim] | None = None  # the two sentences (tolls.joined_count)

    @cached_property
    def module(self) -> Comparison | None:
        return compare_facts(self.x, self.y, self.ln, self.rn)

    @cached_property
    def joined(self) -> Comparison | None:
        return joined_count(self.x, self.y, self.events, self.claims)

    @cached_property
    def by_noun(self) -> Comparison | None:
        return told_by_noun(self.x, self.y, self.events, self.ln, self.rn)

    @cached_property
    def gap(self) -> Comparison | None:
        return length_against_days(self.x, self.y, self.fa, self.fb, self.claims, self.ln, self.rn)

    @cached_property
    def age(self) -> Comparison | None:
        return age_told_two_ways(self.x, self.y, self.fa, self.fb, self.claims, self.ln, self.rn)

    @cached_property
    def birthday(self) -> Comparison | None:
        return age_before_birthday(self.x, self.y, self.fa, self.fb, self.claims, self.ln, self.rn)

    @cached_property
    def despite_nouns(self) -> Comparison | None:
        return compare_despite_nouns(self.x, self.y, self.fa, self.fb, self.ln, self.rn)


@dataclass(frozen=True)
class CandidateCase:
    x: Fact
    y: Fact
    cmp: Comparison
    shared_frame: int = 1  # content words the two values' frames share (pairing.frame)
    lone: bool = False  # each the only value of its family in its claim
    same_value: bool = False  # one value stated twice in other words or units
    measured_apart: str = ""  # "event" or "role" when the clauses say they measure different things
    bare_count: bool = (
        False  # either is a bare count ("two", "dozens"): its noun says what it counts
    )
    twin_elsewhere: bool = False  # either's number is stated by another value of the other claim
    scopes: tuple[str, str] = ("", "")  # the periods each figure covers (Measure.scope)
    claims: tuple[Claim, Claim] | None = None  # the two sentences, for the readings below
    owners: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # each figure's own (Measure)
    before: tuple[str, str] = ("", "")  # each article's text before its sentence
    figures: bool = False  # both claims state a quantity besides (judge/unlike.py)
    measures: tuple[Measure, Measure] | None = None  # what each figure measures (scopes.py)
    # every fact of each claim (judge/shown_same.py: the only figure of its dimension)
    facts: tuple[Sequence[Fact], Sequence[Fact]] = ((), ())

    @cached_property
    def pronoun_owners_differ(self) -> bool:
        """A "He" or "She" read as the person named just before makes the two
        figures different people's (apart.resolved_owners_differ)."""
        if self.claims is None:
            return False
        ca, cb = self.claims
        return resolved_owners_differ(
            self.owners,
            (
                (ca.text, self.x.start - ca.start, self.x.end - ca.start, self.before[0]),
                (cb.text, self.y.start - cb.start, self.y.end - cb.start, self.before[1]),
            ),
        )

    @cached_property
    def names_apart(self) -> bool:
        """Each value's clause names someone the other sentence never names."""
        if self.claims is None:
            return False
        ca, cb = self.claims
        return names_apart(
            ca.text,
            (self.x.start - ca.start, self.x.end - ca.start),
            cb.text,
            (self.y.start - cb.start, self.y.end - cb.start),
        )

    @cached_property
    def modalities_differ(self) -> bool:
        """One value is stated as what happened, the other as a possibility, a
        demand, a forecast or a condition (or two of those differ)."""
        return _modalities_differ(self.claims, self.x, self.y)

    @cached_property
    def judged_apart(self) -> bool:
        """One value is given as a view or a worry ("seems reasonable"), the other
        is not (facts/modality.py): never one fact, whatever the values."""
        if self.claims is None:
            return False
        ca, cb = self.claims
        return judged_apart(
            ca.text,
            (self.x.start - ca.start, self.x.end - ca.start),
            cb.text,
            (self.y.start - cb.start, self.y.end - cb.start),
        )

    @cached_property
    def polarities_differ(self) -> bool:
        """One value stands in a negated clause ("has not played for eight
        years"), the other does not (facts/negated.py)."""
        if self.claims is None:
            return False
        ca, cb = self.claims
        return polarities_differ(
            ca.text,
            (self.x.start - ca.start, self.x.end - ca.start),
            cb.text,
            (self.y.start - cb.start, self.y.end - cb.start),
        )


def _modalities_differ(claims: tuple[Claim, Claim] | None, x: Fact, y: Fact) -> bool:
    if claims is None:
        return False
    ca, cb = claims
    return modalities_differ(
        ca.text,
        (x.start - ca.start, x.end - ca.start),
        cb.text,
        (y.start - cb.start, y.end - cb.start),
    )


@dataclass(frozen=True)
class PairingCase:
    cmp: Comparison
    context: float  # how much the words around the two values agree
    # the only values of their family (or, given True, of their kind and unit) left
    lone: Callable[..., bool]
    t: JudgeThresholds
    x: Fact | None = None  # the two values (judge/days.py)
    y: Fact | None = None
    stages: tuple[str, str] = ("", "")  # the stage of the story each dates (Measure.event)
    # each is the only value of its claim whose clause names that happening
    only_of_stage: bool = False
    # both figures say alike what they measure (floor.measured_alike)
    measured_alike: bool = False
    ages: bool = False  # both read as a person's age (Measure.role "age")


@dataclass(frozen=True)
class ArticlePairCase:
    formulaic: bool  # some look-alike sentence pair has "today" vs "today" on different days
    agree: int
    conflict: int
    t: JudgeThresholds


@dataclass(frozen=True)
class ClaimPairCase:
    verdicts: tuple[Verdict, ...]
    days_apart: int
    ages: bool = False  # a person's age is among the values: it does not move from day to day
    fixed: bool = False  # two dates written with their years are among the values (days.fixed)
    # a disagreement no day-to-day change explains: a fixed figure (a distance, a
    # date written out) or a day not counted alike from each article's own day
    fixed_differs: bool = False


@dataclass(frozen=True)
class ValueCase:
    x: Fact
    y: Fact
    cmp: Comparison
    score: float  # of the alignment
    floor: float  # the alignment score a conflict needs
    dated_by: str  # why the claims may be about different days, or ""
    both_dated: bool
    paraphrase: float = 0.0  # the alignment score two claims in other words need
    alike: bool = True  # both figures say alike what they measure (pairing.Paired.alike)
    said_once: bool = False  # only one clause names what its value counts or dates
    owned_once: bool = False  # only one clause names whose figure it is
    owner_unknown: bool = False  # the other's owner is neither named nor referred to
    days_apart: int = 0  # between the two articles' publication dates (judge/days.py)
    published: tuple[date | None, date | None] = (None, None)  # of x's and y's articles
    texts: tuple[str, str] = ("", "")  # the two sentences
    shift_told: bool = False  # the article pair's day shift was asked about already
    measured_alike: bool = False  # both figures say alike what they measure (floor.measured_alike)
    below_floor: float = 0.0  # how far below ``floor`` such figures may still conflict
    evidence: tuple[str, ...] = ()  # why both may measure one thing (judge/same_thing.py)
    # the moment each report's figures are of, as its opening stamps them (judge/moments.py)
    moments: tuple[tuple, tuple] = ((), ())
    route: tuple[str, ...] = ()  # the rules that admitted the pair (pairing.Paired.route)
    both_stated: bool = False  # one side's article states the other's value too (both_stated.py)
    stories: tuple[str, str] = ("", "")  # the two articles' texts (count_stage.py)
    events: tuple[tuple[str, date | None], ...] = ()  # every article's text and date
    dated_both: bool = False  # one side's article states both days (dated_both.py)

    @cached_property
    def named_apart(self) -> bool:
        """Each sentence names something the other never names (apart.sentences_name_apart)."""
        return sentences_name_apart(*self.texts)

    @cached_property
    def same_words(self) -> bool:
        return surface(self.x.text) == surface(self.y.text)

    @cached_property
    def bound_only(self) -> bool:
        """One side is only a bound against the other's single figure."""
        return bound_against_figure(self.x, self.y)

    @cached_property
    def one_value(self) -> bool:
        """One value stated twice, perhaps in other words or units, or a bound
        that is the other figure rounded ("more than 60,000" / "61,482")."""
        return same_value(self.x, self.y) or same_figure(self.x, self.y)


@dataclass(frozen=True)
class AttributionCase:
    ca: Claim
    cb: Claim
    facts: list[Fact]  # of both claims
    texts: tuple[str, str] = ("", "")  # the two articles, whose full names a surname may take
    names: tuple[str, str] = ("", "")  # the two articles as an editor knows them

    @cached_property
    def credits(self) -> tuple[reported.Credit, reported.Credit] | None:
        """The attributions of the two sentences that credit one statement."""
        return reported.shared_statement(
            reported.credits(self.ca.text, self.ca.start, self.texts[0]),
            reported.credits(self.cb.text, self.cb.start, self.texts[1]),
        )

    @cached_property
    def credited(self) -> str:
        """'apart', 'fewer', 'same' or '' (see :func:`reported.credited_apart`)."""
        return "" if self.credits is None else reported.credited_apart(*self.credits)


def reported_speech(sentence: str) -> bool:
    """Whether a sentence credits someone with what it says ("X said …")."""
    return quotes.SPEECH_RE.search(sentence) is not None


@dataclass(frozen=True)
class QuoteCase:
    qa: Fact
    qb: Fact
    ln: str
    rn: str
    reported: bool = True  # a speech verb in either quote's sentence ("X said …")
    texts: tuple[str, str] = ("", "")  # the two articles' texts
    days: tuple[date | None, date | None] = (None, None)  # the two articles' publication days
    # every article's text of the run: a source that gives the words to both speakers
    everywhere: tuple[str, ...] = ()

    @cached_property
    def surname_a_word(self) -> bool:
        """Either speaker's surname is a word the articles also write in lower
        case ("Price" / "the share price"): the spelling rows (names.py) pass
        over such a name, so a quote credited to it spelled two ways is the one
        place the misspelling shows."""
        words = set()
        for sp in (self.qa.mention.speaker, self.qb.mention.speaker):
            if sp is not None and sp.name.split():
                words.add(sp.name.split()[-1].lower())
        return any(re.search(rf"\b{re.escape(w)}\b", t) for w in words for t in self.texts)

    @cached_property
    def diff(self) -> quotes.QuoteDiff | None:
        return quotes.compare_quotes(
            self.qa.mention, self.qb.mention, self.ln, self.rn, self.texts, self.days
        )


@dataclass(frozen=True)
class UnmetCase:
    """A key figure of a story stated by two articles in sentences never aligned."""

    x: Fact
    y: Fact
    cmp: Comparison
    happening: str  # what both count or measure: "killed", "magnitude" …
    names: tuple[str, str]  # the two articles, as an editor knows them
    around: tuple[str, str]  # each value with the words around it
    related: float  # judge relatedness of the two articles
    days_apart: int
    off_scale: bool  # far apart with different leading digits (family_helpers.different_scale)
    t: JudgeThresholds
    claims: tuple[Claim, Claim] | None = None  # the two sentences stating the figures
    # a named owner's figure that one article tells at two moments (an offer upgraded),
    # both named (judge/owned.py); "" otherwise
    moments: str = ""
    owner: str = ""  # the named owner both figures are of (judge/owned.py); "" otherwise
    account: bool = False  # the moments are later accounts of one figure ("rumours suggested")
    update_told: bool = False  # the times each figure is given at tell an update (timeline.py)
    stale: str = ""  # why one figure repeats one the story had moved past (timeline.py), or ""
    undercut: str = ""  # why a later report's count falls below a floor (undercut.py), or ""

    @cached_property
    def modalities_differ(self) -> bool:
        """As CandidateCase.modalities_differ: "the toll could rise to 100" is
        not an article's toll to hold against another's "60 dead"."""
        return _modalities_differ(self.claims, self.x, self.y)


@dataclass(frozen=True)
class FlagCase:
    existing: Discrepancy | None  # the flag already holding this id
    sides: tuple[Side, Side]
    sha: dict[str, str]

    @property
    def other_articles(self) -> bool:
        return self.existing is not None and {s.article for s in self.existing.sides} != {
            s.article for s in self.sides
        }

    @property
    def same_bytes(self) -> bool:
        assert self.existing is not None
        return sorted(self.sha[s.article] for s in self.existing.sides) == sorted(
            self.sha[s.article] for s in self.sides
        )
