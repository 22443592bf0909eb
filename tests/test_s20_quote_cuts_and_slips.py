"""Quotes as fresh readers judged them (session 20, J20c/J20d): a lead-in cut
is no alteration, a quotation running on into the next one is compared on the
sentences both quote, a stray opening mark before the attribution closes the
quote, a one-letter slip is a spelling question, and each side shows a like
span. Cases are made up; the patterns are the readers'."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _one(text: str):
    (q,) = find_quotes(text)
    return q


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (  # lead-in cut, the longer one's quotation runs on into a next quote
            "“I saw a flash but it was a flare,” Lopez said.\n“I ran to my car.”\n",
            "“At that moment, I saw a flash, but it was a flare,” said Lopez.\n",
        ),
        (
            "“We will open the bridge to traffic on Friday,” Mills said.\n",
            "“And I just wanted to say that we will open the bridge to traffic on Friday,” "
            "Mills said.\n",
        ),
        (  # a contraction written out and an optional "that" besides the lead-in
            "“I know the storm hurt a lot of people and I'm sorry,” Reyes said.\n",
            "“I just wanted to say that I know that the storm hurt a lot of people and "
            "I am sorry,” Reyes said.\n",
        ),
    ],
)
def test_a_lead_in_cut_is_no_alteration(a_text, b_text):
    quotes_a, quotes_b = find_quotes(a_text), find_quotes(b_text)
    assert compare_quotes(quotes_a[0], quotes_b[0], "A", "B") is None


@pytest.mark.parametrize(
    ("lead", "verdict"),
    [
        # a negation over the rest, or a condition: the cut turns it (session 28,
        # tests/test_s28_quote_turning_cuts.py)
        ("I don't think", Verdict.CONFLICT),
        ("Only if the council pays,", Verdict.CONFLICT),
        ("Since Monday", Verdict.UNRESOLVED),
        # a negation then "that": the cut says the opposite (session 24,
        # tests/test_s24_quote_cuts.py)
        ("It is not true that", Verdict.CONFLICT),
    ],
)
def test_a_lead_in_that_turns_the_rest_stays_a_question(lead, verdict):
    rest = "we will open the bridge to traffic on Friday"
    a = _one(f"“{lead} {rest},” Mills said.\n")
    b = _one(f"“{rest.capitalize()},” Mills said.\n")
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == verdict


def test_a_quotation_continued_after_a_described_speaker_is_read_whole():
    """'…," said Ann Lee, mother of the victim, Tom Lee. / "Which is …': one
    quotation, so the other source's whole sentence is no cut."""
    split = find_quotes(
        "“He will never walk free again,” said Ann Lee, the mother of the victim, "
        "the late Tom Lee of Dayton.\n“Which is what he deserves for the rest of his life.”\n"
    )
    whole = _one("“He will never walk free again, which is what he deserves for the rest of "
                 "his life,” said Ann Lee.\n")  # fmt: skip
    assert len(split) == 1
    assert compare_quotes(split[0], whole, "A", "B") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“We did not grow the way we had hoped, “said Brand.\n", "we did not grow", "Brand"),
        ("“The van hit two cars, “ police said in a statement.\n", "the van hit two cars", None),
        (
            "“We lost the match today, “Coach Ray Dunn told reporters.\n",
            "we lost the match",
            "Dunn",
        ),
    ],
)
def test_an_opening_mark_before_the_attribution_closes_the_quote(text, words, speaker):
    (q,) = find_quotes(text)
    assert q.words.startswith(words) and "said" not in q.words and "told" not in q.words
    if speaker:
        assert q.speaker is not None and speaker in q.speaker.name


def test_a_mark_opening_a_nested_title_is_not_read_as_closing():
    (q,) = find_quotes("“We sang, “Silent Night” and left,” she said.\n")
    assert q.words.startswith("we sang")


@pytest.mark.parametrize(
    ("a_word", "b_word"),
    [("practised", "pracitised"), ("neighbourhood", "neighborhod"), ("received", "recieved")],
)
def test_a_one_letter_slip_is_a_spelling_question(a_word, b_word):
    a = _one(f"“The crews {a_word} the drill twice before noon,” Ochoa said.\n")
    b = _one(f"“The crews {b_word} the drill twice before noon,” Ochoa said.\n")
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED
    assert "spelling" in diff.explanation


@pytest.mark.parametrize(("a_word", "b_word"), [("then", "than"), ("form", "from"), ("100", "10")])
def test_a_short_or_numeric_word_changed_is_still_a_change(a_word, b_word):
    a = _one(f"“We had {a_word} fewer boats in the harbour this year,” Ochoa said.\n")
    b = _one(f"“We had {b_word} fewer boats in the harbour this year,” Ochoa said.\n")
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT


def test_british_spelling_and_a_clock_written_out_are_one_wording():
    a = _one("“Police sealed the neighbourhood until just after 6 p.m.,” Fanning said.\n")
    b = _one("“Police sealed the neighborhood until just after 6:00 p.m.,” Fanning said.\n")
    assert compare_quotes(a, b, "A", "B") is None


def test_a_word_missing_shows_like_spans_on_both_sides():
    text_a = "“He served his own personal wishes and desires,” Nash said.\n"
    text_b = "“He served his own wishes and desires,” Nash said.\n"
    diff = compare_quotes(_one(text_a), _one(text_b), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert text_a[diff.a_span[0] : diff.a_span[1]] == "own personal wishes"
    assert text_b[diff.b_span[0] : diff.b_span[1]] == "own wishes"
