"""How often a happening recurred: "Page married twice", "she was married three
times", "has won the title five times" (issue 11, session 20). Such a figure
counts occurrences of the verb before it, which names the happening when no
lexicon word of happenings.py does: two counts of times married are one fact,
a count of times married and one of times divorced are two."""

from __future__ import annotations

import re

# the figure counts occurrences: "once", "twice", "thrice", or a number of "times"
_FREQUENCY_WORD = re.compile(r"(?i:once|twice|thrice)")
# "times" after the figure, not a multiplier ("three times as many", "three times
# the size", "five times higher")
_TIMES_AFTER = re.compile(
    r"[ \u00a0]+times\b(?![ \u00a0]+(?:as|more|less|fewer|the|that|what|over|"
    r"\w+er\b|\w+est\b))",
    re.IGNORECASE,
)
# the verb of the happening right before the figure, past an object of up to three
# words ("won the title five times"): a past form, regular or one of the common
# irregular ones
_VERB_BEFORE = re.compile(
    r"\b([a-z]{3,}ed|won|lost|wed|led|met|beat|hit|ran|saw|went|held|struck|broke|fought|"
    r"took|made|became|been|flew|sent|sold|bought)\b"
    r"((?:[ \u00a0]+[a-z][\w'’-]*){0,3}?)[ \u00a0]+$",
)
_NOT_OBJECT = frozenset(("and", "but", "or", "who", "which", "that", "when", "after", "before"))


def frequency_verb(text: str, start: int, end: int, lo: int) -> str:
    """The verb whose happening the figure at ``text[start:end]`` counts the
    occurrences of ("married" in "Page was married three times"), or "" when
    the figure is no count of times or no verb stands right before it within
    its clause (``lo``: where the clause starts)."""
    if not (_FREQUENCY_WORD.fullmatch(text, start, end) or _TIMES_AFTER.match(text, end)):
        return ""
    m = _VERB_BEFORE.search(text, lo, start)
    if m is None or m[1] == "been" or _NOT_OBJECT & set(m[2].lower().split()):
        return ""
    return m[1]
