"""Each article's quotations, read once in a process (issue 14, session 36).

The quote family reads an article's quotations when its facts are read, and
the judge reads those of every article of the run again whenever two
quotations credited to different people may be one point two people made
(``judge/both_credited``: is there a source that gives the words to both?).
At 200 articles that second reading went through all 200 texts twice, each
through :func:`find_quotes` again, behind a memo of 32 articles the loop
outran. :func:`find_quotes` reads nothing but the text (no thresholds, no
date), and its quotations are frozen values, so the same text gives the same
quotations: they are kept here, by text, and both readers take them from here.
"""

from __future__ import annotations

from functools import lru_cache

from .find import find_quotes
from .mention import QuoteMention

#: articles whose quotations are kept (the most recently read): more than a
#: large run's articles, so that a loop over all of them never outruns it
KEPT = 1024


@lru_cache(maxsize=KEPT)
def quotes_in(text: str) -> tuple[QuoteMention, ...]:
    """:func:`find_quotes` of ``text`` (the same quotations, in order)."""
    return tuple(find_quotes(text))
