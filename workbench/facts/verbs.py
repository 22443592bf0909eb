"""The verb a figure is the object of, as far as the words right before it
say: "caught 52 passes", "rushed 106 times", "rushed for 404 yards",
"posting 20 points", "needed just nine points". Two figures that are the
objects of different verbs ("caught 52 passes" / "rushed 106 times") count
different things, however alike the sentences around them.

Only a verb right before the figure is read (perhaps with "for", "just",
"only", "about", "nearly", "some"); light verbs ("has", "had", "was", "got",
"made") and speech verbs say nothing of what is counted and give "".
"""

from __future__ import annotations

import re

from ..text import stem

# Past tenses and participles that are not "-ed" words, and their stems.
_IRREGULAR = {
    "caught": "catch",
    "threw": "throw",
    "thrown": "throw",
    "ran": "run",
    "won": "win",
    "lost": "lose",
    "losing": "lose",
    "paid": "pay",
    "sold": "sell",
    "spent": "spend",
    "shot": "shoot",
    "gave": "give",
    "given": "give",
    "kept": "keep",
    "held": "hold",
    "fell": "fall",
    "rose": "rise",
    "grew": "grow",
    "beat": "beat",
    "hit": "hit",
    "brought": "bring",
    "bought": "buy",
    "built": "build",
    "drew": "draw",
    "drove": "drive",
    "stole": "steal",
    "wrote": "write",
    "took": "take",
    "taken": "take",
}
# Verbs that say nothing of what a figure counts.
_LIGHT = frozenset(
    (
        *("has", "had", "have", "having", "is", "was", "were", "are", "be", "been", "being"),
        *("got", "get", "gets", "getting", "made", "make", "makes", "making", "did", "does"),
        *("said", "says", "told", "added", "adding", "including", "included", "totaling"),
        *("totalling", "totaled", "totalled", "reached", "reaching", "expected", "estimated"),
        *("reported", "according", "compared", "listed", "ranked", "aged", "during"),
        *("nearing", "exceeding", "exceeded", "topping", "topped", "seeing", "saw"),
        *("leaving", "left", "killing", "killed", "injuring", "injured", "wounding"),
        *("wounded", "affecting", "affected", "involving", "involved", "numbering"),
        *("following", "followed", "remaining", "bring", "bringing", "brought"),
        *("raising", "raised", "pushing", "pushed", "putting", "put", "taking", "took"),
    )
)
# Verbs of a change (one change told with another verb: "rose 12%" / "jumped
# 12%") and of a tally (one player's points: "scored 24" / "posted 26" / "had 26").
_SAME_THING = re.compile(
    r"(?:ris|rose|fall|fell|increas|decreas|grow|grew|drop|climb|jump|cut|reduc|rais|"
    r"lower|slash|boost|soar|plung|slump|surg|tumbl|declin|sink|sank|slid|slip|dip|shed|"
    r"gain|los|add|trim|hik|scor|post|record|tall|notch|pour|finish|lead|led|total)"
)
_VERB_BEFORE = re.compile(
    r"\b([a-z]{3,})[ \u00a0]+"
    r"(?:(?:for|just|only|about|nearly|almost|some|roughly|around|another)[ \u00a0]+){0,2}$"
)
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)")


def object_verb(text: str, start: int) -> str:
    """The stem of the verb the figure at ``start`` is the object of, or ""."""
    m = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    word = m.group(1)
    if word in _LIGHT or _SAME_THING.match(word):
        return ""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not _VERB_FORM.fullmatch(word):
        return ""
    return _IRREGULAR.get(word, stem(word))


_FIGURE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:for|just|only|about|nearly|almost|some|roughly|around|another)"
    r"[ \u00a0]+){0,2}(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)"
)


def _verb_free_in(verb: str, text: str) -> bool:
    """Whether ``text`` uses that verb other than before a figure of its own
    ("rushing for 404 yards" is the rushing's figure, not a word about the
    other figures of the sentence)."""
    for m in re.finditer(r"[a-z]+", text):
        w = m.group(0)
        if (_IRREGULAR.get(w) == verb or stem(w) == verb) and not _FIGURE_AFTER.match(
            text, m.end()
        ):
            return True
    return False


def object_verbs_differ(a: str, a_start: int, b: str, b_start: int) -> bool:
    """Two figures that are objects of different verbs, neither of which the
    other sentence uses ("caught 52 passes" / "He rushed 106 times")."""
    va, vb = object_verb(a, a_start), object_verb(b, b_start)
    if not va or not vb or va == vb:
        return False
    return not _verb_free_in(va, b) and not _verb_free_in(vb, a)
