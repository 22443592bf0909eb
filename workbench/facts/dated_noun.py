"""A date inside a noun phrase dates that phrase's noun (issue 11, session 20).

"A judge sentenced Nichols Saturday for his deadly 2005 rampage": Saturday
dates the sentencing, 2005 the rampage; "the Utah Supreme Court tossed out a
2008 conviction": 2008 dates the conviction, not the tossing out; "for the
March 11, 2005, incident". A date between a determiner (an article, a
possessive, one adjective after it) and a noun is the date OF that noun: it
never takes the verb of its clause as what it dates. Read for
``measure.dated_event_of``: the stage the noun names (the DATED lexicon), or
the noun itself when the lexicon has none ("the 2005 season" dates a season,
which no sentencing day is compared with).

A date right after a noun of what was told or shown, joined by "from", "of",
"since" or "dating from", dates that noun: "The announcement confirms rumors
from December" dates when the rumours ran, not the announcement (trial 31: asked
as one date with "the official product announcement on Tuesday"); "e-mails from
2008", "talks since January" (``told_dated``). Not "in": it joins the verb as
often ("She posed for her first pin-up photos in 1947" dates the posing).
"""

from __future__ import annotations

import re

from ..text import STOPWORDS
from .happenings import DATED, TELLING_NOUN
from .lexicon import MONTH_TITLE_ALT, WEEKDAY_NAMES, YEAR_DIGITS

_S = r"[ \u00a0]+"
# What opens the phrase right before the date: "a", "the", "his", "Nichols's" ("that" is
# a relative pronoun far more often: "the shooting that occurred Monday left two dead"),
# perhaps with one adjective ("his deadly 2005 rampage", "the brazen March 11").
_OPENS = re.compile(
    r"(?:(?<![\w'’-])(?i:a|an|the|his|her|its|their|our|my|your|this)"
    r"|[A-Za-z][\w.-]*['’]s?)"
    r"(?:" + _S + r"(?!(?i:on|in|at|of|by|for|since|until|before|after)\b)[a-z][\w-]*)?" + _S + r"$"
)
# A date that can stand before a noun: a year, a month or a weekday as written
# ("2005", "March 11, 2005", "Monday morning"), not a time told from now ("the
# attack this morning", "her home town 12 weeks ago") nor a length of time.
_CALENDAR = re.compile(
    rf"(?:{MONTH_TITLE_ALT}|{'|'.join(WEEKDAY_NAMES[1:])})\b|.*\b(?:{YEAR_DIGITS})$"
)
# What follows the date inside the phrase: a comma closing a date written with
# its year ("March 11, 2005, incident") or a possessive ("Tuesday's vote"), then
# up to two words of the noun ("courthouse shooting", "Super Bowl").
_THEN = re.compile(r"(['’]s)?" + _S + r"([A-Za-z][\w-]*)(?:" + _S + r"([A-Za-z][\w-]*))?")
_YEAR_COMMA = re.compile(r"[ \u00a0]*,(?=[ \u00a0]+[a-z])")
# Words that end the phrase: a date ends it before them ("the year 2005, when").
_NOT_NOUNS = frozenset(
    (
        *STOPWORDS,
        *("when", "where", "after", "before", "during", "until", "since", "against"),
        *("morning", "afternoon", "evening", "night", "day", "week", "month", "year"),
        *("last", "next", "ago", "earlier", "later", "local", "time", "am", "pm"),
    )
)


def _noun_words(text: str, end: int, year: bool) -> tuple[list[str], bool]:
    """The words of the noun after a date, and whether it is owned ("Tuesday's")."""
    comma = _YEAR_COMMA.match(text, end) if year else None
    m = _THEN.match(text, comma.end() if comma else end)
    if m is None:
        return [], False
    words = []
    for w in (m.group(2), m.group(3)):
        if w is None or w.lower() in _NOT_NOUNS or w[:1].isdigit():
            break
        words.append(w)
    if len(words) == 2 and words[1].lower().endswith(("ing", "ed")):
        words = words[:1]  # "a 2009 spell living in Cardiff": the spell
    return words, m.group(1) is not None


# A day told from now owns the noun after it as a calendar day does: "Today's
# admission", "yesterday's vote" (not "the attack this morning": no possessive)
_OWNING_DAY = re.compile(r"(?i:today|yesterday|tonight|tomorrow)$")


def noun_dated(text: str, start: int, end: int) -> str:
    """What the date at ``text[start:end]`` dates when it stands inside a noun
    phrase: the stage its noun names ("a 2008 conviction" -> "convicted"; an
    act of telling, "Tuesday's statement", "today's admission" -> "announced"),
    else the noun ("the 2005 season" -> "season"); "" when the date is not
    inside a noun phrase."""
    value = text[start:end]
    if not _CALENDAR.match(value) and not (
        _OWNING_DAY.match(value) and text[end : end + 1] in ("'", "’")
    ):
        return ""
    words, owned = _noun_words(text, end, "," in value and value[-4:].isdigit())
    if not words or not (owned or _OPENS.search(text, max(0, start - 40), start)):
        return ""
    if TELLING_NOUN.fullmatch(words[0]):
        return "announced"
    for w in words:
        for name, rx in DATED:
            if rx.fullmatch(w) or rx.match(w):
                return name
    head = words[-1].lower()
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


# Nouns of what was told or shown: a date joined to one by a preposition dates it.
_TOLD_NOUN = re.compile(
    r"\b(rumou?rs?|reports?|speculation|talks|leaks?|remarks|comments|interviews?|"
    r"stories|accounts|allegations|documents|e-?mails|messages|letters|memos?|"
    r"photos|pictures|images|footage|filings|estimates|forecasts|projections|polls?)"
    r"[ \u00a0]+((?:dating[ \u00a0]+)?(?:from|of|since)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"(?:dating[ \u00a0]+)?(?:from|of|since)[ \u00a0]", re.IGNORECASE)


def is_told(event: str) -> bool:
    """Whether ``event`` (a ``Measure``'s) is a told thing's (``told_dated``)."""
    return bool(event) and _TOLD_NOUN.fullmatch(event.replace("rumour", "rumor") + " ") is not None


def told_dated(text: str, start: int, end: int) -> str:
    """What the date at ``text[start:end]`` dates when a preposition joins it to
    a noun of what was told ("rumors from December" -> "rumours"), else ""."""
    m = _TOLD_NOUN.search(text, max(0, start - 40), start)
    if m is None or not (m.group(2) or _JOINED.match(text, start, end)):
        return ""
    noun = m.group(1).lower().replace("rumor", "rumour").replace("e-mail", "email")
    return noun if noun.endswith("s") or noun in ("speculation", "footage") else noun + "s"
