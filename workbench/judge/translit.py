"""One foreign name transliterated two ways (trial 33).

"Kurbanguly Berdymukhamedov" (two sources), "Gurbanguly" (a third),
"Gurbanguli" (a fourth), "Berdimuhamedow" elsewhere: the name of
Turkmenistan's president written from Turkmen and Russian in the Latin
alphabet by different house styles. None of them is a misspelling to
correct, and no fact differs. Such a pair is consistent - one person, two
house styles - never a conflict (session 34: a fresh reader judged all 15
such questions on ECB+ 11_ecb borderline, "the text fixes identity: call it
consistent, a style note"); the explanation still names both spellings so
the desk can pick one.

Two spellings are transliteration variants when they differ and become one
after the alternations romanisation systems disagree on are undone: K, G or Q
opening a name ("Kurbanguly" / "Gurbanguly", "Qaddafi" / "Gaddafi"), y and i
("-guly" / "-guli"), a y before e after a vowel ("-bayev" / "-baev"), kh and
h ("Berdymukhamedov" / "Berdimuhamedov"), a closing w and v ("-ov" / "-ow"),
ou and u, dzh, zh and j. A letter doubled or dropped ("Hefner" / "Heffner"),
or any other letter changed, is no alternation: such a pair stays a
misspelling (``names.spelled_alike``). A y against an i and nothing else is
one only in a name that looks romanised (kh, zh, a Slavic or Turkic ending):
"Jody" / "Jodi Arias" stays a misspelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .stages import NAME, Outcome, Rule

_ALTERNATIONS = (
    (re.compile(r"^[gq]"), "k"),  # the opening K, G or Q
    (re.compile(r"kh"), "h"),
    (re.compile(r"d?zh"), "j"),
    (re.compile(r"(?<=[aeiou])ye"), "e"),  # "Nazarbayev" / "Nazarbaev"
    (re.compile(r"y"), "i"),
    (re.compile(r"ii"), "i"),  # "-iy" / "-i" once y is i
    (re.compile(r"ou"), "u"),
    (re.compile(r"w$"), "v"),  # "-ow" / "-ov", "-ew" / "-ev"
)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1 << 14)  # a name read once, not once per name it is held against
def romanised(word: str) -> str:
    """A name with the alternations of romanisation undone (module docstring)."""
    word = _folded(word)
    for pattern, into in _ALTERNATIONS:
        word = pattern.sub(into, word)
    return word


# what marks a name as romanised from another alphabet: kh, zh, a q not before u,
# or a Slavic or Turkic ending ("-ov", "-eva", "-uly", "-skiy", "-enko")
_FOREIGN = re.compile(
    r"kh|zh|q(?!u)|(?:ov|ova|ev|eva|yev|uly|yy|iy|skiy|enko|shvili|dze)\b", re.IGNORECASE
)


def transliterated(a: str, b: str, names: str = "") -> bool:
    """Two spellings of one foreign name in two romanisations: different as
    written, one once the alternations are undone; names of four letters or
    more ("Li" / "Ly" are too short to say). A y against an i alone is one
    only in a name romanised from another alphabet (``names``: both full names
    as written; "Gurbanguly" / "Gurbanguli Berdymukhamedov"): in "Smyth" /
    "Smith" or "Jody" / "Jodi" Arias it is a misspelling."""
    fa, fb = _folded(a), _folded(b)
    if fa == fb or min(len(fa), len(fb)) < 4 or romanised(a) != romanised(b):
        return False
    if fa.replace("y", "i") != fb.replace("y", "i"):
        return True  # another alternation than y / i: K / G, kh / h, -ov / -ow …
    return bool(_FOREIGN.search(f"{a} {b} {names}"))


NAME_TRANSLITERATED_TWO_WAYS = Rule(
    "name_transliterated_two_ways",
    NAME,
    lambda c: c.transliterated,
    Outcome.CONSISTENT,
    "one foreign name written in two romanisations ('Kurbanguly' / 'Gurbanguly', "
    "'Berdymukhamedov' / 'Berdimuhamedow': K and G, y and i, kh and h, -ov and -ow) is "
    "house style, not a fact: consistent, never a conflict (session 34: readers judged "
    "it so on real copy; a question had asked what the text settles), and told "
    "whether or not the two names stand in aligned sentences (one given name "
    "transliterated two ways is no two relatives)",
    "tests/test_s25_transliterated.py::test_a_name_in_two_romanisations_is_consistent",
    lambda c: (
        f"‘{c.x.text}’ / ‘{c.y.text}’: one foreign name in two romanisations, house style "
        "rather than a fact — one person; the desk may want one spelling — consistent"
    ),
)
