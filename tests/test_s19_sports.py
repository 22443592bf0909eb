"""Sports copy (issue 11, trial 28): a fighter's or team's record is a set of
counts owned by its fighter or team, compared number by number with the same
owner's record; an ordinal quarter in a sentence about a game is a period of
play, not of the year; an abbreviation's plural is the abbreviation."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.facts.quantity.records import find_records
from workbench.facts.time.find import find_times
from workbench.text import content_tokens

DAY = date(2008, 12, 19)


def _analyse(tmp_path, *bodies):
    arts = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"{'abcdef'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: 2008-12-19\n---\n{body}\n", encoding="utf-8")
        arts.append(load_article(p))
    return analyze(arts)


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("Wladimir Klitschko (52-3, 46 KOs) stopped Rahman.", [("52", "win"), ("3", "loss")]),
        (
            "Hasim Rahman, 45-7-2, 36 KO's, was stopped.",
            [("45", "win"), ("7", "loss"), ("2", "draw")],
        ),
        ("The win improved the champion to 24-1.", [("24", "win"), ("1", "loss")]),
        ("The Jaguars fell to 5-10 with the loss.", [("5", "win"), ("10", "loss")]),
        ("Serena Williams (31-2) reached the final.", [("31", "win"), ("2", "loss")]),
        ("The Colts (11-4) clinched a playoff berth.", [("11", "win"), ("4", "loss")]),
    ],
)
def test_a_record_is_read_as_wins_losses_and_draws(sentence, counts):
    assert [(m.text, m.counted) for m in find_records(sentence)] == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Colts won 31-24 on Thursday night.",
        "Jacksonville took a 14-0 lead in the second quarter.",
        "The court ruled 5-4 that the law stands.",
        "Sales rose 3-5% in the 2008-09 season.",
        "The council voted 7-2 to approve the budget.",
        "India were 245-6 at stumps.",
    ],
)
def test_scores_votes_ranges_and_dates_are_no_record(sentence):
    assert find_records(sentence) == []


def _verdicts(analysis):
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in analysis.discrepancies}


def test_one_owners_records_are_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "Champion Wladimir Klitschko, 53-3, 47 KO's, stopped Hasim Rahman, 45-7-2, 36 KO's, "
        "in the seventh round on Saturday.",
        "Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman (45-7-2, 36 KOs) in the "
        "seventh round on Saturday.",
    )
    v = _verdicts(an)
    assert v.get(("53", "52")) == "conflict"
    assert v.get(("47", "46")) == "conflict"
    # Rahman's figures agree and are never set against Klitschko's
    assert not any(
        (a in ("53", "47") and b in ("45", "36")) or (a in ("45", "36") and b in ("52", "46"))
        for a, b in v
    )
    assert any("wins" in d.explanation for d in an.discrepancies)


def test_records_of_two_owners_are_not_compared(tmp_path):
    an = _analyse(
        tmp_path,
        "The Celtics (30-8) beat the Knicks (12-25) on Friday night at the Garden.",
        "The Knicks (12-25) lost to the Celtics (29-9) on Friday night at the Garden.",
    )
    v = _verdicts(an)
    assert v.get(("30", "29")) == "conflict"
    assert not any({a, b} & {"12", "25"} and {a, b} & {"30", "8", "29", "9"} for a, b in v)


def test_a_record_is_not_a_count_of_wins_by_knockout(tmp_path):
    an = _analyse(
        tmp_path,
        "The victory took the Ukrainian's record to 52-3 on Saturday in Mannheim.",
        "The victory took the Ukrainian to 46 wins by knockout on Saturday in Mannheim.",
    )
    assert not any({d.sides[0].text, d.sides[1].text} == {"52", "46"} for d in an.discrepancies)


@pytest.mark.parametrize(
    "sentence",
    [
        "Garrard ran for two yards to give Jacksonville a 14-0 lead in the second quarter.",
        "The Colts entered the final quarter 10 points down.",
        "The Lakers outscored Boston 31-20 in the third quarter.",
        "He threw for 329 yards, but late in the fourth quarter he made mistakes.",
        "The Jaguars punted to start the fourth quarter.",
    ],
)
def test_a_quarter_of_a_game_is_no_quarter_of_the_year(sentence):
    assert not [t for t in find_times(sentence, DAY) if t.granularity == "quarter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple's fourth-quarter profit rose 3-5 percent.",
        "The company lost $2 million in the second quarter.",
        "Unemployment rose 0.3 points in the third quarter.",
    ],
)
def test_a_business_quarter_stays_a_date(sentence):
    assert [t for t in find_times(sentence, DAY) if t.granularity == "quarter"]


def test_the_plural_of_an_abbreviation_is_the_abbreviation():
    assert content_tokens("47 KO's") == content_tokens("47 KOs") == content_tokens("47 KO")
    assert content_tokens("two MPs") == content_tokens("two MP's")
    assert content_tokens("the US said") != content_tokens("the U said")


def test_a_record_whose_owner_the_other_sentence_never_names_is_someone_elses(tmp_path):
    an = _analyse(
        tmp_path,
        "Champion Wladimir Klitschko, 53-3, 47 KO's, stopped Hasim Rahman, 45-7-2, 36 KO's, "
        "in the seventh round on Saturday.",
        "Rahman fell to 45-7-2 and is now 10-5-2 since beating Lennox Lewis in the seventh "
        "round on Saturday.",
    )
    assert not any(
        {d.sides[0].text, d.sides[1].text} & {"53", "10"} == {"53", "10"} for d in an.discrepancies
    )


def test_two_records_of_one_owner_in_a_sentence_are_not_guessed_at(tmp_path):
    an = _analyse(
        tmp_path,
        "The Jaguars (5-10) lost again and fell to 2-6 at home this season on Thursday night.",
        "The loss ended a home campaign in which the Jaguars went 2-6 on Thursday night.",
    )
    assert not any(
        d.sides[0].text in ("5", "10") or d.sides[1].text in ("5", "10")
        for d in an.discrepancies
        if str(d.verdict) == "conflict"
    )
