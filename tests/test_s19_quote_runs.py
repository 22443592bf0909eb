"""A quotation that runs on across sentences and paragraphs is read whole
before it is compared (trial 28): left open at a paragraph's end and closed
later (mark-less paragraphs between), reopened by the paragraph convention,
or carried on in a new quoted paragraph after '," he said.' Read in pieces, a
quote was called cut at its first sentence and the changed words in it
("This is" / "It was a funny game") were never shown; small changes inside a
quote aligned only in part were never flagged. Words in editorial brackets are
the editor's, not the speaker's."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import match_quotes
from workbench.model import Verdict
from workbench.thresholds import current

# One quotation per text, written across lines in the ways news copy does.
RUNS = [
    (  # open at a paragraph's end, a bare paragraph, closed in the third
        "“The water rose faster than anyone expected.\n"
        "We moved the children upstairs first.\n"
        "Then the power went out,” the headteacher said.\n",
        "the water rose faster than anyone expected we moved the children upstairs "
        "first then the power went out",
    ),
    (  # paragraph convention: no closing mark before the next opening mark
        "“We had planned for a long winter.\n"
        "“Nobody planned for three storms in a week,” Mayor Ellen Ruiz said.\n",
        "we had planned for a long winter nobody planned for three storms in a week",
    ),
    (  # the speaker named after the first sentence, the quote goes on below
        "“The bridge is safe to cross,” engineer Tom Hale said.\n"
        "“We checked every cable twice and found nothing wrong.”\n",
        "the bridge is safe to cross we checked every cable twice and found nothing wrong",
    ),
    (  # the three together, sentence per line as wire copy prints it
        "“It was a long night,” Ruiz said.\n"
        "“The crews never stopped.\n"
        "They pumped water until dawn.\n"
        "“I have never been prouder of this town.”\n",
        "it was a long night the crews never stopped they pumped water until dawn "
        "i have never been prouder of this town",
    ),
]


@pytest.mark.parametrize(("text", "words"), RUNS)
def test_a_quotation_across_paragraphs_is_one_quote(text: str, words: str) -> None:
    quotes = find_quotes(text)
    assert [q.words for q in quotes] == [words]
    assert quotes[0].speaker is not None and quotes[0].speaker.key


NOT_RUNS = [
    # a stray opening mark never closed: the prose after it is not quoted
    "“The council met on Monday.\nIt approved the budget.\nIt adjourned.\n"
    "Members left early.\nThe next meeting is in May.\nNothing else was decided.\n",
    # a closed quote, then a sentence of prose: two things, not one quotation
    "“We will appeal,” the lawyer said.\nThe court sat again on Friday.\n",
]


@pytest.mark.parametrize("text", NOT_RUNS)
def test_prose_is_not_read_into_a_quotation(text: str) -> None:
    quoted = " ".join(q.words for q in find_quotes(text))
    assert "adjourned" not in quoted and "court sat" not in quoted


def test_a_new_speaker_starts_a_new_quotation() -> None:
    text = (
        "“We will rebuild,” Mayor Ellen Ruiz said.\n"
        "“It will take years,” said fire chief Tom Hale.\n"
    )
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert [q.speaker.key for q in quotes if q.speaker] == ["ruiz", "hale"]


def _one(text: str):
    (q,) = find_quotes(text)
    return q


def _diff(a_text: str, b_text: str):
    a, b = _one(a_text), _one(b_text)
    assert match_quotes(a, b) >= current().quote.same_quote
    return compare_quotes(a, b, "A", "B")


# One quotation read whole on both sides, words changed inside the stretch both
# quote, each side running on past the other at an end.
CHANGED_INSIDE = [
    (
        "“This is a strange season,” the coach said.\n"
        "“We were winning games but losing players every week.\nSo that worried us.”\n",
        "“It was a strange season, we were winning games but losing players every week,” "
        "the coach said.\n“The fans stayed with us.\n“Nobody gave up on this team.”\n",
        "this is",
    ),
    (
        "“He saw the gap and went through it,” Ortiz said.\n“Nobody else spotted it.”\n",
        "Ortiz said, “They played well.\nHe saw the gap and went straight through it.\n"
        "Nobody else spotted it.\nIt was a great run.”\n",
        "straight",
    ),
    (
        "“The reservoir is at forty percent and falling,” the minister said.\n"
        "“We are asking every household to cut use by a fifth.”\n",
        "“We are asking every household to cut use by a third.\n"
        "Rationing starts in June,” the minister said.\n",
        "third",
    ),
]


@pytest.mark.parametrize(("a_text", "b_text", "changed"), CHANGED_INSIDE)
def test_changed_words_inside_a_run_on_quote_are_shown(a_text, b_text, changed) -> None:
    d = _diff(a_text, b_text)
    assert d is not None and d.verdict is Verdict.CONFLICT
    assert changed in d.explanation


def test_only_a_different_cut_stays_unresolved() -> None:
    # cut inside a sentence on one side ("until dawn" / "until dawn and then …");
    # other whole sentences of one quotation are no change at all
    # (tests/test_s19_quote_whole_sentences.py)
    d = _diff(
        "“The crews never stopped,” Hale said.\n“They pumped water from the flooded "
        "cellars of the old town until dawn.”\n",
        "“They pumped water from the flooded cellars of the old town until dawn "
        "and then they slept in the station,” Hale said.\n",
    )
    assert d is not None and d.verdict is Verdict.UNRESOLVED


def test_editorial_brackets_are_not_the_speakers_words() -> None:
    d = _diff(
        "“He made a smart play by dropping off Dennis [Northcutt] on the slant,” "
        "Garrard said.\n“You never see that.”\n",
        "“He made a smart play by dropping off Dennis on the slant.\n"
        "You never see that,” Garrard said.\n",
    )
    assert d is None or d.verdict is not Verdict.CONFLICT


def test_a_tense_change_stays_unresolved() -> None:
    d = _diff(
        "“The fire progressed quickly through the roof,” the sergeant said.\n"
        "“Crews arrived within minutes.”\n",
        "“The fire has progressed quickly through the roof,” the sergeant said.\n",
    )
    assert d is not None and d.verdict is Verdict.UNRESOLVED
