"""The tense of the verb governing a time expression, by heuristics.

Which Tuesday "on Tuesday" means depends on whether the sentence looks back
or ahead; :func:`tense_cues` finds the verb cues of a sentence once and
:func:`tense_at` picks the nearest one to an expression.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon import MONTH_TITLE_ALT, WEEKDAY_NAMES, words
from .ahead import FUTURE

_PRESENT = (
    r"is|are|am|'re|’re|says|say"
    # a state that holds now: "stays shut until June", "remain in force"
    r"|(?:stays?|remains?)(?=\s+(?:[a-z]+ed|shut|open|in\s+(?:force|place|effect))\b)"
)
# The past perfect of a plan ("had been scheduled to expire Friday", "had been due
# to", "had planned to") tells of a plan as it stood before publication: the time
# lies back, like the past, not ahead as "is scheduled to" says.
_PLAN_BEFORE = (
    r"had\s+(?:(?:originally|previously|initially|earlier|once|already)\s+)?(?:been\s+)?"
    r"(?:due|scheduled|slated|set|expected|planned|planning|supposed|meant|intended|hoping"
    r"|hoped|poised)\s+(?:to|for)"
)
# Verbs of a timetable: in the simple present they announce a scheduled event
# ("leaders meet Monday", "the court hears the case Tuesday", "talks resume
# next week"), a future the news states as fact. Not "close", "open", "end":
# market headlines use them for the day's past ("Dow closes at six-year low").
_SCHEDULED = (
    "meet resume reconvene convene begin start vote hear visit travel host arrive depart "
    "return expire launch gather"
)
_DAY_AHEAD = rf"(?-i:{'|'.join(WEEKDAY_NAMES[1:])}|{MONTH_TITLE_ALT})\b"
# the day (after "on", or after a clock time) a timetable verb names, not the first
# day of a range of days that comes round every week ("Monday through Friday")
_CLOCK = r"(?:[\d:.]+\s*(?:[ap]\.?m\b\.?)?|noon|midnight)"
# the clock's zone and its bracketed twin in another zone ("at 8 p.m. EDT (0000 GMT
# Wednesday)", "at 9 a.m. EDT (1300 GMT) Tuesday")
ZONE = (
    r"(?:\s*(?-i:GMT|UTC|[ECMP][SD]?T)|\s+local\s+time"
    r"|\s+(?-i:Eastern|Central|Mountain|Pacific)(?:\s+time)?)?"
)
TWIN = r"(?:\s*\(\s*\d{1,2}:?\d\d\s*(?-i:GMT|UTC)\s*\)?)?"
# ("the new terminal opens in March": a month after "in")
_CLOCK_THEN_DAY = (
    rf"\s+(?:on\s+|in\s+(?=(?-i:{MONTH_TITLE_ALT})\b)|at\s+{_CLOCK}{ZONE}{TWIN}\s*(?:on\s+)?)?"
    rf"(?:{_DAY_AHEAD})"
    r"(?!\s*(?:through|thru|to|till|until|and|-|–)\s*(?-i:[A-Z]))"
)
_SCHEDULED_RE = "|".join(rf"{v}s?" if not v.endswith(("s", "ch", "sh")) else rf"{v}(?:es)?"
                         for v in _SCHEDULED.split())  # fmt: skip
# Timetable phrases of the same kind: "tickets go on sale Friday", "the law takes
# effect Monday", "the festival kicks off Saturday", "the series premieres Sunday".
_SCHEDULED_RE += (
    r"|go(?:es)?\s+(?:on\s+(?:sale|trial|display|show|air|tour|strike)|live|ahead)"
    r"|takes?\s+(?:effect|office|place)|(?:comes?|go(?:es)?)\s+into\s+(?:force|effect|operation)"
    r"|enters?\s+(?:into\s+)?force|appl(?:y|ies)\s+(?:from|as\s+of)|kicks?\s+off"
    r"|gets?\s+under\s*way|(?:faces?|stands?)\s+trial|premieres|debuts|reopens|airs"
    # a term or period that "ends in November" / "runs out on June 30": not "ends on a
    # high note" nor a market's close ("stocks end lower"): a month or day must follow
    r"|(?:ends|runs\s+out|lapses)(?=\s+(?:in|on|at\s+the\s+end\s+of)\s+(?-i:[A-Z]|\d))"
    # a trip, a match, a poll or an opening on a named day ("the team plays Saturday",
    # "Annan flies to Baghdad on Friday", "voters go to the polls Sunday", "the show
    # opens Monday", "polls open at 7 a.m. Sunday", "schools reopen Monday", "the talks
    # end Friday"); "open", "close", "end" only right before the day or date (a clock
    # time may come between), not a market's "closes at a six-year low", nor a
    # timetable that comes round ("offices open Monday through Friday"); a run to a
    # day ("the show runs through Sunday", "talks run until Friday")
    r"|plays?|fl(?:y|ies)|leaves?(?!\s+(?:of|from)\b)|heads?\s+(?:to|for|home|back)"
    r"|go(?:es)?\s+to\s+the\s+polls"
    # a day a few words on: "Albright testifies before Congress on Thursday", "Clinton
    # goes to Moscow on Monday", "the court rules Friday" (not "holds 14.6% ... in July");
    # the third person only where the word is a noun too ("in a radio address Saturday")
    # "talks continue Tuesday", "the Senate debates the bill Monday", "he faces sentencing
    # Friday", "Iraq faces a Tuesday deadline": only with the day a few words on
    rf"|(?:go(?:es)?\s+to|testif(?:y|ies)|appears?\s+in\s+court|sits?\s+down|rules"
    r"|signs|unveils|releases|delivers|addresses|announces|continues?|debates?|faces"
    r"|(?:lift|blast|take)s?\s+off|comes?\s+up|holds)"
    rf"(?=(?:\s+[\w'’-]+){{0,4}}?{_CLOCK_THEN_DAY})"
    rf"|(?:(?:re)?opens?|clos(?:es|e)|ends?|concludes?|finish(?:es)?)(?={_CLOCK_THEN_DAY})"
    r"|runs?\s+(?:through|thru|until|till)(?=\s+(?-i:[A-Z]|\d))"
)
_PAST_IRREGULAR = (
    "said told came went took made saw gave got began fell rose won lost left held led met "
    "ran sent spent brought bought thought found felt kept knew paid sold stood struck shot "
    "fought caught taught built broke chose drew drove ate flew forgot froze grew heard hid "
    "meant rode rang sank sang sat slept slid spoke stole stuck swept swore swam threw "
    "understood woke wore wrote withdrew became overcame arose bore blew bred dealt dug fed "
    "fled forbade forgave foresaw leapt lent mistook oversaw overtook rebuilt sought shook "
    "shrank sprang strode stung swung tore wept ago yesterday earlier previously was were "
    "had did"
)
# Past forms written as their present: a weak past cue, like a bare "-ed" word ("the
# storm hit the island on Aug. 6", "its record high set on Aug. 6"); not "set for"
# (a schedule) and not after an auxiliary, "to" or a determiner ("will hit", "a cut").
_SAME_FORM_PAST = (
    r"hit|cut|set(?!\s+for\b)|put|shut|quit|spread|split|hurt|upset|burst"
    r"|(?:fore|broad)cast(?!\s+(?:for|to)\b)"  # "he forecast on Monday that ..."
)
# the noun before that makes it a noun too: "a rate cut on Aug. 6", "the stock split"
_NOUN_BEFORE_SAME = re.compile(
    r"\b(?:rates?|tax|jobs?|prices?|budget|spending|pay|wages?|interest|output|production"
    r"|power|stock|supply|box-office|direct|smash|big|surprise)\s+$",
    re.IGNORECASE,
)
# Frequent -ed words that are usually adjectives or not verbs at all.
_ED_STOP = words(
    "united based armed related limited detailed advanced called named expected proposed "
    "planned scheduled alleged reported need speed seed feed bleed breed greed proceed "
    "exceed succeed indeed hundred kindred sacred naked wicked ragged bloodshed watershed "
    "seabed embed wed shed red bed fled led fed bred sled shred biased skilled talented "
    "experienced qualified concerned interested supposed used fixed mixed required "
    "renewed increased reduced estimated combined registered licensed owned listed"
)
# ... nor after a personal pronoun: "he proposed on Valentine's Day", "they reported on
# Friday", "it increased in March" (not a plan or an expectation: "they expected Friday")
_ED_VERB_AFTER_PRONOUN = _ED_STOP & words(
    "united armed called named proposed alleged reported used fixed mixed renewed increased "
    "reduced estimated combined registered licensed owned listed advanced"
)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|we|i|it)\s+$", re.IGNORECASE)
# ... unless an object follows: "reported a loss", "reduced its dividend" are the verb
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her|net)\b", re.IGNORECASE)
# "is calling for the redemption on Dec. 7": the progressive of a plan in hand
_PROGRESSIVE = (
    r"(?:is|are|am)\s+(?!going\b|being\b|(?:no|some|any|every)thing\b|(?:spr|str|k|w|s)ing\b"
    r"|(?:even|morn|dur|ceil|wedd|sibl|darl|pudd|meet)ing\b)[a-z]{2,}[^aeiou\W]ing"
)
# "have" that owns or must, not the perfect: "clubs have until 23:00 on 30 August",
# "GM has a June 1 deadline", "they have to file by Friday" look ahead, not back; so does
# a time allowed, "has 30 days to appeal", "have two more weeks to file" (session 38)
_HAVE_NOT_PERFECT = (
    r"until|till|to|a|an|no|the|its|their|his|her|only|just\s+until"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty"
    r"|ninety|several|a\s+few)\s+(?:more\s+|working\s+|business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)"
)
_TENSE_RE = re.compile(
    rf"(?P<planned>\b{_PLAN_BEFORE}\b)|(?P<fut>\b(?:{FUTURE})\b)|(?P<prog>\b{_PROGRESSIVE}\b)|(?P<pres>\b(?:{_PRESENT})\b)"
    r"|(?P<didnt>\bdidn['’]t\b)|(?P<does>\b(?:does|doesn['’]t|don['’]t)\b)"
    rf"|(?P<past>\b(?:{'|'.join(_PAST_IRREGULAR.split())})\b)|(?P<may>\bmay\b)"
    rf"|(?P<perf>\b(?:has|have|'ve|’ve)\b(?!\s+(?:{_HAVE_NOT_PERFECT})\b))"
    rf"|(?P<sched>(?<!\bto )(?<!\bthe )(?<!\ba )\b(?:{_SCHEDULED_RE})\b)"
    r"|(?P<ed>\b[a-z]{3,}ed\b)"
    rf"|(?P<same>\b(?:{_SAME_FORM_PAST})\b)",
    re.IGNORECASE,
)
# The auxiliary "did" carries the tense of the verb after it: "did go ahead and make the
# announcement on Tuesday", "didn't meet Monday" are past, whatever the bare verb would
# say as a timetable ("meet Monday"); "does/do" + verb keeps the present (a timetable).
_DID_BEFORE = re.compile(
    r"\bdid(?:n['’]t|\s+not)?\s+(?:(?:never|also|finally|eventually|actually|indeed|then"
    r"|still|just|in\s+fact)\s+)?$",
    re.IGNORECASE,
)
_ED_BLOCKERS = re.compile(
    r"(?:\b(?:is|are|am|be|been|being|will|would|to|get|gets|the|a|an|its|their|his|her|"
    r"this|that|these|those|our|my|your|'s|’s|'re|’re"
    # a state after a linking verb: "will stay closed until March", "remains shut"
    r"|stay|stays|staying|remain|remains|remaining|become|becomes|seem|seems))\s+$"
    # an adverb between: "a still unspecified date", "the newly elected mayor"
    r"|\b(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\s+"
    r"(?:[a-z]+ly|still|yet|not|long|once|now|so|very|most|more|less)\s+$",
    re.IGNORECASE,
)
# "-ed by" + an agent is a participle ("untouched by the crisis"); "-ed by" + an
# amount is the verb ("contracted by 0.9%", "rose by about a third").
_REDUCED_PASSIVE = re.compile(
    r"\s+by\s+(?![\d$£€.-]|(?:about|around|nearly|almost|more|less|over|under|some|just|up"
    r"|roughly|an?|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)",
    re.IGNORECASE,
)
# (not the colon of a clock: "left at 10:15 p.m. Thursday" is one clause)
_CLAUSE_BREAK = re.compile(
    r"[;—–()\"“”]|(?<!\d):(?!\d\d)|\b(?:but|while|whereas|after|before|that|which"
    r"|who|when|because|although|though|if)\b"
)


_OWN_PREPOSITION = re.compile(r"\b(?:after|before|since|until)\s+$", re.IGNORECASE)
# A verb right before the expression, or before its "on" ("announced Tuesday a
# plan to cut spending", "unveiled on Monday a bid to ..."): the expression is that
# verb's adverb, whatever the words after it look ahead to. Wire copy puts the day
# straight after the verb it dates, or after its adverb ("fell sharply Wednesday").
_ADJACENT = re.compile(r"\s+(?:(?!early|only|fly|rally|july|italy)[a-z]+ly\s+)?(?:on\s+)?")
# A subject pronoun after the expression opens the reported clause ("said Tuesday
# he will resign", "told reporters Wednesday they would return").
_NEW_SUBJECT = re.compile(r"\s*,?\s*(?:he|she|it|they|we|i|you)\b", re.IGNORECASE)
# A second predicate joined by "and" after the expression ("arrived on Monday and will
# leave Friday", "arrested him Tuesday, and he will appear in court"): its verb tells
# of what comes next, not of the day before the "and".
_COORDINATED = re.compile(
    r"\s*,?\s*and\s+(?:(?:he|she|it|they|we|i|you|then|later|also|now|still)\s+)*",
    re.IGNORECASE,
)


# A past form written with a capital inside a sentence is a name ("the Fed", "the Met",
# "Led Zeppelin"), and "Fed" is the central bank wherever it stands.
_NAME_NOT_VERB = re.compile(r"Fed\b")
_MID_SENTENCE = re.compile(r"[\w,]\s+$")


def tense_cues(text: str) -> list[tuple[int, int, str, int]]:
    """Verb cues of a sentence as (start, end, tense, weakness) for :func:`tense_at`.

    Future auxiliaries and explicit past forms are strong cues; a bare '-ed'
    word is weak (it may be an adjective); present 'is/are' is weak too since
    news uses the present for past reports ('closing price on Friday').
    """
    out = []
    for m in _TENSE_RE.finditer(text):
        kind = m.lastgroup
        if kind in ("ed", "same"):
            w = m.group().lower()
            if m.group()[0].isupper() or (
                w in _ED_STOP
                and not _OBJECT_AFTER.match(text, m.end())
                and not (w in _ED_VERB_AFTER_PRONOUN and _PRONOUN_BEFORE.search(text, 0, m.start()))
            ):
                continue
            if _ED_BLOCKERS.search(text, max(0, m.start() - 30), m.start()):
                continue
            if kind == "same" and _NOUN_BEFORE_SAME.search(text, max(0, m.start() - 20), m.start()):
                continue
            if _REDUCED_PASSIVE.match(text, m.end()):
                continue  # "markets untouched by the crisis": a participle, not the verb
            out.append((m.start(), m.end(), "past", 6))
        elif kind == "planned":
            out.append((m.start(), m.end(), "past", 0))
        elif kind == "fut":
            out.append((m.start(), m.end(), "future", 0))
        elif kind == "may":
            if m.group()[0] == "m":  # the modal verb; "May" is the month
                out.append((m.start(), m.end(), "future", 0))
        elif kind == "perf":
            out.append((m.start(), m.end(), "past", 10))  # present perfect looks back
        elif kind == "pres":  # weak but for a state that holds now ("stays shut")
            strong = m.group().lower().startswith(("stay", "remain"))
            out.append((m.start(), m.end(), "present", 0 if strong else 20))
        elif kind == "prog":
            out.append((m.start(), m.end(), "present", 4))
        elif kind == "sched":
            if m.group()[0].isupper():
                continue  # "Open", "Face" as names or at the head of a sentence
            if _DID_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                out.append((m.start(), m.end(), "past", 0))  # "did go ahead": "did" tells
                continue
            out.append((m.start(), m.end(), "future", 8))  # weak: may be a noun
        elif kind == "didnt":
            out.append((m.start(), m.end(), "past", 0))
        elif kind == "does":
            out.append((m.start(), m.end(), "present", 20))
        elif _participle_after_aux(text, m):
            continue  # "will be held", "is to be met": the auxiliary carries the tense
        elif _NAME_NOT_VERB.match(m.group()) or (
            m.group()[0].isupper() and _MID_SENTENCE.search(text, 0, m.start())
        ):
            continue  # "the Fed meets in March", "at the Met on Friday": a name, not a past verb
        else:
            out.append((m.start(), m.end(), "past", 0))
    return out


def past_verb_before(text: str, pos: int) -> bool:
    """A past verb or participle right before ``pos`` ("shares issued July 1", "died
    Jan. 3"); not "scheduled" or "expected", nor one after an auxiliary ("will be paid")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    w = m.group(1).lower()
    if not ((len(w) > 4 and w.endswith("ed") and w not in _ED_STOP) or w in _PAST_WORDS):
        return False
    return not _AUX_BEFORE.search(text, max(0, m.start(1) - 16), m.start(1))


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_PAST_WORDS = words(_PAST_IRREGULAR) - words("ago yesterday earlier previously")
# for a verb after its subject (:mod:`.happened`): the irregular pasts, not the auxiliaries
PAST_VERBS_ALT = "|".join(sorted(_PAST_WORDS - words("was were had did")))
ED_STOP = _ED_STOP


# Irregular forms that are also past participles: after an auxiliary ("will be
# held", "would have met", "to be paid") the auxiliary decides the tense.
_NOT_PARTICIPLES = words("ago yesterday earlier previously was were had did")
_AUX_BEFORE = re.compile(
    r"\b(?:be|been|being|to|get|gets|got)\s+$|\b(?:will|would|shall|'ll|’ll)\s+have\s+$",
    re.IGNORECASE,
)


def _participle_after_aux(text: str, m: re.Match) -> bool:
    if m.group().lower() in _NOT_PARTICIPLES:
        return False
    return bool(_AUX_BEFORE.search(text, max(0, m.start() - 16), m.start()))


# the expression inside a relative clause set off by commas ("the suspect, who will be
# arraigned Monday, was ..."), or in a participle phrase set off so ("the measure,
# approved by the Senate on Monday, will go to the House"): the verb after the closing
# comma is not its verb
_IN_RELATIVE = re.compile(
    r",\s+(?:who|which|(?-i:[a-z]{3,}ed|held|hit|shot|taken|signed|won|lost|sent|seen))\b"
    r"[^,;:()]*$",
    re.IGNORECASE,
)


# A verb of agreeing or promising in the past governs the day before it ("Iraq on
# Monday agreed to allow inspections", "rebels freed two hostages Monday and
# promised to free more"): only what follows its "to" lies ahead.
_PAST_PLEDGE = re.compile(r"(?:agreed|promised)\s+to", re.IGNORECASE)
# A trailing attribution after a comma ("will be held Sunday, officials said", "by
# Friday, Albright told reporters") says when it was said, not when the clause's
# event falls: it governs the expression only when no verb of its own clause is near.
_ATTRIBUTION = re.compile(
    r"\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Za-z.'’-]+\s+){0,4}$"
)
_REPORTING = words("said says told announced added reported stated declared")
# A relative clause set off by commas ("the minister, who might resign, faced
# questions Monday"): its verb does not govern an expression outside it.
_RELATIVE_SPAN = re.compile(r",\s+(?:who|which)\b[^,;:()]*,", re.IGNORECASE)


def _relatives(text: str, cues: list[tuple[int, int, str, int]]) -> list[tuple[int, int]]:
    """Relative clauses whose closing comma is followed by the main verb ("who might
    resign, faced"), not by the next item of a list ("who stepped down as chairman,
    president and chief executive in March")."""
    starts = {c[0] for c in cues}
    spans = [m.span() for m in _RELATIVE_SPAN.finditer(text)]
    return [(a, b) for a, b in spans if any(b + k in starts for k in range(3))]


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= s and e <= b), None)


# only a clock time's aside in another zone: a longer aside may hold a clause of its own
# ... and a figure's conversion, "had burned 8,400 hectares (nearly 21,000 acres) by
# Wednesday morning": a number in other units holds no verb (session 38)
_ASIDE_IN_GAP = re.compile(
    r"\s*\((?:\d{1,2}[:.]?\d\d\s*(?:GMT|UTC|Z|[A-Z]{2,4}T)?(?:\s+\w+day)?|\d{1,2}\s*[ap]\.?m\.?"
    r"(?:\s+[A-Z]{2,4}T?)?(?:\s+\w+day)?"
    r"|(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|up\s+to)\s+)?"
    r"(?:[A-Z]{0,3}[$£€¥])?\d[\d.,]*\s*(?:%|[a-zA-Z]+(?:\s+[a-z]+)?)?)\)"
)


def tense_at(
    text: str,
    cues: list[tuple[int, int, str, int]],
    start: int,
    end: int,
    reach: int = 70,
    strong: bool = False,
) -> str | None:
    """Tense of the verb nearest to text[start:end], or None when nothing is near.

    Distance is in characters plus the cue's weakness; crossing a clause
    break (semicolon, dash, quote, 'but', 'that') costs more, a comma a
    little. ``strong`` ignores weak cues (bare '-ed' words, 'has', 'is').
    """
    best: tuple[float, str] | None = None
    # A score is at least the distance less 3, so only cues within reach + 3
    # characters can count. Cues are disjoint and in order (their starts and
    # ends both ascend): bisect to them rather than scoring every verb of a
    # long text against every time expression in it.
    lo = bisect.bisect_left(cues, start - reach - 3, key=lambda c: c[1])
    hi = bisect.bisect_right(cues, end + reach + 3, key=lambda c: c[0])
    relatives = _relatives(text, cues) if "," in text else []
    for s, e, tense, weak in cues[lo:hi]:
        if (s < end and e > start) or (strong and weak):
            continue
        a, b = (e, start) if e <= start else (end, s)
        # the same clock in another zone in brackets ("came at 10:35 a.m. (0735 GMT) on
        # Aug. 7") neither breaks the clause nor adds distance
        gap = _ASIDE_IN_GAP.sub(" ", text[a:b])
        clause = _inside(relatives, s, e)
        if clause is not None and _inside([clause], start, end) is None:
            continue  # "the minister, who might resign, faced questions Monday"
        if b == s and tense == "future" and _PAST_PLEDGE.match(text, s):
            tense = "past"  # "Iraq on Monday agreed to allow inspections"
        if b == s and gap.lstrip().startswith(",") and _IN_RELATIVE.search(text, 0, start):
            continue  # "who will be arraigned Monday, was arrested": the main clause's verb
        if b == start and _ADJACENT.fullmatch(gap):
            return tense  # "announced Tuesday a plan to cut": the verb it follows governs it
        # "will be cut before year end": the expression's own preposition is no clause break
        breaks = len(_CLAUSE_BREAK.findall(_OWN_PREPOSITION.sub("", gap) if b == start else gap))
        if b == s and (_NEW_SUBJECT.match(gap) or _COORDINATED.fullmatch(gap)):
            breaks += 1  # "told reporters Wednesday he will resign": a clause with no "that"
        if (
            b == s
            and text[s:e].lower() in _REPORTING
            and _ATTRIBUTION.fullmatch(gap)
            and not any(c[0] >= e for c in cues[hi:] + cues[lo:hi])
        ):
            breaks += 1  # "will be held Sunday, officials said" (nothing reported after it)
        score = len(gap) + weak + 30 * breaks + 6 * gap.count(",")
        if e <= start:
            score -= 3  # a verb before the time expression usually governs it
        if score <= reach and (best is None or score < best[0]):
            best = (score, tense)
    return best[1] if best else None
