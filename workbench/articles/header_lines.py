"""A header written without '---' lines: "key: value" lines at a text's top.

Two kinds of first line look alike: a header line ("outlet: Latin1",
"Published: 2012-02-29", "source: AP") and a story that opens with a word and
a colon ("Update: the toll rose to 12", "Warning: graphic images",
"Source: police said three crews attended."). They are told apart by

- the key: only the keys an article header carries (``KEYS``) can start one;
  "Update", "Warning" or "Note" never do;
- then either the block: two or more such lines together above a blank line
  are a header whatever their values (session 22's rule);
- or each line's value: alone, or without a blank line after it, a line is a
  header line only when its value has the shape of its key — a date for
  ``published`` and ``date``, a web address for ``url``, a name for
  ``outlet``, ``source``, ``author`` and ``byline`` (capitalised words or one
  word, not a clause of lower-case words), any line for ``title`` and
  ``headline``. Lines are read from the top while they have that shape.

A byte order mark, CRLF line ends, spaces around the key and the value and any
case of the key are all the same header (session 25: "outlet: Latin1" alone
was read as the article's title).
"""

from __future__ import annotations

import re

from .dateline import dateline

KEYS = ("title", "headline", "outlet", "source", "published", "date", "url", "author", "byline")
# the value greedy, its trailing spaces cut after: "[^\n]*?[ \t]*" tried every split of a
# long run of spaces (quadratic)
_LINE = re.compile(rf"[ \t]*({'|'.join(KEYS)})[ \t]*:[ \t]*(\S[^\n]*)", re.IGNORECASE)
_BLANK = re.compile(r"[ \t\r]*(?:\n|\Z)")
_MOST_LINES = 20  # a header is short: a long run of "key: value" lines is a table
_ISO_OR_NUMERIC = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ][0-9:.+\-Z]*)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
)
_WEB = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# words a name of an outlet or a person may hold in lower case
_SMALL_WORDS = (
    "of the and for on in at de la le les du des der die das den van von el los las y da do"
)
_SMALL = frozenset([*_SMALL_WORDS.split(), "&", "+", "-", "–", "—", "|", "/", "by"])
_MOST_NAME_WORDS = 8


def _is_date(value: str) -> bool:
    value = value.strip("\"' ")
    return bool(_ISO_OR_NUMERIC.fullmatch(value)) or dateline(value) is not None


def _is_name(value: str) -> bool:
    """An outlet's or a person's name: one word, or a few words each
    capitalised, a number, a web domain or a small joining word ("The Times",
    "AP", "Latin1", "bbc.co.uk", "Agence France-Presse"), not a clause
    ("police said three crews attended.")."""
    words = value.strip("\"'").split()
    if len(words) == 1:
        return True
    if len(words) > _MOST_NAME_WORDS:
        return False
    for word in words:
        bare = word.strip("\"'“”‘’()[],;.")
        if not bare:
            continue
        named = bare[0].isupper() or bare[0].isdigit() or bare.lower() in _SMALL
        if not named and not _DOMAIN.fullmatch(bare):
            return False
    return True


def _shaped(key: str, value: str) -> bool:
    """Whether ``value`` has the shape of a ``key`` value (module docstring)."""
    if key in ("published", "date"):
        return _is_date(value)
    if key == "url":
        return bool(_WEB.fullmatch(value.strip("\"'<>")))
    if key in ("title", "headline"):
        return True
    return _is_name(value)


def header_lines(raw: str) -> tuple[list[tuple[str, str]], int] | None:
    """The header lines at the top of ``raw`` as (key in lower case, value as
    written) and where the body starts (after a blank line that closes the
    header); None when the text does not open with a header."""
    lines: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(raw) and len(lines) <= _MOST_LINES:
        nl = raw.find("\n", pos)
        stop = len(raw) if nl < 0 else nl
        m = _LINE.fullmatch(raw, pos, stop)
        if m is None:
            break
        pos = stop + 1 if nl >= 0 else stop
        lines.append((m[1].lower(), m[2].rstrip(" \t\r"), pos))
    if not lines or len(lines) > _MOST_LINES:
        return None
    blank = _BLANK.match(raw, pos)
    if len(lines) >= 2 and blank:
        return [(k, v) for k, v, _ in lines], blank.end()
    shaped = 0
    while shaped < len(lines) and _shaped(*lines[shaped][:2]):
        shaped += 1
    if not shaped:
        return None
    end = blank.end() if shaped == len(lines) and blank else lines[shaped - 1][2]
    return [(k, v) for k, v, _ in lines[:shaped]], end
