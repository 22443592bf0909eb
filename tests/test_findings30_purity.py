"""Claim groups that hold one claim (issue 15, align30; impure groups of the
development readers G4, G5 and G9): a stage of a case undone (a conviction
overturned, charges dropped) is another happening than the stage itself, and a
concession closing a sentence ("..., though fans bemoaned his age, the age of
X when ...") is a side part to the sentence's end (``findings.apart``,
``findings.passing``)."""

from __future__ import annotations

from conftest import claims_of

from workbench import findings
from workbench.findings.apart import different_claims, other_stages, stages
from workbench.findings.passing import in_passing, main_part
from workbench.findings.ranks import other_scopes, scopes
from workbench.model import Alignment

_claims = claims_of


def _always(a: str, b: str) -> float:
    return 1.0


def test_a_stage_undone_is_read_either_way_round():
    assert "undone" in stages("An appeals court overturned her 2015 fraud conviction.")
    assert "undone" in stages("The charges against the two guards were dropped on Friday.")
    assert "undone" in stages("A judge threw out the indictment, citing a faulty warrant.")
    assert "undone" in stages("The high court set aside his sentence of twelve years.")
    assert "undone" in stages("Her conviction was quashed by the Court of Appeal.")
    # an undoing verb with no stage's noun near it undoes nothing
    assert "undone" not in stages("The coach was dismissed after he was charged with assault.")
    assert "undone" not in stages("The mayor threw out the first pitch before the trial.")
    assert "undone" not in stages("Shares dropped 5% after the verdict was read.")


def test_a_stage_undone_is_another_claim_than_the_stage():
    convicted = "A jury convicted the former treasurer of embezzling $2 million in 2016."
    overturned = "In March, an appeals court overturned the 2016 conviction of the treasurer."
    held = "The treasurer has been in prison since his arrest and conviction for embezzlement."
    assert other_stages(convicted, overturned)
    assert other_stages(held, overturned)
    # both tell the reversal: one claim, whatever else they name
    assert not other_stages(
        overturned, "The former treasurer's conviction was tossed out by an appeals panel."
    )
    # charges dropped against charges brought
    assert other_stages(
        "Prosecutors charged the driver with manslaughter.",
        "Prosecutors dropped the manslaughter charges against the driver.",
    )
    # a sentence naming no stage is never kept apart by this rule
    assert not other_stages("The treasurer left prison on Tuesday.", overturned)


def test_a_group_keeps_the_reversal_apart_from_the_conviction():
    claims = _claims(
        {
            "A": ["The state supreme court threw out the 2009 conviction of the pastor for fraud."],
            "B": ["The pastor has been jailed since his arrest and conviction for fraud in 2009."],
            "C": ["The pastor was convicted of fraud in 2009 and jailed."],
        }
    )
    strong = [
        Alignment("A:0", "B:0", 0.9),
        Alignment("B:0", "C:0", 0.85),
        Alignment("A:0", "C:0", 0.8),
    ]
    (together,) = findings.claim_groups(claims, strong, _always, join=strong)
    assert len(together.members) == 3
    apart = different_claims(claims, [])
    groups = findings.claim_groups(claims, strong, _always, join=strong, apart=apart)
    assert [sorted(m.article for m in g.members) for g in groups] == [["B", "C"]]


def test_a_concession_closing_the_sentence_is_a_side_part_to_its_end():
    said = (
        "Early reviews are mostly warm, though several critics mocked the running time, "
        "the longest of any film in the series, at 172 minutes."
    )
    assert main_part(said).strip() == "Early reviews are mostly warm"
    assert main_part(
        "The airline returned to profit, although fuel costs rose 12% in the quarter."
    ).strip() == ("The airline returned to profit")
    assert main_part(
        "Turnout was high, even though heavy rain fell across the north all day."
    ).strip() == ("Turnout was high")
    # a few words between commas is no clause: the sentence goes on after it
    assert "won the final" in main_part("The team, though tired, won the final on Sunday.")
    # a concession inside a quotation is what was said
    quoted = "“We will go on, though the money is running out,” the director said."
    assert main_part(quoted) == quoted


def test_a_claim_told_only_in_a_closing_concession_is_told_in_passing():
    runtime = "The film runs 172 minutes, the longest of any film in the series."
    reviews = (
        "Early reviews are mostly warm, though several critics mocked the running time, "
        "172 minutes, the longest of any film in the series."
    )
    assert in_passing(reviews, runtime)
    fuel = "Fuel costs rose 12% in the quarter, the airline said."
    profit = "The airline returned to profit, although its fuel costs rose 12% in the quarter."
    assert in_passing(profit, fuel)
    # both tell the profit: the concession keeps nothing apart
    assert not in_passing(profit, "The airline returned to profit in the quarter.")


def test_an_apposition_a_relative_clause_goes_on_from_is_a_side_part_to_the_end():
    # what the apposition names is what the relative clause tells of
    film = (
        "It was the last secret of Harwick House, the subject of the novel “The Quiet Room,” "
        "which sold two million copies in its first year."
    )
    # (an apposition to a name, as the rule reads appositions)
    assert main_part(film).strip() == "It was the last secret of Harwick House"
    assert main_part(
        "The prize went to Ilse Brandt, a chemist from Leipzig, who found the enzyme in 1998."
    ).strip() == ("The prize went to Ilse Brandt")
    # an apposition the sentence goes on from, without a relative clause: only it
    assert "will lead the talks" in main_part(
        "Ms Okafor, the former finance minister, will lead the talks."
    )
    # a relative clause ending the sentence with no apposition before it: kept
    kept = "The club signed a new striker, who arrives from Porto for 20 million euros."
    assert main_part(kept) == kept
    novel = "The novel “The Quiet Room” sold two million copies in its first year."
    assert in_passing(film, novel)


def test_a_clause_of_time_inside_a_closing_relative_clause_is_a_side_part():
    fired = (
        "The board decided to dismiss Ortega, who still has three years left on the deal "
        "he signed when he was appointed on March 3, 2019."
    )
    assert "appointed" not in main_part(fired)
    assert "three years left on the deal" in main_part(fired)
    appointed = "Ortega was appointed chief executive on March 3, 2019 and cut 400 jobs."
    assert in_passing(fired, appointed)
    # a clause of time in the main clause is no side part here ("when" is read
    # aside only where two sentences may share only a side detail)
    said = "Ortega was appointed when the founder retired on March 3, 2019."
    assert "appointed" in main_part(said) and "retired" in main_part(said)


def test_the_scope_a_rank_or_record_is_counted_over():
    assert scopes("She is the club's all-time top scorer with 212 goals.") == {"team"}
    assert scopes("He became the 14th Premier League manager sacked this season.") == {"league"}
    assert scopes("Kim is the second Western Division coach to resign this year.") == {"conference"}
    assert scopes("The 91 points were the most in franchise history.") == {"team"}
    assert scopes("It is the country's third-largest bank by assets.") == {"country"}
    # no scope: a rank of its own kind, a team's own name, "the first time"
    assert scopes("Ruiz is the fourth manager sacked this season.") == frozenset()
    assert scopes("She will be introduced as Leeds's 21st head coach on Tuesday.") == frozenset()
    assert scopes("It was the first time the world champion lost at home.") == frozenset()
    assert scopes("The Nationals' best offer was eight years.") == frozenset()
    # after an ordinal a team's word is what is ranked, the league its scope
    assert scopes("They are the 10th team in NBA history to win 70 games.") == {"league"}


def test_ranks_over_different_scopes_are_different_claims():
    league = "Ruiz is the fourth Premier League manager sacked this season."
    division = "Ruiz is the second Northern Division manager to lose his job this season."
    assert other_scopes(league, division)
    assert other_scopes(
        "Okafor remains the club's all-time leader in assists.",
        "Okafor retired as the league's all-time leader in assists in 2011.",
    )
    # one scope, or one side without a scope: the aligner decides (the values
    # may differ: "fourth" against "fifth" is a discrepancy of one claim)
    assert not other_scopes(league, "Ruiz is the fifth Premier League manager sacked this season.")
    assert not other_scopes(league, "Ruiz is the fourth manager sacked this season.")


def test_a_group_keeps_a_rank_over_another_scope_out():
    claims = _claims(
        {
            "A": ["Ruiz is the fourth manager sacked this season."],
            "B": ["Ruiz becomes the fourth Premier League manager to be sacked this season."],
            "C": ["Ruiz is the second Northern Division manager sacked this season."],
        }
    )
    strong = [
        Alignment("A:0", "B:0", 0.95),
        Alignment("A:0", "C:0", 0.9),
        Alignment("B:0", "C:0", 0.85),
    ]
    (together,) = findings.claim_groups(claims, strong, _always, join=strong)
    assert len(together.members) == 3
    apart = different_claims(claims, [])
    groups = findings.claim_groups(claims, strong, _always, join=strong, apart=apart)
    assert [sorted(m.article for m in g.members) for g in groups] == [["A", "B"]]
