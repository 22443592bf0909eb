"""A post on a social network is a statement (session 22): "SEACOM tweeted at
09:30" dates the tweet, not the cable fault it reports, so its time is not held
against the fault's time in another report (ECB+ test half: such a pair was a
false conflict); two posts' times, or a post against "said", still compare.
"posted a loss", "posted bail" and "wrote the law" are no statements.
Made-up sentences."""

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import statement_dated


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    ("sentence", "value", "said"),
    [
        ("The operator tweeted at 09:30 that repairs had begun.", "09:30", True),
        ("The ministry posted on Facebook on Tuesday that the road was shut.", "Tuesday", True),
        ("The mayor wrote on Twitter Monday that she would resign.", "Monday", True),
        ("The club said on Instagram at 8 p.m. that the match was off.", "8 p.m.", True),
        ("The firm posted a loss on Tuesday.", "Tuesday", False),
        ("He posted bail on Monday.", "Monday", False),
        ("She wrote the law in 2009.", "2009", False),
        ("The cable was cut at 06:31 GMT.", "06:31 GMT", False),
    ],
)
def test_a_post_is_a_statement(sentence, value, said):
    i = sentence.index(value)
    assert statement_dated(sentence, i, i + len(value)) is said


_LEAD = "A fibre cut near the port disrupted internet services across the region.\n"


def times(tmp_path, a: str, b: str):
    found = analyse_bodies(tmp_path, _LEAD + a, _LEAD + b, published="2024-03-05").discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The cable between the port and the capital was cut at 06:30 this morning.",
            "The operator tweeted at 09:30 this morning that the cable between the port and "
            "the capital was cut.",
        ),
        (
            "The cable between the port and the capital was cut on Sunday.",
            "The operator posted on Facebook on Monday that the cable between the port and "
            "the capital was cut.",
        ),
    ],
)
def test_a_posts_time_is_not_the_faults(tmp_path, a, b):
    found = times(tmp_path, a, b)
    assert not any(v == "conflict" for _, _, v in found), found


def test_two_posts_times_still_compare(tmp_path):
    found = times(
        tmp_path,
        "The operator tweeted at 09:30 this morning that the cable near the port was cut.",
        "The operator tweeted at 11:15 this morning that the cable near the port was cut.",
    )
    assert any(v == "conflict" for _, _, v in found), found
