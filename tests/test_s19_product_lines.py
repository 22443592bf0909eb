"""One size of two product lines (issue 11, session 19): "the 13-inch" owns a
price in a sentence about the Air and in one about the MacBook Pro, and the two
are different products whose figures are never one figure, however alike. A
sentence that names one line, or the same line shorter, still compares.
Made-up sentences."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.lines import lines_apart, product_lines


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def numbers(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value)
            for d in found
            if d.kind in ("number", "money", "quantity")
        ]

    return run


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Though the 11-inch Air still starts at $999, the 13-inch dropped to $1199.", ("air",)),
        ("Apple's MacBook Pro line starts at $1,199 for the 13-inch option.", ("macbook", "pro")),
        ("The 55-inch Bravia X90 sells for $1,299, the 65-inch for $1,699.", ("bravia", "x90")),
        ("Samsung's Galaxy Tab range now starts at $329 for the 10-inch model.", ("galaxy", "tab")),
        ("The 13-inch model comes in $1,199 and $1,499 versions.", ()),
    ],
)
def test_the_line_a_sentence_names(text, lines):
    assert product_lines(text) == lines


def test_one_size_of_two_lines_is_apart_but_one_line_named_shorter_is_not():
    air = "Though the 11-inch Air still starts at $999, the 13-inch has dropped to $1199."
    pro = "Apple's new MacBook Pro line starts at $1,199 for the 13-inch option."
    mba = "The 13-inch MacBook Air now costs $1,199 at most retailers."
    assert lines_apart(("13-inch",), air, ("13-inch", "apple"), pro)
    assert not lines_apart(("13-inch",), air, ("13-inch", "macbook", "air"), mba)
    # a size owner on one side only: nothing said of lines here
    assert not lines_apart(("13-inch",), air, ("apple",), pro)


# Sentences close enough to align on their words; the two prices are written
# differently so that equal values would show as "the same value written differently".
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # laptops: one price, two lines
            "Though the 11-inch Air still starts at $999, the 13-inch model now starts at "
            "$1199 for students.",
            "Apple's new MacBook Pro line now starts at $1,199 for the 13-inch model for students.",
        ),
        (  # laptops: two prices, two lines
            "Though the 11-inch Air still starts at $999, the 13-inch model now starts at "
            "$1,199 for students.",
            "Apple's new MacBook Pro line now starts at $1,299 for the 13-inch model for students.",
        ),
        (  # televisions: one price, two series
            "While the 55-inch Bravia X90 still sells for $1299, the 65-inch set now sells for "
            "$1699 in stores.",
            "Sony's new Bravia A80 series now sells for $1,699 for the 65-inch set in stores.",
        ),
        (  # tablets: two prices, two ranges
            "While the 8-inch Galaxy Tab Mini still costs $249, the 10-inch model now costs "
            "$329 in the US.",
            "Lenovo's new Yoga Tab range now costs $349 for the 10-inch model in the US.",
        ),
    ],
)
def test_one_size_of_two_lines_is_no_one_figure(numbers, a, b):
    assert not [f for f in numbers(a, b) if f[0].startswith("$")]


def test_one_line_named_in_both_still_compares(numbers):
    flags = numbers(
        "Though the 11-inch Air still starts at $999, the 13-inch model now starts at "
        "$1199 for students.",
        "Apple's MacBook Air line now starts at $1,199 for the 13-inch model for students.",
    )
    assert ("$1199", "$1,199", "consistent") in flags
    flags = numbers(
        "Though the 11-inch Air still starts at $999, the 13-inch model now starts at "
        "$1,199 for students.",
        "Apple's MacBook Air line now starts at $1,299 for the 13-inch model for students.",
    )
    assert ("$1,199", "$1,299", "conflict") in flags
