"""A figure's place is its scope (issue 11, trial 24): one sentence often lists
several places' figures ("55 percent … in Saudi Arabia, 52 percent in Egypt,
and 82 percent in India"), and a share of one place's whole is not a share of
another's, nor of a whole that names no place. Made-up sentences."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of
from workbench.facts.places import scoped_places
from workbench.judge.apart import places_differ, share_of_one_place


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


def _places(text: str, figure: str) -> tuple[str, ...]:
    at = text.index(figure)
    return scoped_places(text, at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Some 55 percent of calls in Saudi Arabia, 52 percent in Peru failed.",
            "52 percent",
            ("peru",),
        ),
        (
            "Some 55 percent of calls in Saudi Arabia, 52 percent in Peru failed.",
            "55 percent",
            ("saudi", "arabia"),
        ),
        (
            "Phone services in Chile were down by 80 percent, in Peru by 65 percent.",
            "80 percent",
            ("chile",),
        ),
        (
            "Phone services in Chile were down by 80 percent, in Peru by 65 percent.",
            "65 percent",
            ("peru",),
        ),
        ("It cut 59% of links with Oslo, 44% with Riga and 39% with Tallinn.", "44%", ("riga",)),
        ("It cut 59% of links with Oslo, 44% with Riga and 39% with Tallinn.", "39%", ("tallinn",)),
        ("Officials said 82 percent of Kenya's power supply was lost.", "82 percent", ("kenya",)),
        ("Less than 1 per cent of Canadian bank customers were hit.", "1 per cent", ("canadian",)),
        ("Up to 70% of flights to the Middle East were cancelled.", "70%", ("middle", "east")),
        ("Nearly 40 percent of the power in January was lost.", "40 percent", ()),
        ("About 30 percent of voters backed the plan.", "30 percent", ()),
        ("Some 10,000 followers live in Utah, Arizona, and Texas.", "10,000", ()),
        ("It is a premium of 32 per cent to Greywell's closing price.", "32 per cent", ()),
    ],
)
def test_the_place_a_figure_is_of(text, figure, place):
    assert _places(text, figure) == place


def _measure(text: str, figure: str):
    at = text.index(figure)
    return measure_of(text, at, at + len(figure)), text


_LIST = (
    "At one point as much as 55 percent of calls in Chile, 52 percent in Peru and 82 percent "
    "in Bolivia were out of service, according to the operator."
)
_BY = "Phone and web services in Peru were down by 80 percent, in Bolivia by 65 percent."
_WITH = "The same goes for 59% of links with Quito, 44% with Lima and 39% with La Paz."


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "apart"),
    [
        # each sentence names the other's place, but as another figure's
        (_LIST, "82 percent", _BY, "80 percent", True),
        (_LIST, "52 percent", _BY, "65 percent", True),
        (_LIST, "82 percent", _WITH, "39%", True),
        (
            _LIST,
            "82 percent",
            "Up to 80 percent of web services and call centres in Peru were cut.",
            "80 percent",
            True,
        ),
        # one place in both: one figure, to compare
        (_LIST, "52 percent", _BY, "80 percent", False),
        (_LIST, "82 percent", _BY, "65 percent", False),
        (_LIST, "82 percent", "Some 82 percent of Bolivia's calls were lost.", "82 percent", False),
        # a place named in the other sentence but scoping no figure there
        (
            "Some 70 percent of calls in Peru were lost.",
            "70 percent",
            "Peru lost 60 percent of calls in Lima.",
            "60 percent",
            False,
        ),
    ],
)
def test_figures_of_different_places_are_apart(a, fa, b, fb, apart):
    assert places_differ(*_measure(a, fa), *_measure(b, fb)) is apart


@pytest.mark.parametrize(
    ("a", "fa", "b", "fb", "apart"),
    [
        (
            "Less than 1 per cent of Canadian bank customers were hit.",
            "1 per cent",
            "As many as 1 in 500 customers of the bank could have been hit.",
            "1 in 500",
            True,
        ),
        (
            "Web services in Peru were down by 80 percent.",
            "80 percent",
            "As much as 70% of traffic between the continents was affected.",
            "70%",
            True,
        ),
        # worldwide against no place: the same whole
        (
            "Roughly 0.2 percent of users worldwide were exposed.",
            "0.2 percent",
            "One in every 500 users had been exposed.",
            "One in every 500",
            False,
        ),
        # the place named elsewhere in the other sentence: it may be the same whole
        (
            "Web services in Peru were down by 80 percent.",
            "80 percent",
            "In Peru, as much as 70% of traffic was affected.",
            "70%",
            False,
        ),
    ],
)
def test_a_share_of_one_place_and_one_of_no_place_are_apart(a, fa, b, fb, apart):
    assert share_of_one_place(*_measure(a, fa), *_measure(b, fb)) is apart


def test_figures_of_one_place_in_two_lists_are_still_compared(flags):
    found = flags(
        "At one point 55 percent of calls in Chile, 52 percent in Peru and 82 percent in "
        "Bolivia were cut off, the operator said.",
        "The operator said calls in Peru were down by 70 percent, in Bolivia by 82 percent.",
    )
    assert ("52 percent", "70 percent", "conflict") in found, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The bank says less than 1 per cent of Canadian customers have been hit by the flaw.",
            "The bank estimated that as many as 1 in 20 customers could have been hit by the flaw.",
        ),
        (
            "Mobile and web services in Chile were down by 80 percent after the storm.",
            "As much as 60% of mobile and web services between the continents were down after it.",
        ),
    ],
)
def test_a_share_of_one_place_is_not_a_share_of_all(flags, a, b):
    found = flags(a, b)
    assert not [f for f in found if f[2] == "conflict"], found


def test_a_share_of_a_place_named_in_both_sentences_is_still_compared(flags):
    found = flags(
        "Mobile and web services in Chile were down by 80 percent after the storm.",
        "In Chile, as much as 60% of mobile and web services were down after the storm.",
    )
    assert [f for f in found if f[2] == "conflict"], found
