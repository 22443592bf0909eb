"""The second end of a range of product versions: "IE6 to 10", "Internet Explorer 6
through 11", "Windows 10 and 11 machines", "Android 13-15". A version names a
release, it counts nothing: the first end is already refused as a name's number
("iOS 17", "Windows 10", glued "IE6"), and the end after the range word was read
alone as the count 10 or 11 (real copy, ECB+ dev 27: "IE6 to 10" against "IE 6
through IE 11", session 38, issue 11 class 3).

This module finds the first end; :func:`.context.bare_number_refused` asks whether
a name owns it, as it asks of any number.
"""

from __future__ import annotations

import re

from workbench.facts.quantity.numbers import NumberSpan

# a first version (one or two digits, a point release allowed), a range word, and the
# name written again before the second ("IE 6 through IE 11")
_RANGE_BEFORE = re.compile(
    r"(?P<first>(?<![\d.,])\d{1,2}(?:\.\d{1,2})?)[ \u00a0]*"
    r"(?:(?:to|through|thru|and|or)[ \u00a0]+|[-–][ \u00a0]*)"
    r"(?:(?:[A-Z][\w]*|[a-z]+[A-Z][\w]*)[ \u00a0]*)?$"
)


def version_range_first(text: str, n: NumberSpan, start: int) -> int | None:
    """Where the first end of a range of versions starts, when ``n`` (at ``start``)
    can be its second end: a later, small version number."""
    if n.form != "digits" or not n.value < 100:
        return None
    m = _RANGE_BEFORE.search(text, max(0, start - 30), start)
    if not m or not float(m.group("first")) < n.value <= float(m.group("first")) + 20:
        return None
    return m.start("first")


# "versions 6 through 11", "releases 3 to 5": a range the word itself says is of versions
_VERSION_WORD_BEFORE = re.compile(r"\b(?i:versions?|releases?)[ \u00a0]+$")


def version_word_before(text: str, start: int) -> bool:
    """A range of numbers right after "versions" or "releases" names versions."""
    return bool(_VERSION_WORD_BEFORE.search(text, max(0, start - 12), start))
