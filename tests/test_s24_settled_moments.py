"""Questions the text already settles (issue 11, session 24): a named party's
figure told at two moments. Readers judged every such question on the ECB+
test half wrong or borderline: the article that tells of the change names the
first figure itself ("upgraded their initial offer -- $160 million -- to …"),
so another article giving that first figure is no discrepancy; and a later
rumour about one offer ("though subsequent rumors suggested … lower") changes
no offer, so a figure it contradicts is a conflict. Made-up copy: sport,
takeovers and property, in dollars, pounds and euros."""

import pytest
from conftest import analyse_bodies

from workbench.facts.owned import account_between, later_between

_FILLER = (
    "The striker scored 21 goals last season for the club.\n"
    "Talks are expected to continue through the weekend.\n"
)


def _money(found):
    return [(d.verdict.value, d.rule) for d in found.discrepancies if d.kind == "money"]


@pytest.mark.parametrize(
    ("one", "other", "figure_and_neither"),
    [
        (
            "Last week at the draft meetings, the Portland Pilots made Okafor a five-year, "
            "$90 million offer.",
            "One report suggested that the Portland Pilots have upgraded their initial offer "
            "to Okafor -- five years, $90 million -- to somewhere between $100 million and "
            "$105 million.",
            ("$90 million", "$95 million"),
        ),
        (
            "Vantor Group offered £2 million for the harbour site on Monday.",
            "Vantor Group initially offered £2 million for the harbour site and later raised "
            "its offer to £3 million, the council said.",
            ("£2 million", "£2.5 million"),
        ),
        (
            "On Monday the Hawks offered Okafor a four-year deal worth $60 million, his agent "
            "confirmed.",
            "The Hawks upgraded their initial offer to Okafor -- four years, $60 million -- to "
            "$72 million over the same term.",
            ("$60 million", "$66 million"),
        ),
    ],
)
def test_an_earlier_moment_the_article_names_is_not_shown(tmp_path, one, other, figure_and_neither):
    (tmp_path / "told").mkdir()
    (tmp_path / "neither").mkdir()
    found = analyse_bodies(tmp_path / "told", _FILLER + one, _FILLER + other)
    assert not [f for f in _money(found) if f[0] in ("conflict", "unresolved")], _money(found)
    # the same pair with a figure of neither moment is still asked about
    figure, neither = figure_and_neither
    found = analyse_bodies(
        tmp_path / "neither", _FILLER + one.replace(figure, neither), _FILLER + other
    )
    assert ("unresolved", "owned_moments") in _money(found), _money(found)


def test_a_figure_of_neither_moment_is_a_question_naming_both(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Last week at the draft meetings, the Portland Pilots made Okafor a "
        "five-year, $95 million offer.",
        _FILLER + "One report suggested that the Portland Pilots have upgraded their initial "
        "offer to Okafor -- five years, $90 million -- to somewhere between $100 million "
        "and $105 million.",
    )
    flags = [d for d in found.discrepancies if d.rule == "owned_moments"]
    assert flags and all(d.verdict.value == "unresolved" for d in flags)
    assert "two moments" in flags[0].explanation and "$90 million" in flags[0].explanation


def test_a_later_account_against_a_figure_is_a_conflict(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Lynch reported the Mariners offered Okafor a seven-year deal worth "
        "$140 million, sources said.",
        _FILLER + "Various news reports late last week pegged the Mariners offer to be as "
        "high as $140 million over seven years, though subsequent rumors suggested that the "
        "numbers are a little lower -- perhaps between $100 million and $110 million.",
    )
    flags = [d for d in found.discrepancies if d.rule == "owned_later_account"]
    assert flags and all(d.verdict.value == "conflict" for d in flags)
    assert "later account" in flags[0].explanation


@pytest.mark.parametrize(
    ("head", "between", "later", "account"),
    [
        # a change told as a change
        ("The club upgraded its initial offer -- five years, ", " -- to ", True, False),
        ("The firm initially offered ", " and later raised it to ", True, False),
        # a later account of one figure
        (
            "Reports pegged the offer as high as ",
            ", though subsequent rumours suggested it was lower, perhaps ",
            True,
            True,
        ),
        ("Early reports put the bid at ", ", but later reports said it was ", True, True),
        # no later moment at all
        ("The offer was worth ", " or, per season, ", False, False),
    ],
)
def test_a_change_and_a_later_account(head, between, later, account):
    assert later_between(head, between) is later
    assert account_between(head, between) is account
