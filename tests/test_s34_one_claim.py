"""One claim, one finding (issue 15, session 34, user trial 40).

(a) a finding's versions are one thing's: figures of sentences about
    different people (one climber's day of death, another's) are never
    versions of one finding; a pair-level flag that itself compares two
    people's figures joins only flags that do too (one item, not a version);
(b) one thing in one finding: a place written "Mt Cook" and "Aoraki Mount
    Cook" is one owner, not two (one fall split over two findings); a star
    whose hub figure was compared with the figures of two sources or more
    that another finding holds joins it (a fall both "unresolved" and
    "agreed").
Every pair-level discrepancy stays in exactly one finding.
"""

from __future__ import annotations

import re

import pytest

from workbench.findings.build import findings
from workbench.findings.owners import differ as owners_differ
from workbench.findings.owners import owners
from workbench.findings.persons import ages, differ, people
from workbench.model import (
    Alignment,
    Analysis,
    Article,
    Claim,
    ClaimGroup,
    Discrepancy,
    Fact,
    Member,
    Side,
    Verdict,
)

_DAYS = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)\b"
_LENGTHS = r"\b(?:about |some |around )?[\d,]+ ?(?:metres|m|feet|ft|miles|km)\b"


def _measure(text: str) -> dict:
    """A length read as the quantity family reads one: its SI unit and bounds."""
    n = float(re.search(r"[\d.]+", text.replace(",", "")).group(0))
    per = {"miles": 1609.0, "km": 1000.0, "feet": 0.3048, "ft": 0.3048}
    unit = next((u for u in per if text.endswith(u)), "")
    metres = n * per.get(unit, 1.0)
    return {"si_unit": "m", "low": round(metres), "high": round(metres), "hedge": None}


class Story:
    """Articles of a few sentences, their figures of one kind read by a
    pattern; discrepancies and groups made by hand."""

    def __init__(
        self, sentences: dict[str, list[str]], figure: str, kind: str, measured: bool = False
    ):
        self.kind = kind
        self.articles, self.claims, self.facts = [], [], []
        for art, texts in sentences.items():
            text = " ".join(texts)
            self.articles.append(Article(art, f"{art}.txt", art, "", None, "", text, art))
            at = 0
            for n, t in enumerate(texts):
                c = Claim(f"{art}:{n}", art, n, at, at + len(t), t)
                self.claims.append(c)
                for m in re.finditer(figure, t):
                    start, end = at + m.start(), at + m.end()
                    fid = f"{c.id}@{m.start()}"
                    value = _measure(m.group(0)) if measured else {}
                    self.facts.append(Fact(fid, c.id, art, kind, start, end, m.group(0), value))
                at += len(t) + 1
        self.by_id = {c.id: c for c in self.claims}

    def side(self, claim: str, value: str) -> Side:
        c = self.by_id[claim]
        (f,) = [f for f in self.facts if f.claim == claim and f.text == value]
        return Side(c.article, claim, f.start, f.end, f.text, f.text)

    def flag(self, n: str, verdict: Verdict, a: tuple[str, str], b: tuple[str, str]):
        sa, sb = self.side(*a), self.side(*b)
        return Discrepancy(n, self.kind, verdict, f"{sa.text} vs {sb.text}", (sa, sb))

    def found(self, discs: list[Discrepancy], groups: list[list[str]], aligned=()):
        grouped = tuple(
            ClaimGroup(f"g{n}", tuple(Member(c.split(":")[0], (c,), 0.8) for c in g))
            for n, g in enumerate(groups)
        )
        pairs = tuple(Alignment(a, b, 0.7) for a, b in aligned)
        analysis = Analysis(
            tuple(self.articles),
            tuple(self.claims),
            tuple(self.facts),
            pairs,
            tuple(discs),
            grouped,
        )
        out = findings(analysis, grouped, ())
        held = [d for f in out for d in f.discrepancies]
        assert sorted(held) == sorted(d.id for d in discs)  # each in exactly one finding
        return out


def _parts(out) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(f.discrepancies)) for f in out)


# --- who a sentence is about -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, who",
    [
        ("On Friday, 36-year-old Duncan Rait died after slipping.", {"rait"}),
        ("Robert Buckley, 32, died while climbing on Saturday.", {"buckley"}),
        ("On Monday 27-year-old Welsh rider Gareth Price was hurt.", {"price"}),
        ("Anna Kovacs (41) drowned near the pier on Sunday.", {"kovacs"}),
        ("Mrs Okafor was treated in hospital for 3 days.", {"okafor"}),
        ("On Saturday, 32-year-old Englishman Robert Buckley fell 600m.", {"buckley"}),
        # a speaker reports the figure; a place is nobody
        ("Inspector Dave Gaskin said the man fell around 2000ft.", set()),
        ("The climber fell near Mount Sefton on Saturday, said Jane Reid, 51.", set()),
        ("A 36-year-old man died about 11am on Friday.", set()),
        ("The Aoraki Mt Cook Alpine Rescue Team worked today.", set()),
    ],
)
def test_the_people_a_sentence_names_as_people(sentence, who):
    assert people(sentence) == frozenset(who)


def test_ages_a_sentence_gives():
    assert ages("A 36-year-old man and Tom Bell, 29, were hurt.") == frozenset({36, 29})
    assert ages("The 3 year old boy was found.") == frozenset({3})
    assert ages("Police said 40 people were evacuated.") == frozenset()


@pytest.mark.parametrize(
    "a, b, apart",
    [
        # two named people, neither sentence naming the other
        ("On Friday, 36-year-old Duncan Rait died.", "Robert Buckley, 32, died on Saturday.", True),
        ("Mrs Okafor was hurt on Tuesday.", "Lena Berg, 19, was hurt on Wednesday.", True),
        # one person spelt two ways, or a sentence naming both: no telling
        ("36-year-old Duncan Raite died on Friday.", "Duncan Rait, 36, died on Friday.", False),
        ("Paul Grieve, 45, fell on Sunday.", "Mr Greive fell some 20 metres.", False),
        (
            "Mr Buckley's death came a day after 36-year-old Duncan Raite died.",
            "Robert Buckley, 32, died on Saturday.",
            False,
        ),
        # no name on one side: ages years apart are two people, a year apart may be one
        ("A 36-year-old man died on Friday.", "Robert Buckley, 32, died on Saturday.", True),
        ("A 31-year-old man died on Friday.", "Robert Buckley, 32, died on Saturday.", False),
        ("A man died on Friday.", "Robert Buckley, 32, died on Saturday.", False),
        # a speaker is nobody's figure
        (
            "Inspector Dave Gaskin said the man fell 600m.",
            "Robert Buckley, 32, fell 2,000ft.",
            False,
        ),
    ],
)
def test_sentences_about_different_people(a, b, apart):
    assert differ(a, b) is apart
    assert differ(b, a) is apart


# --- (a) one finding, one person's figure --------------------------------------

CLIMBERS = {
    "a": ["On Friday, 36-year-old Duncan Rait died after a fall."],
    "b": ["Robert Buckley, 32, died on Mount Sefton on Saturday."],
    "c": ["On Friday, Duncan Raite, 36, died after slipping from a ridge."],
    "d": ["Yesterday a 36-year-old Australian climber died at the park."],
    "e": ["Robert Buckley, 32, was killed on Saturday."],
}


def test_two_peoples_days_are_never_versions_of_one_finding():
    s = Story(CLIMBERS, _DAYS, "date")
    flags = [
        s.flag("x1", Verdict.CONFLICT, ("a:0", "Friday"), ("b:0", "Saturday")),
        s.flag("x2", Verdict.CONFLICT, ("b:0", "Saturday"), ("c:0", "Friday")),
        s.flag("r1", Verdict.CONFLICT, ("a:0", "Friday"), ("d:0", "Yesterday")),
        s.flag("r2", Verdict.CONFLICT, ("c:0", "Friday"), ("d:0", "Yesterday")),
        s.flag("b1", Verdict.CONSISTENT, ("b:0", "Saturday"), ("e:0", "Saturday")),
    ]
    out = s.found(flags, [["a:0", "b:0", "c:0", "d:0", "e:0"]])
    # Rait's day (a, c, d), Buckley's (b, e), and the flags comparing the two
    # as one item of their own
    assert _parts(out) == [("b1",), ("r1", "r2"), ("x1", "x2")]
    rait = next(f for f in out if "r1" in f.discrepancies)
    assert {s.article for v in rait.versions for s in v.sides} == {"a", "c", "d"}


def test_an_unnamed_persons_figure_stays_with_the_person_of_its_age():
    s = Story(
        {
            "a": ["Hannah Weiss, 27, was killed on Tuesday near the bridge."],
            "b": ["A 64-year-old pensioner died on Wednesday at the crossing."],
            "c": ["Police said the 64-year-old man was hit on Thursday."],
            "d": ["Hannah Weiss, 27, died on Tuesday."],
        },
        _DAYS,
        "date",
    )
    flags = [
        s.flag("o1", Verdict.CONFLICT, ("b:0", "Wednesday"), ("c:0", "Thursday")),
        s.flag("w1", Verdict.CONSISTENT, ("a:0", "Tuesday"), ("d:0", "Tuesday")),
        s.flag("x1", Verdict.CONFLICT, ("a:0", "Tuesday"), ("b:0", "Wednesday")),
    ]
    out = s.found(flags, [["a:0", "b:0", "c:0", "d:0"]])
    assert _parts(out) == [("o1",), ("w1",), ("x1",)]


def test_one_persons_figures_spelt_two_ways_stay_one_finding():
    s = Story(
        {
            "a": ["Paul Grieve, 45, fell 30 metres on Sunday."],
            "b": ["Paul Greive, 45, fell some 20 metres."],
            "c": ["Mr Grieve fell about 30 metres from the cliff."],
        },
        _LENGTHS,
        "quantity",
    )
    flags = [
        s.flag("d1", Verdict.CONFLICT, ("a:0", "30 metres"), ("b:0", "some 20 metres")),
        s.flag("d2", Verdict.CONFLICT, ("b:0", "some 20 metres"), ("c:0", "about 30 metres")),
    ]
    (f,) = s.found(flags, [["a:0", "b:0", "c:0"]])
    assert len(f.versions) >= 2


# --- (b) one thing, one finding ------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("mt cook", "aoraki mount cook"),
        ("aoraki-mt cook", "mount cook"),
        ("st helens", "mount saint helens"),
        ("ft worth", "fort worth"),
        ("main st", "main street"),
    ],
)
def test_an_abbreviated_place_is_the_same_owner(a, b):
    assert not owners_differ(frozenset({a}), frozenset({b}))


def test_different_places_still_differ():
    assert owners_differ(frozenset({"mt hood"}), frozenset({"mount rainier"}))
    assert owners_differ(frozenset({"fort worth"}), frozenset({"dallas"}))


def test_one_fall_at_a_mountain_written_two_ways_is_one_finding():
    s = Story(
        {
            "a": ["A hiker died after falling about 150 metres at Mt Taranaki."],
            "b": ["The hiker fell some 200 metres from a ridge."],
            "c": ["A hiker is dead after falling about 150 metres at Mount Taranaki."],
        },
        _LENGTHS,
        "quantity",
    )
    ca = s.by_id["a:0"]
    f = next(f for f in s.facts if f.claim == "a:0")
    mine = [x for x in s.facts if x.claim == "a:0"]
    assert owners(ca, f.start, f.end, mine) == frozenset({"mt taranaki"})
    flags = [
        s.flag("d1", Verdict.CONFLICT, ("a:0", "about 150 metres"), ("b:0", "some 200 metres")),
        s.flag("d2", Verdict.CONFLICT, ("b:0", "some 200 metres"), ("c:0", "about 150 metres")),
    ]
    (one,) = s.found(flags, [["a:0", "b:0", "c:0"]])
    assert {v.value for v in one.versions} == {"about 150 metres", "some 200 metres"}


def _star_story() -> Story:
    # d tells the distance in its own words, then quotes a crew member giving
    # another: a source stating one thing twice, in two numbers; a gives its
    # conversion beside it, so no figure joins by being its sentence's only one
    return Story(
        {
            "a": ["The yacht sank about 40 miles (64 km) off the coast."],
            "b": ["It went down about 40 miles offshore."],
            "c": ["The crew were rescued on Sunday."],
            "d": [
                "The yacht sank about 40 miles off the coast.",
                '"We were some 60 miles out when she went down," a crew member said.',
            ],
        },
        _LENGTHS,
        "quantity",
        measured=True,
    )


def _star_flags(s: Story) -> list[Discrepancy]:
    agreed = [
        s.flag("g1", Verdict.CONSISTENT, ("a:0", "about 40 miles"), ("b:0", "about 40 miles")),
        s.flag("g2", Verdict.CONSISTENT, ("b:0", "about 40 miles"), ("d:0", "about 40 miles")),
        s.flag("g3", Verdict.CONSISTENT, ("a:0", "about 40 miles"), ("d:0", "about 40 miles")),
        s.flag("g4", Verdict.CONSISTENT, ("a:0", "64 km"), ("d:0", "about 40 miles")),
    ]
    hub = [
        s.flag("h1", Verdict.UNRESOLVED, ("d:1", "some 60 miles"), ("a:0", "about 40 miles")),
        s.flag("h2", Verdict.UNRESOLVED, ("d:1", "some 60 miles"), ("b:0", "about 40 miles")),
    ]
    return agreed + hub


def test_a_hub_compared_with_what_another_finding_holds_joins_it():
    s = _star_story()
    # the quoted sentence aligned with the two it was compared with
    aligned = [("d:1", "a:0"), ("d:1", "b:0")]
    (f,) = s.found(_star_flags(s), [["a:0", "b:0", "d:0"]], aligned)
    assert f.verdict is Verdict.UNRESOLVED
    assert {v.value for v in f.versions} >= {"some 60 miles", "about 40 miles"}


def test_a_hub_not_aligned_with_each_it_was_compared_with_stays_apart():
    s = _star_story()
    out = s.found(_star_flags(s), [["a:0", "b:0", "d:0"]], [("d:1", "a:0")])
    assert ("g1", "g2", "g3", "g4") in _parts(out)


def test_one_age_told_in_two_ways_against_a_lone_dissent_is_one_finding():
    s = Story(
        {
            "a": ["Lina Ortiz, 44, ran the shelter for ten years."],
            "b": ["Lina Ortiz, 44, was found at the shelter."],
            "c": ["The 44-year-old director Lina Ortiz was praised by staff."],
            "d": ["A 44-year-old woman led the shelter, a spokesman said."],
            "e": ["Staff said 43-year-old Lina Ortiz had run it since 2014."],
        },
        r"\b\d+(?:-year)?\b(?=[-,]| year)",
        "quantity",
    )
    hub = ("e:0", "43-year")
    flags = [
        s.flag("n1", Verdict.CONFLICT, ("a:0", "44"), hub),
        s.flag("n2", Verdict.CONFLICT, ("b:0", "44"), hub),
        s.flag("y1", Verdict.CONFLICT, ("c:0", "44-year"), hub),
        s.flag("y2", Verdict.CONFLICT, ("d:0", "44-year"), hub),
    ]
    # the two ways of writing 44 sit in no claim group with one another
    (f,) = s.found(flags, [["a:0", "b:0"], ["c:0", "d:0"]])
    assert f.verdict is Verdict.CONFLICT


def test_a_hub_against_two_different_numbers_stays_two_findings():
    s = Story(
        {
            "a": ["Lina Ortiz, 44, ran the shelter for ten years."],
            "b": ["Lina Ortiz, 44, was found at the shelter."],
            "c": ["The shelter, 12-year-old, was praised by staff."],
            "d": ["The 12-year-old shelter was closed, a spokesman said."],
            "e": ["Staff said 43-year-old Lina Ortiz had run it since 2014."],
        },
        r"\b\d+(?:-year)?\b(?=[-,]| year)",
        "quantity",
    )
    hub = ("e:0", "43-year")
    flags = [
        s.flag("n1", Verdict.CONFLICT, ("a:0", "44"), hub),
        s.flag("n2", Verdict.CONFLICT, ("b:0", "44"), hub),
        s.flag("y1", Verdict.CONFLICT, ("c:0", "12-year"), hub),
        s.flag("y2", Verdict.CONFLICT, ("d:0", "12-year"), hub),
    ]
    out = s.found(flags, [["a:0", "b:0"], ["c:0", "d:0"]])
    assert _parts(out) == [("n1", "n2"), ("y1", "y2")]


@pytest.mark.parametrize(
    "sentence, value, owner",
    [
        (
            "He fell 150 meters from a ridge in Aoraki / Mt. Cook National Park.",
            "150 meters",
            "aoraki / mt. cook national",
        ),
        (
            "Turnout was 61 percent in Derry/Londonderry on Thursday.",
            "61 percent",
            "derry/londonderry",
        ),
    ],
)
def test_a_place_with_two_names_joined_by_a_slash_is_one_owner(sentence, value, owner):
    c = Claim("a:0", "a", 0, 0, len(sentence), sentence)
    start = sentence.index(value)
    assert owners(c, start, start + len(value), []) == frozenset({owner})
    assert not owners_differ(frozenset({owner}), frozenset({owner.split("/")[-1].strip()}))


def test_flags_comparing_two_people_join_only_on_the_same_two_values():
    s = Story(
        {
            "a": ["On Friday, 36-year-old Duncan Rait died after a fall."],
            "b": ["Robert Buckley, 32, died on Mount Sefton on Saturday."],
            "c": ["On Thursday, Duncan Rait, 36, was reported missing."],
        },
        _DAYS,
        "date",
    )
    flags = [
        s.flag("x1", Verdict.CONFLICT, ("a:0", "Friday"), ("b:0", "Saturday")),
        s.flag("x2", Verdict.CONFLICT, ("b:0", "Saturday"), ("c:0", "Thursday")),
    ]
    out = s.found(flags, [["a:0", "b:0", "c:0"]])
    assert _parts(out) == [("x1",), ("x2",)]
