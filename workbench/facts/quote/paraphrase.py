"""Differences between two versions of a quote that an editor does not call
an altered quotation.

- **Reported speech**: "I am sorry for what happened" and "he was sorry for
  what happened" are one remark, put in the third person and the past as
  indirect speech does (person, tense and modal shifts; "my" / "his",
  "will" / "would", "want" / "wanted").
- **Editorial brackets**: "[The company] will cut 300 jobs" prints the
  editor's words for "We".
- **An ellipsis**: "We will rebuild … quickly" leaves words out and says so:
  a cut, not a change of wording.
- **Words of no weight**: a transcription's "and", a "he" inside or outside
  the quotation marks.
"""

from __future__ import annotations

import re

from ...text import stem
from .mention import QuoteMention, normalise_words, spelling_key

# Words that reported speech exchanges for one another, by class.
_SHIFT_CLASSES = (
    "i he she they we",
    "me him her them us",
    "my his her their our",
    "mine his hers theirs ours",
    "myself himself herself themselves ourselves",
    "i'm he's she's they're we're",
    "i've he's she's they've we've",
    "i'll he'll she'll they'll we'll",
    "i'd he'd she'd they'd we'd",
    "am is are was were",
    "will would",
    "can could",
    "shall should",
    "may might",
    "have has had",
    "do does did",
    "this that",
    "these those",
    "here there",
    "now then",
)
_SHIFT: dict[str, set[int]] = {}
for _i, _cls in enumerate(_SHIFT_CLASSES):
    for _w in _cls.split():
        _SHIFT.setdefault(_w, set()).add(_i)
_PERSON_CLASSES = set(range(9))  # the pronoun classes: a shift of person
# The speaker's own person, which reported speech puts in the third ("I" / "he");
# one third person for another ("her" / "him") is another referent, not a shift.
_OWN_TEXT = "i me my mine myself i'm i've i'll i'd we us our ours ourselves we're we've we'll we'd"
_OWN_PERSON = frozenset(_OWN_TEXT.split())


def _shifted(x: str, y: str) -> tuple[bool, bool]:
    """(equivalent under reported speech, a change of person)."""
    if x == y:
        return True, False
    shared = _SHIFT.get(x, set()) & _SHIFT.get(y, set())
    if shared - _PERSON_CLASSES:
        return True, False
    if shared:
        return (x in _OWN_PERSON) != (y in _OWN_PERSON), True
    return stem(x) == stem(y), False


def reported_speech(
    changes: list[tuple[str, int, int, int, int]], ta: list[str], tb: list[str]
) -> bool:
    """Every change swaps words one for one as indirect speech does, and at
    least one swaps the grammatical person ("I" / "he")."""
    person = False
    for op, i1, i2, j1, j2 in changes:
        if op != "replace" or i2 - i1 != j2 - j1:
            return False
        for x, y in zip(ta[i1:i2], tb[j1:j2], strict=True):
            same, shift = _shifted(x, y)
            if not same:
                return False
            person = person or shift
    return person


def bracketed_tokens(q: QuoteMention) -> set[int]:
    """Indexes of a quote's tokens printed in editorial brackets ("[The company]",
    "her (Tara Reid) and her family")."""
    out: set[int] = set()
    pos = 0
    for s, e in q.parts:
        seg = q.text[s - q.start : e - q.start]
        depth = 0
        for m in re.finditer(r"[\[\]()]|[^\s\[\]()]+", seg):
            tok = m.group(0)
            if tok in "[(":
                depth += 1
                continue
            if tok in ")]":
                depth = max(0, depth - 1)
                continue
            n = len(normalise_words(tok).split())
            if depth:
                out.update(range(pos, pos + n))
            pos += n
    return out


def _has_ellipsis(q: QuoteMention) -> bool:
    return "…" in q.text or "..." in q.text or ". . ." in q.text


_ELLIPSIS = re.compile(r"…|\.\.\.|\. \. \.")


def _ellipsis_at(q: QuoteMention) -> set[int]:
    """The word positions where ``q`` prints an ellipsis (3: after its third word)."""
    quoted = " ".join(q.text[s - q.start : e - q.start] for s, e in q.parts)
    return {len(normalise_words(quoted[: m.start()]).split()) for m in _ELLIPSIS.finditer(quoted)}


def elided(changes: list[tuple[str, int, int, int, int]], a: QuoteMention, b: QuoteMention) -> str:
    """ "a" or "b" when every change is words that side leaves out and it
    prints an ellipsis at each cut; "" otherwise. An ellipsis elsewhere (closing
    the sentence) does not mark a cut made mid-sentence: that cut is unmarked."""
    if all(op == "insert" for op, *_ in changes) and _has_ellipsis(a):
        marks = _ellipsis_at(a)
        if all(i1 in marks for _op, i1, *_ in changes):
            return "a"
    if all(op == "delete" for op, *_ in changes) and _has_ellipsis(b):
        marks = _ellipsis_at(b)
        if all(j1 in marks for *_, j1, _j2 in changes):
            return "b"
    return ""


# Words whose presence or absence does not change what a quote says: a
# transcription's "and", a leading "he" outside or inside the marks ('insisted
# he "did not mean to …"' / "'he did not mean to …'").
_MINOR_TEXT = "and or but that the a an he she they i we it so well oh then also just has have had"
_MINOR = frozenset(_MINOR_TEXT.split())


_CONTRACTIONS = (("n't", " not"), ("'re", " are"), ("'ll", " will"), ("'ve", " have"))


def _expanded(words: list[str]) -> list[str]:
    """Contractions written out ("aren't" → "are not"), "can't" as "can not"."""
    text = " ".join(words).replace("won't", "will not").replace("i'm", "i am")
    for short, full in _CONTRACTIONS:
        text = text.replace(short, full)
    return text.replace("cannot", "can not").replace("ca not", "can not").split()


def expanded(words: list[str]) -> list[str]:
    """``words`` with their contractions written out ("we'll" → "we will"):
    a quotation printed "we'll" by one source and "we will" by another is one."""
    return _expanded(words) if any("'" in w or w == "cannot" for w in words) else words


# "'s" and "'d" stand for more than one word ("she's" is "she is" or "she has";
# "he'd", "he had" or "he would"; "daughter's" may be a possessive): written
# out, they are the same words only where the other side prints one of them.
_AMBIGUOUS = {"s": ("is", "has"), "d": ("had", "would")}


def _contracted(short: list[str], long: list[str]) -> bool:
    """``short`` is one word contracting ``long``'s two ("my daughter's been
    shot" / "my daughter has been shot")."""
    if len(short) != 1 or len(long) != 2 or "'" not in short[0]:
        return False
    stem_, _, ending = short[0].rpartition("'")
    return stem_ == long[0] and long[1] in _AMBIGUOUS.get(ending, ())


_NOT_INITIALLED = {"of", "the", "and", "for", "de"}


def _written_out(short: list[str], long: list[str]) -> bool:
    """``short`` is one initialism whose letters start the words of ``long``
    ("ie" / "internet explorer", "fbi" / "federal bureau of investigation",
    "us" / "united states"; "U.S." comes as "u", "s")."""
    dotted = len(short) >= 2 and all(len(w) == 1 for w in short)
    letters = "".join(short) if dotted else short[0] if len(short) == 1 else ""
    if not 2 <= len(letters) <= 6 or len(long) < 2:
        return False
    every = "".join(w[0] for w in long if w)
    content = "".join(w[0] for w in long if w and w not in _NOT_INITIALLED)
    return letters in (every, content)


def minor(op: tuple[str, int, int, int, int], ta: list[str], tb: list[str]) -> bool:
    """A change of no weight: words like "and" or a leading "he" added or
    dropped, a contraction written out ("aren't" / "are not"), or the same
    words in another inflection ("I just wanted" / "I just want"), or an
    initialism written out ("IE" / "Internet Explorer": a trial read that
    house-style change called a conflict)."""
    _tag, i1, i2, j1, j2 = op
    a, b = ta[i1:i2], tb[j1:j2]
    if all(w in _MINOR for w in [*a, *b]) or _expanded(a) == _expanded(b):
        return True
    if _written_out(a, b) or _written_out(b, a) or _contracted(a, b) or _contracted(b, a):
        return True
    return len(a) == len(b) and all(
        stem(spelling_key(x)) == stem(spelling_key(y)) for x, y in zip(a, b, strict=True)
    )


# Auxiliaries of the perfect: "The fire progressed" / "The fire has progressed" is
# a change of tense inside quotation marks (trial 25's editor: one of the two is
# not what the police said). Not a conflict - the claim stays the same - but not
# house style either: it is asked about.
_PERFECT = frozenset({"has", "have", "had"})


def tense_changed(
    changes: list[tuple[str, int, int, int, int]], ta: list[str], tb: list[str]
) -> tuple[int, int, int, int] | None:
    """The token spans (a from, a to, b from, b to) of the first change that only
    adds, drops or swaps an auxiliary of the perfect before a verb both sides
    print ("progressed" / "has progressed", "has been" / "had been"), the verb
    included; None when there is none."""
    for _tag, i1, i2, j1, j2 in changes:
        words = [*ta[i1:i2], *tb[j1:j2]]
        if not words or not all(w in _PERFECT for w in words):
            continue
        if i2 < len(ta) and j2 < len(tb) and ta[i2] == tb[j2]:
            return i1, i2 + 1, j1, j2 + 1
    return None


# A word left out in transcription leaves the sentence broken: a preposition or
# an article straight before "and" ("He tried to provide first aid for and tried
# to provide comfort for her" / "… first aid for her, and tried …": trial 26's
# editor read the first as a slip, not an altered quote).
_NEEDS_OBJECT_TEXT = (
    "for to with of at on in into from by about against toward towards "
    "the a an his her their its our my your this"
)
_NEEDS_OBJECT = frozenset(_NEEDS_OBJECT_TEXT.split())
_COORDINATORS = frozenset({"and", "or", "but", "nor"})


def dropped_in_transcription(
    changes: list[tuple[str, int, int, int, int]], ta: list[str], tb: list[str]
) -> tuple[int, int, int, int] | None:
    """The spans (a from, a to, b from, b to) of the one change that is one or
    two words missing from a side where the words around the gap do not read
    without them (a preposition or article before "and"); None otherwise."""
    if len(changes) != 1:
        return None
    tag, i1, i2, j1, j2 = changes[0]
    if tag == "insert":  # a lacks tb[j1:j2]
        short, at, gap = ta, i1, j2 - j1
    elif tag == "delete":  # b lacks ta[i1:i2]
        short, at, gap = tb, j1, i2 - i1
    else:
        return None
    if gap > 2 or at == 0 or at >= len(short):
        return None
    if short[at - 1] in _NEEDS_OBJECT and short[at] in _COORDINATORS:
        return i1 - 1, i2 + 1, j1 - 1, j2 + 1
    return None
