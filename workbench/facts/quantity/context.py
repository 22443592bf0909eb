"""Context rules of detection: what only looks like a quantity, and what is counted.

A false number is a false flag in front of an editor, so these rules refuse
years, dates, clock times, scores, phone numbers, codes glued to letters,
numbers after a label or a capitalised name, bare numbers used as names ("the
787") and "one" as a pronoun. They also find the noun a number counts
("3,000 extra troops" -> troop); see ``detect`` for the whole reading.
"""

from __future__ import annotations

import re

from workbench.facts.lexicon import TIME_LIKE_TERM
from workbench.facts.quantity.numbers import NumberSpan
from workbench.facts.quantity.terms import (
    AFTER_COUNT,
    CAP_ALLOWED,
    CAPWORD_BEFORE_RE,
    DATE_PREP_RE,
    DETERMINER_BEFORE_RE,
    HEIGHT_WEIGHT_RE,
    LABEL_RE,
    LEVEL_NOUNS,
    NEXT_TWO_RE,
    NEXT_WORD_RE,
    NOGO_RES,
    OF_PRONOUN_RE,
    OF_RE,
    ONE_NOUNS,
    POSSESSIVE_RE,
    PRODUCT_BEFORE_RE,
    RECORD_AFTER_RE,
    RECORD_BEFORE_RE,
    RECORD_VERB_RE,
    SCORE_RE,
    STOP,
    TAIL_TOKEN_RE,
    looks_plural,
    singular_of,
)
from workbench.facts.quantity.versions import version_range_first, version_word_before
from workbench.facts.textwin import last_char_before


def nogo_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for r in NOGO_RES for m in r.finditer(text)]
    spans += [m.span() for m in HEIGHT_WEIGHT_RE.finditer(text)]
    spans += [m.span() for m in TIME_LIKE_TERM.finditer(text)]  # "a zero-day flaw"
    for m in SCORE_RE.finditer(text):
        if int(m.group(2)) <= int(m.group(1)) or _record(text, m):
            spans.append(m.span())
    return spans


_SCORE_AFTER = re.compile(
    r"[ \u00a0]+(?i:lead|deficit|win|victory|loss|defeat|rout|score|scoreline|margin|"
    r"halftime|half-time|advantage|triumph|drubbing|thrashing)\b"
)


def _record(text: str, m: re.Match[str]) -> bool:
    """'finished 2-13', 'a 9-11 record', '(2-13)': a win-loss record, not a range."""
    before = text[max(0, m.start() - 20) : m.start()]
    if RECORD_VERB_RE.search(before):
        return True
    if _SCORE_AFTER.match(text, m.end()):
        return True  # "a 14-24 deficit", "a 3-1 win": a score, not a range
    after = RECORD_AFTER_RE.match(text, m.end())
    if after is None:
        return False
    if after.group(0).strip().lower() in ("record", "season", "mark", "start"):
        return True
    return RECORD_BEFORE_RE.search(before) is not None


def next_word(text: str, pos: int) -> str | None:
    m = NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else None


# "106 times for 404 yards", "three times this season", "five times." count
# occasions; "three times as many", "ten times the size", "2.5 times higher" multiply.
_OCCASIONS = re.compile(
    r"[ \u00a0]*times\b(?![ \u00a0]+(?:as|more|less|fewer|the|that|what|higher|lower|larger|"
    r"bigger|smaller|greater|faster|slower|over|its|their|his|her|normal|average)\b)",
    re.IGNORECASE,
)


_CAPS_PLURAL = re.compile(r"[A-Z]{2,}['’]s")
_ENDS = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|$)")


def counted_tail(text: str, pos: int, singular: bool) -> str | None:
    """Head noun of the noun phrase starting at ``pos``: the last of the first run
    of plural-looking words ("3,000 extra troops", "police officers"), or for one
    thing the last word before a function word ("one Afghan soldier was")."""
    tokens: list[str] = []
    p = pos
    while len(tokens) < 4:
        m = TAIL_TOKEN_RE.match(text, p)
        if not m:
            break
        w = m.group(1)
        if w.lower() in STOP:
            break
        tokens.append(w)
        p = m.end()
    if not tokens:
        return None
    if len(tokens) == 1 and _CAPS_PLURAL.fullmatch(tokens[0]) and _ENDS.match(text, p):
        # "36 KO's,", "12 RBI's.": a plural, not a possessive ("GM's bondholders")
        return tokens[0][:-2].lower()
    if singular:
        head = None
        for w in tokens[:3]:
            if re.search(r"(ed|ing|ly)$", w.lower()) or looks_plural(w):
                break
            if not POSSESSIVE_RE.search(w) and not w[0].isupper():
                head = w
        return head.lower() if head else None
    best = None
    for w in tokens:
        if POSSESSIVE_RE.search(w):
            if best is not None:
                break
            continue  # "GM's bondholders": the owner is not what is counted
        if looks_plural(w) and not w.isupper():
            best = w
        elif best is not None:
            break
    if best is None:
        return None
    if best.lower() == "times" and _OCCASIONS.match(text, pos):
        return "time"  # "rushed 106 times for 404 yards": a count of occasions
    if best.lower() in ("times", "others", "ones"):
        return None
    if re.fullmatch(r"[A-Z]{2,}s", best):
        return best[:-1].lower()  # "43 RBIs" -> rbi
    return singular_of(best)


# "ages 12 and 15", "aged 15 and 12", "age 7": the numbers that follow are ages
_AGES_BEFORE = re.compile(
    r"\b(?i:ages?|aged)[ \u00a0]+(?:\d{1,3}[ \u00a0]*(?:,|and|&|to|-|or)[ \u00a0]*)*$"
)


def after_ages(text: str, pos: int) -> bool:
    """Does a number at ``pos`` follow "ages"/"aged" (a trial's "two girls,
    ages 12 and 15": 12 was held against "two counts")? Its counted noun is
    "age" then."""
    return bool(_AGES_BEFORE.search(text, max(0, pos - 40), pos))


def counted_noun(
    text: str, pos: int, value: float, nums: list[NumberSpan], i: int, kind: str
) -> str | None:
    """What a number counts or measures, from the words after it."""
    if OF_PRONOUN_RE.match(text, pos):
        return None
    of = OF_RE.match(text, pos)
    if of:
        # "50 of 370 districts": the noun after the second number
        for nxt in nums[i + 1 : i + 3]:
            if nxt.start == of.end():
                return counted_tail(text, nxt.end, nxt.value == 1)
        plural = counted_tail(text, of.end(), False)
        if plural or (kind == "number" and value != 1):
            return plural
        return counted_tail(text, of.end(), True)  # "half of the population"
    if kind != "number":
        return None
    found = counted_tail(text, pos, value == 1)
    return "age" if found is None and after_ages(text, nums[i].start) else found


def is_year(n: NumberSpan) -> bool:
    return (
        n.form == "digits" and not n.scaled and len(n.text) == 4 and n.text.isdigit()
        and 1000 <= n.value <= 2099
    )  # fmt: skip


# A quake's magnitude written with a hyphen: "a magnitude-6.1 quake", "a 6.1-magnitude
# quake" (as "a magnitude 6.1 quake" is read), not a code like "F-16" or "3-point".
_MAGNITUDE_BEFORE = re.compile(r"(?i:\bmagnitude)[-‐]$")
_MAGNITUDE_AFTER = re.compile(r"[-‐](?i:magnitude)\b")


def _glued_left(text: str, n: NumberSpan) -> bool:
    """Model numbers and codes: "COVID-19", "F-16", "A320" (letters glued on the left)."""
    s = n.start
    if s >= 2 and text[s - 1] in "-‐" and text[s - 2].isalpha():
        return _MAGNITUDE_BEFORE.search(text, max(0, s - 12), s) is None
    if s >= 1 and text[s - 1] in "+#№'’":
        return True  # "+44", "#1", "'11"
    return s >= 1 and text[s - 1].isalpha()


_TIMES_BEFORE = re.compile(r"\d[ \u00a0]?[x×][ \u00a0]?$")
_TIMES_AFTER = re.compile(r"[ \u00a0]?[x×][ \u00a0]?\d")


def bad_left_context(text: str, n: NumberSpan) -> bool:
    """Model numbers and codes: "COVID-19", "F-16", "A320" (letters glued on the
    left); and the sides of a size, "2880 x 1800 pixels", which is one value
    of two figures, not two figures to compare one by one."""
    if _TIMES_BEFORE.search(text, max(0, n.start - 4), n.start):
        return True
    if _TIMES_AFTER.match(text, n.end):
        return True
    return _glued_left(text, n)


# a figure grouped in thousands ("20,119"), which no model or label number is written as
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")


def named_before(text: str, start: int, capital_number: bool = False, labels: bool = True) -> bool:
    """A label, product or capitalised name just before ``start``: "No. 10", "iPhone 4",
    "Boeing 737". With ``capital_number`` (the number is a capitalised word, "Three")
    a name that opens a quotation counts too: the “Big Three”. ``labels`` off leaves
    out the label words, some of which are also verbs ("seat 200 to 300 people")."""
    before = text[max(0, start - 40) : start]
    if labels and LABEL_RE.search(before):
        return True
    if PRODUCT_BEFORE_RE.search(before):
        return True  # "iPhone 4", "iOS 5", "eBay 2"
    cap = CAPWORD_BEFORE_RE.search(before)
    if (
        cap
        and _GROUPED.match(text, start)
        and re.search(r"(?:,|\band)[ \u00a0]+$", before[: cap.start()])
    ):
        return False  # "… 21,004 votes and Moran 20,119": whose figure, no model number
    if cap:
        word = cap.group(1)
        last = last_char_before(text, start - len(cap.group(0)))
        sentence_initial = not last or last in '.!?"“‘:;'
        if capital_number and last in '"“‘':
            sentence_initial = False  # “Big Three”: the quotation names something
        if re.search(r"(['’]s|s['’])$", word):
            return False
        if word not in CAP_ALLOWED:
            return not sentence_initial or _opening_name(text, word, start)
        return _name_run(before[: len(before) - len(cap.group(0))])
    return False


# Capitalised words that open a sentence before a figure without naming anything
# ("Between 10 and 20", "Yesterday 30 people", "Perhaps 40"): the function words of
# CAP_ALLOWED and these, and the words of dates ("April 3", "Monday 12 January").
_OPENERS = frozenset(
    word
    for line in (
        "between through throughout perhaps maybe possibly probably yesterday today tonight",
        "tomorrow last this next fully barely estimated among amid during following overall",
        "altogether total totally another such many several like unlike including excluding",
        "despite per via against within without towards toward into onto upon near past plus",
        "minus below above beyond across behind beside besides except inside outside once twice",
        "so yet also already here there what which who whom where why how whose most least top",
        "first early late mid posted updated officials police only some about",
        "january february march april may june july august september october november december",
        "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug",
        "sep sept oct nov dec",
    )
    for word in line.split()
)
# What follows a figure that names a thing rather than counts: a verb or auxiliary,
# punctuation, a conjunction or the end ("Apollo 11 landed", "Windows 7 is", "Flag 4,"),
# not a counted noun ("Officers 30 people" would be no name).
_NAME_NUMBER_AFTER = re.compile(
    r"(?:[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:and|or|is|was|were|are|has|had|have|will|"
    r"would|can|could|may|landed|crashed|vanished|launched|came|comes|went|goes|runs?|ran|"
    r"[a-z]+ed)\b)"
)


def _opening_name(text: str, word: str, start: int) -> bool:
    """A capitalised word opening a sentence right before a bare figure names the
    thing the figure is part of ("Apollo 11 landed", "Windows 7 is out", "Flight 370
    vanished") when it is no function or date word and what follows the figure is
    no counted noun (trial 24: a cable's name read as a count of cables)."""
    if word.lower() in _OPENERS or word.lower() in {w.lower() for w in CAP_ALLOWED}:
        return False
    end = re.match(r"[\d.,]+", text[start:])
    return bool(end) and bool(_NAME_NUMBER_AFTER.match(text, start + end.end()))


# A run of capitalised words ending in a function word before a figure: "the Sea Me
# We 4 cable" names the cable (trial 24: "Sea Me We 4" read as four cables), though
# "We" alone before a figure would be the pronoun.
_RUN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w.&’'-]*)[ \u00a0]+$")


def _name_run(before: str) -> bool:
    """Whether the capitalised word before a CAP_ALLOWED word before a figure is a
    name word (not itself a function word, not opening the sentence)."""
    prev = _RUN_BEFORE.search(before)
    if not prev or prev.group(1) in CAP_ALLOWED or prev.group(1).lower() in _OPENERS:
        return False
    last = last_char_before(before, len(before) - len(prev.group(0)))
    return bool(last) and last not in '.!?"“‘:;'


_CALIBRE_AFTER_RE = re.compile(r"[ \u00a0-]?(?:caliber|calibre|cal\b|magnum|[A-Z])")


def _calibre(text: str, n: NumberSpan, end: int) -> bool:
    """A figure written with a leading point and followed by a name or
    "caliber" names a cartridge (".357 Magnum", ".22-caliber rifle"), not an
    amount: "a .357 Magnum" against "two women" is no conflict."""
    return n.text.startswith(".") and bool(_CALIBRE_AFTER_RE.match(text, end))


# A number that continues a list of names: "versions 6, 7, 8, and 9", "IE6, 7 and 8"
# (each a version, none a count).
_LABEL_LIST = re.compile(
    r"(?:\b(?i:versions?|releases?|models?|generations?)[ \u00a0]+|\b[A-Za-z]+(?=\d)"
    r"|\b[A-Z][\w]*,?[ \u00a0]+)\d+(?:\.\d+)?(?:[ \u00a0]*,[ \u00a0]*\d+(?:\.\d+)?)*"
    r"[ \u00a0]*,?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?$"
)
# A number then one capitalised singular word then a lowercase singular word: a
# name ("8 Block gang", "7 Eleven store"), not a count ("12 Americans were hurt",
# "3 Apple shares").
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]+(?<!s)[ \u00a0]+([a-z]+)")
# A house number: "the offices of 4 Yawkey Way", "10 Downing Street".
_STREET_AFTER = re.compile(
    r"[ \u00a0]+(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}(?:Way|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Boulevard|Blvd\.?|Lane|Drive|Place|Square|Terrace|Parkway)\b"
)
_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:and|or|as|on|in|for|to|with|are|is|were|was|have|has)\b)[a-z]"
)


# An emergency number, not a count: "called 911", "responded to 911 calls", "the 999
# operator" (real copy: ECB+ 22_ecbplus and 18_ecbplus read "911" as 911 calls).
_EMERGENCY = frozenset(("911", "999", "112"))
_EMERGENCY_BEFORE = re.compile(r"\b(?i:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phoned)[ \u00a0]+$")
_EMERGENCY_AFTER = re.compile(
    r"[ \u00a0]+(?i:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system|lines?)\b"
)
# A street address: "the 12000 block of Roosevelt Boulevard".
_BLOCK_AFTER = re.compile(r"[ \u00a0]+(?i:block)\b(?!s)")
# The first of two joined modifiers: "the 13- and 15-inch models", "3- or 4-year-olds"
# (a size or an age shared with the next one, not a count of its own).
_SUSPENDED = re.compile(
    r"[ \u00a0]*[-‐][ \u00a0]+(?i:and|or|to)[ \u00a0]+\d[\d.,]*[ \u00a0]*[-‐][ \u00a0]*[A-Za-z]"
)


def bare_number_refused(text: str, n: NumberSpan, start: int, end: int) -> bool:
    """Context that makes a bare number (no unit, currency or hedge) not a quantity."""
    before = text[max(0, start - 40) : start]
    if n.text in _EMERGENCY and (
        _EMERGENCY_BEFORE.search(text, max(0, start - 20), start)
        or _EMERGENCY_AFTER.match(text, end)
    ):
        return True
    if n.form == "digits" and (_BLOCK_AFTER.match(text, end) or _SUSPENDED.match(text, end)):
        return True
    if named_before(text, start, n.form == "words" and n.text[:1].isupper()):
        return True
    if _version_range_tail(text, n, start):
        return True  # "IE6 to 10", "Windows 10 and 11 machines": a version, no count
    if _after_another_count(text, n, start):
        return True
    if _LABEL_LIST.search(text, max(0, start - 80), start) and not _NOUN_AFTER.match(text, end):
        return True
    if _STREET_AFTER.match(text, end):
        return True  # "4 Yawkey Way": an address
    name = _NAME_AFTER.match(text, end)
    if name and n.value != 1 and counted_tail(text, end, False) is None:
        return True  # "an alleged 8 Block gang member", "a 7 Eleven store": a name
    if n.form == "digits" and len(n.text) > 1 and n.text.startswith("0") and n.text[1] != ".":
        return True
    if is_year(n):
        nxt = next_word(text, end)
        if not (nxt and looks_plural(nxt) and nxt[0].islower()) or DATE_PREP_RE.search(before):
            return True
    if model_number_like(text, n, start, end):
        return True
    if _calibre(text, n, end):
        return True
    if n.text.lower() == "one":
        nxt = NEXT_TWO_RE.match(text, end)
        words = [w.lower() for w in nxt.groups() if w] if nxt else []
        if not any(singular_of(w) in ONE_NOUNS for w in words):
            return True  # "one of the gains", "no one": a pronoun, not a count
    return False


def _version_range_tail(text: str, n: NumberSpan, start: int) -> bool:
    """The second end of a range whose first a name owns ("Internet Explorer 6 through
    11") or is glued to ("IE6 to 10"): :mod:`.versions`."""
    first = version_range_first(text, n, start)
    if first is None:
        return False
    if first >= 1 and text[first - 1].isalpha():
        return True
    return named_before(text, first, labels=False) or version_word_before(text, first)


_COUNT_BEFORE_RE = re.compile(
    r"(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"twenty|thirty|forty|fifty|hundred|thousand))[ \u00a0]+"
    r"(?:of[ \u00a0]+)?(?:(?:new|more|larger|smaller|bigger|additional|extra|used|further|"
    r"other|[A-Z][\w-]*['’]s?)[ \u00a0]+){1,2}$"
)


def _after_another_count(text: str, n: NumberSpan, start: int) -> bool:
    """ "five new 737 aircraft", "20 of Boeing's larger 777 planes": a three- or
    four-digit number after a count in the same noun phrase names a model."""
    if not (n.text.isdigit() and 100 <= n.value <= 9999):
        return False
    return _COUNT_BEFORE_RE.search(text, max(0, start - 50), start) is not None


def model_number_like(text: str, n: NumberSpan, start: int, end: int) -> bool:
    """A bare three- or four-digit integer used as a name: "the 787", "737 replacement",
    "its 777 airliner". A count of things is followed by a plural ("777 planes")."""
    if not (n.text.isdigit() and 100 <= n.value <= 9999):
        return False
    tokens: list[str] = []
    p = end
    while len(tokens) < 5:
        m = NEXT_WORD_RE.match(text, p)
        if not m or m.group(1).lower() in STOP:
            break
        tokens.append(m.group(1))
        p = m.end()
    if any(looks_plural(w) and not POSSESSIVE_RE.search(w) for w in tokens):
        return False
    if tokens and tokens[0].lower() in LEVEL_NOUNS:
        return False  # "below the 5000 mark" is a level
    if (
        tokens
        and not re.search(r"(ed|ing|ly)$", tokens[0])
        and tokens[0].lower() not in AFTER_COUNT
    ):
        return True
    return bool(DETERMINER_BEFORE_RE.search(text, max(0, start - 20), start))


def glued_after(text: str, pos: int) -> bool:
    """A numeral glued to letters it cannot own: "21st", "737s", "5G", "3-point"."""
    if pos >= len(text) or _MAGNITUDE_AFTER.match(text, pos):
        return False
    c = text[pos]
    if c.isalpha() or (c in "'’" and pos + 1 < len(text) and text[pos + 1] == "s"):
        return True
    return c in "-‐" and pos + 1 < len(text) and text[pos + 1].isalpha()
