"""A decimal without its leading zero whose point a tokenised text put
against the word before ("hit. 308 with 33 homers"): the sentence was cut at
the point and 308 read as a count, against "33 homers" or another player's
figure (session 9, class 7). The point is put back, one character for one,
only where no sentence can end (after a comma or colon) or where what follows
is what such a figure is of. Sentences are our own."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import claims_of, facts_of
from workbench.articles import load_articles
from workbench.articles.typography import clean


@pytest.mark.parametrize(
    "written, read",
    [
        ("Diaz hit. 291 with 18 homers.", "Diaz hit .291 with 18 homers."),
        ("a career. 275 hitter", "a career .275 hitter"),
        ("she kept a. 38 Special in the car", "she kept a .38 Special in the car"),
        ("his line:. 301 average,. 870 OPS, 12 HR", "his line: .301 average, .870 OPS, 12 HR"),
        ("including. 333 batting in May", "including .333 batting in May"),
        ("Last season Diaz hit. 308, with 33 homers", "Last season Diaz hit .308, with 33 homers"),
    ],
)
def test_the_lost_point_is_put_back(written, read):
    out, _ = clean(written)
    assert out == read
    assert len(out) == len(written)  # offsets unchanged


@pytest.mark.parametrize(
    "text",
    [
        "The plant let go of its workers. 300 were laid off.",
        "It was 1999. 300 people came.",
        "He scored in 2008. 150 with the club.",
        "The fund grew. 250 million was raised.",
        "The hearing was set for Nov. 12, the court said.",
        "He wore No. 10 for the club.",
        "The vote was moved to Nov. 12 with little notice.",
    ],
)
def test_a_sentence_opening_with_a_number_is_left_alone(text):
    assert clean(text)[0] == text


def test_the_average_is_one_figure_in_one_sentence(tmp_path):
    body = "---\ntitle: T\npublished: 2009-01-05\n---\nDiaz hit. 291 with 18 homers and 70 RBIs.\n"
    article = load_articles([write(tmp_path, "a.md", body)])[0]
    claims = claims_of(article)
    assert [c.text for c in claims] == ["Diaz hit .291 with 18 homers and 70 RBIs."]
    assert [f.text for f in facts_of(article, claims)] == [".291", "18", "70"]
