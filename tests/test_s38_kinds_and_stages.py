"""Compare a figure only with a figure that measures the same thing (issue 11,
session 38, precision). Classes readers of held-out copy judged wrong as
conflicts, each with made-up sentences of several domains, in both orders:

1. A group its own noun narrows by nationality or kind against the whole
   ("21 British passengers" / "44 passengers"; "two contract workers" / "33
   workers"): no flag (judge/stages_apart.py, facts/group_kind.py). The same
   kind on both sides, or a narrowed count larger than the whole, still flags.
2. Two stages of one plan, build or trading session ("will initially hold
   40,000" / "will hold 60,000"; "the first phase will cost $2 billion" /
   "$5 billion"; "closed at $41.20" / "hit an intraday high of $43.10"): no
   flag (facts/plan_stage.py). Two figures of one stage still flag.
3. A sum told as some of a whole named by its noun ("$281 million of the
   purchase price … will be in cash") against the whole: no flag
   (facts/parts/money.py).
4. Plain "gallons" against litres, right in imperial gallons and wrong in US
   ones: consistent, saying which gallon (facts/quantity/gallons.py); two
   figures in plain gallons still conflict.
"""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.group_kind import group_kind, names_kind
from workbench.facts.plan_stage import plan_stage


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(lead: str, a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + f"{lead} {a}\n"),
            write(tmp_path, "b.md", front.format("Gazette") + f"{lead} {b}\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return {(d.verdict.value, d.rule) for d in found}, [d.explanation for d in found]

    return run


def _verdicts(flags, lead, a, b):
    one, _ = flags(lead, a, b)
    other, _ = flags(lead, b, a)
    return {v for v, _ in one} | {v for v, _ in other}


def _at(sentence: str, figure: str) -> tuple[str, int, int]:
    i = sentence.index(figure)
    return sentence, i, i + len(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("The ferry was carrying 21 British passengers.", "21", "british"),
        ("The blaze killed two contract workers.", "two", "contract"),
        ("The bus was carrying 12 German tourists.", "12", "german"),
        ("The coach carried 12 tourists from Germany.", "12", "from:germany"),
        ("Two employees of a contractor were killed.", "Two", "of:contractor"),
        ("It found two employees of a drilling contractor.", "two", "of:contractor"),
        ("Officials said 500 Iraqi staff were let go.", "500", "iraqi"),
        ("The ferry carried 44 passengers.", "44", ""),
        ("The 44 terrified passengers were rescued.", "44", ""),
        ("It killed 14 people in Dhaka.", "14", ""),
        ("The ferry carried 44 passengers from Rafina to Andros.", "44", ""),
        ("He scored 21 Premier League goals.", "21", ""),
        ("Fourteen people died on 21 March.", "21", ""),
    ],
)
def test_the_kind_a_count_is_narrowed_to_is_read_from_its_own_noun(sentence, figure, kind):
    assert group_kind(*_at(sentence, figure)) == kind


def test_a_kind_named_for_a_count_of_its_own_is_not_the_whole_s_kind():
    assert names_kind("british", "The ferry carried 44 passengers, all British.")
    assert not names_kind("of:contractor", "Thirty-one employees and two contractors died.")
    assert names_kind("british", "The data of 6.1 million customers in Britain was taken.")
    assert names_kind("german", "The coach carried 40 tourists, most from Germany.")


@pytest.mark.parametrize(
    ("lead", "part", "whole"),
    [
        ("The ferry sank off the coast on Monday.", "The ferry was carrying 21 British "
         "passengers.", "The ferry was carrying 44 passengers."),
        ("The bus crashed on Monday.", "The bus was carrying 12 German tourists.",
         "The bus was carrying 30 tourists."),
        ("The fire broke out on Monday.", "The blaze killed two contract workers.",
         "The blaze killed 33 workers."),
        ("The fire broke out on Monday.", "Two employees of a contractor were killed.",
         "Thirty-one employees and two contractors were killed."),
        # authored mine_rescue: complementary subgroups of the 33 trapped
        ("The shaft collapsed on Tuesday.", "A roll call found that two employees of a "
         "drilling contractor had been in the section.", "In all, 33 workers were trapped: "
         "31 Vaalkrans employees and two contractors."),
        ("The coach overturned on Friday.", "The coach carried 9 tourists from Canada.",
         "The coach carried 40 tourists."),
        ("The ferry sank off the coast on Monday.", "The ferry carried 12 German tourists.",
         "The ferry carried 15 French tourists."),
    ],
)  # fmt: skip
def test_a_group_of_a_kind_is_not_the_whole(flags, lead, part, whole):
    assert "conflict" not in _verdicts(flags, lead, part, whole)


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        # one kind on both sides: one group, two counts
        ("The ferry sank on Monday.", "The ferry carried 21 British passengers.",
         "The ferry carried 18 British passengers."),
        # the narrowed count is larger than the whole: no group within it
        ("The ferry sank on Monday.", "The ferry carried 21 British passengers.",
         "The ferry carried 14 passengers."),
        # the whole's sentence names the kind itself
        ("The ferry sank on Monday.", "The ferry carried 44 passengers, all British.",
         "The ferry carried 21 British passengers."),
        # the whole's figure is of the place the kind names (authored breach: two
        # countries' counts swapped, "2.3 million British" / "6.1 million in Britain")
        ("The data was stolen.", "The attack affected 2.3 million British customers.",
         "The attack affected 6.1 million customers in Britain."),
        # an adjective that describes, not narrows
        ("The ferry sank on Monday.", "The ferry carried 21 frightened passengers.",
         "The ferry carried 44 passengers."),
    ],
)  # fmt: skip
def test_counts_of_one_group_still_conflict(flags, lead, a, b):
    assert "conflict" in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("sentence", "figure", "stage"),
    [
        ("The stadium will initially hold 40,000 fans.", "40,000", "initial"),
        ("When complete the stadium will hold 60,000 fans.", "60,000", "full"),
        ("The first phase of the rail line will cost $2 billion.", "$2 billion", "phase:first"),
        ("Phase two will add 300 homes.", "300", "phase:two"),
        ("The plant will make 200,000 cars a year at full capacity.", "200,000", "full"),
        ("Acme shares hit an intraday high of $43.10.", "$43.10", "intraday"),
        ("The index fell as much as 3% at one point.", "3%", "intraday"),
        ("The stadium will hold 60,000 fans.", "60,000", ""),
        ("At one point 40 people were trapped.", "40", ""),  # no share price
    ],
)
def test_the_stage_a_figure_is_told_at_is_read_from_its_clause(sentence, figure, stage):
    assert plan_stage(*_at(sentence, figure)) == stage


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("The stadium opened on Monday.", "The stadium will initially hold 40,000 fans.",
         "The stadium will hold 60,000 fans."),
        ("The stadium opened on Monday.", "When complete the stadium will hold 60,000 fans.",
         "The stadium will hold 40,000 fans."),
        ("The plan was approved on Monday.", "The first phase of the rail line will cost "
         "$2 billion.", "The rail line will cost $5 billion."),
        ("The factory opened on Monday.", "The plant will produce 200,000 cars a year at "
         "full capacity.", "The plant will produce 50,000 cars a year."),
        ("The wind farm was approved on Monday.", "The wind farm will eventually generate "
         "900 megawatts.", "The wind farm will generate 350 megawatts."),
        ("Shares traded on Monday.", "Acme shares closed at $41.20 on Monday.",
         "Acme shares hit an intraday high of $43.10 on Monday."),
    ],
)  # fmt: skip
def test_stages_of_one_plan_are_not_compared(flags, lead, a, b):
    assert "conflict" not in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("lead", "a", "b"),
    [
        ("The stadium opened on Monday.", "The stadium will initially hold 40,000 fans.",
         "The stadium will initially hold 45,000 fans."),
        ("The plan was approved on Monday.", "The first phase of the rail line will cost "
         "$2 billion.", "The first phase of the rail line will cost $3 billion."),
        ("Shares traded on Monday.", "Acme shares closed at $41.20 on Monday.",
         "Acme shares closed at $43.10 on Monday."),
    ],
)  # fmt: skip
def test_figures_of_one_stage_still_conflict(flags, lead, a, b):
    assert "conflict" in _verdicts(flags, lead, a, b)


@pytest.mark.parametrize(
    ("lead", "part", "whole"),
    [
        ("AMD buys SeaMicro.", "AMD said $281 million of the purchase price for SeaMicro will "
         "be in cash.", "AMD will pay $334 million for SeaMicro."),
        ("The stadium was approved.", "The city said €40 million of the stadium's cost will "
         "come from tax.", "The stadium will cost €90 million."),
        ("The claim was settled.", "The firm said £12m of the settlement would be paid up "
         "front.", "The settlement is worth £30m."),
    ],
)  # fmt: skip
def test_a_sum_told_as_some_of_a_named_whole_is_not_the_whole(flags, lead, part, whole):
    assert "conflict" not in _verdicts(flags, lead, part, whole)


def test_a_sum_of_a_named_whole_still_meets_the_same_sum(flags):
    found, _ = flags(
        "The stadium was approved.",
        "The city said €40 million of the stadium's cost will come from tax.",
        "The city will pay €45 million of the stadium's cost.",
    )
    assert "conflict" in {v for v, _ in found}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The tanker spilled 440 gallons of diesel.", "The tanker spilled 2,000 litres of diesel."),
        ("The tanker spilled 2,000 litres (440 gallons) of diesel.",
         "The tanker spilled 2,000 litres of diesel."),
        ("The pool holds 10,000 gallons.", "The pool holds 45,000 litres."),
    ],
)  # fmt: skip
def test_gallons_right_in_the_imperial_system_agree(flags, a, b):
    found, explained = flags("The leak was found on Monday.", a, b)
    assert "conflict" not in {v for v, _ in found}
    assert all("imperial" in e for v, e in zip(found, explained, strict=True) if "gal" in e)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The tanker spilled 440 gallons of diesel.", "The tanker spilled 528 gallons of diesel."),
        ("The tanker spilled 300 gallons of diesel.", "The tanker spilled 2,000 litres of diesel."),
        ("The tanker spilled 440 imperial gallons of diesel.",
         "The tanker spilled 2,400 litres of diesel."),
    ],
)  # fmt: skip
def test_gallons_wrong_in_both_systems_still_conflict(flags, a, b):
    found, _ = flags("The leak was found on Monday.", a, b)
    assert "conflict" in {v for v, _ in found}


@pytest.mark.parametrize(
    ("sentence", "day", "dates"),
    [
        ("A jury found him guilty Friday of killing his wife.", "Friday", "convicted"),
        ("A jury found the former officer guilty on Friday of murdering two men.", "Friday",
         "convicted"),
        ("He killed his wife just before Christmas 2002.", "2002", "incident"),
    ],
)  # fmt: skip
def test_a_verdict_day_is_not_the_day_of_the_crime_it_names(sentence, day, dates):
    """Trial 44 P1: 'guilty Friday' against 'just before Christmas 2002' was
    explained as 'what both measure: incident' — the verdict read as the killing."""
    from workbench.facts.dated_things import date_reading

    assert date_reading(*_at(sentence, day)).describe() == dates


def test_a_verdict_day_and_the_crime_s_day_are_not_one_date(flags):
    found, explained = flags(
        "The case closed this week.",
        "A jury found Cole guilty on Friday of killing his wife.",
        "Cole killed his wife just before Christmas 2002.",
    )
    assert "conflict" not in {v for v, _ in found}
    assert not any("what both measure: incident" in e for e in explained)


@pytest.mark.parametrize(
    ("sentence", "figure", "of"),
    [
        ("The bricks use a quarter of the power of a rack.", "a quarter", "power"),
        ("It packs them into a sixth of the usual size.", "a sixth", "size"),
        ("Its servers use a quarter of the usual electricity.", "a quarter", "power"),
        ("They take one sixth the space.", "one sixth", "space"),
        ("Half of the injured were children.", "Half", ""),
    ],
)
def test_a_share_told_with_of_measures_its_noun(sentence, figure, of):
    from workbench.facts.ratios import ratio_of

    s, i, j = _at(sentence, figure)
    assert ratio_of(s, i, j, figure) == of


def test_a_quarter_of_the_power_is_not_one_sixth_of_the_space(flags):
    """Trial 44 P6: an "Agreed" line 'one sixth ≈ a quarter' joined two
    different fractions of one sentence; 'a quarter of the power' was read as
    no ratio and agreed, by rounding, with 'one sixth the space'."""
    _, explained = flags(
        "SeaMicro makes servers.",
        "The SeaMicro server bricks use a quarter of the power, too, because the custom "
        "chips contain no cruft.",
        "Current systems featuring SeaMicro technology typically use one quarter the power "
        "and take one sixth the space of traditional servers.",
    )
    assert not any("quarter" in e and "sixth" in e for e in explained)


@pytest.mark.parametrize(
    ("sentence", "figure", "rate"),
    [
        ("The euro traded at $1.08 on Monday.", "$1.08", True),
        ("Sterling fell 1.2% to $1.25 on Monday.", "$1.25", True),
        ("The deal was priced at $1.08 to the euro.", "$1.08", True),
        ("The rupee weakened to 83.4 per dollar.", "83.4", True),
        ("The pound was worth $1.27 when the deal was signed.", "$1.27", True),
        ("The dollar rose to 150 yen on Monday.", "150 yen", True),
        ("The deal used an exchange rate of 1.17 on the day.", "1.17", True),
        ("The company paid $1.20 a share.", "$1.20", False),
        ("The company paid $4 million for the euro unit.", "$4 million", False),
        ("Shares fell 3% to $41.20.", "$41.20", False),
        ("The dollar fund was worth $300 million.", "$300 million", False),
        ("Sales in euros rose 4% to €2.1bn.", "€2.1bn", False),
        ("It sold for $2 to the dollar store.", "$2", False),
    ],
)
def test_an_exchange_rate_is_read_from_its_currency(sentence, figure, rate):
    from workbench.facts.fx_rate import exchange_rate

    assert exchange_rate(*_at(sentence, figure)) is rate


@pytest.mark.parametrize(
    ("rate", "other", "flagged"),
    [
        ("The euro traded at $1.08 on Monday.",
         "The euro company paid $1.2 for each share on Monday.", False),
        ("Sterling fell to $1.25 after the deal was announced on Monday.",
         "The company paid $1.32 for each share after the deal was announced on Monday.", False),
        ("The euro traded at $1.08 on Monday.", "The euro traded at $1.12 on Monday.", True),
        ("The rupee weakened to 83.4 per dollar on Monday.",
         "The rupee weakened to 85.1 per dollar on Monday.", True),
    ],
)  # fmt: skip
def test_an_exchange_rate_is_not_a_sum(flags, rate, other, flagged):
    assert ("conflict" in _verdicts(flags, "The deal closed on Monday.", rate, other)) is flagged
