"""The name a figure belongs to in its own clause of a sentence of several
(session 28): "Veldhoven shares fell 2.1%, while Caldera's shares closed 24%
higher"; "Shares in Caldera jumped 34%"; "The United States pledged $1.5
million, and Japan …"; "Britain pledged £1 million, the United States $1.5
million and Japan ¥200 million"; "Veldhoven, which had revenue of about
£2.5bn"; "Caldera, based in Cambridge, had revenue of €357 million".

Read from the figure's own clause only, as ``whose.subject_of`` is: it tells
two figures' owners apart and never makes a figure owned (``Measure.subject``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MONTH_NAMES, WEEKDAY_NAMES
from .whose import clause_bounds

_S = r"[ \u00a0]+"
# A name of one to four capitalised words, perhaps after "the".
_NAME = r"((?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}[A-Z][\w.’'-]*)"
# The company whose shares moved: "Veldhoven shares fell", "Caldera's stock rose",
# "shares in Caldera jumped", "shares of Acme closed".
_SHARES = re.compile(
    rf"(?:{_NAME}(?:['’]s?)?{_S}(?:shares|stock|stocks)\b"
    rf"|\b(?i:shares|stock|stocks){_S}(?:in|of){_S}(?:the{_S})?{_NAME})"
    r"[^,;:()]{0,40}$"
)
# A giver right before its sum: "The United States pledged $1.5 million", "the EU
# has promised a further €20m", "Japan will donate ¥200 million".
_GIVER = re.compile(
    rf"(?<![\w’'-]){_NAME}{_S}"
    rf"(?:(?:has|have|had|will|would|also|then|later){_S}){{0,2}}"
    r"(?:pledg\w*|donat\w*|promis\w*|gave|give[sn]?|contribut\w*|provid\w*|committ?\w*|"
    r"allocat\w*|earmark\w*|grant\w*|sen[dt]s?|offer\w*)"
    rf"(?:{_S}(?:about|around|some|nearly|almost|roughly|another|an{_S}extra|a{_S}further))?"
    r"[ \u00a0]*$"
)
# One more giver and its sum in a list with the verb left out: ", the United
# States $1.5 million", "and Japan ¥200 million".
_LISTED = re.compile(rf"[ \u00a0]*(?:(?i:and|while|with){_S})?(?:(?i:the){_S})?{_NAME}{_S}$")
_AND_LISTED = re.compile(
    rf"(?:\d|\b(?:million|billion|bn|m|\)))(?:{_S}[a-z]+)?[ \u00a0)]*{_S}(?i:and){_S}"
    rf"(?:(?i:the){_S})?{_NAME}{_S}$"
)
# A figure right before an opening parenthesis: "£1 million (about $1.3 million)".
_FIGURE_PAREN = re.compile(
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?\d[\d.,]*(?:[ \u00a0]*[A-Za-z%]+){0,2}[ \u00a0]*\($"
)
# A figure restated after a comma: "34.6 per cent of the vote, or 1,498,700 ballots",
# "412 million lesti, or about $18.2 million" (session 36).
_RESTATED = re.compile(
    r"[ \u00a0]*(?i:or|i\.e\.|that[ \u00a0]+is)[ \u00a0]+"
    r"(?:(?i:about|around|roughly|some|nearly|almost|approximately|just[ \u00a0]+over|"
    r"just[ \u00a0]+under)[ \u00a0]+)?$"
)
_FIGURE_COMMA = re.compile(
    r"((?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?\d(?:[\d.,]*\d)?)"
    r"(?:[ \u00a0]*[A-Za-z%]+){0,4}[ \u00a0]*,[ \u00a0]$"
)
# A rival's figure: "against 27.1 per cent for the governing Social Democratic
# Union", "to 27.1% for the SDU" (the name after the figure, past its restatement
# in parentheses and up to two more words).
_RIVAL_HEAD = re.compile(
    r"^[ \u00a0]*(?i:against|to|versus|vs\.?|compared[ \u00a0]+(?:with|to)|ahead[ \u00a0]+of)"
    r"[ \u00a0]+(?:(?i:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$"
)
_FOR_NAME = re.compile(
    rf"(?:[ \u00a0]*\([^()]{{0,40}}\))?(?:{_S}[a-z][\w-]*){{0,2}}?{_S}for{_S}"
    rf"(?:(?i:the){_S})?(?:[a-z][\w-]*{_S}){{0,2}}?{_NAME}"
)
# A name right before a figure it took, won, spent, scored or owns: "Civic Renewal
# took 34.6%", "the Social Democrats spent about $17.2 million", "Rovers scored 31
# points", "Civic Renewal's 412 million lesti" (session 36).
_TAKER = re.compile(
    rf"(?<![\w’'-]){_NAME}{_S}"
    rf"(?:(?:has|have|had|will|would|also|then|later|alone){_S}){{0,2}}"
    r"(?:took|takes|taken|won|wins|polled|secured|garnered|received|got|"
    r"spent|spends|raised|earned|lost|loses|scored|scores|netted)"
    rf"(?:{_S}(?:about|around|some|nearly|almost|roughly|just[ \u00a0]+over|just[ \u00a0]+under"
    r"|more[ \u00a0]+than|less[ \u00a0]+than|only|just))?"
    r"[ \u00a0]*$"
)
# A company telling its own account: "Acme reported revenue of", "Globex posted a net
# profit of about", "Initech booked sales of" (session 41: two companies' revenue).
_REPORTER = re.compile(
    rf"(?<![\w’'-]){_NAME}{_S}(?:(?:has|have|had|also|then|later){_S}){{0,2}}"
    r"(?:reported|reports|posted|posts|booked|books|recorded|records|generated|made)"
    rf"(?:{_S}(?:a|an|its))?(?:{_S}(?:net|total|annual|quarterly|operating|pre-tax|record))?"
    rf"{_S}(?:revenues?|sales|profits?|earnings|income|loss(?:es)?|turnover){_S}of"
    rf"(?:{_S}(?:about|around|some|nearly|almost|roughly|just{_S}over|just{_S}under))?"
    r"[ \u00a0]*$"
)
_POSSESSOR = re.compile(
    rf"(?<![\w’'-]){_NAME}['’]s?{_S}(?:(?:about|around|some|nearly|almost|roughly){_S})?$"
)
# A name, then an aside or a relative clause, then the verb of having: "Veldhoven,
# which had revenue of", "Caldera, based in Cambridge, had revenue of".
_RELATIVE = re.compile(rf"^[\"'“‘ \u00a0]*(?:(?i:the){_S})?{_NAME},{_S}$")
_OPENING = re.compile(rf"[\"'“‘ \u00a0]*{_NAME},{_S}")
_ASIDE = re.compile(
    r"(?:which|who|based|founded|headquartered|listed|owned|known|now|once|a|an)\b[^;:,]*,[ \u00a0]"
)
_HAD = re.compile(r"[ \u00a0]*(?:(?:which|who|that)[ \u00a0]+)?(?:had|has|have|reported|posted)\b")
_NO_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "but",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "of",
        "by",
        "with",
        "from",
        "to",
        "as",
        "after",
        "before",
        "while",
        "when",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "it",
        "he",
        "she",
        "they",
        "we",
        "there",
        "police",
        "officials",
        "authorities",
    }
)
# month and weekday names (the lexicon's): a date is no subject
_MONTHS = frozenset([n.lower() for n in MONTH_NAMES[1:]] + [n.lower() for n in WEEKDAY_NAMES[1:]])


def _words(phrase: str) -> tuple[str, ...]:
    words = [w.lower() for w in phrase.split()]
    while words and words[0] in _NO_NAME:
        words.pop(0)
    if not words or any(w in _MONTHS for w in words):
        return ()
    # a sentence's full stop is no part of its last name word ("… Union."; "U.S." keeps its)
    return tuple(re.sub(r"['’]s?$|(?<=[a-z]{2})\.$", "", w) for w in words)


@lru_cache(maxsize=1 << 14)
def bound_subject(text: str, start: int, end: int) -> tuple[str, ...]:
    """The name the figure at ``text[start:end]`` belongs to as its own
    clause tells it, as lower-case words, or ()."""
    lo, _ = clause_bounds(text, start, end)
    converted = (
        _FIGURE_PAREN.search(text, max(0, lo - 40), lo) if text[lo - 1 : lo] == "(" else None
    )
    if converted is not None:  # "£1 million (about $1.3 million)": the converted sum's
        return bound_subject(text, converted.start(), converted.end() - 1)
    restated = _FIGURE_COMMA.search(text, max(0, lo - 60), lo) if lo > 1 else None
    if restated is not None and _RESTATED.fullmatch(text, lo, start):
        return bound_subject(text, restated.start(1), restated.end(1))  # ", or $18.2m"
    head = text[lo:start]
    if _RIVAL_HEAD.match(head) and (m := _FOR_NAME.match(text, end)) is not None:
        return _words(m.group(1))  # "against 27.1 per cent for the SDU": the rival's
    m = _SHARES.search(head)
    if m is not None:
        return _words(m.group(1) or m.group(2))
    m = _GIVER.search(head) or _TAKER.search(head) or _REPORTER.search(head)
    m = m or _POSSESSOR.search(head)
    if m is not None:
        return _words(m.group(1))
    if lo > 0 and (m := _LISTED.match(head)) is not None and text[lo - 2 : lo] == ", ":
        return _words(m.group(1))
    if (m := _AND_LISTED.search(head)) is not None:  # "… $1.5 million and Japan ¥200 million"
        return _words(m.group(1))
    if lo > 0 and _HAD.match(head):  # the name before the aside(s) the clause follows
        opening = _RELATIVE.match(text[:lo])
        if opening is None:  # "Caldera, based in Cambridge, had": past one aside
            first = _OPENING.match(text)
            opening = first if first and _ASIDE.fullmatch(text, first.end(), lo) else None
        if opening is not None:
            return _words(opening.group(1))
    return ()
