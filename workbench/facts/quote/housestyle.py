"""Differences between two versions of a quote that are house style, named.

Outlets print one quotation in their own style: "e-mail" / "email", a web
address with or without its ending ("MySpace.com" / "MySpace"), a number
spelled out or in figures ("three" / "3"), British or American spelling
("colour" / "color"). A dash printed for a comma changes no word (quotes are
compared on their words, punctuation left out). None of these is a change of
wording; when the words also differ elsewhere, the explanation names the
house-style differences as what they are, apart from the words that really
differ (trial 31: "ECB+ 42_11ecb has 'com' where ECB+ 42_8ecb has '—'" while the
real differences, "e-mail" / "email" and "MySpace.com" / "MySpace", were never
named).
"""

from __future__ import annotations

import re

from ..numwords import word_number
from .mention import QuoteMention, spelling_key
from .sentences import word_offsets

Op = tuple[str, int, int, int, int]

# Endings of a web address that normalising splits off as a word of their own.
_WEB_ENDINGS = frozenset({"com", "org", "net", "gov", "edu", "io", "co", "uk", "info", "biz"})


def _printed(q: QuoteMention) -> list[tuple[int, int]]:
    return [p for s, e in q.parts for p in word_offsets(q, s, e)]


def _web_ending(q: QuoteMention, t0: int, t1: int) -> bool:
    """Tokens t0..t1-1 of ``q`` are the ending of a web address printed in one
    word with the token before them ("MySpace.com": "myspace", "com")."""
    if t0 == 0 or t1 <= t0 or any(t not in _WEB_ENDINGS for t in q.tokens[t0:t1]):
        return False
    pos = _printed(q)
    if len(pos) != len(q.tokens) or t1 > len(pos):
        return False
    word = pos[t0 - 1]
    return all(pos[k] == word for k in range(t0, t1)) and "." in q.text[
        word[0] - q.start : word[1] - q.start
    ].rstrip(".,;:!?")


def _one_number(a: list[str], b: list[str]) -> bool:
    """One side a number in figures, the other the same number in words
    ("3" / "three"; "11th" / "eleventh", "21st" / "twenty-first")."""
    if not a or not b or not any(w[:1].isdigit() for w in [*a, *b]):
        return False
    if a in (["a"], ["an"]) or b in (["a"], ["an"]):
        return False
    x, y = word_number(" ".join(a)), word_number(" ".join(b))
    if x is not None and x == y:
        return True
    x, y = _ordinal(a), _ordinal(b)
    return x is not None and x == y


_ORDINAL_FIGURES = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Ordinal words not made by adding "th" to their number ("fifth", "twentieth").
_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
    "ninth": "nine", "twelfth": "twelve",
}  # fmt: skip


def _ordinal(words: list[str]) -> float | None:
    """The number an ordinal names, in figures ("11th") or in words
    ("eleventh", "twenty first", "twentieth"); None for anything else."""
    if len(words) == 1 and (m := _ORDINAL_FIGURES.match(words[0])):
        return float(m.group(1))
    last = words[-1]
    if last in _ORDINAL_WORDS:
        cardinal = _ORDINAL_WORDS[last]
    elif last.endswith("ieth"):
        cardinal = last[: -len("ieth")] + "y"
    elif last.endswith("th") and len(last) > 4:
        cardinal = last[: -len("th")]
    else:
        return None
    return word_number(" ".join([*words[:-1], cardinal]))


def house_style(op: Op, a: QuoteMention, b: QuoteMention) -> str:
    """What kind of house-style difference ``op`` (a change of a's tokens into
    b's) is: "hyphenation", "web address", "number", "spelling"; "" when it
    changes words."""
    _tag, i1, i2, j1, j2 = op
    x, y = a.tokens[i1:i2], b.tokens[j1:j2]
    if x and y and "".join(x) == "".join(y):
        return "hyphenation"  # "e-mail" / "email", "co-operate" / "cooperate"
    if (not y and _web_ending(a, i1, i2)) or (not x and _web_ending(b, j1, j2)):
        return "web address"
    if _one_number(x, y):
        return "number"
    if x and len(x) == len(y) and [spelling_key(w) for w in x] == [spelling_key(w) for w in y]:
        return "spelling"
    return ""


def _shown(q: QuoteMention, t0: int, t1: int) -> str:
    """Tokens t0..t1-1 as printed; for a word left out, the printed word it
    belongs to ("MySpace.com" for the "com" of it)."""
    pos = _printed(q)
    if len(pos) != len(q.tokens) or t1 > len(pos) or t1 <= t0:
        return " ".join(q.tokens[t0:t1])
    text = q.text[pos[t0][0] - q.start : pos[t1 - 1][1] - q.start]
    return " ".join(text.split()).strip(" ,;:.\"'“”‘’")


def _side(q: QuoteMention, t0: int, t1: int) -> str:
    if t1 > t0:
        return _shown(q, t0, t1)
    # nothing printed here: the word before the gap, as printed
    return _shown(q, t0 - 1, t0) if t0 else "—"


def name_house_style(ops: list[Op], a: QuoteMention, b: QuoteMention) -> str:
    """The house-style differences among ``ops``, named for an explanation
    ("'e-mail' / 'email' (hyphenation), 'MySpace.com' / 'MySpace' (web
    address)"); "" when there are none."""
    out = []
    for op in ops:
        kind = house_style(op, a, b)
        if not kind:
            continue
        _tag, i1, i2, j1, j2 = op
        if i1 == i2 and j1 > 0:  # a lacks the ending: show the words it joins
            pair = (_side(a, i1, i2), _shown(b, j1 - 1, j2))
        elif j1 == j2 and i1 > 0:
            pair = (_shown(a, i1 - 1, i2), _side(b, j1, j2))
        else:
            pair = (_side(a, i1, i2), _side(b, j1, j2))
        out.append(f"'{pair[0]}' / '{pair[1]}' ({kind})")
    return ", ".join(dict.fromkeys(out))


def trimmed(op: Op, ta: list[str], tb: list[str]) -> Op | None:
    """``op`` (a change of a's tokens into b's) without the words at its edges
    that are one word in two house spellings ("4.2 metres" / "3.8 meters" is a
    change of '4 2' into '3 8'); None when nothing else changes. Two wire copies
    printing 'metres' and 'meters' showed the change against a third source at
    two places of it (and as two findings: session 26)."""
    tag, i1, i2, j1, j2 = op
    if tag != "replace":
        return op
    while i1 < i2 and j1 < j2 and spelling_key(ta[i1]) == spelling_key(tb[j1]):
        i1, j1 = i1 + 1, j1 + 1
    while i1 < i2 and j1 < j2 and spelling_key(ta[i2 - 1]) == spelling_key(tb[j2 - 1]):
        i2, j2 = i2 - 1, j2 - 1
    if i1 == i2 and j1 == j2:
        return None
    return ("replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert", i1, i2, j1, j2)
