"""Like with like on real copy (issue 11, session 15). Made-up sentences.

- a figure joined to its unit by a hyphen describes the thing named right
  after it ("the 41-year-old Bowe", "a 17-inch display"): two such figures
  describing different things are not one figure misreported.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.ages import ages_of_different_people, described, described_apart


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, published=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", published[0]) + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", published[1]) + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found]

    return run


def _span(text: str, figure: str) -> tuple[int, int]:
    at = text.index(figure)
    return at, at + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "kind", "words"),
    [
        ("The 29-year-old Okafor scored twice.", "29-year", "name", {"okafor"}),
        (
            "It was a win for the 33-year old Marisa Tell, who led.",
            "33-year",
            "name",
            {"marisa", "tell"},
        ),
        ("She bought a 27-inch monitor for the office.", "27-inch", "words", {"monitor"}),
        ("A 40-foot yacht sank off the cape.", "40-foot", "words", {"yacht"}),
        ("Her 9-year-old son was unhurt.", "9-year", "words", {"son"}),
        ("A 52-year-old Denver teacher was hurt.", "52-year", "", set()),
        ("The crew has 24 members.", "24", "", set()),
    ],
)
def test_what_a_figure_joined_to_its_unit_describes(text, figure, kind, words):
    found_kind, found = described(text, *_span(text, figure))
    # the head and what may follow it ("yacht sank"): apart is read on shared words
    assert found_kind == kind and words <= found and bool(found) == bool(words)


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "apart"),
    [
        # two people's names
        (
            "The 29-year-old Okafor scored twice.",
            "29-year",
            "It was a night for the 31-year-old Lindqvist.",
            "31-year",
            True,
        ),
        # two products: a part named in lower case, a product by name
        (
            "It has a bright 27-inch display for editing.",
            "27-inch",
            "Next to it sat the 24-inch Vexor and a printer.",
            "24-inch",
            True,
        ),
        # a named person and someone's relative
        (
            "Police said 44-year-old Dana Riggs was detained.",
            "44-year",
            "They found him with his 10-year-old daughter.",
            "10-year",
            True,
        ),
        # one person named twice, one product told twice
        (
            "The 29-year-old Okafor scored twice.",
            "29-year",
            "A goal for the 30-year-old Okafor.",
            "30-year",
            False,
        ),
        (
            "A 40-foot yacht sank off the cape.",
            "40-foot",
            "The 45-foot yacht went down at dawn.",
            "45-foot",
            False,
        ),
        # a name on one side and a description on the other may be one person
        (
            "The 29-year-old Okafor scored twice.",
            "29-year",
            "The 30-year-old striker scored twice.",
            "30-year",
            False,
        ),
        (
            "Police said 44-year-old Dana Riggs was detained.",
            "44-year",
            "A 46-year-old father was detained.",
            "46-year",
            False,
        ),
    ],
)
def test_figures_describing_different_things_are_apart(a, fa, b, fb, apart):
    assert described_apart(a, _span(a, fa), b, _span(b, fb)) is apart


def test_two_boxers_ages_are_no_conflict_but_one_boxers_are(flags):
    a = (
        "The 41-year-old Kessler was fighting for the first time since 2019 and stepped "
        "into the ring in Leeds for a title bout."
    )
    other = (
        "That should just about do it for the 36-year-old Morane, who was fighting for "
        "the first time since 2019 in the Leeds ring."
    )
    assert [f for f in flags(a, other) if f[2] == "conflict"] == []
    same = a.replace("41-year", "43-year")
    assert [f[:3] for f in flags(a, same) if f[2] == "conflict"] == [
        ("41-year", "43-year", "conflict")
    ]


@pytest.mark.parametrize(
    ("text", "day", "stage"),
    [
        # a day closing a relative clause dates what the clause tells
        (
            "The man who shot two guards — injuring one — in Leeds on Friday has been charged.",
            "Friday",
            "incident",
        ),
        (
            "The driver who killed a cyclist on Sunday was jailed for six years.",
            "Sunday",
            "incident",
        ),
        # a day in the main clause still dates its verb
        ("On Friday the man was charged with robbery.", "Friday", "charged"),
        ("The suspect arrested Friday has been charged.", "Friday", "arrested"),
    ],
)
def test_a_day_closing_a_relative_clause_dates_that_clause(text, day, stage):
    from workbench.facts.measure import dated_event_of

    at = text.index(day)
    assert dated_event_of(text, at, at + len(day)) == stage


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("He was a deacon of the fellowship until he was excommunicated in 2009.", "2009"),
        ("She once led its youth wing, but was ejected in 2010 by the party's leader.", "2010"),
        ("The striker was kicked out of the club in 2011 after a row.", "2011"),
        ("Two members were expelled in 2012 for leaking the minutes.", "2012"),
    ],
)
def test_an_expulsion_told_in_other_words_is_one_stage(text, year):
    from workbench.facts.measure import dated_event_of

    at = text.index(year)
    assert dated_event_of(text, at, at + len(year)) == "expelled"


def _pairing(kinds, stages, left, right, verdict="conflict", lone=True):
    from types import SimpleNamespace

    from workbench.model import Verdict

    return SimpleNamespace(
        cmp=SimpleNamespace(verdict=Verdict(verdict), left=left, right=right),
        x=SimpleNamespace(kind=kinds[0]),
        y=SimpleNamespace(kind=kinds[1]),
        stages=stages,
        lone=lambda: lone,
        only_of_stage=False,
    )


@pytest.mark.parametrize(
    ("case", "kept"),
    [
        (_pairing(("date", "date"), ("expelled", "expelled"), "2002", "2003"), True),
        (_pairing(("date", "date"), ("convicted", "convicted"), "2007", "2008"), True),
        # killings and statements are too common a stage to say one event
        (_pairing(("date", "date"), ("incident", "incident"), "2002", "2003"), False),
        (_pairing(("date", "date"), ("announced", "announced"), "2002", "2003"), False),
        # two stages, years apart, not the only dates, or agreeing: other rows decide
        (_pairing(("date", "date"), ("expelled", "hired"), "2002", "2003"), False),
        (_pairing(("date", "date"), ("expelled", "expelled"), "1995", "2003"), False),
        (_pairing(("date", "date"), ("expelled", "expelled"), "2002", "2003", lone=False), False),
        (_pairing(("date", "date"), ("expelled", "expelled"), "2002", "2002", "consistent"), False),
        (
            _pairing(("duration", "duration"), ("sentenced", "sentenced"), "2 years", "3 years"),
            False,
        ),
    ],
)
def test_one_stage_told_in_other_words_is_compared(case, kept):
    from workbench.judge.like import one_stage_in_other_words

    assert one_stage_in_other_words(case) is kept


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        ("The rookie rushed 88 times for 310 yards this season.", "88", "rush"),
        ("He ended the year catching 41 passes for 390 yards.", "41", "catch"),
        ("She threw for 2,400 yards and 19 touchdowns.", "2,400", "throw"),
        ("The club sold just 4,000 season tickets.", "4,000", "sell"),
        # light verbs, tallies and changes say nothing of what is counted
        ("He has 189 rushing yards in two games.", "189", ""),
        ("Okafor scored 31 points against the Hawks.", "31", ""),
        ("Profit rose 12% in the quarter.", "12%", ""),
        ("The blast killed 14 people.", "14", ""),
        ("The pass went for 66 yards.", "66", ""),
    ],
)
def test_the_verb_a_figure_is_the_object_of(text, figure, verb):
    from workbench.facts.verbs import object_verb

    assert object_verb(text, text.index(figure)) == verb


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "apart"),
    [
        (
            "He ended the year rushing for 310 yards while catching 41 passes for 390 yards.",
            "41",
            "The rookie rushed 88 times for 310 yards and two touchdowns.",
            "88",
            True,
        ),
        (
            "The club sold just 4,000 season tickets this spring.",
            "4,000",
            "The club printed 6,000 season tickets this spring.",
            "6,000",
            True,
        ),
        # one verb on both sides, or the other sentence uses the verb on its own
        (
            "He ended the year catching 41 passes for 390 yards.",
            "41",
            "He caught 44 passes for 390 yards this year.",
            "44",
            False,
        ),
        (
            "The club sold just 4,000 season tickets this spring.",
            "4,000",
            "The club printed and sold 6,000 season tickets this spring.",
            "6,000",
            False,
        ),
        # tallies told with another verb are one tally
        ("Okafor scored 31 points.", "31", "Okafor posted 33 points.", "33", False),
    ],
)
def test_figures_of_different_verbs_are_apart(a, fa, b, fb, apart):
    from workbench.facts.verbs import object_verbs_differ

    assert object_verbs_differ(a, a.index(fa), b, b.index(fb)) is apart


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("The rookie rushed 88 times for 310 yards.", "88", "time"),
        ("She has been arrested five times.", "five", "time"),
        # a multiplier counts nothing
        ("Rents are three times as high as in 2010.", "three", None),
        ("The lake is 10 times the size of the old reservoir.", "10", None),
        ("Sales grew 2.5 times faster than forecast.", "2.5", None),
    ],
)
def test_times_after_a_count_are_occasions_unless_they_multiply(text, figure, counted):
    from workbench.facts.quantity.detect import find_quantities

    found = {q.text.split()[0]: q.counted for q in find_quantities(text)}
    assert found[figure] == counted


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        (
            "She entered the final with 2,140 points, eleven fewer than the record.",
            "eleven",
            "difference",
        ),
        ("He is three years older than his brother.", "three", "difference"),
        ("The club scored 12 goals more than last season.", "12", "difference"),
        ("More than 50 people were hurt.", "50", "level"),
        ("The record stands at 2,151 points.", "2,151", "level"),
    ],
)
def test_a_difference_from_another_figure_is_its_own_role(text, figure, role):
    from workbench.facts.measure import measure_of

    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).role == role


def test_a_difference_is_not_held_against_a_count(flags, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")  # these two align on sentence vectors only
    a = "Okafor entered the game with 2,140 points, eleven fewer than the school record."
    b = "Okafor needed just twelve points in the game to break the school record."
    assert [f for f in flags(a, b) if f[2] == "conflict"] == []


FOUND = "The bodies of the two men were found {} in Ashby on {}."


def test_one_weekday_in_reports_of_different_weeks_is_no_conflict(flags, monkeypatch):
    """A report of the 6th and one of the 12th both say the bodies were found
    on Saturday: counted back from each report's date the Saturdays are a week
    apart, but both name the one Saturday of the story."""
    a = FOUND.format("at their farmhouse", "Saturday morning")
    b = FOUND.format("in their farmhouse", "Saturday about 8.40am")
    assert flags(a, b, ("2024-03-06", "2024-03-12")) == []
    # another weekday is still a conflict
    c = FOUND.format("at their farmhouse", "Friday morning")
    assert [f[2] for f in flags(c, b, ("2024-03-06", "2024-03-12"))] == ["conflict"]


@pytest.mark.parametrize(
    ("left", "right", "published", "apart"),
    [
        ("Sat 2 Mar 2024, morning", "Sat 9 Mar 2024", ("2024-03-06", "2024-03-12"), True),
        ("Sat 2 Mar 2024", "Sat 16 Mar 2024", ("2024-03-06", "2024-03-19"), True),
        ("Sat 2 Mar 2024", "Sat 9 Mar 2024", ("2024-03-06", "2024-03-06"), False),
        ("Sat 2 Mar 2024", "Sun 10 Mar 2024", ("2024-03-06", "2024-03-12"), False),
    ],
)
def test_weeks_apart_only_through_publication(left, right, published, apart):
    from datetime import date
    from types import SimpleNamespace

    from workbench.judge.days import one_weekday_weeks_apart
    from workbench.model import Verdict

    case = SimpleNamespace(
        cmp=SimpleNamespace(verdict=Verdict.CONFLICT, left=left, right=right),
        x=SimpleNamespace(
            kind="date", text=left.split()[0].replace("Sat", "Saturday").replace("Sun", "Sunday")
        ),
        y=SimpleNamespace(
            kind="date", text=right.split()[0].replace("Sat", "Saturday").replace("Sun", "Sunday")
        ),
        published=tuple(date.fromisoformat(p) for p in published),
    )
    assert one_weekday_weeks_apart(case) is apart


def test_ages_of_two_named_people_are_apart():
    a = "Her cousin, Martin Ebbers, 31, who drove the car, is also charged."
    b = "The trial of the cousins Dale Ferrand, 27, and Martin Ebbers, 31, opened on Monday."
    c = "The trial of Martin Ebbers, 33, opened on Monday."
    assert ages_of_different_people(a, _span(a, "31"), b, _span(b, "27"))
    assert not ages_of_different_people(a, _span(a, "31"), c, _span(c, "33"))


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("The two other victims were treated at St Mary's.", "two", "others"),
        ("Three other passengers were unhurt.", "Three", "others"),
        ("The three victims were taken to St Mary's.", "three", "level"),
    ],
)
def test_others_besides_those_named_are_their_own_role(text, figure, role):
    from workbench.facts.measure import measure_of

    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).role == role


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("Kessler needed just nine points in the game to pass the record.", "nine", "sought"),
        ("The bill needs 218 votes to pass the House.", "218", "sought"),
        ("The guard needed 20 stitches.", "20", "actual"),
        ("Kessler scored 20 points on Thursday.", "20", "actual"),
    ],
)
def test_what_it_takes_is_not_what_happened(text, figure, modality):
    from workbench.facts.modality import modality_of

    at = text.index(figure)
    assert modality_of(text, at, at + len(figure)) == modality


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("Morane, 41-6, 33 KO's, was stopped in the fifth.", "33", "ko"),
        ("He drove in 12 RBI's.", "12", "rbi"),
        ("The agency's 30 agents left.", "30", "agent"),
        ("By Friday 90% of GM's bondholders agreed.", "90%", "bondholder"),
    ],
)
def test_an_initialism_with_an_apostrophe_is_a_plural(text, figure, counted):
    from workbench.facts.quantity.detect import find_quantities

    found = {q.text.split()[0]: q.counted for q in find_quantities(text)}
    assert found[figure] == counted


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ('The 13" Vexbook Air will get a 1.8 GHz chip.', "1.8 GHz", ("13-inch",)),
        ('The 15" model has 8GB of memory.', "8GB", ("15-inch",)),
        ("The 11-inch models start with a 1.7GHz chip.", "1.7GHz", ("11-inch",)),
        ('"We lost 13" he said of the 40 games.', "40", ()),
    ],
)
def test_a_size_written_with_an_inch_mark_names_its_model(text, figure, owner):
    from workbench.facts.whose import owner_of

    at = text.index(figure)
    assert owner_of(text, at, at + len(figure))[0] == owner
