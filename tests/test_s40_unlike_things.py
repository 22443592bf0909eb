"""Two readings of issue 11 (session 40, conflict precision) that made
conflicts of unlike things, each with made-up sentences of several domains,
in both orders:

1. A word of repetition written before a noun names the period its figure
   covers ("the highest monthly total", "the annual rate of 3.8%"): two such
   words before nouns that share no word are two different things, no flag
   (facts/period_noun.py, judge/repetitions_apart.py). Two before one noun
   ("weekly meetings" / "monthly meetings"), or one standing alone ("meets
   monthly"), still conflict.
2. A negation inside a clause the kept words do not continue ("around the
   table today, not next week, because every day …") denies nothing of what
   follows the "because", "so" or "while": a quote that keeps only those words
   is no conflict (facts/quote/sentencewise.denied_before). "not because …"
   still denies the reason, and "because of" is no clause.
3. A promise told in the past ("has promised findings by Thursday, November
   14") sets a deadline ahead: this year's day, its weekday shown wrong
   (facts/time/deadline.py).
4. A day the other sentence states itself is not set against that
   sentence's other day (judge/day_twin.py).
"""

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.period_noun import qualified_words
from workbench.facts.quote.sentencewise import denied_before
from workbench.facts.time import find_times


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(lead: str, a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + f"{lead} {a}\n"),
            write(tmp_path, "b.md", front.format("Gazette") + f"{lead} {b}\n"),
        ]
        return {(d.kind, d.verdict.value) for d in analyze_paths(paths).discrepancies}

    return run


def _both_orders(flags, lead, a, b):
    return flags(lead, a, b) | flags(lead, b, a)


def _at(sentence: str, word: str) -> tuple[str, int, int]:
    i = sentence.index(word)
    return sentence, i, i + len(word)


@pytest.mark.parametrize(
    ("sentence", "word", "words"),
    [
        ("It was the highest monthly total since 2019.", "monthly", {"total", "sinc"}),
        ("He cited the annual rate of 3.8%.", "annual", {"rate"}),
        ("It equals 15% of a quarterly electricity bill.", "quarterly", {"electricity", "bill"}),
        ("Annual consumer price inflation slowed.", "Annual", {"consumer", "pric", "infl"}),
        ("The council meets monthly in the town hall.", "monthly", set()),
        ("Figures are published weekly by the agency.", "weekly", set()),
        ("The checks are done on a weekly basis.", "weekly", set()),
    ],
)
def test_what_a_word_of_repetition_qualifies(sentence, word, words):
    assert qualified_words(*_at(sentence, word)) == frozenset(words)


LEAD = "The regulator fined the operator on Tuesday after the outage left homes dark."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Mortgage approvals rose to 4,870, the highest monthly total since 2022, the "
            "governor said.",
            "Mortgage approvals rose, the governor said, pointing to the annual rate of 3.8%.",
        ),
        (
            "The fine, the regulator said, equals 3.5% of the operator's annual turnover.",
            "The fine, the regulator said, equals 15% of a typical quarterly household bill.",
        ),
        (
            "Passenger numbers hit a record daily average of 41,000 in March, the airport said.",
            "Passenger numbers hit a record in March, the airport said, topping its monthly "
            "target.",
        ),
        (
            "Sales rose 4% in May, the highest monthly gain this year, the agency said.",
            "Sales rose 4% in May, the agency said, lifting the annual growth rate to 2.1%.",
        ),
    ],
)
def test_repetitions_of_different_things_are_not_compared(flags, a, b):
    assert ("set", "conflict") not in _both_orders(flags, LEAD, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The board holds weekly meetings on the plan, the regulator said.",
            "The board holds monthly meetings on the plan, the regulator said.",
        ),
        (
            "The board meets weekly to review the plan, the regulator said.",
            "The board meets monthly to review the plan, the regulator said.",
        ),
    ],
)
def test_one_schedule_told_two_ways_still_conflicts(flags, a, b):
    assert ("set", "conflict") in _both_orders(flags, LEAD, a, b)


@pytest.mark.parametrize(
    ("words", "at"),
    [
        # a negation of a phrase before the reason: the reason is said
        ("we must meet today not next week because every hour costs jobs", 8),
        ("the line must reopen now and not in spring so that freight can move", 11),
        ("it was never about money while the pensions are safe", 6),
    ],
)
def test_a_negation_before_a_reason_denies_nothing_after_it(words, at):
    assert denied_before(words.split(), at) == ""


@pytest.mark.parametrize(
    ("words", "at"),
    [
        ("we resigned not because the board asked us", 4),
        ("it is not true because of the audit that the plant is safe", 9),
        ("it would be wrong to say the company ignored the warnings", 6),
    ],
)
def test_a_negation_that_governs_the_kept_words_still_denies(words, at):
    assert denied_before(words.split(), at) != ""


@pytest.mark.parametrize(
    ("lead", "long_", "short"),
    [
        (
            "Mayor Ann Price urged both sides to resume talks.",
            '"Both sides must meet this week, not next month, because every day of this '
            'strike costs the port jobs," Price said.',
            'Price has often said that "every day of this strike costs the port jobs".',
        ),
        (
            "Dr Omar Reyes asked the board to act.",
            '"The ward should reopen in May and not in June, so that patients can be treated '
            'near home," Reyes said.',
            'Reyes argued that "patients can be treated near home".',
        ),
    ],
)
def test_a_quote_kept_after_a_negated_phrase_is_no_conflict(flags, lead, long_, short):
    found = _both_orders(flags, lead, long_, short)
    assert ("quote", "conflict") not in found


# 3. A promise told in the past sets a deadline ahead of the telling, as an
#    instruction does (facts/time/deadline.py): the day written without its
#    year is the one nearest publication, and a weekday it does not fall on is
#    shown wrong, never fitted by moving the day to last year.
PUB = date(2026, 3, 10)  # a Tuesday


def _day(sentence: str, said: str) -> tuple[str, str] | None:
    return next(((m.timex, m.value) for m in find_times(sentence, PUB) if m.text == said), None)


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("The minister has promised a full report by April 30.", "April 30", "2026-04-30"),
        ("The lender pledged to repay depositors by May 15.", "May 15", "2026-05-15"),
        ("She vowed to finish the audit before 1 June.", "1 June", "2026-06-01"),
        ("The operator committed to reopening the line by 20 April.", "20 April", "2026-04-20"),
        ("The club guaranteed refunds no later than June 12.", "June 12", "2026-06-12"),
    ],
)
def test_a_deadline_promised_in_the_past_is_the_one_ahead(sentence, said, timex):
    got = _day(sentence, said)
    assert got is not None and got[0] == timex


@pytest.mark.parametrize(
    ("sentence", "said", "timex", "weekday"),
    [
        # 16 April 2026 is a Thursday (a Wednesday in 2025)
        ("The panel has promised its findings by Wednesday, April 16.", "Wednesday, April 16",
         "2026-04-16", "Wednesday"),
        # 14 May 2026 is a Thursday (a Wednesday in 2025)
        ("The firm pledged to pay staff by Wednesday 14 May.", "Wednesday 14 May",
         "2026-05-14", "Wednesday"),
    ],
)  # fmt: skip
def test_a_promised_day_keeps_its_year_and_shows_its_wrong_weekday(sentence, said, timex, weekday):
    got = _day(sentence, said)
    assert got is not None and got[0] == timex and f"not a {weekday}" in got[1]


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("The goods were delivered by April 30.", "April 30", "2025-04-30"),
        ("The promised cash had arrived by 2 April.", "2 April", "2025-04-02"),
    ],
)
def test_a_past_happening_by_a_day_keeps_the_past(sentence, said, timex):
    got = _day(sentence, said)
    assert got is not None and got[0] == timex


# 4. A day the other sentence states itself, by another of its dates, is about
#    that twin: its conflict with the other sentence's second day ("lifted on
#    Sunday after the record set on Wednesday of last week") is the engine
#    taking the wrong day of a sentence of two (judge/day_twin.py).
def _dated(tmp_path, a: str, b: str) -> set[tuple[str, str, str]]:
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-11\n---\n"  # a Monday
    found = set()
    for x, y in ((a, b), (b, a)):
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + f"{x}\n"),
            write(tmp_path, "b.md", front.format("Gazette") + f"{y}\n"),
        ]
        for d in analyze_paths(paths).discrepancies:
            found.add((d.verdict.value, *sorted(s.text for s in d.sides)))
    return found


@pytest.mark.parametrize(
    ("a", "b", "other_day"),
    [
        (
            "The bridge was closed on Monday at 9am after engineers found a crack in the deck.",
            "Traffic returned on Friday, four days after the bridge was closed on Monday when "
            "engineers found a crack in the deck.",
            "Friday",
        ),
        (
            "Spain's new record of 48.1C was set at Ecija on Wednesday at 16:40, beating the "
            "old mark.",
            "The speed limit was lifted on Sunday after Spain's record of 48.1C, set at Ecija on "
            "Wednesday of last week, was followed by a cool weekend.",
            "Sunday",
        ),
        (
            "The river peaked at 5.2 metres at Bewdley on Tuesday at 18:00, the agency said.",
            "Flood barriers were removed on Friday after the river peaked at 5.2 metres at "
            "Bewdley on Tuesday, the agency said.",
            "Friday",
        ),
        (
            "The ferry sank off the cape on Friday at dawn, the coastguard said.",
            "Divers reached the wreck on Sunday, two days after the ferry sank off the cape on "
            "Friday, the coastguard said.",
            "Sunday",
        ),
    ],
)
def test_a_day_the_other_sentence_states_is_not_set_against_its_other_day(
    tmp_path, monkeypatch, a, b, other_day
):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    found = _dated(tmp_path, a, b)
    assert not any(v == "conflict" and other_day in sides for v, *sides in found)


def test_two_days_of_one_happening_still_conflict(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    found = _dated(
        tmp_path,
        "The bridge was closed on Monday at 9am after engineers found a crack in the deck.",
        "The bridge was closed on Tuesday at 9am after engineers found a crack in the deck, "
        "and reopened on Friday.",
    )
    assert ("conflict", "Monday", "Tuesday") in found
