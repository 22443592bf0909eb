"""Compare a figure only with a figure of the same step or member (issue 11,
session 39, conflict precision). Classes readers of held-out copy judged wrong
as conflicts, each with made-up sentences of several domains, in both orders:

1. Steps of one told sequence — an offer and the raised offer, a demand and
   the reduced demand, a first and a second release ("Acme raised its offer
   to $45 a share" / "Acme offered $40 a share"): no flag
   (facts/revision.py, judge/revised_apart.py). Two figures of one step, a
   raised figure against a higher one, or a cut one against a lower one,
   still flag.
2. A market move told at a moment of its session ("fell 2% by midday", "$81
   a barrel in early Asian trade") against one told at no moment ("fell
   1.2%"): no flag (facts/period.moment_of, judge/stages_apart
   MOMENT_AGAINST_AN_UNTOLD_ONE). Two moves at moments, or the close against
   an untold move, still flag.
3. A wider owner's figure against one owner's: a whole market's size against
   a company's sales ("the graphics chip market had sales of $30 billion" /
   "the two firms had sales of $7.3 billion"), a range told of several owners
   against one owner's figure inside it ("all the seven-year offers were in
   the $140 million to $160 million range" / "the Orioles offered $140
   million to $150 million"): no flag (facts/market_scope.py,
   facts/spread.py, judge/wider_owners.py). Two figures of a market, or a
   figure outside the range, still flag.
4. A member of a breakdown its sentence lists ("six stores in the north and
   four in the south") against the whole it adds up to ("ten stores"), or
   against a figure told of another member ("five stores in the south"): no
   flag for that pair (facts/parts/listed.py, judge/listed_apart.py). A member
   against the same member told otherwise still flags — the wrong member is
   the one flagged.
"""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.market_scope import market_figure
from workbench.facts.parts.listed import listing_of
from workbench.facts.period import moment_of
from workbench.facts.revision import revision_step
from workbench.facts.spread import spread_of_several


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(lead: str, a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + f"{lead} {a}\n"),
            write(tmp_path, "b.md", front.format("Gazette") + f"{lead} {b}\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.verdict.value, d.explanation) for d in found]

    return run


def _verdicts(flags, lead, a, b):
    return {v for v, _ in flags(lead, a, b)} | {v for v, _ in flags(lead, b, a)}


def _at(sentence: str, figure: str) -> tuple[str, int, int]:
    i = sentence.index(figure)
    return sentence, i, i + len(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "step"),
    [
        ("Acme raised its offer to $45 a share.", "$45", "up"),
        ("The club increased its bid to £30m.", "£30m", "up"),
        ("Shareholders accepted a sweetened offer of 640p.", "640p", "up"),
        ("The union cut its pay demand to 7%.", "7%", "down"),
        ("The seller lowered the asking price to $2.1 million.", "$2.1 million", "down"),
        ("The pilots put forward a reduced demand of 9%.", "9%", "down"),
        ("Acme's revised offer of $45 a share was accepted.", "$45", "revised"),
        ("The board rejected a new proposal worth €3 billion.", "€3 billion", "revised"),
        ("The union first demanded a 12% raise.", "12%", "original"),
        ("Its original bid valued the firm at $9 billion.", "$9 billion", "original"),
        ("Militants freed 12 hostages in a first release.", "12", "nth:first"),
        ("A second batch of 40 evacuees landed in Rome.", "40", "nth:second"),
        (
            "It first cut its full-year outlook in July and lowered it again on 4 September.",
            "July",
            "original",
        ),
        (
            "It first cut its full-year outlook in July and lowered it again on 4 September.",
            "4 September",
            "down",
        ),
        ("Acme raised its offer to $45 a share from its original offer of $40.", "$45", "up"),
        ("Acme raised its offer to $45 a share from its original offer of $40.", "$40", "original"),
        # a cue nearer another figure is that one's (MEANTIME corpus_stock)
        (
            "It cut its growth forecast to 2.3 percent from an initial forecast of 3.5 percent.",
            "2.3 percent",
            "down",
        ),
        (
            "It cut its growth forecast to 2.3 percent from an initial forecast of 3.5 percent.",
            "3.5 percent",
            "original",
        ),
        ("Acme offered $40 a share.", "$40", ""),
        ("The storm killed 12 people.", "12", ""),
        ("The toll was raised to 31.", "31", ""),  # a toll is an update, not a step
        ("Prices rose 3% in the first quarter.", "3%", ""),
    ],
)
def test_the_step_a_figure_is_told_at_is_read_from_its_clause(sentence, figure, step):
    assert revision_step(*_at(sentence, figure)) == step


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("The bid was made on Monday.", "Acme raised its offer to $45 a share.",
         "Acme offered $40 a share."),
        ("The bid was made on Monday.", "Acme's revised offer of $45 a share was accepted.",
         "Acme offered $40 a share."),
        ("The strike began on Monday.", "The union first demanded a 12% raise.",
         "The union demanded a 7% raise."),
        ("The strike began on Monday.", "The union cut its demand to a 7% raise.",
         "The union demanded a 12% raise."),
        ("The house went on sale in May.", "The seller lowered the asking price to "
         "$2.1 million.", "The house was listed at $2.6 million."),
        ("The transfer was agreed on Friday.", "United increased their bid to £60m for "
         "the striker.", "United bid £45m for the striker."),
        ("The hostages were freed on Monday.", "Militants freed 12 hostages in a first "
         "release.", "Militants freed 8 hostages."),
        ("The evacuation began on Monday.", "A second flight carried 140 evacuees to Rome.",
         "A flight carried 95 evacuees to Rome."),
        ("Results came out on Monday.", "The firm lowered its revenue forecast to $4.1 "
         "billion.", "The firm forecast revenue of $4.6 billion."),
        # the days of two steps (authored carmaker_cuts: the first cut against the second)
        ("Brandt warned on profits.", "Brandt first cut its full-year outlook in July, citing "
         "weak demand in China.", "On 24 September Brandt lowered its full-year outlook, "
         "citing weak demand in China."),
        ("The union held a vote.", "The union first cut its pay demand in May, after talks "
         "stalled.", "The union cut its pay demand on 3 August, after talks stalled."),
    ],
)  # fmt: skip
def test_steps_of_one_figure_are_not_compared(flags, lead, a, b):
    assert "conflict" not in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        # one step on both sides
        ("The bid was made on Monday.", "Acme raised its offer to $45 a share.",
         "Acme raised its offer to $48 a share."),
        ("The hostages were freed on Monday.", "Militants freed 12 hostages in a first "
         "release.", "Militants freed 8 hostages in the first release."),
        # a raised figure below the other: that one was no earlier offer
        ("The bid was made on Monday.", "Acme raised its offer to $45 a share.",
         "Acme offered $48 a share."),
        # a cut figure above the other
        ("The strike began on Monday.", "The union cut its demand to a 7% raise.",
         "The union demanded a 5% raise."),
        # no step told at all
        ("The bid was made on Monday.", "Acme offered $45 a share.", "Acme offered $40 a share."),
        # the days of one step: both the second cut
        ("Brandt warned on profits.", "The company first cut its full-year outlook in July "
         "and lowered it again on 4 September.", "On 15 July it warned on earnings, and on 24 "
         "September it lowered its full-year outlook."),
    ],
)  # fmt: skip
def test_figures_of_one_step_still_conflict(flags, lead, a, b):
    assert "conflict" in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("sentence", "figure", "values", "index"),
    [
        ("The chain will shut six stores in the north and four in the south.", "six",
         (6, 4), 0),
        ("The chain will shut six stores in the north and four in the south.", "four",
         (6, 4), 1),
        ("Floods destroyed 120 homes in the east of the county and 80 in the west.", "80",
         (120, 80), 1),
        ("It will cut 250 jobs at its northern plants, 150 at its southern ones and 40 at "
         "head office.", "150", (250, 150, 40), 1),
        ("The quake killed 25 people in the capital and 15 elsewhere.", "25", (25, 15), 0),
    ],
)  # fmt: skip
def test_a_listed_member_is_read_with_the_other_members(sentence, figure, values, index):
    listing = listing_of(*_at(sentence, figure))
    assert listing is not None
    assert listing.values == values and listing.index == index


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The chain will shut ten stores.", "ten"),
        ("The toll rose to 12 in 2011 and 14 in 2012.", "12"),  # years tell no member apart
        ("Prices rose 5% in March and 3% in April.", "5"),
        ("It found 40 people in the building.", "40"),
    ],
)
def test_a_count_outside_a_listing_is_no_member(sentence, figure):
    assert listing_of(*_at(sentence, figure)) is None


@pytest.mark.parametrize(
    ("lead", "listed", "other"),
    [
        ("The chain announced closures on Monday.", "The chain will shut six stores in the "
         "north and four in the south.", "The chain will shut ten stores."),
        ("The floods hit on Monday.", "Floods destroyed 120 homes in the east of the county "
         "and 80 in the west.", "Floods destroyed 200 homes."),
        ("The quake struck on Monday.", "The quake killed 25 people in the capital and 15 "
         "elsewhere.", "The quake killed 40 people."),
        ("The carmaker announced cuts on Monday.", "It will cut 250 jobs at its northern "
         "plants, 150 at its southern ones and 40 at head office.", "It will cut 440 jobs."),
        # a right member of the other report is no figure of this one
        ("The chain announced closures on Monday.", "The chain will shut six stores in the "
         "north and four in the south.", "The chain will shut four stores in the south."),
    ],
)  # fmt: skip
def test_a_listed_member_is_not_the_whole_or_another_member(flags, lead, listed, other):
    assert "conflict" not in _verdicts(flags, lead, listed, other)


@pytest.mark.parametrize(
    ("lead", "swapped", "listed"),
    [
        # authored breach: two countries' counts swapped; the other place named in the
        # swapped sentence is the next figure's, not this one's
        ("The retailer was fined.", "The attack affected 2.3 million British customers and "
         "6.1 million in the Netherlands.", "The stolen data covered 6.1 million customers in "
         "Britain and 2.3 million in the Netherlands."),
    ],
)  # fmt: skip
def test_members_swapped_between_reports_still_conflict(flags, lead, swapped, listed):
    assert "conflict" in _verdicts(flags, lead, swapped, listed)


@pytest.mark.parametrize(
    ("lead", "listed", "other", "wrong"),
    [
        ("The chain announced closures on Monday.", "The chain will shut six stores in the "
         "north and four in the south.", "The chain will shut five stores in the south.", "4"),
        ("The floods hit on Monday.", "Floods destroyed 120 homes in the east of the county "
         "and 80 in the west.", "Floods destroyed 95 homes in the west.", "80"),
        ("The carmaker announced cuts on Monday.", "It will cut 250 jobs at its northern "
         "plants, 150 at its southern ones and 40 at head office.", "It will cut 300 jobs at "
         "its northern plants.", "250"),
    ],
)  # fmt: skip
def test_the_member_the_other_report_names_is_the_one_flagged(flags, lead, listed, other, wrong):
    found = flags(lead, listed, other) + flags(lead, other, listed)
    conflicts = [e for v, e in found if v == "conflict"]
    assert conflicts
    assert all(e.startswith(wrong) or f"vs {wrong}" in e.split(":")[0] for e in conflicts)


@pytest.mark.parametrize(
    ("sentence", "figure", "moment"),
    [
        ("The FTSE 100 fell 2% by midday as banks slid.", "2%", "during"),
        ("Brent crude was trading at $81 a barrel in early Asian trade.", "$81", "during"),
        ("Brent crude rose to $81 a barrel in the afternoon.", "$81", "during"),
        ("The Nikkei was up 1.5% at the open.", "1.5%", "during"),
        ("Brent crude settled at $79 a barrel.", "$79", "close"),
        ("The index fell 1.2%.", "1.2%", ""),
        ("Acme paid $40 a share at the open auction.", "$40", ""),
    ],
)
def test_the_moment_of_a_session_a_move_is_told_at(sentence, figure, moment):
    assert moment_of(*_at(sentence, figure)) == moment


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("Banks slid on Monday.", "The FTSE 100 fell 2% by midday as banks slid.",
         "The FTSE 100 fell 1.2% as banks slid."),
        ("Acme reported results on Monday.", "Acme shares fell 9% in morning trading after "
         "the results.", "Acme shares fell 4% after the results."),
        ("Oil moved on Tuesday.", "Brent crude rose to $81 a barrel in the afternoon.",
         "Brent crude rose to $79 a barrel."),
        ("Markets moved on Friday.", "The Nikkei was up 1.5% at the open after the data.",
         "The Nikkei rose 0.6% after the data."),
    ],
)  # fmt: skip
def test_a_moment_of_the_session_is_not_the_day_s_move(flags, lead, a, b):
    assert "conflict" not in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("Banks slid on Monday.", "The FTSE 100 fell 2% by midday as banks slid.",
         "The FTSE 100 fell 3% by midday as banks slid."),
        ("Acme reported results on Monday.", "Acme shares closed down 4% after the results.",
         "Acme shares fell 6% after the results."),
    ],
)  # fmt: skip
def test_moves_of_one_moment_still_conflict(flags, lead, a, b):
    assert "conflict" in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("sentence", "figure", "market"),
    [
        ("The market for x86 processors is worth about $30 billion annually.", "$30 billion",
         True),
        ("The graphics chip market had sales of $30 billion last year.", "$30 billion", True),
        ("It is a $30 billion chip market.", "$30 billion", True),
        ("Industry sales rose 4% last year.", "4%", True),
        ("Together the two firms had sales of $7.3 billion last year.", "$7.3 billion", False),
        ("Acme has a market value of $3 billion.", "$3 billion", False),
        ("Acme holds a 20% share of the market.", "20%", False),
        ("Acme shares fell 3% as the market slid.", "3%", False),
    ],
)  # fmt: skip
def test_a_market_s_size_is_read_from_its_clause(sentence, figure, market):
    assert market_figure(*_at(sentence, figure)) is market


@pytest.mark.parametrize(
    ("sentence", "figure", "several"),
    [
        ("All the seven-year offers were in the $140 million to $160 million range.",
         "$140 million", True),
        ("Bids ranged from $2 billion to $2.6 billion.", "$2 billion", True),
        ("Both bids valued the firm at about $3 billion.", "$3 billion", True),
        ("The Orioles offered $140 million to $150 million over seven years.", "$140 million",
         False),
        ("Acme made two offers, the second at $45.", "$45", False),
    ],
)  # fmt: skip
def test_a_figure_of_several_owners_is_read_from_its_clause(sentence, figure, several):
    assert spread_of_several(*_at(sentence, figure)) is several


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("AMD agreed to buy ATI.", "Together the two firms had sales of $7.3 billion last "
         "year.", "The graphics chip market had sales of $30 billion last year."),
        ("The brewers agreed to merge.", "The merged group will have revenue of £9bn a year.",
         "The UK beer market has revenue of £21bn a year."),
        ("Teixeira signed with the Yankees.", "The Orioles offered $140 million to $150 "
         "million over seven years.", "All the seven-year offers were in the $140 million to "
         "$160 million range."),
        ("The auction closed on Friday.", "Globex bid $2.3 billion for the unit.",
         "Bids for the unit ranged from $2 billion to $2.6 billion."),
    ],
)  # fmt: skip
def test_a_wider_owner_s_figure_is_not_one_owner_s(flags, lead, a, b):
    assert "conflict" not in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        # two sizes of one market
        ("AMD agreed to buy ATI.", "The graphics chip market had sales of $30 billion last "
         "year.", "The graphics chip market had sales of $24 billion last year."),
        # one owner's figure outside the spread
        ("Teixeira signed with the Yankees.", "The Orioles offered $140 million to $170 "
         "million over seven years.", "All the seven-year offers were in the $140 million "
         "to $160 million range."),
    ],
)  # fmt: skip
def test_figures_of_one_owner_or_outside_the_spread_still_conflict(flags, lead, a, b):
    assert "conflict" in _verdicts(flags, lead, a, b)
