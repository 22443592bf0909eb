"""A file of a few words is still read (a headline alone can be compared)
but said to be doubtful (fresh trial: "just some words" went in as an
article without a word, on the command line and in the window)."""

from __future__ import annotations

import pytest

from workbench.articles import load_article


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("just some words\n", "only 3 words: is this an article?"),
        ("Hello\n", "only 1 word: is this an article?"),
        ("Storm kills 24 in coastal town of Marlow\n", ""),
        (
            "---\ntitle: A headline\n---\nFive words in the body.\n",
            "only 5 words: is this an article?",
        ),
    ],
)
def test_a_file_of_a_few_words_is_read_and_doubted(tmp_path, text, warned):
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    doubts = [w for w in article.warnings if "is this an article" in w]
    assert doubts == ([f"{path}: {warned}"] if warned else [])


def test_a_path_with_a_double_slash_is_read_as_the_file_it_names(tmp_path, capsys):
    """Seen by an engineer: 'check dir//a.md dir//b.md' crashed with an
    IndexError (the article read was looked up by the path as typed)."""
    from workbench.cli import main

    folder = tmp_path / "dd"
    folder.mkdir()
    for name, day in (("a.md", "Tuesday"), ("b.md", "June 22")):
        (folder / name).write_text(
            f"---\npublished: 2021-06-23\n---\nThe council voted on {day} to close the bridge.\n",
            encoding="utf-8",
        )
    db = str(tmp_path / "log.sqlite")
    assert main(["check", f"{folder}//a.md", f"{folder}//b.md", "--db", db, "-q"]) == 0
    assert "Checked 2 articles" in capsys.readouterr().out


def test_a_date_change_that_moves_the_comparison_is_said():
    """Fresh window trial: a date edit made pairs disappear without a word."""
    import dataclasses
    from datetime import date

    from workbench.model import Analysis, Article
    from workbench.service import Checked, date_change_note
    from workbench.store.records import SaveResult

    a = Article("a", "a.txt", "A", "", date(2012, 6, 11), "", "x", "sa")
    b = Article("b", "b.txt", "B", "", date(2012, 6, 11), "", "y", "sb")
    moved = dataclasses.replace(a, published=date(2012, 6, 12))
    empty = Analysis((), (), (), (), ())

    def note(before, after, new, gone):
        return date_change_note(before, Checked(after, empty, SaveResult(new, gone, 0, 0)))

    assert note((a, b), (moved, b), 0, 2) == (
        "The date change moved what is compared: 2 flags no longer compared"
    )
    assert note((a, b), (moved, b), 1, 1) == (
        "The date change moved what is compared: 1 flag no longer compared, 1 new flag"
    )
    # never a dangling '...: 1 new' (trial 42)
    assert note((a, b), (moved, b), 2, 0).endswith(": 2 new flags")
    assert note((a, b), (moved, b), 0, 0) == ""  # verdicts may move; nothing came or went
    assert note((a, b), (a, b), 0, 2) == ""  # no date changed
    edited = dataclasses.replace(moved, sha256="sa2")
    assert note((a, b), (edited, b), 0, 2) == ""  # a text changed too: not the date alone
