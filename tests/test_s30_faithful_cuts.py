"""Faithful partial quotes (session 30, issue 11): one outlet quotes a clause
of a statement another prints whole. Readers judged the question the tool left
("the dropped words carry no negation … — check") borderline: the text settles
it. A cut at a clause break, or of words the reporter writes outside the marks,
that drops no turning word is consistent ("shortened; meaning kept"); a cut that
drops a caveat stays flagged. Cases are made up; the patterns are the readers'."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.cutwords import cues
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(long_text: str, short_text: str):
    (a,) = find_quotes(long_text)
    (b,) = find_quotes(short_text)
    return compare_quotes(a, b, "A", "B", (long_text, short_text))


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # a clause after a semicolon
            "“We are not closing the depot to save money; we are moving it to grow,” Hale said.\n",
            "“We are not closing the depot to save money,” Hale said.\n",
        ),
        (  # a trailing 'however' of degree
            "“The pier stays shut until the engineers sign it off, however long that "
            "takes,” the mayor said.\n",
            "“The pier stays shut until the engineers sign it off,” the mayor said.\n",
        ),
        (  # a refusal to comment tagged on
            "“The cause of the fire is not yet known, and we will not speculate,” Ortiz said.\n",
            "“The cause of the fire is not yet known,” Ortiz said.\n",
        ),
        (  # the subject the reporter gives before the marks, a comma tail cut
            "“The vandals will be caught, wherever they are hiding,” Chief Odoma said.\n",
            "Chief Odoma said the vandals “will be caught”, and asked for witnesses.\n",
        ),
        (  # the turning word 'without' is the reporter's, just outside the marks
            "“Farmers in the northern valleys should be ready to be without water "
            "for ten days or longer,” Pryor said.\n",
            "Pryor said farmers in the north could be without water “for ten days or longer”.\n",
        ),
    ],
)
def test_a_faithful_shortening_is_consistent(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None
    assert d.verdict == Verdict.CONSISTENT, d.explanation
    assert "shortened; meaning kept" in d.explanation


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # a cut inside a clause at its end: what follows may bound it
            "“We will rebuild every home in the town by spring,” Lund said.\n",
            "“We will rebuild every home in the town,” Lund said.\n",
        ),
        (  # a bound in time dropped after a comma
            "“Trains will run on the coast line, until the bridge is inspected,” "
            "Tamsin Roe said.\n",
            "“Trains will run on the coast line,” Tamsin Roe said.\n",
        ),
        (  # a clause adding a statement of its own, joined by 'and'
            "“The crew did exactly what they were trained to do, and the pupils stayed "
            "calm,” Moray said.\n",
            "“The crew did exactly what they were trained to do,” Moray said.\n",
        ),
        (  # a negation that is no refusal to comment
            "“The water is safe to drink, and we cannot rule out another leak,” Vance said.\n",
            "“The water is safe to drink,” Vance said.\n",
        ),
    ],
)
def test_a_cut_that_may_bound_what_was_said_stays_a_question(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d and d.explanation


@pytest.mark.parametrize(
    "caveat",
    [
        "at this point, but that could change if the wind shifts",
        "for now, but the river is still rising",
        "but only while the pumps hold",
    ],
)
def test_a_dropped_caveat_turns_an_all_clear(caveat):
    long_text = f"“The smoke is below levels of concern {caveat},” Dr Amara said.\n"
    short_text = "“The smoke is below levels of concern,” Dr Amara said.\n"
    d = _diff(long_text, short_text)
    assert d is not None and d.verdict == Verdict.CONFLICT, d and d.explanation
    assert "but" in d.explanation


def test_without_the_articles_a_woven_cut_stays_a_question():
    """The words outside the marks are read from the article: with no text the
    cut of a head that carries 'without' is not known to be told."""
    (a,) = find_quotes("“Farmers should be ready to be without water for ten days,” Pryor said.\n")
    (b,) = find_quotes("Pryor said farmers could be without water “for ten days”.\n")
    d = compare_quotes(a, b, "A", "B")
    assert d is not None and d.verdict == Verdict.UNRESOLVED


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("and we will not speculate", []),
        ("and i urge people not to comment on it", []),
        ("and we won't discuss the victims", []),
        ("and we will not reopen it", ["a negation"]),
        ("however long the repairs take", []),
        ("however the board disagreed", ["a 'but'"]),
    ],
)
def test_cue_words_of_a_cut(words, kinds):
    assert [k for k, _at in cues(words.split(), tail=False)] == kinds


def test_a_quote_that_only_drops_a_dating_word_is_a_shortening():
    a = "“The school has no roof tonight. Children will learn in tents,” Ruiz said.\n"
    b = "“The school has no roof. Children will learn in tents,” Ruiz said.\n"
    d = _diff(a, b)
    assert d is not None and d.verdict == Verdict.CONSISTENT, d.explanation
    assert "only date the remark" in d.explanation
