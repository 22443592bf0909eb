"""Figures that measure different things, paired (issue 11, session 30).

Made-up sentences of other events, nouns and numbers than the authored
development events that showed each class:

- a count of those who live, work or stand somewhere (a town's population, a
  company's workforce, the crowd on a bridge) is no count of a happening: it
  never meets a toll, the injured or those rescued;
- those thrown into the water, pulled out alive or treated in hospital are
  counts of their own happenings, not of the dead;
- a toll's level told past a long subject ("the death toll from the fire that
  … rose to 31") counts the dead, and a count whose noun its sentence leaves out
  ("17 deaths by Wednesday and 33 by noon on Thursday") counts what the count
  before it counts;
- the only days or times of two claims, differing with no word in common, date
  two happenings: no flag (a question before).
"""

import pytest
from conftest import courier_gazette

from workbench.facts.measure import measure_of


def _event(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value)).event


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Tarvin, a city of some 86,000 people on the Welsh border, was worst hit.", "86,000",
         "population"),
        ("The valley, home to nearly 40,000 people, was cut off by the landslide.", "40,000",
         "population"),
        ("The island has a population of 12,500 and a single hospital.", "12,500", "population"),
        ("About 3,000 people live in the hamlets along the river.", "3,000", "population"),
        ("The airline employs 23,000 people, about 9,000 of them in Ireland.", "9,000",
         "workforce"),
        ("The mill, which employs around 640 workers, will shut in May.", "640", "workforce"),
        ("The group has a workforce of 51,000 across four continents.", "51,000", "workforce"),
        ("Police said about 300 people were on the pier when it gave way.", "300", "aboard"),
        ("The stand was packed with 2,000 fans when the roof fell.", "2,000", "aboard"),
        ("The cuts will fall hardest in Spain, where 2,300 jobs will go.", "2,300", "cut"),
        ("The bank said it would shed 900 more posts by March.", "900", "cut"),
        # counts of happenings keep theirs
        ("More than 3,000 residents fled the town as the fire spread.", "3,000", "evacuated"),
        ("The airline said 14 of them were injured in the crash.", "14", "injured"),
        ("Fourteen people died and eight are still missing.", "eight", "missing"),
    ],
)  # fmt: skip
def test_a_count_of_those_who_live_work_or_stand_somewhere_is_read(sentence, value, want):
    assert _event(sentence, value) == want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The wave swept the jetty, throwing dozens of tourists into the harbour.", "dozens",
         "thrown"),
        ("Neighbours pulled out 11 people before the engines arrived.", "11", "rescued"),
        ("Divers pulled 64 passengers out of the lake alive.", "64", "rescued"),
        ("A farmer said he brought out six children himself.", "six", "rescued"),
        # (session 31: in hospital and at the scene are stages of their own, undergone.py)
        ("Scores of people were being treated in hospital on Sunday night.", "Scores",
         "hospitalised"),
        ("Nine miners were treated for their injuries at the scene.", "Nine", "treated"),
        # treated for something else than an injury is no count of the injured
        ("Three firefighters treated for exhaustion were released the same day.", "Three", ""),
    ],
)  # fmt: skip
def test_those_thrown_rescued_or_treated_are_counted_apart(sentence, value, want):
    assert _event(sentence, value) == want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The death toll from the landslide that buried two villages in the hills above "
         "the port rose to 58 on Sunday.", "58", "killed"),
        ("The number of dead in the flooding across the northern provinces has climbed to "
         "about 140.", "140", "killed"),
        ("Health officials said 12 deaths had been recorded by Monday and 19 by Tuesday "
         "night.", "19", "killed"),
        ("Police arrested 40 people on Friday and 65 on Saturday.", "65", "arrested"),
        # a toll of another thing than the figure's ("the toll rose after 3 bodies were
        # found" counts bodies; a figure between them takes the toll)
        ("The death toll rose from 12 to 15 overnight.", "15", "killed"),
        # a place after 'and' is no gap: "2,400 in Liguria and 1,300 in France" keeps its
        # own reading (evacuated, from its own clause)
        ("Police said 12 were hurt in the first blast and 30 in the second.", "30", ""),
    ],
)  # fmt: skip
def test_a_toll_and_a_count_without_its_noun_are_read(sentence, value, want):
    assert _event(sentence, value) == want


def _shown(tmp_path, a: str, b: str) -> set[tuple[str, str]]:
    return {(d.sides[0].text, d.sides[1].text) for d in courier_gazette(tmp_path, a, b)}


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        (  # a toll against a town's population
            "At least 38 people were killed when the dam above Kessling burst on Saturday, "
            "officials said.",
            "The dam above Kessling, a town of about 95,000 people, burst on Saturday, "
            "officials said.",
            "At least 38",
            "about 95,000",
        ),
        (  # job cuts against a headcount
            "The carmaker will cut 4,000 jobs in France by 2029, the company said.",
            "The carmaker employs about 61,000 people, around 27,000 of them in France, "
            "the company said.",
            "4,000",
            "around 27,000",
        ),
        (  # the crowd on a pier against the dead
            "The pier at Hallam collapsed on Sunday evening, killing at least 19 people, "
            "police said.",
            "The pier at Hallam collapsed on Sunday evening while as many as 400 people "
            "were on it, police said.",
            "at least 19",
            "as many as 400",
        ),
    ],
)
def test_a_standing_count_never_meets_a_count_of_a_happening(tmp_path, a, b, left, right):
    shown = _shown(tmp_path, a, b)
    assert (left, right) not in shown and (right, left) not in shown, shown


def test_a_toll_told_past_its_subject_meets_the_dead_not_the_injured(tmp_path):
    a = (
        "The death toll from the blaze that gutted the Marlow Street warehouse on the "
        "edge of the docks rose to 14 on Friday, the fire service said."
    )
    b = "By Friday, 23 people had been injured in the blaze at the Marlow Street warehouse."
    shown = _shown(tmp_path, a, b)
    assert ("14", "23") not in shown and ("23", "14") not in shown, shown


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the day a notice was issued / the day a fine was imposed
            "The regulator had proposed a penalty of $30 million in a notice issued in June.",
            "A separate penalty of $8 million imposed by the state regulator on the same day "
            "covered 40,000 customers.",
        ),
        (  # when an order was given / when it was lifted
            "At 5:10 a.m., police told residents within two miles of the depot to keep their "
            "windows shut.",
            "An order for residents within two miles of the depot to stay indoors was lifted "
            "at 9.45pm.",
        ),
    ],
)
def test_the_only_days_of_two_claims_in_other_words_are_not_compared(tmp_path, a, b):
    from conftest import pair

    from workbench import judge
    from workbench.analysis import analyze_paths
    from workbench.judge import rules

    with judge.tracing() as decided:
        analysis = analyze_paths(pair(tmp_path, a + "\n", b + "\n", "2026-06-10", "2026-06-10"))
    assert not [d for d in analysis.discrepancies if d.kind in ("date", "time")]
    # switched off, the row's cases come back as a question
    if ("days_of_two_happenings", "skip") in decided:
        with rules.without("days_of_two_happenings"):
            again = analyze_paths(pair(tmp_path, a + "\n", b + "\n", "2026-06-10", "2026-06-10"))
        assert [str(d.verdict) for d in again.discrepancies if d.kind in ("date", "time")] == [
            "unresolved"
        ]


@pytest.mark.parametrize(
    ("a", "va", "b", "vb", "apart"),
    [
        ("A 52-year-old man drowned when his boat capsized off Tarn Point.", "52-year",
         "The 29-year-old Tarnside woman was swept from the rocks.", "29-year", True),
        ("A 71-year-old grandmother died in the fire.", "71-year",
         "Firefighters found a 44-year-old Kelso father of three in the stairwell.", "44-year",
         True),
        ("A 16-year-old girl was among the injured.", "16-year",
         "Police said the 15-year-old Dunmore girl was treated at the scene.", "15-year", False),
        ("A 38-year-old woman was arrested on Friday.", "38-year",
         "The 39-year-old Ashby woman appeared in court on Monday.", "39-year", False),
    ],
)  # fmt: skip
def test_the_ages_of_a_man_and_a_woman_are_two_ages(a, va, b, vb, apart):
    from workbench.judge.ages import ages_apart

    ia, ib = a.index(va), b.index(vb)
    why = ages_apart(a, (ia, ia + len(va)), b, (ib, ib + len(vb)))
    assert (why == "owner") is apart


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("The lorry was doing about 48mph, well below the 70mph limit on that road.", "70mph",
         "capacity"),
        ("The lane has a speed limit of 30 km/h near the school.", "30 km/h", "capacity"),
        ("Rent rises are capped at 5% a year under the new law.", "5%", "capacity"),
        ("Crowds were limited to 2,000 people for the final.", "2,000", "capacity"),
        ("The lorry was doing about 48mph, well below the 70mph limit on that road.",
         "about 48mph", "level"),
    ],
)  # fmt: skip
def test_a_limit_is_not_the_amount_a_thing_had(sentence, value, role):
    i = sentence.index(value)
    assert measure_of(sentence, i, i + len(value)).role == role


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        # a conversion in parentheses counts what the figure it converts counts
        ("The quake struck at a depth of 35 kilometres (about 22 miles) below the coast.",
         "about 22 miles", "depth"),
        ("Rescuers said 41 people (about half of the passengers) were rescued.",
         "about half", "rescued"),
        # a count listed with another before their one verb
        ("By Monday, 18 passengers and four crew had been arrested at the port.", "18",
         "arrested"),
        ("Some 60 pupils and 5 teachers were being treated in hospital last night.", "60",
         "hospitalised"),
        # an aside after the noun: "At least 47 people, among them 17 children, were killed"
        ("At least 23 people, among them six firefighters, were injured in the blast.",
         "At least 23", "injured"),
    ],
)  # fmt: skip
def test_a_conversion_and_an_aside_keep_what_the_count_counts(sentence, value, want):
    assert _event(sentence, value) == want


def test_a_limit_meets_no_speed_and_the_speeds_meet(tmp_path):
    a = "The coach was travelling at about 50mph, below the 60mph limit, police said."
    b = "The coach was travelling at about 75 mph, below the limit, police said."
    shown = _shown(tmp_path, a, b)
    assert ("60mph", "about 75 mph") not in shown, shown
    assert ("about 50mph", "about 75 mph") in shown, shown


@pytest.mark.parametrize(
    ("a", "b", "change", "level"),
    [
        (
            "Temperatures in Lyon plunged by 14C within four hours on Monday evening.",
            "In Lyon, the temperature fell from 31C to 17C within four hours on Monday evening.",
            "14C",
            "17C",
        ),
        (
            "The river at Kelso rose by 2.1 metres overnight, the agency said.",
            "The river at Kelso rose from 1.4 metres to 3.5 metres overnight, the agency said.",
            "2.1 metres",
            "3.5 metres",
        ),
    ],
)
def test_the_amount_of_a_change_never_meets_the_level_it_went_to(tmp_path, a, b, change, level):
    shown = _shown(tmp_path, a, b)
    assert (change, level) not in shown and (level, change) not in shown, shown
    sentence = b
    i = sentence.index(level)
    assert measure_of(sentence, i, i + len(level)).to_level
