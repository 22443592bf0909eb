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
