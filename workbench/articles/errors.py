"""The one error the article loader raises, and file names fit for its message."""

from __future__ import annotations

import re
from pathlib import Path

# the file kinds an article is read from, as every message names them (the
# window's hint named three while the command line and the guide named five:
# trial 37); ``SUFFIXES`` adds the other spellings of the same kinds
NAMED_KINDS = (".txt", ".md", ".html", ".pdf", ".docx")
# a path that names nothing, as the window and the command line both say it
# (trial 37: "no such file" in one, "no such file or folder" in the other)
NO_SUCH = "no such file or folder"


def kinds_named(last: str = "or") -> str:
    """The file kinds read as articles, in words: ".txt, .md, .html, .pdf or .docx"."""
    return f"{', '.join(NAMED_KINDS[:-1])} {last} {NAMED_KINDS[-1]}"


class ArticleError(ValueError):
    """A file that cannot be read as an article; ``str()`` is one line."""


class OwnOutput(ArticleError):
    """The workbench's own output given as an article (a saved summary, a
    report): left out on purpose, which is not a failure of the run."""


class EmptyArticle(OwnOutput):
    """A file with no text at all: nothing in it can be lost, so it is left
    out like the workbench's own output and the others are still saved (a
    fresh trial's one empty file among good ones saved nothing)."""


class NoText(EmptyArticle):
    """A binary file (an image, a program): no text in it, so no article to
    lose. Left out like an empty file, the others still saved, in the
    command line as in the window (trial 45 P11: a binary file refused the
    whole check while an empty one was skipped, and the window loaded the
    others: three rules for one thing). A document that holds an article we
    cannot read (a PDF without text, a Word file under another name,
    undecodable text) still stops the save: its claims would be lost."""


class LeftOut(str):
    """The one-line message of a file left out on purpose (:class:`OwnOutput`)
    in a list of unread files: said, but the others are still saved (a fresh
    CLI trial: a summary saved beside the articles made every later
    ``check *.txt`` save nothing)."""


_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def display_name(path: str | Path) -> str:
    """The path as given, with line breaks and controls escaped: a file called
    ``"a\\nb.txt"`` must not split an error message over two lines."""
    return _CONTROL_IN_NAME.sub(lambda m: repr(m.group())[1:-1], str(path))
