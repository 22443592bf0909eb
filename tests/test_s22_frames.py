"""A value that opens its clause, set off by a comma ("On Tuesday, the council
approved …"), dates the main clause after the comma: its frame is that
clause's own words (names left out, up to the clause's next figure). Read
only up to the comma its frame was empty, shared nothing, and the
different_measures row dropped the day of one happening told in two reports
(session 22, brief eng57: a check-in day 'Yesterday, on Friday, …' against
'checked herself in on Tuesday, December 9')."""

from __future__ import annotations

from datetime import date

import pytest

from workbench import thresholds
from workbench.judge import cases, rules
from workbench.judge.frames import frame
from workbench.model import Claim, Comparison, Fact, Verdict

PUBLISHED = date(2012, 6, 11)


def _value(sentence: str, value: str, article: str) -> tuple[Claim, Fact]:
    """A one-sentence claim and its fact ``value`` (a date, a time or a figure)."""
    from workbench.facts.quantity import find_quantities
    from workbench.facts.time import find_times

    claim = Claim(f"{article}:0", article, 0, 0, len(sentence), sentence)
    found = [*find_times(sentence, PUBLISHED), *find_quantities(sentence)]
    m = next(f for f in found if f.text == value)  # a length is found by both finders
    return claim, Fact(f"{article}:0:f0", claim.id, article, m.kind, m.start, m.end, m.text, {}, m)


def _frames(a: str, va: str, b: str, vb: str) -> tuple[frozenset[str], frozenset[str]]:
    width = thresholds.DEFAULT.judge.frame_words
    (ca, x), (cb, y) = _value(a, va, "a"), _value(b, vb, "b")
    return frame(ca, x, width), frame(cb, y, width)


@pytest.mark.parametrize(
    ("a", "va", "b", "vb"),
    [
        # a weekday opening the sentence: the verb and object after the comma
        ("On Tuesday, the county council approved the new budget.", "Tuesday",
         "The county council approved the new budget on Wednesday.", "Wednesday"),
        # two openers, the second naming the first ('Yesterday, on Friday, ...')
        ("Yesterday, on Friday, the singer apparently felt she had to be admitted.",
         "Yesterday",
         "The singer was admitted to the clinic on Tuesday, December 9.", "Tuesday, December 9"),
        # an opener after a semicolon opens its own clause
        ("Police arrived within minutes; on Monday, the suspect was charged with murder.",
         "Monday",
         "The suspect was charged with murder on Sunday, police said.", "Sunday"),
        # a month
        ("In March, regulators fined the airline for the delays.", "March",
         "Regulators fined the airline in April.", "April"),
    ],
)  # fmt: skip
def test_an_opening_date_is_framed_by_its_main_clause(a, va, b, vb):
    fa, fb = _frames(a, va, b, vb)
    assert fa & fb, (fa, fb)


@pytest.mark.parametrize(
    ("a", "va", "b", "vb"),
    [
        # the names of the story stand in both sentences; the happenings differ
        ("On Sunday night, the Los Angeles Angels withdrew their offer.", "Sunday night",
         "He was traded from Atlanta to Los Angeles in July.", "July"),
        ("Also today, President and General Manager Billy King named a new coach.", "today",
         "King took over as president and general manager on May 26, 2003.", "May 26, 2003"),
        # the words after another figure are that figure's: 'conviction' is what
        # 2008 dates, not what 'In August' does
        ("In August, the court tossed out a 2008 conviction.", "August",
         "The 2007 conviction was overturned in July.", "July"),
    ],
)  # fmt: skip
def test_an_opening_date_shares_no_name_and_no_other_figures_words(a, va, b, vb):
    fa, fb = _frames(a, va, b, vb)
    assert not fa & fb, (fa, fb)


def test_only_a_value_that_opens_its_clause_reads_past_its_comma():
    width = thresholds.DEFAULT.judge.frame_words
    # not set off by a comma: the words after it, up to the comma, as before
    ca, x = _value("Ten minutes after the alarm, crews reached the plant.", "Ten minutes", "a")
    assert frame(ca, x, width) == {"alarm"}
    # set off, but not opening its clause: the words before it, as before
    cb, y = _value("The council, on Tuesday, approved the budget.", "Tuesday", "b")
    assert frame(cb, y, width) == {"council"}
    # opening it: the main clause, names left out
    cc, z = _value("On Tuesday, the Springfield council approved the budget.", "Tuesday", "c")
    assert frame(cc, z, width) == {"council", "approv", "budget"}


def test_a_day_framed_by_its_main_clause_is_no_longer_dropped_as_another_measure():
    """The CANDIDATE table: two days of one approval in two reports, one of them
    opening its sentence, are compared (not different_measures); two days whose
    only common words are names still are not."""

    def row(a: str, va: str, b: str, vb: str) -> str | None:
        width = thresholds.DEFAULT.judge.frame_words
        (ca, x), (cb, y) = _value(a, va, "a"), _value(b, vb, "b")
        shared = len(frame(ca, x, width) & frame(cb, y, width))
        cmp = Comparison(Verdict.CONFLICT, "a vs b — conflict", x.text, y.text)
        case = cases.CandidateCase(x, y, cmp, shared, False, False)
        rule = rules.decide(rules.CANDIDATE, case)
        return rule.name if rule else None

    assert (
        row(
            "In March, regulators fined the airline for the delays.",
            "March",
            "Regulators fined the airline in April, a spokesman said.",
            "April",
        )
        != "different_measures"
    )
    assert (
        row(
            "On Sunday night, the Los Angeles Angels withdrew their offer.",
            "Sunday night",
            "He was traded from Atlanta to Los Angeles in July.",
            "July",
        )
        == "different_measures"
    )
