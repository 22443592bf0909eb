"""Quotes, their speakers, and how two sources' wording differs."""

from __future__ import annotations

import pytest

from workbench.facts.quote import (
    Speaker,
    compare_quotes,
    find_quotes,
    match_quotes,
    speakers_differ,
)
from workbench.facts.quote.mention import same_wording
from workbench.model import Verdict


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.words, q.speaker.name if q.speaker else "") for q in find_quotes(text)]


def test_speaker_forms_share_one_key():
    text = (
        "Pentagon spokesman John Kirby said the pace could change.\n\n"
        '"We are watching closely," he told reporters.\n\n'
        '"Nothing is decided," Mr Kirby added.\n\n'
        "“It changes daily,” Kirby said."
    )
    qs = find_quotes(text)
    assert [q.speaker.key for q in qs] == ["kirby", "kirby", "kirby"]
    assert all(q.speaker.name == "John Kirby" for q in qs)


def test_attribution_forms():
    assert speakers(
        "“We are seeing surrenders,” Bilal Sarwary, a Kabul-based journalist, told the BBC."
    ) == [("we are seeing surrenders", "Bilal Sarwary")]
    assert speakers('Separately, an army officer told AFP: "We were forced to leave."') == [
        ("we were forced to leave", "an army officer")
    ]
    assert speakers('"Unfortunately the town fell," said council member Khaliddin Hakmi.') == [
        ("unfortunately the town fell", "Khaliddin Hakmi")
    ]


def test_quote_split_by_attribution_is_one_quote():
    qs = find_quotes('"We will rebuild," Mayor Ana Ruiz said, "and we will do it quickly."')
    assert len(qs) == 1
    assert qs[0].words == "we will rebuild and we will do it quickly"
    assert qs[0].speaker.name == "Ana Ruiz"


def test_missing_opening_mark_and_continuation_paragraph():
    text = (
        "Jane Doe, the mayor, said the roads were shut.\n\n"
        ' We are seeing floods everywhere," Jane Doe told the BBC.\n\n'
        '"Stay at home."'
    )
    qs = find_quotes(text)
    # the paragraph after '," Jane Doe told the BBC.' goes on with her quotation
    # (quote/runs.py): one quotation, read whole
    assert [q.words for q in qs] == ["we are seeing floods everywhere stay at home"]
    assert qs[0].speaker.name == "Jane Doe"


def test_truncated_altered_and_same_quotes():
    long = find_quotes(
        '"We are looking at this every single day: what is the situation on the ground," '
        "said Mayor Ana Ruiz."
    )[0]
    # one speaker on both sides (session 31: a quote credited to nobody is anyone's)
    short = find_quotes("“We are looking at this, every single day,” Ms Ruiz said.")[0]
    assert match_quotes(long, short) > 0.6
    diff = compare_quotes(long, short, "A", "B")
    # cut at the colon, no turning word dropped: a faithful shortening (session 30)
    assert diff.verdict == Verdict.CONSISTENT and diff.kind == "truncated"
    assert "B stops the quote after" in diff.explanation

    a = find_quotes('"We will rebuild every home in the town," she said.')[0]
    b = find_quotes('"We will rebuild most homes in the town," she said.')[0]
    diff = compare_quotes(a, b, "A", "B")
    assert diff.verdict == Verdict.CONFLICT and diff.kind == "altered"
    assert "every home" in diff.explanation and "most homes" in diff.explanation
    text_a = '"We will rebuild every home in the town," she said.'
    assert text_a[diff.a_span[0] : diff.a_span[1]] == "every home"

    same = find_quotes("“We will rebuild every home in the town,” she said.")[0]
    assert compare_quotes(a, same, "A", "B") is None


def test_unrelated_and_scare_quotes_do_not_match():
    a = find_quotes('A "seismic tremor" hit the region.')[0]
    b = find_quotes('It was a "political earthquake" for them.')[0]
    assert match_quotes(a, b) == 0
    c = find_quotes('"Rates will fall next year," the governor said.')[0]
    d = find_quotes('"The harvest was the best in years," the farmer said.')[0]
    assert match_quotes(c, d) == 0


def test_british_single_quotes_but_not_apostrophes():
    qs = find_quotes(
        "‘This is a two-horse race and everyone knows it,’ Labour candidate "
        "Priya Shah told supporters."
    )
    assert [(q.words, q.speaker.name) for q in qs] == [
        ("this is a two horse race and everyone knows it", "Priya Shah")
    ]
    assert find_quotes("The council’s plan and the residents’ anger: it’s done.") == []


def test_split_quote_with_a_long_attribution():
    qs = find_quotes(
        '"We are asking everyone to use water wisely," said Peter Lang, operations '
        'director at Southvale Water, "because every drop counts this summer."'
    )
    assert len(qs) == 1
    assert qs[0].words.endswith("wisely because every drop counts this summer")
    assert qs[0].speaker.name == "Peter Lang"


# --- house style is not altered wording (issue 11) ------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("he probably realised he would be shot", "he probably realized he would be shot"),
        ("the colour of the flag", "the color of the flag"),
        ("we will rebuild the town centre", "we will rebuild the town center"),
        ("the defence budget is safe", "the defense budget is safe"),
        ("a new data center in Texas", "a new datacenter in Texas"),
        ("we can't go back", "we cant go back"),
        ("the vaccine programme works", "the vaccine program works"),
        ("we apologise to our neighbours", "we apologize to our neighbors"),
    ],
)
def test_spelling_apostrophes_and_compounds_are_house_style(a, b):
    assert same_wording(a.lower().split(), b.lower().split())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("it took four years", "it took for years"),
        ("prices rose sharply", "prices fell sharply"),
        ("we will not resign", "we will now resign"),
        ("the filed charges", "the filled charges"),
    ],
)
def test_different_words_stay_different(a, b):
    assert not same_wording(a.split(), b.split())


def test_a_quote_in_other_spelling_is_not_flagged():
    (qa,) = find_quotes('"I realised then that the centre could not hold," she said.')
    (qb,) = find_quotes('"I realized then that the center could not hold," she said.')
    assert compare_quotes(qa, qb, "A", "B") is None


def _person(name: str) -> Speaker:
    return Speaker(name, 0, len(name), name, name.split()[-1].lower(), True)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("Undersheriff James Gage", "Genesee County Undersheriff James Gage", False),
        ("CHP Officer Baehr", "Highway Patrol Officer Baehr", False),
        ("Secretary-General António Guterres", "Guterres", False),
        ("A.J. Smith", "AJ Smith", False),
        ("Mark Smith", "John Smith", True),
        ("A.J. Smith", "AJ Butler", True),
    ],
)
def test_one_person_under_a_title_a_full_name_or_a_surname(a, b, differ):
    assert speakers_differ(_person(a), _person(b)) is differ
