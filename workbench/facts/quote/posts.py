"""People a story names with their post, read as people wherever their
surname stands alone ("Walsh said").

"Police Chief Tom Walsh", "Interior Minister Clara Diaz", "Genesee County
Sheriff Robert Pickell": a post before a given name and a surname; "Tom Walsh,
the police chief," and "Clara Diaz, a government spokeswoman,": a post in
apposition after one. Read as an organisation, the surname alone ("Walsh
said") was never set against another source's speaker of the same words, nor
seen as the person named in full (session 33: a quote credited to the mayor in
one report and to "Walsh" in another was never shown). Only the honorifics
(find.py: "Mr", "Mayor", "Dr" …) made a surname a person before.
"""

from __future__ import annotations

import re

from ..lexicon import AMBIGUOUS_MONTHS, MONTHS
from .mention import Speaker
from .names import FUNCTION_WORDS, is_organisation, is_title, plain

# A run of capitalised words: a post and a name, or a name alone.
_RUN = re.compile(r"(?<![\w'’\-])[A-ZÀ-Þ][\w'’\-]*\.?(?:[ \u00a0]+[A-ZÀ-Þ][\w'’\-]*\.?)+")
# A name in full (given name and surname, a middle initial at most between)
_GIVEN = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_FULL = rf"{_GIVEN}(?:[ \u00a0]+[A-Z]\.?)?[ \u00a0]+{_GIVEN}"
# ... then a post in apposition: ", the police chief,", ", a spokeswoman for"
_APPOSED = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_FULL}),[ \u00a0]+(?:the|a|an)[ \u00a0]+"
    r"(?P<post>[a-z][a-z \u00a0-]{1,40}?)"
    r"(?=[ \u00a0]*[,.;]|[ \u00a0]+(?:of|for|at|in)\b)"
)
# Words that read as a title but may stand before a name that is no person's
# ("Major League Soccer", "First National", "General Electric").
_NOT_A_POST = frozenset(
    [
        "major",
        "general",
        "first",
        "former",
        "acting",
        "interim",
        "senior",
        "vice",
        "prime",
        "st",
        "saint",
        "head",
    ]
)
# Words after a post that belong to it, not to the name ("Chief Executive …")
_POST_WORDS = frozenset(
    [
        "executive",
        "operating",
        "financial",
        "technology",
        "medical",
        "information",
        "police",
        "fire",
    ]
)


def _name_word(w: str) -> bool:
    key = plain(w)
    return not (
        is_title(w)
        or is_organisation(w)
        or key in FUNCTION_WORDS
        or key in _POST_WORDS
        or (key in MONTHS and key not in AMBIGUOUS_MONTHS)
        or not w[:1].isupper()
    )


def posted_names(text: str) -> list[list[str]]:
    """The names (as lists of words) the text gives with a post before or after."""
    out = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        posts = [i for i, w in enumerate(words[:-2]) if is_title(w)]
        if not posts or plain(words[posts[-1]]) in _NOT_A_POST:
            continue
        name = words[posts[-1] + 1 :]
        while name and plain(name[0]) in _POST_WORDS:
            name = name[1:]  # "Chief Executive Mary Barra"
        if 2 <= len(name) <= 3 and all(_name_word(w) for w in name):
            out.append([w.rstrip(".") for w in name])
    for m in _APPOSED.finditer(text):
        post = m.group("post").split()
        if any(is_title(w) and plain(w) not in _NOT_A_POST for w in post):
            words = m.group("name").split()
            if all(_name_word(w) for w in (words[0], words[-1])):
                out.append(words)
    return out


# A post or an age in apposition right after a surname credited alone ("said
# Lopez, the health director", "Berg, 54, said") or right before it ("the
# mayor, Berg, said").
_POST_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:(?:the|a|an)[ \u00a0]+(?P<post>[a-z][a-z \u00a0-]{1,40}?)"
    r"(?=[ \u00a0]*(?:[,.;]|$)|[ \u00a0]+(?:of|for|at|in|said|told)\b)|\d{1,3}(?=[ \u00a0]*[,.]))"
)
_POST_BEFORE = re.compile(r"\b(?:the|a|an)[ \u00a0]+(?P<post>[a-z][a-z \u00a0-]{1,40}),[ \u00a0]*$")


def _a_post(words: str | None) -> bool:
    return words is None or any(is_title(w) and plain(w) not in _NOT_A_POST for w in words.split())


def apposed_person(text: str, sp: Speaker | None) -> Speaker | None:
    """``sp`` a person when it is one capitalised word read as an organisation
    but the words beside it give a post or an age: 'said Lopez, the health
    director', 'Berg, 54, said', 'the mayor, Berg, said'."""
    if sp is None or sp.is_person or sp.start < 0 or not sp.key.startswith("org:"):
        return sp
    surname = sp.key.removeprefix("org:")
    if " " in surname or len(sp.text.split()) != 1:
        return sp
    after = _POST_AFTER.match(text, sp.end)
    before = _POST_BEFORE.search(text, max(0, sp.start - 60), sp.start)
    if not ((after and _a_post(after.group("post"))) or (before and _a_post(before.group("post")))):
        return sp
    return Speaker(sp.text, sp.start, sp.end, sp.name, surname, True, sp.near)
