"""Web-page furniture read as claims (session 9, class 1): a line that is only
the page's own posted / updated / published stamp, with a time or a date and
perhaps a byline, is boilerplate. Two outlets' update times ("Updated 4:08
p.m. ET" vs "Updated 5:40 p.m. ET") are not a discrepancy about the story.
Sentences are our own."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge import is_boilerplate


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    "line",
    [
        "Updated 11:52 a.m. ET",
        "Posted: June 3, 2019 7:15 p.m. By Carla Nunez",
        "By Omar Haddad | Last modified 09:41 AM EDT, Tue June 4, 2019",
        "Published 6:05 PM BST, Sun 2 June 2019",
        "Last updated 3 hours ago",
        "First published on Wed 5 Jun 2019 14.22 GMT",
        "Updated: 06/04/2019 22:30",
        "Posted Monday, 3 June 2019 at 8:20am",
        "Originally published June 3, 2019.",
    ],
)
def test_a_page_stamp_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published in 2011, the audit found 240 faults.",
        "Updated figures show 41 people were hurt on Monday.",
        "He posted 22 points on Sunday.",
        "The toll was updated at 6 p.m. Monday to 14 dead.",
        "Updated 11:52 a.m. ET The mayor said 12 homes burned.",
    ],
)
def test_a_sentence_that_says_something_is_not(line):
    assert not is_boilerplate(line)


def test_two_update_stamps_are_not_compared(tmp_path):
    front = "---\ntitle: T\noutlet: {}\npublished: 2019-06-04\n---\n"
    story = "Flooding closed the bridge on Monday, the council said."
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "Updated 9:02 a.m. ET\n" + story + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + "Updated 2:47 p.m. ET\n" + story + "\n"),
    ]
    assert analyze_paths(paths).discrepancies == ()
