"""What the counted people underwent, read from the count's own predicate
(issue 11, session 31).

"40 injured" and "12 taken to hospital" count different people: everyone
hurt, and those of them a hospital took in; "three in critical condition"
counts fewer still, and "nine treated at the scene" those no hospital took
in. The same holds for those moved out ("2,000 evacuated"), those left
without a home ("displaced", "homeless"), those who spent a night in a
shelter ("900 spent the night in shelters") and those told to stay in
("18,000 told to shelter in place"); and for those arrested against
those still held ("six remain in custody"). A count of one of these stages
is another measure than a count of another (``Measure.event``; the row
``different_happenings`` keeps them apart), whatever the figures: held
against each other they were called conflicts.

The stage is read from the words right after the figure, up to the end of
its own predicate (a comma, "and", "after", another clause), so "40 were
injured and three were in critical condition" gives the 40 its injured and
the three their condition; "Four of the injured were in critical condition"
counts the critical. The narrowest stage named wins ("of the injured were in
critical condition"). Nothing named there: measure.py reads the happening as
before (the nearest word of ``happenings.EVENTS``).
"""

from __future__ import annotations

import re

from .whose import clause_bounds

_S = r"[ \u00a0]+"
# Where a count's own predicate ends: a comma or a stronger break, or a word
# that opens another clause ("40 were injured and three …", "… after 40 were …")
_PREDICATE_END = re.compile(
    r"[,;:()—–]|[ \u00a0]-[ \u00a0]|[ \u00a0](?:and|but|while|whereas|after|before|when|as|"
    r"until|since|because|although|though|who|which|where)\b",
    re.IGNORECASE,
)
# How far past the figure its predicate is read (characters).
_REACH = 110
_INJURY = r"(?:injur\w*|wound\w*|hurt|burn(?:s|ed|t)?)"
# The stages, narrowest first: the first one named in the predicate wins.
STAGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        (
            "critical",
            r"\bcritical(?:ly)?\b|\blife[- ]threatening\b"
            rf"|\bgravely{_S}(?:{_INJURY}|ill)\b|\bin{_S}(?:a{_S})?grave{_S}condition\b",
        ),
        # (not a choice among them: "16 of the most seriously injured were flown")
        (
            "serious",
            rf"(?<!most )\b(?:serious(?:ly)?|severe(?:ly)?){_S}(?:{_INJURY}|condition)\b",
        ),
        # treated where they were found and let go: no hospital took them in
        (
            "treated",
            rf"\btreated{_S}(?:(?:for{_S}[\w-]+(?:{_S}[\w-]+)?{_S})?(?:at|on){_S}the{_S}"
            rf"(?:scene|spot)|on{_S}site|and{_S}released)\b"
            rf"|\bminor{_S}{_INJURY}|\b(?:slightly|lightly){_S}{_INJURY}|\bwalking{_S}wounded\b",
        ),
        (
            "hospitalised",
            r"\bhospitali[sz]\w*"
            rf"|\b(?:to|in|into|at){_S}(?:(?:a|the|local|nearby|area|two|three|several|various)"
            rf"{_S}){{0,2}}hospitals?\b|\badmitted{_S}(?:to|into)\b",
        ),
        # still held after an arrest: "six remain in custody", "were being held"
        # (not held up, back, hostage: no custody)
        (
            "held",
            rf"\b(?:remain(?:s|ed|ing)?|still){_S}(?:(?:being{_S})?held|in{_S}custody|detained"
            rf"|behind{_S}bars|in{_S}jail)\b|\bremanded\b"
            rf"|\b(?:being|been){_S}held\b(?!{_S}(?:up|back|off|hostage|captive|responsible))"
            rf"|\bheld{_S}(?:in{_S}custody|without{_S}bail|for{_S}questioning)\b",
        ),
        # told to be ready to leave, not told to leave: "900 properties remain on
        # evacuation alert" / "orders cover 1,780 properties" (session 39, wildfire)
        (
            "alerted",
            rf"\bevacuation{_S}(?:alerts?|warnings?)\b|\bon{_S}(?:evacuation{_S})?alert\b"
            rf"|\b(?:ready|prepared|prepare){_S}to{_S}(?:leave|evacuate|flee)\b",
        ),
        # told to stay where they were, the opposite of moved out ("18,000 people
        # were told to shelter in place", "ordered to stay indoors")
        (
            "indoors",
            rf"\bshelter(?:s|ed|ing)?{_S}in{_S}place\b|\b(?:stay|stayed|staying|remain|remained)"
            rf"{_S}(?:indoors|inside)\b",
        ),
        # without a home to go back to, against those moved out ahead
        (
            "displaced",
            rf"\bdisplac\w*|\bhomeless\b|\blost{_S}(?:their|its|his|her){_S}homes?\b",
        ),
        # a night under a shelter's roof (not an order to shelter in place)
        (
            "sheltered",
            # (a noun, not the verb of "told to shelter in place")
            rf"\b(?:in|at|to|into){_S}(?:(?:[\w-]+{_S}){{1,3}}?shelters?|shelters)\b"
            rf"|\b(?:in|at|to|into){_S}(?:[\w-]+{_S}){{0,3}}?(?:evacuation{_S}"
            rf"(?:cent(?:re|er)s?|sites?)|relief{_S}camps?|reception{_S}cent(?:re|er)s?)\b"
            rf"|\b(?:spent|spend|spending|spends){_S}(?:[\w-]+{_S}){{0,2}}?nights?{_S}(?:in|at)\b"
            rf"|\bstayed{_S}overnight\b|\bsleeping{_S}in\b|\bhoused{_S}in\b"
            rf"|\bsheltering\b(?!{_S}in{_S}place)|\btook{_S}(?:shelter|refuge)\b",
        ),
    )
)


# An aside between dashes or in brackets right after the figure, its predicate past it.
_ASIDE = re.compile(
    r"[ \u00a0]*(?:[—–]|[ \u00a0]-[ \u00a0])[^—–()]{1,40}?(?:[—–]|[ \u00a0]-[ \u00a0])"
    r"|[ \u00a0]*\([^()]{1,40}\)"
)
# A count an evacuation order or alert covers, told before it: "Evacuation orders
# now cover about 1,780 properties", "an evacuation alert covering 900 homes" (session
# 39: an order to leave and an alert to be ready count different homes)
_ORDER_COVERS = re.compile(
    rf"\bevacuation{_S}(orders?|alerts?|warnings?){_S}(?:(?:now|still|also|that){_S})?"
    rf"(?:cover(?:s|ed|ing)?|affect(?:s|ed|ing)?|appl(?:y|ies|ied|ying){_S}to|includ(?:e|es|ed|ing))"
    rf"{_S}(?:(?:about|around|some|nearly|roughly|almost|more{_S}than|at{_S}least|another)"
    rf"{_S})?$",
    re.IGNORECASE,
)
# An aside set off by commas between a count and its verb: ", home to about 2,100
# people, remain", ", most of them tourists, were" (the verb right after it)
_APPOSED = re.compile(
    r",(?:[^,;:()\n]|,(?=\d)){1,60},[ \u00a0]+(?=(?:remain|remains|remained|were|are|was|is|"
    r"have|has|had|still)\b)"
)
_DEATH = re.compile(r"\b(?:died|dies|dead|killed|deaths?|fatal\w*|succumb\w*)\b", re.IGNORECASE)


# A count as written: digits or number words, perhaps "1.2 million" (not a sum of
# money, a length or a share: "$2 million to hospitals" counts no one taken in).
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
    r"|dozens?|scores|hundreds|thousands|millions)"
)
# (its hedge before it, as written: "Around 1,200", "at least 40")
_A_COUNT = re.compile(
    r"(?:[A-Za-z]+[ \u00a0]+){0,3}(?:\d[\d,.]*|(?i:" + _NUMBER_WORD + r"))"
    r"(?:[ \u00a0](?:hundred|thousand|million))?"
)


def undergone(text: str, start: int, end: int, hi: int) -> str:
    """The stage the count at ``text[start:end]`` tells of those it counts, from
    its own predicate before ``hi`` (its clause's end): "critical", "serious",
    "treated" (at the scene), "hospitalised", "held", "alerted", "indoors", "displaced",
    "sheltered", or "" when its predicate names none or the figure is no count."""
    if end < 0 or not _A_COUNT.fullmatch(text, start, end):
        return ""
    aside = _ASIDE.match(text, end)  # "11 — nearly a third — remained in …"
    if aside:
        end, hi = aside.end(), clause_bounds(text, aside.end(), aside.end())[1]
    stop = min(hi, end + _REACH)
    brk = _PREDICATE_END.search(text, end, stop)
    window = text[end : brk.start() if brk else stop]
    if (apposed := _APPOSED.match(text, brk.start() if brk else stop)) is not None:
        # "900 properties in Millbrook, home to about 2,100 people, remain on …": the
        # predicate lies past an aside set off by commas
        far = min(len(text), apposed.end() + _REACH)
        more = _PREDICATE_END.search(text, apposed.end(), far)
        window += " " + text[apposed.end() : more.start() if more else far]
    if _DEATH.search(window):  # "three died in hospital": a count of the dead
        return ""
    found = next((name for name, rx in STAGES if rx.search(window)), "")
    if not found and (order := _ORDER_COVERS.search(text, max(0, start - 80), start)):
        # "Evacuation orders now cover about 1,780 properties": what the order covers
        return "evacuated" if order.group(1).lower().startswith("order") else "alerted"
    return found
