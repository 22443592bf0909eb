"""A named person's age told in apposition, past the lead, or in reports that
share little (issue 11, session 40). Made-up reports.

Authored development events gave one person two ages in sentences never
aligned and none was compared: "Governor Miroslav Dalen, the 63-year-old former
finance ministry official" (the name before the description was not read as
whose age it is), "Eirik Lund, 74," in a report's eighteenth sentence (past the
lead the story reads), and two reports sharing few aligned sentences."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.ages import age_of, one_person_named_in_full

SHARED = (
    "Fire crews were called to the mill on Canal Street shortly after midnight. "
    "The owner said the building had been empty for several months. "
    "Investigators have not yet said how the fire started. "
)
# sentences enough to push what follows out of the lead (thresholds unmet_lead)
FILLER = " ".join(
    f"The {n}th paragraph of background on the district holds no figure at all."
    for n in ("four", "fif", "six", "seven", "eigh", "nin", "ten", "eleven", "twelf", "fourteen")
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, days=("2024-03-04", "2024-03-04"), shared=SHARED):
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + shared + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + shared + b + "\n"),
    ]
    found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found if "age" in d.rule]


@pytest.mark.parametrize(
    ("text", "figure", "whose"),
    [
        (
            "Governor Miroslav Dalen, the 63-year-old former finance official, spoke.",
            "63-year",
            ("dalen", "miroslav", 63),
        ),
        (
            "Delia Marsh, the union's 56-year-old general secretary, said so.",
            "56-year",
            ("marsh", "delia", 56),
        ),
        (
            "They found Eirik Lund, a 71-year-old sheep farmer, alive.",
            "71-year",
            ("lund", "eirik", 71),
        ),
        ("Mayor Annika Sorel, 47, repeated her call.", "47", ("sorel", "annika", 47)),
        ("Police Chief Tom Walsh, 58, said it was over.", "58", ("walsh", "tom", 58)),
        # someone else's age: a possessive after "-old", or no full name before it
        ("Police questioned Anna Berg, the 34-year-old's mother.", "34-year", None),
        ("Berg, the 34-year-old nurse, was not hurt.", "34-year", None),
        ("Ms Berg and the 34-year-old nurse were not hurt.", "34-year", None),
    ],
)
def test_whose_age_an_apposition_tells(text, figure, whose):
    at = text.index(figure)
    assert age_of(text, at, at + len(figure)) == whose


def test_an_apposed_age_against_one_after_the_name_is_a_conflict(tmp_path):
    found = _flags(
        tmp_path,
        "The owner, Marta Oyelaran, 41, was arrested at her home in Harlow.",
        "Marta Oyelaran, the 44-year-old director of the mill company, declined to comment.",
    )
    assert found == [("41", "44-year", "conflict")]


def test_a_title_is_no_first_name(tmp_path):
    # "Superintendent Ruth Okafor" and "Ruth Okafor": one person, not two of one family
    found = _flags(
        tmp_path,
        "Superintendent Ruth Okafor, 52, said the cause was still unknown.",
        "Ruth Okafor, the 55-year-old head of the county fire service, visited the site.",
    )
    assert found == [("52", "55-year", "conflict")]


def test_an_age_named_in_full_past_the_lead_is_compared(tmp_path):
    found = _flags(
        tmp_path,
        "Jonas Falk, 66, was not at home when the alarm sounded.",
        FILLER + " Asked about the insurance, Jonas Falk, 69, said he would rebuild the warehouse.",
    )
    assert found == [("66", "69", "conflict")]


def test_a_surname_alone_past_the_lead_is_not_read(tmp_path):
    # "Falk, 69" deep in a report may be anyone of that name: only the lead reads it
    found = _flags(
        tmp_path,
        "Jonas Falk, 66, who owned the mill for thirty years, was not at home.",
        FILLER + " A neighbour, Falk, 69, said he had seen smoke.",
    )
    assert found == []


def test_one_age_told_alike_past_the_lead_is_not_shown(tmp_path):
    found = _flags(
        tmp_path,
        "Jonas Falk, 66, who owned the mill for thirty years, was not at home.",
        FILLER + " Jonas Falk, the 66-year-old owner, said he would rebuild.",
    )
    assert found == []


def test_a_full_name_s_age_in_loosely_related_reports(tmp_path):
    # two reports sharing no sentence: a key figure is not compared, a full name's age is
    found = _flags(
        tmp_path,
        "Harbour workers found the trawler drifting off the point at dawn. The coastguard "
        "towed it to Vik by noon. Its skipper, Ola Brekke, 49, was safe. The catch was lost. "
        "Prices at the fish market rose. The harbour master blamed the fog.",
        "Snow closed the mountain road on Tuesday. Ploughs cleared one lane by the evening. "
        "Ola Brekke, 52, a driver, was stranded. Schools stayed shut. Buses ran late into "
        "the week. A pass further north reopened.",
        shared="",
    )
    assert found == [("49", "52", "conflict")]


def test_a_later_time_does_not_make_an_age_an_update(tmp_path):
    found = _flags(
        tmp_path,
        "By Monday evening the missing man, Per Holt, 63, had still not been found.",
        "On Friday searchers found the body of Per Holt, the 61-year-old postman.",
        days=("2024-03-04", "2024-03-08"),
    )
    assert found == [("63", "61-year", "conflict")]


def test_two_people_of_one_surname_in_full_are_not_one(tmp_path):
    assert not one_person_named_in_full("Per Holt, 63,", (10, 12), "Ann Holt, 61,", (10, 12))
    found = _flags(
        tmp_path,
        "The missing man, Per Holt, 63, had not been found.",
        "His sister, Ann Holt, the 61-year-old postwoman, said he knew the hills.",
    )
    assert found == []


def test_a_relative_past_the_lead_does_not_cancel_the_person_s_age(tmp_path):
    # "Paul Kessler, 45, the defendant's brother" deep in a report is a relative:
    # the report still gives Martin Kessler's age (authored trial lost its conflict)
    found = _flags(
        tmp_path,
        "Jonas Falk, 66, was not at home when the alarm sounded.",
        "Asked about the insurance, Jonas Falk, 69, said he would rebuild the warehouse. "
        + FILLER
        + " His brother, Erik Falk, 71, said the family would help.",
    )
    assert found == [("66", "69", "conflict")]
