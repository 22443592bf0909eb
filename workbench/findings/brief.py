"""A finding of three versions or more, told so an editor reads it in seconds
(session 43, polish53; user trial 49).

Told version by version (``per_version``) the explanation of a six-version
finding still ran to about 150 words — every version's verdicts against the
others, then a reason per odd version — and the panel and ``check`` showed it
whole as the explanation. What an editor checks first is one line per version
(its value, its sources, when they were published) and one line of why the
versions conflict or agree; the reasons pair by pair stay below (the panel)
or one command away (``workbench review F…``).

:func:`why_line` picks that one reason from the explanation's "Why:" list:
the first that names the version most sources state (the odd version's own
reason against it is what the finding is about: 28_12ecbplus's 'four months'
against the five sources of 'four and a half months', not '412 months', a
misprint, against 'four months'), else the first; the rest are counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

BRIEF_VERSIONS = 3  # a finding of this many versions or more is told briefly
WHY_WORDS = 30  # a longer reason is cut, its whole text kept pair by pair
_WHY = "Why: "


def told_briefly(versions: int, explanation: str) -> bool:
    """Whether a finding's explanation is the long pairwise kind."""
    return versions >= BRIEF_VERSIONS and _WHY in explanation


def reasons(explanation: str) -> list[str]:
    """The reasons after "Why: ", split at "; " outside brackets and quotes."""
    _head, _sep, tail = explanation.partition(_WHY)
    out, depth, start = [], 0, 0
    for k, ch in enumerate(tail):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0 and tail.startswith("; ", k):
            out.append(tail[start:k].strip())
            start = k + 2
    out.append(tail[start:].strip())
    return [r for r in out if r]


def _cut(text: str, words: int = WHY_WORDS) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def why_line(
    explanation: str, verdict: str, top: Sequence[str] = (), where: str = "pair by pair below"
) -> str:
    """ "Why conflict: four months = 4 months vs four and a half months = 4.5
    months: 4 months is shorter than 4.5 months (and 3 more reasons, pair by
    pair below)". ``top``: the wordings of the version most sources state;
    ``where``: where the other reasons are."""
    found = reasons(explanation)
    if not found:
        return f"Why {verdict}: {where}"
    named = [r for r in found if any(w and w in r for w in top)]
    first = (named or found)[0]
    more = len(found) - 1
    rest = f" (and {more} more reason{'s' if more > 1 else ''}, {where})" if more else ""
    return f"Why {verdict}: {_cut(first.removesuffix(' — ' + verdict))}{rest}"


def dates_of(articles: Iterable[str], published: Mapping[str, str]) -> str:
    """ "; published 2004-07-28" or "; published 2004-07-28 to 2004-07-29"
    ('' when none of them is dated)."""
    days = sorted({published[a] for a in articles if published.get(a)})
    if not days:
        return ""
    return f"; published {days[0]}" + (f" to {days[-1]}" if len(days) > 1 else "")


def top_wordings(value: str) -> tuple[str, ...]:
    """A version's wordings ("41/2 months / four and a half months" -> both)."""
    return tuple(w.strip() for w in value.split(" / ") if w.strip())


def version_lines(
    versions: Sequence[tuple[str, Sequence[str]]],
    names: Mapping[str, str],
    published: Mapping[str, str],
) -> list[str]:
    """One line a version: "A ‘four months’ — ECB+ 28_12; published 2004-07-28",
    two sources named and the rest counted."""
    out = []
    for k, (value, articles) in enumerate(versions):
        arts = list(dict.fromkeys(articles))
        who = ", ".join(names.get(a, a) for a in arts[:2])
        more = f" (+{len(arts) - 2})" if len(arts) > 2 else ""
        letter = chr(ord("A") + k) if k < 26 else "?"
        out.append(f"{letter} ‘{value}’ — {who}{more}{dates_of(arts, published)}")
    return out


def check_why(finding, published: Mapping[str, str] | None = None) -> str:
    """What ``check`` prints under a finding's versions: its explanation, or,
    told briefly, the one line of why and where every pair's reason is."""
    if not told_briefly(len(finding.versions), finding.explanation):
        return finding.explanation
    top = top_wordings(finding.versions[0].value) if finding.versions else ()
    return why_line(
        finding.explanation, str(finding.verdict), top, f"each pair: workbench review {finding.id}"
    )


def published_of(analysis) -> dict[str, str]:
    """Each article's publication date as written in the log ('' undated)."""
    return {a.id: a.published.isoformat() if a.published else "" for a in analysis.articles}


def published_on(articles, article: str) -> str:
    """The date one article was published, as written ('' undated or unknown)."""
    day = next((a.published for a in articles if a.id == article), None)
    return day.isoformat() if day else ""
