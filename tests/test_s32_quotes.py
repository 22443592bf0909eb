"""Quotes and speakers on real copy (issue 11, session 32). Cases made up: a
fire, a flood, a port, a trial, a quake, a strike, a mine, a storm.

1. A misattribution flag shows the words both sources quote, as each prints
   them, and each side's speaker as written there: an editor checks it in
   seconds. It showed the first words of one side's quotation, often a
   sentence the other never quotes.
2. A quotation whose only change is how it dates the remark — a word counted
   from the report's day ("this morning", "yesterday", "last night") on one
   side, the day it names ("Sunday morning", "on Friday", "21 November") on
   the other — is one remark told on two days, not an altered quote: a later
   report (and every reprint of it) fits a wire's words to its own day. The
   same day is consistent; two different days are a question naming both.
   Copies of one wire story stay one independent source of a speaker.
3. The speaker row is decided once per quote pair.
4. A surname alone misspelled against the full name ("Katrin Vollmer" /
   "Volmer") is one person's name to correct, not a misattribution.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge import stages


def _analyse(tmp_path, *bodies: str, days: tuple[str, ...] = ()):
    paths = []
    for n, body in enumerate(bodies):
        day = days[n] if days else "2030-04-02"
        outlet = ("Courier", "Gazette", "Herald", "Star")[n]
        front = f"---\ntitle: t{n}\noutlet: {outlet}\npublished: {day}\n---\n"
        paths.append(write(tmp_path, f"{'abcd'[n]}.txt", front + body + "\n"))
    return analyze_paths(paths)


def _flags(found, kind: str) -> list:
    return [d for d in found.discrepancies if d.kind == kind]


# ---------------------------------------------------------------- 1. the words shown

SHOWN = [
    # one side runs on from a sentence the other never quotes
    (
        'Fire chief Mark Olsen said the blaze started in a kitchen. "Our crews were there '
        'in four minutes. The blaze is contained and crews will stay overnight," he said.',
        '"The blaze is contained and crews will stay overnight," said Deputy Mayor Ellen Brandt.',
        ("The blaze is contained and crews will stay overnight",) * 2,
        "Our crews were there",
        ("‘he’ (Mark Olsen)", "‘Deputy Mayor Ellen Brandt’"),
    ),
    # the other side cuts the opening of the remark
    (
        '"Prices will rise again next year and every family in the valley will feel it," '
        "said Treasurer Amy Walsh.",
        'Opposition leader Peter Hale said "every family in the valley will feel it".',
        ("every family in the valley will feel it",) * 2,
        "Prices will rise",
        ("‘Treasurer Amy Walsh’", "Peter Hale’"),
    ),
    # each side prints its own wording of the shared stretch
    (
        '"We will not rest until the last family is back home," said Governor Paula Ruiz.',
        '"We won\'t rest until every family is back home," said Mayor Daniel Ortega.',
        (
            "We will not rest until the last family is back home",
            "We won't rest until every family is back home",
        ),
        None,
        ("‘Governor Paula Ruiz’", "‘Mayor Daniel Ortega’"),
    ),
    # a speaker written by title and surname: the words as written, the full name beside
    (
        "Port director Hannah Kirby toured the docks on Monday.\n\n"
        '"The cranes will be working again within a fortnight," Ms Kirby said.',
        '"The cranes will be working again within a fortnight," said union official Tom Baird.',
        ("The cranes will be working again within a fortnight",) * 2,
        None,
        ("‘Ms Kirby’ (Hannah Kirby)", "‘Tom Baird’"),
    ),
]


@pytest.mark.parametrize(("a", "b", "words", "not_shown", "credits"), SHOWN)
def test_a_misattribution_shows_the_shared_words_and_both_speakers(
    tmp_path, a, b, words, not_shown, credits
):
    flags = _flags(_analyse(tmp_path, a, b), "attribution")
    assert len(flags) == 1, [f.explanation for f in flags]
    said = flags[0].explanation
    assert f"(“{words[0]}”)" in said and f"(“{words[1]}”)" in said, said
    assert credits[0] in said and credits[1] in said, said
    assert not_shown is None or not_shown not in said, said
    assert said.endswith("— conflict")


def test_a_long_shared_stretch_is_cut_where_an_editor_can_still_find_it(tmp_path):
    a = (
        '"The strike will go on until the company puts a fair offer on the table and '
        'stops threatening the jobs of the men who kept it running," said union leader '
        "Rosa Keane."
    )
    b = a.replace("union leader Rosa Keane", "manager Victor Hale")
    said = _flags(_analyse(tmp_path, a, b), "attribution")[0].explanation
    assert said.count("(“The strike will go on until the company puts a fair offer …”)") == 2


def test_a_misspelled_speaker_shows_the_shared_words_too(tmp_path):
    a = (
        'The share price fell 3%. "This deal is a good outcome for shareholders and for '
        'staff," said Jonathan Pryce, the chairman.'
    )
    b = (
        'The share price fell. Chairman Jonathan Price said: "This deal is a good outcome '
        'for shareholders and for staff."'
    )
    said = _flags(_analyse(tmp_path, a, b), "attribution")[0].explanation
    assert said.count("(“This deal is a good outcome for shareholders and for staff”)") == 2
    assert "one person, the name spelled two ways" in said


# ---------------------------------------------------------------- 2. one day told two ways

WIRE = (
    "Rescuers reached more mountain villages on {day} after the earthquake, officials said.\n\n"
    '"{quote}," the civil defence chief, Carla Mendes, told reporters.\n\nSoldiers cleared '
    "the main road."
)
LATER = (
    "Aid flights landed in the capital as rescuers reached cut-off villages.\n\n"
    '"{quote}," Carla Mendes, the civil defence chief, said.\n\nSchools were turned into '
    "shelters."
)

SAME_DAY = [
    # Sunday 2030-04-07; the later report on Monday names Sunday
    (
        "We have been reaching communities cut off since this morning",
        "We have been reaching communities cut off since Sunday morning",
        ("2030-04-07", "2030-04-08"),
    ),
    (
        "The last of the miners came up yesterday and all of them are safe",
        "The last of the miners came up on Saturday and all of them are safe",
        ("2030-04-07", "2030-04-09"),
    ),
    (
        "The river burst its banks last night and the pumps could not cope",
        "The river burst its banks on Saturday night and the pumps could not cope",
        ("2030-04-07", "2030-04-07"),
    ),
    (
        "Every school in the district will reopen today",
        "Every school in the district will reopen on 7 April",
        ("2030-04-07", "2030-04-10"),
    ),
    (
        "The storm will reach the coast tomorrow and nobody should be on the roads",
        "The storm will reach the coast on Monday and nobody should be on the roads",
        ("2030-04-07", "2030-04-07"),
    ),
]


@pytest.mark.parametrize(("q1", "q2", "days"), SAME_DAY)
def test_a_day_counted_from_the_report_is_the_day_named(tmp_path, q1, q2, days):
    found = _analyse(
        tmp_path, WIRE.format(day="Sunday", quote=q1), LATER.format(quote=q2), days=days
    )
    flags = _flags(found, "quote")
    assert len(flags) == 1, [f.explanation for f in flags]
    assert str(flags[0].verdict) == "consistent", flags[0].explanation
    assert "one day told two ways" in flags[0].explanation


OTHER_DAY = [
    (
        "We have been reaching communities cut off since this morning",
        "We have been reaching communities cut off since Saturday morning",
        ("2030-04-07", "2030-04-08"),
        ("Sunday 7 April", "Saturday"),
    ),
    (
        "The last of the miners came up yesterday and all of them are safe",
        "The last of the miners came up on Thursday and all of them are safe",
        ("2030-04-07", "2030-04-09"),
        ("Saturday 6 April", "Thursday"),
    ),
    (
        "Every school in the district will reopen today",
        "Every school in the district will reopen on 9 April",
        ("2030-04-07", "2030-04-10"),
        ("Sunday 7 April", "9 April"),
    ),
]


@pytest.mark.parametrize(("q1", "q2", "days", "named"), OTHER_DAY)
def test_two_days_for_one_remark_are_a_question_naming_both(tmp_path, q1, q2, days, named):
    found = _analyse(
        tmp_path, WIRE.format(day="Sunday", quote=q1), LATER.format(quote=q2), days=days
    )
    flags = _flags(found, "quote")
    assert len(flags) == 1, [f.explanation for f in flags]
    assert str(flags[0].verdict) == "unresolved", flags[0].explanation
    assert all(n in flags[0].explanation for n in named), flags[0].explanation


@pytest.mark.parametrize(
    ("q1", "q2"),
    [
        # a period, not a day counted from the report: words changed
        (
            "Sales have fallen sharply this week in every region",
            "Sales have fallen sharply on Monday in every region",
        ),
        # another word changed beside the day
        (
            "The water rose this morning faster than anyone expected",
            "The water fell on Sunday morning faster than anyone expected",
        ),
    ],
)
def test_other_changes_beside_a_day_stay_an_altered_quote(tmp_path, q1, q2):
    found = _analyse(
        tmp_path,
        WIRE.format(day="Sunday", quote=q1),
        LATER.format(quote=q2),
        days=("2030-04-07", "2030-04-08"),
    )
    flags = _flags(found, "quote")
    assert flags and all(str(f.verdict) != "consistent" for f in flags), [
        f.explanation for f in flags
    ]
    assert all("one day told two ways" not in f.explanation for f in flags)


AGENCY_WIRE = (
    "HARTLEY, April 7 (XPA) - Flooding closed the main road into Hartley after the river "
    "burst its banks, forcing hundreds of families from their homes.\n\n"
    "About 300 homes were evacuated overnight as the water rose faster than forecasters had "
    "expected, emergency services said.\n\n"
    '"{quote}," said council leader Ruth Cole.\n\n'
    "Emergency shelters opened at two schools in the town centre. Forecasters expect more "
    "heavy rain across the region on Wednesday."
)
THIRD = (
    "The river at Hartley burst its banks, flooding the main road. Some 300 homes were "
    'emptied during the night.\n\n"{quote}," said {who}.\n\nTwo schools are being used as '
    "shelters."
)


def _reprint(wire: str) -> str:
    return wire.replace("HARTLEY, April 7 (XPA) - ", "HARTLEY (XPA) - ") + (
        "\n\nXPA contributed to this report."
    )


def test_a_reprint_does_not_repeat_a_false_alarm_on_the_day_of_a_remark(tmp_path):
    wire = AGENCY_WIRE.format(quote="We have never seen the water this high as it was last night")
    third = THIRD.format(
        quote="We have never seen the water this high as it was on Saturday night",
        who="council leader Ruth Cole",
    )
    found = _analyse(tmp_path, wire, _reprint(wire), third, days=("2030-04-07",) * 3)
    quotes = _flags(found, "quote")
    assert len(quotes) == 2, [f.explanation for f in quotes]  # wire and reprint, each
    assert all(str(f.verdict) == "consistent" for f in quotes), [f.explanation for f in quotes]
    assert not _flags(found, "attribution")


def test_copies_of_one_wire_story_are_one_independent_source_of_a_speaker(tmp_path):
    quote = "We have never seen the water this high and the pumps cannot cope"
    wire = AGENCY_WIRE.format(quote=quote)
    third = THIRD.format(quote=quote, who="fire chief Alan Brook")
    found = _analyse(tmp_path, wire, _reprint(wire), third)
    findings = [f for f in found.findings if f.kind == "attribution"]
    assert len(findings) == 1, [f.explanation for f in findings]
    copies = [v for v in findings[0].versions if len(v.sides) == 2]
    assert len(copies) == 1 and copies[0].independent == 1, findings[0].versions


# ---------------------------------------------------------------- 3. the speaker row once


def test_the_speaker_row_is_decided_once_per_quote_pair(tmp_path):
    a = '"We will get every one of them out," said rescue chief Tomas Herrera.'
    b = '"We will get every one of them out," said mine manager Carlos Ibanez.'
    with stages.tracing() as trace:
        found = _analyse(tmp_path, a, b)
    assert len(_flags(found, "attribution")) == 1
    assert trace[("quote_credited_differently", "conflict")] == 1, trace


# ---------------------------------------------------------------- 4. a surname alone misspelled


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Chief executive Katrin Vollmer spoke in Hanover on Monday.\n\nVollmer said an "
            "agreement with the unions that rules out compulsory redundancies would be honoured.",
            "The chief executive spoke on Monday.\n\nMs Volmer said an agreement with the "
            "unions ruling out compulsory redundancies would be honoured.",
        ),
        (
            "Port director Mark Heller met shippers on Tuesday.\n\nHeller said the harbour "
            "would reopen to container ships on Friday.",
            "The port director met shippers.\n\nMr Hellar said the harbour would reopen to "
            "container ships on Friday.",
        ),
    ],
)
def test_a_surname_alone_misspelled_is_no_misattribution(tmp_path, a, b):
    found = _analyse(tmp_path, a, b)
    assert not [f for f in _flags(found, "attribution") if str(f.verdict) == "conflict"]


# ---------------------------------------------------------------- copies credit an agency

EDITED_WIRE = (
    "HARTLEY, April 7 (XPA) - Flooding closed the main road into Hartley after the river "
    'burst its banks.\n\n"{quote}," said council leader Ruth Cole.\n\nAbout 300 homes were '
    "evacuated overnight."
)
EDITED_REPRINT = (
    "Families in Hartley spent the night in school halls after floodwater swept into the town "
    'centre.\n\n"{quote}," said council leader Ruth Cole.\n\nThe council said 300 homes had '
    "been emptied.\n\n{credit} contributed to this report."
)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("XPA", "Courier"),  # the dateline's code
        ("Xander Press Agency", "Courier"),  # the code's words written out
        ("Hartley News", "Hartley News"),  # the wire's own outlet credited by name
    ],
)
def test_an_edited_reprint_crediting_the_wire_is_no_second_speaker(tmp_path, credit, outlet):
    quote = "We have never seen the water this high and the pumps cannot cope"
    wire = EDITED_WIRE.format(quote=quote)
    if outlet != "Courier":
        wire = wire.replace("HARTLEY, April 7 (XPA) - ", "HARTLEY - ")
    reprint = EDITED_REPRINT.format(quote=quote, credit=credit)
    third = THIRD.format(quote=quote, who="fire chief Alan Brook")
    paths = []
    for n, (body, name) in enumerate(((wire, outlet), (reprint, "Gazette"), (third, "Herald"))):
        front = f"---\ntitle: t{n}\noutlet: {name}\npublished: 2030-04-07\n---\n"
        paths.append(write(tmp_path, f"{'abc'[n]}.txt", front + body + "\n"))
    found = analyze_paths(paths)
    assert [(c.left, c.right) for c in found.copies] == [("a", "b")], found.copies
    findings = [f for f in found.findings if f.kind == "attribution"]
    cole = [v for f in findings for v in f.versions if v.value == "Ruth Cole"]
    assert cole and all(v.independent == 1 for v in cole), cole


def test_a_reporter_credited_by_both_is_no_agency(tmp_path):
    from workbench.findings.wire_credits import one_wire
    from workbench.model import Article

    def article(outlet: str, text: str) -> Article:
        return Article(outlet, "", "", outlet, None, "", text, "")

    a = article("Courier", "The road closed.\n\nTom Reed contributed to this report.")
    b = article("Gazette", "The road was shut.\n\nTom Reed contributed to this report.")
    assert one_wire(a, b) == ""
    c = article("Star", "LONDON (XPA) - The road closed.")
    d = article("Post", "The road was shut.\n\nThe XPA contributed reporting.")
    assert one_wire(c, d) == "XPA"


# ---------------------------------------------------------------- two people making one point


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"The blaze started in the kitchen," fire chief Dan Moore said, and Mayor Sue '
            "Park agreed.",
            '"The blaze started in the kitchen," said Mayor Sue Park.',
        ),
        (
            'Governor Paula Ruiz and her deputy Marco Lentz both said: "Nobody will be left '
            'behind in this valley."',
            '"Nobody will be left behind in this valley," Lentz told reporters.',
        ),
        (
            '"The harbour will reopen within a week," port director Hannah Kirby said, a '
            "view union leader Tom Baird echoed.",
            'Union leader Tom Baird said: "The harbour will reopen within a week."',
        ),
    ],
)
def test_two_people_making_one_point_is_no_misattribution(tmp_path, a, b):
    assert not _flags(_analyse(tmp_path, a, b), "attribution")


@pytest.mark.parametrize(
    "a",
    [
        '"The blaze started in the kitchen," fire chief Dan Moore said. Mayor Sue Park '
        "visited the scene.",
        # the quotation ends its sentence inside its marks (authored storm: the next
        # sentence named the other speaker, and a right conflict was lost)
        'The fire chief, Dan Moore, said: "The blaze started in the kitchen." Mayor Sue '
        'Park defended the inspectors. "They did their job," she said.',
    ],
)
def test_a_speaker_named_only_in_the_next_sentence_is_still_a_misattribution(tmp_path, a):
    b = '"The blaze started in the kitchen," said Mayor Sue Park.'
    flags = _flags(_analyse(tmp_path, a, b), "attribution")
    assert len(flags) == 1 and str(flags[0].verdict) == "conflict"


# ---------------------------------------------------------------- "quoted X as saying"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We have never seen the water this high," XPA quoted council leader Ruth Cole '
            "as saying.",
            "Ruth Cole",
        ),
        (
            'XPA quoted council leader Ruth Cole as saying: "We have never seen the water '
            'this high."',
            "Ruth Cole",
        ),
        (
            '"It is over," state television quoted President Ali Ben Salem as saying on Monday.',
            "Ali Ben Salem",
        ),
        (
            'The agency quoted the harbour master as saying that "no ship will sail tonight".',
            "the harbour master",
        ),
    ],
)
def test_the_one_a_wire_quoted_as_saying_is_the_speaker(text, speaker):
    from workbench.facts.quote import find_quotes

    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == speaker, q.speaker


def test_a_wire_quoting_its_speaker_as_saying_is_one_speaker_with_a_later_cut(tmp_path):
    wire = (
        "Flooding closed the main road into Hartley.\n\n"
        '"We have never seen the water this high, and we have asked the army for pumps," '
        "XPA quoted council leader Ruth Cole as saying."
    )
    third = (
        "The river at Hartley burst its banks.\n\n"
        '"We have never seen the water this high," said council leader Ruth Cole.'
    )
    flags = _flags(_analyse(tmp_path, wire, third), "quote")
    assert flags and all("not stated" not in f.explanation for f in flags), [
        f.explanation for f in flags
    ]


def test_the_day_named_may_come_first(tmp_path):
    """The earlier report names the day, the later counts it from its own."""
    first = LATER.format(quote="The last pumps were switched on on Tuesday night")
    later = WIRE.format(day="Wednesday", quote="The last pumps were switched on last night")
    found = _analyse(tmp_path, first, later, days=("2030-04-09", "2030-04-10"))
    flags = _flags(found, "quote")
    assert len(flags) == 1 and str(flags[0].verdict) == "consistent", [f.explanation for f in flags]
    assert "Tuesday 9 April" in flags[0].explanation
