"""Whose figure, as far as the words of its clause say (read for
``measure.Measure``); the period, place and year it covers are read by
period.py.

"Smith's 86-yard run" and "Jones's 40-yard pass" are two owners' figures;
"the Orioles (seven years, $140 million)" and "the Nationals (eight years,
$160 million)" are two teams' offers. Figures of different owners are
different facts, however close their values.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .apposition import record_apposition
from .deals import deal_owner
from .textwin import ends_a_word

# A value's clause: between the nearest clause breaks either side; a full stop
# after an initial or abbreviation, or before a lower-case word, is none (eng38).
_ABBREVIATIONS = "[A-Z] St Mr Dr Jr Sr Mt Ft Rd No Mrs Ave Gen Gov Sen Blvd"
# (the full stop is matched first and the abbreviations looked behind it: tried
# at every position before it, the 17 look-behinds made clause_bounds, called
# some 10,000 times for 50 articles, a measurable part of an analysis)
_ABBR = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS.split())
_CLAUSE_BREAK = re.compile(rf"[;:()\u2014\u2013]|,\s|\.{_ABBR}\s(?![a-z])")


@lru_cache(maxsize=1 << 16)
def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause a value at ``text[start:end]`` stands in. Remembered: a
    dozen judge rows ask it of one value for every value it is held against
    (issue 14)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, max(0, start - 300), start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(text, end, end + 300)
    return lo, (m.start() if m else len(text))


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Contractions that look like possessives: "There's a chip up to 2.7GHz".
_NOT_OWNERS = _words("it there that what here he she who let where how this one everyone nobody")
# Possessives that give a figure's period, not its owner ("Sunday's game").
_TIME_WORDS = _words(
    "today yesterday tomorrow tonight week weekend month year season night morning "
    "afternoon evening decade century quarter game match day"
)
_PRONOUN_BEFORE = re.compile(r"\b(?i:his|her|its|their|our|my|your)[ \u00a0]+$")
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
# A size that names a model: "the 13-inch model", "a 15 in. screen", "the 13" MacBook
# Air" (an inch mark before a word, not a closing quotation mark).
_SIZE = re.compile(
    r"\b\d+(?:\.\d+)?(?=(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)?(?:inch|in\.)\b"
    r"|[\"”″][ \u00a0]+(?:[A-Z]|(?:models?|versions?|screens?|displays?|laptops?|notebooks?|"
    r"monitors?|tablets?|TVs?|option)\b))"
)
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
    # a finder is no owner: "Trend Micro has identified 10,000 sites" (session 18)
    r"(?:(?:ha[sd]|have)(?![ \u00a0]+(?:identified|found|counted|estimated|reported|recorded|"
    r"detected|confirmed|tracked|seen|logged|documented|tallied|observed|spotted|discovered)\b)|"
    r"features?|featured|offer(?:s|ed)?|comes?|came|carr(?:y|ies|ied)|"
    r"runs?|ran|weigh(?:s|ed)?|costs?|start(?:s|ed)?|boasts?|gets?|got|packs?|sports?|"
    r"ships?|shipped|includes?|included|scored|hit|missed|threw|thrown|rushed|caught|"
    r"made|earned|posted|averaged|received|sold|won|priced|retails?|sells?|"
    # an organisation's deal or offer: "the Nationals gave Werth a seven-year deal",
    # "Acme will pay $3 billion", "the Phillies signed Lee to a five-year contract"
    r"gave|gives?|signed|signs?|pa(?:y|ys|id)|bid|spent|spends?|invested|bought|acquired)\b"
)
# A figure then a comma right before a clause: "an eight-year, $200 million offer".
_FIGURE_BEFORE = re.compile(r"(\S*\d\S*|\w+-(?:year|month|week|day|game|man|point)),[ \u00a0]$")
# Where a reported clause starts: "… reported that the Red Sox have made …".
_THAT = re.compile(r"\b(?:that|which|as|after|when|while|because|since|if)[ \u00a0]+")
# A name that says what it will do itself: "General Motors said it would cut 2,500
# jobs", "Ford announced that it will invest $1 billion" (it: the name).
_SAID_ITSELF = re.compile(
    r"[ \u00a0]*((?:(?i:the)[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*)"
    r"[ \u00a0]+(?:said|says|announced|announces|confirmed)[ \u00a0]+(?:(?:that|on[ \u00a0]+\w+)"
    r"[ \u00a0]+)?it[ \u00a0]+(?:would|will|had|has|plans[ \u00a0]+to|expects[ \u00a0]+to)\b"
)
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


def owner_of(text: str, start: int, end: int) -> tuple[tuple[str, ...], bool]:
    """Whose figure the value at ``text[start:end]`` is, as lower-case name
    words ("Smith's 86-yard run" -> {smith}; "the Orioles (seven years, $140
    million)" -> {orioles}; "$1,199 for the 13-inch model" -> {13-inch}; "The
    new MacBook Air features 1.7GHz chips" -> {macbook, air}); empty when the
    clause names nobody. Read from the value's own clause only. The flag says
    the figure stands in parentheses after its owner's name, as in a list of
    several owners' figures ("the Orioles (seven years) and Nationals (eight
    years)"): such a figure is that owner's and no one else's."""
    lo, _ = clause_bounds(text, start, end)
    record_owner = record_apposition(text, start, end, _name_words)
    if record_owner:
        return record_owner, True
    dealt = deal_owner(text, start, end, _name_words)
    if dealt:
        return dealt, False
    paren = text.rfind("(", max(0, start - 80), start)
    if paren >= 0 and ")" not in text[paren:start]:
        m = _PAREN_OWNER.search(text, max(0, paren - 60), paren + 1)
        if m and _name_words(m.group(1)):
            return _name_words(m.group(1)), True
    words: dict[str, None] = {}  # in the order the clause names them
    stop = _OUTER_BREAK.search(text, end, end + 200)
    m = _FOR_OWNER.match(text, end, stop.start() if stop else len(text))
    if m:
        words.update(dict.fromkeys(_name_words(m.group(1))))
    cut = max([lo, *(m.end() for m in _AND.finditer(text, lo, start))])
    head = text[cut:start]
    for p in _POSSESSIVE.finditer(head):
        w = p.group(1).lower()
        if _PRONOUN_BEFORE.search(head, 0, p.start()):
            continue  # "his team's victory": the subject's team, not a name
        if (
            w not in _NOT_OWNERS
            and w not in _TIME_WORDS
            and (len(head) - p.end() < 40 or _opens_clause(head, p))
        ):
            words[w] = None
    words.update(dict.fromkeys(f"{s}-inch" for s in _SIZE_LIST.findall(head)))
    words.update(dict.fromkeys(f"{s}-inch" for s in _SIZE.findall(head)))
    subject = _SUBJECT.match(head)
    skip_first = cut == 0 or text[cut - 1] != " "
    if subject is None:  # "ESPN is reporting that the Nationals have offered …"
        for that in _THAT.finditer(head):
            subject, skip_first = _SUBJECT.match(head, that.end()) or subject, False
        # "General Motors said it would cut 2,500 jobs": the speaker's own figure
        itself = None if subject else _SAID_ITSELF.match(head)
        if itself and itself.group(1).split()[-1].lower() not in _GENERIC:
            subject, skip_first = itself, False  # "Ford said it …": Ford is a name
    if subject:
        named = _name_words(subject.group(1), skip_first=skip_first)
        words.update(dict.fromkeys(named))
    elif not words and (cut > 0 or lo > 0):  # "… and Miller 13 rebounds", "with Miller adding 11"
        elided = _ELIDED.match(head)
        if elided and (elided.group(2) or "") not in _SPEECH:
            words.update(dict.fromkeys(_name_words(elided.group(1))))
    figure_before = _FIGURE_BEFORE.search(text, max(0, lo - 40), lo)
    if not words and figure_before:  # "an eight-year, $200 million offer": one offer's
        return owner_of(text, figure_before.start(1), figure_before.end(1))
    colon = text.rfind(":", 0, start)
    if not words and colon > 0:  # "The new MacBook Pro's innards: … up to 16GB of memory"
        words.update(dict.fromkeys(_listing_owner(text[:colon])))
    return tuple(words), False


# Only a determiner before a possessive: it opens its clause, the subject's owner.
_HEAD_DETERMINER = re.compile(r"[\"'“‘ \u00a0]*(?:(?i:the|a|an)[ \u00a0]+)?$")
# Words after which the figure belongs to another clause: "Smith's lawyer said 12 …".
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:said|says|told|reported|that|which|who|when|while|after|before|because)\b"
)


def _opens_clause(head: str, p: re.Match[str]) -> bool:
    """A possessive name that opens the figure's clause, with no speech verb
    or new clause between it and the figure, owns it however far the figure
    stands: "The Nationals' deal with Werth is worth $126 million over seven
    years" (issue 11, session 18: an organisation's figure)."""
    return bool(_HEAD_DETERMINER.fullmatch(head, 0, _name_start(head, p.start()))) and not (
        _ANOTHER_CLAUSE.search(head, p.end())
    )


def _name_start(head: str, start: int) -> int:
    """Where the capitalised run ending in the possessive at ``start`` begins
    ("the Boston Red Sox's offer": at "Boston")."""
    m = re.search(r"(?:[A-Z][\w.-]*[ \u00a0]+){0,3}$", head[:start])
    return m.start() if m else start


def _listing_owner(head: str) -> tuple[str, ...]:
    """Whose list follows a colon: the possessive name or the subject of the
    words before it ("The next-generation MacBook Pro's innards are
    impressive:" -> macbook, pro), or ()."""
    m = _LIST_HEAD.search(head)
    return _name_words(m.group(1)) if m else ()


# The owner of a list after a colon: a possessive name ("MacBook Pro's innards"),
# up to three capitalised words, near the colon.
_LIST_HEAD = re.compile(r"((?:[A-Z][\w.-]*[ \u00a0]+){0,2}[A-Z][\w.-]*)['’]s[ \u00a0][^:;.]{0,60}$")


# Sentence openers that are no one's name though they may own a figure's verb
# ("Officials had 24 reports", "Rescuers have …"): a lone first word is a name
# only when it is none of these.
_GENERIC = _words(
    "officials police authorities rescuers firefighters crews investigators prosecutors "
    "residents witnesses doctors experts analysts researchers scientists reports sources "
    "both some many all most others several few each everyone they we you i researchers "
    "troops soldiers protesters voters players fans customers users workers staff"
)
# A name alone before a figure in a clause of its own, its verb left out or
# kept: "Johnson had 24 points and Miller 13 rebounds", "with Miller adding 11
# rebounds", "while Miller grabbed 11", "and Miller with 13".
_ELIDED = re.compile(
    r"[ \u00a0]*(?:(?i:and|with|while|whereas|but)[ \u00a0]+)?"
    r"((?:[A-Z][\w.’'-]*[ \u00a0]+){0,2}[A-Z][\w.’'-]*)[ \u00a0]+"
    r"(?:((?!(?i:said|says|told|reported|estimated|put|puts|was|were|is|are)\b)[a-z]+)"
    r"[ \u00a0]+)?(?:with[ \u00a0]+)?$"
)
# The one name opening a sentence, then a verb of having or scoring, then the
# figure within a few words: "Johnson scored 24 points", "Smith led the Hawks
# with 20 points" ("Gunmen had killed 12": a verb after "had" is no having).
# Auxiliaries before the verb are read through: "Jones has rushed for 1,203
# yards", "Cole had been sentenced to 12 years", "Diaz was fined $5,000".
# A name of one to three words ("Johnson", "Austin Daye"): the last word is the
# one later sentences call the person by ("Daye finished with 20 points").
_NAME = r"((?:[A-Z][\w.’'-]*[ \u00a0]+){0,2}[A-Z][\w.’'-]*)[ \u00a0]+"
# Auxiliaries and adverbs read through, then a verb of having or scoring.
_HAVING = (
    r"(?:(?:also|now|just|again|then|still)[ \u00a0]+)?"
    r"(?:(?:has|have|had|was|were|is|will|would)[ \u00a0]+(?:also[ \u00a0]+)?"
    r"(?:(?:been|be)[ \u00a0]+)?)?"
    r"(?:(?:had|has|have)(?![ \u00a0]+\w+(?:ed|en)\b)|scored|scores|led|finished|posted|added|adds|"
    r"grabbed|collected|tallied|recorded|rushed|ran|managed|threw|thrown|caught|averaged|earned|won|landed|"
    r"passed|gained|totall?ed|amassed|sentenced|jailed|fined|ordered|given|handed|awarded|"
    r"contributed|netted|put[ \u00a0]+up|chipped[ \u00a0]+in|poured[ \u00a0]+in)\b"
)
# A player's position or a candidate's standing before the name: "Running back
# Darren McFadden managed 10 yards", "Incumbent Tom Ash polled 4,100" (session 41).
_TITLE = (
    r"(?:(?i:running[ \u00a0]+back|quarterback|wide[ \u00a0]+receiver|tight[ \u00a0]+end|"
    r"linebacker|guard|forward|striker|midfielder|goalkeeper|pitcher|catcher|shortstop|"
    r"rookie|veteran|incumbent|challenger|candidate|defender)[ \u00a0]+)?"
)
_OPENER = re.compile(_TITLE + _NAME + _HAVING + r"(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+$")
# The name opening a sentence and its verb of having, whatever follows.
_OPENS = re.compile(_NAME + _HAVING)
# A second verb of having after "and", with no name of its own: "Hansbrough
# finished with 20 points and now has 2,302 for his career" (both his).
_AND_HAVING = re.compile(_HAVING[: -len(r"\b")] + r"\b(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+$")

# A later clause with no subject of its own, opening on a verb of having.
_CLAUSE_HAVING = re.compile(
    r"[ \u00a0]*(?:and[ \u00a0]+)?" + _HAVING + r"(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+"
)


def _name_of(m: re.Match[str] | None) -> tuple[str, ...]:
    """The last word of the name a match opens on, unless it names nobody."""
    if m is None:
        return ()
    words = m.group(1).lower().split()
    if words[0] in _NO_NAME | _GENERIC or words[-1] in _NO_NAME | _GENERIC:
        return ()
    return (words[-1],)


_DIGITS = re.compile(r"\d[\d,.]*")
# A figure and its counted word right before a comma that starts a value's
# clause: the previous item of one list ("24 points, 11 rebounds").
_LISTED_AFTER = re.compile(r"(?<![\w.])(\d[\d.]*)[ \u00a0]+[a-z][a-z-]*,[ \u00a0]+$")


def subject_of(text: str, start: int, end: int) -> tuple[str, ...]:
    """The one name that opens the sentence of a figure in its first clause
    and has or scored it ("Miller scored 19 points and Johnson had 11
    rebounds": 19 is Miller's), as lower-case words, or (). Kept apart from
    ``owner_of``: a sentence's first word may be no name ("Rescuers had …"),
    so it only tells two owners apart, never makes a figure owned."""
    lo, _ = clause_bounds(text, start, end)
    ands = list(_AND.finditer(text, 0, start))
    if ands and not text[ands[-1].end() : start].strip():
        # "Smith had 20 points and 12 rebounds": the list goes on with the same subject
        before = list(_DIGITS.finditer(text, 0, ands[-1].start()))
        return subject_of(text, before[-1].start(), before[-1].end()) if before else ()
    if len(ands) == 1 and _AND_HAVING.fullmatch(text, ands[0].end(), start):
        # "Smith finished with 20 points and now has 2,302": one subject, two verbs
        return _name_of(_OPENS.match(text, 0, ands[0].start()))
    listed = _LISTED_AFTER.search(text, max(0, lo - 40), lo) if lo > 0 else None
    if listed and not ands:
        # "Johnson had 24 points, 11 rebounds and five assists": one line, one subject
        return subject_of(text, listed.start(1), listed.end(1))
    if lo > 0 and _CLAUSE_HAVING.fullmatch(text, lo, start):
        # "Bush rushed for 404 yards, caught 52 passes for 440 yards, and scored
        # three touchdowns": a clause opening on its verb goes on with the subject
        return _name_of(_OPENS.match(text, 0, lo))
    if lo > 0 or ands:
        return ()
    return _name_of(_OPENER.fullmatch(text, 0, start))


# Verbs that say who stated a figure, not whose it is ("Reuters reported 20 dead").
_SPEECH = _words("said says told reported estimated put puts counted")


def _name_words(phrase: str, skip_first: bool = False) -> tuple[str, ...]:
    """The capitalised words of ``phrase`` that may name an owner."""
    out: dict[str, None] = {}
    for i, m in enumerate(_CAPITAL.finditer(phrase)):
        w = m.group(0).lower()
        if (
            w in _NO_NAME
            or _ACRONYM_PLURAL.fullmatch(m.group(0))
            or (i == 0 and skip_first and m.start() == len(phrase) - len(phrase.lstrip()))
        ):
            continue
        out[w] = None
    out.update(dict.fromkeys(f"{s}-inch" for s in _SIZE.findall(phrase)))
    return tuple(out)


def named_in(words: tuple[str, ...], text: str) -> bool:
    """Whether any owner word is named in ``text``; "the bank's target" is
    named by "the Riksbank's target" (a word at the end of a name)."""
    low = text.lower()
    return any(ends_a_word(w, low) for w in words)


def sentence_names(text: str) -> tuple[str, ...]:
    """The capitalised name words of a whole sentence, its first word left out."""
    return _name_words(text, skip_first=True)


def names_in_clause(text: str, start: int, end: int) -> tuple[str, ...]:
    """The capitalised name words of the clause a value stands in, the value
    itself left out ("When Hurricane George destroyed the clinic in 1998" ->
    hurricane, george); a sentence's first word is not taken for a name."""
    lo, hi = clause_bounds(text, start, end)
    head = _name_words(text[lo:start], skip_first=lo == 0)
    return tuple(dict.fromkeys((*head, *_name_words(text[end:hi]))))


# Where a distance is measured from: "two miles from Dunmore", "30 km north-east of
# Ayla", "10 miles off the coast of Mull" (issue 11: "two miles from one town"
# against "three miles from another" is two distances, not one misreported).
_DISTANCE = re.compile(
    r"(?i:miles?|mi|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|feet|foot|ft|yards?|nautical)\b"
)
_DIRECTION = r"(?i:(?:north|south|east|west)(?:[ \u00a0-]?(?:north|south|east|west))?)"
# "from X", "north of X", "off X", "outside X" ("1,000 feet of the Central Highway" is
# a stretch of a road, not a distance from it)
_FROM_PLACE = re.compile(
    rf"[ \u00a0]+(?:(?:{_DIRECTION}[ \u00a0]+|(?i:away|inland|short)[ \u00a0]+)?(?i:from)"
    rf"|{_DIRECTION}[ \u00a0]+(?i:of)|(?i:off|outside))[ \u00a0]+"
    r"(?:(?i:the)[ \u00a0]+(?:(?i:town|city|village|coast|capital|port|island|centre|center)"
    r"[ \u00a0]+(?i:of)[ \u00a0]+)?)?"
    r"((?:[A-Z][\w'’.-]*)(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2})"
)


_CONVERTED = re.compile(r"[ \u00a0]*\([^()]{1,30}\)|\)")


def reference_of(text: str, start: int, end: int) -> tuple[str, ...]:
    """The named place a distance at ``text[start:end]`` is measured from, as
    name words ("two miles from Dunmore" -> ("dunmore",)), or () when the value
    is not a distance or names no place right after it."""
    if not _DISTANCE.search(text, start, end):
        return ()
    # past a conversion: "28 km (17 miles) south-west of Guamote", and "(17 miles)"
    aside = _CONVERTED.match(text, end)
    m = _FROM_PLACE.match(text, aside.end() if aside else end)
    return _name_words(m.group(1)) if m else ()


# Where a count was made, by name, right after it and its noun: "1,200 cases in
# Fulton County" / "3,400 cases in Georgia", "killed 40 people across West
# Sumatra" (not "in March", "in the first half": no name; not "in hospital").
_IN_PLACE = re.compile(
    r"(?:[ \u00a0]+[a-z][\w-]*){0,3}?[ \u00a0]+(?:in|across|throughout|around)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:(?:city|state|county|province|region|town|village|district|"
    r"island|capital)[ \u00a0]+of[ \u00a0]+)?"
    r"((?:[A-Z][\w'’.-]*)(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2})"
)


def place_named(text: str, start: int, end: int) -> tuple[str, ...]:
    """The named place a count at ``text[start:end]`` was made in, as name
    words ("1,200 cases in Fulton County" -> ("fulton", "county")), or ()."""
    _, hi = clause_bounds(text, start, end)
    m = _IN_PLACE.match(text, end, hi)
    return _name_words(m.group(1)) if m else ()


# A sentence whose subject is a pronoun for one person ("He had 793 yards", "Her
# 12 goals led the side"); "It" and "They" are no one person.
_ONE_PERSON = re.compile(r"[\"'“‘ \u00a0]*(?:He|She|His|Her)\b")
_HE_IN_CLAUSE = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
# A run of capitalised words: "Pierre Thomas", "the Indianapolis Colts", "Bush".
_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)*")


def _runs(text: str) -> list[tuple[list[str], str]]:
    """The capitalised runs of ``text`` as their name words (possessive 's
    dropped), each with the word before it, lower-case."""
    out = []
    for m in _RUN.finditer(text):
        words = [re.sub(r"['’]s?$", "", w).lower() for w in m.group(0).split()]
        while words and words[0] in _NO_NAME | _GENERIC:
            words = words[1:]
        prev = text[max(0, m.start() - 40) : m.start()].split()[-1:] or [""]
        out.append((words, prev[0].lower()))
    return out


@lru_cache(maxsize=256)
def _people(text: str) -> tuple[set[str], set[str]]:
    """Surname keys of ``text``: names introduced in full ("Pierre Thomas") and
    later used alone ("Thomas came into 2010"), never after "the" (not "the
    Saints"); and the surnames of every full name (first word not after "the"
    nor after a possessive: not "the Philadelphia Eagles", "the Saints' Super
    Bowl"), which may be people too."""
    full: set[str] = set()
    alone: set[str] = set()
    for words, prev in _runs(text):
        after_the = prev in ("the", "a", "an") or prev.endswith(("'s", "’s", "s'", "s’"))
        if after_the or not words or words[-1] in _NO_NAME | _GENERIC:
            continue
        (full if len(words) > 1 else alone).add(words[-1])
    return full & alone, full


def pronoun_owner(text: str, start: int, end: int, before: str) -> tuple[str, ...]:
    """Whose figure ``text[start:end]`` is when its sentence's subject is "He",
    "She", "His" or "Her": the one person (surname) named in the nearest of
    the one to three sentences before it (``before``: the article up to the
    sentence) that names anyone, or () when that sentence names several, none
    of the three names anyone, or the figure is reported speech ("He said 12
    people died") or stands in a later clause with no pronoun of its own."""
    if not _ONE_PERSON.match(text) or not before:
        return ()
    lo, _ = clause_bounds(text, start, end)
    if lo > 0 and not _HE_IN_CLAUSE.search(text, lo, start):
        return ()
    if any(w.lower() in _SPEECH for w in re.findall(r"[A-Za-z]+", text[:start])):
        return ()
    keys, full = _people(before)
    sentences = [s for s in _SENTENCE_END.split(before) if s.strip()]
    for sentence in reversed(sentences[-3:]):
        named = {w[-1] for w, prev in _runs(sentence) if w and w[-1] in keys | full}
        if len(named) > 1:  # "In Bush's absence, Pierre Thomas has ...": Thomas
            subjects = named - _only_possessive(sentence)
            if len(subjects) == 1:  # the one person named other than as an owner
                return (subjects.pop(),)
        if named:
            return (named.pop(),) if len(named) == 1 and named <= keys else ()
    return ()


_OWNER_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)*['’]s?(?![\w])")


def _only_possessive(sentence: str) -> set[str]:
    """Surnames a sentence names only as an owner ("In Bush's absence"), never
    as a subject: a pronoun after it is the other person named."""
    owners = {
        m.group(0).rstrip("s").rstrip("'’").split()[-1].lower()
        for m in _OWNER_NAME.finditer(sentence)
    }
    plain = {w[-1] for w, _ in _runs(_OWNER_NAME.sub(" ", sentence)) if w}
    return owners - plain
