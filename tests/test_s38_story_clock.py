"""Session 38 (issue 11, class 1): a relative time read from the publication date
where the story's own clock should decide.

- "British police arrested a 19-year-old in Salford a month earlier." after "A man
  was arrested in Rotterdam in April." was a month before publication (October in
  a November paper): a count of units closing a sentence that tells no date of its
  own is counted from the date told last (:mod:`workbench.facts.time.laterby`).
- "had burned 8,400 hectares (nearly 21,000 acres) by Wednesday morning" in a
  Thursday paper was next Wednesday: the bracketed conversion broke the clause, so
  the past perfect no longer governed the day (:mod:`workbench.facts.time.tense`).
Own cases: other units, counts, verbs and conversions; controls that keep their
reading (a base of comparison, a phrase inside a clause with a date of its own).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times, find_times_in_document

PUB = date(2026, 11, 25)  # a Wednesday


def _last(sentences: list[str], pub: date = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times_in_document(sentences, pub)[-1]]


@pytest.mark.parametrize(
    ("before", "sentence", "said", "timex"),
    [
        ("A man was arrested in Rotterdam in April.",
         "British police arrested a 19-year-old in Salford a month earlier.",
         "a month earlier", "2026-03"),
        ("The plant reopened on 3 June.", "Engineers had found the fault two weeks earlier.",
         "two weeks earlier", "2026-05-20"),
        ("The council approved the plan in June.",
         "The mayor had first proposed it three months earlier.",
         "three months earlier", "2026-03"),
        ("The bridge was closed on 2 September 2024.",
         "Inspectors had flagged the cracks six months earlier.",
         "six months earlier", "2024-03-02"),
        ("The strike began in February.", "Talks had broken down two months earlier!",
         "two months earlier", "2025-12"),
    ],
)  # fmt: skip
def test_a_count_closing_an_undated_sentence_counts_from_the_date_told_last(
    before, sentence, said, timex
):
    assert (said, timex) in _last([before, sentence])


@pytest.mark.parametrize(
    ("before", "sentence", "said"),
    [
        ("Sales rose 5% in October.", "That was up from a month earlier.", "a month earlier"),
        ("Sales rose 5% in October.", "They fell in March and a month earlier.",
         "a month earlier"),
    ],
)  # fmt: skip
def test_a_base_of_comparison_or_a_dated_sentence_is_not_counted_so(before, sentence, said):
    alone = [(m.text, m.timex) for m in find_times(sentence, PUB) if m.text == said]
    got = [p for p in _last([before, sentence]) if p[0] == said]
    assert got == alone


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("The fire, in the valley's south, had burned 8,400 hectares (nearly 21,000 acres) "
         "by Monday morning, according to the wildfire service, which said little.",
         "Monday morning", "2026-11-23TMO"),
        ("The slick, off the north coast, had spread over 40 miles (64 km) of shoreline "
         "by Monday, officials in the port town said.", "Monday", "2026-11-23"),
        ("The company, based in Leeds, had paid £1.2bn (about €1.4bn) for the business "
         "by Tuesday, according to the filing it made.", "Tuesday", "2026-11-24"),
    ],
)  # fmt: skip
def test_a_figures_conversion_in_brackets_does_not_break_the_clause(sentence, said, timex):
    assert (said, timex) in [(m.text, m.timex) for m in find_times(sentence, PUB)]


@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("Initial attack held it near 600 hectares overnight, but on the afternoon of "
         "Aug. 11 the temperature reached 36 C.", "2026-08-10TNI"),
        ("Power returned overnight after the 2 August storm.", "2026-08-02TNI"),
        ("Rain fell overnight before the 14 August final.", "2026-08-13TNI"),
        ("On 3 August the dam failed, and the water rose overnight.", "2026-08-03TNI"),
        ("Crews dug overnight to reach the miners trapped since 9 Aug.", "2026-08-09TNI"),
    ],
)  # fmt: skip
def test_overnight_is_the_night_beside_the_date_its_sentence_writes(sentence, timex):
    found = [m.timex for m in find_times(sentence, date(2026, 8, 19)) if m.text == "overnight"]
    assert found == [timex]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire grew overnight, officials said Wednesday.",  # a weekday: the statement's day
        "The fire grew overnight.",
        "The fire grew overnight; it began on 4 August and was held on 9 August.",  # two dates
    ],
)
def test_overnight_without_one_calendar_date_is_the_night_before_publication(sentence):
    found = [m.timex for m in find_times(sentence, date(2026, 8, 19)) if m.text == "overnight"]
    assert found == ["2026-08-18TNI"]


def test_a_date_told_sentences_before_is_not_the_count_s_anchor():
    # real copy (ECB+ 18_6): the firing is four days before the shooting, not before
    # the verdict day two sentences back; read as a length, as before
    sentences = [
        "A jury on Tuesday convicted a man charged in an April 2007 shooting at a firm.",
        "He was found guilty of murder.",
        "The defence argued that mental illness was to blame.",
        "He shot his co-workers because he was furious over his firing four days earlier.",
    ]
    assert _last(sentences, date(2008, 4, 30)) == [("four days", "P4D")]
