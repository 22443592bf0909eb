"""User trial 47: one ``--published`` date went on 16 undated articles
silently, while some carried a date line the editor could use ("Dec. 24
4:33 AM EST"; a title "Article posted on 08.07.2012"). ``check`` now says
so in one line and names such lines; what is analysed does not change."""

from __future__ import annotations

import pytest

from workbench.articles.date_lines import date_line
from workbench.cli import main


@pytest.mark.parametrize(
    ("line", "has_year"),
    [
        ("Dec. 24 4:33 AM EST", False),
        ("Jul. 7 5:59 PM EDT", False),
        ("Article posted on 08.07.2012", True),
        ("Updated Sept. 3 at 11:02 a.m.", False),
        ("Wednesday, March 3, 2010, 10:15 AM", True),
        ("Posted 2014-02-11 09:00 GMT", True),
        ("14 February 2014", True),
    ],
)
def test_date_lines_are_found(line, has_year):
    assert date_line(line) == (line, has_year)


@pytest.mark.parametrize(
    "line",
    [
        "Police said the shooting happened Dec. 24.",  # a sentence of the story
        "Twelve people were still inside on March 3, 2010",
        "5 dead in May 3 crash",
        "Monday",  # no date
        "WLADIMIR KLITSCHKO RETAINS WORLD HEAVYWEIGHT BELTS",
        "",
    ],
)
def test_a_sentence_with_a_date_is_no_date_line(line):
    assert date_line(line) is None


def _articles(tmp_path) -> list[str]:
    texts = {
        "wire.txt": "Dec. 24 4:33 AM EST\nThree people died in the fire on Tuesday, police said.\n",
        "blog.md": "---\ntitle: Article posted on 08.07.2012\n---\n"
        "The fire on Tuesday killed three people, police said.\n",
        "paper.txt": "Police said three people died in Tuesday's fire.\n",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_one_date_for_many_undated_articles_is_said_with_their_date_lines(tmp_path, capsys):
    paths = _articles(tmp_path)
    db = str(tmp_path / "r.sqlite")
    assert main(["check", *paths, "--db", db, "--published", "2012-12-24", "-q"]) == 0
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if line.startswith("workbench: note: ")]
    assert any("one date (2012-12-24) for 3 undated articles" in n for n in notes), err
    wire = next(n for n in notes if n.startswith("workbench: note: wire "))
    assert "“Dec. 24 4:33 AM EST”, no year" in wire and "--published wire=" in wire
    blog = next(n for n in notes if n.startswith("workbench: note: blog "))
    assert "its title is a date line, “Article posted on 08.07.2012”" in blog
    assert not any(n.startswith("workbench: note: paper ") for n in notes)
    from workbench.store import ReviewLog

    log = ReviewLog(db, create=False)  # nothing analysed changes: all three take the date
    assert {a.published for a in log.articles()} == {"2012-12-24"}
    log.close()


def test_one_undated_article_given_the_date_gets_no_many_line(tmp_path, capsys):
    a, b = tmp_path / "a.md", tmp_path / "b.txt"
    a.write_text("---\npublished: 2012-12-24\n---\nThree people died in the fire.\n")
    b.write_text("Police said three people died in the fire.\n")
    assert main(["check", str(a), str(b), "--db", str(tmp_path / "r.sqlite"),
                 "--published", "2012-12-24", "-q"]) == 0  # fmt: skip
    assert "undated articles" not in capsys.readouterr().err


def test_an_undated_article_with_a_date_line_is_named_without_a_date_given(tmp_path, capsys):
    paths = _articles(tmp_path)
    assert main(["check", *paths, "--db", str(tmp_path / "r.sqlite"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "one date" not in err
    # a text file's first line is its title: the date line is said to be the title
    assert "wire (undated): its title is a date line, “Dec. 24 4:33 AM EST”, no year" in err
