"""Figures of a named party compared across whole articles (issue 11, session
23: ECB+ 10_ecbplus and 43_ecbplus of the test half — teams' offers, funding a
company raised, stated in sentences that never met). Made-up copy: sport,
takeovers, start-ups, property, in dollars, euros and pounds; traps: two
owners, a figure without an owner, an addition, agreement per season."""

import pytest
from conftest import analyse_bodies

from workbench.facts.owned import (
    later_between,
    length_after,
    owned_figure,
    owner_links,
    same_owner,
)
from workbench.judge.stages import tracing


def _owned(text: str, figure: str, kind: str = "money", before: str = ""):
    at = text.index(figure)
    return owned_figure(text, at, at + len(figure), kind, before)


@pytest.mark.parametrize(
    ("text", "figure", "kind", "want"),
    [
        # a team's offer: its sum, its length, its sum per season
        ("Last week the Portland Pilots made Okafor a five-year, $90 million offer.",
         "$90 million", "money", ("offer", "total", ("portland", "pilots"))),
        ("Last week the Portland Pilots made Okafor a five-year, $90 million offer.",
         "five-year", "duration", ("offer", "length", ("portland", "pilots"))),
        ("The Hawks offered Okafor a deal worth $18 million per season.",
         "$18 million", "money", ("offer", "season", ("hawks",))),
        # the head of a subject that lists its people: the club, not its staff
        ("Sources said the Mariners front office of owner Ken Ito, president Ann Lee and "
         "General Manager Bo Kim offered Okafor a deal worth $70 million.",
         "$70 million", "money", ("offer", "total", ("mariners",))),
        # a company's bid, in euros
        ("Vantor Group bid €2.4 billion for the Dutch insurer on Monday.",
         "€2.4 billion", "money", ("offer", "total", ("vantor", "group"))),
        # what a player asks for
        ("Okafor is seeking a seven-year contract, his agent said.",
         "seven-year", "duration", ("ask", "length", ("okafor",))),
        # funding: "which raised", and a sentence opening on the company
        ("Lumio bought privately held Quantrel, which raised £12m in two rounds of "
         "funding.", "£12m", "money", ("funding", "total", ("quantrel",))),
        ("Brightwave was founded in 2015 and is backed with $40 million in funding by "
         "three venture firms.", "$40 million", "money", ("funding", "total", ("brightwave",))),
        # a contract a relative clause gives to a named player
        ("He will pass the $150 million (over six years) that Dario Silva received from "
         "the Kings.", "$150 million", "money", ("contract", "total", ("dario", "silva"))),
    ],
)  # fmt: skip
def test_what_a_figure_measures_of_whom(text, figure, kind, want):
    found = _owned(text, figure, kind)
    assert found is not None
    assert (found.measure, found.per, found.owner) == want


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The stadium cost $300 million to build.", "$300 million"),  # no party's offer
        ("It raised $20 million in funding last year.", "$20 million"),  # a pronoun: no owner
        # an addition to the funding is no level of it
        ("Quantrel raised $12m in venture funding and also got $3m in funding from the "
         "state.", "$3m"),
        ("No club has offered him more than $50 million.", "$50 million"),  # anyone's
        # another party's deal held up as a yardstick, an add-on's price
        ("The Kings made an offer that would top the $90 million deal they gave Silva.",
         "$90 million"),
        ("Apple also offers a matte screen on the 15-inch model for $50 extra.", "$50"),
    ],
)  # fmt: skip
def test_figures_without_a_named_owner_stay_out(text, figure):
    assert _owned(text, figure) is None


def test_an_offer_told_before_keeps_its_owner():
    before = "The Rovers have made an offer for the striker."
    found = _owned("The offer is believed to be for at least four years.", "at least four years",
                   "duration", before)  # fmt: skip
    assert found is not None and found.owner == ("rovers",)


def test_owners_are_one_by_a_shared_word_or_a_name_that_holds_both():
    def one(a, b, *texts):
        return same_owner(a, b, owner_links(texts))

    assert one(("washington", "nationals"), ("nationals",))
    assert one(("red", "sox"), ("boston",), "The Boston Red Sox made an offer.")
    assert not one(("red", "sox"), ("boston",), "Boston said the Red Sox offered.")
    assert not one(("angels",), ("nationals",), "The Angels and Nationals bid.")
    # an agent speaks for his client, told either way round
    assert one(("okafor",), ("lena", "moss"), "Okafor's agent, Lena Moss, said so.")
    assert one(("lena", "moss"), ("okafor",), "Lena Moss, Okafor's longtime agent, said so.")
    assert not one(("okafor",), ("lena", "moss"), "Okafor met Lena Moss, an agent.")
    assert not one((), ("okafor",))


@pytest.mark.parametrize(
    ("head", "between", "later"),
    [
        ("the Rovers have upgraded their initial offer -- four years, ", " -- to ", True),
        ("the bid was as high as ", " over five years, though later reports put it at ", True),
        ("the Rovers offered ", " and the Hawks ", False),
        ("Acme bid ", " or ", False),
    ],
)
def test_the_words_between_two_figures_make_the_second_a_later_moment(head, between, later):
    assert later_between(head, between) is later


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("$184 million over eight years.", 8),
        ("$161 million (over seven years) that", 7),
        ("$90 million over the next 5 seasons", 5),
        ("$90 million in cash", None),
    ],
)
def test_the_years_a_sum_is_spread_over(text, years):
    assert length_after(text, text.index("million") + len("million")) == years


def _flags(found):
    return [(d.verdict.value, d.rule) for d in found.discrepancies if d.kind == "money"]


_FILLER = (
    "The striker scored 21 goals last season for the club.\n"
    "Talks are expected to continue through the weekend.\n"
)


def test_funding_of_one_company_stated_apart_is_compared(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Lumio will pay $200m for privately held Quantrel, which raised $25m in "
        "two rounds of funding from venture firms.",
        _FILLER + "Quantrel was founded in 2016 and is backed with $45 million in funding "
        "by Northgate Partners and strategic investors.",
    )
    assert ("conflict", "owned_figures_never_met") in _flags(found)


def test_an_upgraded_offer_another_names_first_is_settled(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Last week at the draft meetings, the Portland Pilots made Okafor a "
        "five-year, $90 million offer.",
        _FILLER + "One report suggested that the Portland Pilots have upgraded their initial "
        "offer to Okafor -- five years, $90 million -- to somewhere between $100 million "
        "and $105 million.",
    )
    # the upgrading article names the $90 million as the initial offer: settled (session 24;
    # a figure of neither moment is a question, tests/test_s24_settled_moments.py)
    assert not [f for f in _flags(found) if f[0] in ("conflict", "unresolved")], _flags(found)


def test_two_owners_figures_are_never_compared(tmp_path):
    with tracing() as decided:
        analyse_bodies(
            tmp_path,
            _FILLER + "Late on Friday the Hawks offered Okafor a deal worth $80 million, "
            "his agent confirmed.",
            _FILLER + "Reports say the Portland Pilots made Okafor a $90 million offer on "
            "the first day of the meetings.",
        )
    assert not any(name.startswith("owned") for name, _ in decided)


def test_a_sum_per_season_against_a_total_over_its_years(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Okafor wants more than the $20 million a season that Dario Silva received "
        "from the Kings last winter.",
        _FILLER + "It will dwarf the $180 million (over six years) that Dario Silva received "
        "from the Kings.",
    )
    money = [d for d in found.discrepancies if "a season" in d.explanation]
    assert money and money[0].verdict.value == "unresolved"
    assert "30 million USD a season" in money[0].explanation


def test_a_sum_per_season_that_agrees_with_the_total_is_not_shown(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Okafor wants more than the $30 million a season that Dario Silva received "
        "from the Kings last winter.",
        _FILLER + "It will dwarf the $180 million (over six years) that Dario Silva received "
        "from the Kings.",
    )
    assert not [d for d in found.discrepancies if "a season" in d.explanation]


def test_a_hedged_offer_within_its_bound_is_not_shown(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Castlegate bid as much as $4 billion for the insurer, bankers said.",
        _FILLER + "People close to the talks said Castlegate has bid $3.8 billion in cash.",
    )
    assert not any(d.rule.startswith("owned") for d in found.discrepancies)


def test_an_ask_of_different_days_is_a_question(tmp_path):
    from workbench.analysis import analyze
    from workbench.articles import load_article

    bodies = (
        _FILLER + "Okafor is seeking a seven-year contract for at least $20 million per season.",
        _FILLER + "Okafor's agent, Lena Moss, met the club on Monday.\n"
        "It was then that agent Lena Moss countered by asking for a five-year contract, "
        "sources said.",
    )
    articles = []
    for name, body, day in zip("ab", bodies, ("2024-03-04", "2024-03-11"), strict=True):
        p = tmp_path / f"{name}.txt"
        p.write_text(f"---\ntitle: t\npublished: {day}\n---\n{body}\n", encoding="utf-8")
        articles.append(load_article(p))
    with tracing() as decided:
        found = analyze(articles)
    asked = [d for d in found.discrepancies if "asked for by" in d.explanation]
    assert asked and all(d.verdict.value == "unresolved" for d in asked)
    assert decided[("unmet_updated_count", "unresolved")] >= 1


def test_two_figures_of_one_owner_without_a_later_moment_give_none(tmp_path):
    # an article that gives one owner's offer as $80 million and as $95 million with
    # nothing that makes one the later states no figure to hold against another's
    found = analyse_bodies(
        tmp_path,
        _FILLER + "The Portland Pilots offered Okafor a deal worth $80 million. Rival "
        "scouts said the Portland Pilots offered Okafor a deal worth $95 million.",
        _FILLER + "Reports say the Portland Pilots made Okafor a $70 million offer on "
        "the first day of the meetings.",
    )
    assert not any(d.rule.startswith("owned") for d in found.discrepancies)
    assert not any("Pilots offer" in d.explanation for d in found.discrepancies)


def test_the_latest_moment_agreeing_with_the_other_article_is_not_shown(tmp_path):
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Northwind Energy raised its initial bid of $2 billion to $2.4 billion "
        "for the utility, bankers said.",
        _FILLER + "People close to the talks said Northwind Energy had bid $2.4 billion in "
        "cash for the company.",
    )
    assert not [d for d in found.discrepancies if "Northwind" in d.explanation]


def test_a_lower_bound_far_below_the_other_funding_is_a_question(tmp_path):
    # "more than $10m" allows $45 million, but an open bound alone never makes a
    # fourfold difference agree: a question, whichever pass compares the two
    found = analyse_bodies(
        tmp_path,
        _FILLER + "Lumio will buy privately held Quantrel, which raised more than $10m in funding.",
        _FILLER + "Quantrel was founded in 2016 and is backed with $45 million in funding by "
        "Northgate.",
    )
    funding = [d for d in found.discrepancies if "more than $10" in d.explanation]
    assert [d.verdict.value for d in funding] == ["unresolved"]
