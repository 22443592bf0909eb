"""A quote cut or edited so that its meaning changes is a conflict (session 28).

A cut whose dropped words govern the words kept — a condition ("If negligence
is found, …", "…, unless the insurers refuse"), a negation or a hedge over
them ("I honestly don't know if …", "I am not sure …", "Perhaps …"), a
contrast that follows them ("…, but it is a start", "…. But it is a start.")
or a hedge tagged on ("…, I hope") — turns what was said; the explanation
names the words and what they did. Any other cut stays a question (a dropped
"tonight", a clause adding a fact, a bound in time) or no flag at all (an
introductory clause). Cases made up: a farm, a ministry, a union, an insurer,
a bridge, a plant, a fire, a school, a dam, a search, a rail line.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.turncut import lead_turns, tail_turns
from workbench.model import Verdict


def _diff(a: str, b: str):
    return compare_quotes(find_quotes(a)[0], find_quotes(b)[0], "Courier", "Herald")


# (full, cut, the kind the explanation names, words it must quote)
TURNED = [
    (
        "\"I honestly don't know if I'll rebuild,\" the farmer said.",
        '"I\'ll rebuild," the farmer said.',
        "a negation",
        "I honestly don't know if",
    ),
    (
        '"If negligence is found, we will act," the minister said.',
        'The minister said "we will act".',
        "a condition",
        "If negligence is found",
    ),
    (
        '"We will pay every family, unless the insurers refuse," the mayor said.',
        '"We will pay every family," the mayor said.',
        "a condition",
        "unless the insurers refuse",
    ),
    (
        '"This is not enough, but it is a start," the union leader said.',
        '"This is not enough," the union leader said.',
        "a contrast",
        "but it is a start",
    ),
    (
        '"This deal is not enough for our members. But it is a start," the union leader said.',
        '"This deal is not enough for our members," the union leader said.',
        "a contrast",
        "But it is a start",
    ),
    (
        '"Nobody can say whether the bridge is safe," the inspector said.',
        '"The bridge is safe," the inspector said.',
        "a negation",
        "Nobody can say whether",
    ),
    (
        '"I am not sure the plant will reopen before spring," the manager said.',
        '"The plant will reopen before spring," the manager said.',
        "a negation",
        "I am not sure",
    ),
    (
        '"Perhaps the fire will be out by Sunday," the chief said.',
        '"The fire will be out by Sunday," the chief said.',
        "a hedge",
        "Perhaps",
    ),
    (
        '"The school will reopen on Monday, I hope," the head teacher said.',
        '"The school will reopen on Monday," the head teacher said.',
        "a hedge",
        "I hope",
    ),
    (
        '"Classes resume next week, though the top floor stays shut," the head teacher said.',
        '"Classes resume next week," the head teacher said.',
        "a contrast",
        "though the top floor stays shut",
    ),
]


@pytest.mark.parametrize(("full", "cut", "kind", "words"), TURNED)
def test_a_cut_that_turns_the_kept_words_is_a_conflict(full, cut, kind, words):
    for x, y in ((full, cut), (cut, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.CONFLICT, d
        assert d.kind == "truncated"
        assert f"carry {kind}, '{words}" in d.explanation, d.explanation
        assert d.explanation.endswith("— conflict")


def test_a_quote_split_around_its_attribution_and_cut_is_read_whole():
    full = '"We will reopen the line," the operator said, "but only if the inspectors agree."'
    cut = '"We will reopen the line," the operator said.'
    d = _diff(full, cut)
    assert d is not None and d.verdict == Verdict.CONFLICT, d
    assert "a contrast" in d.explanation or "a condition" in d.explanation, d.explanation


# Cuts that turn nothing: a question as before, or no flag.
KEPT = [
    (
        '"We expect to finish the search tonight," the chief said.',
        '"We expect to finish the search," the chief said.',
        Verdict.UNRESOLVED,
    ),
    (
        # 'however' of degree after a comma: a faithful shortening (session 30,
        # authored derailment, tests/test_s30_faithful_cuts.py); both credit one
        # speaker (session 31: "he" read as nobody leaves it a question)
        '"We will reopen the line when it is safe, however long that takes," the chief said.',
        '"We will reopen the line when it is safe," the chief said.',
        Verdict.CONSISTENT,
    ),
    (
        '"The dam held overnight and the water is falling," the engineer said.',
        '"The dam held overnight," the engineer said.',
        Verdict.UNRESOLVED,
    ),
    (
        '"The bridge stays closed to lorries until the repairs are finished," an engineer said.',
        '"The bridge stays closed to lorries," an engineer said.',
        Verdict.UNRESOLVED,
    ),
    (
        '"We have been left with no choice but to strike," the union said.',
        '"We have been left with no choice," the union said.',
        Verdict.UNRESOLVED,
    ),
    (
        '"We will go ahead, even if it rains," the organiser said.',
        '"We will go ahead," the organiser said.',
        Verdict.UNRESOLVED,
    ),
]


def test_a_word_dropped_inside_that_only_dates_the_remark_is_a_shortening():
    """Session 30 readers (authored ecuador_quake): 'check the cut' was noise;
    a dropped 'tonight' is a shortening that keeps the meaning."""
    full = '"Half the village has no power tonight. People are cold," the mayor said.'
    cut = '"Half the village has no power. People are cold," the mayor said.'
    for x, y in ((full, cut), (cut, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.CONSISTENT, d
        assert "only date the remark" in d.explanation


def test_a_scope_dropped_inside_is_still_a_conflict():
    full = '"There will be no job losses in Scotland before 2030," the chairman said.'
    cut = '"There will be no job losses before 2030," the chairman said.'
    d = _diff(full, cut)
    assert d is not None and d.verdict == Verdict.CONFLICT, d


@pytest.mark.parametrize(("full", "cut", "verdict"), KEPT)
def test_a_cut_that_turns_nothing_stays_a_question(full, cut, verdict):
    for x, y in ((full, cut), (cut, full)):
        d = _diff(x, y)
        assert d is not None and d.verdict == verdict, d


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        (
            '"At this stage, we expect to finish the search by Friday," the chief said.',
            '"We expect to finish the search by Friday," the chief said.',
        ),
        (
            '"The crews worked all night. The fire is out," the chief said.',
            '"The fire is out," the chief said.',
        ),
        (
            '"The fire is out. Crews will stay overnight," the chief said.',
            '"The fire is out," the chief said.',
        ),
    ],
)
def test_an_ordinary_shortening_raises_nothing(full, cut):
    assert _diff(full, cut) is None
    assert _diff(cut, full) is None


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (["if", "negligence", "is", "found"], "a condition"),
        (["even", "if", "it", "rains"], ""),
        (["i", "don't", "think"], "a negation"),
        (["nobody", "was", "hurt", "when"], ""),
        (["no", "one", "doubts", "that"], ""),
        (["it", "was", "not", "easy", "but"], ""),
        (["i", "wonder", "whether"], "a hedge"),
        (["at", "this", "stage"], ""),
    ],
)
def test_lead_turns(lead, want):
    assert lead_turns(lead) == want


@pytest.mark.parametrize(
    ("tail", "nxt", "want"),
    [
        (["unless", "the", "swell", "picks", "up"], False, "a condition"),
        (["however", "long", "that", "takes"], False, ""),
        (["and", "the", "organisers", "added", "a", "weekend", "but", "sold", "out"], False, ""),
        (["but", "it", "is", "a", "start"], True, "a contrast"),
        (["crews", "will", "stay", "overnight"], True, ""),
        (["i", "think"], False, "a hedge"),
    ],
)
def test_tail_turns(tail, nxt, want):
    assert tail_turns(tail, nxt)[0] == want
