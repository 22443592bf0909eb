"""Whether a figure or a date belongs to an earlier happening a story recalls,
not to the story's own (read for ``measure.Measure.scope``, "earlier").

Reports of today's event recall earlier ones: "Interoute said the January
incident brought down 70 percent of the network" beside today's 65 percent;
"In January, undersea cables outside Alexandria were also damaged" beside
this Friday's cut; "The incident comes less than a year after a similar
outage" beside "twice in one year". A clause that names another, earlier
happening (the January incident, last year's outage, a previous cut, a
similar outage), or a sentence opening on an earlier year ("Earlier this
year, five cables were cut"), tells that happening's figures, not the main
event's (issue 11, trial 24: three such figures and dates were compared with
the main event's).
"""

from __future__ import annotations

import re

from .lexicon import MONTHS
from .stint import earlier_stint
from .whose import clause_bounds

_S = r"[ \u00a0]+"
# Month names with their capital ("March", not "march"; "May" left out: a verb).
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3), key=len, reverse=True))
# Words for a happening a story may recall.
_HAPPENING = (
    r"(?:incident|outage|cut|break|breakdown|disruption|attack|accident|crash|quake|"
    r"earthquake|tremor|storm|hurricane|cyclone|typhoon|flood|fire|blaze|blast|explosion|"
    r"bombing|shooting|failure|damage|outbreak|disaster|collapse|spill|leak|strike|raid|"
    r"breach|hack|event|episode|heat[ \u00a0]?wave|drought|epidemic|pandemic|tsunami|landslide|"
    r"mudslide|avalanche|eruption|derailment|wildfire|bushfire|riot|massacre|cold[ \u00a0]snap)s?"
)
# "the January incident", "a previous cut", "last year's outage", "a similar outage"
_EARLIER_HAPPENING = re.compile(
    r"\b(?:(?i:previous|prior|earlier|former|similar|last|past|(?:last|previous)"
    + _S
    + r"(?:year|month)['’]s)|(?:"
    + _MONTH
    + r")(?:['’]s)?)"
    + _S
    + r"(?:[a-z]+"
    + _S
    + r")?(?i:"
    + _HAPPENING
    + r")\b"
)
# A sentence opening on an earlier part of the year or on the past: "Earlier this
# year, …", "Back in January …", "Previously …" ("Earlier this week" may be the
# event itself; "Last year, 2,000 died" is told as "In 2023, 2,000 died" elsewhere).
_EARLIER_OPENING = re.compile(
    r"[\"'“‘ \u00a0]*(?:Earlier" + _S + r"(?:this|that|in" + _S + r"the)" + _S + r"year"
    r"|Back" + _S + r"in|Previously|In" + _S + r"(?:the" + _S + r")?past)\b"
)  # fmt: skip
# "In January, cables … were also damaged": a sentence opening on a month, with
# "also" and a verb in the past, tells of another happening like this one ("It
# will also slow its sales from April", "She also completed a term in June as
# chair" tell of none).
_IN_MONTH = re.compile(r"[\"'“‘ \u00a0]*In" + _S + r"(?:" + _MONTH + r")(?:" + _S + r"\d{4})?,")
_ALSO = re.compile(
    r"\b(?:was|were|had|has|have)" + _S + r"also\b|\balso" + _S + r"(?:been" + _S + r")?"
    r"(?:[a-z]+ed|cut|hit|struck|broke|broken|lost|shut|fell|went)\b"
)

# "The last time a Fulton County jury issued a death sentence was eight years ago",
# "the previous time the river burst its banks, in 1998": a value after these words
# dates or counts the earlier occasion, not the story's own (session 21, ECB+ 03_ecb);
# "for the last time" is the story's own last occasion.
_LAST_OCCASION = re.compile(
    r"\b(?i:the" + _S + r"(?:last|previous|most" + _S + r"recent|only" + _S + r"other)"
    + _S + r"(?:time|occasion))\b"
)  # fmt: skip
_FOR_THE_LAST = re.compile(r"\b(?i:for" + _S + r"the" + _S + r"last" + _S + r"time)\b")

# A sentence opening on a year ("In 2021 a station at Rossiglione recorded more than
# 700mm"), a clause of a year's happening ("memories of April 2016, when a quake …
# killed more than 650"), a relative clause dated years back ("Storm Alex, which
# killed at least 10 people five years ago"; not "Turnout at the last election four
# years ago was 29 per cent", told as "at the last election, in 2020", elsewhere):
# an earlier happening's figures (session 28, eng80).
_IN_YEAR = re.compile(
    r"[\"'“‘ \u00a0]*In" + _S + r"(?:(?:" + _MONTH + r")" + _S + r")?(?:1[89]|20)\d\d\b"
)
_WHEN_OF_YEAR = re.compile(r"\b(?:1[89]|20)\d\d," + _S + r"when\b")
_RELATIVE = re.compile(r"[ \u00a0]*(?:which|who|that|when)\b")
_YEARS_AGO = re.compile(
    r"\b(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)"
    + _S + r"years?" + _S + r"ago|a" + _S + r"decade" + _S + r"ago)\b"
)  # fmt: skip


# "the 2012 fire, which killed 40", "since the 2019 outbreak", "2003's heatwave killed
# 70,000": a happening named by its year, told before the figure in its sentence,
# is another happening (session 32: "the 2012 shooting death of his girlfriend", a
# year's happening before another noun, may be the story's own, and is not read).
_TOLD_AFTER = (
    r"[,;)]|" + _S + r"(?:which|that|when|in" + _S + r"which|had|has|was|were|killed|left|"
    r"claimed|caused|displaced|destroyed|forced|affected|infected|cost|[a-z]+ed)\b"
)
_TOLD = re.compile(_TOLD_AFTER)
_YEAR_HAPPENING = re.compile(
    r"\b(?:(?i:the)" + _S + r"(?:1[89]|20)\d\d|(?:1[89]|20)\d\d['’]s)" + _S
    + r"(?:[a-z]+" + _S + r")?(?i:" + _HAPPENING + r")(?:" + _S + r"of" + _S + r"[a-z]+)?"
    + r"(?=" + _TOLD_AFTER + r")"
)  # fmt: skip
# What stops a year's happening from reaching a figure after it: a new clause on
# this happening ("Unlike the 2012 fire, this blaze killed 23"), another sentence part.
_THIS = re.compile(
    r"[;.!?]\s|\b(?i:this|these|the"
    + _S
    + r"(?:current|latest|new)|today['’]s|while|but|whereas)\b"
)
# "the strongest since 1999", "the worst flooding since 2013": the year a superlative
# reaches back to is another happening's (a date read as "since 1999", or "1999").
_SUPERLATIVE = re.compile(
    r"\b(?i:(?!(?:protest|arrest|interest|request|forest|contest|rest|west|test|chest|nest|"
    r"guest|quest)\b)[a-z]+est|most" + _S + r"[a-z]+|biggest|worst|first|highest|lowest)\b"
    r"(?:" + _S + r"[\w'’-]+){0,4}?(?:" + _S + r"(?i:since)(?:" + _S + r"(?i:the" + _S
    + r"year))?)?" + _S + r"?$"
)  # fmt: skip
# the first time or none since a year, told around it (session 34): "shut since 2010
# for the first time", "Not since 2010 has the port closed", "never since 1998"
_FIRST_AFTER = re.compile(r",?" + _S + r"(?i:for" + _S + r"the" + _S + r"first" + _S + r"time)\b")
_NOT_SINCE = re.compile(
    r"\b(?i:not|never)" + _S + r"(?:(?i:once|even)" + _S + r")?(?:(?i:since)" + _S + r"?)?$"
)
_SINCE_YEAR = re.compile(r"(?:(?i:since)" + _S + r")?(?:1[89]|20)\d\d")
_SINCE_END = re.compile(r"(?i:since)(?:" + _S + r"(?i:the" + _S + r"year))?" + _S + r"$")
# An old record: "the previous record of 47.3C", "beating the old high of 46",
# "the 2013 record of 12.9 metres", "the record of 46C set in 2021", "the 47.3C
# recorded in 2017" (old records meet old records only; a new peak never).
_OLD_RECORD_BEFORE = re.compile(
    r"\b(?i:previous|old|former|earlier|prior|existing|standing|last|(?:1[89]|20)\d\d(?:['’]s)?)"
    + _S + r"(?:[\w-]+" + _S + r"){0,2}?(?i:records?|highs?|peaks?|best|marks?|lows?|maximum|"
    r"minimum|crest|benchmark)(?:" + _S + r"(?i:of|was|stood" + _S + r"at|had" + _S + r"been|"
    r"being|is|set" + _S + r"in" + _S + r"\d{4}" + _S + r"(?:of|at|was)))?" + _S
    + r"(?:(?i:about|around|some|nearly|almost|roughly|just|at)" + _S + r")?$"
)  # fmt: skip
_SET_IN_AFTER = re.compile(
    r"(?:[ \u00a0]*\([^)]{0,30}\))?,?" + _S + r"(?i:set|recorded|reached|registered|measured|"
    r"logged|seen)" + _S + r"(?:(?i:in|on|back" + _S + r"in)" + _S + r")(?:[A-Za-z]+" + _S
    + r")?(?:\d{1,2}" + _S + r"[A-Za-z]+" + _S + r")?(?:1[89]|20)\d\d\b"
)  # fmt: skip


# A sentence about an old record ("The previous record, 45.9C, was set in Lisbon on
# August 4, 2018"), and the day a record was set ("beating the record set in 2018").
_OLD_RECORD_OPENING = re.compile(
    r"[\"'“‘ \u00a0]*(?i:the|its|their|[a-z]+['’]s)" + _S + r"(?i:previous|old|former|earlier|"
    r"prior|existing|standing)" + _S + r"(?:[\w-]+" + _S + r"){0,2}?(?i:records?|highs?|peaks?|"
    r"best|marks?|lows?|maximum|crest|(?:record[ -])?holders?)\b"
)
_RECORD_SET_BEFORE = re.compile(
    r"\b(?i:records?|highs?|marks?|best|peaks?)" + _S + r"(?i:set|recorded|reached|registered)"
    + _S + r"(?:(?i:in|on|back" + _S + r"in)" + _S + r")?$"
)  # fmt: skip


# the same with the record's figure, its holder or a comma between (session 41):
# "beating the previous record of 46.9C, set in 2017", "breaking the course record,
# set in 2011 by Kiprop", "the mark, which was set in 1994", "the record Kiprop set in
# 2011", "the high of 46.9C recorded at Montoro in 2017", "whose record had stood
# since 2011"; not a new record ("a new national record of 48.1C, set on Wednesday")
_NAME = r"(?:[A-Z][\w'’.-]*" + _S + r"){1,3}"  # a name and the space after it
_NAMED = r"[A-Z][\w'’.-]*(?:" + _S + r"[A-Z][\w'’.-]*){0,2}"  # a name alone
_RECORD_TOLD_SET = re.compile(
    r"\b(?i:records?|highs?|marks?|best|peaks?)(?:" + _S + r"(?i:of)" + _S
    + r"(?:[^,;:()]|(?<=\d):(?=\d)){1,24}?)?"
    + r",?" + _S + r"(?:(?i:which|that)" + _S + r"(?i:was|had" + _S + r"been)" + _S
    + r"|(?:(?i:that|which)" + _S + r")?" + _NAME + r"(?:(?i:had)" + _S + r")?)?"
    + r"(?:(?i:set|recorded|registered)(?:" + _S + r"(?i:by)" + _S + _NAMED + r")?"
    + r"(?:" + _S + r"(?i:at|in)" + _S + r"(?:(?i:the)" + _S + r")?" + _NAMED + r")?"
    + r"(?:" + _S + r"(?i:in|on|back" + _S + r"in))?|(?i:had|has)" + _S + r"(?i:stood|lasted)" + _S
    + r"(?i:since))" + _S + r"$"
)  # fmt: skip
# the holder before the record: "Keitany, who set the course record in 2013", "Jones had
# set the stadium record in 2016" (session 43: a record's year told both ways)
_HELD_RECORD_SET = re.compile(
    r"\b(?i:had|has|who(?:" + _S + r"had)?)" + _S + r"(?i:set|established)" + _S
    + r"(?i:the|a|an|his|her|their|its)" + _S + r"(?:(?!(?i:new|latest)\b)[\w'’-]+" + _S
    + r"){0,3}?(?i:records?|marks?|best)" + _S + r"(?:(?i:in|on|back" + _S + r"in)" + _S + r")$"
)  # fmt: skip
_NEW_RECORD = re.compile(r"\b(?i:new|latest|this|today['’]s)\b[^,;.]*$")


def _of_an_earlier_one(text: str, start: int, end: int) -> bool:
    """A year's happening told before the figure ("the 2012 fire, which killed
    40"), a year a superlative reaches back to ("the strongest since 1999"), or
    an old record ("the previous record of 47.3C", "46C, set in 2021")."""
    for m in (
        *_YEAR_HAPPENING.finditer(text, 0, start),
        *_EARLIER_HAPPENING.finditer(text, 0, start),
    ):
        if _TOLD.match(text, m.end()) and not _THIS.search(text, m.end(), start):
            return True  # "The previous storm, in 2017, caused $4 billion"
    year = _SINCE_YEAR.fullmatch(text, start, end)
    since = year is not None and (
        text[start:end][:1].isalpha() or bool(_SINCE_END.search(text, max(0, start - 20), start))
    )
    if since and _SUPERLATIVE.search(text, max(0, start - 80), start):
        return True  # "the strongest since 1999", not "in custody since 2019"
    if since and (_FIRST_AFTER.match(text, end) or _NOT_SINCE.search(text, 0, start)):
        return True  # "closed since 2010 for the first time", "not since 2010 has it closed"
    if _OLD_RECORD_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _RECORD_SET_BEFORE.search(text, max(0, start - 40), start):
        return True  # "beating the record set in 2018"
    if _HELD_RECORD_SET.search(text, max(0, start - 60), start):
        return True  # "Jones had set the stadium record in 2016"
    told = _RECORD_TOLD_SET.search(text, max(0, start - 90), start)
    if told is not None and not _NEW_RECORD.search(text, max(0, told.start() - 25), told.start()):
        return True  # "the previous record of 46.9C, set in 2017", "the record, set in 2011"
    opening = _OLD_RECORD_OPENING.match(text)
    if opening and start >= opening.end() and not _THIS.search(text, opening.end(), start):
        return True  # "The previous record, 45.9C, was set in Lisbon on August 4, 2018"
    return bool(_SET_IN_AFTER.match(text, end))


def earlier_happening(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` (text: its sentence) is of an
    earlier happening the story recalls: its clause names one ("the January
    incident brought down 70 percent", "less than a year after a similar
    outage"), or its sentence opens on an earlier year ("Earlier this year,
    five cables were cut") or tells, with "also", of a month's happening ("In
    January, cables were also damaged")."""
    if _of_an_earlier_one(text, start, end) or earlier_stint(text, start):
        return True  # "played at Wayne State, where he ran for 6,728 yards"
    last = _LAST_OCCASION.search(text, 0, start)
    if last is not None and not _FOR_THE_LAST.search(text, 0, last.end()):
        return True  # "The last time a jury did so was eight years ago"
    opening = _EARLIER_OPENING.match(text)
    if opening and start >= opening.end():  # the opening's own words date it
        return True
    in_year = _IN_YEAR.match(text)
    if (in_year and start >= in_year.end()) or _WHEN_OF_YEAR.search(text, 0, start):
        return True  # "In 2021 a station recorded …", "memories of April 2016, when … killed"
    lo, hi = clause_bounds(text, start, end)
    if _EARLIER_HAPPENING.search(text, lo, hi):
        return True
    ago = _YEARS_AGO.search(text, lo, hi) if _RELATIVE.match(text, lo, start) else None
    if ago is not None and (ago.end() <= start or ago.start() >= end):
        return True  # "Storm Alex, which killed at least 10 people … five years ago"
    return bool(_IN_MONTH.match(text)) and bool(_ALSO.search(text))
