"""A blog's posting line that dates the article: "On behalf of Howard R.
Sanders, Esq. posted in Pedestrian Accidents on Wednesday, September 18, 2013."

Trial 45 (P14): ECB+ 21_10 has no ``published:`` and opens with that line; the
dateline reader wants the date at the line's start (after a label, a weekday,
a byline or a place), so the article stayed "publication date unknown" and
its "Friday" and "Sept. 13" were never resolved. A posting line is read when
the first words of a label ("posted", "published", "updated", "filed") come
with only a byline, a category and connectives around them, and the line ends
with a full date (an optional clock after it). A story's sentence that posts
or publishes something ("The company posted a loss on …", "Police said the
video was posted on …") has other words there and is not read.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"\b(?:posted|published|updated|filed)\b", re.IGNORECASE)
# lower-case words a byline may hold before the label ("On behalf of X", "by X and Y")
_BYLINE_WORDS = frozenset(["by", "on", "behalf", "of", "and", "for", "from", "written"])
# and between the label and the date ("posted in Local News by Jane Doe on")
_BETWEEN_WORDS = frozenset(["by", "in", "on", "at", "under", "to", "and", "the"])
_WORD = re.compile(r"[^\W\d_][\w.'’&-]*")
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)
_LONGEST = 200  # a posting line is short


def _only(words: str, allowed: frozenset[str]) -> bool:
    """Every word capitalised (a name, a category) or one of ``allowed``;
    no figure (a sentence's amount or time)."""
    if any(ch.isdigit() for ch in words):
        return False
    return all(w[0].isupper() or w.lower() in allowed for w in _WORD.findall(words))


def _byline(before: str) -> bool:
    """What may stand before the label: nothing, or a byline ("By Jane Doe,",
    "On behalf of Howard R. Sanders, Esq.", "Jane Doe |"); never a subject
    that posts something ("Obama posted on Twitter on …")."""
    before = before.strip()
    if not before:
        return True
    bylined = _BY.match(before) is not None or before.endswith(("|", ",", "–", "—"))
    return bylined and _only(before, _BYLINE_WORDS)


_BY = re.compile(r"(?:by|on\s+behalf\s+of)\s", re.IGNORECASE)


def posted_date(line: str, date: re.Pattern[str], after: str) -> re.Match[str] | None:
    """The date of a posting line, as ``date`` matched it, or None when
    ``line`` is no posting line; ``date`` matches a full date, ``after`` what
    may follow it to the line's end (a clock, a full stop)."""
    if len(line) > _LONGEST:
        return None
    label = _LABEL.search(line)
    if label is None or not _byline(line[: label.start()]):
        return None
    for m in date.finditer(line, label.end()):
        if not re.fullmatch(after, line[m.end() :], re.IGNORECASE):
            continue
        between = _WEEKDAY.sub("", line[label.end() : m.start()]).rstrip()
        if _only(between, _BETWEEN_WORDS) and (not between or between.endswith(_JOINS)):
            return m
    return None


_JOINS = (" on", ":", "|", ",", "–", "—", "-")  # what stands right before the date
