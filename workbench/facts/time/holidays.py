"""Named days and holidays: fixed dates, n-th weekdays, days counted from
Easter (computed), and lunar or lunisolar ones (from the table in :mod:`.lunar`).

A name alone that is often an adjective ("Christmas shopping", "Ramadan
fast") counts only after a preposition or this/last/next. Without a year the
occurrence follows the verb's tense (the last one for a past verb, the next
for a future one), as for months.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from ..lexicon import YEAR_DIGITS
from ..textwin import LOOKAHEAD
from .base import (
    NEAREST_MARGIN_DAYS,
    Builder,
    Env,
    Val,
    pick_year,
    rule,
    v_day,
    v_unknown,
    v_weekend,
)
from .cal import day_iv, dt, easter, fmt_day, nth_weekday
from .lunar import lunar_day, lunar_days
from .signals import signal_tense

_FIXED = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "hogmanay": (12, 31),
    "st patrick's day": (3, 17),
    "bastille day": (7, 14),
    "juneteenth": (6, 19),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "anzac day": (4, 25),
    "australia day": (1, 26),
    "canada day": (7, 1),
    "cinco de mayo": (5, 5),
    "may day": (5, 1),
    "groundhog day": (2, 2),
    "earth day": (4, 22),
    "international women's day": (3, 8),
    "epiphany": (1, 6),
    "all saints' day": (11, 1),
}
# month, weekday (1 = Monday), n (-1 = last), days after it
_NTH = {
    "martin luther king day": (1, 1, 3, 0),
    "presidents' day": (2, 1, 3, 0),
    "washington's birthday": (2, 1, 3, 0),
    "memorial day": (5, 1, -1, 0),
    "labor day": (9, 1, 1, 0),
    "columbus day": (10, 1, 2, 0),
    "indigenous peoples' day": (10, 1, 2, 0),
    "thanksgiving": (11, 4, 4, 0),
    "black friday": (11, 4, 4, 1),
    "cyber monday": (11, 4, 4, 4),
    "mother's day": (5, 7, 2, 0),
    "father's day": (6, 7, 3, 0),
    "election day": (11, 1, 1, 1),
    "remembrance sunday": (11, 7, 2, 0),  # the UK's, the second Sunday of November
}
_FROM_EASTER = {
    "easter": 0,
    "easter monday": 1,
    "good friday": -2,
    "maundy thursday": -3,
    "holy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "shrove tuesday": -47,
    "mardi gras": -47,
    "pancake day": -47,
    "ascension day": 39,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}
_LUNAR = {
    "ramadan": "ramadan",
    "eid al-fitr": "eid al-fitr",
    "eid al-adha": "eid al-adha",
    "diwali": "diwali",
    "holi": "holi",
    "chinese new year": "chinese new year",
    "rosh hashanah": "rosh hashanah",
    "yom kippur": "yom kippur",
    "passover": "passover",
}
# Names that are often adjectives ("Christmas shopping"): need a preposition.
_BARE = {
    "christmas",
    "easter",
    "thanksgiving",
    "ramadan",
    "diwali",
    "holi",
    "passover",
    "eid",
    "black friday",
    "cyber monday",
    "chinese new year",
    "halloween",
    "mardi gras",
    "hanukkah",
}

# Spelling variants -> the table's name
_VARIANTS = (
    (r"^(?:saint|st\.?) patrick['’]?s(?: day)?$", "st patrick's day"),
    (r"^st\.? paddy['’]s day$", "st patrick's day"),
    (r"^martin luther king(?:,? jr\.?)?(?: jr\.?)? day$|^mlk day$", "martin luther king day"),
    (r"^presidents['’]? day$", "presidents' day"),
    (r"^veterans['’]? day$", "veterans day"),
    (r"^indigenous peoples['’]? day$", "indigenous peoples' day"),
    (r"^thanksgiving day$", "thanksgiving"),
    (r"^easter sunday$", "easter"),
    (r"^whitsun$", "whit sunday"),
    (r"^(?:eid|id) (?:al|ul|el)[- ]fitr$", "eid al-fitr"),
    (r"^(?:eid|id) (?:al|ul|el)[- ]ad[hz]a$|^bakr[ia]?[- ]?eid$|^bakrid$", "eid al-adha"),
    (r"^deepavali$", "diwali"),
    (r"^lunar new year$|^spring festival$", "chinese new year"),
    (r"^rosh hashana$", "rosh hashanah"),
    (r"^pesach$", "passover"),
    (r"^(?:c?hanukk?ah|chanukkah)$", "hanukkah"),
    (r"^all saints['’]? day$", "all saints' day"),
    (r"^international women['’]s day$", "international women's day"),
)

_NAMES = (
    r"Christmas\s+(?:Day|Eve)|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day"
    r"|Easter\s+(?:Sunday|Monday)|Easter|Good\s+Friday|Maundy\s+Thursday|Holy\s+Thursday"
    r"|Palm\s+Sunday|Ash\s+Wednesday|Shrove\s+Tuesday|Mardi\s+Gras|Pancake\s+Day"
    r"|Ascension\s+Day|Pentecost|Whit\s+(?:Sunday|Monday)|Whitsun"
    r"|Halloween|Valentine['’]s\s+Day|Thanksgiving(?:\s+Day)?|Bonfire\s+Night"
    r"|Guy\s+Fawkes\s+Night|Hogmanay|(?:Saint|St\.?)\s+Patrick['’]?s(?:\s+Day)?"
    r"|St\.?\s+Paddy['’]s\s+Day|Bastille\s+Day|Juneteenth|Veterans['’]?\s+Day"
    r"|Armistice\s+Day|Remembrance\s+Day|Anzac\s+Day|Australia\s+Day|Canada\s+Day"
    r"|Cinco\s+de\s+Mayo|May\s+Day|Groundhog\s+Day|Earth\s+Day"
    r"|International\s+Women['’]s\s+Day|Epiphany|All\s+Saints['’]?\s+Day"
    r"|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents['’]?\s+Day"
    r"|Washington['’]s\s+Birthday|Memorial\s+Day|Labor\s+Day|Columbus\s+Day"
    r"|Indigenous\s+Peoples['’]?\s+Day|Black\s+Friday|Cyber\s+Monday|Mother['’]s\s+Day"
    r"|Father['’]s\s+Day|Election\s+Day"
    r"|Ramadan|(?:Eid|Id)\s+(?:al|ul|el)[-\s](?:Fitr|Ad[hz]a)|Eid|Bakr[ia]?[-\s]?Eid|Bakrid"
    r"|Diwali|Deepavali|Holi|Chinese\s+New\s+Year|Lunar\s+New\s+Year|Spring\s+Festival"
    r"|Rosh\s+Hashanah?|Yom\s+Kippur|Passover|Pesach|(?:C[Hh]|H)anukk?ah"
    r"|Remembrance\s+Sunday"
)
_KEYS = (
    "christmas new boxing easter good maundy holy palm ash shrove mardi pancake ascension "
    "pentecost whit whitsun halloween valentine thanksgiving bonfire guy hogmanay saint st "
    "patrick patrick's paddy bastille juneteenth veterans veterans' armistice remembrance anzac "
    "australia canada cinco may groundhog earth international epiphany all martin mlk "
    "presidents presidents' washington memorial labor columbus indigenous black cyber mother "
    "father election ramadan eid id bakrid bakri bakra diwali deepavali holi chinese lunar "
    "spring rosh yom passover pesach hanukkah hanukah chanukah chanukkah"
)


def canonical(name: str) -> str:
    name = re.sub(r"\s+", " ", name.replace("’", "'")).lower()
    for pat, canon in _VARIANTS:
        if re.match(pat, name):
            return canon
    return name


def day_finder(name: str) -> Callable[[int], date | None]:
    """The day a holiday falls on in a year (None when unknown for that year)."""
    if name in _FIXED:
        mm, dd = _FIXED[name]
        return lambda y: date(y, mm, dd)
    if name in _NTH:
        mon, wd, n, plus = _NTH[name]
        return lambda y: _nth(y, mon, wd, n) + timedelta(days=plus)
    if name in _FROM_EASTER:
        k = _FROM_EASTER[name]
        return lambda y: easter(y) + timedelta(days=k)
    if name == "eid":
        return lambda y: None  # chosen between the two Eids by the caller
    if name == "hanukkah":
        return _hanukkah
    table = _LUNAR[name]
    return lambda y: lunar_day(table, y)


def _hanukkah(y: int) -> date | None:
    """25 Kislev, counted from Rosh Hashanah (1 Tishrei, in the table): 30 days of
    Tishrei, 29 of Cheshvan (30 in a "complete" year of 355 or 385 days) and 24."""
    new_year, next_year = lunar_day("rosh hashanah", y), lunar_day("rosh hashanah", y + 1)
    if new_year is None or next_year is None:
        return None
    complete = (next_year - new_year).days in (355, 385)
    return new_year + timedelta(days=84 if complete else 83)


def _nth(y: int, mon: int, wd: int, n: int) -> date:
    if n > 0:
        return nth_weekday(y, mon, wd, n)
    last = nth_weekday(y, mon, wd, 4)
    nxt = last + timedelta(days=7)
    return nxt if nxt.month == mon else last


def _interval(name: str, d: date) -> tuple:
    """A day, or the month of Ramadan (to the day before Eid al-Fitr)."""
    if name == "ramadan":  # Eid may fall in the next year (Ramadan of 31 December 1997)
        end = next((e for e in lunar_days("eid al-fitr") if d < e <= d + timedelta(days=31)), None)
        if end is not None:
            return dt(d), dt(end)
    if name == "hanukkah":
        return dt(d), dt(d + timedelta(days=8))  # the eight days of Hanukkah
    return day_iv(d)


# "the Spring Festival", "the Lunar New Year": names written with their article
_WITH_THE = r"(?:[Tt]he\s+(?=(?:Spring\s+Festival|Lunar\s+New\s+Year|Chinese\s+New\s+Year)\b))?"


@rule(
    rf"\b{_WITH_THE}(?=[A-Z])(?P<h>{_NAMES})(?P<wk>\s+(?:holiday\s+)?weekend\b)?"
    rf"(?:\s+(?P<y>{YEAR_DIGITS})(?!\d))?\b",
    2,
    0,
    keys=_KEYS,
)
def r_holiday(m: re.Match, text: str) -> Builder | None:
    written = m.group("h")
    name = canonical(written)
    ys = m.group("y")
    bare = name in _BARE and not m.group("wk")  # "the Thanksgiving weekend" is a time
    after = text[m.end() : m.end() + LOOKAHEAD]  # read only for "\s+[a-z]"
    names = ["eid al-fitr", "eid al-adha"] if name == "eid" else [name]
    finders = [day_finder(n) for n in names]

    listed = bare and (
        _after_a_dated_list(text, m.start())
        or bool(_BETWEEN_BEFORE.search(text, max(0, m.start() - 9), m.start()))
    )
    kept = bare and bool(_KEPT_BEFORE.search(text, max(0, m.start() - 14), m.start()))
    kept_alone = kept and (not re.match(r"\s+[a-z]", after) or bool(_AFTER_KEPT.match(after)))

    subject = (  # "Easter falls early this year", "..., but Thanksgiving was quiet"
        bare
        and bool(_VERB_AFTER.match(after))
        and bool(_CLAUSE_START.search(text[max(0, m.start() - 12) : m.start()]))
    )

    def build(env: Env) -> Val | None:
        signalled = env.signal or listed or subject or kept
        if bare and not ys and not (signalled or env.prev in ("this", "last", "next")):
            return None  # "Christmas shopping", "Easter eggs"
        lower_after = re.match(r"\s+(?!(?:and|or)\b)[a-z]", after)
        if bare and not ys and lower_after and not (env.signal or subject or kept_alone):
            return None  # "for Christmas and Easter eggs"
        if ys:
            days = [f(int(ys)) for f in finders]
        elif env.published is None:
            return v_unknown("XXXX-XX-XX", "day", f"{written} (year not stated)")
        else:
            days = [
                _lunar_occurrence(n, env) if n in _LUNAR else _occurrence(f, env)
                for n, f in zip(names, finders, strict=True)
            ]
        days = [d for d in days if d is not None]
        if not days:
            return v_unknown("XXXX-XX-XX", "day", f"{written} (date not in the holiday table)")
        d = _nearest(days, env.published) if len(days) > 1 else days[0]
        if m.group("wk"):  # a Monday's weekend is the one before it ("Memorial Day weekend")
            return v_weekend(d - timedelta(days=d.weekday() == 0), deictic=not ys)
        v = v_day(d, deictic=not ys)  # with no year, counted from the publication date
        v.interval = _interval(name, d)
        v.value = fmt_day(d)
        return v

    return build


# The name as the subject of a verb of the calendar: "Easter falls early", "Thanksgiving
# was quiet", "Ramadan begins on Friday", "Diwali will be celebrated"; not "Christmas
# shopping is" (a noun after the name) or "Easter eggs".
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|will|would|falls?|fell|begins?|began|starts?|started|ends?|ended"
    r"|comes?|came|arrives?|arrived|approaches|approached|looms|loomed|lasts?|lasted)\b"
)
# The name as what is kept: "celebrated Mardi Gras", "will mark Diwali", "observe Ramadan"
_KEPT_BEFORE = re.compile(
    r"\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|observ(?:e|es|ed|ing))\s+$", re.I
)
# ... with no noun after it ("celebrated Christmas dinner" is a meal): an adverb or a
# preposition may follow ("celebrated Easter quietly", "will mark Diwali with lamps")
_AFTER_KEPT = re.compile(
    r"\s+(?:together|quietly|with|in|at|on|this|last|early|again|alone|abroad|here|there"
    r"|across|around|without)\b"
)
# ... at the head of its clause ("The gap between Christmas sales and Easter was" is not)
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\b(?:but|when|as|because|while|until|so))[\s\"“‘']*$", re.I)

# "on Christmas, Easter and Thanksgiving": the names after the first share its preposition
_PREPOSITIONS = "on|at|for|during|over|before|after|until|till|by|since|around|through|from|between"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_DATED_LIST = re.compile(rf"\b(?:{_PREPOSITIONS})\s+(?:(?:{_NAMES})(?:['’]s)?{_LIST_SEP})+$")
# "between Christmas and Easter": not a signal word of the rules, a preposition here
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _after_a_dated_list(text: str, start: int) -> bool:
    return bool(_DATED_LIST.search(text, max(0, start - 160), start))


def _occurrence(find: Callable[[int], date | None], env: Env) -> date | None:
    pub = env.published
    rel = env.prev if env.prev in ("this", "last", "next") else None
    tense = {"last": "past", "next": "future"}.get(rel or "", signal_tense(env))

    def iv_of(k: int) -> tuple | None:
        d = find(k)
        return day_iv(d) if d else None

    # a goal under a past verb lies ahead when it is near: "shoppers lined up for Black
    # Friday", "stores stocked up before Thanksgiving" (as a date's "soon")
    soon = 31 if tense == "past" and env.signal in ("for", "before", "ahead of") else 0
    y = pick_year(pub, tense, iv_of, soon)
    return find(y)


def _lunar_occurrence(name: str, env: Env) -> date | None:
    """The occurrence of a lunar holiday the tense points at, as :func:`pick_year`
    chooses a year, but among every occurrence of the table: a lunar year is eleven
    days short, so a Gregorian year may hold two (Ramadan began on 10 January and on
    31 December 1997) and one year's first occurrence is not always the one meant."""
    pub = env.published
    rel = env.prev if env.prev in ("this", "last", "next") else None
    tense = {"last": "past", "next": "future"}.get(rel or "", signal_tense(env))
    p0 = dt(pub)
    ivs = [(d, _interval(name, d)) for d in lunar_days(_LUNAR[name])]
    if not ivs:
        return None
    if tense == "past":
        return next((d for d, iv in reversed(ivs) if iv[0] < p0 + timedelta(days=1)), None)
    if tense == "future":
        return next((d for d, iv in ivs if iv[1] > p0), None)

    def dist(iv: tuple) -> float:
        return 0.0 if iv[0] <= p0 < iv[1] else min(abs((iv[0] - p0).days), abs((iv[1] - p0).days))

    best = min(ivs, key=lambda x: dist(x[1]))
    own = [x for x in ivs if x[0].year == pub.year]
    if not own:
        return best[0]
    mine = min(own, key=lambda x: dist(x[1]))  # the publication year's, unless clearly farther
    return best[0] if dist(best[1]) + NEAREST_MARGIN_DAYS < dist(mine[1]) else mine[0]


def _nearest(days: list[date], pub: date | None) -> date:
    if pub is None:
        return days[0]
    return min(days, key=lambda d: abs((d - pub).days))
