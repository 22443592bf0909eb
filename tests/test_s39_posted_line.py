"""Session 39, trial 45 P14: ECB+ 21_10 has no ``published:`` and opens with
"On behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on
Wednesday, September 18, 2013." The tool said "publication date unknown". A
blog's posting line — a byline, a label, a category, and a full date ending
the line — dates the article, said in one line; a story's sentence about
something posted or published does not."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.articles.dateline import dateline
from workbench.cli import main


@pytest.mark.parametrize(
    "line, day",
    [
        ("On behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on Wednesday, "
         "September 18, 2013.", date(2013, 9, 18)),
        ("Posted by Jane Doe in Local News on 18 September 2013 at 4:15 pm", date(2013, 9, 18)),
        ("By Jane Doe, published on Sept. 18, 2013", date(2013, 9, 18)),
        ("Mary Ruiz | Updated Jan. 4, 2021", date(2021, 1, 4)),
        ("Filed under Crime, Queens on March 2, 2019", date(2019, 3, 2)),
        ("Posted in News & Events on 2014-06-30 at 09:12", date(2014, 6, 30)),
        ("by Tom Ng and Ana Silva, posted in Courts on Friday, 13 December 2019.",
         date(2019, 12, 13)),
    ],
)  # fmt: skip
def test_a_posting_line_dates_the_article(line, day):
    found = dateline(line + "\nAccording to police, a woman was hurt on Friday.\n")
    assert found is not None and found.day == day and found.line == line


@pytest.mark.parametrize(
    "line",
    [
        "The company posted a loss on Wednesday, September 18, 2013.",
        "Police said the video was posted on Wednesday, September 18, 2013.",
        "Obama posted on Twitter on September 18, 2013.",
        "Smith posted 24 points on Wednesday, September 18, 2013.",
        "The results were published on September 18, 2013 by the council.",
        "The report, published in the journal on June 2, 2020, found a rise in cases.",
        "Posted in Local News on Wednesday",  # no full date: no year guessed
    ],
)
def test_a_story_sentence_about_posting_is_no_dateline(line):
    assert dateline(line + "\nMore of the story follows here.\n") is None


def test_check_uses_it_and_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    blog = tmp_path / "blog.txt"
    blog.write_text(
        "---\ntitle: Woman killed in hit-and-run\nurl: http://example.com/blog/2013/09/x.html\n"
        "---\nOn behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on "
        "Wednesday, September 18, 2013.\n"
        "A woman was killed by a hit-and-run driver in Queens on Friday night.\n"
        "The driver fled the scene in a grey Toyota Camry, police said.\n",
        encoding="utf-8",
    )
    news = tmp_path / "news.txt"
    news.write_text(
        "---\ntitle: Queens hit and run\npublished: 2013-09-14\n---\n"
        "A woman was killed by a hit-and-run driver in Queens on Friday night, police said.\n"
        "The driver fled in a grey Toyota Camry.\n",
        encoding="utf-8",
    )
    db = tmp_path / "l.sqlite"
    assert main(["check", str(blog), str(news), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    (said,) = [x for x in err.splitlines() if "blog.txt" in x]
    assert said.startswith("workbench: warning: ")
    assert "publication date 2013-09-18 read from its dateline “On behalf of" in said
    assert "--published" in said
    row = next(x for x in out.splitlines() if x.strip().startswith("blog "))
    assert "2013-09-18" in row and "unknown" not in row
