"""One word, or one quotation's words, in the spellings outlets print it in.

Pure helpers that depend on nothing of ours, for every layer: the quote family
compares quotations by them (``facts/quote``), and the findings tell a
quote's versions apart by them (``findings/quoted.py``), which the review log's
layers may not reach into ``facts`` for (moved here from
``facts/quote/mention.py``, session 26).
"""

from __future__ import annotations

import re

# British and American spellings of one word ("realised" / "realized",
# "colour" / "color", "centre" / "center", "defence" / "defense", "programme"
# / "program", "catalogue" / "catalog"). Both sides go through the same
# rewriting, so a rewritten form need not be a real word; the patterns are
# narrow so two different words never meet ("four" and "for" stay apart).
_SPELLING = (
    (re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w\w)our(s|ed|ing|ite|ites|able|hood|hoods|ful|less|ly)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w)(t|b)re(s|d)?$"), r"\1er\2"),
    (re.compile(r"(fen|cen|ten)ce(s)?$"), r"\1se\2"),
    (re.compile(r"(?<=\w\w)ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=\w\w\w)mme(s)?$"), r"m\1"),
)


# one word, two house spellings not caught by the patterns above ("OK" /
# "okay": trial 22 saw a quote called altered for it)
_VARIANTS = {
    "okay": "ok",
    "gray": "grey",
    "toward": "towards",
    "afterward": "afterwards",
    "judgement": "judgment",
    "whilst": "while",
    "amongst": "among",
    "cheque": "check",
    "tyre": "tire",
    "plough": "plow",
}


def spelling_key(word: str) -> str:
    """One form for a word's British and American spellings, for comparison only."""
    word = _VARIANTS.get(word, word)
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


_ONES = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen twenty"
_TENS = "thirty forty fifty sixty seventy eighty ninety"
# a number written in words, as outlets print it in figures ("three" / "3")
_SMALL_NUMBERS = {w: str(n) for n, w in enumerate(f"{_ONES} {_TEENS}".split(), 1)} | {
    w: str(n) for n, w in zip(range(30, 100, 10), _TENS.split(), strict=True)
}


def house_words(words: list[str]) -> list[str]:
    """A quotation's words with the house style two outlets print one quotation
    in taken out, for telling its versions apart: British or American spelling
    ('metres' / 'meters'), 'per cent' / 'percent', a number in words or figures
    ('three' / '3'). Two wire copies of one quotation, sub-edited to two house
    styles, are one version of it (session 26)."""
    out: list[str] = []
    for w in words:
        if w == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
            continue
        out.append(_SMALL_NUMBERS.get(w) or spelling_key(w))
    return out
