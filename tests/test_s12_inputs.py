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
