"""A place told before a figure as which of a company's listings or arms it is
of (issue 11, session 27, eng78): "its London-listed shares were down 5.3%,
while the Amsterdam line was 3.1% lower" against "shares fell 3.9% in
Amsterdam, and 4.2% in London" — the 5.3% (London) was held against the 3.9%
(Amsterdam) and called a conflict. Two listings, two arms, are two figures.
Made-up sentences in other markets and wordings than the authored one."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.places import scoped_places


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _places(text: str, figure: str) -> tuple[str, ...]:
    at = text.index(figure)
    return scoped_places(text, at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Its Frankfurt-listed shares were down 2.8% at midday, while the Paris line "
            "was 1.9% lower.",
            "2.8%",
            ("frankfurt",),
        ),
        (
            "Its Frankfurt-listed shares were down 2.8% at midday, while the Paris line "
            "was 1.9% lower.",
            "1.9%",
            ("paris",),
        ),
        ("Halvorsen's Oslo-traded stock slipped 6 percent on Friday.", "6 percent", ("oslo",)),
        (
            "The miner's Hong Kong-listed shares jumped 11% in early trade.",
            "11%",
            ("hong", "kong"),
        ),
        ("The Brazil arm's revenue rose 14 percent last year.", "14 percent", ("brazil",)),
        ("The Toronto listing closed 0.7% higher.", "0.7%", ("toronto",)),
        ("Sales at the Mexico unit fell 9% in the quarter.", "9%", ("mexico",)),
    ],
)
def test_a_listing_or_arm_named_before_a_figure_is_its_place(text, figure, place):
    assert _places(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a company's home is no scope of its figures
        ("The Hong Kong-based company said profit rose 5% last year.", "5%"),
        ("The Zurich-based lender's shares fell 3.2% on Monday.", "3.2%"),
        # an owner's possessive run is not read as the place: only the words before "-listed"
        ("Vantor Mining said output rose 8% in the quarter.", "8%"),
    ],
)
def test_a_home_or_an_owner_is_no_place(text, figure):
    assert _places(text, figure) == ()


def test_the_possessive_owner_before_a_listing_is_not_the_place():
    text = "Kessler Group's Vienna-listed shares closed 2.4% lower."
    assert _places(text, "2.4%") == ("vienna",)


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\nResults.\n\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


# Each case: two reports of one day's moves on two listings; the pairs named
# are of different listings and must never be compared.
@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "Kaito Robotics' Tokyo-listed shares rose 3.3% on Friday after the order, while "
            "the Singapore line gained 1.2%.",
            "Kaito Robotics' shares climbed 1.8% in Singapore on Friday after the order and "
            "2.9% in Tokyo.",
            [("3.3%", "1.8%"), ("1.2%", "2.9%")],
        ),
        (
            "Brannock Mining's Toronto-listed stock slid 8.1% on Wednesday after the spill, "
            "while the Sydney line was 4.6% lower.",
            "Brannock Mining's stock dropped 5.5% in Sydney on Wednesday after the spill, and "
            "7.2% in Toronto.",
            [("8.1%", "5.5%"), ("4.6%", "7.2%")],
        ),
        (
            "Castell Foods' Madrid-listed shares lost 7.5% on Thursday after the recall, while "
            "the Lisbon line was 5.2% weaker.",
            "Castell Foods' shares fell 5.9% in Lisbon on Thursday after the recall and 6.8% in "
            "Madrid.",
            [("7.5%", "5.9%"), ("5.2%", "6.8%")],
        ),
    ],
)
def test_two_listings_figures_are_never_held_against_each_other(flags, a, b, apart):
    found = flags(a, b)
    assert found, "the two sentences should still be compared"
    for left, right, _ in found:
        assert (left, right) not in apart, found


def test_one_listings_figures_still_compare(flags):
    found = flags(
        "Castell Foods' Madrid-listed shares lost 7.5% on Thursday after the recall, while "
        "the Lisbon line was 5.2% weaker.",
        "Castell Foods' shares fell 5.9% in Lisbon on Thursday after the recall and 6.8% in "
        "Madrid.",
    )
    assert ("7.5%", "6.8%", "conflict") in found


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("The group's US business grew 8% last year.", "8%", ("us",)),
        ("Halden's UK sales fell 3% in the quarter.", "3%", ("uk",)),
        ("Brisco's Brazil unit lifted revenue 12% in the first half.", "12%", ("brazil",)),
        ("Its Canada operations lost 4 percent of their staff.", "4 percent", ("canada",)),
        # an owner's business named by a person is no place
        ("Chief executive Tim Cook's business grew 3%.", "3%", ()),
        ("The company's sales grew 5% last year.", "5%", ()),
    ],
)
def test_a_place_naming_an_owner_s_business_or_sales_is_its_place(text, figure, place):
    assert _places(text, figure) == place


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Corvan Group's US business grew 8% last year, while sales in Europe fell 3%.",
            "Corvan Group's sales grew 5% last year.",
            ("8%", "5%"),
        ),
        (
            "Halden's UK sales fell 3% in the quarter, while its German sales rose 2%.",
            "Halden's sales fell 1% in the quarter.",
            ("3%", "1%"),
        ),
        (
            "Brisco's Brazil unit lifted revenue 12% in the first half.",
            "Brisco lifted revenue 7% in the first half.",
            ("12%", "7%"),
        ),
    ],
)
def test_one_place_s_business_is_not_the_whole_group_s(flags, a, b, pair):
    found = flags(a, b)
    assert not [f for f in found if (f[0], f[1]) == pair and f[2] == "conflict"], found
