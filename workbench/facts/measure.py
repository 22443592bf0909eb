"""What a figure measures, as far as the words of its clause say.

Two figures in aligned sentences are one fact only if they count the same
happening and stand in the same role. "A man shot three people, killing
one" holds two counts of people: those shot and those killed; "prices
dropped $100 to $1,199" holds a change and a level. Reading these from the
clause keeps a count of the shot from being compared with a count of the
dead, and a price cut from being compared with a price.

- **event**: the happening a count is a count of, from the nearest word of a
  small lexicon within the value's clause ("killing one" → killed;
  "20 injured" → injured; "shot to death one person" → killed). Empty when
  no such word is near: most figures are not counts of casualties, arrests
  or damage, and for them the event says nothing.
- **role**: ``level`` (the figure as it stands), ``before`` (the earlier
  figure of a change: "up from 40", "doubled from 2 to 4 GB") or ``change``
  (the amount of a change: "dropped $100", "rose by 5%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The happenings news counts, checked in this order at each word ("shot dead"
# is a killing, not only a shooting). Each pattern matches at a word start.
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        (
            "killed",
            r"(?:shot|gunned)[ \u00a0]+(?:dead|to[ \u00a0]+death)\b"
            r"|shot[ \u00a0]+and[ \u00a0]+killed\b"
            r"|fatally\b|kill(?:s|ed|ing)?\b|dead\b|died\b|dies\b|deaths?\b|fatalit\w*"
            r"|lives\b|slain\b|murder(?:s|ed|ing)?\b|perish\w*|(?:death[ \u00a0]+)?toll\b|bodies\b",
        ),
        ("injured", r"injur\w*|wound\w*|hurt\b|hospitali[sz]\w*|maimed\b"),
        ("shot", r"shot\b|shoot\w*|gunned[ \u00a0]+down\b|opened[ \u00a0]+fire\b"),
        ("missing", r"missing\b|unaccounted\b"),
        ("arrested", r"arrest\w*|detain\w*|in[ \u00a0]+custody\b"),
        ("evacuated", r"evacuat\w*|displac\w*|homeless\b|fled\b|flee\w*"),
        ("rescued", r"rescu\w*"),
        ("damaged", r"damag\w*|destroy\w*|destruct\w*|collaps\w*|flatten\w*"),
    )
)
# The happenings a date or time dates, in the stages news follows: a day is
# compared with a day only when both date the same stage ("sentenced on
# Tuesday" and "convicted Thursday" are two days of one trial, not one day
# told twice).
_DATED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("sentenced", r"sentenc\w*"),
        ("convicted", r"convict\w*|found[ \u00a0]+guilty\b|verdict\b"),
        ("charged", r"charg(?:e|es|ed|ing)\b|indict\w*|arraign\w*"),
        ("arrested", r"arrest\w*|detain\w*"),
        ("trial", r"trial\b"),
        ("announced", r"announc\w*|unveil\w*|confirm\w*|reveal\w*|disclos\w*|launch\w*"),
        (
            "opens",
            r"begin\w*|began\b|start(?:s|ed|ing)?\b|open(?:s|ed|ing)?\b"
            r"|availab\w*|on[ \u00a0]+sale\b|pre-?orders?\b|registration\b",
        ),
        (
            "incident",
            r"died\b|dies\b|death\b|kill\w*|shot\b|shoot\w*|attack\w*|stabb\w*"
            r"|explo\w*|blast\b|crash\w*|struck\b|bomb\w*",
        ),
        ("born", r"born\b"),
        ("retired", r"retir\w*"),
        ("hired", r"hired\b|appoint\w*|named\b|sign(?:s|ed|ing)\b"),
        ("fired", r"fired\b|sacked\b|dismiss\w*|ousted\b|relieved\b"),
        ("resigned", r"resign\w*|quit\b|stepp(?:ed|ing)[ \u00a0]+down\b"),
        ("reached", r"reached\b|contacted\b|interview\w*"),
    )
)
# A value's clause: what lies between the nearest clause breaks either side.
_CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013]|,\s|\.\s")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words either side of a value within which an event word is read.
_REACH = 4

_CHANGE_VERB = (
    r"rose|rise[sn]?|rising|fell|falls?|falling|increas\w*|decreas\w*|grew|grow\w*|"
    r"drop\w*|climb\w*|jump\w*|cuts?|cutting|reduc\w*|rais\w*|lower\w*|slash\w*|"
    r"boost\w*|soar\w*|plung\w*|slump\w*|surg\w*|tumbl\w*|declin\w*|sank|sink\w*|"
    r"slid\w*|slipp?\w*|dipp?\w*|shed|gain\w*|los[te]s?|losing|added|adds?|trimm?\w*|hik\w*"
)
# The same as a noun: "a rise of 15 per cent", "an increase of $3m".
_CHANGE_NOUN = (
    r"(?:rise|increase|drop|fall|decline|gain|loss|cut|jump|growth|reduction|climb|"
    r"slump|surge|hike|boost|dip)s?[ \u00a0]+of"
)
# The amount of a change: the verb right before the value, perhaps with "by"
# ("dropped $100", "rose by 5%", "down 3 points"); "up to" is a bound, not a change.
CHANGE_AMOUNT = re.compile(
    rf"\b(?:(?:{_CHANGE_VERB})(?:[ \u00a0]+by)?|(?:up|down)(?![ \u00a0]+to\b)|{_CHANGE_NOUN})"
    r"[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|more[ \u00a0]+than)[ \u00a0]+)?"
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?$",
    re.IGNORECASE,
)
# The earlier figure of a change: "up from 40", "rose from 40 to 52",
# "compared with 40", "doubled from 2 to 4 GB".
_BEFORE_LEVEL = re.compile(
    rf"(?:\b(?:up|down|{_CHANGE_VERB}|doubl\w*|tripl\w*|halv\w*|jump\w*)\b[^.;:!?]{{0,60}}\bfrom"
    r"|\bcompared[ \u00a0]+(?:with|to)|\bagainst|\bversus|\bvs\.?)"
    r"[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just)[ \u00a0]+)?"
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?$",
    re.IGNORECASE,
)


# An age after a name, between commas: "Comeaux, 49, was in a wheelchair" (the
# comma before it is a clause break, so the whole text is searched).
_AGE = re.compile(r"\b[A-Z][\w'’.-]+,[ \u00a0]+$")
# An increment, not a total: "two more players" against "brought to 12 the
# number of players"; "another 300 troops" (not "£8m more in add-ons").
_ADDED_BEFORE = re.compile(r"\banother[ \u00a0]+$", re.IGNORECASE)
_ADDED_AFTER = re.compile(r"[ \u00a0]+more[ \u00a0]+(?!than\b|in\b|of\b|to\b|for\b)[a-z]")
# A part of a series, not its whole: "completed his first 17 passes" against
# "completed 29 of 34 passes"; "his last five games".
_PART_BEFORE = re.compile(r"\b(?:first|last|final|opening|previous|past)[ \u00a0]+$", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(
    r"[ \u00a0-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur\w*)\b",
    re.IGNORECASE,
)


# A change followed by the level it reached: "dropped $100 to $1,199".
_TO_LEVEL = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?\d")


@dataclass(frozen=True)
class Measure:
    event: str = ""  # "killed", "injured", … or "" when the clause names none
    role: str = "level"  # "level", "before", "change", "added" ("two more"), "age"
    to_level: bool = False  # a change whose clause states the level it reached
    owner: frozenset[str] = frozenset()  # whose figure, as name words (owner_of)
    # the period it covers: "game", "season", "career", "total", "part" (a first
    # or last few of a series: "his first 17 passes") or ""
    scope: str = ""
    listed: bool = False  # one owner's figure in a list of owners' figures: "X (…), Y (…)"
    year: str = ""  # the year its clause places it in: "a 12-year sentence imposed in 1997"

    def differs(self, other: Measure) -> str:
        """Why two figures measure different things, or "" when nothing says so.

        The earlier figure of a change is never the current one; the amount of
        a change differs from a level when its clause states the level it
        reached ("dropped $100 to $1,199"); a change alone ("the river rose
        4.6 metres above its normal level") may state the level in other words."""
        roles = {self.role, other.role}
        if "before" in roles and len(roles) == 2:
            return "role"
        if roles == {"change", "level"} and (self.to_level or other.to_level):
            return "role"
        if roles == {"added", "level"} or ("age" in roles and len(roles) == 2):
            return "role"
        if self.event and other.event and self.event != other.event:
            return "event"
        if self.year and other.year and self.year != other.year:
            return "scope"
        if self.scope != other.scope and (
            (self.scope and other.scope) or "part" in (self.scope, other.scope)
        ):
            return "scope"
        return ""


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause a value at ``text[start:end]`` stands in."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, max(0, start - 300), start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(text, end, end + 300)
    return lo, (m.start() if m else len(text))


def dated_event_of(text: str, start: int, end: int) -> str:
    """The stage of a story a date or time at ``text[start:end]`` dates, from
    the nearest word of the _DATED lexicon in its clause, or ""."""
    lo, hi = clause_bounds(text, start, end)
    # A time before a noun dates that noun ("the Monday morning attack");
    # otherwise it mostly follows what it dates ("was sentenced on Tuesday",
    # "shot two co-workers Thursday night"): the words before it come next.
    return (
        _nearest(text, end, end, end, hi, _DATED, 1)
        or _nearest(text, start, start, lo, start, _DATED, 10)
        or _nearest(text, end, end, end, hi, _DATED, 4)
    )


def measure_of(text: str, start: int, end: int) -> Measure:
    """What the value at ``text[start:end]`` measures (text: its sentence)."""
    lo, hi = clause_bounds(text, start, end)
    role = _role(text, start, lo, end)
    to_level = role == "change" and bool(_TO_LEVEL.match(text, end, hi))
    event = _event(text, start, end, lo, hi)
    owner, listed = owner_of(text, start, end)
    scope = scope_of(text, start, end)
    return Measure(event, role, to_level, owner, scope, listed, year_of(text, start, end))


def _event(text: str, start: int, end: int, lo: int, hi: int) -> str:
    return _nearest(text, start, end, lo, hi, _EVENTS, _REACH)


def _nearest(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    lexicon: tuple[tuple[str, re.Pattern[str]], ...],
    reach: int,
) -> str:
    """The lexicon entry nearest the value within its clause, up to ``reach``
    words away: words after it first at equal distance ("13 killed and 20
    injured": 20 is injured)."""
    after = [m.start() for m in _WORD.finditer(text, end, hi)][:reach]
    before = [m.start() for m in _WORD.finditer(text, lo, start)][-reach:]
    for d in range(reach):
        spots = []
        if d < len(after):
            spots.append(after[d])
        if d < len(before):
            spots.append(before[-1 - d])
        for pos in spots:
            for name, rx in lexicon:
                if rx.match(text, pos, hi):
                    return name
    return ""


def _role(text: str, start: int, lo: int, end: int = -1) -> str:
    if _AGE.search(text, max(0, start - 40), start) and text.startswith(", ", end):
        return "age"
    if _ADDED_BEFORE.search(text, lo, start) or (end >= 0 and _ADDED_AFTER.match(text, end)):
        return "added"
    if CHANGE_AMOUNT.search(text, lo, start):
        return "change"
    # "has risen to 15%, from 11%": the change may lie before a comma
    if _BEFORE_LEVEL.search(text, max(0, start - 100), start):
        return "before"
    return "level"


# --- whose figure, and over what period ---------------------------------------
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Contractions that look like possessives: "There's a chip up to 2.7GHz".
_NOT_OWNERS = _words("it there that what here he she who let where how this one everyone nobody")
# Possessives that give a figure's period, not its owner ("Sunday's game").
_TIME_WORDS = _words(
    "today yesterday tomorrow tonight week weekend month year season night morning "
    "afternoon evening decade century quarter game match day"
)
_POSSESSIVE = re.compile(r"\b([A-Za-z][\w.-]*?)(?:['’]s|s['’])(?=[ \u00a0])")
# A figure in parentheses after a name: "the Orioles (seven years, $140 million)".
_PAREN_OWNER = re.compile(r"((?:[A-Z][\w.-]*[ \u00a0]+){0,2}[A-Z][\w.-]*)[ \u00a0]*\($")
# "for the 11-inch model", "for the Angels", "for its base 13-inch version".
_FOR_OWNER = re.compile(
    r"(?:[ \u00a0]*\([^()]{0,40}\))?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"for[ \u00a0]+(?:the|its|their|his|her)[ \u00a0]+"
    r"((?:(?:base|entry-level|new|cheapest|top|larger|smaller)[ \u00a0]+)?"
    r"(?:\d+(?:\.\d+)?-inch|[A-Z][\w-]*)(?:[ \u00a0]+[A-Z][\w-]*)*)"
)
_SIZE = re.compile(r"\b\d+(?:\.\d+)?(?=(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)?(?:inch|in\.)\b)")
_SIZE_LIST = re.compile(r"\b(\d+)(?=[ \u00a0]*-?[ \u00a0]+and[ \u00a0]+\d+(?:\.\d+)?-inch\b)")
_OUTER_BREAK = re.compile(r"[;:\u2014\u2013]|,\s|\.\s")
_CAPITAL = re.compile(r"\b[A-Z][\w-]*")
# Where a coordinate clause starts: "... for the 11-inch model and 2.96 pounds"
# (but not "the 13- and 15-inch models").
_AND = re.compile(r"[ \u00a0]and[ \u00a0]+(?!\d)")
# The names that open a clause, its subject, own its figure when the verb says
# they have it: "The new MacBook Air features 1.7GHz chips", "the Orioles have
# made an offer of $140 million", "Ramos scored 11 goals" (not "Democrats want
# to use some of the $700 billion": wanting a sum is not having it).
_SUBJECT = re.compile(
    r"[ \u00a0]*((?:(?i:the|a|an|its|their|new|base|entry-level|cheapest|\d+(?:\.\d+)?-inch)"
    r"[ \u00a0]+){0,3}(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*)"
    r"[ \u00a0]+(?:(?:also|now|still|only|already|just|reportedly|has|have|had|will|would|"
    r"is|was)[ \u00a0]+){0,2}"
    r"(?:ha[sd]|have|features?|featured|offer(?:s|ed)?|comes?|came|carr(?:y|ies|ied)|"
    r"runs?|ran|weigh(?:s|ed)?|costs?|start(?:s|ed)?|boasts?|gets?|got|packs?|sports?|"
    r"ships?|shipped|includes?|included|scored|hit|missed|threw|thrown|rushed|caught|"
    r"made|earned|posted|averaged|received|sold|won|priced|retails?|sells?)\b"
)
# A figure then a comma right before a clause: "an eight-year, $200 million offer".
_FIGURE_BEFORE = re.compile(r"(\S*\d\S*|\w+-(?:year|month|week|day|game|man|point)),[ \u00a0]$")
# Where a reported clause starts: "… reported that the Red Sox have made …".
_THAT = re.compile(r"\b(?:that|which|as|after|when|while|because|since|if)[ \u00a0]+")
# Plural acronyms count things ("43 RBIs"), they own nothing.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# Capitalised words that name no owner: months, days, titles, sentence openers.
_NO_NAME = _words(
    "the a an but and or in on at for of by with from to as after before while when this "
    "that these those its his her their our it he she they we i there january february "
    "march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday mr mrs ms dr police officials sheriff "
    "president coach gm ceo"
)
# The period a figure covers ("in 54 games", "this season", "so far"), the
# nearest after the figure first: "hit 13 home runs in 54 games".
_SCOPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("career", r"\b(?:career|in[ \u00a0]+(?:his|her|their)[ \u00a0]+career)\b"),
        (
            "season",
            r"\b(?:(?:this|last|next|a|per|each|every|the|regular|past)[ \u00a0]+"
            r"(?:\w+[ \u00a0]+)?seasons?|season-(?:high|long|best|low))\b",
        ),
        (
            "game",
            r"\b(?:in|per|a|each|every|during)[ \u00a0]+(?:(?:the|one|a|\d+|\w+['’]s?)[ \u00a0]+)?"
            r"(?:games?|match(?:es)?)\b",
        ),
        ("total", r"\b(?:so[ \u00a0]+far|to[ \u00a0]+date|in[ \u00a0]+total|in[ \u00a0]+all)\b"),
    )
)


def owner_of(text: str, start: int, end: int) -> tuple[frozenset[str], bool]:
    """Whose figure the value at ``text[start:end]`` is, as lower-case name
    words ("Smith's 86-yard run" -> {smith}; "the Orioles (seven years, $140
    million)" -> {orioles}; "$1,199 for the 13-inch model" -> {13-inch}; "The
    new MacBook Air features 1.7GHz chips" -> {macbook, air}); empty when the
    clause names nobody. Read from the value's own clause only. The flag says
    the figure stands in parentheses after its owner's name, as in a list of
    several owners' figures ("the Orioles (seven years) and Nationals (eight
    years)"): such a figure is that owner's and no one else's."""
    lo, _ = clause_bounds(text, start, end)
    paren = text.rfind("(", max(0, start - 80), start)
    if paren >= 0 and ")" not in text[paren:start]:
        m = _PAREN_OWNER.search(text, max(0, paren - 60), paren + 1)
        if m and _name_words(m.group(1)):
            return _name_words(m.group(1)), True
    words: set[str] = set()
    stop = _OUTER_BREAK.search(text, end, end + 200)
    m = _FOR_OWNER.match(text, end, stop.start() if stop else len(text))
    if m:
        words |= _name_words(m.group(1))
    cut = max([lo, *(m.end() for m in _AND.finditer(text, lo, start))])
    head = text[cut:start]
    for p in _POSSESSIVE.finditer(head):
        w = p.group(1).lower()
        if w not in _NOT_OWNERS and w not in _TIME_WORDS and len(head) - p.end() < 40:
            words.add(w)
    words |= {f"{s}-inch" for s in _SIZE.findall(head)}
    words |= {f"{s}-inch" for s in _SIZE_LIST.findall(head)}
    subject = _SUBJECT.match(head)
    skip_first = cut == 0 or text[cut - 1] != " "
    if subject is None:  # "ESPN is reporting that the Nationals have offered …"
        for that in _THAT.finditer(head):
            subject, skip_first = _SUBJECT.match(head, that.end()) or subject, False
    if subject:
        words |= _name_words(subject.group(1), skip_first=skip_first)
    figure_before = _FIGURE_BEFORE.search(text, max(0, lo - 40), lo)
    if not words and figure_before:  # "an eight-year, $200 million offer": one offer's
        return owner_of(text, figure_before.start(1), figure_before.end(1))
    return frozenset(words), False


def _name_words(phrase: str, skip_first: bool = False) -> frozenset[str]:
    """The capitalised words of ``phrase`` that may name an owner."""
    out = set()
    for i, m in enumerate(_CAPITAL.finditer(phrase)):
        w = m.group(0).lower()
        if (
            w in _NO_NAME
            or _ACRONYM_PLURAL.fullmatch(m.group(0))
            or (i == 0 and skip_first and m.start() == len(phrase) - len(phrase.lstrip()))
        ):
            continue
        out.add(w)
    out |= {f"{s}-inch" for s in _SIZE.findall(phrase)}
    return frozenset(out)


def scope_of(text: str, start: int, end: int) -> str:
    """The period the value at ``text[start:end]`` covers, or "": the nearest
    scope phrase of its clause after it, else before it within its
    coordinate clause (up to an "and")."""
    lo, hi = clause_bounds(text, start, end)
    if _PART_BEFORE.search(text, lo, start) and not _TIME_UNIT_AFTER.match(text, end):
        return "part"
    best: tuple[int, str] | None = None
    for name, rx in _SCOPES:
        for m in rx.finditer(text, end, hi):
            if best is None or m.start() < best[0]:
                best = (m.start(), name)
            break
    if best:
        return best[1]
    cut = text.rfind(" and ", lo, start)
    lo = cut + 5 if cut >= 0 else lo
    best = None
    for name, rx in _SCOPES:
        for m in rx.finditer(text, lo, start):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return best[1] if best else ""


_YEAR = re.compile(
    r"(?<![\d,.$£€¥-])(?:1[89]\d\d|20\d\d)"
    r"(?![\d,%-]|s\b|[ \u00a0]*(?:-|to)[ \u00a0]*(?:1[89]|20)\d\d)"
)


def year_of(text: str, start: int, end: int) -> str:
    """The year a figure's clause places it in, or "": "a 12-year sentence for a
    conviction in 1997" / "a five-year term in 1959" are two sentences, not
    one told twice. The nearest year after the figure first, then before it
    within its coordinate clause."""
    lo, hi = clause_bounds(text, start, end)
    after = _YEAR.search(text, end, hi)
    if after:
        return after.group(0)
    cut = text.rfind(" and ", lo, start)
    before = list(_YEAR.finditer(text, cut + 5 if cut >= 0 else lo, start))
    return before[-1].group(0) if before else ""


def owners_differ(a: Measure, text_a: str, b: Measure, text_b: str) -> bool:
    """Two figures of different owners: both name one, they share no word,
    and neither owner is named anywhere in the other's sentence (which may
    name it away from the figure). A listed figure ("the Nationals (eight
    years)") also differs from one whose sentence never names its owner."""

    def named_in(words: frozenset[str], text: str) -> bool:
        # "the bank's target" is named by "the Riksbank's target": a word inside a name
        low = text.lower()
        return any(re.search(rf"{re.escape(w)}\b", low) for w in words)

    if (a.listed and not named_in(a.owner, text_b)) or (b.listed and not named_in(b.owner, text_a)):
        return True
    if not a.owner or not b.owner or a.owner & b.owner:
        return False
    return not named_in(a.owner, text_b) and not named_in(b.owner, text_a)
