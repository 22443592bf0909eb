"""Quotes an editor trusts (issue 11, session 36). Cases made up: a stadium,
a ministry, a port, a court, a club, a recall, a landing, a strike.

1. A post that holds an "and" ("Sports and Culture Cabinet Secretary Ruth
   Njoroge", "Minister for Trade and Industry") names one person: the same
   words credited to another named person are a misattribution. Two people
   joined by "and" still share the words.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.quote import find_quotes, speakers_differ
from workbench.facts.quote.joint import names_two


def _speaker(text: str):
    quotes = find_quotes(text)
    assert quotes, text
    return quotes[-1].speaker


def _kinds(flags, kind: str) -> list:
    return [d for d in flags if d.kind == kind]


# ---------------------------------------------------- 1. a post holding an "and"

TITLED_AND = [
    (
        '"The gate was opened by people who had no authority to open it," said Samuel Keter, '
        "the county police commander.",
        '"The gate was opened by people who had no authority to open it," Sports and Culture '
        "Cabinet Secretary Ruth Njoroge said on Monday.",
    ),
    (
        '"We will not approve a single new licence this year," Health and Human Services '
        "Secretary Maria Alvarez told reporters.",
        '"We will not approve a single new licence this year," said Tom Brennan, the agency '
        "director.",
    ),
    (
        'Transport and Infrastructure Minister Kofi Mensah said: "The port will handle twice '
        'the cargo by 2030."',
        '"The port will handle twice the cargo by 2030," said harbour master Piet de Wit.',
    ),
]


@pytest.mark.parametrize(("a", "b"), TITLED_AND)
def test_a_post_holding_an_and_names_one_person(tmp_path, a, b):
    """Session 36 (authored stadium_crush, reader: 'it must compare the speakers
    of the same words'): 'Sports and Culture Cabinet Secretary' read as two
    people named jointly hid the misattribution."""
    flags = _kinds(courier_gazette(tmp_path, a, b), "attribution")
    assert len(flags) == 1 and flags[0].verdict == "conflict"


@pytest.mark.parametrize(
    ("text", "name", "two"),
    [
        ("Sports and Culture Cabinet Secretary Ruth Njoroge", "Ruth Njoroge", False),
        ("Minister for Trade and Industry Ann Holt", "Ann Holt", False),
        ("Secretary of Health and Social Care Jo Reed", "Jo Reed", False),
        ("Holt and Roy", "Roy", True),
        ("Ann Holt and Ben Roy", "Ann Holt", True),
        ("Producers Ann Holt & Ben Roy", "Ben Roy", True),
        ("Mayor Sue Park and Police Chief Tom Walsh", "Tom Walsh", True),
        ("Secretary of State Ann Holt and Defence Secretary Ben Roy", "Ben Roy", True),
    ],
)
def test_names_two_tells_a_joint_credit_from_a_post(text, name, two):
    assert names_two(text, name) is two


def test_two_people_credited_jointly_still_share_the_words():
    a = _speaker('"We are thrilled," said Ann Holt and Ben Roy.')
    b = _speaker('"We are thrilled," Roy said.')
    assert not speakers_differ(a, b)


# ------------------------------------------- 2. a cut that narrows or answers a denial

NARROWED = [
    # a denial narrowed by what follows it
    (
        '"Officers did not fire their weapons without a warning, and we will publish the '
        'footage," said Police Chief Dan Moore.',
        '"Officers did not fire their weapons," said Police Chief Dan Moore.',
    ),
    (
        '"The club will not sell its captain until the summer," manager Rosa Lind said.',
        '"The club will not sell its captain," manager Rosa Lind said.',
    ),
    (
        '"We found no trace of the missing crew except in the lifeboat," Coast Guard '
        "Captain Ana Ortiz said.",
        '"We found no trace of the missing crew," Coast Guard Captain Ana Ortiz said.',
    ),
    # a "but" further on that answers the kept clause
    (
        '"A settlement is not a victory for the workers, but it is a beginning," union '
        "leader Joe Park said.",
        '"A settlement is not a victory for the workers," union leader Joe Park said.',
    ),
    (
        '"The recall was the right decision for patients in every market, but it came a '
        'month too late," chief executive Lena Stahl said.',
        '"The recall was the right decision for patients in every market," chief executive '
        "Lena Stahl said.",
    ),
]


@pytest.mark.parametrize(("long", "short"), NARROWED)
def test_a_cut_that_narrows_or_answers_the_kept_words_is_a_conflict(tmp_path, long, short):
    """Session 36 (authored pharma_recall, stadium_crush): 'A fine is not
    justice' for '… on its own, but it is a start', 'did not open that gate' for
    '… without an instruction' were questions; readers: conflicts."""
    flags = _kinds(courier_gazette(tmp_path, long, short), "quote")
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]


NOT_NARROWED = [
    # a "but" that answers a clause of its own the cut drops
    (
        '"Nobody was hurt in the blast, and the crew worked all night but the line is '
        'still closed," said fire chief Ola Dahl.',
        '"Nobody was hurt in the blast," said fire chief Ola Dahl.',
    ),
    # a bound in time on no denial stays a question
    (
        '"The stand will stay closed until the engineers sign it off," club secretary '
        "Mark Hale said.",
        '"The stand will stay closed," club secretary Mark Hale said.',
    ),
]


@pytest.mark.parametrize(("long", "short"), NOT_NARROWED)
def test_a_but_of_another_clause_or_of_exception_is_no_turning_cut(tmp_path, long, short):
    flags = _kinds(courier_gazette(tmp_path, long, short), "quote")
    assert flags and all(d.verdict != "conflict" for d in flags), [d.explanation for d in flags]


@pytest.mark.parametrize(
    ("kept", "tail", "kind"),
    [
        ("stewards did not open that gate", "without an instruction", "a narrowed denial"),
        ("we won't reopen the line", "until march", "a narrowed denial"),
        ("the line will reopen", "until march", ""),  # no denial: a bound, a question
        ("it is not over", "but it is a start", ""),  # an opening "but": tail_turns reads it
        ("it is not justice", "on its own but it is a start", "a narrowed denial"),
        ("the deal is good for us", "in the long run but it will cost jobs", "a contrast"),
        ("the deal is good for us", "and the staff worked hard but it will cost", ""),
        ("the fans have given us", "nothing but support", ""),
    ],
)
def test_narrowing_tail_reads_the_words_cut_after_the_kept_ones(kept, tail, kind):
    from workbench.facts.quote.narrowed import narrowing_tail

    assert narrowing_tail(kept.split(), tail.split())[0] == kind


# ------------------------------------------- 3. a clause skipped inside a quotation

FULL_SPORT = (
    '"The players gave everything tonight, in front of our own fans, and I am proud of '
    'them," coach Ian Roe said.'
)
FULL_POLICE = (
    '"We arrested four men on Friday night, in a raid on a flat above the old market, and '
    'all four are in custody," Superintendent Mara Vance said.'
)
FULL_COUNCIL = '"We will rebuild the school, and the library, before winter," Mayor Ann Roe said.'
SKIPPED = [
    (FULL_SPORT, '"The players gave everything tonight … and I am proud of them," Roe said.'),
    (FULL_SPORT, '"The players gave everything tonight," Roe said, "and I am proud of them."'),
    (FULL_POLICE, '"We arrested four men on Friday night ... and all four are in custody," '
     "Superintendent Mara Vance said."),
    (FULL_POLICE, '"We arrested four men on Friday night . . . and all four are in custody," '
     "Superintendent Mara Vance said."),
    (FULL_COUNCIL, '"We will rebuild the school […] before winter," Mayor Ann Roe said.'),
    # whole clauses left out, unmarked
    (FULL_COUNCIL, '"We will rebuild the school before winter," Mayor Ann Roe said.'),
]  # fmt: skip


@pytest.mark.parametrize(("full", "short"), SKIPPED)
def test_a_clause_skipped_inside_a_quote_keeps_its_meaning(tmp_path, full, short):
    """The brief (session 36): 'We will rebuild ... better than before' for a
    sentence that skips a clause is consistent unless the skipped words turn
    the rest; an ellipsis, a split around the attribution or whole clauses."""
    flags = _kinds(courier_gazette(tmp_path, full, short), "quote")
    assert [d.verdict for d in flags] == ["consistent"], [d.explanation for d in flags]
    assert "shortened; meaning kept" in flags[0].explanation


TURNING_SKIPS = [
    # the words skipped carry a negation, a condition, a qualifier: never "kept"
    (
        '"The bridge will reopen to cars and buses, if the divers find no damage, on Monday," '
        "the council engineer Rob Hale said.",
        '"The bridge will reopen to cars and buses … on Monday," the council engineer Rob '
        "Hale said.",
    ),
    (
        '"The airline will refund every passenger, at least for the cancelled legs, within a '
        'month," chief executive Lena Stahl said.',
        '"The airline will refund every passenger ... within a month," chief executive Lena '
        "Stahl said.",
    ),
    # an unmarked cut inside a clause stays a change of words
    (
        '"The company invested in research and development in Germany last year," chief '
        "executive Lena Stahl said.",
        '"The company invested in Germany last year," chief executive Lena Stahl said.',
    ),
]


@pytest.mark.parametrize(("full", "short"), TURNING_SKIPS)
def test_a_skip_that_may_turn_the_rest_is_never_called_kept(tmp_path, full, short):
    flags = _kinds(courier_gazette(tmp_path, full, short), "quote")
    assert flags and all(d.verdict != "consistent" for d in flags), [d.explanation for d in flags]


def test_a_skipped_clause_credited_to_two_people_is_a_question(tmp_path):
    short = '"We will rebuild the school … before winter," council leader Tom Bale said.'
    flags = courier_gazette(tmp_path, FULL_COUNCIL, short)
    assert {d.kind for d in flags} >= {"attribution"}
    assert all(d.verdict != "consistent" for d in _kinds(flags, "quote"))


# ------------------------------------- 4. a flag cites the sentence holding the words

CITED = [
    (
        'Chief executive Ann Holt said in a statement: "Our first thoughts are with everyone '
        "who was on board. We will not wait for the investigation to do right by our "
        'passengers."',
        'Chief operating officer Ben Roy said: "We will not wait for the investigation to do '
        'right by our passengers."',
        "We will not wait",
    ),
    (
        '"It was a hard night for everyone at the club," manager Rosa Lind said. "We let the '
        'supporters down in the second half and we know it."',
        '"We let the supporters down in the second half and we know it," said captain Tom Ware.',
        "We let the supporters down",
    ),
]


@pytest.mark.parametrize(("a", "b", "words"), CITED)
def test_a_misattribution_cites_the_sentence_holding_the_shared_words(tmp_path, a, b, words):
    """Session 36 (authored emergency_landing, reader: 'cite the sentence holding
    the matched words and quote the matching text'): the flag cited the
    quotation's first sentence, which the other source never prints."""
    from conftest import write

    from workbench.analysis import analyze_paths

    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    found = analyze_paths(
        [write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
         write(tmp_path, "b.md", front.format("Gazette") + b + "\n")]
    )  # fmt: skip
    claims = {c.id: c for c in found.claims}
    flags = _kinds(found.discrepancies, "attribution")
    assert len(flags) == 1, [d.explanation for d in found.discrepancies]
    for side in flags[0].sides:
        assert words in claims[side.claim].text
    cited = [s for s in flags[0].sides if s.text.startswith(words)]
    assert len(cited) == 1 and cited[0].normalized.startswith(("Ann Holt", "Rosa Lind"))


# ------------------------------ 5. a post alone resolved in the sentence right before

KEPT_WORDS = "The gate was opened by people who had no authority to open it"
POSTED = [
    (
        f'"{KEPT_WORDS}," said Samuel Keter, the county police commander.',
        f'Ruth Njoroge, the sports minister, visited the mortuary on Sunday. "{KEPT_WORDS}," '
        "the minister said.",
        True,
    ),
    (
        '"Our players were never told the match was moved," said club secretary Mark Hale.',
        'League Commissioner Dana Price met both clubs on Friday. "Our players were never told '
        'the match was moved," the commissioner told reporters.',
        True,
    ),
    # the same person: no flag
    (
        f'"{KEPT_WORDS}," said Ruth Njoroge.',
        f'Sports Minister Ruth Njoroge visited the mortuary on Sunday. "{KEPT_WORDS}," the '
        "minister said.",
        False,
    ),
    # two ministers in the sentence before: nobody resolved, no flag
    (
        f'"{KEPT_WORDS}," said Samuel Keter, the county police commander.',
        f"Finance Minister Ann Holt met Sports Minister Ruth Njoroge on Sunday. "
        f'"{KEPT_WORDS}," the minister said.',
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "flagged"), POSTED)
def test_a_post_alone_is_the_person_the_sentence_before_gives_it_to(tmp_path, a, b, flagged):
    flags = _kinds(courier_gazette(tmp_path, a, b), "attribution")
    assert bool(flags) is flagged, [d.explanation for d in flags]
    assert all(d.verdict == "conflict" for d in flags)


# ------------------------------- 6. a speaker described between the name and a colon


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Gordon Pellerin, 71, who lost the house he had lived in for 38 years, put it "
            'simply to a local reporter: "I\'ll rebuild."',
            "pellerin",
        ),
        (
            'Mayor Anna Berg, who has run the town since 2019, was blunt: "Nobody goes back '
            'tonight."',
            "berg",
        ),
        ('Coach Ian Roe, 48, had a message for the fans: "We will be back next season."', "roe"),
    ],
)
def test_an_apposition_before_the_colon_keeps_the_speaker(text, key):
    """Session 36 (authored wildfire D8): the speaker was lost behind ', 71, who
    lost …,', the quote read as a scare quote and never compared."""
    sp = _speaker(text)
    assert sp is not None and sp.key == key


def test_an_apposition_does_not_make_words_put_to_a_person_theirs():
    sp = _speaker('Anna Berg, the mayor, faced one question: "Why were the gates shut?"')
    assert sp is None or sp.key != "berg"


def test_a_dropped_negating_lead_is_found_once_the_speaker_is(tmp_path):
    flags = _kinds(
        courier_gazette(
            tmp_path,
            "\"I honestly don't know if I'll rebuild,\" said Gordon Pellerin.",
            "Gordon Pellerin, 71, who lost the house he had lived in for 38 years, put it "
            'simply to a local reporter: "I\'ll rebuild."',
        ),
        "quote",
    )
    assert [d.verdict for d in flags] == ["conflict"]


def test_a_cut_credited_to_another_person_is_one_attribution_flag(tmp_path):
    """Session 36 (authored stadium_crush 73f5b99101, reader: 'the wrong issue:
    it must compare the speakers'): the cut question beside the misattribution
    is left out; a cut that turns the words stays a conflict of its own."""
    flags = courier_gazette(
        tmp_path,
        '"The gate was opened by people who had no authority to open it, and within two '
        'minutes the crowd was pushing into the tunnel," said Samuel Keter, the police commander.',
        '"The gate was opened by people who had no authority to open it," Sports and Culture '
        "Cabinet Secretary Ruth Njoroge said.",
    )
    assert [(d.kind, d.verdict) for d in flags] == [("attribution", "conflict")]
    (tmp_path / "t").mkdir()
    turned = courier_gazette(
        tmp_path / "t",
        '"Stewards did not open that gate without an instruction from the police," said '
        "Samuel Keter, the police commander.",
        '"Stewards did not open that gate," Sports and Culture Cabinet Secretary Ruth '
        "Njoroge said.",
    )
    assert sorted((d.kind, d.verdict) for d in turned) == [
        ("attribution", "conflict"),
        ("quote", "conflict"),
    ]
