"""Datelines of pasted web articles in figures and with times (session 25: an
editor's "02.29.12 4:15 PM", "29/02/2012 16:15" and similar lines were not
read, so the article's "on Monday" stayed unresolved). Day and month are told
apart only soundly — a year first, a number above 12, two equal numbers, a
weekday only one reading falls on, the day the web address states — and a
line that stays ambiguous ("02.03.12") says so in one line: no guess is
presented as the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.articles import load_article
from workbench.articles.dateline import dateline

LEAP = date(2012, 2, 29)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("02.29.12 4:15 PM", LEAP),
        ("2/29/12 4:15 PM EST", LEAP),
        ("Feb. 29, 2012 4:15 p.m. ET", LEAP),
        ("29/02/2012 16:15", LEAP),
        ("29.2.2012", LEAP),
        ("Posted: Wednesday, February 29, 2012 at 4:15pm", LEAP),
        ("Updated 4:15 PM EST, Wed February 29, 2012", LEAP),
        ("Wed, 29 Feb 2012 16:15:00 +0000", LEAP),
        ("2012-02-29T16:15:00Z", LEAP),
        ("2012/02/29 16:15", LEAP),
        ("29-Feb-2012 16:15", LEAP),
        ("Last modified: 2/29/2012 4:15:32 PM", LEAP),
        ("Published 29.02.2012, 16:15 GMT", LEAP),
        ("Originally published 13/07/2009", date(2009, 7, 13)),
        ("By Ana Ruiz | 07-13-2009 10:02", date(2009, 7, 13)),
        ("12/31/99", date(1999, 12, 31)),  # two figures of year: 70 and up are 19xx
        ("05/05/12", date(2012, 5, 5)),  # both readings one day
        ("Tue 05/06/2012", date(2012, 6, 5)),  # 6 May 2012 was a Sunday
        ("Sun 05/06/2012 9:00", date(2012, 5, 6)),
    ],
)
def test_a_dateline_in_figures_is_read(line, day):
    found = dateline(f"{line}\nThe minister resigned on Monday, officials said.\n")
    assert found is not None and found.day == day and found.line == line


@pytest.mark.parametrize(
    ("line", "readings"),
    [
        ("02.03.12 4:15 PM", (date(2012, 2, 3), date(2012, 3, 2))),
        ("Updated: 06/04/2019 22:30", (date(2019, 4, 6), date(2019, 6, 4))),
        ("2.3.2012", (date(2012, 2, 3), date(2012, 3, 2))),
        ("Mon 05/06/2012", (date(2012, 5, 6), date(2012, 6, 5))),  # neither was a Monday
    ],
)
def test_figures_in_an_unstated_order_are_no_date(line, readings):
    found = dateline(f"{line}\nThe minister resigned on Monday, officials said.\n")
    assert found is not None and found.day is None and found.readings == readings


@pytest.mark.parametrize(
    "line",
    [
        "1.2.10",  # a version number
        "13/13/2012",  # no month 13 either way
        "31.02.2012 09:00",  # no 31 February, no month 31
        "Score: 2-1-0 after extra time",
        "Flights 12/14/16 leave from gate 3.",
        "In 02/2012 the plant closed.",
    ],
)
def test_figures_that_are_no_date_are_no_dateline(line):
    assert dateline(f"{line}\nThe minister resigned on Monday, officials said.\n") is None


def _article(tmp_path, head: str):
    body = f"Quake hits town\n{head}\nA quake struck the town on Monday, officials said.\n"
    return load_article(write(tmp_path, "quake.txt", body))


def test_a_pasted_article_is_dated_by_its_figures(tmp_path):
    a = _article(tmp_path, "02.29.12 4:15 PM")
    assert a.published == LEAP and a.title == "Quake hits town"
    (said,) = a.warnings
    assert "2012-02-29 read from its dateline “02.29.12 4:15 PM”" in said


def test_an_ambiguous_dateline_leaves_the_article_undated_and_says_why(tmp_path):
    a = _article(tmp_path, "02.03.12 4:15 PM")
    assert a.published is None and a.title == "Quake hits town"
    (said,) = a.warnings
    assert "\n" not in said and "quake.txt" in said
    assert "can be 3 February or 2 March 2012" in said and "order of day and month" in said
    assert "--published" in said


def test_the_web_address_settles_the_order(tmp_path):
    head = "---\nurl: https://news.example.org/2012/03/02/quake\n---\n"
    body = "Quake hits town\n02.03.12 4:15 PM\nA quake struck the town on Monday.\n"
    a = load_article(write(tmp_path, "quake.txt", head + body))
    assert a.published == date(2012, 3, 2)
    assert "order its web address states" in a.warnings[0]
    other = "---\nurl: https://news.example.org/2012/03/09/quake\n---\n"
    b = load_article(write(tmp_path, "quake2.txt", other + body))
    assert b.published == date(2012, 3, 9)  # neither reading: the address, said so
    assert "can be 3 February or 2 March 2012" in b.warnings[0]


def test_an_ambiguous_header_date_names_both_readings(tmp_path):
    f = write(tmp_path, "a.md", "---\ntitle: Quake\ndate: 9/8/2011\n---\n\nA quake struck.\n")
    a = load_article(f)
    assert a.published is None
    assert any("can be 9 August or 8 September 2011" in w for w in a.warnings)
    g = write(tmp_path, "b.md", "---\ntitle: Quake\ndate: 29/8/2011\n---\n\nA quake struck.\n")
    assert load_article(g).published == date(2011, 8, 29)


def test_the_check_prints_the_ambiguity_on_one_line(tmp_path, capsys):
    from workbench.cli import main

    a = _article(tmp_path, "02.03.12 4:15 PM")
    other = write(tmp_path, "b.txt", "Quake hits town\nA quake struck the town on Monday.\n")
    code = main(["check", a.path, str(other), "--db", str(tmp_path / "log.sqlite"), "-q"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err
    (line,) = [ln for ln in err.splitlines() if "can be 3 February" in ln]
    assert "quake.txt" in line


@pytest.mark.parametrize(
    "line",
    [
        "02.29 " * 40,  # clock-like figures that never reach a date
        "1/1/" * 50,
        "Mon, 02/03 " * 20,
        "Updated 4:15 PM EST, " * 12 + "29/02",
    ],
)
def test_runs_of_date_parts_are_no_dateline(line):
    assert dateline(line + "\nText.") is None
