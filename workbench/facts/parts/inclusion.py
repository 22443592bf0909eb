"""Whether a count counts others besides its noun, or leaves some out, as the
words right after it say (read for ``measure.Measure.inclusion``; split from
measure.py, size): the whole a count is, where a group within it is counts.py's.

"300 staff and contractors" counts more than "180 staff"; so does "nine people,
including crew" or "13 dead, including the gunman" against a count of the
victims alone (issue 11, point 2: inclusive against exclusive scope); "40
passengers, excluding crew" counts fewer than a count of all on board. "10
games, including the finale" names a member of the count, not others added,
and "killed 9 people, including two children" names some of the nine: neither
is a scope; such a named member ("including two children", "four crew members
were among the injured") is some of the count before it: ``counts.count_part``.
"""

from __future__ import annotations

import re

# A word after "and"/"plus" that opens an amount of something else, not a group
# counted in: "more than 30 firearms and enough cash to fill several suitcases",
# "40 rifles and some ammunition", "12 buses and about 30 trams" (session 40: read
# as "firearms and ..." counted in, 23 firearms was left out as a group within
# "more than 30").
_AMOUNT_WORDS = (
    r"enough|some|several|many|much|few|lots?|plenty|dozens|scores|hundreds|thousands|"
    r"millions|various|numerous|no|further|additional|extra|about|around|nearly|almost|"
    r"roughly|approximately|over|up"
)
# A figure of its own after "plus": "a 5.4 per cent rise plus a £750 one-off payment",
# "12 trucks plus another 30" (session 40: the 5.4% was read as counting others in
# and never compared with another report's 4.5% offer).
_SECOND_FIGURE = (
    r"(?:(?:a|an|another|the|some|about|around|nearly|almost)[ \u00a0]+)?"
    r"(?:[£$€¥]|(?:[A-Z]{3}|[A-Z]{1,2}\$)[ \u00a0]?\d|\d|(?:" + _AMOUNT_WORDS + r")\b)"
)
# A counted noun joined by another: "300 staff and contractors", "14 residents and
# visitors", "40 passengers plus crew" (not "12 people and two dogs": a second
# figure; not "3 people and injured 5": a second verb; not "10 games, including
# the finale": members of the count named, not others added).
_INCLUDING = re.compile(
    r"[ \u00a0]+(?!of\b)(?:[a-z][\w-]*[ \u00a0]+)?(?!of\b)[a-z][\w-]*s?"
    r"(?:[ \u00a0]+(?:and|plus)[ \u00a0]+(?!(?:[\w-]+ed|[\w-]+ing|the|a|an|an?other|\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|more|then|was|were|is|are|has|have|had|"
    r"will|would|" + _AMOUNT_WORDS + r")\b)[a-z][\w-]*\b"
    r"|,?[ \u00a0]+plus[ \u00a0]+(?!\d|" + _SECOND_FIGURE + r"))",
)

_S = r"[ \u00a0]+"
# The groups a count may take in or leave out that another report often counts
# apart: the crew of a craft, the staff of a place, the attacker of an attack.
_OTHERS = (
    r"(?:(?:the|its|their|his|her)" + _S + r")?(?:crew(?:" + _S + r"members)?|staff|contractors|"
    r"employees|workers|volunteers|rescuers|firefighters|(?:police|security)" + _S + r"officers|"
    r"soldiers|passengers|pilots?|drivers?|(?:gun|lone" + _S + r")?(?:man|gunman|gunmen)|"
    r"attackers?|assailants?|bombers?|shooters?|suspects?|perpetrators?|hijackers?|"
    r"himself|herself|themselves)\b"
)
# "nine people, including crew", "13 dead including the gunman", "plus the pilot",
# "150 passengers and crew", "300 staff and contractors"
_WITH_OTHERS = re.compile(
    r"(?:"
    + _S
    + r"[a-z][\w-]*){0,2}?,?"
    + _S
    + r"(?:including|counting|plus|and)"
    + _S
    + _OTHERS
    # not the subject of a clause of its own: "12 men and the driver was later released"
    + r"(?!"
    + _S
    + r"(?:was|were|is|are|has|have|had|will|would|later|then|also)\b)",
    re.IGNORECASE,
)
# "40 passengers, excluding crew", "12 people, not counting the bomber"
_WITHOUT_OTHERS = re.compile(
    r"(?:" + _S + r"[a-z][\w-]*){0,2}?,?[ \u00a0(]+"
    r"(?:excluding|not" + _S + r"(?:including|counting)|besides|apart" + _S + r"from)\b",
    re.IGNORECASE,
)


def inclusion_of(text: str, end: int) -> str:
    """What the count ending at ``text[end]`` takes in besides its noun: "more"
    when it joins another noun to its own ("staff and contractors"), "others"
    when it names a group it takes in ("including crew"), "less" when it names
    one it leaves out ("excluding crew"), else ""."""
    if _WITH_OTHERS.match(text, end):
        return "others"
    if _INCLUDING.match(text, end):
        return "more"
    return "less" if _WITHOUT_OTHERS.match(text, end) else ""
