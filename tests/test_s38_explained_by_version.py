"""Explanations an editor checks in seconds, for findings with several
versions (trial 44, P5 and P6).

- a finding's explanation compares the versions that differ, never two
  members of one version ('February 29, 2012 … vs today … same day' while
  'this week' went unexplained);
- a finding of three versions or more leads with each version that differs,
  its verdict against each other version, then one short why;
- versions of a quotation that read alike in the list show where they differ;
- a pinned figure against a sentence without a date says the SENTENCE gives
  none, not the article ('…, published 2010-09-10, gives no date');
- an agreement of ratios of different things says what each is of, never
  '‘one sixth’ ≈ ‘a quarter’'.
"""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.findings.agreed_measures import measured_labels
from workbench.naming import where_they_differ


def _check(tmp_path, capsys, texts: dict[str, tuple[str, str]]) -> dict:
    """``workbench check`` on articles named by ``texts`` (name: (date, text)); the JSON."""
    files, dates = [], []
    for name, (day, text) in texts.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        files.append(str(p))
        dates += ["--published", f"{name}.txt={day}"]
    out = tmp_path / "out.json"
    db = str(tmp_path / "log.sqlite")
    assert main(["check", *files, "--db", db, *dates, "--json", str(out)]) == 0
    capsys.readouterr()
    return json.loads(out.read_text())


DAY_AND_WEEK = [  # two sources name one day two ways; a third says only 'this week'
    (
        ("Monday", "today", "this week"),
        "Harbor Foods announced {} that it will close its Dayton plant, cutting 240 jobs.",
        ("on Monday", "today", "this week"),
        ("2024-03-04", "2024-03-04", "2024-03-07"),
    ),
    (
        ("March 12", "today", "this week"),
        "The regional council {} approved a new tram line to the airport, worth 1.2 billion euros.",
        ("on March 12", "today", "this week"),
        ("2025-03-12", "2025-03-12", "2025-03-14"),
    ),
    (
        ("Thursday", "yesterday", "last week"),
        "Police {} arrested two men over the theft of 80 paintings from the museum.",
        ("on Thursday", "yesterday", "last week"),
        ("2023-06-16", "2023-06-16", "2023-06-20"),
    ),
]


@pytest.mark.parametrize(("words", "sentence", "said", "days"), DAY_AND_WEEK)
def test_the_explanation_speaks_of_the_version_that_differs(
    tmp_path, capsys, words, sentence, said, days
) -> None:
    got = _check(
        tmp_path,
        capsys,
        {n: (day, sentence.format(s)) for n, s, day in zip("abc", said, days, strict=True)},
    )
    (found,) = [f for f in got["findings"] if f["kind"] == "date"]
    assert len(found["versions"]) == 2
    why = found["explanation"].split(" — ", 1)[1]  # the reason, after the listed versions
    assert words[2] in why  # the differing version is explained, not two of one version
    assert not (words[0] in why and words[1] in why)


def test_each_version_that_differs_leads_with_its_verdicts(tmp_path, capsys) -> None:
    """The finding names the odd figure once with each verdict, one why, and
    stays short (trial 44: a 150-word explanation of three versions)."""
    sentence = "The storm destroyed {} homes along the coast, the governor said."
    other = "Governor Ellis said {} homes along the coast were destroyed by the storm."
    third = "Some {} coastal homes were destroyed in the storm, according to the governor."
    fourth = "The governor's office said the storm destroyed {} homes on the coast."
    got = _check(
        tmp_path,
        capsys,
        {
            "a": ("2024-09-02", sentence.format("340")),
            "b": ("2024-09-02", other.format("340")),
            "c": ("2024-09-02", third.format("about 340")),
            "d": ("2024-09-02", fourth.format("520")),
        },
    )
    (found,) = [f for f in got["findings"] if len(f["versions"]) == 3]
    said = found["explanation"]
    assert said.startswith("‘520’ (d): conflict with ‘340’ (a, b)")
    assert "‘about 340’ agrees with ‘340’" in said  # each version's sources said once
    assert said.count("Why:") == 1
    assert len(said.split()) <= 60


QUOTE = (
    "By acquiring the firm, we are accelerating our move into cloud servers and the data "
    "centre market"
)


@pytest.mark.parametrize(
    "values",
    [
        [  # one quotes further than another, and two run on differently
            "accelerate out move into cloud servers and the data centre market",
            QUOTE + ",",
            QUOTE + ", … The firm is a pioneer in low-power servers. Its fabric is unmatched.",
            QUOTE + ", … The firm is a pioneer in low-power servers. We are skating ahead.",
        ],
        [
            "We will rebuild every school that was damaged, and we will do it this year",
            "We will rebuild every school that was damaged, and we will do it this year, with "
            "or without help from the capital, whatever the cost",
            "We will rebuild every school that was damaged, and we will do it this year, with "
            "or without help from the capital, because the children cannot wait",
            "We will rebuild the schools",
        ],
    ],
)
def test_versions_of_a_quotation_never_read_alike_in_the_list(values) -> None:
    got = where_they_differ(values)
    assert len(set(got)) == len(values)
    assert all(len(label) <= 70 for label in got)


def test_a_quote_finding_names_each_odd_version_once(tmp_path, capsys) -> None:
    """One source misquotes ('public' for 'swimming'), one cuts the quote
    short, two quote it whole or further: the explanation names the
    misquoting source once with its verdict against every other version,
    then the short cut, then one why each; no version's whole text."""
    said = "This budget protects libraries and it keeps every {} pool open{}"
    texts = {
        "a": (
            "2024-05-07",
            "The council approved the budget on Tuesday evening after a long debate.\n\n"
            '"This budget protects libraries," said councillor Maria Lopez, "and it keeps '
            'every swimming pool open through the winter."',
        ),
        "b": (
            "2024-05-07",
            "After hours of debate the council voted the budget through on Tuesday evening.\n\n"
            f'"{said.format("swimming", " through the winter, whatever the heating costs,")}" '
            "councillor Maria Lopez said.",
        ),
        "c": (
            "2024-05-07",
            "Councillors voted for the spending plan on Tuesday evening.\n\n"
            f'Councillor Maria Lopez said: "{said.format("swimming", ".")}"',
        ),
        "d": (
            "2024-05-07",
            "The spending plan cleared the council on Tuesday evening.\n\n"
            f'"{said.format("public", " through the winter,")}" said councillor Maria Lopez.',
        ),
    }
    got = _check(tmp_path, capsys, texts)
    (found,) = [f for f in got["findings"] if f["kind"] == "quote"]
    assert len(found["versions"]) == 4
    told = found["explanation"]
    assert told.startswith("d's quotation: conflict with c, a, b. c's quotation: unresolved with")
    assert told.count("d's quotation") == 1 and told.count("Why:") == 1
    assert "protects libraries" not in told  # no version's whole text
    assert len(set(where_they_differ([v["value"] for v in found["versions"]]))) == 4


def test_a_pinned_figure_against_a_sentence_without_a_date_says_the_sentence(
    tmp_path, capsys
) -> None:
    pairs = [
        ("The index fell 260 points today as banks slumped.", "The index fell 678 points."),
        ("Ticket sales reached 12,000 this morning, organisers said.", "Ticket sales hit 15,500."),
    ]
    for n, (today, later) in enumerate(pairs):
        here = tmp_path / str(n)
        here.mkdir()
        got = _check(here, capsys, {"a": ("2024-03-13", today), "b": ("2024-03-15", later)})
        said = " ".join(d["explanation"] for d in got["discrepancies"])
        assert "this sentence gives no date" in said
        assert "published 2024-03-15, gives no date" not in said


@pytest.mark.parametrize(
    ("sentence", "first", "second", "measures"),
    [
        (
            "The new servers use one quarter the power and one sixth the space of rivals.",
            "one quarter",
            "one sixth",
            ("power", "space"),
        ),
        (
            "The drive has three times the speed and half the cost of the old one.",
            "three",
            "half",
            ("speed", "cost"),
        ),
    ],
)
def test_an_agreement_of_ratios_of_two_things_says_what_each_is_of(
    sentence, first, second, measures
) -> None:
    at = [(sentence.index(w), sentence.index(w) + len(w)) for w in (first, second)]
    got = measured_labels([(first, [(sentence, *at[0])]), (second, [(sentence, *at[1])])])
    assert got == [
        f"‘{first}’ (of the {measures[0]})",
        f"‘{second}’ (of the {measures[1]})",
    ]
    # two ratios of one thing, or a figure of nothing said, keep the line as it was
    same = "Chip A uses one quarter the power; chip B uses one sixth the power."
    a, b = same.index("one quarter"), same.index("one sixth")
    assert measured_labels([("q", [(same, a, a + 11)]), ("s", [(same, b, b + 9)])]) is None
    assert measured_labels([("q", [("It is one quarter.", 6, 17)])]) is None


@pytest.mark.parametrize(
    ("sentence", "first", "second", "expected"),
    [
        (
            "Its chips need a quarter the power and a sixth the space of the old racks.",
            "a quarter",
            "a sixth",
            ["power", "space"],
        ),
        (
            "The new line is twice the speed and a third the cost of buses.",
            "twice",
            "a third",
            ["speed", "cost"],
        ),
        (
            "Plant A needs a quarter the power of the old plant and plant B a third the power.",
            "a quarter",
            "a third",
            None,  # two ratios of one thing: the line stays as it was
        ),
    ],
)
def test_the_report_says_what_each_agreed_ratio_is_of(sentence, first, second, expected) -> None:
    from workbench.findings.agreed_measures import report_measures

    versions = [{"value": w, "sources": [{"claim": sentence, "value": w}]} for w in (first, second)]
    assert report_measures(versions) == expected
