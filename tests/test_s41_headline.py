"""Session 41, user trial 47: a finding's explanation was a wall of text an
editor could not check in seconds. Every finding now has a first line - who
says what, the verdict and, in a few words, why - shown above the
explanation by the window, ``check`` and the report, from one function."""

from __future__ import annotations

import pytest
from conftest import run_cli
from test_window import make_window, wait_analysis

from workbench.findings.headline import gist, headline

NAMES = {f"a{i}": f"Outlet {i}" for i in range(1, 12)}

WEEKDAY = (
    "‘yesterday’ (Outlet 9): unresolved with ‘Friday / Friday night’ (8 sources, 4 independent), "
    "‘Saturday’ (Outlet 10, Outlet 11, 1 independent). ‘Saturday’: conflict with ‘Friday / "
    "Friday night’. Why: 'Friday' in Outlet 1 needs that article's publication date to resolve; "
    "'yesterday' in Outlet 9 needs that article's publication date to resolve; Friday "
    "(publication date unknown) vs Saturday (publication date unknown): different weekday"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def test_several_versions_in_one_line_the_most_stated_first():
    versions = [
        ("Friday / Friday night", [f"a{i}" for i in range(1, 9)]),
        ("Saturday", ["a10", "a11"]),
        ("yesterday", ["a9"]),
    ]
    assert headline("date", "conflict", versions, NAMES, WEEKDAY) == (
        "Outlet 1, Outlet 2 (+6) say ‘Friday / Friday night’; Outlet 10, Outlet 11 say "
        "‘Saturday’; Outlet 9 says ‘yesterday’ — conflict: different weekday"
    )


@pytest.mark.parametrize(
    ("verdict", "explanation", "want"),
    [
        (  # two versions: the reason after the verdict, its measures left out
            "conflict",
            "‘43’ (Outlet 1, Outlet 2) vs ‘45’ (Outlet 3) — conflict: 45 wins vs 43 wins: exact "
            "counts differ (what each measures: Outlet 3: of Bowe / Outlet 1: of Riddick Bowe) "
            "— conflict",
            "exact counts differ",
        ),
        (  # a comparison of lengths, a colon inside a value ('4:48')
            "conflict",
            "two hours = 2 hours vs for almost three hours = nearly 3 hours: 2 hours is shorter "
            "than 3 hours — conflict",
            "2 hours is shorter than 3 hours",
        ),
        (
            "consistent",
            "4 minutes 48 seconds vs 4:48 = 4 minutes 48 seconds left: same length (4.8 minutes) "
            "— consistent",
            "same length",
        ),
        (  # relative dates of undated reports
            "unresolved",
            "‘Saturday’ (Outlet 1) vs ‘yesterday’ (Outlet 2) — unresolved: 'Saturday' in Outlet 1 "
            "needs that article's publication date to resolve; 'yesterday' in Outlet 2 needs that "
            "article's publication date to resolve (what both measure: charged) — unresolved",
            "needs a publication date",
        ),
        (  # years apart, the rest of the reason left to the explanation
            "conflict",
            "since 1996 vs since 2005: no overlap (9 years apart) — conflict",
            "no overlap",
        ),
        (
            "conflict",
            "‘a’ (Outlet 1) vs ‘b’ (Outlet 2) — conflict: Quote wording differs: Outlet 1 has 'a' "
            "where Outlet 2 has 'there were another' (93% of the words agree) — conflict",
            "quote wording differs",
        ),
        (  # a reason told in steps: the step that decides
            "conflict",
            "£1.2 billion vs $1.9 billion: £1.2bn is $1.6bn as Outlet 1 converts it ('£1.2bn "
            "($1.6bn)'); $1.6 billion vs $1.9 billion: 16% apart, beyond the rounding of Outlet "
            "1's '$1.6bn' and Outlet 2's '$1.9 billion' — conflict",
            "16% apart",
        ),
        (  # a reason too long for a few words: the verdict alone says it
            "conflict",
            "‘x’ (Outlet 1) vs ‘y’ (Outlet 2) — conflict: Outlet 2 stops the account after the "
            "arrest while Outlet 1 goes on to the trial and the verdict — conflict",
            "",
        ),
        (  # a conflict's reason is never the missing date of another pair
            "conflict",
            "Why: 'Friday' in Outlet 1 needs that article's publication date to resolve",
            "",
        ),
    ],
)
def test_the_reason_in_a_few_words(verdict, explanation, want):
    assert gist(explanation, verdict) == want


def test_many_versions_are_counted_and_a_quotation_shows_its_change():
    said = "the other people in the kitchen - and {} other guests were there for the dinner"
    versions = [
        (said.format("a dozen"), ["a1", "a2"]),
        (said.format("there another dozen"), ["a3"]),
        (said.format("some twelve"), ["a4"]),
        (said.format("twelve"), ["a5"]),
        (said.format("about twelve"), ["a6"]),
    ]
    line = headline("quote", "conflict", versions, NAMES, "")
    assert line.startswith("Outlet 1, Outlet 2 say ‘…kitchen - and a dozen other…’; ")
    assert "Outlet 3 says ‘…kitchen - and there another dozen other…’" in line
    # session 42 (trial 49): more than three versions are each named, by one source
    assert line.endswith("; Outlet 6 says ‘…kitchen - and about twelve other…’ — conflict")
    assert headline("quote", "conflict", [], NAMES, "") == ""  # an orphaned review: no line


REPORT = (
    "---\noutlet: {outlet}\npublished: 2024-05-02\n---\n"
    "{lede}\n\nFirefighters spent {hours} hours at the scene, fire officer Ann Rowe said.\n"
)
LEDES = {  # three reports, no two copies of one story
    "Daily Post": "A fire gutted a restaurant in Leeds on Wednesday night, the fire service said.",
    "Evening Courier": "Flames destroyed a popular Leeds restaurant late on Wednesday.",
    "Echo": "A Leeds restaurant burned down on Wednesday night; nobody was hurt.",
}


@pytest.fixture
def story(tmp_path, capsys):
    paths = []
    for outlet, hours in (("Daily Post", "two"), ("Evening Courier", "two"), ("Echo", "five")):
        path = tmp_path / f"{outlet.split()[-1].lower()}.txt"
        text = REPORT.format(outlet=outlet, hours=hours, lede=LEDES[outlet])
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    db = tmp_path / "review.sqlite"
    code, out, _err = run_cli(["check", *paths, "--db", db], capsys)
    assert code in (0, 1)
    return paths, db, out


def test_check_the_report_and_the_window_say_one_first_line(story, qtbot, tmp_path, capsys):
    _paths, db, out = story
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("[F") and "duration" in line)
    first = lines[at + 1].strip()  # the line under the finding's heading
    said, why = first.split(" — ")
    assert why == "conflict: 2 hours is shorter than 5 hours"
    two, five = said.split("; ")
    assert five == "Echo says ‘five hours’" and two.endswith(" say ‘two hours’")
    named = two.removesuffix(" say ‘two hours’").split(", ")
    assert set(named) == {"Daily Post", "Evening Courier"}
    ident = lines[at].split("]")[0].lstrip("[")
    run_cli(["review", ident, "--status", "disputed", "--db", db], capsys)  # a report item
    report = tmp_path / "report.md"
    run_cli(["report", "--db", db, "-o", report], capsys)
    assert f"- **In short:** {first}" in report.read_text(encoding="utf-8")
    html = tmp_path / "report.html"
    run_cli(["report", "--db", db, "--format", "html", "-o", html], capsys)
    assert first.replace("‘", "&lsquo;") in html.read_text(encoding="utf-8") or (
        first in html.read_text(encoding="utf-8")
    )
    w = make_window(qtbot)
    w.open_paths([str(db)])
    wait_analysis(qtbot, w)
    (row,) = [r for r in w.session.rows if r.kind == "duration"]
    w.select(row.id)
    shown = w.panel.explanation.text()
    assert shown.startswith(first + "\n\n") and shown.endswith(row.explanation)
