"""The year a report is about, named without its number: "sales for the full
year", "for the year, volume was flat", "a loss for the entire year", "lower
earnings for the fiscal year", "the latest fiscal year", "the first nine months of the year".

Results copy says it after a preposition, in a sentence about figures; the
year meant is the one the sentence (or an earlier results sentence of the
document) reports on:

* a year written in the same sentence before it ("the fourth quarter of 2005
  and ... for the entire year") or the year of the reporting period an earlier
  results sentence named (:class:`.context.TimeContext`);
* "the latest / last / most recent / past fiscal year": the last year over
  before publication;
* otherwise the publication's year, or the one before when a past-tense
  sentence is published in January-March (full-year results come out then).

"The year ended Sept. 30" is the period named by its end (:mod:`.ended`);
"the year before / after / of ...", "Person of the Year" and "the year 2000"
are not read here; "a high for the year of $42" (an amount after "of") is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .base import Builder, Env, Val, rule, v_unknown, v_year
from .mention import TimeMention

_RESULTS_RE = re.compile(
    r"\b(?:earn(?:ed|ings?)|profits?|net|loss(?:es)?|lost|revenues?|sales|income|results"
    r"|dividends?|per\s+share|a\s+share|volume|shipments|output|turnover|growth|orders"
    r"|high|low|gains?|deficit|budget)\b|[$€£¥%]|\bC\$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@rule(
    r"\b(?:for|in|during|over|through|throughout|(?P<part>months|quarters|weeks)\s+of)\s+"
    r"(?P<y>the\s+(?:(?P<adj>full|entire|whole"
    r"|(?P<last>latest|last|most\s+recent|past|previous|prior)\s+fiscal|current\s+fiscal"
    r"|fiscal|calendar)\s+)?year)\b(?![\s-]*(?:ended|ending|before|after|when|that|in"
    r"|which|earlier|ago|\d+)\b|[\s-]*(?:to|of)\s+(?![$£€¥]|[A-Z]{1,3}\$)|['’-])",
    3,
    keys="year",
)
def r_reporting_year(m: re.Match, text: str) -> Builder | None:
    part = m.group("part") is not None  # "the first nine months of the year": its year
    if not part and not _RESULTS_RE.search(text):
        return None
    if m.group("adj") is None and not part and not re.match(r"for\b", m.group(0), re.I):
        return None  # "in the year" alone is a story's year, not a report's
    if m.group("last") and m.group("last").lower() in ("last", "past"):
        return None  # "for the last fiscal year": also a window; left alone
    last = m.group("last") is not None
    before = [int(y) for y in _YEAR_RE.findall(text, 0, m.start())]
    surface = m.group("y")

    def build(env: Env) -> Val:
        if before and not last:
            v = v_year(before[-1])
        elif env.published is None:
            return v_unknown("XXXX", "year", surface)
        else:
            year = env.published.year
            if last or (env.published.month <= 3 and env.tense == "past"):
                year -= 1
            v = v_year(year, deictic=True)
        v.value = f"{surface} ({v.value})"
        return v

    return build, (m.start("y"), m.end("y"))


_PLAIN_RE = re.compile(
    r"the\s+(?:(?:full|entire|whole|current\s+fiscal|fiscal|calendar)\s+)?year", re.I
)


def reporting_year_from_context(ms: list[TimeMention], period: TimeMention | None) -> list:
    """'For the full year' in a later results sentence: the year of the
    reporting period an earlier sentence named, when this sentence names no year."""
    if period is None or period.interval is None or any(m.granularity == "year" and
                                                        not _PLAIN_RE.fullmatch(m.text)
                                                        for m in ms):  # fmt: skip
        return ms
    year = period.interval[0].year
    out = []
    for m in ms:
        if m.granularity == "year" and m.deictic and _PLAIN_RE.fullmatch(m.text):
            v = v_year(year)
            m = replace(m, timex=v.timex, interval=v.interval, value=f"{m.text} ({year})")
        out.append(m)
    return out
