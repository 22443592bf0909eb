"""A text file that is not all UTF-8 is read, and said in one line: which
bytes were read as Windows-1252 and how (trial 30: a UTF-8 file with one stray
0xFF read "twoÿ-party" without a word). UTF-8, UTF-16 and plain ASCII say nothing."""

from __future__ import annotations

import pytest

from workbench.articles.parse import article_from_bytes

BODY = "A two-party deal was agreed on Monday by the two sides in Brussels after long talks.\n"


def _read(data: bytes, suffix: str = ".txt"):
    return article_from_bytes(data, suffix, "x.txt", "x.txt")


def _said(article) -> list[str]:
    return [w for w in article.warnings if "UTF-8" in w]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (BODY.replace("two-", "two\xff-").encode("latin-1"), ["0xFF at byte 5", "‘ÿ’"]),
        (  # UTF-8 beside the stray byte: said as UTF-8 text with a stray byte
            "Le café: ".encode() + BODY.replace("two-", "two\u2019-").encode("cp1252"),
            ["UTF-8 text with 1 stray byte", "0x92", "‘’’"],
        ),
        (BODY.replace("two", "caf\xe9").encode("cp1252"), ["Windows-1252", "2 bytes"]),
        (b"<p>" + BODY.replace("two-", "two\xff-").encode("latin-1") + b"</p>", ["0xFF"]),
    ],
)
def test_bytes_read_as_windows_1252_are_said_in_one_line(data, words):
    suffix = ".html" if data.startswith(b"<p>") else ".txt"
    said = _said(_read(data, suffix))
    assert len(said) == 1 and "\n" not in said[0], said
    for w in words:
        assert w in said[0], said


@pytest.mark.parametrize(
    "data",
    [
        BODY.encode("ascii"),
        ("Le café " + BODY).encode("utf-8"),
        ("Le café " + BODY).encode("utf-8-sig"),
        ("Le café " + BODY).encode("utf-16"),
    ],
)
def test_utf8_and_utf16_say_nothing(data):
    assert _said(_read(data)) == []
