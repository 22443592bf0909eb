"""A header line alone (session 25: an editor's file opened "outlet: Latin1"
and nothing else above the story; the line became the article's title and its
first sentence). Every key a header carries works alone, in any order, with a
byte order mark, CRLF line ends, spaces and any case; a story that opens with
a word and a colon ("Update: the toll rose …") stays text: its key is not a
header's, or its value is a clause, not a name, a date or an address."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.articles import load_article

STORY = "Three crews attended the fire at the mill on Monday, officials said.\n"


def _load(tmp_path, head: str, body: str = STORY, *, crlf: bool = False, bom: bool = False):
    text = head + body
    if crlf:
        text = text.replace("\n", "\r\n")
    data = ("\ufeff" if bom else "") + text
    return load_article(write(tmp_path, "a.txt", data.encode("utf-8")))


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        ("outlet: Latin1\n", "outlet", "Latin1"),
        ("Outlet: The Times\n", "outlet", "The Times"),
        ("source: AP\n", "outlet", "AP"),
        ("SOURCE: Agence France-Presse\n", "outlet", "Agence France-Presse"),
        ("outlet: bbc.co.uk\n", "outlet", "bbc.co.uk"),
        ("Outlet: El País   \n", "outlet", "El País"),
        ("published: 2012-02-29\n", "published", date(2012, 2, 29)),
        ("Published: February 29, 2012\n", "published", date(2012, 2, 29)),
        ("date:   29 Feb 2012 16:15 GMT\n", "published", date(2012, 2, 29)),
        ("DATE: 29/02/2012\n", "published", date(2012, 2, 29)),
        ("title: Fire at the mill\n", "title", "Fire at the mill"),
        ("Headline: Mill fire: three crews called\n", "title", "Mill fire: three crews called"),
        ("url: https://news.example.org/2012/02/29/mill-fire\n", "url", None),
    ],
)
@pytest.mark.parametrize("form", ["plain", "crlf", "bom", "blank line after"])
def test_one_header_line_alone_is_the_header(tmp_path, head, field, value, form):
    if form == "blank line after":
        head += "\n"
    a = _load(tmp_path, head, crlf=form == "crlf", bom=form == "bom")
    if field == "url":
        assert a.url == "https://news.example.org/2012/02/29/mill-fire"
        assert a.published == date(2012, 2, 29)  # the day its address states
    else:
        assert getattr(a, field) == value
    assert a.text.strip() == STORY.strip()


@pytest.mark.parametrize(
    "head",
    [
        "outlet: Latin1\npublished: 2012-02-29\n",
        "published: 2012-02-29\noutlet: Latin1\n",
        "Source: Latin1\r\nDate: 2012-02-29\r\n\r\n",  # CRLF, blank line: session 22's block
        "\ufeffPUBLISHED: 2012-02-29   \nOUTLET: Latin1   \n",
    ],
)
def test_header_lines_in_any_order_and_case(tmp_path, head):
    a = _load(tmp_path, head, "Mill fire\n" + STORY)
    assert (a.outlet, a.published, a.title) == ("Latin1", date(2012, 2, 29), "Mill fire")
    assert a.text.strip().startswith("Mill fire")
    assert "Latin1" not in a.text


@pytest.mark.parametrize(
    "first",
    [
        "Update: the toll rose to 12 on Tuesday, police said.",
        "Warning: this story contains images some readers may find distressing.",
        "Note: an earlier version of this story gave the wrong date.",
        "Source: police said three crews attended.",
        "source: a spokesman for the fire service said the mill was empty",
        "Author: Jane Doe contributed reporting from the scene.",
        "Date: tomorrow the council votes on the mill's future.",
        "Published: in 1962, the mill employed 400 people.",
        "url: see the council's website for details",
    ],
)
@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_story_that_opens_with_a_word_and_a_colon_stays_text(tmp_path, first, blank):
    a = _load(tmp_path, first + "\n" + blank)
    assert a.text.strip().startswith(first)
    assert a.outlet == "" and a.published is None and a.url == ""


def test_the_header_ends_at_the_first_line_that_is_not_one(tmp_path):
    a = _load(tmp_path, "outlet: Latin1\nSource: police said three crews attended.\n")
    assert a.outlet == "Latin1"
    assert a.text.startswith("Source: police said")


def test_a_lone_date_line_is_cut_where_it_always_was(tmp_path):
    """Review logs know an article by its text: the body after a lone date
    line keeps the line's end, as before this session."""
    a = _load(tmp_path, "published: 2012-02-29\n")
    assert a.text == "\n" + STORY


ODD_TOPS = [  # made in the child process: Python expressions
    '"outlet: " + "x" * 100_000',  # one enormous name-shaped word
    '"outlet: A\\n" * 5000 + "\\nText."',  # a table of header keys, not a header
    '"title:" + " a" * 50_000',
    '"title: x" + " " * 1_000_000 + "y\\nText."',  # a lazy value before spaces: quadratic
    '"outlet: A" + " \\t" * 500_000 + "\\r\\nText."',
]


def test_odd_header_lines_are_read_at_once_and_whole():
    """Run in a child process so a regression fails instead of hanging the
    suite; the limit is minutes against milliseconds, not a timing target."""
    import subprocess
    import sys

    code = (
        "from workbench.articles.header_lines import header_lines\n"
        f"for raw in [{', '.join(ODD_TOPS)}]:\n"
        "    found = header_lines(raw)\n"
        "    assert found is None or found[1] <= len(raw)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=240, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-500:]
