"""One place's figure against a whole (issue 11, session 27, eng78): the
authored breach's "8.4 million customers – 6.1 million in Britain and 2.3
million in the Netherlands" held 6.1 million against another report's "9.4
million records", and "about 130 stores in the Netherlands and Belgium"
against "about 520 stores, most of them in Britain": a part and a whole,
called a conflict. Made-up cases in other domains and wordings; a place only
one report names, with nothing telling it is one of several, is still a
conflict."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.place_parts import _spread_places, in_breakdown


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _at(text: str, figure: str) -> tuple[str, int, int]:
    at = text.index(figure)
    return text, at, at + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("about 310,000 owners – 220,000 in Germany and 90,000 in Austria – said", "220,000", True),
        ("about 310,000 owners – 220,000 in Germany and 90,000 in Austria – said", "90,000", True),
        ("It paid 12,000 farmers, 8,500 in Kenya and 3,500 in Uganda, last year.", "8,500", True),
        ("Turnout was 61% in Leeds, 58% in York and 49% in Hull.", "58%", True),
        # a whole, a lone place, a sibling's place and a clause joined on are no part of one
        (
            "It affected 2.3 million British customers and 6.1 million in Norway.",
            "2.3 million",
            False,
        ),
        ("It had 23 reports in Ohio, and 9 fires were reported.", "23", False),
        ("It had 23 reports in Ohio, and 9 fires were reported.", "9", False),
        (
            "about 310,000 owners – 220,000 in Germany and 90,000 in Austria – said",
            "310,000",
            False,
        ),
        ("The storm killed 12 people in Galicia on Sunday.", "12", False),
        ("The ferry, built in Norway in 1991, carried 240 people.", "240", False),
    ],
)
def test_a_figure_of_a_breakdown_by_place(text, figure, part):
    assert in_breakdown(*_at(text, figure)) is part


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Hollis Bank runs about 900 branches, most of them in Canada.", ("canada",)),
        ("The trust operates 75 shelters, mainly in Scotland.", ("scotland",)),
        ("It has 430 restaurants, the majority of them in Texas.", ("texas",)),
        ("It runs 80 clinics, mostly based in Kenya and Uganda.", ("kenya", "uganda")),
        ("It runs 80 clinics across the region.", ()),
    ],
)
def test_a_whole_told_as_spread_over_places(text, places):
    assert _spread_places(text) == places


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\nReport.\n\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The recalled cars belonged to about 310,000 owners – 220,000 in Germany and "
            "90,000 in Austria – and included vans and trucks.",
            "The recall covers 350,000 cars belonging to about 310,000 owners, including "
            "vans and trucks.",
            ("220,000", "350,000"),
        ),
        (
            "The scheme paid about 12,000 farmers, 8,500 in Kenya and 3,500 in Uganda, over "
            "the last year.",
            "The scheme paid 15,000 grants to about 12,000 farmers over the last year.",
            ("8,500", "15,000"),
        ),
    ],
)
def test_a_place_part_of_a_breakdown_is_no_whole(flags, a, b, pair):
    found = flags(a, b)
    assert not [f for f in found if (f[0], f[1]) == pair and f[2] == "conflict"], found


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Hollis Bank runs about 900 branches, most of them in Canada, and employs 40,000 "
            "people.",
            "Hollis Bank, which employs 40,000 people, has about 210 branches in Mexico and Chile.",
            ("about 900", "about 210"),
        ),
        (
            "The Corrin Trust operates 75 shelters, mainly in Scotland, and housed 3,000 "
            "people last winter.",
            "The Corrin Trust operates 20 shelters in Wales and housed 3,000 people last winter.",
            ("75", "20"),
        ),
        (
            "Pellam Foods operates about 430 restaurants, the majority of them in Texas, and "
            "employs 9,000 people.",
            "Pellam Foods has about 60 restaurants in Ohio and Kentucky and employs 9,000 people.",
            ("about 430", "about 60"),
        ),
    ],
)
def test_a_place_figure_against_a_whole_spread_over_other_places(flags, a, b, pair):
    found = flags(a, b)
    assert not [f for f in found if (f[0], f[1]) == pair and f[2] == "conflict"], found


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The storm killed 12 people in Galicia on Sunday, officials said.",
            "The storm killed 15 people on Sunday, officials said.",
            ("12", "15"),
        ),
        (
            "The fire destroyed 40 homes in Kent on Monday, the fire service said.",
            "The fire destroyed 55 homes on Monday, the fire service said.",
            ("40", "55"),
        ),
    ],
)
def test_the_story_s_own_place_is_still_a_conflict(flags, a, b, pair):
    assert (*pair, "conflict") in flags(a, b)
