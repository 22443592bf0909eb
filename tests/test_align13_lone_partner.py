"""A sentence left alone takes its best partner although that one has a
partner (align_partners.lone_partners; issue 15, restated claims that never met).

The aligner matches one to one, so when one article says in one sentence what
the other says in two sentences that are not neighbours, the second is left
without a partner and ends in a claim group of its own. It may now meet the
one sentence when the two share words its partner did not say; a background
sentence repeating the lead's topic adds nothing and stays alone. The
sentences are made up."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import thresholds
from workbench.align_partners import common_words, lone_partners
from workbench.analysis import analyze
from workbench.articles import load_articles

# unrelated sentences, so that an event's words are not common by number alone
FILLER_A = [
    "The council will publish its budget in the spring.",
    "Road works on the ring road continue until March.",
    "A new library branch opened in the east of the town.",
    "The weather service expects a mild and wet winter.",
    "Local elections take place in early May next year.",
    "The museum reopens after a long refurbishment.",
]
FILLER_B = [
    "Bus fares will rise by a few pence in the new year.",
    "A bakery on the high street celebrated fifty years.",
    "The swimming pool closes for repairs in the summer.",
    "Volunteers planted trees along the canal path.",
    "The market moves to the square on Saturdays.",
    "Parking charges at the station are under review.",
]


@pytest.fixture(params=["0", "1"], ids=["lexical", "default"])
def path(request, monkeypatch):
    """Both alignment paths: lexical only, and the default (embeddings when installed)."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", request.param)
    return request.param


def _run(tmp_path, a: list[str], b: list[str], table=thresholds.DEFAULT):
    paths = [
        write(tmp_path, "a.md", "\n".join(a) + "\n"),
        write(tmp_path, "b.md", "\n".join(b) + "\n"),
    ]
    return analyze(load_articles(paths), thresholds=table)


def _aligned(analysis, left: str, right: str) -> bool:
    text = {c.id: c.text for c in analysis.claims}
    return any(
        {text[al.left].startswith(left), text[al.right].startswith(left)} == {True, False}
        and (text[al.left].startswith(right) or text[al.right].startswith(right))
        for al in analysis.alignments
    )


CUP_A = [
    "Captain Mara Ellison lifted the Northfield Trophy and the Harbour Shield after the "
    "Wexley Owls beat Dunmore 3-1 at Elm Park.",
    *FILLER_A,
]
CUP_B = [
    "The Wexley Owls beat Dunmore 3-1 at Elm Park on Saturday.",
    *FILLER_B[:3],
    "Captain Mara Ellison also lifted the Harbour Shield and the Northfield Trophy.",
    *FILLER_B[3:],
]


def test_one_sentence_meets_both_sentences_that_tell_it(tmp_path, path):
    found = _run(tmp_path, CUP_A, CUP_B)
    assert _aligned(found, "Captain Mara Ellison lifted", "Captain Mara Ellison also")
    assert _aligned(found, "Captain Mara Ellison lifted", "The Wexley Owls beat")


def test_off_the_second_sentence_stays_alone(tmp_path, path):
    off = thresholds.with_value("align.lone_partner", -1)
    found = _run(tmp_path, CUP_A, CUP_B, off)
    both = _aligned(found, "Captain Mara Ellison lifted", "Captain Mara Ellison also") and _aligned(
        found, "Captain Mara Ellison lifted", "The Wexley Owls beat"
    )
    assert not both


VACCINE_A = [
    "A new malaria vaccine cut hospital admissions among young children by half in a "
    "trial in Ghana.",
    "The trial followed 4,000 children for two years.",
    *FILLER_A,
]
VACCINE_B = [
    "A malaria vaccine halved hospital admissions among young children in a Ghana trial, "
    "researchers said.",
    "The study tracked 4,000 children over two years.",
    *FILLER_B[:3],
    "Malaria vaccines are expected to cut thousands of hospital admissions among young "
    "children in Ghana every year.",
    *FILLER_B[3:],
]


def test_a_background_sentence_repeating_the_lead_stays_alone(tmp_path, path):
    found = _run(tmp_path, VACCINE_A, VACCINE_B)
    assert _aligned(found, "A new malaria vaccine", "A malaria vaccine halved")
    assert not _aligned(found, "A new malaria vaccine", "Malaria vaccines are expected")


def _tokens(*texts: str) -> list[list[str]]:
    return [t.split() for t in texts]


def test_only_the_lone_sentences_best_candidate_and_one_per_partnered_sentence():
    # claims 0 (article a) and 1, 2, 3 (article b); 0 is aligned with 1
    tokens = _tokens("p q r s t u", "p q", "r s t", "r s u")
    article = ["a", "b", "b", "b"]
    partners = {0: {1}, 1: {0}}
    cands = [(0.9, 0, 1), (0.7, 0, 2), (0.65, 0, 3)]
    got = lone_partners(cands, tokens, 0.6, 2, frozenset(), partners, article)
    assert got == [(0.7, 0, 2)]  # 3 also adds two words, but 0 took one lone sentence
    # below the floor: none
    assert lone_partners(cands, tokens, 0.75, 2, frozenset(), partners, article) == []
    # words the partner already said do not count: 2 adds one word, 3 adds two
    said = _tokens("p q r s t u", "p q r s", "r s t", "t u")
    assert lone_partners(cands, said, 0.6, 2, frozenset(), partners, article) == [(0.65, 0, 3)]
    # nor do common words
    common = frozenset({"t"})
    assert lone_partners(cands, said, 0.6, 2, common, partners, article) == []


def test_common_words_need_more_than_one_sentence_an_article():
    toks = _tokens("owls win", "owls lose", "owls draw", "rain")
    assert common_words(toks, 0.2, 2) == frozenset({"owls"})
    assert common_words(toks, 0.2, 3) == frozenset()
