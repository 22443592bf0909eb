"""A report's opening is its opening, however its text is laid out (session 30, speed34).

``judge/moments.report_moment`` takes the moment a report's figures are of from
its opening ("…, the agency said on Monday"). The opening was the text up to
the first blank line; a text written one sentence a line (every ECB+ article),
or pasted as one block, has none, so the whole article was read as its opening
and any "said Wednesday" or "in 2005" twenty lines down stamped every figure
of the report (and cost 185 readings of whole articles at 200 articles). The
opening is now any headline, byline or dateline standing alone, then the first
paragraph, at most its first three sentences.

Made-up reports in other places, nouns and wordings.
"""

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.moments import OPENING_SENTENCES, opening, report_moment

_DAY = date(2024, 6, 12)  # a Wednesday

_LINES = [
    "Floodwater cut the rail line between Arlon and Namur overnight.",
    "Crews worked through the night to clear debris from the tracks.",
    "Commuters were told to expect buses instead of trains.",
    "The operator has not said when the line will reopen.",
    "Farmers along the Meuse counted their losses.",
    "Several roads stayed under water into the morning.",
    "A regional official said on Monday that 14 bridges would need inspection.",
]


def _said(moments) -> list[str]:
    return [m[2] for m in moments]


@pytest.mark.parametrize("joiner", ["\n", " "], ids=["one sentence a line", "one block"])
def test_a_stamp_far_below_the_opening_is_not_the_report_s_moment(joiner):
    assert _said(report_moment(joiner.join(_LINES), _DAY)) == []


@pytest.mark.parametrize("joiner", ["\n", " "], ids=["one sentence a line", "one block"])
def test_a_stamp_among_the_first_sentences_is(joiner):
    lines = [_LINES[0], "The operator said on Tuesday that repairs would take a week.", *_LINES[1:]]
    assert _said(report_moment(joiner.join(lines), _DAY)) == ["Tuesday"]


def test_the_opening_reads_past_a_byline_standing_alone():
    text = (
        "By Marie Dupont\n\nGHENT — Police arrested 11 people after the match, the city "
        "said on Sunday.\n\nThe club said on Tuesday it would appeal."
    )
    assert _said(report_moment(text, _DAY)) == ["Sunday"]
    assert opening(text).endswith("the city said on Sunday.")


def test_a_headline_and_a_dateline_line_then_the_lede():
    text = (
        "Harbour cranes idle as strike spreads\nROTTERDAM\nDockers stopped work at four "
        "terminals, the union said late Monday.\nShipping lines diverted vessels.\n"
        "Talks resumed on Tuesday, a spokesman said on Tuesday."
    )
    assert _said(report_moment(text, _DAY)) == ["late Monday"]


def test_the_first_paragraph_ends_the_opening_as_before():
    text = (
        "A fire gutted a warehouse in Lille.\n\nThe fire service said on Monday that 40 "
        "firefighters had fought the blaze."
    )
    assert report_moment(text, _DAY) == ()
    assert opening(text) == "A fire gutted a warehouse in Lille."


def test_at_most_the_first_sentences_of_a_long_first_paragraph():
    sentences = [f"Sentence {n} of the lede tells more about the storm." for n in range(8)]
    text = " ".join(sentences)
    assert opening(text) == " ".join(sentences[:OPENING_SENTENCES])


def _report(tmp_path, name: str, outlet: str, published: str, lines: list[str]):
    front = f"---\ntitle: T\noutlet: {outlet}\npublished: {published}\n---\n"
    return write(tmp_path, name, front + "\n".join(lines) + "\n")


def test_a_count_is_not_stamped_by_a_statement_far_down_its_report(tmp_path, monkeypatch):
    """Two reports written one sentence a line: the later report's count has no
    moment of its own and its opening gives none; a "said on Monday" nine lines
    down once made it Monday's count, an update of Sunday night's."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    sunday = _report(
        tmp_path,
        "a.md",
        "Courier",
        "2024-03-03",
        [
            "A landslide buried the hamlet of Oreto on Sunday, the civil protection agency said.",
            "The agency said at 9pm on Sunday that 120 people had been injured.",
        ],
    )
    filler = [
        "Rescuers reached Oreto with dogs and heavy machinery.",
        "The road into the valley was opened to a single lane.",
        "Volunteers set up a kitchen in the church hall.",
        "Schools in the valley were closed for the week.",
        "The regional president visited the shelters.",
        "Engineers were checking the slope above the village.",
    ]
    monday = _report(
        tmp_path,
        "b.md",
        "Gazette",
        "2024-03-04",
        [
            "Rescuers dug through mud and rubble in Oreto.",
            "More than 200 people were injured, the agency said.",
            *filler,
            "The prime minister said on Monday that the state would pay for the rebuilding.",
        ],
    )
    found = analyze_paths([sunday, monday]).discrepancies
    told = [d for d in found if {d.sides[0].text, d.sides[1].text} == {"120", "More than 200"}]
    assert told, [(d.sides[0].text, d.sides[1].text) for d in found]
    assert not [d for d in told if "two moments" in d.explanation], told
