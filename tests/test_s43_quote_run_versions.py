"""A quote's version is the words it quotes where it was compared, not what
the source quotes after the attribution ends the sentence (trial 50: one
Rory Read sentence, printed alike by three sources that went on to quote
different further sentences, showed as three versions of one finding)."""

from __future__ import annotations

import pytest

from workbench.facts.quote.find import find_quotes
from workbench.findings.quote_run import quote_run
from workbench.findings.quoted import quote_words_key
from workbench.model import Fact

FIRST = "We are buying the mill to grow faster than any rival in the region"


def _fact(text: str, at: int = 0) -> Fact:
    q = next(q for q in find_quotes(text) if q.end > at)
    return Fact("f", "x:0", "x", "quote", q.start, q.end, q.text, q.to_json())


def _key(text: str, compared: str) -> str:
    at = text.index(compared)
    return quote_words_key(quote_run(_fact(text, at), at, at + len(compared)))


@pytest.mark.parametrize(
    "text",
    [
        f"“{FIRST},” said Ana Ruiz, the chief executive. “The mill is a pioneer.",
        f"“{FIRST},” said Ana Ruiz. “The mill is a pioneer.\n“We are skating ahead.”",
        f"“{FIRST},” Ruiz added in a statement on Tuesday. “Nobody saw this coming.”",
        f"“{FIRST}!” she said. “And we will keep every worker.”",
        f'"{FIRST}," said Ruiz, chief executive of the group. "It is a great day."',
        f"“{FIRST}?” she asked. “Why would we not?”",
    ],
)
def test_words_after_the_attribution_are_not_the_version(text):
    assert _key(text, FIRST) == _key(f"“{FIRST},” said Ana Ruiz.", FIRST)


@pytest.mark.parametrize(
    ("a", "b", "second"),
    [
        (
            "“The plant stays open,” Ana Ruiz said. “We will hire forty welders.”",
            "“The plant stays open. We will hire forty welders,” she said.",
            "We will hire forty welders",
        ),
        (
            "“It was a hard winter,” Ruiz said on Monday. “Prices will fall.”",
            "“It was a hard winter. Prices will fall,” Ruiz said.",
            "Prices will fall",
        ),
    ],
)
def test_the_sentences_before_the_compared_one_stay(a, b, second):
    """'"A," she said. "B."' and '"A. B," she said.' are one version of B (align32)."""
    assert _key(a, second) == _key(b, second)


def test_a_later_sentence_keeps_a_different_earlier_one_apart():
    a = "“The plant stays open,” Ana Ruiz said. “We will hire forty welders.”"
    b = "“Nothing changes for now,” Ana Ruiz said. “We will hire forty welders.”"
    assert _key(a, "forty") != _key(b, "forty")


def test_an_attribution_inside_a_sentence_keeps_one_run():
    """'“We're ready,” he said, “to start”' is one remark cut by its
    attribution: its version is every word (align32)."""
    text = "“We are ready,” the director said, “to start on Monday.”"
    assert _key(text, "We are ready") == _key("“We are ready to start on Monday,” he said.", "We")


def test_a_real_change_in_the_compared_sentence_stays_its_own_version():
    changed = FIRST.replace("faster", "slower")
    a = f"“{FIRST},” said Ruiz. “The mill is a pioneer.”"
    b = f"“{changed},” said Ruiz. “The mill is a pioneer.”"
    assert _key(a, FIRST) != _key(b, changed)


def test_a_side_over_both_runs_keeps_the_whole_quotation():
    text = f"“{FIRST},” said Ruiz. “The mill is a pioneer.”"
    assert _key(text, text[1:-1]) == quote_words_key(_fact(text))


def test_a_quotation_carried_over_paragraphs_is_one_run():
    text = f"“{FIRST}.\n“The mill is a pioneer,” she said."
    assert _key(text, FIRST) == quote_words_key(_fact(text))


def test_one_sentence_quoted_alike_is_one_version_whatever_follows(tmp_path):
    """Trial 50's finding in invented words: three sources print one sentence
    alike and go on to quote different sentences; a fourth changes a word."""
    from test_align32_quote_versions import _analyse, _quote_versions

    said = "“By buying the mill we become a faster, leaner rival in the region,”"
    analysis = _analyse(
        tmp_path,
        f"The group bought the mill on Friday.\n{said} said Ana Ruiz, chief executive. "
        "“The mill is a pioneer in cheap steel.\nIts workers are the best in the north.”",
        f"The group bought the mill on Friday.\n{said} said Ana Ruiz, chief executive. "
        "“The mill is a pioneer in cheap steel.\n“We are skating to where the puck goes,” "
        "Ruiz added.",
        f"The group bought the mill on Friday.\n{said} said Ana Ruiz, the group's chief "
        "executive, in a statement.",
        "The group bought the mill on Friday.\n“By buying the mill we become a slower, leaner "
        "rival in the region,” said Ana Ruiz, chief executive.",
    )
    assert _quote_versions(analysis) == [[["a", "b", "c"], ["d"]]]
