"""The named place a figure is of, as far as the words beside it say (read for
``measure.Measure.where``).

One sentence often lists several places' figures: "55 percent of voice
traffic in Saudi Arabia, 52 percent in Egypt, and 82 percent in India";
"services in Egypt were down by 80 percent, in India by 65 percent"; "59% of
communications with Singapore, 44% with Malaysia". A place that scopes a
figure — after it ("in", "for", "to", "with", "across", "between" a place,
"of India's traffic", "of Australian users") or before it in its own clause
("in India by 65 percent") — is the figure's scope: two figures scoped to
different places are two things (issue 11, trial 24: "82 percent in India"
against "Up to 80 percent … in Egypt" was called a conflict).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
# A capitalised name of up to five words, "and" or "the" inside it ("India and
# the Middle East", "Saudi Arabia", "the Gulf state of Qatar").
_NAME = (
    r"((?:[A-Z][\w'’.-]*)(?:" + _S + r"(?:(?:and|of)" + _S + r")?(?:the" + _S + r")?"
    r"[A-Z][\w'’.-]*){0,4})"
)
_PREP = r"(?:in|for|to|with|across|throughout|around|between|inside|within)"
# After the figure: a few words of what it is of, then a preposition and a name
# ("80 percent of Internet services and call centers in Egypt", "39% with Taiwan").
_AFTER = re.compile(
    r"(?:" + _S + r"[\w'’-]+){0,6}?" + _S + _PREP + _S + r"(?:the" + _S + ")?" + _NAME
)
# "evacuated from the Roya and Vésubie valleys", "fled from Kherson": where people
# were moved from is where they were counted (session 28, eng79)
_FROM = re.compile(
    r"(?:" + _S + r"[\w'’-]+){0,4}?" + _S
    + r"(?:evacuated|fled|displaced|rescued|airlifted|removed|relocated)" + _S
    + r"from" + _S + r"(?:the" + _S + ")?" + _NAME
)  # fmt: skip
# A place fronted before the sentence's first clause scopes what the clause
# counts: "In Italy, 38 people were injured", "Across the border in Italy, seven
# people were killed", "Elsewhere in France, two died" (session 28, eng79).
# "In the town of Riverton,", "In nearby Millbrook,", "In the neighbouring city of X,"
# (session 41: two towns' tolls are two figures)
_NEAR = (
    r"(?:(?i:nearby|neighbou?ring|coastal|rural|northern|southern|eastern|western|central)"
    + _S + r")?(?:(?i:town|city|village|district|county|province|region|state|borough|suburb"
    + r"|hamlet|island|port)" + _S + r"of" + _S + r")?"
)  # fmt: skip
_FRONTED = re.compile(
    r"^[ \u00a0]*(?:[A-Z][a-z]+(?:" + _S + r"[a-z]+){0,3}" + _S + r")?"
    + r"(?i:in|across|throughout|inside|within)" + _S
    + r"(?:the" + _S + ")?" + _NEAR + _NAME + r"[ \u00a0]*,"
)  # fmt: skip
# "of India's voice traffic", "of the Maldives' traffic"
_OF_OWNER = re.compile(
    _S + r"of" + _S + r"(?:all" + _S + r")?(?:the" + _S + r")?" + _NAME + r"['’]s?(?![\w])"
)
# "of Australian PC users", "of Indian traffic": a word of a people or a country
_OF_PEOPLE = re.compile(
    _S + r"of" + _S + r"(?:all" + _S + r")?(?:the" + _S + r")?"
    r"([A-Z][a-z]+(?:ian|an|ese|ish|i))(?=" + _S + r"[\w])"
)
# Before the figure in its own clause: "in India by 65 percent", "services in
# Egypt were down by 80 percent".
_BEFORE = re.compile(
    r"\b" + _PREP + _S + r"(?:the" + _S + ")?" + _NAME + r"(?:" + _S
    + r"[a-z][\w'’-]*){0,4}"
    + _S + r"$"
)  # fmt: skip
# Capitalised words that are no place: months, days, function words, titles.
_NO_PLACE = frozenset(
    word
    for line in (
        "the a an and of in on at for to with by from as this that these those it its",
        "he she they we i his her their our you january february march april may june",
        "july august september october november december monday tuesday wednesday",
        "thursday friday saturday sunday mr mrs ms dr internet web net christmas easter",
    )
    for word in line.split()
)
_DIGIT = re.compile(r"\d")


def _words(name: str) -> tuple[str, ...]:
    out = []
    for w in re.findall(r"[A-Za-z][\w'’.-]*", name):
        w = re.sub(r"['’]s?$", "", w).rstrip(".").lower()
        if w and w not in _NO_PLACE and w[0].isalpha():
            out.append(w)
    return tuple(dict.fromkeys(out))


def scoped_places(text: str, start: int, end: int) -> tuple[str, ...]:
    """The named place the figure at ``text[start:end]`` is of, as lower-case
    name words ("52 percent in Egypt" -> ("egypt",); "82 percent of India's
    voice traffic" -> ("india",); "less than 1 per cent of Australian PC users"
    -> ("australian",); "in India by 65 percent" -> ("india",)), or ()."""
    lo, hi = clause_bounds(text, start, end)
    nxt = _DIGIT.search(text, end, hi)  # the next figure's words are its own
    stop = nxt.start() if nxt else hi
    for rx in (_OF_OWNER, _OF_PEOPLE, _AFTER, _FROM):
        m = rx.match(text, end, stop)
        if m and rx in (_AFTER, _FROM) and _DESCRIBES.match(text, m.end()):
            continue  # "to the British company's closing price": the company's country
        if m and _words(m.group(1)) and (rx is _OF_OWNER or not _OWNS.search(m.group(1))):
            # "in Utah, Arizona, and Texas": a list of places, read as none of them
            return () if _MORE_PLACES.match(text, m.end()) else _words(m.group(1))
    m = _PEOPLE_AFTER.match(text, end, stop)
    if m and _PLACED_FIGURE.search(text[:start] + " " * (end - start) + text[end:]):
        return _words(m.group(1))  # "2.3 million British customers and 6.1 million in …"
    head = text[lo:start]
    if _DIGIT.search(head):
        head = head[max(m.end() for m in _DIGIT.finditer(head)) :]
    m = _BEFORE.search(head)
    if m and not _OWNS.search(m.group(1)):
        return _words(m.group(1))
    m = _LISTED.search(head) or _PLACE_LINE.search(head)
    if m:
        return _words(m.group(1))
    return _fronted(text, start, end)


# A bare count, perhaps hedged: "38", "seven", "about 1,300", "at least 50" (not
# "52 F", "18C", "a 23-year-old": a fronted place scopes what a clause counts)
_BARE_COUNT = re.compile(
    r"(?i:(?:about|some|around|nearly|almost|roughly|over|more" + _S + r"than|at" + _S
    + r"least|fewer" + _S + r"than|up" + _S + r"to)" + _S + r")?(?:\d[\d,]*|(?i:one|two|three|"
    + r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands))"
)  # fmt: skip


def _fronted(text: str, start: int, end: int) -> tuple[str, ...]:
    """The place fronted before the sentence's first clause ("In Italy, 38 people
    were injured"), when the figure, a bare count, stands in that clause."""
    if not _BARE_COUNT.fullmatch(text, start, end) or text.startswith("-", end):
        return ()
    m = _FRONTED.match(text)
    if m is None or m.end() > start or _OWNS.search(m.group(1)):
        return ()
    if re.search(r"[;:.]|\band\b", text[m.end() : start]):
        return ()  # another clause's figure: "In Italy, seven died and two in France"
    return _words(m.group(1))


# A place that names which of a company's listings or arms a figure is of, in
# the figure's own clause before it (issue 11, session 27): "its London-listed
# shares were down 5.3%", "the Amsterdam line was 3.1% lower", "the Dutch-listed
# stock", "the Hong Kong arm's sales rose 4%", "the group's US business grew 8%",
# "its UK sales fell 3%". A company's home ("the Hong
# Kong-based company") is no scope of its figures, and is not read.
_SHORT_NAME = r"((?:[A-Z][\w.]*" + _S + r"){0,2}[A-Z][\w.]*)"
_LISTED = re.compile(r"(?<![\w'’])" + _SHORT_NAME + r"-(?:listed|traded|quoted)\b")
_PLACE_LINE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|(?<![\w'’])[A-Za-z][\w.]*['’]s?)" + _S + _SHORT_NAME + _S
    + r"(?:line|listing|arm|unit|subsidiary|division|branch|operations?|business|sales|"
    + r"revenues?|profits?|turnover)(?:['’]s)?\b"
)  # fmt: skip


# A people word right after a figure, before what it counts: "2.3 million British
# customers", "40 French nationals". Read as the figure's place only in a
# sentence that breaks its figures down by place ("… and 6.1 million in the
# Netherlands"): there the people word is the part's place, and read as none the
# breakdown swapped between two reports ("6.1 million in Britain and 2.3 million
# in the Netherlands") paired by equal values, one place's figure with the
# other's, and showed nothing (session 29, eng83). Alone ("three American
# soldiers") it may only describe who was counted, and is not read.
_PEOPLE_AFTER = re.compile(
    r"(?:" + _S + r"(?:million|billion|thousand|hundred))?" + _S
    + r"((?:[A-Z][a-z]+(?:ian|an|ese|ish|i))|Dutch|French|Czech|Greek|Thai|Swiss)"
    + _S + r"[a-z]"
)  # fmt: skip
# Another figure of the sentence scoped by a place after it: "6.1 million in the
# Netherlands", "12 across Spain".
_PLACED_FIGURE = re.compile(
    r"\d[\d,.]*(?:" + _S + r"[a-z]+){0,3}?" + _S + r"(?:in|across|throughout)" + _S
    + r"(?:the" + _S + r")?[A-Z]"
)  # fmt: skip
# A people or country word describing the one who owns what a figure is of is
# no place the figure is of: "a premium of 28% to the British company's closing
# price", "to the Dutch group's share price", "a 5% stake in the German
# carmaker" tell the company's country (session 29, eng83: "28%" to "the
# British company's" price was kept from "a 38 per cent premium to Caldera's",
# a share of one place against a share of none).
_DESCRIBES = re.compile(
    _S + r"(?:[a-z][\w-]*['’]s?(?![\w])|(?:company|group|firm|carmaker|maker|retailer|"
    r"bank|lender|insurer|airline|chain|conglomerate|giant|rival|owner|parent|"
    r"operator|producer|manufacturer|supplier|distributor|brand|start-?up)s?\b)"
)
# A name that owns a noun is no place: "a premium of 32 per cent to Greywell's
# closing price" is a share of a price, not of Greywell.
_OWNS = re.compile(r"['’]s?$")
_MORE_PLACES = re.compile(r",[ \u00a0]+[A-Z]")


_FIGURE = re.compile(r"\d[\d,.]*(?:[ \u00a0]*(?:%|per[ \u00a0]?cent|percent))?")


@lru_cache(maxsize=4096)
def figure_places(text: str) -> frozenset[str]:
    """The place words that scope some figure of ``text``: a sentence naming a
    place only as another figure's scope does not name it as this one's."""
    return frozenset(w for m in _FIGURE.finditer(text) for w in scoped_places(text, *m.span()))


# People words that do not start as their country does (session 29: "1.2 million
# French users" against "in France").
_DEMONYMS = {
    "french": "france",
    "dutch": "netherlands",
    "spanish": "spain",
    "swiss": "switzerland",
    "welsh": "wales",
    "scottish": "scotland",
    "irish": "ireland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "polish": "poland",
    "turkish": "turkey",
    "english": "england",
    "portuguese": "portugal",
    "thai": "thailand",
    "filipino": "philippines",
}


def same_place(a: str, b: str) -> bool:
    """One place named two ways: "australia" / "australian", "egypt" / "egyptian",
    "french" / "france" (a short word only as itself: "us" is not "usa", "in"
    not "india")."""
    a, b = _DEMONYMS.get(a, a), _DEMONYMS.get(b, b)
    if min(len(a), len(b)) < 4:
        return a == b
    return b.startswith(_stem(a)) or a.startswith(_stem(b))


def _stem(w: str) -> str:
    return w[: max(4, len(w) - 3)]


def names_place(words: tuple[str, ...], text: str, besides: frozenset[str]) -> bool:
    """Whether ``text`` names any of the place ``words`` other than as one of
    ``besides`` (the places of its own figures)."""
    low = re.findall(r"[a-z][\w'’-]*", text.lower())
    return any(
        same_place(w, t) for w in words for t in low if not any(same_place(t, o) for o in besides)
    )
