"""Two wire copies of one quotation against a third source that differs: one
finding, the copies one version with both sources (session 26, quote33; a class
a fresh reader found in an authored event held out from this work — the cases
below are made up).

Subscribers sub-edit a wire story to their house style: 'metres' / 'meters',
'per cent' / 'percent', 'three' / '3', 'organisation' / 'organization'. The
quote family reads those as one wording, but the findings told the copies
apart: each copy was its own version, and where the words compared against the
third source took in a house spelling ('4.2 meters' / '3.8 metres') that side
was read as a measure, not as its quotation, and the two flags against one
source made two findings."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.house_style import house_words

OUTLETS = ("Courier", "Gazette", "Herald")


def _analyse(tmp_path, *bodies: str):
    articles = []
    for n, body in enumerate(bodies):
        p = tmp_path / f"{'abc'[n]}.txt"
        front = f"---\ntitle: t{n}\noutlet: {OUTLETS[n]}\npublished: 2025-06-10\n---\n"
        p.write_text(front + body + "\n", encoding="utf-8")
        articles.append(load_article(p))
    return analyze(articles)


FLOOD = (
    "Flooding closed the main road into Hartley on Monday after the river burst its banks. "
    "About 300 homes were evacuated overnight. {q} Emergency shelters opened at two schools. "
    "Forecasters expect more rain on Wednesday."
)
FLOOD_C = (
    "The river at Hartley burst its banks on Monday, flooding the main road. Some 300 homes "
    "were emptied during the night. {q} Two schools are being used as shelters."
)
STEEL = (
    "Shares of Norland Steel fell sharply on Tuesday after the company cut its forecast. "
    "The chief executive spoke to analysts. {q} Analysts said the cut was expected."
)
STEEL_C = "Norland Steel shares dropped on Tuesday as the company lowered its outlook. {q}"
AID = (
    "The charity appealed for donations on Friday after the earthquake in the north. Aid "
    "flights began on Thursday. {q} More flights are planned next week."
)
AID_C = "The charity asked the public for money on Friday after the quake struck the north. {q}"

CASES = [
    (  # a house spelling beside the figure compared
        FLOOD,
        '"The water reached 4.2 metres by midnight, the highest level in 40 years," Mayor '
        "Ruth Cole said.",
        '"The water reached 4.2 meters by midnight, the highest level in 40 years," Mayor '
        "Ruth Cole said.",
        FLOOD_C,
        '"The water reached 3.8 metres by midnight, the highest level in 40 years," Mayor '
        "Ruth Cole said.",
    ),
    (  # 'per cent' / 'percent'
        STEEL,
        '"We expect sales to fall 8 per cent this year, and we will cut 1,200 jobs," chief '
        "executive Tom Hale said.",
        '"We expect sales to fall 8 percent this year, and we will cut 1,200 jobs," chief '
        "executive Tom Hale said.",
        STEEL_C,
        '"We expect sales to fall 5 percent this year, and we will cut 1,200 jobs," chief '
        "executive Tom Hale said.",
    ),
    (  # British and American spelling elsewhere in the quotation
        AID,
        "\u201cOur organisation has sent 40 tonnes of food and medicine, and a second convoy "
        "leaves on Sunday,\u201d director Ana Ruiz said.",
        "\u201cOur organization has sent 40 tonnes of food and medicine, and a second convoy "
        "leaves on Sunday,\u201d director Ana Ruiz said.",
        AID_C,
        "\u201cOur organisation has sent 14 tonnes of food and medicine, and a second convoy "
        "leaves on Monday,\u201d director Ana Ruiz said.",
    ),
    (  # a number in words and in figures
        FLOOD,
        '"Three people are still missing and two bridges have collapsed," Mayor Ruth Cole said.',
        '"3 people are still missing and two bridges have collapsed," Mayor Ruth Cole said.',
        FLOOD_C,
        '"Five people are still missing and two bridges have collapsed," Mayor Ruth Cole said.',
    ),
    (  # the attribution put another way
        FLOOD,
        '"We have never seen the river this high, and we expect it to keep rising until '
        'Thursday," Mayor Ruth Cole said.',
        '"We have never seen the river this high, and we expect it to keep rising until '
        'Thursday," said Ruth Cole, the mayor.',
        FLOOD_C,
        '"We have seen the river this high before, and we expect it to fall by Thursday," '
        "Mayor Ruth Cole said.",
    ),
]


@pytest.mark.parametrize(("body", "qa", "qb", "body_c", "qc"), CASES)
def test_two_copies_against_a_third_are_one_finding_of_two_versions(
    tmp_path, body, qa, qb, body_c, qc
):
    analysis = _analyse(tmp_path, body.format(q=qa), body.format(q=qb), body_c.format(q=qc))
    pairs = [d for d in analysis.discrepancies if d.kind == "quote"]
    assert len(pairs) == 2, [d.explanation for d in pairs]  # a-c and b-c: pair flags stay
    found = [f for f in analysis.findings if f.kind == "quote"]
    assert len(found) == 1, [f.explanation for f in found]
    versions = sorted(sorted({s.article for s in v.sides}) for v in found[0].versions)
    assert versions == [["a", "b"], ["c"]]
    assert set(found[0].discrepancies) == {d.id for d in pairs}


def test_copies_that_really_differ_stay_two_versions(tmp_path):
    qa = (
        '"We have never seen the river this high, and we expect it to keep rising until '
        'Thursday," Mayor Ruth Cole said.'
    )
    qb = (
        '"We have never seen the river this high, and we expect it to keep rising until '
        'late Thursday," Mayor Ruth Cole said.'
    )
    qc = (
        '"We have seen the river this high before, and we expect it to fall by Thursday," '
        "Mayor Ruth Cole said."
    )
    analysis = _analyse(tmp_path, FLOOD.format(q=qa), FLOOD.format(q=qb), FLOOD_C.format(q=qc))
    found = [f for f in analysis.findings if f.kind == "quote"]
    assert len(found) == 1
    versions = sorted(sorted({s.article for s in v.sides}) for v in found[0].versions)
    assert versions == [["a"], ["b"], ["c"]]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("reached 4 2 metres", "reached 4 2 meters"),
        ("fall 8 per cent", "fall 8 percent"),
        ("three people are missing", "3 people are missing"),
        ("our organisation has sent", "our organization has sent"),
    ],
)
def test_house_style_is_one_version(x, y):
    assert house_words(x.split()) == house_words(y.split())


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("reached 4 2 metres", "reached 42 metres"),
        ("three people are missing", "four people are missing"),
        ("fall 8 per cent", "fall 8 cents"),
    ],
)
def test_different_words_stay_apart(x, y):
    assert house_words(x.split()) != house_words(y.split())
