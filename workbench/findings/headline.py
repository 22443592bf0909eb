"""A finding's first line: who says what, the verdict and, in a few words, why.

An explanation of three versions or more ran to a wall of text even told
version by version (session 40's ``per_version``): "‘yesterday’ (X):
unresolved with ‘Friday / Friday night’ (8 sources, 4 independent),
‘Saturday’ (…). ‘Saturday’: conflict with … Why: 'Friday' in X needs that
article's publication date …" (user trial 47). An editor checks a finding
first by one line, then reads on where it matters:

    ECB+ 18_10ecb, ECB+ 18_15ecb (+6) say ‘Friday’; ECB+ 18_12ecb, ECB+ 18_6ecb
    say ‘Saturday’; ECB+ 18_11ecb says ‘yesterday’ — conflict: different weekday

Each version with its sources (two named, the rest counted), the most
stated first; a quotation by the words around its change; the verdict; and
the reason's few words when the explanation gives them plainly ("different
weekday", "exact counts differ", "2 hours is shorter than 3 hours", "needs a
publication date"), else the verdict alone. The window, ``check`` and the
report show this same line (one function: :func:`headline`) above the
explanation, which is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Finding
from ..naming import shorten, where_they_differ
from .scoped import without_measures

NAMED = 2  # sources named per version; the rest counted, "(+6)"
SHOWN = 3  # versions said; more are counted
SHOWN_MANY = 6  # ... when there are more than SHOWN, each dissenting one by one source
VALUE_CHARS = 48
GIST_WORDS = 8  # a reason longer than this is left to the explanation
_VERDICTS = ("conflict", "unresolved", "consistent", "raised")
_UNDATED = "needs a publication date"
_QUOTES = re.compile("[‘’“”\"']")
# where a reason's own words end: a parenthesis, the next clause, the next reason
_END = re.compile(r" \(|; |, | — |\. ")


def headline(
    kind: str,
    verdict: str,
    versions: Sequence[tuple[str, Sequence[str]]],
    names: Mapping[str, str],
    explanation: str = "",
) -> str:
    """'A, B (+6) say ‘Friday’; C says ‘Saturday’ — conflict: different
    weekday'. ``versions``: each version's wording and the articles stating
    it, as the finding orders them; ``names``: an article's name as the
    reader sees it; ``explanation``: the finding's, for the reason's words.
    '' for a finding with no versions kept (an orphaned review)."""
    if not versions:
        return ""
    values = [value for value, _articles in versions]
    if kind == "quote" and len(values) > 1:  # where each quotation changed
        values = where_they_differ(values, VALUE_CHARS, (2, 1))
    else:
        values = [shorten(" ".join(v.split()), VALUE_CHARS) for v in values]
    said = []
    # more versions than SHOWN: every dissenting one still named by value and
    # one source (trial 49: "3 more versions" hid the garbled '412 months')
    many = len(versions) > SHOWN
    for i, (value, (_v, articles)) in enumerate(zip(values, versions, strict=True)):
        if i == (SHOWN_MANY if many else SHOWN):
            break
        who = list(dict.fromkeys(names.get(a, a) for a in articles))
        named = 1 if many and i else NAMED
        more = f" (+{len(who) - named})" if len(who) > named else ""
        says = "say" if len(who) > 1 else "says"
        said.append(f"{', '.join(who[:named])}{more} {says} ‘{value}’")
    if len(versions) > (shown := SHOWN_MANY if many else SHOWN):
        rest = len(versions) - shown
        said.append(f"{rest} more version{'s' * (rest != 1)}")
    why = gist(explanation, verdict, several=len(versions) > 2)
    return f"{'; '.join(said)} — {verdict}" + (f": {why}" if why else "")


def of_finding(finding: Finding, names: Mapping[str, str]) -> str:
    """:func:`headline` of an analysis's finding (``check``'s list)."""
    versions = [(v.value, [s.article for s in v.sides]) for v in finding.versions]
    return headline(finding.kind, str(finding.verdict), versions, names, finding.explanation)


def gist(explanation: str, verdict: str, several: bool = False) -> str:
    """The reason of ``explanation`` in a few words, one that fits its
    ``verdict`` first ('' when no reason is said plainly enough). ``several``
    (three versions or more): only a reason every pair gives; one pair's
    ("4.875 months is shorter than 4 years", trial 49) read as the finding's."""
    found = [g for part in _reasons(explanation) if (g := _gist_of(part))]
    if not found:
        return ""
    if several and verdict != "unresolved" and len(set(found) - {_UNDATED}) > 1:
        return ""
    if verdict == "unresolved":
        return next((g for g in found if g == _UNDATED), found[0])
    # a reason told in steps ('£1.2bn is $1.6bn as X converts it; $1.6 billion vs
    # $1.9 billion: 16% apart') ends with the step that decides
    return next((g for g in reversed(found) if g != _UNDATED), "")


def _reasons(explanation: str) -> list[str]:
    """The reasons an explanation gives: after "Why:" (several versions),
    after "— verdict:" (two versions), else the whole, split at "; "."""
    text = explanation.split(" Also: ", 1)[0]
    if " Why: " in text:
        text = text.split(" Why: ", 1)[1]
    else:
        for verdict in _VERDICTS:
            head = re.search(rf" — {verdict}( between [^:]*)?: ", text)
            if head:
                text = text[head.end() :]
                break
    return [without_measures(part) for part in text.split("; ")]


def _gist_of(reason: str) -> str:
    reason = reason.strip()
    if "publication date to resolve" in reason:
        return _UNDATED
    if reason.lower().startswith("quote wording differs"):
        return "quote wording differs"
    if "stops the quote after" in reason:
        return "one quotation stops sooner"
    at = reason.find(" vs ")
    colon = reason.find(": ", at) if at >= 0 else -1
    if colon < 0:
        return ""
    tail = reason[colon + 2 :]
    cut = _END.search(tail)
    words = (tail[: cut.start()] if cut else tail).strip().rstrip(".")
    for verdict in _VERDICTS:
        words = words.removesuffix(f" — {verdict}")
    if not words or _QUOTES.search(words) or len(words.split()) > GIST_WORDS:
        return ""
    return words
