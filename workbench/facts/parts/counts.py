"""A count's place in a group its sentence tells (read through
``parts.read_part``; session 24, moved here from measure.py and inclusion.py
in session 26).

"37 were taken to hospital, including four crew members", "killed 12, among
them three children", "four crew members were among the injured": the four
and the three are a group named within a count (a "member"), another measure
than the count or than another part of it ("16 were flown to Athens"); "eight
of them", "two of the four": some of a group (a "share"); "of the four
victims": the group some are of (the "whole"). Each is a role of its own
(``Measure.role``): a member, a share or a whole is never the same figure as
a count told plainly.
"""

from __future__ import annotations

import re

from .record import NO_PART, Part, cue_of
from .subgroups import count_word, fronted_share, fronted_whole, member_among, picked_out

_S = r"[ \u00a0]+"
# Some of a group told right after the count: "eight of them", "two of the four"
_SHARE_AFTER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:them|whom|which|those|these|us|the|its|their|his|her)\b",
    re.IGNORECASE,
)
# A count as written: digits or a number word (not "1,000 feet", "three-quarters",
# "some of the $700 billion": a measure, a share and a fund)
_COUNT = re.compile(
    r"\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands)"
)
# An owner's possessive between "of" and the whole (issue 11, session 36): "missing 10
# of the Saints' 16 games", "three of Apple's 12 stores", "two of the company's five
# plants": the whole is still the owner's, the count before it the part
_OWNER = r"(?:(?-i:[A-Z])[\w.&-]*[ \u00a0]+){0,2}[\w.&-]+(?:['’]s|s['’])[ \u00a0]+"
# Some told before the count: "two of the four victims" (the four: the whole)
_WHOLE_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|all|both|none|most|some|many|several|each)[ \u00a0]+of[ \u00a0]+"
    r"(?:(?:the|its|their|his|her)[ \u00a0]+|(?:the[ \u00a0]+)?" + _OWNER + r")$",
    re.IGNORECASE,
)
# A group named within a count before it: "37 were taken to hospital, including four
# crew members", "killed 12, among them three children", "Four crew members were among
# the injured" (session 24): some of that count, another measure than it or than
# another part of it ("16 were flown to Athens").
_MEMBER_BEFORE = re.compile(
    r"\b(?:including|among"
    + _S
    + r"(?:them|whom)|of"
    + _S
    + r"(?:whom|which))"
    + _S
    + r"(?:(?:some|about|around|at"
    + _S
    + r"least)"
    + _S
    + r")?$",
    re.IGNORECASE,
)
_MEMBER_AFTER = re.compile(
    r"(?:" + _S + r"[\w-]+){0,3}?" + _S + r"(?:were|was|are|is)" + _S + r"among" + _S + r"the\b",
    re.IGNORECASE,
)
_A_COUNT = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
    r"dozens|hundreds|thousands)\b",
    re.IGNORECASE,
)


def _member(text: str, start: int, end: int) -> Part | None:
    """The count at ``text[start:end]`` as a group named within a count told
    before it ("including four crew members" after "37 people"), or "among" a
    group ("four crew members were among the injured")."""
    after = _MEMBER_AFTER.match(text, end)
    if after:
        return Part("member", cue=cue_of(" ".join(after.group().split()[-3:])))
    found = _MEMBER_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return None
    counts = list(_A_COUNT.finditer(text, 0, found.start()))  # the whole: the nearest
    if not counts:
        return None
    return Part("member", cue=cue_of(found.group()), whole=counts[-1].start())


def named_within(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` names a group within a count told
    before it, or one "among" a group (``_member``)."""
    return _member(text, start, end) is not None


def count_part(text: str, start: int, end: int) -> Part:
    """The count at ``text[start:end]`` as some of a group ("eight of them"),
    the group some are of ("two of the four victims") or a group named within
    a count ("including four crew"); no kind when it is a plain count or no
    count at all ("1,000 feet of the highway")."""
    plain = _COUNT.fullmatch(text, start, end) is not None
    if not plain and not count_word(text, start, end):
        return NO_PART
    share = _SHARE_AFTER.match(text, end)
    if share:
        return Part("share", cue=cue_of(share.group()))
    whole = _WHOLE_BEFORE.search(text, max(0, start - 40), start)
    if whole:
        return Part("whole", cue=cue_of(whole.group()))
    if (fronted := fronted_whole(text, start, end)) is not None:
        return fronted  # "Of the 1,340 pupils, 312 …" (session 43)
    # "including about 400" stays as it was read: a hedged member of one count
    # would meet another count's share ("1,500 of its own workers") as one group
    found = _member(text, start, end) if plain else None
    found = found or member_among(text, start, end) or fronted_share(text, start, end)
    return found or picked_out(text, start, end) or NO_PART
