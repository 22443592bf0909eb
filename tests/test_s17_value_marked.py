"""The value of a flag is marked where it stands, not at the first place its
letters occur (trial 22: the value "a" of "and a dozen" was marked inside
"was", in the review panel and in the HTML report)."""

from __future__ import annotations

import pytest

from workbench.report.escape import highlight
from workbench.text import offset_in, value_at
from workbench.ui.review_panel import highlighted_sentence

SENTENCE = "The shock was tremendous - and a dozen other people got out."


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        (SENTENCE, "a", SENTENCE.index("a dozen")),  # not the "a" of "was"
        ("It rained in Spain, and on 4 March in Maine.", "in", 10),  # the word, not "rained"
        ("Toll rose to 240 from 24 overnight.", "24", 22),  # not the start of "240"
        ("No word here: 5km", "5", 14),  # inside a token when nothing else holds it
        ("nothing", "x", -1),
        ("", "a", -1),
    ],
)
def test_a_value_is_found_as_whole_words_first(sentence, value, expected):
    assert value_at(sentence, value) == expected


def test_the_offset_the_flag_found_wins_over_an_earlier_occurrence():
    sentence = "A man said a dozen were hurt and a dozen fled."
    second = sentence.rindex("a dozen")
    assert value_at(sentence, "a dozen", second) == second
    assert value_at(sentence, "a dozen", 3) == sentence.index("a dozen")  # a wrong hint: ignored


def test_an_article_offset_is_placed_inside_its_sentence():
    text = "First line. " + SENTENCE + " Last line."
    at = text.index("a dozen")
    assert offset_in(text, SENTENCE, at) == SENTENCE.index("a dozen")
    assert offset_in(text, "Not in the text.", at) is None
    assert offset_in("", SENTENCE, at) is None


def test_the_report_and_the_panel_mark_the_word():
    assert "and <mark>a</mark> dozen" in highlight(SENTENCE, "a")
    panel = highlighted_sentence(SENTENCE, "a", "#ff0", None)
    assert "and <b" in panel and ">a</b> dozen" in panel
    assert "w<b" not in panel


def test_a_version_worded_alike_carries_its_reading_once():
    from workbench.findings.told import with_reading as _with_reading

    unknown = "Saturday (publication date unknown)"
    assert _with_reading("Saturday", unknown) == unknown
    assert _with_reading("8.40am", "2019-03-14T08:40") == "8.40am (2019-03-14T08:40)"
    assert _with_reading("saturday", "Saturday = 13 Dec 2008") == "Saturday = 13 Dec 2008"


def test_a_rule_is_named_in_an_editors_words():
    from workbench.judge import rules
    from workbench.judge.engine import reason_of

    for rule in rules.RULES:
        said = reason_of(rule)
        assert "_" not in said and said.strip() == said and said


def test_an_outlet_that_holds_the_id_names_the_article_once():
    from workbench.report.as_markdown import what_names

    ecb = {"id": "18_2ecb", "outlet": "ECB+ 18_2ecb", "url": ""}
    assert what_names(ecb) == ["ECB+ 18_2ecb"]
    bbc = {"id": "a", "outlet": "BBC", "url": "https://bbc.example/a"}
    assert what_names(bbc) == ["a", "BBC", "https://bbc.example/a"]
    assert what_names({"id": "18_2", "outlet": "ECB+ 18_20ecb", "url": ""})[0] == "18_2"
