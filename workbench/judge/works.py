"""The year of a named work across whole articles (issue 11, session 26).

Reports of one story mention a film, a book or an album in background
sentences about different things ("the merchandise, along with a film in
2005, 'The Notorious Bettie Page', helped introduce her to a new generation" /
"Page was also celebrated in the 2006 HBO movie, The Notorious Bettie Page,
starring Gretchen Mol"): alignment never pairs them, yet both state one fact,
the year of that work. Like the key figures of ``story.py`` and the deal
prices of ``deal.py``, this pass reads per article the one year it gives a
named work and compares the years of every two articles, whatever sentences
carry them.

It is keyed by the work, read only where the sentence states it firmly:

- a year right before a work noun and the title in apposition after it ("the
  2006 HBO movie, The Notorious Bettie Page", "his 1994 album 'Dookie'"), or a
  work noun, "in"/"from" the year and the title ("a film in 2005, 'The
  Notorious Bettie Page'"), or a work noun, a quoted title and the year in
  brackets ("the film 'Brokeback Mountain' (2005)"); the title is quoted or a
  run of capitalised words;
- the key is the title's words and the kind of work (screen, record, print,
  stage): a film and its soundtrack album or the novel it adapts share a
  title and not a year;
- the whole article is read, not its lead: a work's year is background;
- an article giving one title two years gives none (key_figures), and years
  more than ``_REMAKE`` apart are two works of one title (a remake), not one
  year misstated: not compared.

The rows of ``unmet.UNMET_ROWS`` decide what is shown.
"""

from __future__ import annotations

import itertools
import re

from ..model import Claim, Fact
from .family_helpers import compare_facts
from .story import Add, Figure, Key, Run, judge_figures, key_figures

WORK = "work:"  # the key of a named work's year: "work:screen:the notorious bettie page"
_REMAKE = 3  # years apart beyond which one title names two works
_ALL = 10**9  # every sentence of an article: a work's year is background

_S = r"\s+"  # a title may run over a line break in the copy
_KINDS = {
    "screen": r"film|movie|biopic|documentary|miniseries|mini-series|series|sitcom|show|drama",
    "record": r"album|LP|EP|single|song|record|soundtrack",
    # "comic series", "graphic novel": print, not the screen's series
    "print": r"book|novel|memoir|autobiography|biography|bestseller"
    r"|comic(?:[ -]book)?(?:\s+series)?|comic[ -]strip|graphic\s+novel",
    "stage": r"play|musical|opera|ballet",
}
_WORDS = {"screen": "film or show", "record": "record", "print": "book", "stage": "stage work"}
_NOUN = "|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items())
# a title: quoted, or a run of capitalised words (small words inside: "Gone with the Wind")
_SMALL = r"(?:of|the|a|an|and|in|on|with|to|for|at|from)"  # not "by": a credit
_CAPS = rf"[A-Z][\w'’&:-]*(?:{_S}(?:{_SMALL}{_S})*[A-Z0-9][\w'’&:-]*)*"
_QUOTE = r"[\"“”‘’'*]"
_TITLE = rf"(?:{_QUOTE}(?P<quoted>[^\"“”‘’'*]{{2,80}}?){_QUOTE}(?!\w)|(?P<caps>{_CAPS}))"
# up to three words between the year and the noun: "the 2006 HBO movie", "the 2005
# Oscar-winning film", "his 1994 debut album"
_BETWEEN = rf"(?:{_S}(?!{_SMALL}\b)[\w'’-]+){{0,3}}?"
_YEAR_FIRST = re.compile(rf"{_BETWEEN}{_S}(?:{_NOUN})s?\b,?{_S}{_TITLE}", re.UNICODE)
# "a film in 2005, 'The Notorious Bettie Page'": the noun before, the title after
_NOUN_BEFORE = re.compile(rf"\b(?:{_NOUN}){_S}(?:released{_S})?(?:in|from){_S}$")
_TITLE_AFTER = re.compile(rf",?{_S}{_TITLE}")
# "the film 'Brokeback Mountain' (2005)": a work noun, a quoted title and the year in
# brackets (an apostrophe may stand inside the title: "the film 'Schindler's List'")
_QUOTED_BEFORE = re.compile(
    rf"\b(?:{_NOUN}){_S}[\"“‘'](?P<quoted>[^\"“”]{{2,80}}?)[,.]?[\"”’'][ \u00a0]*\($"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _title(m: re.Match[str]) -> str:
    return " ".join((m.group("quoted") or m.group("caps") or "").strip(" ,.;:").split())


def _kind(m: re.Match[str]) -> str:
    return next(k for k in _KINDS if m.group(k))


def work_of_year(claim: Claim, f: Fact) -> tuple[str, str] | None:
    """The kind and title of the named work a year is the year of, as its
    sentence states it (see the module's docstring), or None."""
    if f.kind != "date" or f.mention is None:
        return None
    text, s, e = claim.text, f.start - claim.start, f.end - claim.start
    year = _YEAR.search(text, s, e)
    if year is None or text[s:e].strip() not in (year.group(), f"in {year.group()}"):
        return None
    s, e = year.span()
    if text[max(0, s - 1) : s].isalnum() or text[e : e + 1].isalnum():
        return None
    found = _YEAR_FIRST.match(text, e)
    if found is None and (noun := _NOUN_BEFORE.search(text, max(0, s - 40), s)):
        after = _TITLE_AFTER.match(text, e)
        if after is not None:
            return _kind(noun), _title(after)
    if found is not None:
        return _kind(found), _title(found)
    quoted = _QUOTED_BEFORE.search(text, max(0, s - 110), s)
    if quoted is not None and text.startswith(")", e):
        return _kind(quoted), _title(quoted)
    return None


def _key(claim: Claim, f: Fact) -> Key | None:
    work = work_of_year(claim, f)
    if work is None or len(work[1]) < 2:
        return None
    return (f"{WORK}{work[0]}:{work[1].lower()}", "year")


def _year(f: Figure) -> int:
    m = _YEAR.search(f.fact.text)
    return int(m.group()) if m else 0


def works_never_met(run: Run, add: Add) -> None:
    """Compare the year every two articles give one named work, whatever
    sentences carry it (aligned or not)."""
    figures = key_figures(run.claims, run.facts_by_claim, _ALL, _key)
    for a, b in itertools.combinations(sorted(figures), 2):
        for key in sorted(set(figures[a]) & set(figures[b])):
            x, y = figures[a][key], figures[b][key]
            # compared in aligned sentences too, as an age is (story.py): "rank her
            # 1971 album X among the finest" / "queued to buy the 1972 album X" align,
            # and the aligned rows leave the years out as dates of two happenings; a
            # flag the aligned comparison made on the two is kept (flagbook's DUPLICATE)
            if abs(_year(x) - _year(y)) > _REMAKE:
                continue  # "the 1960 film Psycho" / "the 1998 film Psycho": a remake
            names = (run.names[x.fact.article], run.names[y.fact.article])
            cmp = compare_facts(x.fact, y.fact, *names)
            if cmp is None:
                continue
            kind, title = work_of_year(x.claim, x.fact) or ("", "")
            what = f"year of the {_WORDS[kind]} '{title}'"
            words = (_around(x), _around(y))
            judge_figures(run, add, what, (x, y), cmp, words)


def _around(f: Figure) -> str:
    text, s = f.claim.text, f.fact.start - f.claim.start
    words = text[max(0, s - 25) : s + 60].split()
    return " ".join(words[1:-1] if len(words) > 2 else words).strip(" ,.;:")
