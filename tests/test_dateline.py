"""A pasted article's dateline dates it (fresh CLI trial: "Jul 13, 2009/02:00 pm
(CNA)" was not read, so every "on Monday" in the article stayed unresolved)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.articles import load_article
from workbench.articles.dateline import dateline

DATELINES = [
    ("Jul 13, 2009/02:00 pm (CNA)", date(2009, 7, 13)),
    ("Published: 23 June 2021", date(2021, 6, 23)),
    ("Updated 3:45 PM EDT, Wed June 23, 2021", date(2021, 6, 23)),
    ("By Jane Doe | June 23, 2021", date(2021, 6, 23)),
    ("By Ali Khan and Ruth Moss, 4 November 2019", date(2019, 11, 4)),
    ("LONDON, June 23, 2021 (Reuters) - The bank raised rates.", date(2021, 6, 23)),
    ("PARIS (AFP), 4 March 2019 — Police said on Monday", date(2019, 3, 4)),
    ("Posted on Sept. 5, 2021 at 10:15 a.m.", date(2021, 9, 5)),
    ("Thursday 2 December 2021 18.04 GMT", date(2021, 12, 2)),
    ("First published on Tue 1 Feb 2022 07.00 GMT", date(2022, 2, 1)),
    ("2020-03-03 14:05", date(2020, 3, 3)),
    ("Dated: 12th of May, 2018", date(2018, 5, 12)),
    ("Nov. 30, 2009 | 9:41 a.m.", date(2009, 11, 30)),
]

NOT_DATELINES = [
    "On June 23, 2021, the council voted to close the bridge.",
    "LONDON, June 23 (Reuters) - The bank said",  # no year: never guessed
    "The law of July 13, 2009 was repealed on Monday.",
    "Senate passes budget on 4 March 2019",
    "31 June 2021",  # no such day
    "June 23, 2021 will be remembered as the day the river rose.",
    "The 2009 - 2010 season ended early.",
    "Flood kills 12 in Chile",
]


@pytest.mark.parametrize(("line", "expected"), DATELINES)
def test_a_dateline_is_read(line, expected):
    found = dateline(f"{line}\nThe minister resigned on Monday, officials said.\n")
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_a_date_in_the_story_is_not_a_dateline(line):
    assert dateline(f"{line}\nThe minister resigned on Monday, officials said.\n") is None


def test_only_the_first_lines_are_looked_at():
    body = "Headline\nStandfirst\nFirst paragraph.\nJune 23, 2021\nMore text."
    assert dateline(body) is None
    assert dateline("Headline\n\nJune 23, 2021\nText.")[0] == date(2021, 6, 23)


def test_a_pasted_article_takes_its_dateline_date_and_says_so(tmp_path):
    f = tmp_path / "cna.txt"
    f.write_text(
        "Quake kills 12 in Chile\nJul 13, 2009/02:00 pm (CNA)\n"
        "A quake killed 12 people on Sunday, officials said.\n",
        encoding="utf-8",
    )
    article = load_article(f)
    assert article.published == date(2009, 7, 13)
    assert article.title == "Quake kills 12 in Chile"
    assert any("2009-07-13" in w and "dateline" in w for w in article.warnings)


def test_a_dateline_on_the_first_line_is_not_the_title(tmp_path):
    f = tmp_path / "wire.txt"
    f.write_text(
        "Published: 23 June 2021\nRiver bursts its banks\nThe river rose on Monday.\n",
        encoding="utf-8",
    )
    article = load_article(f)
    assert article.title == "River bursts its banks"
    assert article.published == date(2021, 6, 23)


def test_the_header_and_the_editor_win_over_the_dateline(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "---\npublished: 2021-06-24\n---\nJune 23, 2021\nThe river rose on Monday.\n",
        encoding="utf-8",
    )
    assert load_article(f).published == date(2021, 6, 24)
    assert not load_article(f).warnings
    g = tmp_path / "b.txt"
    g.write_text("June 23, 2021\nThe river rose on Monday.\n", encoding="utf-8")
    given = load_article(g, published=date(2021, 6, 25))
    assert given.published == date(2021, 6, 25)
    assert not given.warnings  # the editor gave it: nothing to say


HOSTILE_FIRST_LINES = [  # made in the child process: Python expressions
    '"Mon, " * 40',  # two readings per "Mon," made the old pattern try 2^40
    '"By John Smith | " * 30',
    '"10:00 pm (EDT) " * 30',
    '"PARIS, " * 40 + "June 23"',
    '"a, " * 70000',
]


def test_hostile_first_lines_are_read_at_once():
    """No backtracking blow-up on a first line made of dateline parts
    without a date (it hung: a fresh look at the pattern). Run in a child
    process so a regression fails instead of hanging the suite; the limit is
    minutes against microseconds, not a timing target."""
    import subprocess
    import sys

    code = (
        "from workbench.articles.dateline import dateline\n"
        f"for line in [{', '.join(HOSTILE_FIRST_LINES)}]:\n"
        "    assert dateline(line + '\\nText.') is None\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=300, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-500:]
